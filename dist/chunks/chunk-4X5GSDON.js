import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  sessionFlags
} from "./chunk-XQCGHRVX.js";
import {
  ENV_OPTION,
  TARGET_OPTIONS
} from "./chunk-QLN57JNR.js";
import {
  finding
} from "./chunk-ZGFNRH4I.js";
import {
  defineCommand
} from "./chunk-RQSBGP2X.js";

// src/commands/rollback.ts
var rollbackCommand = defineCommand({
  name: "rollback",
  summary: "reinstall the last good version the ledger records (or --to VERSION), re-uploading it when the target lost it; verify and record it; a second run changes nothing",
  options: [
    { ...ENV_OPTION, default: "production" },
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
    ...TARGET_OPTIONS
  ],
  common: ["config", "dry-run"],
  outputs: [
    { name: "identifier", description: "the identifier the environment runs now" },
    { name: "outcome", description: "rolled-back, unchanged or failed" },
    { name: "entry", description: "the ledger entry\u2019s id" }
  ],
  subaction: "node",
  async run(input, ctx) {
    const { rollbackStage } = await import("./rollback-stage-A6PVBZVH.js");
    return rollbackStage(
      {
        ...sessionFlags(input),
        ...input.to ? { to: input.to } : {},
        ...input.package ? { package: input.package } : {}
      },
      ctx
    );
  },
  present(r) {
    const headline = r.outcome === "rolled-back" ? `rolled ${r.environment} back to ${r.identifier}${r.replaced ? ` (from ${r.replaced.version})` : ""} in ${r.durationMs} ms` : r.outcome === "unchanged" ? r.plan ? `dry run: would roll ${r.environment} back to ${r.identifier}` : `nothing to roll back: ${r.environment} already runs ${r.identifier}` : `rollback of ${r.environment} to ${r.identifier} FAILED`;
    const findings = [
      ...r.settled.map((s) => finding("DPR1208", s.message)),
      ...r.outcome === "unchanged" && !r.plan ? [finding("DPR1211", `${r.environment} already runs ${r.identifier}: this rollback changed nothing`)] : [],
      ...r.error ? [finding("DPR1206", r.error.message, r.error.fix ? { fix: r.error.fix } : {})] : []
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

export {
  rollbackCommand
};
