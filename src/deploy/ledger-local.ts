/**
 * The local ledger: `.dify-release/envs/<name>/ledger.json` under the working directory (next to
 * the embedded daemon's state), written whole each time (temporary file, fsync, rename) with the
 * previous version kept as `ledger.json.bak`; and `ledger.lock`, the environment's lock, holding
 * the process id and host of the deployment that runs. A lock whose process is gone (kill -9) is
 * taken over; the entry that process left `in_progress` is settled by the command that takes it.
 */
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { EnvironmentError, errorMessage } from '../core/errors.js';
import { ensureDir, writeAtomic } from '../io/files.js';
import type { EntryChange, Ledger, LedgerEntry, NewEntry } from './ledger.js';

interface LedgerFile {
  format: 1;
  environment: string;
  /** Oldest first. */
  entries: LedgerEntry[];
}

/** The directory of an environment's local state (ledger, lock, checklists, embedded daemon). */
export function environmentDir(cwd: string, environment: string): string {
  return path.join(cwd, '.dify-release', 'envs', environment);
}

export class LedgerError extends EnvironmentError {
  readonly code = 'DPR1212';
}

export class LockedError extends EnvironmentError {
  readonly code = 'DPR1207';
}

export class LocalLedger implements Ledger {
  readonly kind = 'local' as const;
  readonly file: string;
  readonly where: string;
  private readonly lockFile: string;

  constructor(
    readonly environment: string,
    readonly dir: string,
    shown?: string,
  ) {
    this.file = path.join(dir, 'ledger.json');
    this.lockFile = path.join(dir, 'ledger.lock');
    this.where = shown ?? this.file;
  }

  async history(): Promise<LedgerEntry[]> {
    return [...this.read().entries].reverse();
  }

  async record(entry: NewEntry, at: Date): Promise<LedgerEntry> {
    const data = this.read();
    const last = data.entries.at(-1);
    const id = String((last ? Number(last.id) || data.entries.length : 0) + 1);
    const stamp = at.toISOString();
    const full: LedgerEntry = {
      ...entry,
      id,
      state: 'in_progress',
      createdAt: stamp,
      updatedAt: stamp,
      runner: { pid: process.pid, host: hostname(), ...(entry.runner ?? {}) },
    };
    data.entries.push(full);
    this.write(data);
    return full;
  }

  async update(entry: LedgerEntry, change: EntryChange, at: Date): Promise<LedgerEntry> {
    const data = this.read();
    const i = data.entries.findIndex((e) => e.id === entry.id);
    if (i < 0) throw new LedgerError(`the ledger ${this.where} has no entry ${entry.id}`);
    const next: LedgerEntry = { ...data.entries[i]!, ...change, updatedAt: at.toISOString() };
    data.entries[i] = next;
    this.write(data);
    return next;
  }

  async lock(command: string): Promise<() => Promise<void>> {
    ensureDir(this.dir);
    const mine = JSON.stringify({
      pid: process.pid,
      host: hostname(),
      command,
      startedAt: new Date().toISOString(),
    });
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        writeFileSync(this.lockFile, `${mine}\n`, { flag: 'wx', mode: 0o600 });
        return async () => this.unlock();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
          throw new LedgerError(`cannot take the lock ${this.lockFile}: ${errorMessage(error)}`);
        }
      }
      const holder = this.holder();
      if (holder && holder.pid !== process.pid && holder.host === hostname() && alive(holder.pid)) {
        throw new LockedError(
          `${this.environment} is locked: \`${holder.command}\` (process ${holder.pid}, started ${holder.startedAt}) is deploying to it now`,
          'Wait for it to finish: two deployments to one environment never interleave. If that process is gone from another machine sharing this directory, delete the lock file named here.',
        );
      }
      if (holder && holder.host !== hostname()) {
        throw new LockedError(
          `${this.environment} is locked by process ${holder.pid} on ${holder.host} (\`${holder.command}\`, started ${holder.startedAt})`,
          `Wait for it; if it is gone, delete ${this.lockFile}.`,
        );
      }
      // The holder died (kill -9) or the file is unreadable: take the lock over.
      try {
        unlinkSync(this.lockFile);
      } catch {
        // Someone else took it over first: try again.
      }
    }
    throw new LockedError(
      `${this.environment} is locked: another process keeps taking its lock`,
      'Try again.',
    );
  }

  private unlock(): void {
    const holder = this.holder();
    if (holder?.pid !== process.pid) return;
    try {
      unlinkSync(this.lockFile);
    } catch {
      // Already gone.
    }
  }

  private holder(): { pid: number; host: string; command: string; startedAt: string } | undefined {
    try {
      const h = JSON.parse(readFileSync(this.lockFile, 'utf8')) as Record<string, unknown>;
      if (typeof h.pid !== 'number') return undefined;
      return {
        pid: h.pid,
        host: String(h.host ?? ''),
        command: String(h.command ?? 'a deployment'),
        startedAt: String(h.startedAt ?? ''),
      };
    } catch {
      return undefined;
    }
  }

  private read(): LedgerFile {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        return { format: 1, environment: this.environment, entries: [] };
      throw new LedgerError(`cannot read the ledger ${this.where}: ${errorMessage(error)}`);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new LedgerError(
        `the ledger ${this.where} is not valid JSON (${errorMessage(error)}); nothing was changed`,
        `Restore it from ${this.where}.bak (the version before the last write), or move it away to start a new history.`,
      );
    }
    const d = data as Partial<LedgerFile>;
    if (d?.format !== 1 || !Array.isArray(d.entries)) {
      throw new LedgerError(
        `the ledger ${this.where} is not a ledger of this tool (format ${JSON.stringify(d?.format)})`,
        `Restore it from ${this.where}.bak, or move it away to start a new history.`,
      );
    }
    return { format: 1, environment: this.environment, entries: d.entries };
  }

  private write(data: LedgerFile): void {
    ensureDir(this.dir);
    try {
      const before = readFileSync(this.file);
      writeAtomic(`${this.file}.bak`, before, 0o644);
    } catch {
      // No previous version yet.
    }
    writeAtomic(this.file, `${JSON.stringify(data, null, 2)}\n`, 0o644);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
