import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  releaseTemp
} from "./chunk-EY7IQFHH.js";
import {
  EnvironmentError,
  errorMessage
} from "./chunk-62OAMW2I.js";

// src/zip/writer.ts
import { createHash } from "node:crypto";
import { open, unlink } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { promisify } from "node:util";
import zlib from "node:zlib";
var DEFLATE_LEVEL = 6;
var deflateRawAsync = promisify(zlib.deflateRaw);
function deflateRaw(data) {
  return deflateRawAsync(data, { level: DEFLATE_LEVEL });
}
var MAX32 = 4294967295;
var FLUSH_AT = 256 * 1024;
var DIRECT_AT = 64 * 1024;
var ZipWriter = class _ZipWriter {
  constructor(fh, file) {
    this.fh = fh;
    this.file = file;
  }
  fh;
  file;
  records = [];
  names = /* @__PURE__ */ new Set();
  fileHash = createHash("sha256");
  pending = [];
  pendingBytes = 0;
  offset = 0;
  closed = false;
  /** Create (or truncate) `file` and start a zip in it; an environment error when it cannot be. */
  static async create(file) {
    try {
      return new _ZipWriter(await open(file, "w", 420), file);
    } catch (error) {
      releaseTemp(file);
      throw new EnvironmentError(
        `cannot write in ${path.dirname(file)}: ${errorMessage(error)}`,
        "Choose a writable output directory with -o (--output)."
      );
    }
  }
  /** Add an entry whose content is in memory; `compressed` is its raw deflate when already made. */
  async addBuffer(name, data, compressed) {
    this.startEntry(name);
    const deflated = compressed ?? await deflateRaw(data);
    await this.writeRaw(deflated);
    const sha256 = createHash("sha256").update(data).digest();
    return this.endEntry(data.length, deflated.length, zlib.crc32(data), sha256);
  }
  /** Add an entry streamed from `source`; `tap` sees every uncompressed chunk (for scanners). */
  async addStream(name, source, tap) {
    this.startEntry(name);
    let crc = 0;
    let size = 0;
    let compressedSize = 0;
    const hash = createHash("sha256");
    await pipeline(
      source,
      async function* (input) {
        for await (const chunk of input) {
          crc = zlib.crc32(chunk, crc);
          size += chunk.length;
          hash.update(chunk);
          tap?.(chunk);
          yield chunk;
        }
      },
      zlib.createDeflateRaw({ level: DEFLATE_LEVEL }),
      async (compressed) => {
        for await (const chunk of compressed) {
          compressedSize += chunk.length;
          await this.writeRaw(chunk);
        }
      }
    );
    return this.endEntry(size, compressedSize, crc, hash.digest());
  }
  /**
   * Low level, for callers that compress themselves (in parallel): start an entry, write its raw
   * deflate data with {@link writeRaw}, then {@link endEntry} with what only they know.
   */
  startEntry(name) {
    validateEntryName(name);
    if (this.names.has(name)) throw new Error(`duplicate zip entry: ${name}`);
    this.names.add(name);
    const nameBytes = Buffer.from(name, "utf8");
    const flags = entryFlags(name);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(67324752, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(flags, 6);
    h.writeUInt16LE(8, 8);
    h.writeUInt16LE(nameBytes.length, 26);
    this.check(this.offset, name);
    this.records.push({
      name,
      flags,
      offset: this.offset,
      size: 0,
      compressedSize: 0,
      crc32: 0,
      sha256: Buffer.alloc(0)
    });
    this.pending.push(h, nameBytes);
    this.pendingBytes += h.length + nameBytes.length;
    this.offset += h.length + nameBytes.length;
  }
  /** Append raw deflate data of the current entry. */
  async writeRaw(chunk) {
    await this.write(chunk);
  }
  /** Close the current entry with its data descriptor. */
  async endEntry(size, compressedSize, crc, sha256) {
    const record = this.records[this.records.length - 1];
    this.check(size, record.name);
    this.check(compressedSize, record.name);
    const d = Buffer.alloc(16);
    d.writeUInt32LE(134695760, 0);
    d.writeUInt32LE(crc >>> 0, 4);
    d.writeUInt32LE(compressedSize, 8);
    d.writeUInt32LE(size, 12);
    await this.write(d);
    Object.assign(record, { size, compressedSize, crc32: crc >>> 0, sha256 });
    return { name: record.name, size, compressedSize, crc32: crc >>> 0, sha256 };
  }
  /** Write the central directory and the end record (with `comment`), and close the file. */
  async finish(comment = "") {
    const commentBytes = Buffer.from(comment, "utf8");
    if (commentBytes.length > 65535) throw new Error("zip comment longer than 65535 bytes");
    const start = this.offset;
    for (const r of this.records) {
      const name = Buffer.from(r.name, "utf8");
      const h = Buffer.alloc(46);
      h.writeUInt32LE(33639248, 0);
      h.writeUInt16LE(20, 4);
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(r.flags, 8);
      h.writeUInt16LE(8, 10);
      h.writeUInt32LE(r.crc32, 16);
      h.writeUInt32LE(r.compressedSize, 20);
      h.writeUInt32LE(r.size, 24);
      h.writeUInt16LE(name.length, 28);
      h.writeUInt32LE(r.offset, 42);
      await this.write(h);
      await this.write(name);
    }
    const size = this.offset - start;
    this.check(this.offset, "the package");
    let records = this.records.length;
    let dirSize = size;
    let dirStart = start;
    if (records >= 65535) {
      const zip64 = Buffer.alloc(56 + 20);
      zip64.writeUInt32LE(101075792, 0);
      zip64.writeBigUInt64LE(44n, 4);
      zip64.writeUInt16LE(45, 12);
      zip64.writeUInt16LE(45, 14);
      zip64.writeBigUInt64LE(BigInt(records), 24);
      zip64.writeBigUInt64LE(BigInt(records), 32);
      zip64.writeBigUInt64LE(BigInt(size), 40);
      zip64.writeBigUInt64LE(BigInt(start), 48);
      zip64.writeUInt32LE(117853008, 56);
      zip64.writeBigUInt64LE(BigInt(this.offset), 64);
      zip64.writeUInt32LE(1, 72);
      await this.write(zip64);
      records = 65535;
      dirSize = MAX32;
      dirStart = MAX32;
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(101010256, 0);
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
      sha256: this.fileHash.digest("hex"),
      entries: this.records.map(({ flags: _f, offset: _o, ...e }) => e)
    };
  }
  /** Close and delete the unfinished file. */
  async abort() {
    if (!this.closed) {
      this.closed = true;
      await this.fh.close().catch(() => void 0);
    }
    await unlink(this.file).catch(() => void 0);
    releaseTemp(this.file);
  }
  check(n, what) {
    if (n >= MAX32) throw new Error(`${what} is 4 GiB or more (ZIP64 sizes are not written)`);
  }
  async write(chunk) {
    if (chunk.length >= DIRECT_AT) {
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
  async flush() {
    if (this.pendingBytes === 0) return;
    const data = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    await this.writeOut(data);
  }
  async writeOut(data) {
    this.fileHash.update(data);
    let done = 0;
    while (done < data.length) {
      const { bytesWritten } = await this.fh.write(data, done, data.length - done);
      done += bytesWritten;
    }
  }
};
function entryFlags(name) {
  for (const ch of name) {
    const r = ch.codePointAt(0);
    if (r < 32 || r > 125 || r === 92) return 2056;
  }
  return 8;
}
function validateEntryName(name) {
  if (name === "" || name.startsWith("/") || name.endsWith("/") || name.includes("\\") || name.includes("\0") || name.split("/").some((part) => part === ".." || part === "." || part === "")) {
    throw new Error(`invalid zip entry name: ${JSON.stringify(name)}`);
  }
  if (Buffer.byteLength(name) > 65535) throw new Error("zip entry name longer than 65535 bytes");
}

export {
  DEFLATE_LEVEL,
  ZipWriter,
  entryFlags
};
