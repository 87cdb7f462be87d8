import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { constants } from 'node:os';
import { descendants, processTable, sameProcesses, stillRunning } from './process-table.js';
import { StreamTail } from './stream-tail.js';

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /**
   * What is written to the program's standard input (otherwise it gets none): a text, or chunks as
   * they come, so the program can start (and work) before all of its input is known.
   */
  input?: string | AsyncIterable<string | Uint8Array>;
  /** Kill the whole process tree after this many milliseconds; 0 or absent: no limit. */
  timeoutMs?: number;
  /** Between SIGTERM and SIGKILL when the time is up. */
  graceMs?: number;
  /** Every complete line of output, as it comes (stdout and stderr interleaved). */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Keep at most this many characters of each stream: the tail, since that is where errors are. */
  maxBuffer?: number;
  /**
   * Give the program a fourth descriptor (fd 3), a pipe whose text comes back as `channel`: a report
   * from a supervisor that the programs it starts cannot reach (it keeps fd 3 to itself).
   */
  channel?: boolean;
  /** Stop the program (and its tree) when this is aborted, as a timeout would (not counted as one). */
  signal?: AbortSignal;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  /** The signal that ended the program, if any. */
  signal?: NodeJS.Signals;
  /** The time limit was reached and the process tree was killed. */
  timedOut: boolean;
  durationMs: number;
  /**
   * After a timeout: processes of the tree (started by the program, in its process group or not)
   * still running after SIGKILL, e.g. another user's. Absent when all are gone or it is not known.
   */
  survivors?: number[];
  /** What the program wrote to fd 3 (with `channel`; at most 64 KiB). */
  channel?: string;
}

/**
 * Runs a program in its own process group, streaming its output, with a time limit that kills the
 * whole tree (the program and everything it started), not just the direct child. Whatever the
 * program leaves running in its group when it exits is killed too, so a stray grandchild holding the
 * output pipes cannot hang the caller.
 */
export interface ProcessRunner {
  run(command: string, args: readonly string[], options?: RunOptions): Promise<RunResult>;
}

/** Exit code for a program that does not exist (as a shell reports it). */
export const NOT_FOUND = 127;
/** Exit code for a program that exists but cannot be executed: not executable, a directory (EACCES, EPERM). */
export const NOT_EXECUTABLE = 126;

const DEFAULT_MAX_BUFFER = 4 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Interruption: one handler for SIGINT/SIGTERM while trees run or temporary files exist. It kills
// the running trees and runs the registered clean-ups (synchronously, before anything else), then
// lets the signal take its default course.

/** Kill-now functions of the trees running. */
const running = new Set<() => void>();
/** Clean-ups to run when the process is interrupted (remove temporary directories, locks). */
const cleanups = new Set<() => void>();
let listening = false;

function onParentSignal(signal: NodeJS.Signals): void {
  for (const kill of [...running]) kill();
  // Last registered first, as `finally` blocks would run.
  for (const cleanup of [...cleanups].reverse()) {
    try {
      cleanup();
    } catch {
      // Best effort: the process is going away.
    }
  }
  running.clear();
  cleanups.clear();
  stopListening();
  // The default behaviour (or other listeners) takes the signal, now that the trees and the
  // temporary files are gone.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function onParentExit(): void {
  for (const kill of [...running]) kill();
}

function listen(): void {
  if (listening) return;
  listening = true;
  process.on('SIGINT', onParentSignal);
  process.on('SIGTERM', onParentSignal);
  process.on('exit', onParentExit);
}

function stopListening(): void {
  if (!listening) return;
  listening = false;
  process.removeListener('SIGINT', onParentSignal);
  process.removeListener('SIGTERM', onParentSignal);
  process.removeListener('exit', onParentExit);
}

function stopIfIdle(): void {
  if (running.size === 0 && cleanups.size === 0) stopListening();
}

/**
 * Run `cleanup` (synchronous) if the process is interrupted (SIGINT, SIGTERM) before the returned
 * function is called: `finally` blocks do not run when a signal ends the process.
 */
export function onInterrupt(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  listen();
  return () => {
    cleanups.delete(cleanup);
    stopIfIdle();
  };
}

// ---------------------------------------------------------------------------------------------

export const processRunner: ProcessRunner = {
  run(command, args, options = {}) {
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
          windowsHide: true,
          stdio: [
            options.input === undefined ? 'ignore' : 'pipe',
            'pipe',
            'pipe',
            ...(options.channel ? (['pipe'] as const) : []),
          ],
        });
      } catch (error) {
        resolve(notStarted(error as NodeJS.ErrnoException, started));
        return;
      }
      const out = new StreamTail(maxBuffer, (line) => options.onLine?.(line, 'stdout'));
      const err = new StreamTail(maxBuffer, (line) => options.onLine?.(line, 'stderr'));
      child.stdout?.on('data', (d: Buffer) => out.push(d));
      child.stderr?.on('data', (d: Buffer) => err.push(d));
      let channel = '';
      const report = options.channel ? (child.stdio[3] as import('node:stream').Readable | null) : null;
      report?.on('data', (d: Buffer) => {
        if (channel.length < 65536) channel += d.toString('utf8');
      });
      report?.on('error', () => {});
      if (options.input !== undefined) {
        child.stdin?.on('error', () => {}); // A program that exits without reading its input.
        const stdin = child.stdin;
        const input = options.input;
        if (typeof input === 'string') stdin?.end(input);
        else
          void (async () => {
            try {
              for await (const chunk of input) {
                if (!stdin || stdin.destroyed) break;
                if (!stdin.write(chunk)) await new Promise((r) => stdin.once('drain', r).once('close', r));
              }
            } finally {
              stdin?.end();
            }
          })().catch(() => {});
      }

      let timedOut = false;
      let settled = false;
      let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
      const timers: NodeJS.Timeout[] = [];
      /** Every process of the tree seen while killing it, with its start time: checked afterwards. */
      const known = new Map<number, string | undefined>();

      const kill = (signal: NodeJS.Signals): void => {
        const pid = child.pid;
        if (pid === undefined) return;
        if (!group) {
          // taskkill walks the tree by parent process id, whatever the processes did with groups.
          if (!exit) spawnSync('taskkill', ['/T', '/F', '/PID', String(pid)], { windowsHide: true });
          return;
        }
        const table = !exit || known.size > 0 ? processTable() : undefined;
        // Processes that left the group (setsid, start_new_session=True) are found by parent id,
        // before anything is signalled: once their parent dies they cannot be told apart.
        if (table && !exit) for (const p of descendants(pid, table)) known.set(p, table.get(p)?.start);
        try {
          process.kill(-pid, signal);
        } catch {
          // Already gone.
        }
        for (const p of sameProcesses(known, table)) {
          try {
            process.kill(p, signal);
          } catch {
            // Gone, or not ours to kill: checked after the run.
          }
        }
      };
      const killNow = (): void => kill('SIGKILL');
      running.add(killNow);
      listen();

      const finish = (result: RunResult): void => {
        if (settled) return;
        settled = true;
        for (const t of timers) clearTimeout(t);
        options.signal?.removeEventListener('abort', stop);
        running.delete(killNow);
        stopIfIdle();
        resolve(result);
      };
      const collect = async (): Promise<void> => {
        if (settled) return;
        out.flush();
        err.flush();
        let survivors: number[] = [];
        if (timedOut && known.size > 0) {
          survivors = stillRunning(known);
          // SIGKILL takes effect at once, but a parent may not have reaped its child yet.
          for (let i = 0; i < 5 && survivors.length > 0; i++) {
            await new Promise((r) => setTimeout(r, 100));
            for (const p of survivors) {
              try {
                process.kill(p, 'SIGKILL');
              } catch {
                // Not ours.
              }
            }
            survivors = stillRunning(new Map(survivors.map((p) => [p, known.get(p)])));
          }
        }
        const code = exit?.code ?? (exit?.signal ? 128 + signalNumber(exit.signal) : 1);
        finish({
          code,
          ...(exit?.signal ? { signal: exit.signal } : {}),
          stdout: out.text(),
          stderr: err.text(),
          timedOut,
          durationMs: Date.now() - started,
          ...(survivors.length > 0 ? { survivors } : {}),
          ...(options.channel ? { channel } : {}),
        });
      };

      const stop = (): void => {
        if (exit) return;
        kill('SIGTERM');
        timers.push(setTimeout(() => kill('SIGKILL'), options.graceMs ?? 2000));
      };
      if (options.signal?.aborted) stop();
      options.signal?.addEventListener('abort', stop, { once: true });
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
        // Anything the program left running in its group goes too; then give the pipes a moment.
        exit = { code, signal };
        kill('SIGKILL');
        timers.push(
          setTimeout(() => {
            child.stdout?.destroy();
            child.stderr?.destroy();
            report?.destroy();
            void collect();
          }, 2000),
        );
      });
      child.on('close', () => {
        if (exit) void collect();
      });
    });
  },
};

function notStarted(error: NodeJS.ErrnoException, started: number): RunResult {
  return {
    code:
      error.code === 'ENOENT'
        ? NOT_FOUND
        : error.code === 'EACCES' || error.code === 'EPERM'
          ? NOT_EXECUTABLE
          : 1,
    stdout: '',
    stderr: error.message,
    timedOut: false,
    durationMs: Date.now() - started,
  };
}

/** The number of a signal, as exit statuses count them (128 + n). */
export function signalNumber(signal: NodeJS.Signals): number {
  return (constants.signals as Partial<Record<NodeJS.Signals, number>>)[signal] ?? 0;
}

export { descendants, processTable } from './process-table.js';
export { MAX_LINE, StreamTail } from './stream-tail.js';
