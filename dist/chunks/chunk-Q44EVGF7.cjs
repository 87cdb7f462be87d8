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
  pipelineCommand: () => pipelineCommand
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_IGMRLCZS = require("./chunk-IGMRLCZS.cjs");
var pipelineCommand = (0, import_chunk_IGMRLCZS.defineCommand)({
  name: "pipeline",
  summary: "the whole chain: validate, check, test, package, sign, verify, release, submit, deploy to staging with the checklist, promote to production; stops at the first stage that fails",
  args: [{ key: "path", kind: "path", default: ".", description: "the plugin directory" }],
  options: [
    {
      key: "local",
      kind: "boolean",
      default: false,
      description: "need nothing but this repository: embedded staging and production daemons (.dify-release/envs/NAME/), a throwaway signing key, release and submit as dry-run plans"
    },
    {
      key: "output",
      kind: "path",
      short: "o",
      value: "dir",
      input: "output-dir",
      defaultText: ".dify-release/pipeline",
      description: "directory for the packages (and, with --local, the throwaway public key)"
    },
    {
      key: "staging",
      kind: "string",
      value: "name",
      default: "staging",
      description: "the environment to deploy to first",
      config: "checklist.staging-env"
    },
    {
      key: "production",
      kind: "string",
      value: "name",
      default: "production",
      description: "the environment to promote to"
    },
    {
      key: "key",
      kind: "path",
      value: "file",
      input: "key-file",
      description: "the private signing key file (without --local)",
      config: "signing.key-file"
    },
    {
      key: "keyEnv",
      kind: "string",
      value: "variable",
      description: "read the private key\u2019s PEM text from this environment variable (without --local)",
      config: "signing.key-env"
    },
    {
      key: "tag",
      kind: "string",
      value: "tag",
      defaultText: "v<version>",
      description: "the release tag"
    },
    {
      key: "submit",
      kind: "boolean",
      default: true,
      negatable: true,
      description: "open (with --local: plan) the marketplace pull request"
    },
    {
      key: "promote",
      kind: "boolean",
      default: true,
      negatable: true,
      description: "promote to production once staging passed"
    }
  ],
  common: ["strict", "ignore", "config", "dry-run", "annotate-notices"],
  outputs: [
    { name: "outcome", description: "passed, or the stage it stopped at" },
    { name: "identifier", description: "the Dify identifier of the package built" },
    { name: "sha256", description: "sha256 of the signed package" },
    { name: "path", description: "the signed package" }
  ],
  async run(input, ctx) {
    const { pipelineStage } = await Promise.resolve().then(() => require("./pipeline-run-S5BRYN4I.cjs"));
    return pipelineStage(input, ctx);
  },
  present(r) {
    const stages = {
      title: "Pipeline",
      header: ["stage", "result", "time"],
      rows: r.steps.map((s) => [
        s.label,
        s.exitCode === 0 ? "passed" : `failed: ${s.reason ?? ""}`,
        `${(s.ms / 1e3).toFixed(1)} s`
      ])
    };
    const where = {
      title: "Deployed",
      header: ["environment", "outcome", "identifier"],
      rows: r.deployed.map((d) => [d.env, d.outcome, d.identifier])
    };
    const headline = r.failed ? `pipeline stopped at ${r.failed.label}${r.deployed.some((d) => d.outcome === "passed") ? "" : "; nothing was deployed"}` : `pipeline passed${r.plugin ? `: ${r.plugin.identifier} (sha256 ${r.plugin.sha256.slice(0, 12)}\u2026)` : ""}; rollback: ${r.rollback}`;
    return {
      sections: [
        {
          stage: "pipeline",
          headline,
          findings: r.findings,
          summary: {
            outcome: r.failed ? r.failed.name : "passed",
            local: r.local,
            package: r.plugin ?? null,
            stages: r.steps.map((s) => ({
              stage: s.name,
              label: s.label,
              exitCode: s.exitCode,
              ms: s.ms,
              ...s.reason ? { reason: s.reason } : {}
            })),
            deployed: r.deployed,
            rollback: r.rollback,
            ms: r.totalMs
          },
          tables: [stages, ...where.rows.length ? [where] : []]
        }
      ],
      outputs: {
        outcome: r.failed ? r.failed.name : "passed",
        identifier: r.plugin?.identifier,
        sha256: r.plugin?.sha256,
        path: r.plugin?.path
      },
      exitCode: r.failed ? r.failed.exitCode === 2 ? 2 : 1 : 0
    };
  }
});
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  pipelineCommand
});
