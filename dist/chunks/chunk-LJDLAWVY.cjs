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
  GATES: () => GATES,
  changesOf: () => changesOf,
  deployPackage: () => deployPackage,
  deployStage: () => deployStage,
  describeGates: () => describeGates,
  gateContext: () => gateContext,
  gatesOf: () => gatesOf,
  gatesOfRecord: () => gatesOfRecord,
  installFailureGate: () => installFailureGate,
  mergeTenants: () => mergeTenants,
  newEntry: () => newEntry,
  order: () => order,
  packageFor: () => packageFor,
  promotable: () => promotable,
  readPackageInfo: () => readPackageInfo,
  readRecord: () => readRecord,
  resultBase: () => resultBase,
  runOnTenant: () => runOnTenant,
  runOnce: () => runOnce,
  saveRecord: () => saveRecord,
  skippedGate: () => skippedGate,
  summaryOf: () => summaryOf,
  takeSnapshots: () => takeSnapshots
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_C6RKH7Y3 = require("./chunk-C6RKH7Y3.cjs");
var import_chunk_DPLUOY6K = require("./chunk-DPLUOY6K.cjs");
var import_chunk_WLE2JKKJ = require("./chunk-WLE2JKKJ.cjs");
var import_chunk_MYPC2CKU = require("./chunk-MYPC2CKU.cjs");
var import_chunk_QD5E7H7M = require("./chunk-QD5E7H7M.cjs");
var import_chunk_CIGYBCEM = require("./chunk-CIGYBCEM.cjs");
var import_chunk_JS5O4ZNU = require("./chunk-JS5O4ZNU.cjs");
var import_chunk_TPCKOOU5 = require("./chunk-TPCKOOU5.cjs");
var import_chunk_MRU7FL3X = require("./chunk-MRU7FL3X.cjs");
var import_chunk_MYI4MX5U = require("./chunk-MYI4MX5U.cjs");
var import_chunk_LO4GP5KN = require("./chunk-LO4GP5KN.cjs");
var import_chunk_CYKMR5N3 = require("./chunk-CYKMR5N3.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_node_path = __dprBuiltin(require("node:path"));
var import_node_fs = require("node:fs");
var import_node_path2 = __dprBuiltin(require("node:path"));
var import_node_fs2 = require("node:fs");
var import_node_fs3 = require("node:fs");
var import_node_path3 = __dprBuiltin(require("node:path"));
var PluginAbsentError = class extends import_chunk_MYPC2CKU.TargetError {
  constructor(previous, cause) {
    super(
      `${previous.pluginId} is not installed now: ${previous.identifier} was uninstalled (the console cannot upgrade in place), then installing the new version failed: ${cause.message}`,
      {
        kind: cause.kind,
        code: cause.code,
        route: cause.route,
        status: cause.status,
        errorType: cause.errorType,
        serverCode: cause.serverCode,
        serverMessage: cause.serverMessage
      },
      `Reinstall ${previous.identifier} (rollback), then fix the new version: ${cause.fix ?? "see the message"}`,
      { cause }
    );
    this.previous = previous;
  }
  previous;
};
async function deployPackage(target, pkg, options = {}) {
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => {
  });
  const started = now();
  if (pkg.sha256) {
    const actual = await (0, import_chunk_QD5E7H7M.sha256File)(pkg.path);
    if (actual !== pkg.sha256) {
      throw new import_chunk_MYPC2CKU.TargetError(
        `${pkg.path} changed since it was built: sha256 ${actual}, recorded ${pkg.sha256}`,
        { kind: "rejected", code: "DPR1111" },
        "Deploy the released file itself (download the release asset again)."
      );
    }
  }
  const upload = await target.upload(pkg.path, { verifySignature: options.verifySignature });
  if (pkg.identifier && upload.identifier !== pkg.identifier) {
    throw new import_chunk_MYPC2CKU.TargetError(
      `the target computed ${upload.identifier} for ${pkg.path}, not the recorded ${pkg.identifier}`,
      { kind: "rejected", code: "DPR1111" },
      "The bytes uploaded are not the artifact that was built; deploy the released file itself."
    );
  }
  const { identifier, pluginId } = upload;
  const previous = await target.installation(pluginId);
  const notes = [];
  const base = { identifier, pluginId, upload, ...previous ? { previous } : {} };
  const finish = async (action, task2, absentMs2) => {
    const installation = await target.installation(pluginId);
    if (installation?.identifier !== identifier) {
      throw new import_chunk_MYPC2CKU.TargetError(
        `after the ${action === "unchanged" ? "upload" : "install"}, the target reports ${installation?.identifier ?? "nothing"} installed for ${pluginId}, not ${identifier}`,
        { kind: "task-failed", code: "DPR1106" },
        "Look at the install tasks on the target (`tasks list`)."
      );
    }
    return {
      ...base,
      action,
      installation,
      ...task2 ? { task: task2 } : {},
      ...absentMs2 !== void 0 ? { absentMs: absentMs2 } : {},
      durationMs: now() - started,
      notes
    };
  };
  const settle = async (start) => start.allInstalled || !start.taskId ? void 0 : target.waitForTask(start.taskId, options.wait);
  if (previous?.identifier === identifier) {
    notes.push(`${identifier} is already installed; nothing to do`);
    return finish("unchanged");
  }
  if (!previous) {
    log(`Installing ${identifier}`);
    return finish("installed", await settle(await target.install([identifier])));
  }
  if (target.capabilities.upgrade === "in-place") {
    log(`Upgrading ${previous.identifier} \u2192 ${identifier}`);
    return finish("upgraded", await settle(await target.upgrade(previous.identifier, identifier)));
  }
  const say = `the console cannot upgrade a local package in place: uninstalling ${previous.identifier}, then installing ${identifier} (as the Dify web UI does); the plugin is absent in between`;
  log(say.charAt(0).toUpperCase() + say.slice(1));
  const gapStart = now();
  await target.uninstall(previous.installationId);
  let task;
  try {
    task = await settle(await target.install([identifier]));
  } catch (error) {
    if (error instanceof import_chunk_MYPC2CKU.TargetError) throw new PluginAbsentError(previous, error);
    throw error;
  }
  const absentMs = now() - gapStart;
  notes.push(
    `uninstalled ${previous.identifier}, then installed ${identifier} (the console has no in-place upgrade); ${pluginId} was absent for ${absentMs} ms`
  );
  return finish("reinstalled", task, absentMs);
}
var INSTALL_KINDS = /* @__PURE__ */ new Set(["rejected", "task-failed", "timeout", "server"]);
function diagnoseError(error) {
  if (error instanceof import_chunk_MYPC2CKU.TaskFailedError) return diagnoseTask(error.task);
  if (!(error instanceof import_chunk_MYPC2CKU.TargetError) || !INSTALL_KINDS.has(error.kind)) return [];
  const text = error.kind === "timeout" ? error.message : error.serverMessage ?? error.message;
  return [(0, import_chunk_C6RKH7Y3.classifyFailure)(text)];
}
function diagnoseTask(task) {
  return task.plugins.filter((p) => p.status === "failed").map((p) => ({
    ...(0, import_chunk_C6RKH7Y3.classifyFailure)(p.message || `install task ${task.id} failed without a message`),
    identifier: p.identifier,
    taskId: task.id
  }));
}
function failureEvidence(d) {
  const out = [`${d.class} (${d.code})${d.identifier ? ` for ${d.identifier}` : ""}: ${d.title}`];
  if (d.matched && d.matched !== d.text.trim()) out.push(`decided by: ${d.matched}`);
  out.push(`the target said: ${d.text}`);
  return out;
}
function failureGateFields(failures) {
  const first = failures[0];
  if (!first) return { reason: "the install failed", evidence: [], fix: "Read the target\u2019s message." };
  return {
    reason: failures.length > 1 ? `${first.title} (and ${failures.length - 1} more)` : first.title,
    evidence: failures.flatMap(failureEvidence),
    fix: [...new Set(failures.map((f) => f.remedy))].join(" ")
  };
}
function installFailureGate(error, gate) {
  const failures = diagnoseError(error);
  const first = failures[0];
  if (!first) return void 0;
  const fields = failureGateFields(failures);
  return {
    id: gate.id,
    title: gate.title,
    required: gate.required ?? true,
    status: "failed",
    reason: fields.reason,
    evidence: fields.evidence,
    fix: fields.fix,
    code: first.code,
    failures
  };
}
var STATE_KINDS = [
  "providers",
  "tools",
  "models",
  "endpoints",
  "strategies",
  "datasources",
  "events"
];
var POST_UPGRADE_GATE = "post-upgrade";
var isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var list = (o, key) => isObject(o) && Array.isArray(o[key]) ? o[key] : [];
function nameOf(item, ...keys) {
  if (typeof item === "string") return item;
  if (!isObject(item)) return "?";
  for (const key of keys) {
    const v = key.split(".").reduce((o, k) => isObject(o) ? o[k] : void 0, item);
    if (typeof v === "string" && v) return v;
  }
  return "?";
}
var PROVIDER_KINDS = [
  ["tool", "tool"],
  ["model", "model"],
  ["endpoint", "endpoint"],
  ["agent_strategy", "agent strategy"],
  ["datasource", "datasource"],
  ["trigger", "trigger"]
];
function exposedState(declaration, identifier) {
  const d = declaration ?? {};
  const sorted = (xs) => [...xs].sort();
  const providers = PROVIDER_KINDS.filter(([k]) => isObject(d[k])).map(
    ([k, label]) => `${label} ${nameOf(d[k], "identity.name", "provider", "name")}`
  );
  return {
    ...identifier ? { identifier } : {},
    providers: sorted(providers),
    tools: sorted(list(d.tool, "tools").map((t) => nameOf(t, "identity.name", "name"))),
    models: sorted(
      list(d.model, "models").map((m) => {
        const type = isObject(m) && typeof m.model_type === "string" ? `${m.model_type}:` : "";
        return `${type}${nameOf(m, "model", "name")}`;
      })
    ),
    endpoints: sorted(
      list(d.endpoint, "endpoints").map((e) => {
        if (!isObject(e)) return nameOf(e);
        return `${typeof e.method === "string" ? `${e.method} ` : ""}${nameOf(e, "path", "name")}`;
      })
    ),
    strategies: sorted(list(d.agent_strategy, "strategies").map((s) => nameOf(s, "identity.name", "name"))),
    datasources: sorted(list(d.datasource, "datasources").map((s) => nameOf(s, "identity.name", "name"))),
    events: sorted(list(d.trigger, "events").map((s) => nameOf(s, "identity.name", "name")))
  };
}
function stateCounts(state) {
  return Object.fromEntries(STATE_KINDS.map((k) => [k, state[k].length]));
}
async function captureState(target, pluginId) {
  const installed = await target.installation(pluginId);
  if (!installed) return void 0;
  const declaration = installed.declaration ?? await target.manifest(installed.identifier);
  return exposedState(declaration, installed.identifier);
}
function countsText(s) {
  const c = stateCounts(s);
  return STATE_KINDS.filter((k) => c[k] > 0 || k === "providers" || k === "tools" || k === "models").map((k) => `${c[k]} ${k}`).join(", ");
}
function postUpgradeGate(before, after) {
  const base = {
    id: POST_UPGRADE_GATE,
    title: "the upgrade kept every provider, model and tool",
    required: true
  };
  if (!before) {
    return {
      ...base,
      status: "skipped",
      reason: "the plugin was not installed before: a first install drops nothing",
      evidence: after ? [`after: ${countsText(after)}`] : []
    };
  }
  const evidence = [
    `before${before.identifier ? ` (${before.identifier})` : ""}: ${countsText(before)}`,
    after ? `after${after.identifier ? ` (${after.identifier})` : ""}: ${countsText(after)}` : "after: not installed"
  ];
  const dropped = STATE_KINDS.flatMap((k) => {
    const now = new Set(after?.[k] ?? []);
    return before[k].filter((name) => !now.has(name)).map((name) => ({ kind: k, name }));
  });
  if (dropped.length === 0) {
    return {
      ...base,
      status: "passed",
      reason: "nothing the plugin exposed before is missing after the upgrade",
      evidence
    };
  }
  const text = dropped.map((d) => `${d.kind.replace(/s$/, "")} ${d.name}`).join(", ");
  return {
    ...base,
    status: "failed",
    reason: `the upgrade dropped ${dropped.length} of what the plugin exposed: ${text}`,
    evidence: [...evidence, ...dropped.map((d) => `dropped: ${d.kind.replace(/s$/, "")} ${d.name}`)],
    code: "DPR1351",
    fix: "The previous version is restored (rollback). Bring back what the new version dropped, or release the removal as a deliberate breaking change (a major version) and migrate its users first.",
    rollback: true
  };
}
var MODEL_KINDS = ["llm", "text_embedding", "rerank", "tts", "speech2text", "moderation"];
function trustedKeys(files, env) {
  const seen = /* @__PURE__ */ new Set();
  const keys = [(0, import_chunk_CIGYBCEM.officialKey)()];
  for (const file of files) {
    if (seen.has(file)) continue;
    seen.add(file);
    keys.push({ ...(0, import_chunk_JS5O4ZNU.loadPublicKey)({ file }, env), official: false });
  }
  return keys;
}
async function readPackageInfo(file, keys) {
  const pkg = await (0, import_chunk_MYI4MX5U.openPackage)(file);
  try {
    const detail = await (0, import_chunk_QD5E7H7M.inspectOpen)(pkg, file, { keys });
    if (!detail.artifact.identifier) {
      throw new import_chunk_NG6BV4S6.CheckFailedError(
        `${file} has no manifest.yaml with a name: it is not a Dify plugin package`,
        "Build it with `dify-plugin-release package`."
      );
    }
    const manifest = detail.manifest?.value ?? {};
    return { artifact: detail.artifact, manifest, permissions: permissionsOf(manifest) };
  } finally {
    await pkg.close();
  }
}
function permissionsOf(declaration) {
  const resource = obj(obj(declaration).resource);
  const p = obj(resource.permission);
  const names = [];
  const on = (v) => obj(v).enabled === true;
  if (on(p.tool)) names.push("tool");
  if (on(p.model)) {
    names.push("model");
    for (const k of MODEL_KINDS) if (obj(p.model)[k] === true) names.push(`model.${k}`);
  }
  if (on(p.node)) names.push("node");
  if (on(p.endpoint)) names.push("endpoint");
  if (on(p.app)) names.push("app");
  let storageBytes;
  if (on(p.storage)) {
    names.push("storage");
    const size = Number(obj(p.storage).size);
    if (Number.isFinite(size)) storageBytes = size;
  }
  return { names: names.sort(), ...storageBytes !== void 0 ? { storageBytes } : {} };
}
function obj(v) {
  return v && typeof v === "object" && !Array.isArray(v) ? v : {};
}
var RECORD_KIND = "dify-plugin-release/checklist";
var RECORD_VERSION = 1;
function recordGates(gates) {
  return gates.map((g) => ({
    id: g.id,
    title: g.title,
    status: g.status,
    required: g.required,
    reason: g.reason ?? null,
    evidence: g.evidence,
    fix: g.fix ?? null
  }));
}
function recordPath(envDir, sha256, command) {
  return import_node_path2.default.join(envDir, "checklists", `${sha256}.${command}.json`);
}
function writeRecord(file, record) {
  (0, import_chunk_TPCKOOU5.ensureDir)(import_node_path2.default.dirname(file));
  (0, import_chunk_TPCKOOU5.writeAtomic)(file, `${JSON.stringify(record, null, 2)}
`, 420);
  return file;
}
function readRecord(file) {
  try {
    const r = JSON.parse((0, import_node_fs.readFileSync)(file, "utf8"));
    return r.kind === RECORD_KIND && r.version === RECORD_VERSION && Array.isArray(r.gates) ? r : void 0;
  } catch {
    return void 0;
  }
}
function gatesOfRecord(r) {
  return r.gates.map((g) => ({
    id: g.id,
    title: g.title,
    status: g.status,
    required: g.required,
    ...g.reason ? { reason: g.reason } : {},
    evidence: g.evidence,
    ...g.fix ? { fix: g.fix } : {}
  }));
}
function gatesOf(specs, command, phase) {
  return specs.filter((s) => s.commands.includes(command) && (!phase || s.phase === phase));
}
function toGate(spec, c, v) {
  const settings = (0, import_chunk_WLE2JKKJ.gateSettings)(c.checklist, spec.id);
  return {
    id: spec.id,
    title: spec.title,
    status: v.status,
    required: settings.required,
    ...v.reason ? { reason: v.reason } : {},
    evidence: v.evidence,
    ...v.fix && v.status !== "passed" ? { fix: v.fix } : {}
  };
}
function skippedGate(spec, c, reason) {
  return toGate(spec, c, { status: "skipped", reason, evidence: [] });
}
async function verdictOf(spec, c, tenant) {
  const settings = (0, import_chunk_WLE2JKKJ.gateSettings)(c.checklist, spec.id);
  c.settings = settings;
  if (!settings.enabled)
    return { status: "skipped", reason: `turned off (checklist.${spec.id}.enabled: false)`, evidence: [] };
  try {
    const v = await spec.run(c, tenant);
    if (settings.manual && v.status === "passed") {
      if (c.approved.has(spec.id)) return { ...v, evidence: [...v.evidence, `approved by ${approver(c)}`] };
      return {
        status: "pending",
        reason: "waits for a person\u2019s approval (checklist." + spec.id + ".manual)",
        evidence: v.evidence,
        fix: `Check it, then promote with --approve ${spec.id} (in Actions, behind the environment's required reviewers).`
      };
    }
    return v;
  } catch (error) {
    return {
      status: "failed",
      reason: (0, import_chunk_NG6BV4S6.errorMessage)(error),
      evidence: [],
      fix: error instanceof import_chunk_NG6BV4S6.DprError && error.fix ? error.fix : "See the message; run the command again once it is fixed."
    };
  }
}
function approver(c) {
  return c.stage.env.GITHUB_ACTOR ?? c.stage.env.USER ?? "the person running promote";
}
async function runOnce(specs, c) {
  const out = [];
  for (const spec of specs) {
    const v = await verdictOf(spec, c);
    const gate = toGate(spec, c, v);
    out.push(gate);
    c.decided.push(gate);
  }
  return out;
}
async function takeSnapshots(specs, c, t) {
  for (const spec of specs) {
    if (!spec.snapshot || !(0, import_chunk_WLE2JKKJ.gateSettings)(c.checklist, spec.id).enabled) continue;
    try {
      t.snapshots.set(spec.id, await spec.snapshot(c, t));
    } catch (error) {
      t.snapshots.set(spec.id, { error: (0, import_chunk_NG6BV4S6.errorMessage)(error) });
    }
  }
}
async function runOnTenant(specs, c, t) {
  const out = [];
  for (const spec of specs) out.push({ spec, verdict: await verdictOf(spec, c, t) });
  return out;
}
function mergeTenants(spec, c, perTenant) {
  if (perTenant.length === 1) return toGate(spec, c, perTenant[0].verdict);
  const rank = { failed: 3, pending: 2, passed: 1, skipped: 0 };
  const worst = perTenant.reduce((a, b) => rank[b.verdict.status] > rank[a.verdict.status] ? b : a);
  return toGate(spec, c, {
    status: worst.verdict.status,
    ...worst.verdict.reason ? { reason: `tenant ${worst.tenant}: ${worst.verdict.reason}` } : {},
    evidence: perTenant.flatMap((p) => p.verdict.evidence.map((e) => `${p.tenant}: ${e}`)),
    ...worst.verdict.fix ? { fix: worst.verdict.fix } : {}
  });
}
var UNKNOWABLE = /* @__PURE__ */ new Set(["compatibility", "post-upgrade"]);
function promotable(gates) {
  return gates.every(
    (g) => !g.required || g.status === "passed" || g.status === "skipped" && (/turned off/.test(g.reason ?? "") || UNKNOWABLE.has(g.id))
  );
}
function keysFor(input, checklist, ctx) {
  const env = ctx.config.environments[input.env];
  return trustedKeys(
    [
      ...(input.trustedKey ?? []).map((k) => import_node_path.default.resolve(ctx.cwd, k)),
      ...checklist.signature.trustedKeys,
      ...env?.trustedKeys ?? []
    ],
    ctx.env
  );
}
async function packageFor(file, input, checklist, ctx) {
  const keys = keysFor(input, checklist, ctx);
  return { keys, pkg: await readPackageInfo(import_node_path.default.resolve(ctx.cwd, file), keys) };
}
function gateContext(command, s, pkg, input, ctx, extra) {
  const memo = /* @__PURE__ */ new Map([["artifactStore", s.store]]);
  return {
    command,
    environment: s.environment,
    stage: ctx,
    pkg,
    checklist: s.checklist,
    settings: { required: true, enabled: true, manual: false },
    history: s.history,
    ...extra.baseline ? { baseline: extra.baseline } : {},
    ...extra.previousOnEnvironment ? { previousOnEnvironment: extra.previousOnEnvironment } : {},
    provenance: {
      ...input.digest ? { digest: input.digest } : {},
      ...input.sums ? { sums: import_node_path.default.resolve(ctx.cwd, input.sums) } : {},
      ...input.attestation ? { attestation: import_node_path.default.resolve(ctx.cwd, input.attestation) } : {}
    },
    keys: extra.keys,
    targetUrl: s.targets.url,
    changes: extra.changes,
    decided: [],
    ...extra.staging ? { staging: extra.staging } : {},
    approved: new Set(extra.approved ?? []),
    memo,
    permissions: pkg.permissions
  };
}
async function changesOf(s, pluginId, order2 = s.targets.tenants) {
  const out = [];
  for (const t of order2) {
    const previous = await t.target.installation(pluginId);
    out.push({
      tenant: t.tenant,
      target: t.target,
      ...previous ? { previous } : {},
      snapshots: /* @__PURE__ */ new Map(),
      facts: {}
    });
  }
  return out;
}
async function baselineFor(s, pkg, changes, input, ctx) {
  const prodEnv = s.checklist.productionEnv;
  let prodHistory = [];
  try {
    prodHistory = prodEnv === s.environment ? s.history : await (await (0, import_chunk_WLE2JKKJ.readOtherLedger)(prodEnv, input, ctx)).history();
  } catch {
    prodHistory = [];
  }
  const prod = (0, import_chunk_WLE2JKKJ.currentEntry)(prodHistory.filter((e) => e.pluginId === pkg.artifact.pluginId));
  if (prod?.checklist?.permissions) {
    return {
      label: `${prodEnv} ${prod.version} (ledger entry ${prod.id})`,
      identifier: prod.identifier,
      permissions: prod.checklist.permissions,
      ...prod.checklist.metrics ? { metrics: prod.checklist.metrics } : {}
    };
  }
  const before = changes.find((c) => c.previous)?.previous;
  if (before && before.identifier !== pkg.artifact.identifier && before.declaration) {
    return {
      label: `${s.environment} ${before.version} (installed before)`,
      identifier: before.identifier,
      permissions: permissionsOf(before.declaration).names
    };
  }
  return void 0;
}
function previousOnEnvironment(s, pkg) {
  const e = (0, import_chunk_WLE2JKKJ.currentEntry)(s.history.filter((h) => h.pluginId === pkg.artifact.pluginId));
  if (!e || e.identifier === pkg.artifact.identifier || !e.checklist?.metrics) return void 0;
  return {
    label: `${e.version} on ${s.environment}`,
    identifier: e.identifier,
    metrics: e.checklist.metrics
  };
}
function summaryOf(gates, pkg, changes, record) {
  const installMs = changes.map((c) => c.outcome?.durationMs).find((v) => v !== void 0);
  const startupMs = changes.map((c) => c.facts.startupMs).find((v) => v !== void 0);
  return {
    version: 1,
    passed: promotable(gates),
    gates: gates.map((g) => ({ id: g.id, status: g.status, required: g.required })),
    ...record ? { record } : {},
    metrics: {
      sizeBytes: pkg.artifact.size,
      ...installMs !== void 0 ? { installMs } : {},
      ...startupMs !== void 0 ? { startupMs } : {}
    },
    permissions: pkg.permissions.names
  };
}
function saveRecord(command, s, pkg, gates, outcome, times, ctx, extra) {
  if (ctx.dryRun) return void 0;
  const record = {
    kind: "dify-plugin-release/checklist",
    version: 1,
    command,
    environment: s.environment,
    target: {
      kind: s.targets.kind,
      url: s.targets.url,
      embedded: s.targets.embedded,
      tenants: s.targets.tenants.map((t) => t.tenant)
    },
    package: {
      file: pkg.artifact.path,
      identifier: pkg.artifact.identifier,
      pluginId: pkg.artifact.pluginId,
      version: pkg.artifact.version,
      sha256: pkg.artifact.sha256,
      size: pkg.artifact.size
    },
    startedAt: times.startedAt.toISOString(),
    finishedAt: times.finishedAt.toISOString(),
    outcome,
    promotable: promotable(gates),
    ledger: { kind: s.ledger.kind, where: s.ledger.where, ...extra.entry ? { entry: extra.entry.id } : {} },
    gates: recordGates(gates),
    ...extra.notes?.length ? { notes: extra.notes } : {}
  };
  const kept = writeRecord(
    recordPath((0, import_chunk_WLE2JKKJ.environmentDir)(ctx.cwd, s.environment), pkg.artifact.sha256, command),
    record
  );
  const copy = extra.copy ? writeRecord(import_node_path.default.resolve(ctx.cwd, extra.copy), record) : void 0;
  return { kept, ...copy ? { copy } : {} };
}
function resultBase(command, s, pkg, tenants, notes) {
  return {
    command,
    environment: s.environment,
    pkg,
    tenants,
    ledger: { kind: s.ledger.kind, where: s.ledger.where },
    settled: s.settled,
    notes,
    target: { kind: s.targets.kind, url: s.targets.url, embedded: s.targets.embedded }
  };
}
var backupGate = {
  id: "backup",
  title: "the current version is recorded and can be reinstalled",
  phase: "before",
  commands: ["deploy", "promote"],
  async run(c) {
    const evidence = [];
    const problems = [];
    const store = c.memo.get("artifactStore");
    const many = c.changes.length > 1;
    for (const t of c.changes) {
      const who = many ? `tenant ${t.tenant}: ` : "";
      const prev = t.previous;
      if (!prev) {
        evidence.push(`${who}${c.pkg.artifact.pluginId} not installed before (nothing to roll back to)`);
        continue;
      }
      const known = c.history.find((e) => e.identifier === prev.identifier && e.digest);
      evidence.push(
        `${who}runs ${prev.identifier}${known ? ` (sha256 ${known.digest.slice(0, 12)}\u2026, ledger entry ${known.id})` : ""}`
      );
      if (prev.identifier === c.pkg.artifact.identifier) continue;
      const ways = [];
      try {
        await t.target.manifest(prev.identifier);
        ways.push("the target still holds its package");
      } catch {
      }
      if (store && (0, import_node_fs2.existsSync)((0, import_chunk_WLE2JKKJ.storedPath)(store, prev.identifier)))
        ways.push("a copy is in the artifact store");
      const url = c.history.find((e) => e.identifier === prev.identifier && e.source?.url)?.source?.url;
      if (url) ways.push(`the release asset ${url}`);
      if (ways.length) evidence.push(`${who}ready to reinstall: ${ways.join("; ")}`);
      else
        problems.push(
          `${who}${prev.identifier} could not be reinstalled: the target does not hold it and no copy is known`
        );
    }
    if (problems.length) {
      return {
        status: "failed",
        reason: problems.join("; "),
        evidence,
        fix: "Put the current version\u2019s .difypkg in the artifact store (deploy it once with this tool, or pass it with --previous-package), so a rollback has something to install."
      };
    }
    evidence.push(`the rollback point is recorded in the ledger before any change`);
    return { status: "passed", evidence };
  }
};
var compatibilityGate2 = {
  id: "compatibility",
  title: "the target\u2019s Dify runs this plugin",
  phase: "before",
  commands: ["deploy", "promote"],
  async run(c) {
    const target = c.changes[0]?.target;
    if (!target) return { status: "skipped", reason: "no tenant to check against", evidence: [] };
    const needs = await (0, import_chunk_DPLUOY6K.pluginNeeds)(c.pkg.artifact.path, c.stage.cwd);
    const gate = await (0, import_chunk_DPLUOY6K.checkCompatibility)(target, needs, {
      configuredDifyVersion: c.stage.config.environments[c.environment]?.difyVersion
    });
    return {
      status: gate.status,
      ...gate.reason ? { reason: gate.reason } : {},
      evidence: gate.evidence ?? [],
      ...gate.fix ? { fix: gate.fix } : {}
    };
  }
};
var dependenciesGate = {
  id: "dependencies",
  title: "requirements pinned and consistent, nothing missing on the target",
  phase: "after",
  commands: ["deploy"],
  async run(c, t) {
    const { artifact } = c.pkg;
    let findings = c.memo.get("dependencyFindings");
    if (!findings) {
      const r = await (0, import_chunk_MRU7FL3X.checkTarget)(artifact.path, { cwd: c.stage.cwd });
      findings = r.findings.filter((f) => f.category === "dependencies");
      c.memo.set("dependencyFindings", findings);
    }
    const say = (f) => `${f.code} ${f.file ? `${f.file}${f.line ? `:${f.line}` : ""}: ` : ""}${f.message}`;
    const errors = findings.filter((f) => f.severity === "error");
    const evidence = [
      errors.length === 0 ? `requirements checked: ${findings.length ? `${findings.length} warning${findings.length > 1 ? "s" : ""}` : "pinned and consistent"}` : `${errors.length} dependency error${errors.length > 1 ? "s" : ""}`,
      ...findings.slice(0, 5).map(say)
    ];
    const missing = await t.target.missing([artifact.identifier]);
    if (missing.length === 0) evidence.push("the target reports nothing missing");
    if (errors.length || missing.length) {
      return {
        status: "failed",
        reason: [
          ...errors.length ? [`the requirements do not hold: ${say(errors[0])}`] : [],
          ...missing.length ? [
            `the target reports missing: ${missing.map((m) => m.identifier + (m.currentIdentifier ? ` (installed: ${m.currentIdentifier})` : "")).join(", ")}`
          ] : []
        ].join("; "),
        evidence,
        fix: "Pin every requirement (name==version or a bounded range) in requirements.txt or pyproject.toml, rebuild, and deploy again."
      };
    }
    return { status: "passed", evidence };
  }
};
var notifyGate = {
  id: "notify",
  title: "the team is told (job summary, webhook)",
  phase: "final",
  commands: ["deploy", "promote"],
  async run(c) {
    const evidence = [];
    const summary = c.stage.env.GITHUB_ACTIONS === "true" && Boolean(c.stage.env.GITHUB_STEP_SUMMARY);
    if (summary) evidence.push("the job summary carries this checklist");
    const variable = c.checklist.notify.webhookEnv;
    if (!variable) {
      if (summary) return { status: "passed", evidence };
      return {
        status: "skipped",
        reason: "no webhook configured (checklist.notify.webhook-env) and no job summary outside GitHub Actions",
        evidence
      };
    }
    const url = c.stage.env[variable];
    if (!url) {
      return {
        status: "failed",
        reason: `${variable}, which should hold the webhook URL, is not set`,
        evidence,
        fix: `Set ${variable} (a repository or environment secret), or remove checklist.notify.webhook-env.`
      };
    }
    if (c.stage.dryRun) return { status: "skipped", reason: "dry run: the webhook is not called", evidence };
    const { artifact } = c.pkg;
    const text = `${c.command} ${artifact.pluginId} ${artifact.version} \u2192 ${c.environment}: ${c.outcome ?? ""}`;
    try {
      const res = await c.stage.ports.http.request({
        method: "POST",
        url,
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          text,
          environment: c.environment,
          identifier: artifact.identifier,
          version: artifact.version,
          digest: artifact.sha256,
          gates: c.decided.map((g) => ({
            id: g.id,
            status: g.status,
            required: g.required,
            reason: g.reason ?? null
          }))
        }),
        timeoutMs: 1e4,
        secrets: [url]
      });
      if (res.status >= 200 && res.status < 300) {
        evidence.push(`the webhook in ${variable} answered HTTP ${res.status}`);
        return { status: "passed", evidence };
      }
      return {
        status: "failed",
        reason: `the webhook in ${variable} answered HTTP ${res.status}`,
        evidence,
        fix: `Check the webhook URL in ${variable}.`
      };
    } catch (error) {
      return {
        status: "failed",
        reason: `the webhook in ${variable} could not be called: ${(0, import_chunk_NG6BV4S6.errorMessage)(error)}`,
        evidence,
        fix: `Check the webhook URL in ${variable}.`
      };
    }
  }
};
var performanceGate = {
  id: "performance",
  title: "size, install time and start-up within budgets",
  phase: "after",
  commands: ["deploy"],
  async run(c, t) {
    const p = c.checklist.performance;
    const size = c.pkg.artifact.size;
    const installMs = t.outcome?.durationMs;
    const startupMs = t.facts.startupMs;
    const before = c.previousOnEnvironment?.metrics;
    const evidence = [];
    const problems = [];
    const growth = (now, then) => then && then > 0 ? ` (${now >= then ? "+" : ""}${Math.round((now - then) / then * 100)}% vs ${c.previousOnEnvironment.label})` : "";
    const over = (now, then) => p.maxGrowthPercent !== void 0 && then !== void 0 && then > 0 && (now - then) / then * 100 > p.maxGrowthPercent;
    evidence.push(
      `package ${(0, import_chunk_CYKMR5N3.formatSize)(size)}${growth(size, before?.sizeBytes)} (budget ${(0, import_chunk_CYKMR5N3.formatSize)(p.maxSizeBytes)})`
    );
    if (size > p.maxSizeBytes)
      problems.push(`the package is ${(0, import_chunk_CYKMR5N3.formatSize)(size)}, over the ${(0, import_chunk_CYKMR5N3.formatSize)(p.maxSizeBytes)} budget`);
    if (over(size, before?.sizeBytes)) problems.push(`the package grew more than ${p.maxGrowthPercent}%`);
    if (installMs !== void 0) {
      evidence.push(
        `install ${installMs} ms${growth(installMs, before?.installMs)} (budget ${p.maxInstallMs / 1e3} s)`
      );
      if (installMs > p.maxInstallMs)
        problems.push(`the install took ${installMs} ms, over the ${p.maxInstallMs / 1e3} s budget`);
      if (over(installMs, before?.installMs) && installMs > 1e3)
        problems.push(`the install is more than ${p.maxGrowthPercent}% slower`);
    }
    if (startupMs !== void 0) {
      evidence.push(`start-up ${startupMs} ms (budget ${p.maxStartupMs / 1e3} s)`);
      if (startupMs > p.maxStartupMs)
        problems.push(`the plugin took ${startupMs} ms to start, over the ${p.maxStartupMs / 1e3} s budget`);
    } else evidence.push("start-up not measured: the target does not report the plugin\u2019s process");
    if (problems.length)
      return {
        status: "failed",
        reason: problems.join("; "),
        evidence,
        fix: "Make the package smaller (drop unused files and dependencies) or its start lighter, or raise the budget in checklist.performance."
      };
    return { status: "passed", evidence };
  }
};
var permissionsGate = {
  id: "permissions",
  title: "requested permissions within the policy, no unapproved escalation",
  phase: "before",
  commands: ["deploy"],
  async run(c) {
    const requested = c.permissions.names;
    const policy = c.checklist.permissions;
    const evidence = [`requests ${requested.length ? requested.join(", ") : "no permission"}`];
    const problems = [];
    const allowedBy = (name) => policy.allowed?.some((a) => a === name || name.startsWith(`${a}.`)) ?? false;
    if (policy.allowed) {
      const outside = requested.filter((n) => !allowedBy(n));
      evidence.push(`policy allows ${policy.allowed.length ? policy.allowed.join(", ") : "nothing"}`);
      if (outside.length)
        problems.push(`${outside.join(", ")} beyond the policy (checklist.permissions.allowed)`);
    }
    if (policy.maxStorageBytes !== void 0 && (c.permissions.storageBytes ?? 0) > policy.maxStorageBytes) {
      problems.push(
        `storage of ${c.permissions.storageBytes} bytes over the policy's ${policy.maxStorageBytes} (checklist.permissions.max-storage-bytes)`
      );
    }
    const before = c.baseline?.permissions;
    if (before) {
      const added = requested.filter((n) => !before.includes(n));
      evidence.push(`${c.baseline.label} requested ${before.length ? before.join(", ") : "no permission"}`);
      const unapproved = added.filter((n) => !allowedBy(n));
      if (added.length && policy.escalation === "allow")
        evidence.push(`new since then: ${added.join(", ")} (escalation: allow)`);
      else if (added.length && unapproved.length === 0)
        evidence.push(`new since then: ${added.join(", ")}, allowed by the policy`);
      else if (unapproved.length)
        problems.push(`escalation since the last release: ${unapproved.join(", ")} not requested before`);
    } else {
      evidence.push("no earlier release to compare with");
    }
    if (problems.length === 0) return { status: "passed", evidence };
    return {
      status: "failed",
      reason: problems.join("; "),
      evidence,
      fix: "Drop the permission from manifest.yaml (resource.permission), or, if it is intended, add it to checklist.permissions.allowed in .dify-release.yml (a reviewed change), then deploy again."
    };
  }
};
var postUpgradeStateGate = {
  id: "post-upgrade",
  title: "the upgrade kept every provider, model and tool",
  phase: "after",
  commands: ["deploy", "promote"],
  snapshot: (c, t) => captureState(t.target, c.pkg.artifact.pluginId),
  async run(c, t) {
    const taken = t.snapshots.get("post-upgrade");
    if (taken && "error" in taken)
      return {
        status: "skipped",
        reason: `what the plugin exposed before the upgrade could not be read: ${taken.error}`,
        evidence: []
      };
    const before = taken;
    const after = await captureState(t.target, c.pkg.artifact.pluginId);
    const gate = postUpgradeGate(before, after);
    const status = gate.status === "skipped" && !before ? "passed" : gate.status;
    return {
      status,
      ...gate.reason ? { reason: gate.reason } : {},
      evidence: gate.evidence ?? [],
      ...gate.fix ? { fix: gate.fix } : {}
    };
  }
};
var short2 = (d) => `${d.slice(0, 12)}\u2026`;
var provenanceGate = {
  id: "provenance",
  title: "the package is the one that was built (digest)",
  phase: "before",
  commands: ["deploy", "promote"],
  async run(c) {
    const { artifact } = c.pkg;
    const file = import_node_path3.default.basename(artifact.path);
    const evidence = [`sha256 ${artifact.sha256}`];
    const mismatches = [];
    let matched = 0;
    if (c.provenance.digest) {
      const want = c.provenance.digest.trim().toLowerCase();
      if (want === artifact.sha256) {
        matched++;
        evidence.push("equals the digest given with --digest");
      } else mismatches.push(`--digest says ${short2(want)}`);
    }
    const sums = c.provenance.sums ?? import_node_path3.default.join(import_node_path3.default.dirname(artifact.path), "SHA256SUMS");
    const recorded = sumsEntry(sums, file);
    if (recorded) {
      if (recorded === artifact.sha256) {
        matched++;
        evidence.push(`equals ${import_node_path3.default.basename(sums)}'s line for ${file}`);
      } else mismatches.push(`${import_node_path3.default.basename(sums)} records ${short2(recorded)} for ${file}`);
    } else if (c.provenance.sums) {
      mismatches.push(`${c.provenance.sums} has no line for ${file}`);
    }
    const attestation = c.provenance.attestation ?? `${artifact.path}.sigstore.json`;
    const att = (0, import_node_fs3.existsSync)(attestation) ? attestationSubjects(attestation) : void 0;
    if (att) {
      if (att.error) mismatches.push(`${import_node_path3.default.basename(attestation)}: ${att.error}`);
      else if (att.digests.includes(artifact.sha256)) {
        matched++;
        evidence.push(
          `an attestation subject in ${import_node_path3.default.basename(attestation)} has this digest (its signature and signer are checked by \`gh attestation verify\`)`
        );
      } else
        mismatches.push(
          `${import_node_path3.default.basename(attestation)} attests ${att.digests.map(short2).join(", ") || "no digest"}`
        );
    } else if (c.checklist.provenance.attestation === "required") {
      mismatches.push(
        `no attestation (${import_node_path3.default.basename(attestation)}) though checklist.provenance.attestation is required`
      );
    }
    if (c.staging) {
      evidence.push(`the same sha256 passed ${c.staging.environment} (${c.staging.when})`);
      matched++;
    }
    if (mismatches.length > 0) return tampered(evidence, mismatches);
    if (matched === 0) {
      return {
        status: "failed",
        reason: `no digest was recorded for ${file}: its origin cannot be checked`,
        evidence,
        fix: "Deploy the file `package` or `sign` wrote (SHA256SUMS is next to it), or pass --digest with the sha256 the build reported."
      };
    }
    return { status: "passed", evidence };
  }
};
function tampered(evidence, mismatches) {
  return {
    status: "failed",
    reason: `the package's digest differs from the one recorded at build: ${mismatches.join("; ")}`,
    evidence,
    fix: "Do not deploy this file: download the release asset again (or rebuild), and check nothing rewrote it between the stages."
  };
}
function sumsEntry(file, name) {
  let text;
  try {
    text = (0, import_node_fs3.readFileSync)(file, "utf8");
  } catch {
    return void 0;
  }
  for (const line of text.split("\n")) {
    const m = /^([0-9a-fA-F]{64}) [ *](.+?)\r?$/.exec(line);
    if (m && import_node_path3.default.basename(m[2]) === name) return m[1].toLowerCase();
  }
  return void 0;
}
function attestationSubjects(file) {
  let doc;
  try {
    doc = JSON.parse((0, import_node_fs3.readFileSync)(file, "utf8"));
  } catch {
    return { digests: [], error: "not JSON" };
  }
  let statement = doc;
  const envelope = doc.dsseEnvelope;
  if (envelope?.payload) {
    try {
      statement = JSON.parse(Buffer.from(envelope.payload, "base64").toString("utf8"));
    } catch {
      return { digests: [], error: "its envelope does not hold an in-toto statement" };
    }
  }
  const subjects = Array.isArray(statement.subject) ? statement.subject : [];
  const digests = subjects.map((s) => String(s?.digest?.sha256 ?? "").toLowerCase()).filter((d) => /^[0-9a-f]{64}$/.test(d));
  if (subjects.length === 0) return { digests, error: "no in-toto subject" };
  return { digests };
}
var SIGN = "Sign it with `dify-plugin-release sign PKG --key KEY.pem` and trust the public key (--trusted-key, or checklist.signature.trusted-keys), then deploy again.";
var signatureGate = {
  id: "signature",
  title: "the signature verifies with a trusted key",
  phase: "before",
  commands: ["deploy"],
  async run(c) {
    const s = c.pkg.artifact.signature;
    const keys = `checked against ${c.keys.length} key${c.keys.length === 1 ? "" : "s"} (the official one${c.keys.length > 1 ? ` and ${c.keys.length - 1} trusted` : ""})`;
    if (s.state === "verified") {
      return {
        status: "passed",
        evidence: [
          `signed${s.category ? ` (${s.category})` : ""} by ${s.signer?.official ? "the official key" : s.signer?.origin ?? "a trusted key"}${s.signer ? ` ${(0, import_chunk_LO4GP5KN.short)(s.signer.fingerprint)}` : ""}`,
          ...s.time ? [`signed at ${new Date(s.time * 1e3).toISOString()}`] : []
        ]
      };
    }
    if (s.state === "unsigned" && c.checklist.signature.allowUnsigned) {
      return {
        status: "passed",
        evidence: [
          "unsigned, allowed by checklist.signature.allow-unsigned (the target must accept unsigned packages too)"
        ]
      };
    }
    return {
      status: "failed",
      reason: `the package is ${s.state}: ${s.reason}`,
      evidence: [keys],
      fix: s.state === "untrusted" ? `Trust the signer's public key with --trusted-key PEM (or checklist.signature.trusted-keys), or ${SIGN.charAt(0).toLowerCase()}${SIGN.slice(1)}` : SIGN
    };
  }
};
function applicable(calls, environment) {
  return calls.filter((c) => !c.environments || c.environments.includes(environment));
}
function fill(text, v, encode = false) {
  return text.replace(
    /\{(environment|tenant|identifier|version|digest|target)\}/g,
    (_, k) => encode && k !== "target" ? encodeURIComponent(v[k]) : v[k]
  );
}
async function runSmoke(call, v, ctx) {
  const started = Date.now();
  if (call.command) {
    const [program, ...args] = call.command.map((a) => fill(a, v));
    const r = await ctx.ports.processes.run(program, args, {
      cwd: ctx.cwd,
      env: {
        ...ctx.env,
        DPR_ENVIRONMENT: v.environment,
        DPR_TENANT: v.tenant,
        DPR_IDENTIFIER: v.identifier,
        DPR_VERSION: v.version,
        DPR_DIGEST: v.digest,
        DPR_TARGET_URL: v.target
      },
      timeoutMs: call.timeoutMs,
      maxBuffer: 64 * 1024
    });
    const last = `${r.stderr}
${r.stdout}`.trim().split("\n").filter(Boolean).pop() ?? "";
    if (r.timedOut)
      return { name: call.name, ok: false, detail: `did not finish in ${call.timeoutMs / 1e3} s` };
    return {
      name: call.name,
      ok: r.code === 0,
      detail: `exit ${r.code} in ${r.durationMs} ms${last ? `: ${last.slice(0, 200)}` : ""}`
    };
  }
  const url = fill(call.url, v, true);
  let headers = {};
  if (call.headersEnv) {
    try {
      headers = JSON.parse(ctx.env[call.headersEnv] ?? "{}");
    } catch {
      return { name: call.name, ok: false, detail: `${call.headersEnv} does not hold JSON headers` };
    }
  }
  try {
    const res = await ctx.ports.http.request({
      method: call.method,
      url,
      headers,
      ...call.body !== void 0 ? { body: fill(call.body, v) } : {},
      timeoutMs: call.timeoutMs,
      attempts: 1,
      signal: ctx.signal,
      secrets: Object.values(headers)
    });
    const body = call.method === "HEAD" ? "" : await res.text();
    const ms = Date.now() - started;
    if (res.status !== call.expectStatus)
      return {
        name: call.name,
        ok: false,
        detail: `HTTP ${res.status} (expected ${call.expectStatus}) in ${ms} ms${body ? `: ${body.slice(0, 160)}` : ""}`
      };
    if (call.expectBody && !new RegExp(call.expectBody).test(body))
      return {
        name: call.name,
        ok: false,
        detail: `HTTP ${res.status}, but the body does not match /${call.expectBody}/: ${body.slice(0, 160)}`
      };
    return { name: call.name, ok: true, detail: `HTTP ${res.status} in ${ms} ms` };
  } catch (error) {
    return { name: call.name, ok: false, detail: (0, import_chunk_NG6BV4S6.errorMessage)(error) };
  }
}
async function checkInstalled(c, t, fix) {
  const { artifact } = c.pkg;
  const evidence = [];
  const problems = [];
  const o = t.outcome;
  if (o) {
    const how = o.action === "upgraded" ? `upgraded from ${o.previous?.identifier}` : o.action === "reinstalled" ? `uninstalled ${o.previous?.identifier}, then installed (absent ${o.absentMs} ms)` : o.action === "unchanged" ? "already installed" : "installed";
    evidence.push(`${how}${o.task ? `, task ${o.task.id} ${o.task.status}` : ""} in ${o.durationMs} ms`);
  }
  let installed = o?.installation ?? await t.target.installation(artifact.pluginId);
  if (installed?.identifier !== artifact.identifier) {
    return {
      status: "failed",
      reason: `the target reports ${installed?.identifier ?? "nothing"} installed for ${artifact.pluginId}, not ${artifact.identifier}`,
      evidence,
      fix
    };
  }
  evidence.push(`the target reports ${artifact.identifier} installed`);
  const declared = installed.declaration;
  const m = c.pkg.manifest;
  if (declared) {
    const differs = ["author", "name", "version"].filter((k) => declared[k] !== m[k]);
    if (differs.length)
      problems.push(`the target's declaration differs from the package's manifest in ${differs.join(", ")}`);
    else evidence.push(`its declaration is the package's (${m.author}/${m.name} ${m.version})`);
  }
  const mode = c.checklist.staging.runtime;
  if (mode !== "ignore") {
    const started = Date.now();
    while (installed?.runtime?.status === "starting" && Date.now() - started < c.checklist.staging.startupMs) {
      await new Promise((r) => setTimeout(r, 100));
      installed = await t.target.installation(artifact.pluginId) ?? installed;
    }
    const rt = installed?.runtime;
    if (!rt || rt.status === "not started") {
      if (mode === "required")
        problems.push(
          "the target does not report whether the plugin runs (checklist.staging.runtime: required)"
        );
      else evidence.push("the target does not report whether the plugin runs (no runtime check)");
    } else if (rt.status === "running") {
      const startupMs = rt.startedAt ? Math.max(0, Date.parse(rt.startedAt) - Date.parse(o?.task?.createdAt ?? rt.startedAt)) : void 0;
      if (startupMs !== void 0) t.facts.startupMs = startupMs;
      evidence.push(`the plugin runs${rt.pid ? ` (pid ${rt.pid})` : ""}`);
    } else {
      problems.push(`the plugin is ${rt.status}${rt.message ? `: ${rt.message.slice(-300)}` : ""}`);
    }
  }
  const calls = applicable(c.checklist.staging.smoke, c.environment);
  for (const call of calls) {
    const r = await runSmoke(
      call,
      {
        environment: c.environment,
        tenant: t.tenant,
        identifier: artifact.identifier,
        version: artifact.version,
        digest: artifact.sha256,
        target: c.targetUrl
      },
      c.stage
    );
    if (r.ok) evidence.push(`smoke ${r.name}: ${r.detail}`);
    else problems.push(`smoke ${r.name} failed: ${r.detail}`);
  }
  if (calls.length === 0) evidence.push("no smoke calls configured (checklist.staging.smoke)");
  if (problems.length) return { status: "failed", reason: problems.join("; "), evidence, fix };
  return { status: "passed", evidence };
}
var stagingGate = {
  id: "staging",
  title: "installed and working on the staging target",
  phase: "after",
  commands: ["deploy"],
  run: (c, t) => checkInstalled(
    c,
    t,
    "Read the task message and the smoke calls\u2019 answers; fix the plugin, build and deploy to staging again."
  )
};
var verifyGate = {
  id: "verify",
  title: "the new installation runs and answers (after the upgrade)",
  phase: "after",
  commands: ["promote"],
  async run(c, t) {
    const fix = "The environment was put back on its previous version; fix the new version, deploy it to staging, then promote again.";
    let health;
    try {
      const h = await t.target.health();
      health = `the target answers its health check${h.daemonVersion ? ` (${h.daemonVersion})` : h.difyVersion ? ` (Dify ${h.difyVersion})` : ""}`;
    } catch (error) {
      return {
        status: "failed",
        reason: `the target does not answer its health check: ${(0, import_chunk_NG6BV4S6.errorMessage)(error)}`,
        evidence: [],
        fix
      };
    }
    const v = await checkInstalled(c, t, fix);
    return { ...v, evidence: [...v.evidence, health] };
  }
};
var GATES = [
  provenanceGate,
  signatureGate,
  dependenciesGate,
  permissionsGate,
  compatibilityGate2,
  stagingGate,
  performanceGate,
  postUpgradeStateGate,
  backupGate,
  verifyGate,
  notifyGate
];
async function deployStage(input, ctx) {
  const startedAt = ctx.now();
  const { keys, pkg } = await packageFor(input.package, input, (0, import_chunk_WLE2JKKJ.readChecklist)(ctx.config), ctx);
  const s = await (0, import_chunk_WLE2JKKJ.openSession)("deploy", input, ctx);
  try {
    const { artifact } = pkg;
    const changes = await changesOf(s, artifact.pluginId);
    const c = gateContext("deploy", s, pkg, input, ctx, {
      keys,
      changes,
      baseline: await baselineFor(s, pkg, changes, input, ctx),
      previousOnEnvironment: previousOnEnvironment(s, pkg)
    });
    const notes = [];
    const tenants = changes.map((t) => ({
      tenant: t.tenant,
      ...t.previous ? { from: t.previous.identifier } : {}
    }));
    const before = await runOnce(gatesOf(GATES, "deploy", "before"), c);
    const blocking = before.filter((g) => g.required && g.status === "failed");
    const after = gatesOf(GATES, "deploy", "after");
    const base = resultBase("deploy", s, pkg, tenants, notes);
    const finish = async (outcome, gates2, entry2, extra = {}) => {
      c.outcome = `${outcome}${entry2 ? ` (ledger entry ${entry2.id})` : ""}`;
      c.decided = order(gates2);
      const final = await runOnce(gatesOf(GATES, "deploy", "final"), c);
      const all = order([...gates2, ...final]);
      const saved = saveRecord("deploy", s, pkg, all, outcome, { startedAt, finishedAt: ctx.now() }, ctx, {
        ...entry2 ? { entry: entry2 } : {},
        ...input.record ? { copy: input.record } : {},
        notes
      });
      let done = entry2;
      if (entry2) {
        const passed = promotable(all);
        done = await s.ledger.update(
          entry2,
          {
            state: outcome === "refused" || tenants.some((t) => t.error) ? "failure" : "success",
            description: `checklist ${passed ? "passed" : "failed"}: ${describeGates(all)}`,
            checklist: summaryOf(all, pkg, changes, saved?.kept),
            done: tenants.filter((t) => t.to).map((t) => t.tenant)
          },
          ctx.now()
        );
      }
      return {
        ...base,
        gates: all,
        outcome,
        promotable: promotable(all),
        ...done ? { entry: done } : {},
        ...saved ? { record: saved.kept, ...saved.copy ? { recordCopy: saved.copy } : {} } : {},
        ...extra
      };
    };
    if (blocking.length > 0) {
      const why = `not run: nothing was installed because ${blocking.map((g) => g.id).join(", ")} did not pass`;
      const entry2 = ctx.dryRun ? void 0 : await s.ledger.record(newEntry(s, pkg, changes, input, "refused before any change"), ctx.now());
      return await finish("refused", [...before, ...after.map((g) => skippedGate(g, c, why))], entry2);
    }
    if (ctx.dryRun) {
      const plan = changes.map(
        (t) => `${t.tenant}: upload ${artifact.identifier}, then ${t.previous ? t.previous.identifier === artifact.identifier ? "nothing (already installed)" : s.targets.kind === "console" ? `uninstall ${t.previous.identifier} and install it` : `upgrade ${t.previous.identifier} to it` : "install it"}`
      );
      return await finish(
        "passed",
        [...before, ...after.map((g) => skippedGate(g, c, "dry run: nothing was installed"))],
        void 0,
        { plan }
      );
    }
    const stored = (0, import_chunk_WLE2JKKJ.keep)(s.store, artifact);
    const entry = await s.ledger.record(
      newEntry(
        s,
        pkg,
        changes,
        { ...input, storedFile: stored },
        `deploying ${artifact.version} to ${changes.length} tenant${changes.length > 1 ? "s" : ""}`
      ),
      ctx.now()
    );
    const perGate = /* @__PURE__ */ new Map();
    for (const [i, t] of changes.entries()) {
      await takeSnapshots(after, c, t);
      try {
        t.outcome = await deployPackage(
          t.target,
          { path: artifact.path, identifier: artifact.identifier, sha256: artifact.sha256 },
          { wait: s.wait, log: (m) => ctx.log(changes.length > 1 ? `${t.tenant}: ${m}` : m) }
        );
        tenants[i] = {
          ...tenants[i],
          to: artifact.identifier,
          action: t.outcome.action,
          ...t.outcome.absentMs !== void 0 ? { absentMs: t.outcome.absentMs } : {}
        };
        notes.push(...t.outcome.notes.map((n) => changes.length > 1 ? `${t.tenant}: ${n}` : n));
      } catch (error) {
        tenants[i] = { ...tenants[i], error: (0, import_chunk_NG6BV4S6.errorMessage)(error) };
        if (error instanceof PluginAbsentError && t.previous) {
          await (0, import_chunk_WLE2JKKJ.putBack)(t.target, t.previous.identifier, {
            pluginId: artifact.pluginId,
            sources: { store: s.store },
            wait: s.wait,
            log: (m) => ctx.log(m),
            ctx
          }).then(
            () => notes.push(`${t.tenant}: ${t.previous.identifier} was reinstalled after the failed install`)
          ).catch(
            (e) => notes.push(
              `${t.tenant}: ${t.previous.identifier} could not be reinstalled: ${(0, import_chunk_NG6BV4S6.errorMessage)(e)}`
            )
          );
        }
        const diagnosed = installFailureGate(error, { id: "staging", title: "staging" });
        for (const spec of after) {
          const verdict = spec.id === "staging" ? {
            status: "failed",
            reason: `the install on ${t.tenant} failed: ${diagnosed?.reason ?? (0, import_chunk_NG6BV4S6.errorMessage)(error)}`,
            evidence: diagnosed?.evidence ?? [],
            fix: diagnosed?.fix ?? error.fix ?? "Read the target\u2019s message; fix the package or the target, then deploy again."
          } : { status: "skipped", reason: `not run: the install on ${t.tenant} failed`, evidence: [] };
          perGate.set(spec.id, [...perGate.get(spec.id) ?? [], { tenant: t.tenant, verdict }]);
        }
        continue;
      }
      await s.ledger.update(entry, { done: tenants.filter((x) => x.to).map((x) => x.tenant) }, ctx.now());
      for (const { spec, verdict } of await runOnTenant(after, c, t))
        perGate.set(spec.id, [...perGate.get(spec.id) ?? [], { tenant: t.tenant, verdict }]);
    }
    const afterGates = after.map((spec) => mergeTenants(spec, c, perGate.get(spec.id) ?? []));
    const gates = [...before, ...afterGates];
    return await finish(promotable(gates) ? "passed" : "failed", gates, entry);
  } finally {
    await s.close();
  }
}
function order(gates) {
  const rank = new Map(GATES.map((g, i) => [g.id, i]));
  return [...gates].sort((a, b) => (rank.get(a.id) ?? 99) - (rank.get(b.id) ?? 99));
}
function describeGates(gates) {
  const counts = /* @__PURE__ */ new Map();
  for (const g of gates) counts.set(g.status, (counts.get(g.status) ?? 0) + 1);
  const failed = gates.filter((g) => g.status === "failed").map((g) => g.id);
  return [...counts].map(([k, n]) => `${n} ${k}`).join(", ") + (failed.length ? ` (${failed.join(", ")})` : "");
}
function newEntry(s, pkg, changes, input, description, action = "deploy", previousDigests) {
  const { artifact } = pkg;
  return {
    environment: s.environment,
    action,
    pluginId: artifact.pluginId,
    identifier: artifact.identifier,
    version: artifact.version,
    digest: artifact.sha256,
    tenants: changes.map((t) => t.tenant),
    previous: Object.fromEntries(changes.map((t) => [t.tenant, t.previous?.identifier ?? null])),
    ...previousDigests && Object.keys(previousDigests).length ? { previousDigests } : {},
    ...input.storedFile || input.assetUrl ? {
      source: {
        ...input.storedFile ? { file: input.storedFile } : {},
        ...input.assetUrl ? { url: input.assetUrl } : {}
      }
    } : {},
    checklist: { version: 1, passed: false, gates: [], permissions: pkg.permissions.names },
    description
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  GATES,
  changesOf,
  deployPackage,
  deployStage,
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
});
