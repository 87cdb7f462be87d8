/**
 * The one reader for files that come from a plugin or a package's source tree: it opens without
 * blocking (a FIFO never hangs us), refuses anything but a regular file (a device, a socket, a
 * directory), refuses a path whose real location leaves the given boundary, and caps the size (a
 * symlink to /dev/zero, a 56 MB "manifest"). Every stage reads plugin files through it.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { isInside } from '../core/paths.js';

/** Why a file was not read. */
export type ReadRefusal = 'missing' | 'not-a-file' | 'too-large' | 'outside' | 'unreadable';

export class FileReadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: ReadRefusal,
    message: string,
    readonly limit?: number,
  ) {
    super(message);
    this.name = 'FileReadError';
  }
}

export interface ReadOptions {
  /** Refuse more than this many bytes (the file's size, or what it yields while being read). */
  maxBytes: number;
  /** Refuse a file whose real path (symlinks resolved) is not inside this directory. */
  root?: string;
}

/** Read a regular file whole, within the limits; a {@link FileReadError} says why not. */
export function readRegularFile(file: string, options: ReadOptions): Buffer {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new FileReadError(file, 'missing', `${file} does not exist`);
    throw new FileReadError(file, 'unreadable', `${file} cannot be read (${code ?? String(error)})`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      throw new FileReadError(file, 'not-a-file', `${file} is not a regular file (${kindOf(stat)})`);
    }
    if (options.root !== undefined) {
      let real: string;
      try {
        real = realpathSync(file);
      } catch {
        real = file;
      }
      if (!isInside(realpathOr(options.root), real)) {
        throw new FileReadError(file, 'outside', `${file} resolves to ${real}, outside ${options.root}`);
      }
    }
    if (stat.size > options.maxBytes) {
      throw tooLarge(file, options.maxBytes);
    }
    // Read at most one byte past the limit: a file that grows while we read is refused too.
    const chunks: Buffer[] = [];
    let total = 0;
    const chunk = Buffer.allocUnsafe(Math.min(Math.max(stat.size, 1) + 1, 1 << 20, options.maxBytes + 1));
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') break;
        throw new FileReadError(file, 'unreadable', `${file} cannot be read (${(error as Error).message})`);
      }
      if (n === 0) break;
      total += n;
      if (total > options.maxBytes) throw tooLarge(file, options.maxBytes);
      chunks.push(Buffer.from(chunk.subarray(0, n)));
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** {@link readRegularFile} as UTF-8 text. */
export function readRegularText(file: string, options: ReadOptions): string {
  return readRegularFile(file, options).toString('utf8');
}

function tooLarge(file: string, limit: number): FileReadError {
  return new FileReadError(file, 'too-large', `${file} is larger than ${limit} bytes`, limit);
}

function realpathOr(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
}

function kindOf(stat: import('node:fs').Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSymbolicLink()) return 'a symbolic link';
  return 'not a file';
}
