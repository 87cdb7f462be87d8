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
  testPlan: () => testPlan
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_RSCBOPBN = require("./chunk-RSCBOPBN.cjs");
var import_chunk_R6ZEAHMN = require("./chunk-R6ZEAHMN.cjs");
var import_chunk_ZFMTKNA4 = require("./chunk-ZFMTKNA4.cjs");
var import_chunk_C7Z2DSUT = require("./chunk-C7Z2DSUT.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_chunk_SAEB7QK7 = require("./chunk-SAEB7QK7.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var import_node_crypto = require("node:crypto");
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var import_node_path = __dprBuiltin(require("node:path"));
function testPlan(input, ctx) {
  const root = import_node_path.default.resolve(ctx.cwd, input.path);
  const read = (rel) => {
    try {
      return (0, import_chunk_C7Z2DSUT.readRegularFile)(import_node_path.default.join(root, rel), { maxBytes: import_chunk_ZFMTKNA4.LIMITS.maxTextBytes, root });
    } catch {
      return Buffer.alloc(0);
    }
  };
  let version = input.pythonVersion;
  if (!version) {
    const manifest = read(import_chunk_RSCBOPBN.MANIFEST);
    if (manifest.length > 0) version = (0, import_chunk_R6ZEAHMN.parseYamlBytes)(import_chunk_RSCBOPBN.MANIFEST, manifest).scalarText("/meta/runner/version");
  }
  const uv = (0, import_node_fs.existsSync)(import_node_path.default.join(root, "uv.lock"));
  const hash = (0, import_node_crypto.createHash)("sha256");
  if (uv) hash.update(read("uv.lock")).update(read("pyproject.toml"));
  else hash.update(read("requirements.txt"));
  const python = version || "3.12";
  const os = ctx.env.RUNNER_OS ?? process.platform;
  const arch = ctx.env.RUNNER_ARCH ?? process.arch;
  return {
    pythonVersion: python,
    uv,
    depsHash: hash.digest("hex").slice(0, 16),
    cacheDir: ctx.env.DPR_CACHE_DIR || import_node_path.default.join((0, import_node_os.homedir)(), ".cache", "dify-plugin-release", "envs"),
    cachePrefix: `dpr-test-env-${os}-${arch}-py${python}`
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  testPlan
});
