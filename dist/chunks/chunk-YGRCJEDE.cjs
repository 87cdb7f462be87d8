"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  GitSource: () => GitSource
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_YS5KZLZ7 = require("./chunk-YS5KZLZ7.cjs");
var import_chunk_SAEWK2QX = require("./chunk-SAEWK2QX.cjs");
var import_chunk_ZFMTKNA4 = require("./chunk-ZFMTKNA4.cjs");
var import_chunk_4XO4ETKR = require("./chunk-4XO4ETKR.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_SAEB7QK7 = require("./chunk-SAEB7QK7.cjs");
var GitSource = class {
  constructor(repo, ref, prefix, label = `${ref}:${prefix || "."}`) {
    this.repo = repo;
    this.ref = ref;
    this.prefix = prefix;
    this.label = label;
  }
  repo;
  ref;
  prefix;
  label;
  loaded;
  async files() {
    return [...(await this.load()).keys()].sort(import_chunk_SAEB7QK7.byteOrder);
  }
  async read(file) {
    return (await this.load()).get(file);
  }
  load() {
    this.loaded ??= this.fetchAll();
    return this.loaded;
  }
  async fetchAll() {
    const git = new import_chunk_4XO4ETKR.Git(this.repo);
    const spec = this.prefix ? `${this.ref}:${this.prefix}` : `${this.ref}:`;
    const blobs = (await git.tree(spec)).filter((b) => b.mode !== "120000");
    const ignoreBlob = [".difyignore", ".gitignore"].map((name) => blobs.find((b) => b.path === name)).find((b) => b !== void 0);
    const ignoreText = ignoreBlob && (ignoreBlob.size ?? 0) <= import_chunk_ZFMTKNA4.LIMITS.maxIgnoreBytes ? (await git.blobs([ignoreBlob.sha]))[0].toString("utf8") : void 0;
    const kept = new Set(
      selectPaths(
        blobs.map((b) => b.path),
        ignoreBlob ? ignoreBlob.path : void 0,
        ignoreText
      )
    );
    const wanted = blobs.filter((b) => kept.has(b.path));
    const total = wanted.reduce((n, b) => n + (b.size ?? 0), 0);
    if (total > MAX_GIT_BYTES) {
      throw new import_chunk_NG6BV4S6.UsageError(
        `${this.label} holds ${total} bytes of files to package, more than the ${MAX_GIT_BYTES} this tool reads from git (the daemon accepts ${import_chunk_ZFMTKNA4.LIMITS.maxPackageBytes})`,
        "Exclude large files in .difyignore, or compare built packages instead."
      );
    }
    const contents = await git.blobs(wanted.map((b) => b.sha));
    return new Map(wanted.map((b, i) => [b.path, contents[i]]));
  }
};
var MAX_GIT_BYTES = 2 * import_chunk_ZFMTKNA4.LIMITS.maxPackageBytes;
function selectPaths(paths, ignoreFile, ignoreText) {
  const rules = ignoreFile && ignoreText !== void 0 ? (0, import_chunk_YS5KZLZ7.parseIgnoreFile)(ignoreFile, ignoreText) : (0, import_chunk_YS5KZLZ7.defaultRules)();
  const pruned = /* @__PURE__ */ new Map();
  const dirIgnored = (dir) => {
    let known = pruned.get(dir);
    if (known === void 0) {
      const parent = dir.includes("/") ? dir.slice(0, dir.lastIndexOf("/")) : "";
      known = parent !== "" && dirIgnored(parent) || rules.test(dir, true).ignored;
      pruned.set(dir, known);
    }
    return known;
  };
  return paths.filter((file) => {
    const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "";
    return !(dir !== "" && dirIgnored(dir) || rules.test(file, false).ignored || (0, import_chunk_SAEWK2QX.secretReason)(file));
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  GitSource
});
