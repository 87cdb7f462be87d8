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
  isCompiledExecutable: () => isCompiledExecutable,
  isExecutableFile: () => isExecutableFile,
  onPath: () => onPath
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_node_fs = require("node:fs");
var import_node_path = __dprBuiltin(require("node:path"));
function isExecutableFile(file) {
  try {
    if (!(0, import_node_fs.statSync)(file).isFile()) return false;
    (0, import_node_fs.accessSync)(file, import_node_fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
function onPath(command, env, cwd) {
  if (/[\\/]/.test(command)) return import_node_path.default.resolve(cwd, command);
  for (const dir of (env.PATH ?? "").split(import_node_path.default.delimiter)) {
    if (!dir) continue;
    const candidate = import_node_path.default.join(dir, command);
    if (isExecutableFile(candidate)) return candidate;
  }
  return void 0;
}
function isCompiledExecutable(file) {
  let fd;
  try {
    fd = (0, import_node_fs.openSync)(file, "r");
    const head = Buffer.alloc(4);
    if ((0, import_node_fs.readSync)(fd, head, 0, 4, 0) !== 4) return false;
    const magic = head.readUInt32BE(0);
    return magic === 2135247942 || [4277009102, 4277009103, 3472551422, 3489328638, 3405691582].includes(magic);
  } catch {
    return false;
  } finally {
    if (fd !== void 0) (0, import_node_fs.closeSync)(fd);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  isCompiledExecutable,
  isExecutableFile,
  onPath
});
