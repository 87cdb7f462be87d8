// An entry's bytes, checked as the daemon checks them: streamed with its CRC-32 compared, or for a
// small entry of an archive in memory, located and inflated in one call.
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import type { Entry } from 'yauzl';
import { BadPackageError, damaged } from './bad-package.js';

/** Pass an entry's bytes through, failing on a CRC mismatch as Go's archive/zip (so the daemon) does. */
export async function* checked(
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
export const DIRECT_READ = 1024 * 1024;

/**
 * An entry's content straight from the archive's bytes, with the checks the stream makes: its data
 * located through its local header (as Go's reader does), inflated to at most one byte past its
 * declared size (more is a zip bomb, less a truncated file) and its CRC-32 compared. Streams and
 * their setup cost more than the inflation for the thousands of small entries a package may hold.
 */
export function readDirect(file: string, name: string, bytes: Buffer, entry: Entry): Buffer {
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
