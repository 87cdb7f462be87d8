import { type ChildProcess, spawn } from 'node:child_process';
import type { RunOptions, RunResult } from './process.js';

export interface TreeRunOptions extends Omit<RunOptions, 'input'> {
  /** Kill the whole process tree after this many milliseconds; 0 or absent: no limit. */
  timeoutMs?: number;
  /** Between SIGTERM and SIGKILL when the time is up. */
  graceMs?: number;
  /** Every complete line of output, as it comes (stdout and stderr interleaved). */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Keep at most this many characters of each stream: the tail, since that is where errors are. */
  maxBuffer?: number;
}

export interface TreeRunResult extends RunResult {
  /** The signal that ended the program, if any. */
  signal?: NodeJS.Signals;
  /** The time limit was reached and the process tree was killed. */
  timedOut: boolean;
  durationMs: number;
}

/**
 * Runs a program in its own process group, streaming its output, with a time limit that kills the
 * whole tree (the program and everything it started), not just the direct child. Whatever the
 * program leaves running in its group when it exits is killed too, so a stray grandchild holding the
 * output pipes cannot hang the caller.
 */
export interface TreeRunner {
  runTree(command: string, args: readonly string[], options?: TreeRunOptions): Promise<TreeRunResult>;
}

const DEFAULT_MAX_BUFFER = 4 * 1024 * 1024;

export const treeRunner: TreeRunner = {
  runTree(command, args, options = {}) {
    return new Promise((resolve) => {
      const started = Date.now();
      const maxBuffer = options.maxBuffer ?? DEFAULT_MAX_BUFFER;
      const group = process.platform !== 'win32';
      let child: ChildProcess;
      try {
        child = spawn(command, args, {
          cwd: options.cwd,
          env: options.env ?? process.env,
          shell: false,
          detached: group,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
      } catch (error) {
        resolve(notStarted(error as NodeJS.ErrnoException, started));
        return;
      }
      const out = new StreamTail(maxBuffer, (line) => options.onLine?.(line, 'stdout'));
      const err = new StreamTail(maxBuffer, (line) => options.onLine?.(line, 'stderr'));
      child.stdout?.on('data', (d: Buffer) => out.push(d));
      child.stderr?.on('data', (d: Buffer) => err.push(d));

      let timedOut = false;
      let settled = false;
      let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
      const timers: NodeJS.Timeout[] = [];

      const kill = (signal: NodeJS.Signals): void => {
        if (child.pid === undefined) return;
        try {
          if (group) process.kill(-child.pid, signal);
          else child.kill(signal);
        } catch {
          // Already gone.
        }
      };
      const onParentExit = (): void => kill('SIGKILL');
      const onParentSignal = (signal: NodeJS.Signals): void => {
        kill('SIGKILL');
        detachParentHandlers();
        // Let the default behaviour (or other listeners) take the signal, now that the tree is gone.
        if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
      };
      const detachParentHandlers = (): void => {
        process.removeListener('exit', onParentExit);
        process.removeListener('SIGINT', onParentSignal);
        process.removeListener('SIGTERM', onParentSignal);
      };
      process.on('exit', onParentExit);
      process.once('SIGINT', onParentSignal);
      process.once('SIGTERM', onParentSignal);

      const finish = (result: TreeRunResult): void => {
        if (settled) return;
        settled = true;
        for (const t of timers) clearTimeout(t);
        detachParentHandlers();
        resolve(result);
      };
      const collect = (): void => {
        if (settled) return;
        out.flush();
        err.flush();
        const code = exit?.code ?? (exit?.signal ? 128 + signalNumber(exit.signal) : 1);
        finish({
          code,
          ...(exit?.signal ? { signal: exit.signal } : {}),
          stdout: out.text(),
          stderr: err.text(),
          timedOut,
          durationMs: Date.now() - started,
        });
      };

      if (options.timeoutMs && options.timeoutMs > 0) {
        timers.push(
          setTimeout(() => {
            timedOut = true;
            kill('SIGTERM');
            timers.push(setTimeout(() => kill('SIGKILL'), options.graceMs ?? 2000));
          }, options.timeoutMs),
        );
      }
      child.on('error', (error: NodeJS.ErrnoException) => {
        if (exit) return;
        finish(notStarted(error, started));
      });
      child.on('exit', (code, signal) => {
        exit = { code, signal };
        // Anything the program left running in its group goes too; then give the pipes a moment.
        kill('SIGKILL');
        timers.push(
          setTimeout(() => {
            child.stdout?.destroy();
            child.stderr?.destroy();
            collect();
          }, 2000),
        );
      });
      child.on('close', () => {
        if (exit) collect();
      });
    });
  },
};

function notStarted(error: NodeJS.ErrnoException, started: number): TreeRunResult {
  return {
    code: error.code === 'ENOENT' ? 127 : error.code === 'EACCES' ? 126 : 1,
    stdout: '',
    stderr: error.message,
    timedOut: false,
    durationMs: Date.now() - started,
  };
}

function signalNumber(signal: NodeJS.Signals): number {
  const table: Partial<Record<NodeJS.Signals, number>> = {
    SIGHUP: 1,
    SIGINT: 2,
    SIGQUIT: 3,
    SIGABRT: 6,
    SIGKILL: 9,
    SIGSEGV: 11,
    SIGTERM: 15,
  };
  return table[signal] ?? 0;
}

/** Splits a stream into lines for a callback and keeps the tail of its text. */
class StreamTail {
  private chunks: string[] = [];
  private size = 0;
  private partial = '';
  private readonly decoder = new TextDecoder('utf-8');

  constructor(
    private readonly max: number,
    private readonly onLine: (line: string) => void,
  ) {}

  push(data: Buffer): void {
    const text = this.decoder.decode(data, { stream: true });
    this.keep(text);
    const lines = (this.partial + text).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) this.onLine(line.replace(/\r$/, ''));
  }

  flush(): void {
    const rest = this.decoder.decode();
    if (rest) this.keep(rest);
    const last = this.partial + rest;
    this.partial = '';
    if (last) this.onLine(last);
  }

  text(): string {
    return this.chunks.join('');
  }

  private keep(text: string): void {
    this.chunks.push(text);
    this.size += text.length;
    while (this.size > this.max && this.chunks.length > 1) this.size -= this.chunks.shift()!.length;
    if (this.size > this.max) {
      this.chunks = [this.chunks[0]!.slice(this.size - this.max)];
      this.size = this.max;
    }
  }
}
