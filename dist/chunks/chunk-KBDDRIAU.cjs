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
  rollbackCommand: () => rollbackCommand
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_SSCXT6GC = require("./chunk-SSCXT6GC.cjs");
var import_chunk_VKHASOP2 = require("./chunk-VKHASOP2.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_chunk_IGMRLCZS = require("./chunk-IGMRLCZS.cjs");
var rollbackCommand = (0, import_chunk_IGMRLCZS.defineCommand)({
  name: "rollback",
  summary: "reinstall the last good version the ledger records (or --to VERSION), re-uploading it when the target lost it; verify and record it; a second run changes nothing",
  options: [
    { ...import_chunk_VKHASOP2.ENV_OPTION, default: "production" },
    {
      key: "to",
      kind: "string",
      value: "version",
      description: "the version (or identifier) to put back; default the one the current deployment replaced"
    },
    {
      key: "package",
      kind: "path",
      value: "file",
      description: "a local copy of that version\u2019s .difypkg, used when the target and the artifact store lost it"
    },
    ...import_chunk_VKHASOP2.TARGET_OPTIONS
  ],
  common: ["config", "dry-run"],
  outputs: [
    { name: "identifier", description: "the identifier the environment runs now" },
    { name: "outcome", description: "rolled-back, unchanged or failed" },
    { name: "entry", description: "the ledger entry\u2019s id" }
  ],
  subaction: "node",
  async run(input, ctx) {
    const { rollbackStage } = await Promise.resolve().then(() => require("./rollback-stage-JSD5E4VP.cjs"));
    return rollbackStage(
      {
        ...(0, import_chunk_SSCXT6GC.sessionFlags)(input),
        ...input.to ? { to: input.to } : {},
        ...input.package ? { package: input.package } : {}
      },
      ctx
    );
  },
  present(r) {
    const headline = r.outcome === "rolled-back" ? `rolled ${r.environment} back to ${r.identifier}${r.replaced ? ` (from ${r.replaced.version})` : ""} in ${r.durationMs} ms` : r.outcome === "unchanged" ? r.plan ? `dry run: would roll ${r.environment} back to ${r.identifier}` : `nothing to roll back: ${r.environment} already runs ${r.identifier}` : `rollback of ${r.environment} to ${r.identifier} FAILED`;
    const findings = [
      ...r.settled.map((s) => (0, import_chunk_AIBAUOYI.finding)("DPR1208", s.message)),
      ...r.outcome === "unchanged" && !r.plan ? [(0, import_chunk_AIBAUOYI.finding)("DPR1211", `${r.environment} already runs ${r.identifier}: this rollback changed nothing`)] : [],
      ...r.error ? [(0, import_chunk_AIBAUOYI.finding)("DPR1206", r.error.message, r.error.fix ? { fix: r.error.fix } : {})] : []
    ];
    return {
      sections: [
        {
          stage: "rollback",
          headline,
          findings,
          summary: {
            environment: r.environment,
            outcome: r.outcome,
            identifier: r.identifier,
            version: r.version,
            digest: r.digest ?? null,
            replaced: r.replaced ?? null,
            tenants: r.tenants,
            ledger: { ...r.ledger, entry: r.entry?.id ?? null },
            target: r.target,
            notes: r.notes,
            durationMs: r.durationMs,
            ...r.plan ? { plan: r.plan } : {}
          },
          tables: [
            {
              title: "Tenants",
              header: ["Tenant", "Before", "After", "How", "ms"],
              rows: r.tenants.map((t) => [
                t.tenant,
                t.from ?? "(not installed)",
                t.to,
                `${t.action}${t.uploadedFrom ? ` (re-uploaded from ${t.uploadedFrom})` : ""}`,
                t.durationMs
              ])
            }
          ]
        }
      ],
      outputs: { identifier: r.identifier, outcome: r.outcome, entry: r.entry?.id },
      exitCode: r.outcome === "failed" ? 1 : 0
    };
  }
});
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  rollbackCommand
});
