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
  openPackageSide: () => openPackageSide,
  openSide: () => openSide
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_YGRCJEDE = require("./chunk-YGRCJEDE.cjs");
var import_chunk_Q55RSBNO = require("./chunk-Q55RSBNO.cjs");
var import_chunk_MYI4MX5U = require("./chunk-MYI4MX5U.cjs");
var import_chunk_YS5KZLZ7 = require("./chunk-YS5KZLZ7.cjs");
var import_chunk_SAEWK2QX = require("./chunk-SAEWK2QX.cjs");
var import_chunk_RSCBOPBN = require("./chunk-RSCBOPBN.cjs");
var import_chunk_ZFMTKNA4 = require("./chunk-ZFMTKNA4.cjs");
var import_chunk_C7Z2DSUT = require("./chunk-C7Z2DSUT.cjs");
var import_chunk_4XO4ETKR = require("./chunk-4XO4ETKR.cjs");
var import_chunk_CYKMR5N3 = require("./chunk-CYKMR5N3.cjs");
var import_chunk_JBHNGCYE = require("./chunk-JBHNGCYE.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_chunk_SAEB7QK7 = require("./chunk-SAEB7QK7.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var import_node_fs = require("node:fs");
var import_node_path = __dprBuiltin(require("node:path"));
var openPackageSide = async (file) => {
  const pkg = await (0, import_chunk_MYI4MX5U.openPackage)(file);
  const source = new import_chunk_Q55RSBNO.PackageSource(pkg, file);
  source.close = () => pkg.close();
  return source;
};
async function openSide(arg, options) {
  const full = import_node_path.default.resolve(options.cwd, arg);
  if ((0, import_node_fs.existsSync)(full)) {
    if ((0, import_node_fs.statSync)(full).isDirectory()) return new import_chunk_YS5KZLZ7.DirSource(full, arg);
    if (full.endsWith(".difypkg")) {
      return (options.openPackage ?? openPackageSide)(full);
    }
    throw new import_chunk_NG6BV4S6.UsageError(
      `${arg} is neither a plugin directory nor a .difypkg`,
      "Pass a directory, a package or a git ref."
    );
  }
  const [ref, sub] = splitRef(arg);
  const git = new import_chunk_4XO4ETKR.Git(options.cwd);
  const top = await git.topLevel().catch(() => {
    throw new import_chunk_NG6BV4S6.UsageError(
      `${arg} is not a file or directory, and ${options.cwd} is not in a git repository to read it as a ref`,
      "Pass two plugin directories or packages, or run inside the repository."
    );
  });
  await git.resolve(ref);
  const pluginDir = sub !== void 0 ? import_node_path.default.resolve(top, sub) : import_node_path.default.resolve(options.cwd, options.samePluginAs ?? ".");
  const prefix = import_node_path.default.relative(top, pluginDir).split(import_node_path.default.sep).join("/");
  return new import_chunk_YGRCJEDE.GitSource(options.cwd, ref, prefix, `${ref}:${prefix || "."}`);
}
function splitRef(arg) {
  const i = arg.indexOf(":");
  return i > 0 ? [arg.slice(0, i), arg.slice(i + 1)] : [arg, void 0];
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  openPackageSide,
  openSide
});
