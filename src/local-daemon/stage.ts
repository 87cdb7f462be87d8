/**
 * `dify-plugin-release daemon`: run the embedded daemon until SIGINT or SIGTERM, then stop cleanly
 * (running tasks failed with the daemon's shutdown reason, plugin processes stopped, the data
 * directory's lock released). It refuses to start without an API key, and binds to 127.0.0.1
 * unless told otherwise.
 */
import path from 'node:path';
import { parseAccounts } from '../daemon/credentials.js';
import { TargetError } from '../daemon/errors.js';
import type { StageContext } from '../io/context.js';
import { writeAtomic } from '../io/files.js';
import { DEFAULT_TENANT, startEmbeddedDaemon } from './server.js';

export interface DaemonStageInput {
  port: number;
  host: string;
  data: string;
  apiKeyEnv: string;
  console: boolean;
  accountEnv: string;
  forceVerify: boolean;
  trustedKey?: string[];
  runtime?: 'python';
  python?: string;
  runtimeOffline: boolean;
  maxPackageSize?: number;
  tenant?: string;
  difyVersion?: string;
  consoleScheme?: 'cookie' | 'bearer';
  consolePassword?: 'plain' | 'base64';
  /** Written (atomically) once listening: `{url, host, port, tenant, pid}`, for scripts that start it with --port 0. */
  readyFile?: string;
}

export interface DaemonStageResult {
  url: string;
  host: string;
  port: number;
  tenant: string;
  dataDir: string;
  console: boolean;
  forceVerify: boolean;
  trustedKeys: number;
  runtime: string;
  /** Tasks failed at start: the previous process died while they ran. */
  recovered: string[];
  /** What stopped it (SIGINT, SIGTERM). */
  stoppedBy: string;
  uptimeMs: number;
}

export async function daemonStage(input: DaemonStageInput, ctx: StageContext): Promise<DaemonStageResult> {
  const apiKey = ctx.env[input.apiKeyEnv];
  if (!apiKey || apiKey.trim() === '') {
    throw new TargetError(
      `the embedded daemon refuses to start without an API key: ${input.apiKeyEnv} is not set or empty`,
      { kind: 'config', code: 'DPR1113' },
      `Set ${input.apiKeyEnv} to a secret of your choice (clients send it as X-Api-Key), or name another variable with --api-key-env.`,
    );
  }
  let accounts: ReturnType<typeof parseAccounts> = [];
  if (input.console) {
    const text = ctx.env[input.accountEnv];
    if (!text || text.trim() === '') {
      throw new TargetError(
        `--console needs an account: ${input.accountEnv} is not set or empty`,
        { kind: 'config', code: 'DPR1113' },
        `Set ${input.accountEnv} to EMAIL:PASSWORD (or JSON {"email","password","role"}, or a list of them).`,
      );
    }
    accounts = parseAccounts(text, `$${input.accountEnv}`);
  }
  const dataDir = path.resolve(ctx.cwd, input.data);
  const started = Date.now();
  const daemon = await startEmbeddedDaemon({
    dataDir,
    apiKey,
    host: input.host,
    port: input.port,
    forceVerify: input.forceVerify,
    trustedKeys: (input.trustedKey ?? []).map((k) => path.resolve(ctx.cwd, k)),
    ...(input.maxPackageSize ? { maxPackageBytes: Math.round(input.maxPackageSize * 1024 * 1024) } : {}),
    ...(input.runtime === 'python'
      ? { runtime: { ...(input.python ? { python: input.python } : {}), offline: input.runtimeOffline } }
      : {}),
    ...(input.console
      ? {
          console: {
            accounts,
            ...(input.difyVersion ? { difyVersion: input.difyVersion } : {}),
            ...(input.consoleScheme ? { scheme: input.consoleScheme } : {}),
            ...(input.consolePassword ? { passwordEncoding: input.consolePassword } : {}),
          },
        }
      : {}),
    tenant: input.tenant ?? DEFAULT_TENANT,
    processes: ctx.ports.processes,
    env: ctx.env,
  });
  // What start-up found comes before the line that says the daemon is ready (which callers wait for).
  if (daemon.recovered.length > 0)
    ctx.log(
      `${daemon.recovered.length} task(s) left running by a stopped daemon were failed: ${daemon.recovered.join(', ')}`,
    );
  ctx.log(
    `listening on ${daemon.url} (daemon API: /plugin/${daemon.tenant}/management${input.console ? ', console API: /console/api' : ''}); data in ${dataDir}`,
  );
  if (input.readyFile) {
    const ready = {
      url: daemon.url,
      host: daemon.host,
      port: daemon.port,
      tenant: daemon.tenant,
      pid: process.pid,
    };
    writeAtomic(path.resolve(ctx.cwd, input.readyFile), `${JSON.stringify(ready)}\n`);
  }
  // Our own listeners keep the runner from re-raising the signal: the daemon stops cleanly first.
  let on: (signal: NodeJS.Signals) => void = () => {};
  const stoppedBy = await new Promise<string>((resolve) => {
    on = (signal) => resolve(signal);
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
    ctx.signal.addEventListener('abort', () => setImmediate(() => resolve('interrupted')), { once: true });
  });
  process.removeListener('SIGINT', on);
  process.removeListener('SIGTERM', on);
  await daemon.close();
  ctx.log(`stopped (${stoppedBy})`);
  return {
    url: daemon.url,
    host: daemon.host,
    port: daemon.port,
    tenant: daemon.tenant,
    dataDir,
    console: input.console,
    forceVerify: input.forceVerify,
    trustedKeys: input.trustedKey?.length ?? 0,
    runtime: input.runtime ?? 'none',
    recovered: daemon.recovered,
    stoppedBy,
    uptimeMs: Date.now() - started,
  };
}
