"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  FileReadError: () => FileReadError,
  kindOf: () => kindOf,
  openRegularFile: () => openRegularFile,
  readRegularFile: () => readRegularFile,
  readRegularText: () => readRegularText,
  refusalFix: () => refusalFix
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_SAEB7QK7 = require("./chunk-SAEB7QK7.cjs");
var import_node_fs = require("node:fs");
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
    fd = (0, import_node_fs.openSync)(file, import_node_fs.constants.O_RDONLY | (import_node_fs.constants.O_NONBLOCK ?? 0));
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
    const stat = (0, import_node_fs.fstatSync)(fd);
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
      if (!(0, import_chunk_SAEB7QK7.isInside)(realpathOr(options.root), real)) {
        throw new FileReadError(file, "outside", `${label} resolves to ${real}, outside ${options.root}`);
      }
    }
    if (stat.size > options.maxBytes) throw tooLarge(file, label, options.maxBytes, stat.size);
    return { fd, size: stat.size };
  } catch (error) {
    (0, import_node_fs.closeSync)(fd);
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
        n = (0, import_node_fs.readSync)(fd, chunk, 0, chunk.length, null);
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
    (0, import_node_fs.closeSync)(fd);
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
    const real = (0, import_node_fs.readlinkSync)(`/proc/self/fd/${fd}`);
    if (real.startsWith("/")) return real;
  } catch {
  }
  try {
    return import_node_fs.realpathSync.native(file);
  } catch {
    return file;
  }
}
var realRoots = /* @__PURE__ */ new Map();
function realpathOr(dir) {
  let real = realRoots.get(dir);
  if (real === void 0) {
    try {
      real = import_node_fs.realpathSync.native(dir);
    } catch {
      real = dir;
    }
    if (realRoots.size > 64) realRoots.clear();
    realRoots.set(dir, real);
  }
  return real;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  FileReadError,
  kindOf,
  openRegularFile,
  readRegularFile,
  readRegularText,
  refusalFix
});
