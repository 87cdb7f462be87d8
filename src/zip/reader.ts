/**
 * A safe reader of `.difypkg` files (and any zip from a stranger): `inspect`, `verify`, `sign`,
 * `test --packaged` and the embedded daemon read packages only through it. It refuses, with a clear
 * error and never a crash: names that leave the package (`..`, absolute, drive letters, backslashes),
 * symlink entries, duplicate names, encrypted or exotically compressed entries, and archives whose
 * declared or actual uncompressed size exceeds the limit (zip bombs).
 */
import { closeSync } from 'node:fs';
import { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { LIMITS } from '../core/limits.js';
import { openArchive } from './archive-file.js';
import { BadPackageError, damaged, notZip, unsafe } from './bad-package.js';
import { checked, DIRECT_READ, readDirect } from './entry-data.js';
import { entryName } from './entry-name.js';

export { BadPackageError, type BadPackageKind } from './bad-package.js';

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
