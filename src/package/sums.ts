/** `SHA256SUMS` beside the artifacts: one line per file, in the `sha256sum` format. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { writeAtomic } from '../io/files.js';

export const SUMS_FILE = 'SHA256SUMS';

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
