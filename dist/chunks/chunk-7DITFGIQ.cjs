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
  SUMS_FILE: () => SUMS_FILE,
  SUMS_LOCK: () => SUMS_LOCK,
  updateSums: () => updateSums
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_TPCKOOU5 = require("./chunk-TPCKOOU5.cjs");
var import_chunk_C7Z2DSUT = require("./chunk-C7Z2DSUT.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_node_path = __dprBuiltin(require("node:path"));
var SUMS_FILE = "SHA256SUMS";
var SUMS_LOCK = `.${SUMS_FILE}.lock`;
var MAX_SUMS_BYTES = 4 * 1024 * 1024;
function updateSums(dir, fileName, sha256) {
  const target = import_node_path.default.join(dir, SUMS_FILE);
  (0, import_chunk_TPCKOOU5.withLock)(import_node_path.default.join(dir, SUMS_LOCK), () => {
    const entries = /* @__PURE__ */ new Map();
    for (const line of readLines(target)) {
      const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line.replace(/\r$/, ""));
      if (m) entries.set(m[2], m[1].toLowerCase());
    }
    entries.set(fileName, sha256);
    const names = [...entries.keys()].sort();
    (0, import_chunk_TPCKOOU5.writeAtomic)(target, names.map((n) => `${entries.get(n)}  ${n}
`).join(""));
  });
  return target;
}
function readLines(target) {
  try {
    return (0, import_chunk_C7Z2DSUT.readRegularText)(target, { maxBytes: MAX_SUMS_BYTES }).split("\n").filter(Boolean);
  } catch (error) {
    if (error instanceof import_chunk_C7Z2DSUT.FileReadError && error.reason === "missing") return [];
    throw new import_chunk_NG6BV4S6.EnvironmentError(
      `cannot update ${target}: ${error instanceof Error ? error.message : String(error)}`,
      `Remove ${target} (it is rebuilt as packages are written), or write to another directory with -o.`
    );
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  SUMS_FILE,
  SUMS_LOCK,
  updateSums
});
