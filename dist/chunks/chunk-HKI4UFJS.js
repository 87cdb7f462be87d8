import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  isInside
} from "./chunk-2IS3DTRP.js";

// src/io/read.ts
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readlinkSync,
  readSync,
  realpathSync
} from "node:fs";
var FileReadError = class extends Error {
  constructor(file, reason, message, limit, kind) {
    super(message);
    this.file = file;
    this.reason = reason;
    this.limit = limit;
    this.kind = kind;
    this.name = "FileReadError";
  }
  file;
  reason;
  limit;
  kind;
};
function openRegularFile(file, options) {
  const label = options.label ?? file;
  let fd;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR")
      throw new FileReadError(file, "missing", `${label} does not exist`);
    if (code === "ELOOP") {
      throw new FileReadError(file, "unreadable", `${label} cannot be read (a symlink loop)`);
    }
    const why = code === "EACCES" || code === "EPERM" ? "permission denied" : code ?? String(error);
    throw new FileReadError(file, "unreadable", `${label} cannot be read (${why})`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      const kind = kindOf(stat);
      throw new FileReadError(
        file,
        "not-a-file",
        `${label} is not a regular file (${kind})`,
        void 0,
        kind
      );
    }
    if (options.root !== void 0) {
      const real = realPathOf(fd, file);
      if (!isInside(realpathOr(options.root), real)) {
        throw new FileReadError(file, "outside", `${label} resolves to ${real}, outside ${options.root}`);
      }
    }
    if (stat.size > options.maxBytes) throw tooLarge(file, label, options.maxBytes, stat.size);
    return { fd, size: stat.size };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}
function readRegularFile(file, options) {
  const label = options.label ?? file;
  const { fd, size } = openRegularFile(file, options);
  try {
    const chunks = [];
    let total = 0;
    const chunk = Buffer.allocUnsafe(Math.min(Math.max(size, 1) + 1, 1 << 20, options.maxBytes + 1));
    for (; ; ) {
      let n;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (error) {
        if (error.code === "EAGAIN") break;
        throw new FileReadError(file, "unreadable", `${label} cannot be read (${error.message})`);
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
function readRegularText(file, options) {
  return readRegularFile(file, options).toString("utf8");
}
function refusalFix(error, where = "the plugin") {
  switch (error.reason) {
    case "not-a-file":
      return `Replace it with a regular file, or remove it from ${where} (or exclude it in .difyignore).`;
    case "too-large":
      return "Shrink the file or remove it: nothing of a plugin comes near this size.";
    case "outside":
      return "Copy the file into the plugin instead of linking it: a link out of the repository is not reproducible.";
    case "missing":
      return "Check the path.";
    default:
      return "Fix its permissions, or exclude it in .difyignore.";
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
function tooLarge(file, label, limit, size) {
  const what = size === void 0 ? `larger than ${limit} bytes` : `${size} bytes, over the ${limit}-byte limit`;
  return new FileReadError(file, "too-large", `${label} is ${what}`, limit);
}
function realPathOf(fd, file) {
  try {
    const real = readlinkSync(`/proc/self/fd/${fd}`);
    if (real.startsWith("/")) return real;
  } catch {
  }
  try {
    return realpathSync.native(file);
  } catch {
    return file;
  }
}
var realRoots = /* @__PURE__ */ new Map();
function realpathOr(dir) {
  let real = realRoots.get(dir);
  if (real === void 0) {
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

export {
  FileReadError,
  openRegularFile,
  readRegularFile,
  readRegularText,
  refusalFix,
  kindOf
};
