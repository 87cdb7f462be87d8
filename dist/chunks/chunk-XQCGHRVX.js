import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  ENV_OPTION,
  PROVENANCE_OPTIONS,
  TARGET_OPTIONS,
  gateFindings,
  gateTable
} from "./chunk-QLN57JNR.js";
import {
  finding
} from "./chunk-ZGFNRH4I.js";
import {
  defineCommand
} from "./chunk-RQSBGP2X.js";

// src/commands/deploy.ts
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
var deployCommand = defineCommand({
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
  options: [{ ...ENV_OPTION, default: "staging" }, ...TARGET_OPTIONS, ...PROVENANCE_OPTIONS],
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
    const { deployStage } = await import("./deploy-stage-5V53U2MX.js");
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
    ...gateFindings(r.gates),
    ...r.settled.map((s) => finding("DPR1208", s.message)),
    ...r.tenants.filter((t) => t.absentMs !== void 0).map(
      (t) => finding(
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
          gateTable(`Checklist (${r.environment})`, r.gates),
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

export {
  sessionFlags,
  releaseFlags,
  deployCommand,
  presentDeploy
};
