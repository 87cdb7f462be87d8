import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { constants } from 'node:os';
import type { RunOptions, RunResult } from './process.js';

export interface TreeRunOptions extends RunOptions {
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
  /**
   * After a timeout: processes of the tree (started by the program, in its process group or not)
   * still running after SIGKILL, e.g. another user's. Absent when all are gone or it is not known.
   */
  survivors?: number[];
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
/** A line longer than this (output with no newline) is passed on in pieces of this size. */
export const MAX_LINE = 64 * 1024;

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
          windowsHide: true,
          stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
      } catch (error) {
        resolve(notStarted(error as NodeJS.ErrnoException, started));
        return;
      }
      const out = new StreamTail(maxBuffer, (line) => options.onLine?.(line, 'stdout'));
      const err = new StreamTail(maxBuffer, (line) => options.onLine?.(line, 'stderr'));
      child.stdout?.on('data', (d: Buffer) => out.push(d));
      child.stderr?.on('data', (d: Buffer) => err.push(d));
      if (options.input !== undefined) {
        child.stdin?.on('error', () => {}); // A program that exits without reading its input.
        child.stdin?.end(options.input);
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

      const finish = (result: TreeRunResult): void => {
        if (settled) return;
        settled = true;
        for (const t of timers) clearTimeout(t);
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
        // Anything the program left running in its group goes too; then give the pipes a moment.
        exit = { code, signal };
        kill('SIGKILL');
        timers.push(
          setTimeout(() => {
            child.stdout?.destroy();
            child.stderr?.destroy();
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

function notStarted(error: NodeJS.ErrnoException, started: number): TreeRunResult {
  return {
    code: error.code === 'ENOENT' ? 127 : error.code === 'EACCES' ? 126 : 1,
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

interface ProcessInfo {
  ppid: number;
  zombie: boolean;
  /** When it started (in the platform's own terms): tells a process from a later one with its id. */
  start?: string;
}

/** Every process's parent, whether it is a zombie, and its start: `/proc` on Linux, `ps` elsewhere. */
export function processTable(): Map<number, ProcessInfo> {
  const table = new Map<number, ProcessInfo>();
  if (process.platform === 'linux') {
    let entries: string[] = [];
    try {
      entries = readdirSync('/proc');
    } catch {
      return table;
    }
    for (const name of entries) {
      if (!/^\d+$/.test(name)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      } catch {
        continue; // Gone meanwhile.
      }
      // `pid (comm) state ppid … starttime(22nd) …`: comm may hold spaces and parentheses, so split
      // after the last `)`.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(name), { ppid: Number(fields[1]), zombie: fields[0] === 'Z', start: fields[19] });
    }
    return table;
  }
  const r = spawnSync('ps', ['-A', '-o', 'pid=,ppid=,stat=,lstart='], { encoding: 'utf8', timeout: 10_000 });
  for (const line of (r.stdout ?? '').split('\n')) {
    const m = /^\s*(\d+)\s+(\d+)\s+(\S+)\s*(.*)$/.exec(line);
    if (m) {
      table.set(Number(m[1]), {
        ppid: Number(m[2]),
        zombie: (m[3] ?? '').startsWith('Z'),
        start: m[4]?.trim() || undefined,
      });
    }
  }
  return table;
}

/** The processes descended from `pid` (children, their children, …), by parent process id. */
export function descendants(pid: number, table = processTable()): number[] {
  const children = new Map<number, number[]>();
  for (const [p, info] of table) {
    const list = children.get(info.ppid) ?? [];
    list.push(p);
    children.set(info.ppid, list);
  }
  const out: number[] = [];
  const queue = [pid];
  const seen = new Set(queue);
  while (queue.length > 0) {
    for (const c of children.get(queue.shift()!) ?? []) {
      if (seen.has(c)) continue;
      seen.add(c);
      out.push(c);
      queue.push(c);
    }
  }
  return out;
}

/**
 * Those of the processes seen (id and start) that are still the same processes: not gone, and not
 * replaced by a later process that got the id. Without a process table, all of them.
 */
function sameProcesses(
  known: ReadonlyMap<number, string | undefined>,
  table: ReadonlyMap<number, ProcessInfo> | undefined,
): number[] {
  if (!table || table.size === 0) return [...known.keys()];
  return [...known]
    .filter(([p, start]) => {
      const now = table.get(p);
      return now !== undefined && (start === undefined || now.start === start);
    })
    .map(([p]) => p);
}

/** Those of the processes seen still running (a zombie has ended: it only waits for its parent). */
function stillRunning(known: ReadonlyMap<number, string | undefined>): number[] {
  const table = processTable();
  if (table.size > 0) return sameProcesses(known, table).filter((p) => !table.get(p)!.zombie);
  return [...known.keys()].filter((p) => {
    try {
      process.kill(p, 0);
      return true;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
  });
}

/** Splits a stream into lines for a callback and keeps the tail of its text. */
export class StreamTail {
  private chunks: string[] = [];
  private size = 0;
  private partial = '';
  private readonly decoder = new TextDecoder('utf-8');

  constructor(
    private readonly max: number,
    private readonly onLine: (line: string) => void,
    private readonly maxLine = MAX_LINE,
  ) {}

  push(data: Buffer): void {
    const text = this.decoder.decode(data, { stream: true });
    this.keep(text);
    const lines = (this.partial + text).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) this.onLine(line.replace(/\r$/, ''));
    // Output that never ends its line (a progress bar, a binary dump) is passed on in pieces.
    while (this.partial.length > this.maxLine) {
      this.onLine(this.partial.slice(0, this.maxLine));
      this.partial = this.partial.slice(this.maxLine);
    }
  }

  /** The unfinished line held back (for tests). */
  get pending(): number {
    return this.partial.length;
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
