/**
 * The one reader for files that come from a plugin or a package's source tree: it opens without
 * blocking (a FIFO never hangs us), refuses anything but a regular file (a device, a socket, a
 * directory), refuses a path whose real location leaves the given boundary, and caps the size (a
 * symlink to /dev/zero, a 56 MB "manifest"). Every stage reads plugin files through it.
 *
 * The checks are made on the opened descriptor (its type, its size, and on Linux its real path
 * through /proc/self/fd), so a file swapped for a pipe or a link after it was listed is still caught.
 */
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readlinkSync,
  readSync,
  realpathSync,
  type Stats,
} from 'node:fs';
import { isInside } from '../core/paths.js';

/** Why a file was not read. */
export type ReadRefusal = 'missing' | 'not-a-file' | 'too-large' | 'outside' | 'unreadable';

export class FileReadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: ReadRefusal,
    message: string,
    readonly limit?: number,
    /** What the file is when it is not a regular file: "a named pipe", "a device", … */
    readonly kind?: string,
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
  /** The name used in messages (a path relative to the plugin); the path itself by default. */
  label?: string;
}

/** An open regular file, checked; the caller reads it (streaming) and must close `fd`. */
export interface OpenedFile {
  fd: number;
  size: number;
}

/**
 * Open a file for reading after the checks of {@link readRegularFile} (type, boundary, size), for a
 * caller that streams it. The caller must stop at `maxBytes` itself if the file grows.
 */
export function openRegularFile(file: string, options: ReadOptions): OpenedFile {
  const label = options.label ?? file;
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new FileReadError(file, 'missing', `${label} does not exist`);
    if (code === 'ELOOP') {
      throw new FileReadError(file, 'unreadable', `${label} cannot be read (a symlink loop)`);
    }
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? String(error));
    throw new FileReadError(file, 'unreadable', `${label} cannot be read (${why})`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      const kind = kindOf(stat);
      throw new FileReadError(
        file,
        'not-a-file',
        `${label} is not a regular file (${kind})`,
        undefined,
        kind,
      );
    }
    if (options.root !== undefined) {
      const real = realPathOf(fd, file);
      if (!isInside(realpathOr(options.root), real)) {
        throw new FileReadError(file, 'outside', `${label} resolves to ${real}, outside ${options.root}`);
      }
    }
    if (stat.size > options.maxBytes) throw tooLarge(file, label, options.maxBytes, stat.size);
    return { fd, size: stat.size };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** Read a regular file whole, within the limits; a {@link FileReadError} says why not. */
export function readRegularFile(file: string, options: ReadOptions): Buffer {
  const label = options.label ?? file;
  const { fd, size } = openRegularFile(file, options);
  try {
    // Read at most one byte past the limit: a file that grows while we read is refused too.
    const chunks: Buffer[] = [];
    let total = 0;
    const chunk = Buffer.allocUnsafe(Math.min(Math.max(size, 1) + 1, 1 << 20, options.maxBytes + 1));
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') break;
        throw new FileReadError(file, 'unreadable', `${label} cannot be read (${(error as Error).message})`);
      }
      if (n === 0) break;
      total += n;
      if (total > options.maxBytes) throw tooLarge(file, label, options.maxBytes);
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

/** The general remedy for a refusal, to append to a finding or an error. */
export function refusalFix(error: FileReadError, where = 'the plugin'): string {
  switch (error.reason) {
    case 'not-a-file':
      return `Replace it with a regular file, or remove it from ${where} (or exclude it in .difyignore).`;
    case 'too-large':
      return 'Shrink the file or remove it: nothing of a plugin comes near this size.';
    case 'outside':
      return 'Copy the file into the plugin instead of linking it: a link out of the repository is not reproducible.';
    case 'missing':
      return 'Check the path.';
    default:
      return 'Fix its permissions, or exclude it in .difyignore.';
  }
}

/** What a non-regular file is, for messages. */
export function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSymbolicLink()) return 'a symbolic link';
  return 'not a file';
}

function tooLarge(file: string, label: string, limit: number, size?: number): FileReadError {
  const what =
    size === undefined ? `larger than ${limit} bytes` : `${size} bytes, over the ${limit}-byte limit`;
  return new FileReadError(file, 'too-large', `${label} is ${what}`, limit);
}

/**
 * The real path of an open file: on Linux, what /proc/self/fd says (one system call whatever the
 * depth, and it is the file actually opened); elsewhere, the path resolved.
 */
function realPathOf(fd: number, file: string): string {
  try {
    const real = readlinkSync(`/proc/self/fd/${fd}`);
    if (real.startsWith('/')) return real;
  } catch {
    // no /proc
  }
  try {
    return realpathSync.native(file);
  } catch {
    return file;
  }
}

const realRoots = new Map<string, string>();

function realpathOr(dir: string): string {
  let real = realRoots.get(dir);
  if (real === undefined) {
    try {
      real = realpathSync.native(dir);
    } catch {
      real = dir;
    }
    if (realRoots.size > 64) realRoots.clear();
    realRoots.set(dir, real);
  }
  return real;
}
