/**
 * A safe reader of `.difypkg` files (and any zip from a stranger): `inspect`, `verify`, `sign`,
 * `test --packaged` and the embedded daemon read packages only through it. It refuses, with a clear
 * error and never a crash: names that leave the package (`..`, absolute, drive letters, backslashes),
 * symlink entries, duplicate names, encrypted or exotically compressed entries, and archives whose
 * declared or actual uncompressed size exceeds the limit (zip bombs).
 */
import { closeSync, createWriteStream, lstatSync, mkdirSync, realpathSync, type Stats } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { CheckFailedError, errorMessage, UsageError } from '../core/errors.js';
import { LIMITS } from '../core/limits.js';
import { isInside } from '../core/paths.js';
import { FileReadError, openRegularFile, readRegularFile } from '../io/read.js';

/** Same default as the daemon's MAX_PLUGIN_PACKAGE_SIZE: 50 MiB uncompressed. */
export const DEFAULT_MAX_UNCOMPRESSED = LIMITS.maxPackageBytes;

export interface ReadLimits {
  /**
   * Largest total uncompressed size accepted, in bytes (default 50 MiB); the package file itself may
   * not be larger either (the daemon applies the one MAX_PLUGIN_PACKAGE_SIZE to both).
   */
  maxUncompressed?: number;
  /** Most entries accepted (default: no limit but the file's size, as the daemon). */
  maxEntries?: number;
  /**
   * Refuse an archive without a root `manifest.yaml` (default true): the daemon's decoder reads the
   * manifest first and refuses the package without it. `check` turns it off to report it itself.
   */
  requireManifest?: boolean;
}

export interface PackageEntry {
  name: string;
  size: number;
  compressedSize: number;
  /** Zip metadata, for layout checks (`inspect`). */
  crc32?: number;
  method?: number;
  flags?: number;
  dosTime?: number;
  dosDate?: number;
  extraLength?: number;
  externalAttributes?: number;
  versionMadeBy?: number;
}

export interface OpenPackage {
  /** File entries in central-directory order (the order the daemon hashes them in). */
  entries: PackageEntry[];
  /** The archive comment (a signature's JSON, or empty). */
  comment: string;
  read(name: string): Promise<Buffer>;
  close(): Promise<void>;
  /** Directory entries (names ending in `/`): the daemon fails on them; they are not in `entries`. */
  directories: string[];
  /** An entry's content as a stream (size-checked like `read`). */
  stream(name: string): Promise<Readable>;
}

/** What is wrong with a package, for callers that answer as another tool would (the embedded daemon). */
export type BadPackageKind =
  | 'not-zip'
  | 'too-large'
  | 'unsafe-name'
  | 'unsafe'
  | 'bomb'
  | 'damaged'
  | 'no-manifest';

/** The package is not a zip, is damaged, or is unsafe to read: exit 1 with the reason. */
export class BadPackageError extends CheckFailedError {
  constructor(
    message: string,
    fix?: string,
    /** The kind of problem, and the entry it is in when there is one. */
    readonly reason: { kind: BadPackageKind; entry?: string } = { kind: 'damaged' },
  ) {
    super(message, fix);
  }
}

const YAUZL_OPTIONS = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true };

/** Open a package, checking every name and the declared sizes before anything is read. */
export async function openPackage(file: string, limits: ReadLimits = {}): Promise<OpenPackage> {
  const maxUncompressed = limits.maxUncompressed ?? DEFAULT_MAX_UNCOMPRESSED;
  const archive = openArchive(file, maxUncompressed);
  let zip: ZipFile;
  try {
    // In memory, as the daemon reads it: listing tens of thousands of entries from a buffer is
    // several times faster than one read from the file per entry. Only a file larger than any
    // package Dify accepts (`check` opens those to report their size) is read from its descriptor.
    zip =
      'bytes' in archive
        ? await yauzl.fromBufferPromise(archive.bytes, YAUZL_OPTIONS)
        : await new Promise<ZipFile>((resolve, reject) =>
            yauzl.fromFd(archive.fd, YAUZL_OPTIONS, (error, z) => (error ? reject(error) : resolve(z))),
          );
  } catch (error) {
    if ('fd' in archive) closeSync(archive.fd);
    throw notZip(file, error);
  }
  return fromZip(zip, file, limits, archive);
}

/**
 * The same checks on a package held in memory (an upload the embedded daemon received): no file
 * reads, `label` names it in messages.
 */
export async function openPackageBuffer(
  bytes: Buffer,
  label: string,
  limits: ReadLimits = {},
): Promise<OpenPackage> {
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, YAUZL_OPTIONS);
  } catch (error) {
    throw notZip(label, error);
  }
  return fromZip(zip, label, limits, { bytes });
}

function notZip(file: string, error: unknown): BadPackageError {
  return new BadPackageError(
    `${file} is not a valid .difypkg (zip): ${errorMessage(error)}`,
    'Rebuild it with `dify-plugin-release package`; a truncated download or a renamed file causes this.',
    { kind: 'not-zip' },
  );
}

async function fromZip(
  zip: ZipFile,
  file: string,
  limits: ReadLimits,
  archive: { bytes: Buffer } | { fd: number },
): Promise<OpenPackage> {
  const maxUncompressed = limits.maxUncompressed ?? DEFAULT_MAX_UNCOMPRESSED;
  const maxEntries = limits.maxEntries ?? Number.POSITIVE_INFINITY;
  const entries = new Map<string, { entry: Entry; info: PackageEntry }>();
  const directories: string[] = [];
  let total = 0;
  try {
    if (zip.entryCount > maxEntries) {
      throw unsafe(file, `it has ${zip.entryCount} entries, more than the ${maxEntries} accepted`);
    }
    for (const entry of await listEntries(zip)) {
      const name = entryName(file, entry.fileName as unknown as Buffer);
      if (entries.has(name)) throw unsafe(file, `the entry ${JSON.stringify(name)} appears twice`);
      const unixMode = entry.versionMadeBy >> 8 === 3 ? entry.externalFileAttributes >>> 16 : 0;
      if ((unixMode & 0o170000) === 0o120000) {
        throw unsafe(file, `the entry ${JSON.stringify(name)} is a symbolic link`);
      }
      if (name.endsWith('/')) {
        if (entry.uncompressedSize > 0) throw unsafe(file, `directory entry ${name} has content`);
        directories.push(name);
        continue;
      }
      if (entry.isEncrypted()) throw unsafe(file, `the entry ${name} is encrypted`);
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
        throw new BadPackageError(
          `${file}: the entry ${name} uses compression method ${entry.compressionMethod}; Dify reads only deflate and stored`,
        );
      }
      total += entry.uncompressedSize;
      if (total > maxUncompressed) {
        throw unsafe(
          file,
          `its entries declare more than ${maxUncompressed} bytes uncompressed (the limit; a zip bomb, or a package over the daemon's MAX_PLUGIN_PACKAGE_SIZE)`,
          'Raise the limit with --max-size only if you trust the file.',
          { kind: 'too-large' },
        );
      }
      entries.set(name, {
        entry,
        info: {
          name,
          size: entry.uncompressedSize,
          compressedSize: entry.compressedSize,
          crc32: entry.crc32,
          method: entry.compressionMethod,
          flags: entry.generalPurposeBitFlag,
          dosTime: entry.lastModFileTime,
          dosDate: entry.lastModFileDate,
          extraLength: entry.extraFieldLength,
          externalAttributes: entry.externalFileAttributes,
          versionMadeBy: entry.versionMadeBy,
        },
      });
    }
    if (entries.size === 0) {
      throw new BadPackageError(
        `${file} holds no files${directories.length > 0 ? ' (only directory entries)' : ''}: it is not a Dify package, and the daemon refuses it (no manifest.yaml)`,
        'Build the package with `dify-plugin-release package` from the plugin directory.',
        { kind: 'no-manifest' },
      );
    }
    if ((limits.requireManifest ?? true) && !entries.has('manifest.yaml')) {
      throw new BadPackageError(
        `${file} has no manifest.yaml at its root: the daemon's decoder reads it first and refuses the package`,
        entries.size > 0 && [...entries.keys()].some((n) => n.endsWith('/manifest.yaml'))
          ? 'The files are inside a folder: zip the contents of the plugin directory, not the directory (or use `dify-plugin-release package`).'
          : 'Build the package with `dify-plugin-release package` from the plugin directory.',
        { kind: 'no-manifest' },
      );
    }
  } catch (error) {
    zip.close();
    if ('fd' in archive) closeSync(archive.fd);
    throw error instanceof BadPackageError ? error : damaged(file, error);
  }

  const stream = async (name: string): Promise<Readable> => {
    const found = entries.get(name);
    if (!found) throw new BadPackageError(`${file} has no entry ${name}`);
    let input: Readable;
    try {
      input = await zip.openReadStreamPromise(found.entry);
    } catch (error) {
      throw damaged(file, error, name);
    }
    return Readable.from(checked(file, name, input, found.entry.crc32));
  };
  const comment = zip.comment as unknown as Buffer | string;
  let closed = false;
  return {
    entries: [...entries.values()].map((e) => e.info),
    comment: Buffer.isBuffer(comment) ? comment.toString('utf8') : String(comment ?? ''),
    directories,
    stream,
    async read(name) {
      const found = entries.get(name);
      if (found && 'bytes' in archive && found.entry.uncompressedSize <= DIRECT_READ) {
        return readDirect(file, name, archive.bytes, found.entry);
      }
      const chunks: Buffer[] = [];
      for await (const chunk of await stream(name)) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    async close() {
      if (closed) return;
      closed = true;
      zip.close();
      if ('fd' in archive) closeSync(archive.fd);
    },
  };
}

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

/** Pass an entry's bytes through, failing on a CRC mismatch as Go's archive/zip (so the daemon) does. */
async function* checked(
  file: string,
  name: string,
  input: Readable,
  expected: number,
): AsyncGenerator<Buffer> {
  let crc = 0;
  try {
    for await (const chunk of input) {
      crc = zlib.crc32(chunk as Buffer, crc);
      yield chunk as Buffer;
    }
  } catch (error) {
    throw damaged(file, error, name);
  }
  if (crc >>> 0 !== expected >>> 0) {
    throw new BadPackageError(
      `${file} is damaged (entry ${name}): its content does not match its CRC-32; the daemon rejects it`,
      'Rebuild or download it again.',
    );
  }
}

/** Entries up to this size, of an archive in memory, are inflated in one call rather than streamed. */
const DIRECT_READ = 1024 * 1024;

/**
 * An entry's content straight from the archive's bytes, with the checks the stream makes: its data
 * located through its local header (as Go's reader does), inflated to at most one byte past its
 * declared size (more is a zip bomb, less a truncated file) and its CRC-32 compared. Streams and
 * their setup cost more than the inflation for the thousands of small entries a package may hold.
 */
function readDirect(file: string, name: string, bytes: Buffer, entry: Entry): Buffer {
  const at = entry.relativeOffsetOfLocalHeader;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== 0x04034b50) {
    throw damaged(file, new Error('invalid local file header signature'), name);
  }
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) {
    throw damaged(file, new Error('not enough bytes: the entry runs past the end of the file'), name);
  }
  const raw = bytes.subarray(start, end);
  let data: Buffer;
  if (entry.compressionMethod === 0) {
    data = Buffer.from(raw);
  } else if (raw.length === 2 && raw[0] === 0x03 && raw[1] === 0x00) {
    data = Buffer.alloc(0); // the deflate of nothing
  } else if (isOneStoredBlock(raw)) {
    data = Buffer.from(raw.subarray(5)); // a tiny file written as one stored block
  } else {
    try {
      data = zlib.inflateRawSync(raw, {
        maxOutputLength: Math.max(1, entry.uncompressedSize + 1),
        // Output buffers of the entry's size, not zlib's 16 KiB for each of thousands of tiny ones.
        chunkSize: Math.min(64 * 1024, Math.max(64, entry.uncompressedSize + 1)),
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw damaged(file, new Error('too many bytes in the stream'), name);
      }
      throw damaged(file, error, name);
    }
  }
  if (data.length > entry.uncompressedSize)
    throw damaged(file, new Error('too many bytes in the stream'), name);
  if (data.length < entry.uncompressedSize)
    throw damaged(file, new Error('not enough bytes in the stream'), name);
  if (zlib.crc32(data) >>> 0 !== entry.crc32 >>> 0) {
    throw new BadPackageError(
      `${file} is damaged (entry ${name}): its content does not match its CRC-32; the daemon rejects it`,
      'Rebuild or download it again.',
    );
  }
  return data;
}

/** Whether raw deflate data is exactly one final stored block (BFINAL=1, BTYPE=00, LEN, NLEN, bytes). */
function isOneStoredBlock(raw: Buffer): boolean {
  if (raw.length < 5 || raw[0] !== 0x01) return false;
  const len = raw.readUInt16LE(1);
  return raw.readUInt16LE(3) === (~len & 0xffff) && raw.length === 5 + len;
}

/** Packages up to this size are read whole (the daemon's limit, with room for `--max-size`). */
const IN_MEMORY = 2 * LIMITS.maxPackageBytes;

/**
 * The package file through the one reader: a regular file, at most the size limit (the daemon
 * refuses a larger upload); its bytes, or for a huge one (only `check` allows those) a descriptor.
 */
function openArchive(file: string, maxBytes: number): { bytes: Buffer } | { fd: number } {
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

function lstatOrUndefined(p: string): Stats | undefined {
  try {
    return lstatSync(p);
  } catch {
    return undefined;
  }
}

function listEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const all: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      all.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(all));
    zip.on('error', reject);
    zip.readEntry();
  });
}

/** Decode and check an entry name the way an extractor must before trusting it. */
function entryName(file: string, raw: Buffer): string {
  let name: string;
  try {
    name = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    throw unsafe(file, `an entry name is not valid UTF-8 (${raw.toString('hex').slice(0, 40)}…)`, undefined, {
      kind: 'unsafe-name',
      entry: raw.toString('latin1'),
    });
  }
  const shown = JSON.stringify(name);
  const bad = { kind: 'unsafe-name' as const, entry: name };
  if (name === '' || name.includes('\0'))
    throw unsafe(file, `an entry has an empty or invalid name ${shown}`, undefined, bad);
  if (name.includes('\\'))
    throw unsafe(file, `the entry ${shown} has a backslash, a path separator on Windows`, undefined, bad);
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name))
    throw unsafe(file, `the entry ${shown} is an absolute path`, undefined, bad);
  const parts = name.replace(/\/$/, '').split('/');
  if (parts.includes('..'))
    throw unsafe(file, `the entry ${shown} climbs out of the package with ".."`, undefined, bad);
  if (parts.some((p) => p === '' || p === '.'))
    throw unsafe(file, `the entry ${shown} is not a clean path`, undefined, bad);
  return name;
}

function unsafe(
  file: string,
  why: string,
  fix?: string,
  reason: BadPackageError['reason'] = { kind: 'unsafe' },
): BadPackageError {
  return new BadPackageError(
    `unsafe package ${file}: ${why}`,
    fix ?? 'Do not install it; rebuild it from source with `dify-plugin-release package`.',
    reason,
  );
}

function damaged(file: string, error: unknown, entry?: string): BadPackageError {
  const why = errorMessage(error);
  if (/too many bytes/i.test(why) && entry) {
    return unsafe(
      file,
      `the entry ${entry} inflates to more bytes than it declares (a zip bomb): ${why}`,
      undefined,
      {
        kind: 'bomb',
        entry,
      },
    );
  }
  if (/not enough bytes|unexpected end/i.test(why) && entry) {
    return new BadPackageError(
      `${file} is corrupt or truncated (entry ${entry}): its data ends before its declared size (${why})`,
      'Rebuild or download it again; the file is truncated or corrupt.',
      { kind: 'damaged', entry },
    );
  }
  return new BadPackageError(
    `${file} is damaged${entry ? ` (entry ${entry})` : ''}: ${why}`,
    'Rebuild or download it again; the file is truncated or corrupt.',
    { kind: 'damaged', ...(entry ? { entry } : {}) },
  );
}
