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
  diffCommand: () => diffCommand
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_IGMRLCZS = require("./chunk-IGMRLCZS.cjs");
var import_node_fs = require("node:fs");
var import_node_path = __dprBuiltin(require("node:path"));
var diffCommand = (0, import_chunk_IGMRLCZS.defineCommand)({
  name: "diff",
  summary: "compare two versions of a plugin declaration by declaration and check the version bump",
  args: [
    {
      key: "old",
      kind: "string",
      required: true,
      description: "the old version: a plugin directory, a .difypkg, or a git ref (REF or REF:path)"
    },
    {
      key: "new",
      kind: "string",
      default: ".",
      description: "the new version: a plugin directory or a .difypkg"
    }
  ],
  options: [],
  common: ["strict", "ignore", "config", "annotate-notices"],
  outputs: [
    { name: "required", description: "the bump the changes need: none, patch, minor or major" },
    { name: "actual", description: "the bump the new version makes" },
    { name: "ok", description: "true when the new version covers the changes" },
    { name: "suggested", description: "the smallest version that would, when it does not" }
  ],
  subaction: "node",
  async run(input, ctx) {
    const [{ diffPlugins }, { openSide }] = await Promise.all([
      Promise.resolve().then(() => require("./diff-GZ3ZUEUP.cjs")),
      Promise.resolve().then(() => require("./sides-763LO77E.cjs"))
    ]);
    const newSide = await openSide(input.new, { cwd: ctx.cwd });
    let oldSide;
    try {
      const samePluginAs = (0, import_node_fs.existsSync)(import_node_path.default.resolve(ctx.cwd, input.new)) ? input.new : ".";
      oldSide = await openSide(input.old, { cwd: ctx.cwd, samePluginAs });
      const result = await diffPlugins(oldSide, newSide);
      return {
        result,
        findings: ctx.policy.apply(result.findings).map((f) => ({ ...f, plugin: input.new })),
        oldLabel: oldSide.label,
        newLabel: newSide.label
      };
    } finally {
      await oldSide?.close?.();
      await newSide.close?.();
    }
  },
  present({ result: r, findings, oldLabel, newLabel }) {
    const bump = r.required === "none" ? "no changes" : `${r.changes.length} change${r.changes.length === 1 ? "" : "s"}, needs a ${r.required} bump`;
    return {
      sections: [
        {
          stage: "diff",
          headline: `${oldLabel} (${r.oldVersion}) \u2192 ${newLabel} (${r.newVersion}): ${bump}${r.ok ? "" : `; use ${r.suggested ?? "a higher version"}`}`,
          findings,
          summary: {
            oldVersion: r.oldVersion,
            newVersion: r.newVersion,
            required: r.required,
            actual: r.actual,
            versionOk: r.ok,
            suggested: r.suggested ?? null,
            changes: r.changes.map((c) => ({
              bump: c.bump,
              message: c.message,
              file: c.at.file ?? null,
              line: c.at.line ?? null,
              side: c.side
            })),
            permissionEscalations: r.escalations.map((e) => ({
              message: e.message,
              file: e.at.file ?? null,
              line: e.at.line ?? null
            }))
          },
          tables: [
            { title: "Changes", header: ["Bump", "Change"], rows: r.changes.map((c) => [c.bump, c.message]) }
          ]
        }
      ],
      outputs: { required: r.required, actual: r.actual, ok: String(r.ok), suggested: r.suggested ?? "" }
    };
  }
});
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  diffCommand
});
