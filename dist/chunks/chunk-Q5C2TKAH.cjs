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
  extractPackage: () => extractPackage
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_MYI4MX5U = require("./chunk-MYI4MX5U.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_SAEB7QK7 = require("./chunk-SAEB7QK7.cjs");
var import_node_fs = require("node:fs");
var import_node_path = __dprBuiltin(require("node:path"));
var import_promises = require("node:stream/promises");
async function extractPackage(file, dir, limits = {}) {
  const pkg = await (0, import_chunk_MYI4MX5U.openPackage)(file, limits);
  const written = [];
  try {
    (0, import_node_fs.mkdirSync)(dir, { recursive: true });
    const realDir = (0, import_node_fs.realpathSync)(dir);
    for (const { name } of pkg.entries) {
      const target = import_node_path.default.join(realDir, ...name.split("/"));
      if (!(0, import_chunk_SAEB7QK7.isInside)(realDir, target)) throw (0, import_chunk_MYI4MX5U.unsafe)(file, `the entry ${name} would be written outside ${dir}`);
      let current = realDir;
      for (const part of name.split("/").slice(0, -1)) {
        current = import_node_path.default.join(current, part);
        const stats = lstatOrUndefined(current);
        if (!stats) (0, import_node_fs.mkdirSync)(current);
        else if (!stats.isDirectory()) {
          throw (0, import_chunk_MYI4MX5U.unsafe)(file, `the entry ${name} would be written through a symlink or file in ${dir}`);
        }
      }
      await (0, import_promises.pipeline)(await pkg.stream(name), (0, import_node_fs.createWriteStream)(target, { flags: "wx", mode: 420 }));
      written.push(target);
    }
  } catch (error) {
    throw error instanceof import_chunk_MYI4MX5U.BadPackageError || error instanceof import_chunk_NG6BV4S6.UsageError ? error : (0, import_chunk_MYI4MX5U.damaged)(file, error);
  } finally {
    await pkg.close();
  }
  return written;
}
function lstatOrUndefined(p) {
  try {
    return (0, import_node_fs.lstatSync)(p);
  } catch {
    return void 0;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  extractPackage
});
