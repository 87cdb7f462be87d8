/**
 * A deterministic zip writer that produces the same layout as the Dify CLI (Go's `archive/zip` with
 * `Writer.Create`): entries in the order given, deflate, general-purpose flag 0x0008 with a data
 * descriptor after each entry, DOS date and time 0, no extra fields, version 20 made-by and needed,
 * external attributes 0, no directory entries, an empty comment unless a signature is set.
 *
 * Why not `archiver`/`yazl`: they write the current (or a 1980-01-01) DOS timestamp, extra fields
 * or Unix attributes, and cannot write date 0, so no option reproduces these bytes. The format is
 * small; this writer streams each entry through `node:zlib` into the file, so memory does not grow
 * with the plugin's size. The compressed bytes differ from Go's (another deflate implementation);
 * the layout, the names and the content, hence the Dify checksum, are the same.
 */
import { createHash, type Hash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { open, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { EnvironmentError, errorMessage } from '../core/errors.js';
import { releaseTemp } from '../io/files.js';

/** Go's flate.DefaultCompression corresponds to zlib level 6, as does `zip -6`. */
export const DEFLATE_LEVEL = 6;
const deflateRawAsync = promisify(zlib.deflateRaw);

/** Raw-deflate a buffer off the main thread, at the level the writer uses. */
export function deflateRaw(data: Buffer): Promise<Buffer> {
  return deflateRawAsync(data, { level: DEFLATE_LEVEL });
}

export interface WrittenEntry {
  name: string;
  size: number;
  compressedSize: number;
  crc32: number;
  /** SHA-256 of the uncompressed content: what Dify's checksum and signature hash. */
  sha256: Buffer;
}

interface CentralRecord extends WrittenEntry {
  flags: number;
  offset: number;
}

const MAX32 = 0xffffffff;
const FLUSH_AT = 256 * 1024;
const DIRECT_AT = 64 * 1024;

/** Writes a zip file entry by entry. Call {@link finish} to complete it or {@link abort} to drop it. */
export class ZipWriter {
  private readonly records: CentralRecord[] = [];
  private readonly names = new Set<string>();
  private readonly fileHash: Hash = createHash('sha256');
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private offset = 0;
  private closed = false;

  private constructor(
    private readonly fh: FileHandle,
    readonly file: string,
  ) {}

  /** Create (or truncate) `file` and start a zip in it; an environment error when it cannot be. */
  static async create(file: string): Promise<ZipWriter> {
    try {
      return new ZipWriter(await open(file, 'w', 0o644), file);
    } catch (error) {
      releaseTemp(file);
      throw new EnvironmentError(
        `cannot write in ${path.dirname(file)}: ${errorMessage(error)}`,
        'Choose a writable output directory with -o (--output).',
      );
    }
  }

  /** Add an entry whose content is in memory; `compressed` is its raw deflate when already made. */
  async addBuffer(name: string, data: Buffer, compressed?: Buffer): Promise<WrittenEntry> {
    this.startEntry(name);
    const deflated = compressed ?? (await deflateRaw(data));
    await this.writeRaw(deflated);
    const sha256 = createHash('sha256').update(data).digest();
    return this.endEntry(data.length, deflated.length, zlib.crc32(data), sha256);
  }

  /** Add an entry streamed from `source`; `tap` sees every uncompressed chunk (for scanners). */
  async addStream(name: string, source: Readable, tap?: (chunk: Buffer) => void): Promise<WrittenEntry> {
    this.startEntry(name);
    let crc = 0;
    let size = 0;
    let compressedSize = 0;
    const hash = createHash('sha256');
    await pipeline(
      source,
      async function* (input: AsyncIterable<Buffer>) {
        for await (const chunk of input) {
          crc = zlib.crc32(chunk, crc);
          size += chunk.length;
          hash.update(chunk);
          tap?.(chunk);
          yield chunk;
        }
      },
      zlib.createDeflateRaw({ level: DEFLATE_LEVEL }),
      async (compressed: AsyncIterable<Buffer>) => {
        for await (const chunk of compressed) {
          compressedSize += chunk.length;
          await this.writeRaw(chunk);
        }
      },
    );
    return this.endEntry(size, compressedSize, crc, hash.digest());
  }

  /**
   * Low level, for callers that compress themselves (in parallel): start an entry, write its raw
   * deflate data with {@link writeRaw}, then {@link endEntry} with what only they know.
   */
  startEntry(name: string): void {
    validateEntryName(name);
    if (this.names.has(name)) throw new Error(`duplicate zip entry: ${name}`);
    this.names.add(name);
    const nameBytes = Buffer.from(name, 'utf8');
    const flags = entryFlags(name);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(flags, 6);
    h.writeUInt16LE(8, 8);
    // 10..25: time, date, crc, sizes: 0 (they follow in the data descriptor)
    h.writeUInt16LE(nameBytes.length, 26);
    this.check(this.offset, name);
    this.records.push({
      name,
      flags,
      offset: this.offset,
      size: 0,
      compressedSize: 0,
      crc32: 0,
      sha256: Buffer.alloc(0),
    });
    this.pending.push(h, nameBytes);
    this.pendingBytes += h.length + nameBytes.length;
    this.offset += h.length + nameBytes.length;
  }

  /** Append raw deflate data of the current entry. */
  async writeRaw(chunk: Buffer): Promise<void> {
    await this.write(chunk);
  }

  /** Close the current entry with its data descriptor. */
  async endEntry(size: number, compressedSize: number, crc: number, sha256: Buffer): Promise<WrittenEntry> {
    const record = this.records[this.records.length - 1]!;
    this.check(size, record.name);
    this.check(compressedSize, record.name);
    const d = Buffer.alloc(16);
    d.writeUInt32LE(0x08074b50, 0);
    d.writeUInt32LE(crc >>> 0, 4);
    d.writeUInt32LE(compressedSize, 8);
    d.writeUInt32LE(size, 12);
    await this.write(d);
    Object.assign(record, { size, compressedSize, crc32: crc >>> 0, sha256 });
    return { name: record.name, size, compressedSize, crc32: crc >>> 0, sha256 };
  }

  /** Write the central directory and the end record (with `comment`), and close the file. */
  async finish(comment = ''): Promise<{ size: number; sha256: string; entries: WrittenEntry[] }> {
    const commentBytes = Buffer.from(comment, 'utf8');
    if (commentBytes.length > 0xffff) throw new Error('zip comment longer than 65535 bytes');
    const start = this.offset;
    for (const r of this.records) {
      const name = Buffer.from(r.name, 'utf8');
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(20, 4); // version made by (Go: 20, host 0)
      h.writeUInt16LE(20, 6); // version needed
      h.writeUInt16LE(r.flags, 8);
      h.writeUInt16LE(8, 10); // deflate
      // 12..15: DOS time and date 0
      h.writeUInt32LE(r.crc32, 16);
      h.writeUInt32LE(r.compressedSize, 20);
      h.writeUInt32LE(r.size, 24);
      h.writeUInt16LE(name.length, 28);
      // 30..41: extra length, comment length, disk, internal and external attributes: all 0
      h.writeUInt32LE(r.offset, 42);
      await this.write(h);
      await this.write(name);
    }
    const size = this.offset - start;
    this.check(this.offset, 'the package');
    let records = this.records.length;
    let dirSize = size;
    let dirStart = start;
    if (records >= 0xffff) {
      // As Go's archive/zip (so the Dify CLI) does from 65,535 entries on: a ZIP64 end of central
      // directory record and its locator, and saturated fields in the classic end record (which tell
      // readers, the daemon's Go reader included, to look for them). Entry sizes and offsets stay
      // 32-bit: packages are far below 4 GiB.
      const zip64 = Buffer.alloc(56 + 20);
      zip64.writeUInt32LE(0x06064b50, 0);
      zip64.writeBigUInt64LE(44n, 4); // size of the record after this field
      zip64.writeUInt16LE(45, 12); // version made by
      zip64.writeUInt16LE(45, 14); // version needed
      // 16..23: this disk, the disk of the central directory: 0
      zip64.writeBigUInt64LE(BigInt(records), 24);
      zip64.writeBigUInt64LE(BigInt(records), 32);
      zip64.writeBigUInt64LE(BigInt(size), 40);
      zip64.writeBigUInt64LE(BigInt(start), 48);
      zip64.writeUInt32LE(0x07064b50, 56); // locator
      // 60..63: the disk of the ZIP64 end record: 0
      zip64.writeBigUInt64LE(BigInt(this.offset), 64);
      zip64.writeUInt32LE(1, 72); // total disks
      await this.write(zip64);
      records = 0xffff;
      dirSize = MAX32;
      dirStart = MAX32;
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(records, 8);
    end.writeUInt16LE(records, 10);
    end.writeUInt32LE(dirSize, 12);
    end.writeUInt32LE(dirStart, 16);
    end.writeUInt16LE(commentBytes.length, 20);
    await this.write(end);
    await this.write(commentBytes);
    await this.flush();
    await this.fh.sync();
    await this.fh.close();
    this.closed = true;
    return {
      size: this.offset,
      sha256: this.fileHash.digest('hex'),
      entries: this.records.map(({ flags: _f, offset: _o, ...e }) => e),
    };
  }

  /** Close and delete the unfinished file. */
  async abort(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      await this.fh.close().catch(() => undefined);
    }
    await unlink(this.file).catch(() => undefined);
    releaseTemp(this.file);
  }

  private check(n: number, what: string): void {
    if (n >= MAX32) throw new Error(`${what} is 4 GiB or more (ZIP64 sizes are not written)`);
  }

  private async write(chunk: Buffer): Promise<void> {
    if (chunk.length >= DIRECT_AT) {
      // Large chunks go straight to the file: no copy into a batch.
      await this.flush();
      this.offset += chunk.length;
      await this.writeOut(chunk);
      return;
    }
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    this.offset += chunk.length;
    if (this.pendingBytes >= FLUSH_AT) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.pendingBytes === 0) return;
    const data = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    await this.writeOut(data);
  }

  private async writeOut(data: Buffer): Promise<void> {
    this.fileHash.update(data);
    let done = 0;
    while (done < data.length) {
      const { bytesWritten } = await this.fh.write(data, done, data.length - done);
      done += bytesWritten;
    }
  }
}

/**
 * The general-purpose flags Go's `Writer.Create` gives an entry: 0x0008 (data descriptor), plus
 * 0x0800 (UTF-8 name) when `detectUTF8` says the name needs it: a rune below 0x20, above 0x7d
 * (so `~` and DEL too, which EUC-KR and Shift-JIS remap) or a backslash. Names from JavaScript
 * strings are always written as valid UTF-8, so the "invalid UTF-8" case of Go never arises.
 */
export function entryFlags(name: string): number {
  for (const ch of name) {
    const r = ch.codePointAt(0)!;
    if (r < 0x20 || r > 0x7d || r === 0x5c) return 0x0808;
  }
  return 0x0008;
}

/** Names the writer accepts: relative, `/`-separated, no `..`, no directory entries. */
export function validateEntryName(name: string): void {
  if (
    name === '' ||
    name.startsWith('/') ||
    name.endsWith('/') ||
    name.includes('\\') ||
    name.includes('\0') ||
    name.split('/').some((part) => part === '..' || part === '.' || part === '')
  ) {
    throw new Error(`invalid zip entry name: ${JSON.stringify(name)}`);
  }
  if (Buffer.byteLength(name) > 0xffff) throw new Error('zip entry name longer than 65535 bytes');
}
