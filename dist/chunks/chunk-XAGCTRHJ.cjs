"use strict";
var __dprBuiltin = (m) => Object.create(m, { default: { value: m, enumerable: true } });
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  SourceReadError: () => SourceReadError,
  writeItems: () => writeItems
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_NWBBVL5O = require("./chunk-NWBBVL5O.cjs");
var import_chunk_C7Z2DSUT = require("./chunk-C7Z2DSUT.cjs");
var import_node_crypto = require("node:crypto");
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var import_node_util = require("node:util");
var import_node_zlib = __dprBuiltin(require("node:zlib"));
var CHUNK = 1024 * 1024;
var WINDOW = 32 * 1024;
var IN_FLIGHT = Math.max(2, Math.min(4, (0, import_node_os.availableParallelism)()));
var PROBE_FROM = 128 * 1024;
var PROBE = 64 * 1024;
var SourceReadError = class extends Error {
  constructor(path, cause) {
    super(`${path}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.path = path;
    this.name = "SourceReadError";
  }
  path;
};
var BufferPool = class {
  free = [];
  take() {
    return this.free.pop() ?? Buffer.allocUnsafeSlow(CHUNK);
  }
  give(buffer) {
    this.free.push(buffer);
  }
};
async function writeItems(writer, items, onProgress) {
  const pool = new BufferPool();
  const chunks = produce(items, pool);
  const queue = [];
  const written = [];
  let state;
  const fill = async () => {
    while (queue.length < IN_FLIGHT) {
      const next = await chunks.next();
      if (next.done) return;
      next.value.compressed.catch(() => void 0);
      queue.push(next.value);
    }
  };
  try {
    await fill();
    while (queue.length > 0) {
      const chunk = queue.shift();
      const item = items[chunk.item];
      if (!state) {
        onProgress?.(item.path, chunk.item, items.length);
        writer.startEntry(item.path);
        state = { crc: 0, size: 0, compressed: 0, hash: (0, import_node_crypto.createHash)("sha256") };
      }
      const compressed = await chunk.compressed;
      await fill();
      for (const piece of compressed) await writer.writeRaw(piece);
      state.crc = import_node_zlib.default.crc32(chunk.data, state.crc);
      state.size += chunk.data.length;
      state.compressed += compressed.reduce((n, b) => n + b.length, 0);
      state.hash.update(chunk.data);
      item.tap?.(chunk.data);
      if (chunk.pooled) pool.give(chunk.pooled);
      if (chunk.last) {
        written.push(await writer.endEntry(state.size, state.compressed, state.crc, state.hash.digest()));
        state = void 0;
      }
    }
  } finally {
    await chunks.return(void 0);
  }
  onProgress?.("done", items.length, items.length);
  return written;
}
async function* produce(items, pool) {
  for (const [index, item] of items.entries()) {
    if (item.data) {
      let previous;
      for (let pos = 0; pos === 0 || pos < item.data.length; pos += CHUNK) {
        const data = item.data.subarray(pos, pos + CHUNK);
        const last = pos + CHUNK >= item.data.length;
        yield { item: index, data, last, compressed: compress(data, previous, last) };
        previous = data.subarray(Math.max(0, data.length - WINDOW));
      }
      continue;
    }
    const source = async (action) => {
      try {
        return await action();
      } catch (error) {
        throw new SourceReadError(item.path, error);
      }
    };
    const { fd, size } = await source(
      async () => (0, import_chunk_C7Z2DSUT.openRegularFile)(item.source, {
        maxBytes: Number.POSITIVE_INFINITY,
        root: item.root,
        label: item.path
      })
    );
    try {
      let previous;
      let pos = 0;
      do {
        const length = Math.min(CHUNK, size - pos);
        const pooled = pool.take();
        const data = pooled.subarray(0, length);
        const bytesRead = await source(() => readAt(fd, data, length, pos));
        if (bytesRead !== length) throw new SourceReadError(item.path, "it changed while it was read");
        pos += length;
        const last = pos >= size;
        yield { item: index, data, last, compressed: compress(data, previous, last), pooled };
        previous = last ? void 0 : Buffer.from(data.subarray(Math.max(0, length - WINDOW)));
      } while (pos < size);
    } finally {
      (0, import_node_fs.closeSync)(fd);
    }
  }
}
var readAsync = (0, import_node_util.promisify)(import_node_fs.read);
async function readAt(fd, into, length, position) {
  if (length === 0) return 0;
  if (length <= SMALL) return (0, import_node_fs.readSync)(fd, into, 0, length, position);
  return (await readAsync(fd, into, 0, length, position)).bytesRead;
}
function compress(data, previous, last) {
  if (data.length === 0 && last && previous === void 0) return Promise.resolve([emptyDeflate()]);
  if (data.length <= TINY && last && previous === void 0) return Promise.resolve([storedBlock(data)]);
  const level = incompressible(data) ? 0 : import_chunk_NWBBVL5O.DEFLATE_LEVEL;
  if (data.length <= SMALL && last && previous === void 0) {
    try {
      return Promise.resolve([import_node_zlib.default.deflateRawSync(data, { level })]);
    } catch (error) {
      return Promise.reject(error);
    }
  }
  return new Promise((resolve, reject) => {
    const z = import_node_zlib.default.createDeflateRaw({
      level,
      // One output buffer per chunk, handed on as slices (the one-shot API would copy them again):
      // less garbage waiting for the next GC.
      chunkSize: level === 0 ? data.length + 1024 : Math.max(16 * 1024, data.length >> 1),
      dictionary: previous,
      finishFlush: last ? import_node_zlib.default.constants.Z_FINISH : import_node_zlib.default.constants.Z_SYNC_FLUSH
    });
    const out = [];
    z.on("data", (b) => out.push(b));
    z.on("error", reject);
    z.on("end", () => resolve(out));
    z.end(data);
  });
}
var TINY = 64;
var SMALL = 64 * 1024;
function storedBlock(data) {
  const head = Buffer.alloc(5);
  head[0] = 1;
  head.writeUInt16LE(data.length, 1);
  head.writeUInt16LE(~data.length & 65535, 3);
  return Buffer.concat([head, data]);
}
var empty;
function emptyDeflate() {
  empty ??= import_node_zlib.default.deflateRawSync(Buffer.alloc(0), { level: import_chunk_NWBBVL5O.DEFLATE_LEVEL });
  return empty;
}
function incompressible(data) {
  if (data.length < PROBE_FROM) return false;
  const start = Math.floor((data.length - PROBE) / 2);
  const sample = data.subarray(start, start + PROBE);
  return import_node_zlib.default.deflateRawSync(sample, { level: 1 }).length > sample.length * 0.97;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  SourceReadError,
  writeItems
});
