/**
 * A long-running child process (a plugin's runtime started by the embedded daemon), beside the
 * one-shot runner in process.ts: started without a shell in its own process group, its standard
 * input kept open (the plugin reads requests from it, and ends when it closes), the tails of its
 * output kept, stopped with its whole group (SIGTERM, then SIGKILL after a grace period).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { StreamTail } from './stream-tail.js';

export interface ServiceOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Characters of each stream kept (the end of it). */
  tailChars?: number;
}

export interface ServiceExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface Service {
  readonly pid: number | undefined;
  /** Resolves when the process ends (never rejects; a failure to start is an exit with code null). */
  readonly exited: Promise<ServiceExit>;
  /** The process has ended. */
  readonly done: boolean;
  /** The end of its standard error (and output), for messages. */
  tail(): string;
  stop(graceMs?: number): Promise<ServiceExit>;
}

export function startService(command: string, args: readonly string[], options: ServiceOptions): Service {
  const group = process.platform !== 'win32';
  const max = options.tailChars ?? 8192;
  const out = new StreamTail(max, () => {});
  const err = new StreamTail(max, () => {});
  let done = false;
  let startError = '';
  let child: ChildProcess;
  try {
    child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      shell: false,
      detached: group,
      windowsHide: true,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  } catch (error) {
    startError = (error as Error).message;
    done = true;
    const exited = Promise.resolve({ code: null, signal: null });
    return { pid: undefined, exited, done, tail: () => startError, stop: () => exited };
  }
  child.stdin?.on('error', () => {});
  child.stdout?.on('data', (d: Buffer) => out.push(d));
  child.stderr?.on('data', (d: Buffer) => err.push(d));
  const exited = new Promise<ServiceExit>((resolve) => {
    child.on('error', (error) => {
      startError = error.message;
      done = true;
      resolve({ code: null, signal: null });
    });
    child.on('exit', (code, signal) => {
      done = true;
      resolve({ code, signal });
    });
  });
  const kill = (signal: NodeJS.Signals) => {
    if (child.pid === undefined) return;
    try {
      if (group) process.kill(-child.pid, signal);
      else child.kill(signal);
    } catch {
      // Already gone.
    }
  };
  return {
    get pid() {
      return child.pid;
    },
    exited,
    get done() {
      return done;
    },
    tail() {
      return [startError, err.text(), out.text()]
        .filter((t) => t.trim())
        .join('\n')
        .trim();
    },
    async stop(graceMs = 2000) {
      if (done) return exited;
      child.stdin?.end();
      kill('SIGTERM');
      const timer = setTimeout(() => kill('SIGKILL'), graceMs);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
}
