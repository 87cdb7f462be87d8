import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  DprError,
  EnvironmentError,
  errorMessage
} from "./chunk-62OAMW2I.js";

// src/io/files.ts
import { randomBytes } from "node:crypto";
import {
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  renameSync,
  unlinkSync,
  writeSync
} from "node:fs";
import path from "node:path";
function tempPathFor(target) {
  const dir = path.dirname(target);
  const temp = path.join(
    dir,
    `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`
  );
  trackTemp(temp);
  return temp;
}
function tempNamePattern(fileName) {
  return `\\.${escapeRegExp(fileName)}\\.\\d+\\.[0-9a-f]{8}\\.tmp`;
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
  ensureDir,
  outputFailure,
  commit,
  discardTemp,
  writeAtomic,
  writeAtomicFiles,
  releaseTemp
};
