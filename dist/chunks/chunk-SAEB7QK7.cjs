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
  byteOrder: () => byteOrder,
  isInside: () => isInside,
  repositoryRoot: () => repositoryRoot
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_node_fs = require("node:fs");
var import_node_path = __dprBuiltin(require("node:path"));
function repositoryRoot(dir) {
  let current = import_node_path.default.resolve(dir);
  for (; ; ) {
    if ((0, import_node_fs.existsSync)(import_node_path.default.join(current, ".git"))) return current;
    const parent = import_node_path.default.dirname(current);
    if (parent === current) return void 0;
    current = parent;
  }
}
function isInside(parent, child) {
  const rel = import_node_path.default.relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !import_node_path.default.isAbsolute(rel);
}
function byteOrder(a, b) {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i);
    const y = b.codePointAt(i);
    if (x !== y) return x < y ? -1 : 1;
    if (x > 65535) i++;
  }
  return a.length - b.length;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  byteOrder,
  isInside,
  repositoryRoot
});
