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
  inspectStage: () => inspectStage
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_QD5E7H7M = require("./chunk-QD5E7H7M.cjs");
var import_chunk_CIGYBCEM = require("./chunk-CIGYBCEM.cjs");
var import_chunk_5CTX533T = require("./chunk-5CTX533T.cjs");
var import_chunk_7DITFGIQ = require("./chunk-7DITFGIQ.cjs");
var import_chunk_PD4DO7MN = require("./chunk-PD4DO7MN.cjs");
var import_chunk_JS5O4ZNU = require("./chunk-JS5O4ZNU.cjs");
var import_chunk_NWBBVL5O = require("./chunk-NWBBVL5O.cjs");
var import_chunk_TPCKOOU5 = require("./chunk-TPCKOOU5.cjs");
var import_chunk_MYI4MX5U = require("./chunk-MYI4MX5U.cjs");
var import_chunk_RSCBOPBN = require("./chunk-RSCBOPBN.cjs");
var import_chunk_R6ZEAHMN = require("./chunk-R6ZEAHMN.cjs");
var import_chunk_ZFMTKNA4 = require("./chunk-ZFMTKNA4.cjs");
var import_chunk_C7Z2DSUT = require("./chunk-C7Z2DSUT.cjs");
var import_chunk_LO4GP5KN = require("./chunk-LO4GP5KN.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_chunk_SAEB7QK7 = require("./chunk-SAEB7QK7.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var import_node_path = __dprBuiltin(require("node:path"));
async function inspectStage(input, ctx) {
  const keys = [
    (0, import_chunk_CIGYBCEM.officialKey)(),
    ...(input.keys ?? []).map((k) => ({ ...(0, import_chunk_JS5O4ZNU.loadPublicKey)(k, ctx.env), official: false }))
  ];
  const file = import_node_path.default.resolve(ctx.cwd, input.package);
  const pkg = await (0, import_chunk_MYI4MX5U.openPackage)(file, { maxUncompressed: input.maxSize && input.maxSize * 1024 * 1024 });
  try {
    const { artifact, verify, manifest } = await (0, import_chunk_QD5E7H7M.inspectOpen)(pkg, file, { keys });
    return {
      artifact,
      verify,
      manifest: summarize(manifest),
      generated: generatedFiles(pkg.entries),
      findings: layoutFindings(pkg),
      entries: pkg.entries.map((e) => ({ name: e.name, size: e.size, compressedSize: e.compressedSize })),
      size: {
        files: pkg.entries.length,
        uncompressed: pkg.entries.reduce((n, e) => n + e.size, 0),
        compressed: pkg.entries.reduce((n, e) => n + e.compressedSize, 0)
      }
    };
  } finally {
    await pkg.close();
  }
}
function summarize(yaml) {
  if (!yaml) return { kinds: [] };
  const m = yaml.value;
  const runner = ["language", "version", "entrypoint"].map((k) => yaml.scalarText(`/meta/runner/${k}`));
  const plugins = (0, import_chunk_R6ZEAHMN.getAt)(m, "/plugins") ?? {};
  return {
    name: yaml.scalarText("/name"),
    author: yaml.scalarText("/author"),
    version: yaml.scalarText("/version"),
    type: yaml.scalarText("/type"),
    label: yaml.scalarText("/label/en_US"),
    description: yaml.scalarText("/description/en_US"),
    kinds: import_chunk_RSCBOPBN.PLUGIN_KINDS.filter((k) => Array.isArray(plugins[k]) && plugins[k].length > 0),
    runner: runner[0] ? `${runner[0]} ${runner[1] ?? ""} (${runner[2] ?? "?"})`.replace("  ", " ") : void 0,
    minimumDifyVersion: yaml.scalarText("/meta/minimum_dify_version"),
    arch: archList((0, import_chunk_R6ZEAHMN.getAt)(m, "/meta/arch"))
  };
}
function archList(value) {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === "string") return [value];
  return void 0;
}
function generatedFiles(entries) {
  const names = new Set(entries.map((e) => e.name));
  const out = [];
  if (names.has("requirements.txt") && names.has("uv.lock") && names.has("pyproject.toml")) {
    out.push({ path: "requirements.txt", by: "probably exported from uv.lock while packaging" });
  }
  if (names.has(import_chunk_LO4GP5KN.VERIFICATION_FILE)) out.push({ path: import_chunk_LO4GP5KN.VERIFICATION_FILE, by: "added by signing" });
  return out;
}
function layoutFindings(pkg) {
  const out = [];
  if (pkg.directories.length > 0) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR433",
        `the package has directory entries (${pkg.directories.slice(0, 3).join(", ")}); the daemon fails to read them`,
        {
          severity: "error",
          fix: "Rebuild it with `dify-plugin-release package` (or `dify plugin package`), not a generic zip tool."
        }
      )
    );
  }
  const odd = /* @__PURE__ */ new Set();
  const names = pkg.entries.map((e) => e.name);
  if (names.some((n, i) => i > 0 && (0, import_chunk_SAEB7QK7.byteOrder)(names[i - 1], n) > 0 && n !== import_chunk_LO4GP5KN.VERIFICATION_FILE)) {
    odd.add("entries are not sorted by path");
  }
  const flagged = [];
  for (const e of pkg.entries) {
    if (e.method !== 8) odd.add("entries not deflated");
    if (e.dosTime !== 0 || e.dosDate !== 0) odd.add("timestamps set (not reproducible)");
    if (e.extraLength) odd.add("extra fields");
    if (e.externalAttributes) odd.add("file attributes");
    if (e.flags !== void 0 && e.flags !== (0, import_chunk_NWBBVL5O.entryFlags)(e.name)) flagged.push(e);
  }
  if (flagged.length > 0) {
    const e = flagged[0];
    odd.add(
      `general-purpose flags differ from what Dify's CLI (Go) writes in ${flagged.length} entr${flagged.length === 1 ? "y" : "ies"} (${e.name}: 0x${hex4(e.flags)}, Go: 0x${hex4((0, import_chunk_NWBBVL5O.entryFlags)(e.name))})`
    );
  }
  if (odd.size > 0) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR433", `the zip layout differs from the Dify CLI's: ${[...odd].join(", ")}`, {
        fix: "Packages from `dify-plugin-release package` are byte-for-byte reproducible; other tools may not be."
      })
    );
  }
  return out;
}
function hex4(n) {
  return n.toString(16).padStart(4, "0");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  inspectStage
});
