// The package file itself, opened through the one reader: a regular file within the size limit,
// read whole into memory, or for a huge one (only `check` allows those) kept as a descriptor.
import { closeSync } from 'node:fs';
import { UsageError } from '../core/errors.js';
import { LIMITS } from '../core/limits.js';
import { FileReadError, openRegularFile, readRegularFile } from '../io/read.js';
import { BadPackageError } from './bad-package.js';

/** Packages up to this size are read whole (the daemon's limit, with room for `--max-size`). */
const IN_MEMORY = 2 * LIMITS.maxPackageBytes;

/**
 * The package file through the one reader: a regular file, at most the size limit (the daemon
 * refuses a larger upload); its bytes, or for a huge one (only `check` allows those) a descriptor.
 */
export function openArchive(file: string, maxBytes: number): { bytes: Buffer } | { fd: number } {
  try {
    if (maxBytes <= IN_MEMORY) return { bytes: readRegularFile(file, { maxBytes }) };
    const opened = openRegularFile(file, { maxBytes });
    if (opened.size > IN_MEMORY) return { fd: opened.fd };
    closeSync(opened.fd);
    return { bytes: readRegularFile(file, { maxBytes }) };
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error;
    if (error.reason === 'missing') {
      throw new UsageError(`${file} does not exist`, 'Pass the path of a .difypkg file.');
    }
    if (error.kind === 'a directory') throw new UsageError(`${file} is a directory, not a package`);
    if (error.reason === 'too-large') {
      throw new BadPackageError(
        `${error.message}: the daemon refuses an upload larger than its MAX_PLUGIN_PACKAGE_SIZE (${maxBytes} bytes)`,
        'Raise the limit with --max-size only if you trust the file (and the daemon allows it).',
        { kind: 'too-large' },
      );
    }
    throw new BadPackageError(error.message, 'Pass the path of a .difypkg file (a regular file).');
  }
}
