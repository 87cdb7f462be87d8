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
  NoEarlierVersionError: () => NoEarlierVersionError,
  RollbackFailedError: () => RollbackFailedError,
  rollbackPoint: () => rollbackPoint,
  rollbackStage: () => rollbackStage
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_WLE2JKKJ = require("./chunk-WLE2JKKJ.cjs");
var import_chunk_YQ4EF2FE = require("./chunk-YQ4EF2FE.cjs");
var import_chunk_MYPC2CKU = require("./chunk-MYPC2CKU.cjs");
var import_chunk_FXCSIXA6 = require("./chunk-FXCSIXA6.cjs");
var import_chunk_MO7QG43S = require("./chunk-MO7QG43S.cjs");
var import_chunk_QTU2EDDL = require("./chunk-QTU2EDDL.cjs");
var import_chunk_74VT73DH = require("./chunk-74VT73DH.cjs");
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
var import_chunk_XDFA5MRV = require("./chunk-XDFA5MRV.cjs");
var import_chunk_2YVRSQ6N = require("./chunk-2YVRSQ6N.cjs");
var import_chunk_LO4GP5KN = require("./chunk-LO4GP5KN.cjs");
var import_chunk_CML2VIZG = require("./chunk-CML2VIZG.cjs");
var import_chunk_CYKMR5N3 = require("./chunk-CYKMR5N3.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_chunk_SAEB7QK7 = require("./chunk-SAEB7QK7.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var import_node_path = __dprBuiltin(require("node:path"));
var NoEarlierVersionError = class extends import_chunk_NG6BV4S6.CheckFailedError {
  code = "DPR1209";
};
var RollbackFailedError = class extends import_chunk_NG6BV4S6.CheckFailedError {
  code = "DPR1206";
};
function rollbackPoint(history, environment, to) {
  const current = (0, import_chunk_WLE2JKKJ.currentEntry)(history);
  if (to) {
    const e2 = (0, import_chunk_WLE2JKKJ.entryOfVersion)(history, to);
    if (!e2) {
      const seen = [
        ...new Set(
          history.filter((h) => h.state === "success" || h.state === "inactive").map((h) => h.version)
        )
      ];
      throw new NoEarlierVersionError(
        `the ledger of ${environment} has no successful deployment of ${to}${seen.length ? ` (it has: ${seen.join(", ")})` : ""}`,
        `Name a version the ledger knows (\`status --env ${environment}\` lists them), or deploy and promote ${to} the usual way.`
      );
    }
    return {
      identifier: e2.identifier,
      version: e2.version,
      digest: e2.digest,
      ...e2.source ? { source: e2.source } : {},
      ...current ? { replaced: current } : {}
    };
  }
  if (!current) {
    throw new NoEarlierVersionError(
      `the ledger of ${environment} records no successful deployment: there is nothing to roll back to`,
      `Deploy (or promote) a version first; \`status --env ${environment}\` shows the ledger.`
    );
  }
  if (current.action === "rollback")
    return {
      identifier: current.identifier,
      version: current.version,
      digest: current.digest,
      ...current.source ? { source: current.source } : {}
    };
  const good = (0, import_chunk_WLE2JKKJ.lastGood)(history);
  if (!good) {
    throw new NoEarlierVersionError(
      `${environment} runs ${current.identifier} (ledger entry ${current.id}), and the ledger knows no earlier version: it was the first installation there`,
      `Name a version with --to VERSION if one ever ran there, or fix forward: deploy and promote a fixed version.`
    );
  }
  const e = history.find((h) => h.identifier === good.identifier);
  return {
    identifier: good.identifier,
    version: e?.version ?? good.identifier.split(":")[1]?.split("@")[0] ?? "",
    ...good.digest ? { digest: good.digest } : {},
    ...e?.source ? { source: e.source } : {},
    replaced: current
  };
}
async function rollbackStage(input, ctx) {
  const started = Date.now();
  const known = await (await (0, import_chunk_WLE2JKKJ.readOtherLedger)(input.env, input, ctx, input)).history();
  if (known.length === 0) rollbackPoint(known, input.env, input.to);
  const s = await (0, import_chunk_WLE2JKKJ.openSession)("rollback", input, ctx);
  try {
    const point = rollbackPoint(s.history, s.environment, input.to);
    const pluginId = point.identifier.split(":")[0];
    const notes = s.settled.map((x) => x.message);
    const base = {
      environment: s.environment,
      pluginId,
      identifier: point.identifier,
      version: point.version,
      ...point.digest ? { digest: point.digest } : {},
      ...point.replaced ? {
        replaced: {
          id: point.replaced.id,
          identifier: point.replaced.identifier,
          version: point.replaced.version,
          action: point.replaced.action
        }
      } : {},
      ledger: { kind: s.ledger.kind, where: s.ledger.where },
      target: { kind: s.targets.kind, url: s.targets.url, embedded: s.targets.embedded },
      settled: s.settled,
      notes
    };
    const running = /* @__PURE__ */ new Map();
    for (const t of s.targets.tenants) running.set(t.tenant, await t.target.installation(pluginId) ?? null);
    const toChange = s.targets.tenants.filter((t) => running.get(t.tenant)?.identifier !== point.identifier);
    if (toChange.length === 0) {
      const already = s.targets.tenants.map((t) => ({
        tenant: t.tenant,
        from: point.identifier,
        to: point.identifier,
        action: "unchanged",
        durationMs: 0
      }));
      notes.push(`${s.environment} already runs ${point.identifier}: nothing to roll back`);
      return { ...base, outcome: "unchanged", tenants: already, durationMs: Date.now() - started };
    }
    if (ctx.dryRun) {
      return {
        ...base,
        outcome: "unchanged",
        tenants: [],
        plan: toChange.map(
          (t) => `${t.tenant}: put ${running.get(t.tenant)?.identifier ?? "nothing"} back to ${point.identifier}, then check it`
        ),
        durationMs: Date.now() - started
      };
    }
    let entry = await s.ledger.record(
      {
        environment: s.environment,
        action: "rollback",
        pluginId,
        identifier: point.identifier,
        version: point.version,
        digest: point.digest ?? "",
        tenants: toChange.map((t) => t.tenant),
        previous: Object.fromEntries(
          toChange.map((t) => [t.tenant, running.get(t.tenant)?.identifier ?? null])
        ),
        ...point.source ? { source: point.source } : {},
        description: `rolling back to ${point.version}${point.replaced ? ` from ${point.replaced.version}` : ""}`
      },
      ctx.now()
    );
    const tenants = [];
    const sources = {
      ...input.package ? { file: import_node_path.default.resolve(ctx.cwd, input.package) } : point.source?.file ? { file: point.source.file } : {},
      ...point.source?.url ? { url: point.source.url } : {},
      store: s.store
    };
    try {
      for (const t of toChange) {
        const who = s.targets.tenants.length > 1 ? `${t.tenant}: ` : "";
        const done = await (0, import_chunk_WLE2JKKJ.putBack)(t.target, point.identifier, {
          pluginId,
          ...point.digest ? { digest: point.digest } : {},
          sources,
          wait: s.wait,
          log: (m) => ctx.log(`${who}${m}`),
          ctx,
          installed: running.get(t.tenant) ?? null
        });
        const rt = done.installation?.runtime;
        if (rt && (rt.status === "failed" || rt.status === "exited"))
          throw new RollbackFailedError(
            `${who}${point.identifier} is installed again but its process ${rt.status}${rt.message ? `: ${rt.message.slice(-200)}` : ""}`,
            "Look at the plugin\u2019s log on the target; the ledger still names the versions to choose from (`status`)."
          );
        tenants.push({
          tenant: t.tenant,
          ...done.from ? { from: done.from } : {},
          to: point.identifier,
          action: done.action,
          ...done.absentMs !== void 0 ? { absentMs: done.absentMs } : {},
          ...done.uploadedFrom ? { uploadedFrom: done.uploadedFrom } : {},
          durationMs: done.durationMs
        });
        if (done.uploadedFrom)
          notes.push(
            `${who}the target had lost ${point.identifier}: uploaded again from ${done.uploadedFrom}`
          );
        if (done.absentMs !== void 0)
          notes.push(
            `${who}the plugin was absent for ${done.absentMs} ms (the console uninstalls, then installs)`
          );
        entry = await s.ledger.update(entry, { done: tenants.map((x) => x.tenant) }, ctx.now());
      }
    } catch (error) {
      const message = `the rollback of ${s.environment} to ${point.identifier} failed${tenants.length ? ` after ${tenants.map((x) => x.tenant).join(", ")}` : ""}: ${(0, import_chunk_NG6BV4S6.errorMessage)(error)}`;
      entry = await s.ledger.update(
        entry,
        { state: "failure", description: message.slice(0, 400) },
        ctx.now()
      );
      const fix = error.fix;
      return {
        ...base,
        outcome: "failed",
        tenants,
        entry,
        durationMs: Date.now() - started,
        error: { message, ...fix ? { fix } : {} }
      };
    }
    entry = await s.ledger.update(
      entry,
      {
        state: "success",
        description: `rolled back to ${point.version}${point.replaced ? ` from ${point.replaced.version} (ledger entry ${point.replaced.id})` : ""}; verified on ${tenants.length} tenant${tenants.length > 1 ? "s" : ""}`
      },
      ctx.now()
    );
    return { ...base, outcome: "rolled-back", tenants, entry, durationMs: Date.now() - started };
  } finally {
    await s.close();
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  NoEarlierVersionError,
  RollbackFailedError,
  rollbackPoint,
  rollbackStage
});
