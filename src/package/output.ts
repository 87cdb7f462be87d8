/**
 * Artifacts land whole or not at all: each is written to a temporary name in its final directory
 * and renamed into place; `SHA256SUMS` beside them is updated the same way.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EnvironmentError, errorMessage } from '../core/errors.js';

export const SUMS_FILE = 'SHA256SUMS';

/** A temporary path next to `target`, hidden, unique to this process. */
export function tempPathFor(target: string): string {
  const dir = path.dirname(target);
  return path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Create the output directory, as a clear environment error when it cannot be. */
export function ensureDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new EnvironmentError(`cannot create the output directory ${dir}: ${errorMessage(error)}`);
  }
}

/** Move a finished temporary file into place (atomic on one file system). */
export function commit(temp: string, target: string): void {
  try {
    renameSync(temp, target);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    throw new EnvironmentError(`cannot write ${target}: ${errorMessage(error)}`);
  }
}

/** Write a small file atomically. */
export function writeAtomic(target: string, data: string | Buffer, mode = 0o644): void {
  const temp = tempPathFor(target);
  try {
    writeFileSync(temp, data, { mode });
  } catch (error) {
    throw new EnvironmentError(`cannot write ${target}: ${errorMessage(error)}`);
  }
  commit(temp, target);
}

/**
 * Add or replace the line for `fileName` in `dir/SHA256SUMS` (the `sha256sum` format, so
 * `sha256sum -c SHA256SUMS` checks it), keeping other lines, sorted by file name.
 */
export function updateSums(dir: string, fileName: string, sha256: string): string {
  const target = path.join(dir, SUMS_FILE);
  let lines: string[] = [];
  try {
    lines = readFileSync(target, 'utf8').split('\n').filter(Boolean);
  } catch {
    // a new file
  }
  const entries = new Map<string, string>();
  for (const line of lines) {
    const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line.replace(/\r$/, ''));
    if (m) entries.set(m[2]!, m[1]!.toLowerCase());
  }
  entries.set(fileName, sha256);
  const names = [...entries.keys()].sort();
  writeAtomic(target, names.map((n) => `${entries.get(n)}  ${n}\n`).join(''));
  return target;
}
