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
  promoteStage: () => promoteStage
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_LJDLAWVY = require("./chunk-LJDLAWVY.cjs");
var import_chunk_C6RKH7Y3 = require("./chunk-C6RKH7Y3.cjs");
var import_chunk_DPLUOY6K = require("./chunk-DPLUOY6K.cjs");
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
var import_chunk_MRU7FL3X = require("./chunk-MRU7FL3X.cjs");
var import_chunk_5RUZWPG3 = require("./chunk-5RUZWPG3.cjs");
var import_chunk_J3MQ6CG5 = require("./chunk-J3MQ6CG5.cjs");
var import_chunk_Q55RSBNO = require("./chunk-Q55RSBNO.cjs");
var import_chunk_MYI4MX5U = require("./chunk-MYI4MX5U.cjs");
var import_chunk_ZAGPN3OK = require("./chunk-ZAGPN3OK.cjs");
var import_chunk_SZJBJCIK = require("./chunk-SZJBJCIK.cjs");
var import_chunk_VXEUCSCM = require("./chunk-VXEUCSCM.cjs");
var import_chunk_YQ2GBM5X = require("./chunk-YQ2GBM5X.cjs");
var import_chunk_7KON7YZD = require("./chunk-7KON7YZD.cjs");
var import_chunk_YS5KZLZ7 = require("./chunk-YS5KZLZ7.cjs");
var import_chunk_SAEWK2QX = require("./chunk-SAEWK2QX.cjs");
var import_chunk_AQPOEHWX = require("./chunk-AQPOEHWX.cjs");
var import_chunk_Z6ZQYNIY = require("./chunk-Z6ZQYNIY.cjs");
var import_chunk_OMGGYXM6 = require("./chunk-OMGGYXM6.cjs");
var import_chunk_GMYZR33R = require("./chunk-GMYZR33R.cjs");
var import_chunk_RSCBOPBN = require("./chunk-RSCBOPBN.cjs");
var import_chunk_R6ZEAHMN = require("./chunk-R6ZEAHMN.cjs");
var import_chunk_ZFMTKNA4 = require("./chunk-ZFMTKNA4.cjs");
var import_chunk_C7Z2DSUT = require("./chunk-C7Z2DSUT.cjs");
var import_chunk_UTH2BAN3 = require("./chunk-UTH2BAN3.cjs");
var import_chunk_XDFA5MRV = require("./chunk-XDFA5MRV.cjs");
var import_chunk_2YVRSQ6N = require("./chunk-2YVRSQ6N.cjs");
var import_chunk_LO4GP5KN = require("./chunk-LO4GP5KN.cjs");
var import_chunk_CML2VIZG = require("./chunk-CML2VIZG.cjs");
var import_chunk_4XO4ETKR = require("./chunk-4XO4ETKR.cjs");
var import_chunk_CYKMR5N3 = require("./chunk-CYKMR5N3.cjs");
var import_chunk_JBHNGCYE = require("./chunk-JBHNGCYE.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_chunk_SAEB7QK7 = require("./chunk-SAEB7QK7.cjs");
var import_chunk_YK7KIND3 = require("./chunk-YK7KIND3.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var import_node_fs = require("node:fs");
var import_node_path = __dprBuiltin(require("node:path"));
var import_node_path2 = __dprBuiltin(require("node:path"));
var PromoteError = class extends import_chunk_NG6BV4S6.CheckFailedError {
  code = "DPR1214";
};
function stagingProof(environment, history, pkg, cwd, approved, approver = "the person running promote") {
  const { artifact } = pkg;
  const digest = `sha256 ${artifact.sha256.slice(0, 12)}\u2026`;
  const entry = history.find((e) => e.action === "deploy" && e.digest === artifact.sha256);
  const deployAgain = `Deploy this exact file to ${environment} (\`deploy ${import_node_path2.default.basename(artifact.path)} --env ${environment}\`) until every required gate passes, then promote it.`;
  if (!entry) {
    return {
      refusal: `${artifact.identifier} (${digest}) was never deployed to ${environment}: only what passed the ${environment} checklist is promoted`,
      fix: deployAgain,
      gates: [],
      blocking: []
    };
  }
  const record = entry.checklist?.record ? (0, import_chunk_LJDLAWVY.readRecord)(import_node_path2.default.resolve(cwd, entry.checklist.record)) : void 0;
  let gates = record ? (0, import_chunk_LJDLAWVY.gatesOfRecord)(record) : (entry.checklist?.gates ?? []).map((g) => ({
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
      blocking: gates.filter((g) => !(0, import_chunk_LJDLAWVY.promotable)([g]))
    };
  }
  const blocking = gates.filter((g) => !(0, import_chunk_LJDLAWVY.promotable)([g]));
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
var IDENTIFIER = /^[^/\s]+\/[^:\s]+:[^@\s]+@[0-9a-f]{64}$/;
function checkPackageArgument(arg, ctx) {
  const given = import_node_path.default.resolve(ctx.cwd, arg);
  if ((0, import_node_fs.existsSync)(given)) return given;
  if (IDENTIFIER.test(arg)) return void 0;
  throw new PromoteError(
    `${arg} is neither a file nor a plugin identifier (author/name:version@checksum)`,
    "Pass the .difypkg deployed to staging, or its identifier as `deploy` printed it."
  );
}
async function resolvePackage(input, s, fromEnv, ctx) {
  const given = checkPackageArgument(input.package, ctx);
  if (given) return given;
  const stored = (0, import_chunk_WLE2JKKJ.storedPath)(s.store, input.package);
  if ((0, import_node_fs.existsSync)(stored)) return stored;
  const entry = (await (await (0, import_chunk_WLE2JKKJ.readOtherLedger)(fromEnv, input, ctx)).history()).find(
    (e) => e.identifier === input.package
  );
  const { found, tried } = await (0, import_chunk_WLE2JKKJ.obtain)(
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
  const { artifact } = await (0, import_chunk_LJDLAWVY.readPackageInfo)(import_node_path.default.resolve(ctx.cwd, file), []);
  const running = [
    ...new Set(changes.map((t) => t.previous?.identifier).filter((x) => Boolean(x)))
  ];
  if (!running.includes(artifact.identifier)) {
    throw new PromoteError(
      `--previous-package ${file} is ${artifact.identifier}, but ${s.environment} runs ${running.join(", ") || "nothing"}`,
      "Pass the .difypkg of the version the environment runs now (its release asset)."
    );
  }
  (0, import_chunk_WLE2JKKJ.keep)(s.store, artifact);
}
async function rollBackTouched(s, c, touched, entry, failure, r) {
  const { ctx } = r;
  ctx.log(`Promotion failed (${failure.message}): rolling back ${touched.map((t) => t.tenant).join(", ")}`);
  const rolledBack = [];
  const stuck = [];
  let unreachable = false;
  for (const t of [...touched].reverse()) {
    const to = t.previous?.identifier ?? null;
    try {
      const done = await (0, import_chunk_WLE2JKKJ.putBack)(t.target, to, {
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
      if ((0, import_chunk_WLE2JKKJ.isUnreachable)(error)) unreachable = true;
      stuck.push(`${t.tenant}: ${(0, import_chunk_NG6BV4S6.errorMessage)(error)}`);
    }
  }
  const afterGates = r.after.map(
    (spec) => (r.perGate.get(spec.id)?.length ?? 0) > 0 ? (0, import_chunk_LJDLAWVY.mergeTenants)(spec, c, r.perGate.get(spec.id)) : (0, import_chunk_LJDLAWVY.skippedGate)(spec, c, "not run: the promotion stopped before this tenant")
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
      checklist: (0, import_chunk_LJDLAWVY.summaryOf)(gates, c.pkg, touched)
    },
    ctx.now()
  );
  if (untouched.length)
    r.notes.push(`not touched: ${untouched.join(", ")} (still on their previous version)`);
  return r.finish("rolled-back", gates, e, { rolledBack, failure });
}
async function promoteStage(input, ctx) {
  const startedAt = ctx.now();
  checkPackageArgument(input.package, ctx);
  const s = await (0, import_chunk_WLE2JKKJ.openSession)("promote", input, ctx);
  try {
    const fromEnv = input.from ?? s.checklist.stagingEnv;
    const file = await resolvePackage(input, s, fromEnv, ctx);
    const { keys, pkg } = await (0, import_chunk_LJDLAWVY.packageFor)(file, input, s.checklist, ctx);
    const { artifact } = pkg;
    const stagingHistory = await (await (0, import_chunk_WLE2JKKJ.readOtherLedger)(fromEnv, input, ctx)).history();
    const proof = stagingProof(
      fromEnv,
      stagingHistory,
      pkg,
      ctx.cwd,
      input.approve ?? [],
      ctx.env.GITHUB_ACTOR ?? ctx.env.USER
    );
    const ordered = (0, import_chunk_WLE2JKKJ.orderTenants)(s.targets.tenants, input.canary?.length ? input.canary : s.targets.canary);
    const sequence = [...ordered.canary, ...ordered.rest];
    const changes = await (0, import_chunk_LJDLAWVY.changesOf)(s, artifact.pluginId, sequence);
    if (input.previousPackage) await keepPrevious(s, input.previousPackage, changes, ctx);
    const c = (0, import_chunk_LJDLAWVY.gateContext)("promote", s, pkg, input, ctx, {
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
    const own = new Set((0, import_chunk_LJDLAWVY.gatesOf)(import_chunk_LJDLAWVY.GATES, "promote").map((g) => g.id));
    const base = {
      ...(0, import_chunk_LJDLAWVY.resultBase)("promote", s, pkg, tenants, notes),
      rolledBack: [],
      canary: ordered.canary.map((t) => t.tenant),
      ...proof.proof ? { staging: proof.proof } : {}
    };
    const after = (0, import_chunk_LJDLAWVY.gatesOf)(import_chunk_LJDLAWVY.GATES, "promote", "after");
    const finish = async (outcome, gates2, entry2, extra = {}) => {
      c.outcome = outcome === "passed" ? `promoted to ${tenants.length} tenant(s)` : outcome;
      c.decided = (0, import_chunk_LJDLAWVY.order)([...inherited.filter((g) => !own.has(g.id)), ...gates2]);
      const final = await (0, import_chunk_LJDLAWVY.runOnce)((0, import_chunk_LJDLAWVY.gatesOf)(import_chunk_LJDLAWVY.GATES, "promote", "final"), c);
      const all = (0, import_chunk_LJDLAWVY.order)([...inherited.filter((g) => !own.has(g.id)), ...gates2, ...final]);
      const saved = (0, import_chunk_LJDLAWVY.saveRecord)("promote", s, pkg, all, outcome, { startedAt, finishedAt: ctx.now() }, ctx, {
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
        (0, import_chunk_LJDLAWVY.gatesOf)(import_chunk_LJDLAWVY.GATES, "promote").filter((g) => g.phase !== "final").map((g) => (0, import_chunk_LJDLAWVY.skippedGate)(g, c, `not run: ${proof.refusal}`)),
        void 0,
        {
          failure: { message: proof.refusal }
        }
      );
    }
    const before = await (0, import_chunk_LJDLAWVY.runOnce)((0, import_chunk_LJDLAWVY.gatesOf)(import_chunk_LJDLAWVY.GATES, "promote", "before"), c);
    const blocking = before.filter((g) => !(0, import_chunk_LJDLAWVY.promotable)([g]));
    if (blocking.length) {
      const why = `not run: nothing was changed because ${blocking.map((g) => g.id).join(", ")} did not pass`;
      return await finish("refused", [...before, ...after.map((g) => (0, import_chunk_LJDLAWVY.skippedGate)(g, c, why))], void 0, {
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
        [...before, ...after.map((g) => (0, import_chunk_LJDLAWVY.skippedGate)(g, c, "dry run: nothing was changed"))],
        void 0,
        { plan }
      );
    }
    const stored = (0, import_chunk_WLE2JKKJ.keep)(s.store, artifact);
    const previousDigests = Object.fromEntries(
      changes.flatMap((t) => {
        const d = t.previous && s.history.find((e) => e.identifier === t.previous.identifier && e.digest)?.digest;
        return d ? [[t.tenant, d]] : [];
      })
    );
    let entry = await s.ledger.record(
      (0, import_chunk_LJDLAWVY.newEntry)(
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
      await (0, import_chunk_LJDLAWVY.takeSnapshots)(after, c, t);
      const who = changes.length > 1 ? `${t.tenant}: ` : "";
      touched.push(t);
      let failure;
      try {
        t.outcome = await (0, import_chunk_LJDLAWVY.deployPackage)(
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
        for (const { spec, verdict } of await (0, import_chunk_LJDLAWVY.runOnTenant)(after, c, t)) {
          perGate.set(spec.id, [...perGate.get(spec.id) ?? [], { tenant: t.tenant, verdict }]);
          if (!failure && verdict.status !== "passed" && settingsRequired(c, spec.id))
            failure = {
              gate: spec.id,
              message: `${spec.id} failed on ${t.tenant}: ${verdict.reason ?? verdict.status}`
            };
        }
      } catch (error) {
        tenants[i] = { ...tenants[i], error: (0, import_chunk_NG6BV4S6.errorMessage)(error) };
        const diagnosed = (0, import_chunk_LJDLAWVY.installFailureGate)(error, { id: "verify", title: "verify" });
        failure = {
          message: `the upgrade on ${t.tenant} failed: ${diagnosed?.reason ?? (0, import_chunk_NG6BV4S6.errorMessage)(error)}`,
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
    const afterGates = after.map((spec) => (0, import_chunk_LJDLAWVY.mergeTenants)(spec, c, perGate.get(spec.id) ?? []));
    const gates = [...before, ...afterGates];
    entry = await s.ledger.update(
      entry,
      {
        state: "success",
        description: `promoted ${artifact.version} to ${changes.length} tenant${changes.length > 1 ? "s" : ""}; checklist ${(0, import_chunk_LJDLAWVY.describeGates)(gates)}`,
        checklist: (0, import_chunk_LJDLAWVY.summaryOf)(gates, pkg, changes)
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  promoteStage
});
