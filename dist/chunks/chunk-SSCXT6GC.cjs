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
  deployCommand: () => deployCommand,
  presentDeploy: () => presentDeploy,
  releaseFlags: () => releaseFlags,
  sessionFlags: () => sessionFlags
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_VKHASOP2 = require("./chunk-VKHASOP2.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_chunk_IGMRLCZS = require("./chunk-IGMRLCZS.cjs");
function sessionFlags(input) {
  return {
    env: input.env,
    ...input.targetUrl ? { targetUrl: input.targetUrl } : {},
    ...input.targetKind ? { targetKind: input.targetKind } : {},
    ...input.apiKeyEnv ? { apiKeyEnv: input.apiKeyEnv } : {},
    ...input.accountEnv ? { accountEnv: input.accountEnv } : {},
    ...input.tenant?.length ? { tenant: input.tenant } : {},
    ...input.trustedKey?.length ? { trustedKey: input.trustedKey } : {},
    ...input.ledger ? { ledger: input.ledger } : {},
    ...input.timeout ? { timeout: input.timeout } : {},
    ...input.token ? { token: input.token } : {}
  };
}
function releaseFlags(input) {
  return {
    ...input.digest ? { digest: input.digest } : {},
    ...input.sums ? { sums: input.sums } : {},
    ...input.attestation ? { attestation: input.attestation } : {},
    ...input.assetUrl ? { assetUrl: input.assetUrl } : {},
    ...input.record ? { record: input.record } : {}
  };
}
var deployCommand = (0, import_chunk_IGMRLCZS.defineCommand)({
  name: "deploy",
  summary: "install or upgrade a .difypkg on an environment\u2019s target (staging), then run the checklist: provenance, signature, dependencies, permissions, staging, performance, backup, notify",
  args: [
    {
      key: "package",
      kind: "path",
      required: true,
      description: "the .difypkg to deploy (the release asset)"
    }
  ],
  options: [{ ...import_chunk_VKHASOP2.ENV_OPTION, default: "staging" }, ...import_chunk_VKHASOP2.TARGET_OPTIONS, ...import_chunk_VKHASOP2.PROVENANCE_OPTIONS],
  common: ["config", "dry-run"],
  outputs: [
    { name: "identifier", description: "the deployed plugin identifier" },
    { name: "digest", description: "the package\u2019s sha256" },
    { name: "outcome", description: "passed, failed or refused" },
    { name: "promotable", description: "true when every required gate passed" },
    { name: "record", description: "the checklist record\u2019s path" },
    { name: "entry", description: "the ledger entry\u2019s id" }
  ],
  subaction: "node",
  async run(input, ctx) {
    const { deployStage } = await Promise.resolve().then(() => require("./deploy-stage-VVXAMSYV.cjs"));
    return deployStage({ package: input.package, ...sessionFlags(input), ...releaseFlags(input) }, ctx);
  },
  present(r) {
    return presentDeploy(r);
  }
});
function presentDeploy(r, extra = {}) {
  const a = r.pkg.artifact;
  const verb = {
    passed: r.command === "deploy" ? "deployed, checklist passed:" : "promoted",
    failed: r.command === "deploy" ? "deployed, checklist FAILED:" : "promotion FAILED:",
    refused: `${r.command} refused, nothing changed:`,
    "rolled-back": "promotion FAILED and was rolled back:"
  }[r.outcome];
  const headline = extra.headline ?? `${verb} ${a.identifier} on ${r.environment}${r.plan ? " (dry run)" : ""}`;
  const findings = [
    ...(0, import_chunk_VKHASOP2.gateFindings)(r.gates),
    ...r.settled.map((s) => (0, import_chunk_AIBAUOYI.finding)("DPR1208", s.message)),
    ...r.tenants.filter((t) => t.absentMs !== void 0).map(
      (t) => (0, import_chunk_AIBAUOYI.finding)(
        "DPR1216",
        `${t.tenant}: the plugin was absent for ${t.absentMs} ms while the console reinstalled it`
      )
    ),
    ...extra.findings ?? []
  ];
  return {
    sections: [
      {
        stage: r.command,
        headline,
        findings,
        summary: {
          environment: r.environment,
          outcome: r.outcome,
          promotable: r.promotable,
          identifier: a.identifier,
          version: a.version,
          digest: a.sha256,
          target: r.target,
          tenants: r.tenants,
          ledger: { ...r.ledger, entry: r.entry?.id ?? null },
          record: r.record ?? null,
          notes: r.notes,
          settled: r.settled.map((s) => ({ entry: s.entry.id, outcome: s.outcome, message: s.message })),
          ...r.plan ? { plan: r.plan } : {},
          ...extra.summary ?? {}
        },
        tables: [
          (0, import_chunk_VKHASOP2.gateTable)(`Checklist (${r.environment})`, r.gates),
          {
            title: "Tenants",
            header: ["Tenant", "Before", "After", "How"],
            rows: r.tenants.map((t) => [
              t.tenant,
              t.from ?? "(not installed)",
              t.error ? `failed: ${t.error}` : t.to ?? "(unchanged)",
              `${t.action ?? ""}${t.absentMs !== void 0 ? ` (absent ${t.absentMs} ms)` : ""}`
            ])
          },
          ...r.plan ? [{ title: "Plan (nothing changed)", header: ["Step"], rows: r.plan.map((p) => [p]) }] : []
        ]
      }
    ],
    outputs: {
      identifier: a.identifier,
      digest: a.sha256,
      outcome: r.outcome,
      promotable: String(r.promotable),
      record: r.record,
      entry: r.entry?.id
    },
    exitCode: r.outcome === "passed" ? 0 : 1
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  deployCommand,
  presentDeploy,
  releaseFlags,
  sessionFlags
});
