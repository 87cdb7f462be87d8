import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  currentEntry,
  entryOfVersion,
  lastGood,
  openSession,
  putBack,
  readOtherLedger
} from "./chunk-Q3B6C26F.js";
import "./chunk-ROZRPW5Q.js";
import "./chunk-KHEB35I4.js";
import "./chunk-Z4Y4D6RE.js";
import "./chunk-HAERSONJ.js";
import "./chunk-44DMQNJ6.js";
import "./chunk-DHL7WU2O.js";
import "./chunk-ZR46IG5X.js";
import "./chunk-MC6ROTTZ.js";
import "./chunk-5EIB45IJ.js";
import "./chunk-3R4BH2PF.js";
import "./chunk-KNYFJMOG.js";
import "./chunk-S5XCZML4.js";
import "./chunk-EY7IQFHH.js";
import "./chunk-V3BXYE66.js";
import "./chunk-AA2BIYNF.js";
import "./chunk-NN4QJYMT.js";
import "./chunk-JLTILB3U.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-WY3W4H7T.js";
import "./chunk-NXO6TLEO.js";
import "./chunk-HXXNGEUI.js";
import "./chunk-AFHULDBQ.js";
import "./chunk-RNQVW4XQ.js";
import {
  CheckFailedError,
  errorMessage
} from "./chunk-62OAMW2I.js";
import "./chunk-ZGFNRH4I.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-V6G54X4G.js";

// src/deploy/rollback-stage.ts
import path from "node:path";
var NoEarlierVersionError = class extends CheckFailedError {
  code = "DPR1209";
};
var RollbackFailedError = class extends CheckFailedError {
  code = "DPR1206";
};
function rollbackPoint(history, environment, to) {
  const current = currentEntry(history);
  if (to) {
    const e2 = entryOfVersion(history, to);
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
  const good = lastGood(history);
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
  const known = await (await readOtherLedger(input.env, input, ctx, input)).history();
  if (known.length === 0) rollbackPoint(known, input.env, input.to);
  const s = await openSession("rollback", input, ctx);
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
      ...input.package ? { file: path.resolve(ctx.cwd, input.package) } : point.source?.file ? { file: point.source.file } : {},
      ...point.source?.url ? { url: point.source.url } : {},
      store: s.store
    };
    try {
      for (const t of toChange) {
        const who = s.targets.tenants.length > 1 ? `${t.tenant}: ` : "";
        const done = await putBack(t.target, point.identifier, {
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
      const message = `the rollback of ${s.environment} to ${point.identifier} failed${tenants.length ? ` after ${tenants.map((x) => x.tenant).join(", ")}` : ""}: ${errorMessage(error)}`;
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
export {
  NoEarlierVersionError,
  RollbackFailedError,
  rollbackPoint,
  rollbackStage
};
