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
  validateCommand: () => validateCommand
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_IGMRLCZS = require("./chunk-IGMRLCZS.cjs");
var import_chunk_YK7KIND3 = require("./chunk-YK7KIND3.cjs");
var validateCommand = (0, import_chunk_IGMRLCZS.defineCommand)({
  name: "validate",
  summary: "check plugin manifests and declarations the way Dify does (one plugin, or every plugin under a folder; Coze Studio plugin configurations too)",
  args: [
    {
      key: "paths",
      kind: "list",
      variadic: true,
      input: "path",
      default: ["."],
      description: "plugin directories, or folders of plugins",
      config: "plugins"
    }
  ],
  options: [
    {
      key: "changedSince",
      kind: "string",
      value: "ref",
      description: "only plugins with files changed since this git ref (merge base with HEAD; needs the history)"
    },
    {
      key: "matrix",
      kind: "boolean",
      description: 'only list the plugins as a strategy.matrix JSON ({"include":[{path,name,version}]}), validating nothing',
      default: false
    },
    {
      key: "against",
      kind: "string",
      value: "ref",
      description: "also check each plugin against itself at this git ref: does the version bump cover the changes?",
      config: "validate.against"
    },
    {
      key: "marketplace",
      kind: "enum",
      choices: ["false", "true", "marketplace", "official"],
      value: "profile",
      description: "also run the marketplace checks (as `check`) on every plugin: marketplace (or true), official, or false",
      default: "false",
      bareValue: "true",
      config: "validate.marketplace"
    },
    {
      key: "profile",
      kind: "enum",
      choices: ["marketplace", "official"],
      description: "with --marketplace true: the rules to apply",
      input: false
    },
    {
      key: "probeServers",
      kind: "boolean",
      description: "Coze Studio configurations: also check that each OpenAPI server URL answers",
      default: false
    }
  ],
  common: ["strict", "ignore", "config", "annotate-notices"],
  outputs: [
    { name: "matrix", description: 'JSON for strategy.matrix: {"include":[{"path","name","version"}]}' },
    { name: "plugins", description: "JSON list of the plugin paths checked" },
    { name: "removed", description: "JSON list of plugin paths removed since changed-since" },
    { name: "has-changes", description: "true when at least one plugin was selected" }
  ],
  subaction: "node",
  async run(input, ctx) {
    const [{ validate }, { cozeKind }] = await Promise.all([
      Promise.resolve().then(() => require("./validate-C2IT6BAE.cjs")),
      Promise.resolve().then(() => require("./kind-VBMDU7YQ.cjs"))
    ]);
    const result = await validate(input.paths, {
      changedSince: input.changedSince,
      probeServers: input.probeServers,
      http: ctx.ports.http,
      runner: ctx.ports.processes,
      env: ctx.env,
      kinds: [cozeKind],
      cwd: ctx.cwd,
      now: ctx.now(),
      listOnly: input.matrix,
      onProgress: ctx.progress
    });
    if (input.matrix) return { result, matrixOnly: true };
    if (input.against) {
      const { checkAgainst } = await Promise.resolve().then(() => require("./against-AERPGP6W.cjs"));
      await checkAgainst(result.plugins, input.against, ctx.cwd);
    }
    const marketplace = input.marketplace === "true" ? input.profile ?? "marketplace" : input.marketplace;
    if (marketplace && marketplace !== "false") {
      const { checkMarketplace, marketplaceProfile } = await Promise.resolve().then(() => require("./marketplace-SDH4VTOS.cjs"));
      await checkMarketplace(result.plugins, marketplaceProfile(marketplace), ctx.cwd);
    }
    for (const p of result.plugins) p.findings = ctx.policy.apply(p.findings);
    result.findings = result.plugins.flatMap((p) => p.findings);
    return { result, matrixOnly: false };
  },
  present({ result, matrixOnly }) {
    const matrix = JSON.stringify({
      include: result.plugins.map((p) => ({ path: p.path, name: p.name ?? "", version: p.version ?? "" }))
    });
    const outputs = {
      matrix,
      plugins: JSON.stringify(result.plugins.map((p) => p.path)),
      removed: JSON.stringify(result.removed),
      "has-changes": String(result.plugins.length > 0)
    };
    const n = result.plugins.length;
    if (matrixOnly) {
      return {
        sections: [
          {
            stage: "validate",
            headline: `${n} plugin${n === 1 ? "" : "s"} selected`,
            findings: [],
            summary: { matrix: JSON.parse(matrix), removed: result.removed }
          }
        ],
        outputs,
        exitCode: 0,
        stdout: `${matrix}
`
      };
    }
    const failed = result.plugins.filter((p) => (0, import_chunk_YK7KIND3.countFindings)(p.findings).errors > 0).length;
    const section = {
      stage: "validate",
      headline: `${n} plugin${n === 1 ? "" : "s"} validated${failed ? `, ${failed} with errors` : ""}`,
      findings: result.findings,
      summary: {
        plugins: result.plugins.map((p) => ({
          path: p.path,
          kind: p.kind,
          name: p.name ?? null,
          version: p.version ?? null,
          ...(0, import_chunk_YK7KIND3.countFindings)(p.findings)
        })),
        removed: result.removed
      },
      tables: result.plugins.length > 1 || result.removed.length > 0 ? [
        {
          title: "Plugins",
          header: ["Plugin", "Version", "Errors", "Warnings"],
          rows: [
            ...result.plugins.map((p) => {
              const c = (0, import_chunk_YK7KIND3.countFindings)(p.findings);
              return [p.path, p.version ?? "?", c.errors, c.warnings];
            }),
            ...result.removed.map((r) => [r, "removed", "-", "-"])
          ]
        }
      ] : []
    };
    return { sections: [section], outputs };
  }
});
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  validateCommand
});
