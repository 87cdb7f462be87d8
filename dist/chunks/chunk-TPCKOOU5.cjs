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
  commit: () => commit,
  discardTemp: () => discardTemp,
  ensureDir: () => ensureDir,
  outputFailure: () => outputFailure,
  releaseTemp: () => releaseTemp,
  tempNamePattern: () => tempNamePattern,
  tempPathFor: () => tempPathFor,
  withLock: () => withLock,
  writeAtomic: () => writeAtomic,
  writeAtomicFiles: () => writeAtomicFiles
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_node_crypto = require("node:crypto");
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var import_node_path = __dprBuiltin(require("node:path"));
function tempPathFor(target) {
  const dir = import_node_path.default.dirname(target);
  sweepStaleTemps(dir);
  const temp = import_node_path.default.join(
    dir,
    `.${import_node_path.default.basename(target)}.${process.pid}.${HOST_TAG}${(0, import_node_crypto.randomBytes)(2).toString("hex")}.tmp`
  );
  trackTemp(temp);
  return temp;
}
var HOST_TAG = (0, import_node_crypto.createHash)("sha256").update((0, import_node_os.hostname)()).digest("hex").slice(0, 4);
var STALE_TEMP_MS = 24 * 60 * 60 * 1e3;
var TEMP_NAME = /^\.(.+\.(?:difypkg|difybndl|pem)|SHA256SUMS)\.(\d+)\.([0-9a-f]{4})[0-9a-f]{4}\.tmp$/;
var swept = /* @__PURE__ */ new Set();
function sweepStaleTemps(dir, now = Date.now()) {
  const key = import_node_path.default.resolve(dir);
  if (swept.has(key)) return [];
  swept.add(key);
  let names;
  try {
    names = (0, import_node_fs.readdirSync)(dir);
  } catch {
    return [];
  }
  const removed = [];
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m) continue;
    const pid = Number(m[2]);
    const file = import_node_path.default.join(dir, name);
    if (live.has(file)) continue;
    let mtime;
    try {
      const stat = (0, import_node_fs.statSync)(file);
      if (!stat.isFile()) continue;
      mtime = stat.mtimeMs;
    } catch {
      continue;
    }
    const deadHere = m[3] === HOST_TAG && pid !== process.pid && !pidAlive(pid);
    if (!deadHere && now - mtime < STALE_TEMP_MS) continue;
    try {
      (0, import_node_fs.unlinkSync)(file);
      removed.push(file);
    } catch {
    }
  }
  return removed;
}
function pidAlive(pid) {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function tempNamePattern(fileName) {
  return `\\.${escapeRegExp(fileName)}\\.\\d+\\.[0-9a-f]{8}\\.tmp`;
}
function withLock(lockFile, fn, options = {}) {
  const timeoutMs = options.timeoutMs ?? 6e4;
  const staleMs = options.staleMs ?? 3e4;
  const mine = `${process.pid} ${HOST_TAG} ${(0, import_node_crypto.randomBytes)(4).toString("hex")}
`;
  const started = Date.now();
  let wait = 2;
  for (; ; ) {
    try {
      const fd = (0, import_node_fs.openSync)(lockFile, "wx", 420);
      try {
        (0, import_node_fs.writeSync)(fd, mine);
      } finally {
        (0, import_node_fs.closeSync)(fd);
      }
      break;
    } catch (error) {
      if (error.code !== "EEXIST") {
        throw new import_chunk_NG6BV4S6.EnvironmentError(`cannot create the lock ${lockFile}: ${(0, import_chunk_NG6BV4S6.errorMessage)(error)}`);
      }
    }
    if (breakIfStale(lockFile, staleMs)) continue;
    if (Date.now() - started > timeoutMs) {
      throw new import_chunk_NG6BV4S6.EnvironmentError(
        `${lockFile} has been held by another run for over ${Math.round(timeoutMs / 1e3)} s`,
        `If no other run is writing in ${import_node_path.default.dirname(lockFile)}, delete ${lockFile}.`
      );
    }
    sleepSync(wait + Math.floor(Math.random() * wait));
    wait = Math.min(wait * 2, 50);
  }
  try {
    return fn();
  } finally {
    if (readSmall(lockFile) === mine) {
      try {
        (0, import_node_fs.unlinkSync)(lockFile);
      } catch {
      }
    }
  }
}
function breakIfStale(lockFile, staleMs) {
  const content = readSmall(lockFile);
  if (content === void 0) return false;
  let age;
  try {
    age = Date.now() - (0, import_node_fs.statSync)(lockFile).mtimeMs;
  } catch {
    return false;
  }
  const [pid, host] = content.trim().split(" ");
  const dead = host === HOST_TAG && !pidAlive(Number(pid));
  if (content === "" ? age < 1e3 : !dead && age < staleMs) return false;
  const aside = `${lockFile}.${process.pid}.${(0, import_node_crypto.randomBytes)(4).toString("hex")}.stale`;
  try {
    (0, import_node_fs.renameSync)(lockFile, aside);
  } catch {
    return false;
  }
  if (readSmall(aside) !== content) {
    try {
      (0, import_node_fs.linkSync)(aside, lockFile);
    } catch {
    }
  }
  try {
    (0, import_node_fs.unlinkSync)(aside);
  } catch {
  }
  return true;
}
function readSmall(file) {
  let fd;
  try {
    fd = (0, import_node_fs.openSync)(file, "r");
  } catch {
    return void 0;
  }
  try {
    const buf = Buffer.alloc(256);
    const n = readSyncSafe(fd, buf);
    return buf.subarray(0, n).toString("utf8");
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}
function readSyncSafe(fd, buf) {
  try {
    return (0, import_node_fs.readSync)(fd, buf, 0, buf.length, 0);
  } catch {
    return 0;
  }
}
var sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleepSync(ms) {
  Atomics.wait(sleeper, 0, 0, ms);
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
function ensureDir(dir) {
  try {
    (0, import_node_fs.mkdirSync)(dir, { recursive: true });
  } catch (error) {
    throw new import_chunk_NG6BV4S6.EnvironmentError(`cannot create the output directory ${dir}: ${(0, import_chunk_NG6BV4S6.errorMessage)(error)}`);
  }
}
function outputFailure(error, target, what = "") {
  if (error instanceof import_chunk_NG6BV4S6.DprError || typeof error?.code !== "string") return error;
  return new import_chunk_NG6BV4S6.EnvironmentError(
    `cannot write ${what}${target}: ${(0, import_chunk_NG6BV4S6.errorMessage)(error)}`,
    "Free some space on the output file system, or choose a writable output directory with -o."
  );
}
function commit(temp, target) {
  try {
    (0, import_node_fs.renameSync)(temp, target);
    releaseTemp(temp);
  } catch (error) {
    discardTemp(temp);
    throw new import_chunk_NG6BV4S6.EnvironmentError(`cannot write ${target}: ${(0, import_chunk_NG6BV4S6.errorMessage)(error)}`);
  }
}
function discardTemp(temp) {
  try {
    (0, import_node_fs.unlinkSync)(temp);
  } catch {
  }
  releaseTemp(temp);
}
function writeAtomic(target, data, mode = 420, options = {}) {
  writeAtomicFiles([{ target, data, mode }], options);
}
function writeAtomicFiles(files, options = {}) {
  const temps = [];
  for (const file of files) {
    const temp = tempPathFor(file.target);
    temps.push(temp);
    try {
      writeDurably(temp, file.data, file.mode ?? 420, options.fsync !== false);
    } catch (error) {
      for (const t of temps) discardTemp(t);
      throw new import_chunk_NG6BV4S6.EnvironmentError(`cannot write ${file.target}: ${(0, import_chunk_NG6BV4S6.errorMessage)(error)}`);
    }
  }
  const placed = [];
  try {
    for (const [i, file] of files.entries()) {
      place(temps[i], file.target, options.exclusive ?? false);
      placed.push(file.target);
    }
  } catch (error) {
    for (const t of temps) discardTemp(t);
    for (const target of placed) {
      try {
        (0, import_node_fs.unlinkSync)(target);
      } catch {
      }
    }
    throw error;
  }
}
function writeDurably(file, data, mode, flush = true) {
  const fd = (0, import_node_fs.openSync)(file, "wx", mode);
  try {
    const bytes = typeof data === "string" ? Buffer.from(data) : data;
    let at = 0;
    while (at < bytes.length) at += (0, import_node_fs.writeSync)(fd, bytes, at, bytes.length - at);
    if (flush) (0, import_node_fs.fsyncSync)(fd);
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}
function place(temp, target, exclusive) {
  if (!exclusive) {
    commit(temp, target);
    return;
  }
  try {
    (0, import_node_fs.linkSync)(temp, target);
  } catch (error) {
    const code = error.code;
    if (code === "EPERM" || code === "ENOTSUP" || code === "EOPNOTSUPP") {
      commit(temp, target);
      return;
    }
    discardTemp(temp);
    throw new import_chunk_NG6BV4S6.EnvironmentError(`cannot write ${target}: ${(0, import_chunk_NG6BV4S6.errorMessage)(error)}`);
  }
  discardTemp(temp);
}
var live = /* @__PURE__ */ new Set();
var listening = false;
var EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
function onSignal(signal) {
  for (const temp of live) {
    try {
      (0, import_node_fs.unlinkSync)(temp);
    } catch {
    }
  }
  live.clear();
  process.exit(EXIT_CODES[signal] ?? 1);
}
function trackTemp(temp) {
  live.add(temp);
  if (!listening) {
    listening = true;
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  }
}
function releaseTemp(temp) {
  live.delete(temp);
  if (live.size === 0 && listening) {
    listening = false;
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  commit,
  discardTemp,
  ensureDir,
  outputFailure,
  releaseTemp,
  tempNamePattern,
  tempPathFor,
  withLock,
  writeAtomic,
  writeAtomicFiles
});
