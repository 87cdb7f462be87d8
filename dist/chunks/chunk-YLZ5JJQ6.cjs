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
  promoteCommand: () => promoteCommand
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_SSCXT6GC = require("./chunk-SSCXT6GC.cjs");
var import_chunk_VKHASOP2 = require("./chunk-VKHASOP2.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_chunk_IGMRLCZS = require("./chunk-IGMRLCZS.cjs");
var promoteCommand = (0, import_chunk_IGMRLCZS.defineCommand)({
  name: "promote",
  summary: "upgrade production to what passed the staging checklist (same digest): backup first, canaries first, verify, and roll back every tenant touched on any failure",
  args: [
    {
      key: "package",
      kind: "string",
      required: true,
      description: "the .difypkg deployed to staging, or its identifier (author/name:version@checksum)"
    }
  ],
  options: [
    { ...import_chunk_VKHASOP2.ENV_OPTION, default: "production" },
    {
      key: "canary",
      kind: "list",
      split: ",",
      value: "tenants",
      description: "tenants upgraded and verified first, comma-separated (default: environments.NAME.canary)"
    },
    {
      key: "approve",
      kind: "list",
      split: ",",
      value: "gates",
      description: "manual gates a person checked and approves, comma-separated"
    },
    {
      key: "from",
      kind: "string",
      value: "name",
      defaultText: "checklist.staging-env, else staging",
      description: "the environment whose checklist must have passed for the same digest"
    },
    {
      key: "previousPackage",
      kind: "path",
      value: "file",
      description: "the .difypkg production runs now, kept ready for a rollback (when this tool did not deploy it)"
    },
    ...import_chunk_VKHASOP2.TARGET_OPTIONS,
    ...import_chunk_VKHASOP2.PROVENANCE_OPTIONS
  ],
  common: ["config", "dry-run"],
  outputs: [
    { name: "identifier", description: "the promoted plugin identifier" },
    { name: "digest", description: "the package\u2019s sha256" },
    { name: "outcome", description: "passed, refused, rolled-back or failed" },
    { name: "promotable", description: "true when the promotion succeeded" },
    { name: "record", description: "the checklist record\u2019s path" },
    { name: "entry", description: "the ledger entry\u2019s id" }
  ],
  subaction: "node",
  async run(input, ctx) {
    const { promoteStage } = await Promise.resolve().then(() => require("./promote-stage-5F6TKWV2.cjs"));
    return promoteStage(
      {
        package: input.package,
        ...(0, import_chunk_SSCXT6GC.sessionFlags)(input),
        ...(0, import_chunk_SSCXT6GC.releaseFlags)(input),
        ...input.canary?.length ? { canary: input.canary } : {},
        ...input.approve?.length ? { approve: input.approve } : {},
        ...input.from ? { from: input.from } : {},
        ...input.previousPackage ? { previousPackage: input.previousPackage } : {}
      },
      ctx
    );
  },
  present(r) {
    const extra = [];
    if (r.outcome === "refused" && r.failure && !r.failure.gate)
      extra.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR1204",
          `promotion refused: ${r.failure.message}`,
          r.staging ? {} : { fix: fixOfRefusal(r) }
        )
      );
    if (r.outcome === "rolled-back" && r.failure)
      extra.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR1205",
          `the promotion of ${r.pkg.artifact.identifier} to ${r.environment} failed (${r.failure.message}); rolled back: ${r.rolledBack.map((t) => `${t.tenant} \u2192 ${t.to}`).join(", ")}`
        )
      );
    if (r.unresolved) extra.push((0, import_chunk_AIBAUOYI.finding)("DPR1213", r.unresolved));
    const back = new Map(r.rolledBack.map((t) => [t.tenant, t]));
    const tenants = r.tenants.map(
      (t) => back.has(t.tenant) ? { ...t, to: back.get(t.tenant).to, action: `${t.action ?? "changed"}, then rolled back` } : t
    );
    return (0, import_chunk_SSCXT6GC.presentDeploy)(
      { ...r, tenants },
      {
        findings: extra,
        summary: {
          canary: r.canary,
          rolledBack: r.rolledBack,
          failure: r.failure ?? null,
          unresolved: r.unresolved ?? null,
          staging: r.staging ? { environment: r.staging.environment, entry: r.staging.entry.id, when: r.staging.when } : null
        }
      }
    );
  }
});
function fixOfRefusal(r) {
  return `Deploy ${r.pkg.artifact.path} to staging (\`deploy FILE --env staging\`) until every required gate passes, then promote it.`;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  promoteCommand
});
