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
  CATEGORIES: () => CATEGORIES,
  checkCommand: () => checkCommand
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_42Y64D6S = require("./chunk-42Y64D6S.cjs");
var import_chunk_IGMRLCZS = require("./chunk-IGMRLCZS.cjs");
var import_chunk_YK7KIND3 = require("./chunk-YK7KIND3.cjs");
var CATEGORIES = [
  "contents",
  "secrets",
  "binaries",
  "manifest",
  "readme",
  "dependencies",
  "icon",
  "version"
];
var checkCommand = (0, import_chunk_IGMRLCZS.defineCommand)({
  name: "check",
  summary: "find what the Dify marketplace would reject, in a plugin directory or a built .difypkg",
  args: [
    {
      key: "path",
      kind: "path",
      default: ".",
      description: "a plugin directory (the files `package` would ship) or a .difypkg"
    }
  ],
  options: [
    {
      key: "profile",
      kind: "enum",
      choices: ["marketplace", "official"],
      default: "marketplace",
      description: "the rules to apply: marketplace (third-party submissions) or official (langgenius/dify-official-plugins)",
      config: "check.profile"
    },
    {
      key: "marketplaceDir",
      kind: "path",
      value: "dir",
      description: "the <author>/<name>/ folder of a dify-plugins checkout: the version must be greater than every package there"
    },
    {
      key: "prBody",
      kind: "path",
      value: "file",
      description: "the pull request body (Markdown): release notes (official) or the submission template (marketplace)"
    }
  ],
  common: ["strict", "ignore", "config", "annotate-notices"],
  outputs: [{ name: "profile", description: "the profile the checks ran with" }],
  subaction: "node",
  async run(input, ctx) {
    const { checkTarget } = await Promise.resolve().then(() => require("./marketplace-SDH4VTOS.cjs"));
    const result = await checkTarget(input.path, {
      profile: input.profile,
      marketplaceDir: input.marketplaceDir,
      prBodyFile: input.prBody,
      cwd: ctx.cwd
    });
    return {
      ...result,
      findings: ctx.policy.apply(result.findings).map((f) => ({ ...f, plugin: input.path }))
    };
  },
  present(result, input) {
    const counts = (0, import_chunk_YK7KIND3.countFindings)(result.findings);
    const categories = byCategory(result.findings);
    return {
      sections: [
        {
          stage: "check",
          headline: `${input.path} (${result.kind}, ${result.files} files) checked against the ${input.profile} rules: ${counts.errors > 0 ? "the marketplace would refuse it" : "nothing the marketplace refuses"}`,
          findings: result.findings,
          summary: {
            path: input.path,
            kind: result.kind,
            profile: input.profile,
            name: result.name ?? null,
            version: result.version ?? null,
            author: result.author ?? null,
            files: result.files,
            artifact: result.artifact ? (0, import_chunk_42Y64D6S.artifactJson)(result.artifact) : null,
            categories
          },
          tables: [
            {
              title: "Marketplace checks",
              header: ["Category", "Errors", "Warnings"],
              rows: Object.entries(categories).map(([c, n]) => [c, n.errors, n.warnings])
            }
          ]
        }
      ],
      outputs: { profile: input.profile }
    };
  }
});
function byCategory(findings) {
  const out = {};
  for (const c of CATEGORIES) out[c] = { errors: 0, warnings: 0 };
  for (const f of findings) {
    out[f.category] ??= { errors: 0, warnings: 0 };
    const row = out[f.category];
    if (f.severity === "error") row.errors++;
    else if (f.severity === "warning") row.warnings++;
  }
  return out;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CATEGORIES,
  checkCommand
});
