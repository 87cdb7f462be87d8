/** `SHA256SUMS` beside the artifacts: one line per file, in the `sha256sum` format. */
import path from 'node:path';
import { EnvironmentError } from '../core/errors.js';
import { withLock, writeAtomic } from '../io/files.js';
import { FileReadError, readRegularText } from '../io/read.js';

export const SUMS_FILE = 'SHA256SUMS';
/** Held while SHA256SUMS is read, changed and replaced, so parallel runs never lose a line. */
export const SUMS_LOCK = `.${SUMS_FILE}.lock`;

/** A sums file is a line per artifact: far below this. */
const MAX_SUMS_BYTES = 4 * 1024 * 1024;

/**
 * Add or replace the line for `fileName` in `dir/SHA256SUMS` (the `sha256sum` format, so
 * `sha256sum -c SHA256SUMS` checks it), keeping other lines, sorted by file name. The read, the
 * change and the atomic replacement happen under a lock ({@link SUMS_LOCK}): runs packaging into
 * the same directory at once each add their line.
 */
export function updateSums(dir: string, fileName: string, sha256: string): string {
  const target = path.join(dir, SUMS_FILE);
  withLock(path.join(dir, SUMS_LOCK), () => {
    const entries = new Map<string, string>();
    for (const line of readLines(target)) {
      const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line.replace(/\r$/, ''));
      if (m) entries.set(m[2]!, m[1]!.toLowerCase());
    }
    entries.set(fileName, sha256);
    const names = [...entries.keys()].sort();
    writeAtomic(target, names.map((n) => `${entries.get(n)}  ${n}\n`).join(''));
  });
  return target;
}

function readLines(target: string): string[] {
  try {
    return readRegularText(target, { maxBytes: MAX_SUMS_BYTES }).split('\n').filter(Boolean);
  } catch (error) {
    if (error instanceof FileReadError && error.reason === 'missing') return []; // a new file
    throw new EnvironmentError(
      `cannot update ${target}: ${error instanceof Error ? error.message : String(error)}`,
      `Remove ${target} (it is rebuilt as packages are written), or write to another directory with -o.`,
    );
  }
}
