import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  GATES,
  changesOf,
  deployPackage,
  describeGates,
  gateContext,
  gatesOf,
  gatesOfRecord,
  installFailureGate,
  mergeTenants,
  newEntry,
  order,
  packageFor,
  promotable,
  readPackageInfo,
  readRecord,
  resultBase,
  runOnTenant,
  runOnce,
  saveRecord,
  skippedGate,
  summaryOf,
  takeSnapshots
} from "./chunk-ICX4WUMP.js";
import "./chunk-XN7FEI2X.js";
import "./chunk-QI66RZEI.js";
import {
  isUnreachable,
  keep,
  obtain,
  openSession,
  orderTenants,
  putBack,
  readOtherLedger,
  storedPath
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
import "./chunk-WPIJ2H22.js";
import "./chunk-PLMF4UV6.js";
import "./chunk-OOXWVKXK.js";
import "./chunk-ZQENFKUT.js";
import "./chunk-V3BXYE66.js";
import "./chunk-HUPHBNGN.js";
import "./chunk-AFI7Z2DL.js";
import "./chunk-N54IPBB7.js";
import "./chunk-IME7R53O.js";
import "./chunk-HBOEZ4GN.js";
import "./chunk-RN7JU5ET.js";
import "./chunk-LWEEHDDH.js";
import "./chunk-DWWGEZO4.js";
import "./chunk-LLCYNNFI.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-RFHQ5S2G.js";
import "./chunk-AA2BIYNF.js";
import "./chunk-NN4QJYMT.js";
import "./chunk-JLTILB3U.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-WY3W4H7T.js";
import "./chunk-NXO6TLEO.js";
import "./chunk-HXXNGEUI.js";
import "./chunk-AFHULDBQ.js";
import "./chunk-4ZVZ2M7T.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-277J5JLG.js";
import {
  CheckFailedError,
  errorMessage
} from "./chunk-62OAMW2I.js";
import "./chunk-ZGFNRH4I.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-RQVOJRQL.js";
import "./chunk-V6G54X4G.js";

// src/deploy/promote-package.ts
import { existsSync } from "node:fs";
import path2 from "node:path";

// src/deploy/proof.ts
import path from "node:path";
var PromoteError = class extends CheckFailedError {
  code = "DPR1214";
};
function stagingProof(environment, history, pkg, cwd, approved, approver = "the person running promote") {
  const { artifact } = pkg;
  const digest = `sha256 ${artifact.sha256.slice(0, 12)}\u2026`;
  const entry = history.find((e) => e.action === "deploy" && e.digest === artifact.sha256);
  const deployAgain = `Deploy this exact file to ${environment} (\`deploy ${path.basename(artifact.path)} --env ${environment}\`) until every required gate passes, then promote it.`;
  if (!entry) {
    return {
      refusal: `${artifact.identifier} (${digest}) was never deployed to ${environment}: only what passed the ${environment} checklist is promoted`,
      fix: deployAgain,
      gates: [],
      blocking: []
    };
  }
  const record = entry.checklist?.record ? readRecord(path.resolve(cwd, entry.checklist.record)) : void 0;
  let gates = record ? gatesOfRecord(record) : (entry.checklist?.gates ?? []).map((g) => ({
    id: g.id,
    title: g.id,
    status: g.status,
    required: g.required,
    evidence: []
  }));
  gates = gates.map(
    (g) => g.status === "pending" && approved.includes(g.id) ? {
      ...g,
      status: "passed",
      evidence: [...g.evidence, `approved by ${approver}`],
      reason: void 0,
      fix: void 0
    } : g
  );
  const when = `ledger entry ${entry.id}, ${entry.updatedAt}`;
  if (entry.state !== "success") {
    return {
      refusal: `the deploy of ${digest} to ${environment} (${when}) did not succeed: ${entry.resolution?.message ?? entry.description}`,
      fix: deployAgain,
      gates,
      blocking: gates.filter((g) => !promotable([g]))
    };
  }
  const blocking = gates.filter((g) => !promotable([g]));
  const passed = gates.length > 0 ? blocking.length === 0 : entry.checklist?.passed === true;
  if (!passed) {
    const b = blocking[0];
    const pendingOnly = blocking.length > 0 && blocking.every((g) => g.status === "pending");
    return {
      refusal: b ? `the ${environment} checklist did not pass for ${digest} (${when}): gate ${b.id} ${b.status}${b.reason ? `: ${b.reason}` : ""}${b.evidence.length ? ` (evidence: ${b.evidence.slice(0, 3).join("; ")})` : ""}${blocking.length > 1 ? `; also ${blocking.slice(1).map((g) => `${g.id} ${g.status}`).join(", ")}` : ""}` : `the ${environment} checklist did not pass for ${digest} (${when}): ${entry.description}`,
      fix: pendingOnly ? `Check what the pending gate names, then promote with ${blocking.map((g) => `--approve ${g.id}`).join(" ")}.` : (b?.fix ? `${b.fix} ` : "") + deployAgain,
      gates,
      blocking
    };
  }
  return { proof: { environment, entry, gates, when }, gates, blocking: [] };
}

// src/deploy/promote-package.ts
var IDENTIFIER = /^[^/\s]+\/[^:\s]+:[^@\s]+@[0-9a-f]{64}$/;
function checkPackageArgument(arg, ctx) {
  const given = path2.resolve(ctx.cwd, arg);
  if (existsSync(given)) return given;
  if (IDENTIFIER.test(arg)) return void 0;
  throw new PromoteError(
    `${arg} is neither a file nor a plugin identifier (author/name:version@checksum)`,
    "Pass the .difypkg deployed to staging, or its identifier as `deploy` printed it."
  );
}
async function resolvePackage(input, s, fromEnv, ctx) {
  const given = checkPackageArgument(input.package, ctx);
  if (given) return given;
  const stored = storedPath(s.store, input.package);
  if (existsSync(stored)) return stored;
  const entry = (await (await readOtherLedger(fromEnv, input, ctx)).history()).find(
    (e) => e.identifier === input.package
  );
  const { found, tried } = await obtain(
    input.package,
    entry?.digest,
    { ...entry?.source ?? {}, ...input.assetUrl ? { url: input.assetUrl } : {}, store: s.store },
    ctx
  );
  if (found) return found.file;
  throw new PromoteError(
    `no package for ${input.package} is at hand: ${tried.join("; ")}`,
    "Pass the .difypkg itself (the release asset), or --asset-url where it can be downloaded."
  );
}
async function keepPrevious(s, file, changes, ctx) {
  const { artifact } = await readPackageInfo(path2.resolve(ctx.cwd, file), []);
  const running = [
    ...new Set(changes.map((t) => t.previous?.identifier).filter((x) => Boolean(x)))
  ];
  if (!running.includes(artifact.identifier)) {
    throw new PromoteError(
      `--previous-package ${file} is ${artifact.identifier}, but ${s.environment} runs ${running.join(", ") || "nothing"}`,
      "Pass the .difypkg of the version the environment runs now (its release asset)."
    );
  }
  keep(s.store, artifact);
}

// src/deploy/promote-rollback.ts
async function rollBackTouched(s, c, touched, entry, failure, r) {
  const { ctx } = r;
  ctx.log(`Promotion failed (${failure.message}): rolling back ${touched.map((t) => t.tenant).join(", ")}`);
  const rolledBack = [];
  const stuck = [];
  let unreachable = false;
  for (const t of [...touched].reverse()) {
    const to = t.previous?.identifier ?? null;
    try {
      const done = await putBack(t.target, to, {
        pluginId: c.pkg.artifact.pluginId,
        ...entry.previousDigests?.[t.tenant] ? { digest: entry.previousDigests[t.tenant] } : {},
        sources: { store: s.store },
        wait: s.wait,
        log: (m) => ctx.log(`${touched.length > 1 ? `${t.tenant}: ` : ""}${m}`),
        ctx
      });
      rolledBack.push({
        tenant: t.tenant,
        ...done.from ? { from: done.from } : {},
        to: to ?? "(not installed)",
        action: done.action,
        ...done.absentMs !== void 0 ? { absentMs: done.absentMs } : {}
      });
    } catch (error) {
      if (isUnreachable(error)) unreachable = true;
      stuck.push(`${t.tenant}: ${errorMessage(error)}`);
    }
  }
  const afterGates = r.after.map(
    (spec) => (r.perGate.get(spec.id)?.length ?? 0) > 0 ? mergeTenants(spec, c, r.perGate.get(spec.id)) : skippedGate(spec, c, "not run: the promotion stopped before this tenant")
  );
  const gates = [...r.before, ...afterGates];
  const untouched = r.tenants.filter((t) => !touched.some((x) => x.tenant === t.tenant)).map((t) => t.tenant);
  if (stuck.length) {
    const description = unreachable ? `the target stopped answering during the promotion of ${c.pkg.artifact.version}; what it runs is not known (${stuck.join("; ")}): the next command checks it and finishes or rolls back` : `the promotion of ${c.pkg.artifact.version} failed and ${stuck.length} tenant(s) could not be put back: ${stuck.join("; ")}`;
    const e2 = await s.ledger.update(entry, { description }, ctx.now());
    return r.finish("failed", gates, e2, { rolledBack, failure, unresolved: description });
  }
  const message = `rolled back after: ${failure.message}`;
  const e = await s.ledger.update(
    entry,
    {
      state: "failure",
      description: `promotion of ${c.pkg.artifact.version} failed and was rolled back: ${failure.message}`.slice(0, 400),
      resolution: {
        outcome: "rolled-back",
        by: `promote (entry ${entry.id})`,
        at: ctx.now().toISOString(),
        message
      },
      checklist: summaryOf(gates, c.pkg, touched)
    },
    ctx.now()
  );
  if (untouched.length)
    r.notes.push(`not touched: ${untouched.join(", ")} (still on their previous version)`);
  return r.finish("rolled-back", gates, e, { rolledBack, failure });
}

// src/deploy/promote-stage.ts
async function promoteStage(input, ctx) {
  const startedAt = ctx.now();
  checkPackageArgument(input.package, ctx);
  const s = await openSession("promote", input, ctx);
  try {
    const fromEnv = input.from ?? s.checklist.stagingEnv;
    const file = await resolvePackage(input, s, fromEnv, ctx);
    const { keys, pkg } = await packageFor(file, input, s.checklist, ctx);
    const { artifact } = pkg;
    const stagingHistory = await (await readOtherLedger(fromEnv, input, ctx)).history();
    const proof = stagingProof(
      fromEnv,
      stagingHistory,
      pkg,
      ctx.cwd,
      input.approve ?? [],
      ctx.env.GITHUB_ACTOR ?? ctx.env.USER
    );
    const ordered = orderTenants(s.targets.tenants, input.canary?.length ? input.canary : s.targets.canary);
    const sequence = [...ordered.canary, ...ordered.rest];
    const changes = await changesOf(s, artifact.pluginId, sequence);
    if (input.previousPackage) await keepPrevious(s, input.previousPackage, changes, ctx);
    const c = gateContext("promote", s, pkg, input, ctx, {
      keys,
      changes,
      ...proof.proof ? { staging: proof.proof } : {},
      approved: input.approve ?? []
    });
    const notes = [];
    const tenants = changes.map((t) => ({
      tenant: t.tenant,
      ...t.previous ? { from: t.previous.identifier } : {}
    }));
    const inherited = (proof.proof?.gates ?? proof.gates).map((g) => ({
      ...g,
      evidence: [`on ${fromEnv}${proof.proof ? ` (${proof.proof.when})` : ""}`, ...g.evidence]
    }));
    const own = new Set(gatesOf(GATES, "promote").map((g) => g.id));
    const base = {
      ...resultBase("promote", s, pkg, tenants, notes),
      rolledBack: [],
      canary: ordered.canary.map((t) => t.tenant),
      ...proof.proof ? { staging: proof.proof } : {}
    };
    const after = gatesOf(GATES, "promote", "after");
    const finish = async (outcome, gates2, entry2, extra = {}) => {
      c.outcome = outcome === "passed" ? `promoted to ${tenants.length} tenant(s)` : outcome;
      c.decided = order([...inherited.filter((g) => !own.has(g.id)), ...gates2]);
      const final = await runOnce(gatesOf(GATES, "promote", "final"), c);
      const all = order([...inherited.filter((g) => !own.has(g.id)), ...gates2, ...final]);
      const saved = saveRecord("promote", s, pkg, all, outcome, { startedAt, finishedAt: ctx.now() }, ctx, {
        ...entry2 ? { entry: entry2 } : {},
        ...input.record ? { copy: input.record } : {},
        notes
      });
      return {
        ...base,
        gates: all,
        outcome,
        promotable: outcome === "passed",
        ...entry2 ? { entry: entry2 } : {},
        ...saved ? { record: saved.kept, ...saved.copy ? { recordCopy: saved.copy } : {} } : {},
        ...extra
      };
    };
    if (!proof.proof) {
      return await finish(
        "refused",
        gatesOf(GATES, "promote").filter((g) => g.phase !== "final").map((g) => skippedGate(g, c, `not run: ${proof.refusal}`)),
        void 0,
        {
          failure: { message: proof.refusal }
        }
      );
    }
    const before = await runOnce(gatesOf(GATES, "promote", "before"), c);
    const blocking = before.filter((g) => !promotable([g]));
    if (blocking.length) {
      const why = `not run: nothing was changed because ${blocking.map((g) => g.id).join(", ")} did not pass`;
      return await finish("refused", [...before, ...after.map((g) => skippedGate(g, c, why))], void 0, {
        failure: {
          gate: blocking[0].id,
          message: `${blocking[0].id}: ${blocking[0].reason ?? blocking[0].status}`
        }
      });
    }
    if (ctx.dryRun) {
      const plan = changes.map(
        (t, i) => `${i < ordered.canary.length ? "canary " : ""}${t.tenant}: ${t.previous?.identifier === artifact.identifier ? "nothing (already runs it)" : `${t.previous ? s.targets.kind === "console" ? `uninstall ${t.previous.identifier}, then install` : `upgrade ${t.previous.identifier} to` : "install"} ${artifact.identifier}, then verify`}`
      );
      return await finish(
        "passed",
        [...before, ...after.map((g) => skippedGate(g, c, "dry run: nothing was changed"))],
        void 0,
        { plan }
      );
    }
    const stored = keep(s.store, artifact);
    const previousDigests = Object.fromEntries(
      changes.flatMap((t) => {
        const d = t.previous && s.history.find((e) => e.identifier === t.previous.identifier && e.digest)?.digest;
        return d ? [[t.tenant, d]] : [];
      })
    );
    let entry = await s.ledger.record(
      newEntry(
        s,
        pkg,
        changes,
        { ...input.assetUrl ? { assetUrl: input.assetUrl } : {}, storedFile: stored },
        `promoting ${artifact.version}: backup recorded, nothing changed yet`,
        "promote",
        previousDigests
      ),
      ctx.now()
    );
    if (s.targets.kind === "console" && changes.some((t) => t.previous && t.previous.identifier !== artifact.identifier)) {
      const say = `the console cannot upgrade a local package in place: on each tenant the installed version is uninstalled, then ${artifact.identifier} installed, and the plugin is absent in between; the previous version stays ready to reinstall`;
      ctx.log(say.charAt(0).toUpperCase() + say.slice(1));
      notes.push(say);
    }
    const perGate = /* @__PURE__ */ new Map();
    const touched = [];
    for (const [i, t] of changes.entries()) {
      if (i === ordered.canary.length && i > 0)
        ctx.log(
          `Canary tenant${i > 1 ? "s" : ""} ${ordered.canary.map((x) => x.tenant).join(", ")} verified: promoting the other ${changes.length - i}`
        );
      await takeSnapshots(after, c, t);
      const who = changes.length > 1 ? `${t.tenant}: ` : "";
      touched.push(t);
      let failure;
      try {
        t.outcome = await deployPackage(
          t.target,
          { path: artifact.path, identifier: artifact.identifier, sha256: artifact.sha256 },
          { wait: s.wait, log: (m) => ctx.log(`${who}${m}`) }
        );
        tenants[i] = {
          ...tenants[i],
          to: artifact.identifier,
          action: t.outcome.action,
          ...t.outcome.absentMs !== void 0 ? { absentMs: t.outcome.absentMs } : {}
        };
        notes.push(...t.outcome.notes.map((n) => `${who}${n}`));
        entry = await s.ledger.update(
          entry,
          {
            done: tenants.filter((x) => x.to).map((x) => x.tenant),
            description: `promoting ${artifact.version}: ${tenants.filter((x) => x.to).length}/${changes.length} tenants upgraded`
          },
          ctx.now()
        );
        for (const { spec, verdict } of await runOnTenant(after, c, t)) {
          perGate.set(spec.id, [...perGate.get(spec.id) ?? [], { tenant: t.tenant, verdict }]);
          if (!failure && verdict.status !== "passed" && settingsRequired(c, spec.id))
            failure = {
              gate: spec.id,
              message: `${spec.id} failed on ${t.tenant}: ${verdict.reason ?? verdict.status}`
            };
        }
      } catch (error) {
        tenants[i] = { ...tenants[i], error: errorMessage(error) };
        const diagnosed = installFailureGate(error, { id: "verify", title: "verify" });
        failure = {
          message: `the upgrade on ${t.tenant} failed: ${diagnosed?.reason ?? errorMessage(error)}`,
          error
        };
        for (const spec of after)
          perGate.set(spec.id, [
            ...perGate.get(spec.id) ?? [],
            {
              tenant: t.tenant,
              verdict: {
                status: "failed",
                reason: failure.message,
                evidence: diagnosed?.evidence ?? [],
                ...diagnosed?.fix ? { fix: diagnosed.fix } : {}
              }
            }
          ]);
      }
      if (failure) {
        return await rollBackTouched(s, c, touched, entry, failure, {
          tenants,
          perGate,
          after,
          before,
          finish,
          ctx,
          notes
        });
      }
    }
    const afterGates = after.map((spec) => mergeTenants(spec, c, perGate.get(spec.id) ?? []));
    const gates = [...before, ...afterGates];
    entry = await s.ledger.update(
      entry,
      {
        state: "success",
        description: `promoted ${artifact.version} to ${changes.length} tenant${changes.length > 1 ? "s" : ""}; checklist ${describeGates(gates)}`,
        checklist: summaryOf(gates, pkg, changes)
      },
      ctx.now()
    );
    return await finish("passed", gates, entry);
  } finally {
    await s.close();
  }
}
function settingsRequired(c, id) {
  return c.checklist.gates[id]?.required ?? true;
}
export {
  promoteStage
};
