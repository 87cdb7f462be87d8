/**
 * Artifacts land whole or not at all: each is written to a temporary name in its final directory
 * and renamed into place (written, fsynced, renamed). Temporary files still
 * open when the process is interrupted (SIGINT, SIGTERM) are deleted before it exits; those of a
 * process killed outright (SIGKILL, a power cut) carry its pid and host in their name, so the next
 * run that writes in the same directory deletes them (see {@link sweepStaleTemps}).
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { DprError, EnvironmentError, errorMessage } from '../core/errors.js';

/**
 * A temporary path next to `target`, hidden, unique to this process: `.<name>.<pid>.<host><random>.tmp`
 * (host: 4 hex digits of this machine's name). Deleted if we are interrupted; stale ones of other
 * runs in the same directory are deleted first.
 */
export function tempPathFor(target: string): string {
  const dir = path.dirname(target);
  sweepStaleTemps(dir);
  const temp = path.join(
    dir,
    `.${path.basename(target)}.${process.pid}.${HOST_TAG}${randomBytes(2).toString('hex')}.tmp`,
  );
  trackTemp(temp);
  return temp;
}

/** 4 hex digits of the host name: a pid means something only on the host that wrote it. */
const HOST_TAG = createHash('sha256').update(hostname()).digest('hex').slice(0, 4);

/** A temporary file older than this is stale whoever wrote it (another host, a reused pid). */
export const STALE_TEMP_MS = 24 * 60 * 60 * 1000;

/** Our temporary names, for the artifacts we write: the base name, the pid, the host tag. */
const TEMP_NAME = /^\.(.+\.(?:difypkg|difybndl|pem)|SHA256SUMS)\.(\d+)\.([0-9a-f]{4})[0-9a-f]{4}\.tmp$/;

const swept = new Set<string>();

/**
 * Delete our temporary files in `dir` left by runs that died without cleaning up: written on this
 * host by a process that no longer exists, or older than {@link STALE_TEMP_MS}. Once per directory
 * per process; never fails (a file we cannot delete stays).
 */
export function sweepStaleTemps(dir: string, now = Date.now()): string[] {
  const key = path.resolve(dir);
  if (swept.has(key)) return [];
  swept.add(key);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m) continue;
    const pid = Number(m[2]);
    const file = path.join(dir, name);
    if (live.has(file)) continue;
    let mtime: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) continue;
      mtime = stat.mtimeMs;
    } catch {
      continue;
    }
    const deadHere = m[3] === HOST_TAG && pid !== process.pid && !pidAlive(pid);
    if (!deadHere && now - mtime < STALE_TEMP_MS) continue;
    try {
      unlinkSync(file);
      removed.push(file);
    } catch {
      // another run swept it first, or we may not
    }
  }
  return removed;
}

/** Whether a process of this host exists (EPERM: it does, under another user). */
export function pidAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** This host's tag, for lock files and tests. */
export function hostTag(): string {
  return HOST_TAG;
}

/**
 * A pattern matching the temporary names {@link tempPathFor} gives `fileName` (a base name), for
 * leaving our own leftovers out of a package.
 */
export function tempNamePattern(fileName: string): string {
  return `\\.${escapeRegExp(fileName)}\\.\\d+\\.[0-9a-f]{8}\\.tmp`;
}

/**
 * Run `fn` holding `lockFile` (created exclusively, holding our pid and host): other runs wait for
 * it, up to `timeoutMs`. A lock whose holder died (same host, pid gone) or that is older than
 * `staleMs` is broken. Synchronous: nothing else of this process runs while it is held, so an
 * interrupt cannot leave it behind (a SIGKILL can: the next run breaks it as stale).
 */
export function withLock<T>(
  lockFile: string,
  fn: () => T,
  options: { timeoutMs?: number; staleMs?: number } = {},
): T {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const staleMs = options.staleMs ?? 30_000;
  const mine = `${process.pid} ${HOST_TAG} ${randomBytes(4).toString('hex')}\n`;
  const started = Date.now();
  let wait = 2;
  for (;;) {
    try {
      const fd = openSync(lockFile, 'wx', 0o644);
      try {
        writeSync(fd, mine);
      } finally {
        closeSync(fd);
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new EnvironmentError(`cannot create the lock ${lockFile}: ${errorMessage(error)}`);
      }
    }
    if (breakIfStale(lockFile, staleMs)) continue;
    if (Date.now() - started > timeoutMs) {
      throw new EnvironmentError(
        `${lockFile} has been held by another run for over ${Math.round(timeoutMs / 1000)} s`,
        `If no other run is writing in ${path.dirname(lockFile)}, delete ${lockFile}.`,
      );
    }
    sleepSync(wait + Math.floor(Math.random() * wait));
    wait = Math.min(wait * 2, 50);
  }
  try {
    return fn();
  } finally {
    if (readSmall(lockFile) === mine) {
      try {
        unlinkSync(lockFile);
      } catch {
        // already gone
      }
    }
  }
}

/** Break a lock whose holder died or that is too old; true when it was removed (try again at once). */
function breakIfStale(lockFile: string, staleMs: number): boolean {
  const content = readSmall(lockFile);
  if (content === undefined) return false; // released meanwhile (or unreadable): wait, then try again
  let age: number;
  try {
    age = Date.now() - statSync(lockFile).mtimeMs;
  } catch {
    return false;
  }
  const [pid, host] = content.trim().split(' ');
  const dead = host === HOST_TAG && !pidAlive(Number(pid));
  // A lock being written has no content yet: give its holder a moment.
  if (content === '' ? age < 1000 : !dead && age < staleMs) return false;
  // Move it aside first, then check it is the one judged stale (another run may have broken it
  // and taken the lock meanwhile); a live lock moved by mistake is put back.
  const aside = `${lockFile}.${process.pid}.${randomBytes(4).toString('hex')}.stale`;
  try {
    renameSync(lockFile, aside);
  } catch {
    return false;
  }
  if (readSmall(aside) !== content) {
    try {
      linkSync(aside, lockFile);
    } catch {
      // a third run holds it now; the moved one's holder finds it gone and does not unlink ours
    }
  }
  try {
    unlinkSync(aside);
  } catch {
    // gone
  }
  return true;
}

function readSmall(file: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const buf = Buffer.alloc(256);
    const n = readSyncSafe(fd, buf);
    return buf.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function readSyncSafe(fd: number, buf: Buffer): number {
  try {
    return readSync(fd, buf, 0, buf.length, 0);
  } catch {
    return 0;
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

function sleepSync(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Create the output directory, as a clear environment error when it cannot be. */
export function ensureDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new EnvironmentError(`cannot create the output directory ${dir}: ${errorMessage(error)}`);
  }
}

/**
 * An artifact could not be written: a system error (ENOSPC, EACCES, EIO) is the environment's
 * (exit 2), with the fix; our own errors and anything else pass through unchanged.
 */
export function outputFailure(error: unknown, target: string, what = ''): unknown {
  if (error instanceof DprError || typeof (error as NodeJS.ErrnoException)?.code !== 'string') return error;
  return new EnvironmentError(
    `cannot write ${what}${target}: ${errorMessage(error)}`,
    'Free some space on the output file system, or choose a writable output directory with -o.',
  );
}

/** Move a finished temporary file into place (atomic on one file system). */
export function commit(temp: string, target: string): void {
  try {
    renameSync(temp, target);
    releaseTemp(temp);
  } catch (error) {
    discardTemp(temp);
    throw new EnvironmentError(`cannot write ${target}: ${errorMessage(error)}`);
  }
}

/** Delete a temporary file (if it exists) and stop tracking it. */
export function discardTemp(temp: string): void {
  try {
    unlinkSync(temp);
  } catch {
    // already gone
  }
  releaseTemp(temp);
}

/**
 * Write a small file atomically, created with `mode` (never more open, even when it replaces a
 * file with looser permissions). With `exclusive`, fail (EEXIST) rather than replace a file.
 */
export function writeAtomic(
  target: string,
  data: string | Buffer,
  mode = 0o644,
  options: { exclusive?: boolean; fsync?: boolean } = {},
): void {
  writeAtomicFiles([{ target, data, mode }], options);
}

/**
 * Write small files that belong together (a key pair) all or none: every one is first written to
 * a temporary name with its mode (a full disk or a read-only directory fails here, changing
 * nothing), then each is moved into place; if one cannot be, those already placed are removed.
 */
export function writeAtomicFiles(
  files: readonly { target: string; data: string | Buffer; mode?: number }[],
  /**
   * `fsync: false` skips the flush to disk: still whole-or-nothing when the process dies (the rename
   * is atomic, the page cache survives `kill -9`), not across a power loss. For progress notes only.
   */
  options: { exclusive?: boolean; fsync?: boolean } = {},
): void {
  const temps: string[] = [];
  for (const file of files) {
    const temp = tempPathFor(file.target);
    temps.push(temp);
    try {
      writeDurably(temp, file.data, file.mode ?? 0o644, options.fsync !== false);
    } catch (error) {
      for (const t of temps) discardTemp(t);
      throw new EnvironmentError(`cannot write ${file.target}: ${errorMessage(error)}`);
    }
  }
  const placed: string[] = [];
  try {
    for (const [i, file] of files.entries()) {
      place(temps[i]!, file.target, options.exclusive ?? false);
      placed.push(file.target);
    }
  } catch (error) {
    for (const t of temps) discardTemp(t);
    for (const target of placed) {
      try {
        unlinkSync(target);
      } catch {
        // already gone
      }
    }
    throw error;
  }
}

/** Write a new file and flush it to the disk before it is renamed into place (no empty file after a crash). */
function writeDurably(file: string, data: string | Buffer, mode: number, flush = true): void {
  const fd = openSync(file, 'wx', mode);
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    let at = 0;
    while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
    if (flush) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Move a written temporary file to `target`; `exclusive` refuses to replace an existing file. */
function place(temp: string, target: string, exclusive: boolean): void {
  if (!exclusive) {
    commit(temp, target);
    return;
  }
  try {
    linkSync(temp, target); // atomic, and refuses an existing target
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP') {
      // A file system without hard links: the caller checked that the target is absent.
      commit(temp, target);
      return;
    }
    discardTemp(temp);
    throw new EnvironmentError(`cannot write ${target}: ${errorMessage(error)}`);
  }
  discardTemp(temp);
}

// Temporary files of this process, deleted on SIGINT / SIGTERM (a package is tens of MiB: an
// interrupted run must not leave one behind for the next `package` to pick up).
const live = new Set<string>();
let listening = false;

const EXIT_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 };

function onSignal(signal: NodeJS.Signals): void {
  for (const temp of live) {
    try {
      unlinkSync(temp);
    } catch {
      // not created yet, or already gone
    }
  }
  live.clear();
  process.exit(EXIT_CODES[signal] ?? 1);
}

function trackTemp(temp: string): void {
  live.add(temp);
  if (!listening) {
    listening = true;
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
}

/** Stop tracking a temporary file (renamed into place or deleted); the last one removes the handlers. */
export function releaseTemp(temp: string): void {
  live.delete(temp);
  if (live.size === 0 && listening) {
    listening = false;
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}
