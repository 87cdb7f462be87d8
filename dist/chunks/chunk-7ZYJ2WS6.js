import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  isInside
} from "./chunk-2IS3DTRP.js";

// src/io/read.ts
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from "node:fs";
var FileReadError = class extends Error {
  constructor(file, reason, message, limit) {
    super(message);
    this.file = file;
    this.reason = reason;
    this.limit = limit;
    this.name = "FileReadError";
  }
  file;
  reason;
  limit;
};
function readRegularFile(file, options) {
  let fd;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR")
      throw new FileReadError(file, "missing", `${file} does not exist`);
    throw new FileReadError(file, "unreadable", `${file} cannot be read (${code ?? String(error)})`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      throw new FileReadError(file, "not-a-file", `${file} is not a regular file (${kindOf(stat)})`);
    }
    if (options.root !== void 0) {
      let real;
      try {
        real = realpathSync(file);
      } catch {
        real = file;
      }
      if (!isInside(realpathOr(options.root), real)) {
        throw new FileReadError(file, "outside", `${file} resolves to ${real}, outside ${options.root}`);
      }
    }
    if (stat.size > options.maxBytes) {
      throw tooLarge(file, options.maxBytes);
    }
    const chunks = [];
    let total = 0;
    const chunk = Buffer.allocUnsafe(Math.min(Math.max(stat.size, 1) + 1, 1 << 20, options.maxBytes + 1));
    for (; ; ) {
      let n;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (error) {
        if (error.code === "EAGAIN") break;
        throw new FileReadError(file, "unreadable", `${file} cannot be read (${error.message})`);
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
function tooLarge(file, limit) {
  return new FileReadError(file, "too-large", `${file} is larger than ${limit} bytes`, limit);
}
function realpathOr(dir) {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
}
function kindOf(stat) {
  if (stat.isDirectory()) return "a directory";
  if (stat.isFIFO()) return "a named pipe";
  if (stat.isSocket()) return "a socket";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  if (stat.isSymbolicLink()) return "a symbolic link";
  return "not a file";
}

export {
  FileReadError,
  readRegularFile
};
