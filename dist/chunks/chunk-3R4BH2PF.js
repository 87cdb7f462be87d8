import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  withLock,
  writeAtomic
} from "./chunk-EY7IQFHH.js";
import {
  FileReadError,
  readRegularText
} from "./chunk-HKI4UFJS.js";
import {
  EnvironmentError
} from "./chunk-62OAMW2I.js";

// src/package/sums.ts
import path from "node:path";
var SUMS_FILE = "SHA256SUMS";
var SUMS_LOCK = `.${SUMS_FILE}.lock`;
var MAX_SUMS_BYTES = 4 * 1024 * 1024;
function updateSums(dir, fileName, sha256) {
  const target = path.join(dir, SUMS_FILE);
  withLock(path.join(dir, SUMS_LOCK), () => {
    const entries = /* @__PURE__ */ new Map();
    for (const line of readLines(target)) {
      const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line.replace(/\r$/, ""));
      if (m) entries.set(m[2], m[1].toLowerCase());
    }
    entries.set(fileName, sha256);
    const names = [...entries.keys()].sort();
    writeAtomic(target, names.map((n) => `${entries.get(n)}  ${n}
`).join(""));
  });
  return target;
}
function readLines(target) {
  try {
    return readRegularText(target, { maxBytes: MAX_SUMS_BYTES }).split("\n").filter(Boolean);
  } catch (error) {
    if (error instanceof FileReadError && error.reason === "missing") return [];
    throw new EnvironmentError(
      `cannot update ${target}: ${error instanceof Error ? error.message : String(error)}`,
      `Remove ${target} (it is rebuilt as packages are written), or write to another directory with -o.`
    );
  }
}

export {
  SUMS_FILE,
  SUMS_LOCK,
  updateSums
};
