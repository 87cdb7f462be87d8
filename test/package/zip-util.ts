/**
 * Test-only zip tools, written independently of src/package: a raw parser (to assert the writer's
 * bytes and re-derive what a signature covers) and a builder of hostile archives (traversal names,
 * symlink entries, lying sizes) that no well-behaved writer would produce.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

export const SHARED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared');
/** The signing vectors, vendored into test/fixtures/vectors (see its README). */
export const VECTORS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/vectors');
export const CORPUS = path.join(SHARED, 'corpus/official');
export const hasCorpus = existsSync(CORPUS);
export const SKIP_CORPUS = '../shared/corpus/official is not present (a fresh clone has no shared data)';

export interface RawEntry {
  name: string;
  versionMadeBy: number;
  versionNeeded: number;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  extra: Buffer;
  comment: Buffer;
  internalAttrs: number;
  externalAttrs: number;
  offset: number;
  /** The local header's fields, for comparison with the central record. */
  local: {
    versionNeeded: number;
    flags: number;
    method: number;
    time: number;
    date: number;
    extraLength: number;
  };
  /** The 16-byte data descriptor after the data, when flag 0x0008 is set. */
  descriptor?: { signature: number; crc: number; compressedSize: number; size: number };
  data: Buffer;
}

/** Parse a zip from its end record: every central entry, its local header, data and descriptor. */
export function parseZip(buf: Buffer): { entries: RawEntry[]; comment: string } {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const commentLength = buf.readUInt16LE(eocd + 20);
  const entries: RawEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central header');
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const entryCommentLength = buf.readUInt16LE(p + 32);
    const e = {
      versionMadeBy: buf.readUInt16LE(p + 4),
      versionNeeded: buf.readUInt16LE(p + 6),
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      time: buf.readUInt16LE(p + 12),
      date: buf.readUInt16LE(p + 14),
      crc: buf.readUInt32LE(p + 16),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      internalAttrs: buf.readUInt16LE(p + 36),
      externalAttrs: buf.readUInt32LE(p + 38),
      offset: buf.readUInt32LE(p + 42),
      name: buf.subarray(p + 46, p + 46 + nameLength).toString('utf8'),
      extra: buf.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength),
      comment: buf.subarray(
        p + 46 + nameLength + extraLength,
        p + 46 + nameLength + extraLength + entryCommentLength,
      ),
    };
    p += 46 + nameLength + extraLength + entryCommentLength;
    const l = e.offset;
    if (buf.readUInt32LE(l) !== 0x04034b50) throw new Error('bad local header');
    const localNameLength = buf.readUInt16LE(l + 26);
    const localExtraLength = buf.readUInt16LE(l + 28);
    const dataStart = l + 30 + localNameLength + localExtraLength;
    const raw = buf.subarray(dataStart, dataStart + e.compressedSize);
    const data = e.method === 8 ? zlib.inflateRawSync(raw) : Buffer.from(raw);
    const d = dataStart + e.compressedSize;
    entries.push({
      ...e,
      local: {
        versionNeeded: buf.readUInt16LE(l + 4),
        flags: buf.readUInt16LE(l + 6),
        method: buf.readUInt16LE(l + 8),
        time: buf.readUInt16LE(l + 10),
        date: buf.readUInt16LE(l + 12),
        extraLength: localExtraLength,
      },
      descriptor:
        e.flags & 8
          ? {
              signature: buf.readUInt32LE(d),
              crc: buf.readUInt32LE(d + 4),
              compressedSize: buf.readUInt32LE(d + 8),
              size: buf.readUInt32LE(d + 12),
            }
          : undefined,
      data,
    });
  }
  return { entries, comment: buf.subarray(eocd + 22, eocd + 22 + commentLength).toString('utf8') };
}

export interface CraftEntry {
  name: string | Buffer;
  data?: Buffer | string;
  /** 0 stored, 8 deflate. */
  method?: number;
  /** Lie about the uncompressed size (zip bombs). */
  declaredSize?: number;
  /** Unix host (3) and this mode in the external attributes (0o120777 for a symlink). */
  unixMode?: number;
}

/** Build a zip with whatever names, modes and sizes a test needs. */
export function craftZip(entries: CraftEntry[], comment = ''): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.isBuffer(e.name) ? e.name : Buffer.from(e.name, 'utf8');
    const data = Buffer.from(e.data ?? '');
    const method = e.method ?? 8;
    const body = method === 8 ? zlib.deflateRawSync(data) : data;
    const crc = zlib.crc32(data);
    const size = e.declaredSize ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(e.unixMode !== undefined ? (3 << 8) | 20 : 20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(method, 10);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(body.length, 20);
    c.writeUInt32LE(size, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(e.unixMode !== undefined ? (e.unixMode << 16) >>> 0 : 0, 38);
    c.writeUInt32LE(offset, 42);
    parts.push(local, name, body);
    central.push(c, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  const commentBytes = Buffer.from(comment, 'utf8');
  end.writeUInt16LE(commentBytes.length, 20);
  return Buffer.concat([...parts, cd, end, commentBytes]);
}
