import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  DprError,
  EnvironmentError,
  errorMessage
} from "./chunk-62OAMW2I.js";

// src/io/files.ts
import { createHash, randomBytes } from "node:crypto";
import {
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync
} from "node:fs";
import { hostname } from "node:os";
import path from "node:path";
function tempPathFor(target) {
  const dir = path.dirname(target);
  sweepStaleTemps(dir);
  const temp = path.join(
    dir,
    `.${path.basename(target)}.${process.pid}.${HOST_TAG}${randomBytes(2).toString("hex")}.tmp`
  );
  trackTemp(temp);
  return temp;
}
var HOST_TAG = createHash("sha256").update(hostname()).digest("hex").slice(0, 4);
var STALE_TEMP_MS = 24 * 60 * 60 * 1e3;
var TEMP_NAME = /^\.(.+\.(?:difypkg|difybndl|pem)|SHA256SUMS)\.(\d+)\.([0-9a-f]{4})[0-9a-f]{4}\.tmp$/;
var swept = /* @__PURE__ */ new Set();
function sweepStaleTemps(dir, now = Date.now()) {
  const key = path.resolve(dir);
  if (swept.has(key)) return [];
  swept.add(key);
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed = [];
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m) continue;
    const pid = Number(m[2]);
    const file = path.join(dir, name);
    if (live.has(file)) continue;
    let mtime;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) continue;
      mtime = stat.mtimeMs;
    } catch {
      continue;
    }
    const deadHere = m[3] === HOST_TAG && pid !== process.pid && !pidAlive(pid);
    if (!deadHere && now - mtime < STALE_TEMP_MS) continue;
    try {
      unlinkSync(file);
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
  const mine = `${process.pid} ${HOST_TAG} ${randomBytes(4).toString("hex")}
`;
  const started = Date.now();
  let wait = 2;
  for (; ; ) {
    try {
      const fd = openSync(lockFile, "wx", 420);
      try {
        writeSync(fd, mine);
      } finally {
        closeSync(fd);
      }
      break;
    } catch (error) {
      if (error.code !== "EEXIST") {
        throw new EnvironmentError(`cannot create the lock ${lockFile}: ${errorMessage(error)}`);
      }
    }
    if (breakIfStale(lockFile, staleMs)) continue;
    if (Date.now() - started > timeoutMs) {
      throw new EnvironmentError(
        `${lockFile} has been held by another run for over ${Math.round(timeoutMs / 1e3)} s`,
        `If no other run is writing in ${path.dirname(lockFile)}, delete ${lockFile}.`
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
        unlinkSync(lockFile);
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
    age = Date.now() - statSync(lockFile).mtimeMs;
  } catch {
    return false;
  }
  const [pid, host] = content.trim().split(" ");
  const dead = host === HOST_TAG && !pidAlive(Number(pid));
  if (content === "" ? age < 1e3 : !dead && age < staleMs) return false;
  const aside = `${lockFile}.${process.pid}.${randomBytes(4).toString("hex")}.stale`;
  try {
    renameSync(lockFile, aside);
  } catch {
    return false;
  }
  if (readSmall(aside) !== content) {
    try {
      linkSync(aside, lockFile);
    } catch {
    }
  }
  try {
    unlinkSync(aside);
  } catch {
  }
  return true;
}
function readSmall(file) {
  let fd;
  try {
    fd = openSync(file, "r");
  } catch {
    return void 0;
  }
  try {
    const buf = Buffer.alloc(256);
    const n = readSyncSafe(fd, buf);
    return buf.subarray(0, n).toString("utf8");
  } finally {
    closeSync(fd);
  }
}
function readSyncSafe(fd, buf) {
  try {
    return readSync(fd, buf, 0, buf.length, 0);
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
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new EnvironmentError(`cannot create the output directory ${dir}: ${errorMessage(error)}`);
  }
}
function outputFailure(error, target, what = "") {
  if (error instanceof DprError || typeof error?.code !== "string") return error;
  return new EnvironmentError(
    `cannot write ${what}${target}: ${errorMessage(error)}`,
    "Free some space on the output file system, or choose a writable output directory with -o."
  );
}
function commit(temp, target) {
  try {
    renameSync(temp, target);
    releaseTemp(temp);
  } catch (error) {
    discardTemp(temp);
    throw new EnvironmentError(`cannot write ${target}: ${errorMessage(error)}`);
  }
}
function discardTemp(temp) {
  try {
    unlinkSync(temp);
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
      throw new EnvironmentError(`cannot write ${file.target}: ${errorMessage(error)}`);
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
        unlinkSync(target);
      } catch {
      }
    }
    throw error;
  }
}
function writeDurably(file, data, mode, flush = true) {
  const fd = openSync(file, "wx", mode);
  try {
    const bytes = typeof data === "string" ? Buffer.from(data) : data;
    let at = 0;
    while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
    if (flush) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
function place(temp, target, exclusive) {
  if (!exclusive) {
    commit(temp, target);
    return;
  }
  try {
    linkSync(temp, target);
  } catch (error) {
    const code = error.code;
    if (code === "EPERM" || code === "ENOTSUP" || code === "EOPNOTSUPP") {
      commit(temp, target);
      return;
    }
    discardTemp(temp);
    throw new EnvironmentError(`cannot write ${target}: ${errorMessage(error)}`);
  }
  discardTemp(temp);
}
var live = /* @__PURE__ */ new Set();
var listening = false;
var EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
function onSignal(signal) {
  for (const temp of live) {
    try {
      unlinkSync(temp);
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

export {
  tempPathFor,
  tempNamePattern,
  withLock,
  ensureDir,
  outputFailure,
  commit,
  discardTemp,
  writeAtomic,
  writeAtomicFiles,
  releaseTemp
};
