/** What installing into a test environment needs, and how installer failures read. */
import path from 'node:path';
import type { ProcessRunner } from '../io/process.js';
import { redactCredentials } from './child-env.js';
import type { Requirement } from './requirements.js';

/** What an installer needs: the environment's interpreter, the plugin root, how to run things. */
export interface InstallContext {
  /** The venv's python. */
  python: string;
  venv: string;
  /** Where the dependency files are (the plugin root or the unpacked package). */
  root: string;
  /** The plugin's environment (runner internals removed). */
  env: NodeJS.ProcessEnv;
  tree: ProcessRunner;
  log: (message: string) => void;
  /** Time limit of each install command. */
  timeoutMs: number;
  /** Retrying what a cached environment lacks: give up on an unreachable index quickly. */
  quick?: boolean;
  /** Where pip was unpacked (put on PYTHONPATH for the installers), once it was. */
  pipPath?: string;
}

/** The plugin's dependencies could not be installed for a reason of the plugin's (not the network). */
export class InstallFailedError extends Error {
  constructor(
    /** The command, as the user would type it. */
    readonly command: string,
    /** The end of the installer's output: the part that says what went wrong. */
    readonly tail: string,
    /** The requirement the installer named, when it named one. */
    readonly requirement?: Requirement,
  ) {
    super(`${command} failed`);
  }
}

/** Output that means no package index could be reached (pip and uv wordings). */
const NETWORK =
  /Failed to establish a new connection|Name or service not known|Temporary failure in name resolution|Network is unreachable|Connection refused|No route to host|ConnectTimeoutError|ReadTimeoutError|ProxyError|Could not fetch URL|connection broken by|nodename nor servname|getaddrinfo failed|SSLError|dns error|error sending request|tcp connect error|Failed to fetch|Could not connect|network is offline/i;

export function isNetworkFailure(output: string): boolean {
  return NETWORK.test(output);
}

/**
 * One line saying why the index could not be reached, e.g. `[Errno -2] Name or service not known`,
 * credentials in URLs removed (it becomes part of a finding).
 */
export function networkReason(output: string): string {
  const errno = /\[Errno -?\d+\] [^'")\]]+/.exec(output)?.[0];
  if (errno) return redactCredentials(errno.trim());
  // uv: the last "Caused by:" is the root cause.
  const causes = [...output.matchAll(/Caused by: (.+)/g)].map((m) => m[1]!.trim());
  if (causes.length > 0) return redactCredentials(causes.at(-1)!).slice(0, 160);
  const line = output.split('\n').find((l) => NETWORK.test(l)) ?? '';
  return redactCredentials(line.trim()).slice(0, 160);
}

/**
 * The last lines of an installer's output, without retry chatter: what the user needs to read. It
 * goes into findings (public annotations in GitHub Actions): credentials in index URLs are removed.
 */
export function errorTail(output: string, lines = 12): string {
  return redactCredentials(
    output
      .split('\n')
      .map((l) => l.trimEnd())
      .filter((l) => l.trim() && !/^WARNING: Retrying/.test(l) && !/^\s*\[notice\]/.test(l))
      .slice(-lines)
      .join('\n'),
  );
}

/** The variables pip and uv get: the venv active, settings that would install elsewhere removed. */
export function installerEnv(ctx: Pick<InstallContext, 'env' | 'venv' | 'pipPath'>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...ctx.env, VIRTUAL_ENV: ctx.venv, PIP_DISABLE_PIP_VERSION_CHECK: '1' };
  for (const name of ['PIP_USER', 'PIP_TARGET', 'PIP_PREFIX', 'PIP_REQUIRE_VIRTUALENV', 'PYTHONHOME'])
    delete env[name];
  if (ctx.pipPath) env.PYTHONPATH = [ctx.pipPath, env.PYTHONPATH].filter(Boolean).join(path.delimiter);
  return env;
}
