// Extracting a package into a directory, refusing any entry that would land outside it (through
// `..`, a symlink or a file in the way).
import { createWriteStream, lstatSync, mkdirSync, realpathSync, type Stats } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { UsageError } from '../core/errors.js';
import { isInside } from '../core/paths.js';
import { BadPackageError, damaged, unsafe } from './bad-package.js';
import { openPackage, type ReadLimits } from './reader.js';

/**
 * Extract a package into `dir` (created if needed), refusing anything that would land outside it.
 * Returns the absolute paths written.
 */
export async function extractPackage(file: string, dir: string, limits: ReadLimits = {}): Promise<string[]> {
  const pkg = await openPackage(file, limits);
  const written: string[] = [];
  try {
    mkdirSync(dir, { recursive: true });
    const realDir = realpathSync(dir);
    for (const { name } of pkg.entries) {
      const target = path.join(realDir, ...name.split('/'));
      if (!isInside(realDir, target)) throw unsafe(file, `the entry ${name} would be written outside ${dir}`);
      let current = realDir;
      for (const part of name.split('/').slice(0, -1)) {
        current = path.join(current, part);
        const stats = lstatOrUndefined(current);
        if (!stats) mkdirSync(current);
        else if (!stats.isDirectory()) {
          throw unsafe(file, `the entry ${name} would be written through a symlink or file in ${dir}`);
        }
      }
      await pipeline(await pkg.stream(name), createWriteStream(target, { flags: 'wx', mode: 0o644 }));
      written.push(target);
    }
  } catch (error) {
    throw error instanceof BadPackageError || error instanceof UsageError ? error : damaged(file, error);
  } finally {
    await pkg.close();
  }
  return written;
}

function lstatOrUndefined(p: string): Stats | undefined {
  try {
    return lstatSync(p);
  } catch {
    return undefined;
  }
}
