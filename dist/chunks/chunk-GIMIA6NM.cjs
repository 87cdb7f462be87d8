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
  CONFIG_NAMES: () => CONFIG_NAMES,
  emptyConfig: () => emptyConfig,
  findConfigFile: () => findConfigFile
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_SAEB7QK7 = require("./chunk-SAEB7QK7.cjs");
var import_node_fs = require("node:fs");
var import_node_path = __dprBuiltin(require("node:path"));
function emptyConfig(root) {
  return { root, values: /* @__PURE__ */ new Map(), overrides: [], environments: {} };
}
var CONFIG_NAMES = [".dify-release.yml", ".dify-release.yaml"];
function findConfigFile(cwd, explicit) {
  if (explicit) {
    const file = import_node_path.default.resolve(cwd, explicit);
    if (!(0, import_node_fs.existsSync)(file)) {
      throw new import_chunk_NG6BV4S6.UsageError(
        `the configuration file ${explicit} does not exist`,
        "Give the path of a .dify-release.yml."
      );
    }
    return file;
  }
  const root = (0, import_chunk_SAEB7QK7.repositoryRoot)(cwd) ?? cwd;
  return CONFIG_NAMES.map((n) => import_node_path.default.join(root, n)).find((f) => (0, import_node_fs.existsSync)(f));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CONFIG_NAMES,
  emptyConfig,
  findConfigFile
});
