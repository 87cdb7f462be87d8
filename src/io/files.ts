/**
 * Artifacts land whole or not at all: each is written to a temporary name in its final directory
 * and renamed into place (written, fsynced, renamed). Temporary files still
 * open when the process is interrupted (SIGINT, SIGTERM) are deleted before it exits.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { DprError, EnvironmentError, errorMessage } from '../core/errors.js';

/** A temporary path next to `target`, hidden, unique to this process; deleted if we are interrupted. */
export function tempPathFor(target: string): string {
  const dir = path.dirname(target);
  const temp = path.join(
    dir,
    `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  trackTemp(temp);
  return temp;
}

/**
 * A pattern matching the temporary names {@link tempPathFor} gives `fileName` (a base name), for
 * leaving our own leftovers out of a package.
 */
export function tempNamePattern(fileName: string): string {
  return `\\.${escapeRegExp(fileName)}\\.\\d+\\.[0-9a-f]{8}\\.tmp`;
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
