/**
 * Entries compressed on every core, written in order, in constant memory.
 *
 * Each file is cut into 1 MiB chunks; each chunk is raw-deflated on libuv's thread pool with the
 * previous 32 KiB of the same file as its dictionary (deflateSetDictionary, as pigz does), ending on
 * a sync flush (the last one on a final block), so the chunks concatenate into one valid deflate
 * stream that compresses as well as a serial one. Chunks that do not compress (images, archives)
 * are written as stored deflate blocks (level 0): the same method 8 entry, without spending the
 * CPU for nothing — as `zip` stores such files. Everything depends only on the content, so the
 * output is reproducible. At most {@link IN_FLIGHT} chunks are read ahead.
 */
import { createHash } from 'node:crypto';
import { closeSync, read, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { openRegularFile } from '../io/read.js';
import { DEFLATE_LEVEL, type WrittenEntry, type ZipWriter } from './writer.js';

const CHUNK = 1024 * 1024;
const WINDOW = 32 * 1024;
/** Chunks compressed at once: one per core (more only holds more memory), at least two. */
const IN_FLIGHT = Math.max(2, Math.min(4, availableParallelism()));
/** Chunks at least this large are probed for compressibility first. */
const PROBE_FROM = 128 * 1024;
const PROBE = 64 * 1024;

export interface PackItem {
  /** Entry name. */
  path: string;
  /** A file to read (through the one reader: a regular file, inside `root` when given)... */
  source?: string;
  /** The directory `source` must really be in. */
  root?: string;
  /** ...or content in memory (a generated file). */
  data?: Buffer;
  /** Uncompressed chunks are shown to this, in order (scanners). */
  tap?: (chunk: Buffer) => void;
}

interface Chunk {
  item: number;
  data: Buffer;
  last: boolean;
  compressed: Promise<Buffer[]>;
  /** The pooled buffer `data` lives in, given back once the chunk is written. */
  pooled?: Buffer;
}

/** A file to package could not be read (or changed while read): the plugin's problem, not the output's. */
export class SourceReadError extends Error {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super(`${path}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'SourceReadError';
  }
}

/** Read buffers are reused: garbage of the file's size would otherwise wait for a full GC. */
class BufferPool {
  private readonly free: Buffer[] = [];
  take(): Buffer {
    return this.free.pop() ?? Buffer.allocUnsafeSlow(CHUNK);
  }
  give(buffer: Buffer): void {
    this.free.push(buffer);
  }
}

/** Write `items` as entries of `writer`, in the order given. */
export async function writeItems(
  writer: ZipWriter,
  items: readonly PackItem[],
  onProgress?: (label: string, done: number, total: number) => void,
): Promise<WrittenEntry[]> {
  const pool = new BufferPool();
  const chunks = produce(items, pool);
  const queue: Chunk[] = [];
  const written: WrittenEntry[] = [];
  let state:
    | { crc: number; size: number; compressed: number; hash: ReturnType<typeof createHash> }
    | undefined;
  const fill = async () => {
    while (queue.length < IN_FLIGHT) {
      const next = await chunks.next();
      if (next.done) return;
      next.value.compressed.catch(() => undefined); // awaited in order below
      queue.push(next.value);
    }
  };
  try {
    await fill();
    while (queue.length > 0) {
      const chunk = queue.shift()!;
      const item = items[chunk.item]!;
      if (!state) {
        onProgress?.(item.path, chunk.item, items.length);
        writer.startEntry(item.path);
        state = { crc: 0, size: 0, compressed: 0, hash: createHash('sha256') };
      }
      const compressed = await chunk.compressed;
      await fill();
      for (const piece of compressed) await writer.writeRaw(piece);
      state.crc = zlib.crc32(chunk.data, state.crc);
      state.size += chunk.data.length;
      state.compressed += compressed.reduce((n, b) => n + b.length, 0);
      state.hash.update(chunk.data);
      item.tap?.(chunk.data);
      if (chunk.pooled) pool.give(chunk.pooled);
      if (chunk.last) {
        written.push(await writer.endEntry(state.size, state.compressed, state.crc, state.hash.digest()));
        state = undefined;
      }
    }
  } finally {
    await chunks.return(undefined);
  }
  onProgress?.('done', items.length, items.length);
  return written;
}

/** Every chunk of every item, in order, each one's compression started as it is produced. */
async function* produce(
  items: readonly PackItem[],
  pool: BufferPool,
): AsyncGenerator<Chunk, void, undefined> {
  for (const [index, item] of items.entries()) {
    if (item.data) {
      let previous: Buffer | undefined;
      for (let pos = 0; pos === 0 || pos < item.data.length; pos += CHUNK) {
        const data = item.data.subarray(pos, pos + CHUNK);
        const last = pos + CHUNK >= item.data.length;
        yield { item: index, data, last, compressed: compress(data, previous, last) };
        previous = data.subarray(Math.max(0, data.length - WINDOW));
      }
      continue;
    }
    const source = async <T>(action: () => Promise<T>): Promise<T> => {
      try {
        return await action();
      } catch (error) {
        throw new SourceReadError(item.path, error);
      }
    };
    // Opened without blocking and checked as an open file (type, real path): a file swapped for a
    // pipe or a link out of the repository after the selection is refused, never waited on.
    const { fd, size } = await source(async () =>
      openRegularFile(item.source!, {
        maxBytes: Number.POSITIVE_INFINITY,
        root: item.root,
        label: item.path,
      }),
    );
    try {
      let previous: Buffer | undefined;
      let pos = 0;
      do {
        const length = Math.min(CHUNK, size - pos);
        const pooled = pool.take();
        const data = pooled.subarray(0, length);
        const bytesRead = await source(() => readAt(fd, data, length, pos));
        if (bytesRead !== length) throw new SourceReadError(item.path, 'it changed while it was read');
        pos += length;
        const last = pos >= size;
        yield { item: index, data, last, compressed: compress(data, previous, last), pooled };
        // The pooled buffer is reused once written: keep a copy of the window for the next chunk.
        previous = last ? undefined : Buffer.from(data.subarray(Math.max(0, length - WINDOW)));
      } while (pos < size);
    } finally {
      closeSync(fd);
    }
  }
}

const readAsync = promisify(read);

async function readAt(fd: number, into: Buffer, length: number, position: number): Promise<number> {
  if (length === 0) return 0;
  // A small read costs less here than its trip through the thread pool, which waits behind
  // whatever the main thread is doing (validation, while the package is written).
  if (length <= SMALL) return readSync(fd, into, 0, length, position);
  return (await readAsync(fd, into, 0, length, position)).bytesRead;
}

function compress(data: Buffer, previous: Buffer | undefined, last: boolean): Promise<Buffer[]> {
  // An empty file: the one deflate stream zlib makes for it, without setting up zlib's 256 KiB of
  // state (most of the time of packaging thousands of empty files otherwise).
  if (data.length === 0 && last && previous === undefined) return Promise.resolve([emptyDeflate()]);
  // A tiny file: one stored deflate block (still method 8, as Go writes every entry), which is
  // within a few bytes of what zlib would make of it and costs no zlib state (256 KiB to set up).
  if (data.length <= TINY && last && previous === undefined) return Promise.resolve([storedBlock(data)]);
  const level = incompressible(data) ? 0 : DEFLATE_LEVEL;
  // A small file's whole stream at once, here: the same bytes, without a trip through the thread
  // pool for each (which waits behind whatever the main thread is doing, validation included).
  if (data.length <= SMALL && last && previous === undefined) {
    try {
      return Promise.resolve([zlib.deflateRawSync(data, { level })]);
    } catch (error) {
      return Promise.reject(error);
    }
  }
  return new Promise((resolve, reject) => {
    const z = zlib.createDeflateRaw({
      level,
      // One output buffer per chunk, handed on as slices (the one-shot API would copy them again):
      // less garbage waiting for the next GC.
      chunkSize: level === 0 ? data.length + 1024 : Math.max(16 * 1024, data.length >> 1),
      dictionary: previous,
      finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
    });
    const out: Buffer[] = [];
    z.on('data', (b: Buffer) => out.push(b));
    z.on('error', reject);
    z.on('end', () => resolve(out));
    z.end(data);
  });
}

/** Files up to this size are written as one stored deflate block. */
const TINY = 64;
/** Files up to this size are deflated on the main thread, in one call. */
const SMALL = 64 * 1024;

/** A final stored deflate block holding `data` (at most 65,535 bytes): BFINAL=1, BTYPE=00, LEN, NLEN. */
function storedBlock(data: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head[0] = 0x01;
  head.writeUInt16LE(data.length, 1);
  head.writeUInt16LE(~data.length & 0xffff, 3);
  return Buffer.concat([head, data]);
}

let empty: Buffer | undefined;

/** zlib's raw deflate of nothing at the writer's level (two bytes), made once. */
function emptyDeflate(): Buffer {
  empty ??= zlib.deflateRawSync(Buffer.alloc(0), { level: DEFLATE_LEVEL });
  return empty;
}

/** A fast probe of the chunk's middle: random-looking data does not shrink even at level 1. */
function incompressible(data: Buffer): boolean {
  if (data.length < PROBE_FROM) return false;
  const start = Math.floor((data.length - PROBE) / 2);
  const sample = data.subarray(start, start + PROBE);
  return zlib.deflateRawSync(sample, { level: 1 }).length > sample.length * 0.97;
}
