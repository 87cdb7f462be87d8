/**
 * The processes of this machine, by parent: what a timeout must kill besides its own process group
 * (a test may start a child in a new session). `/proc` on Linux, `ps` elsewhere.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessInfo {
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
export function sameProcesses(
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
export function stillRunning(known: ReadonlyMap<number, string | undefined>): number[] {
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
