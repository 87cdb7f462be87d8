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
  currentEntry: () => currentEntry,
  entryOfVersion: () => entryOfVersion,
  environmentDir: () => environmentDir,
  gateSettings: () => gateSettings,
  isUnreachable: () => isUnreachable,
  keep: () => keep,
  lastGood: () => lastGood,
  obtain: () => obtain,
  openSession: () => openSession,
  orderTenants: () => orderTenants,
  putBack: () => putBack,
  readChecklist: () => readChecklist,
  readOtherLedger: () => readOtherLedger,
  storedPath: () => storedPath,
  unsettled: () => unsettled
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_YQ4EF2FE = require("./chunk-YQ4EF2FE.cjs");
var import_chunk_MYPC2CKU = require("./chunk-MYPC2CKU.cjs");
var import_chunk_FXCSIXA6 = require("./chunk-FXCSIXA6.cjs");
var import_chunk_MO7QG43S = require("./chunk-MO7QG43S.cjs");
var import_chunk_QTU2EDDL = require("./chunk-QTU2EDDL.cjs");
var import_chunk_QD5E7H7M = require("./chunk-QD5E7H7M.cjs");
var import_chunk_TPCKOOU5 = require("./chunk-TPCKOOU5.cjs");
var import_chunk_XDFA5MRV = require("./chunk-XDFA5MRV.cjs");
var import_chunk_CYKMR5N3 = require("./chunk-CYKMR5N3.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_node_fs = require("node:fs");
var import_node_path = __dprBuiltin(require("node:path"));
var import_node_path2 = __dprBuiltin(require("node:path"));
var import_node_fs2 = require("node:fs");
var import_node_os = require("node:os");
var import_node_path3 = __dprBuiltin(require("node:path"));
function storeDir(ctx, given) {
  return import_node_path.default.resolve(ctx.cwd, given ?? import_node_path.default.join(".dify-release", "artifacts"));
}
function storedPath(dir, identifier) {
  const [author, name] = (0, import_chunk_MO7QG43S.pluginIdOf)(identifier).split("/");
  const safe = (s) => s.replace(/[^A-Za-z0-9._-]/g, "_");
  return import_node_path.default.join(
    dir,
    safe(author ?? "unknown"),
    `${safe(name ?? "plugin")}-${safe((0, import_chunk_MO7QG43S.versionOf)(identifier))}-${(0, import_chunk_MO7QG43S.checksumOfIdentifier)(identifier).slice(0, 16)}.difypkg`
  );
}
function keep(dir, artifact) {
  const target = storedPath(dir, artifact.identifier);
  if ((0, import_node_fs.existsSync)(target)) return target;
  (0, import_node_fs.mkdirSync)(import_node_path.default.dirname(target), { recursive: true });
  const temp = (0, import_chunk_TPCKOOU5.tempPathFor)(target);
  try {
    (0, import_node_fs.copyFileSync)(artifact.path, temp);
  } catch (error) {
    (0, import_chunk_TPCKOOU5.discardTemp)(temp);
    throw error;
  }
  (0, import_chunk_TPCKOOU5.commit)(temp, target);
  return target;
}
async function obtain(identifier, digest, sources, ctx) {
  const tried = [];
  const matches = async (file) => {
    if (!digest) return true;
    const actual = await (0, import_chunk_QD5E7H7M.sha256File)(file);
    if (actual !== digest)
      tried.push(`${file} has sha256 ${actual.slice(0, 12)}\u2026, not the recorded ${digest.slice(0, 12)}\u2026`);
    return actual === digest;
  };
  for (const [file, from] of [
    [sources.file, "the file given"],
    [storedPath(sources.store, identifier), "the artifact store"]
  ]) {
    if (!file) continue;
    if (!(0, import_node_fs.existsSync)(file)) {
      tried.push(`${from}: no ${file}`);
      continue;
    }
    if (await matches(file)) return { found: { file, from: `${from} (${file})` }, tried };
  }
  if (!sources.url) {
    tried.push("no release asset URL is recorded");
    return { tried };
  }
  const target = storedPath(sources.store, identifier);
  try {
    const token = ctx.env.GITHUB_TOKEN ?? ctx.env.GH_TOKEN;
    const api = (ctx.env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/$/, "");
    const github = token && sources.url.startsWith(api);
    const res = await ctx.ports.http.request({
      url: sources.url,
      headers: github ? { Authorization: `Bearer ${token}`, Accept: "application/octet-stream" } : { Accept: "application/octet-stream" },
      timeoutMs: 12e4,
      signal: ctx.signal,
      ...token ? { secrets: [token] } : {}
    });
    if (res.status !== 200) {
      tried.push(`the release asset ${sources.url} answered HTTP ${res.status}`);
      return { tried };
    }
    (0, import_node_fs.mkdirSync)(import_node_path.default.dirname(target), { recursive: true });
    (0, import_chunk_TPCKOOU5.writeAtomic)(target, Buffer.from(await res.bytes()), 420);
  } catch (error) {
    tried.push(`the release asset ${sources.url} could not be downloaded: ${(0, import_chunk_NG6BV4S6.errorMessage)(error)}`);
    return { tried };
  }
  if (await matches(target))
    return { found: { file: target, from: `the release asset ${sources.url}` }, tried };
  (0, import_node_fs.rmSync)(target, { force: true });
  return { tried };
}
var REQUIRED_BY_DEFAULT = /* @__PURE__ */ new Set([
  "provenance",
  "signature",
  "dependencies",
  "permissions",
  "compatibility",
  "staging",
  "post-upgrade",
  "backup",
  "verify"
]);
var obj = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
var num = (v) => typeof v === "number" && Number.isFinite(v) ? v : void 0;
var str = (v) => typeof v === "string" && v !== "" ? v : void 0;
var strings = (v) => Array.isArray(v) ? v.map(String) : void 0;
function gateSettings(checklist, id) {
  return checklist.gates[id] ?? { required: REQUIRED_BY_DEFAULT.has(id), enabled: true, manual: false };
}
function readChecklist(config) {
  const raw = obj(config.checklist);
  const section = (id) => obj(raw[id]);
  const gates = {};
  for (const id of [...REQUIRED_BY_DEFAULT, "performance", "notify"]) {
    const s = section(id);
    gates[id] = {
      required: typeof s.required === "boolean" ? s.required : REQUIRED_BY_DEFAULT.has(id),
      enabled: s.enabled !== false,
      manual: s.manual === true
    };
  }
  const staging = section("staging");
  const performance = section("performance");
  const permissions = section("permissions");
  const startup = num(staging["startup-seconds"]);
  return {
    stagingEnv: str(raw["staging-env"]) ?? "staging",
    productionEnv: str(raw["production-env"]) ?? "production",
    gates,
    provenance: {
      attestation: section("provenance").attestation === "required" ? "required" : "if-present"
    },
    signature: {
      trustedKeys: (strings(section("signature")["trusted-keys"]) ?? []).map(
        (k) => import_node_path2.default.resolve(config.root, k)
      ),
      allowUnsigned: section("signature")["allow-unsigned"] === true
    },
    permissions: {
      ...strings(permissions.allowed) ? { allowed: strings(permissions.allowed) } : {},
      escalation: permissions.escalation === "allow" ? "allow" : "fail",
      ...num(permissions["max-storage-bytes"]) !== void 0 ? { maxStorageBytes: num(permissions["max-storage-bytes"]) } : {}
    },
    staging: {
      runtime: staging.runtime === "required" || staging.runtime === "ignore" ? staging.runtime : "if-reported",
      startupMs: (startup ?? 60) * 1e3,
      smoke: (Array.isArray(staging.smoke) ? staging.smoke : []).map((s, i) => smokeCall(obj(s), i))
    },
    performance: {
      maxInstallMs: (num(performance["max-install-seconds"]) ?? 300) * 1e3,
      maxSizeBytes: Math.round((num(performance["max-size-mib"]) ?? 50) * 1024 * 1024),
      maxStartupMs: (num(performance["max-startup-seconds"]) ?? 60) * 1e3,
      ...num(performance["max-growth-percent"]) !== void 0 ? { maxGrowthPercent: num(performance["max-growth-percent"]) } : {}
    },
    notify: {
      ...str(section("notify")["webhook-env"]) ? { webhookEnv: str(section("notify")["webhook-env"]) } : {}
    }
  };
}
function smokeCall(s, i) {
  const command = strings(s.command);
  const url = str(s.url);
  const method = s.method === "POST" || s.method === "HEAD" ? s.method : "GET";
  return {
    name: str(s.name) ?? (url ? `${method} ${url}` : command ? command.join(" ") : `smoke call ${i + 1}`),
    ...url ? { url } : {},
    method,
    ...typeof s.body === "string" ? { body: s.body } : {},
    ...str(s["headers-env"]) ? { headersEnv: str(s["headers-env"]) } : {},
    expectStatus: num(s["expect-status"]) ?? 200,
    ...str(s["expect-body"]) ? { expectBody: str(s["expect-body"]) } : {},
    ...command ? { command } : {},
    timeoutMs: (num(s["timeout-seconds"]) ?? 30) * 1e3,
    ...strings(s.environments) ? { environments: strings(s.environments) } : {}
  };
}
function currentEntry(history) {
  return history.find((e) => e.state === "success");
}
function unsettled(history) {
  return history.filter((e) => e.state === "in_progress");
}
function lastGood(history) {
  const current = currentEntry(history);
  if (!current) return void 0;
  const before = Object.values(current.previous).filter((p) => Boolean(p));
  const identifier = before[0];
  if (!identifier || before.some((p) => p !== identifier)) return void 0;
  const digest = current.previousDigests?.[Object.keys(current.previous)[0]] ?? history.find((e) => e.identifier === identifier && e.digest)?.digest;
  return { identifier, ...digest ? { digest } : {}, entry: current };
}
function entryOfVersion(history, version) {
  return history.find(
    (e) => (e.version === version || e.identifier === version) && (e.state === "success" || e.state === "inactive")
  );
}
function isUnreachable(error) {
  return error instanceof import_chunk_MYPC2CKU.TargetError && error.cause instanceof import_chunk_XDFA5MRV.HttpError;
}
var LOST = /not found|upload it firstly/i;
function lost(error) {
  return error instanceof import_chunk_MYPC2CKU.TargetError && !isUnreachable(error) && (LOST.test(error.serverMessage ?? "") || LOST.test(error.message));
}
var NoCopyError = class extends import_chunk_NG6BV4S6.CheckFailedError {
  code = "DPR1210";
};
async function putBack(target, to, o) {
  const started = Date.now();
  const log = o.log ?? (() => {
  });
  const installed = o.installed !== void 0 ? o.installed ?? void 0 : await target.installation(o.pluginId);
  const from = installed?.identifier;
  const done = (action, extra = {}) => ({
    ...from ? { from } : {},
    to,
    action,
    ...extra,
    durationMs: Date.now() - started
  });
  if ((installed?.identifier ?? null) === to)
    return done("unchanged", installed ? { installation: installed } : {});
  if (to === null) {
    log(`Uninstalling ${from} (${o.pluginId} was not installed before)`);
    await target.uninstall(installed.installationId);
    await check(target, o.pluginId, null);
    return done("uninstalled");
  }
  let uploadedFrom;
  const upload = async () => {
    const { found, tried } = await obtain(to, o.digest, o.sources, o.ctx);
    if (!found) {
      throw new NoCopyError(
        `the target lost ${to} and no copy of it is available to upload again: ${tried.join("; ")}`,
        "Download the release asset of that version and pass it with --package FILE (its sha256 must be the one the ledger recorded), then run rollback again."
      );
    }
    log(`The target no longer holds ${to}: uploading it again from ${found.from}`);
    const up = await target.upload(found.file);
    if (up.identifier !== to) {
      throw new NoCopyError(
        `${found.file} is ${up.identifier} according to the target, not ${to}`,
        "Pass the package of the version the ledger names."
      );
    }
    uploadedFrom = found.from;
  };
  const settle2 = async (start) => start.allInstalled || !start.taskId ? void 0 : target.waitForTask(start.taskId, o.wait);
  const retryLost = async (attempt) => {
    try {
      await settle2(await attempt());
    } catch (error) {
      if (!lost(error) || uploadedFrom) throw error;
      await upload();
      await settle2(await attempt());
    }
  };
  if (installed && target.capabilities.upgrade === "in-place") {
    log(`Upgrading ${from} \u2192 ${to}`);
    await retryLost(() => target.upgrade(installed.identifier, to));
    const installation2 = await check(target, o.pluginId, to);
    return done("upgraded", {
      ...installation2 ? { installation: installation2 } : {},
      ...uploadedFrom ? { uploadedFrom } : {}
    });
  }
  if (!installed) {
    log(`Installing ${to}`);
    await retryLost(() => target.install([to]));
    const installation2 = await check(target, o.pluginId, to);
    return done("installed", {
      ...installation2 ? { installation: installation2 } : {},
      ...uploadedFrom ? { uploadedFrom } : {}
    });
  }
  try {
    await target.manifest(to);
  } catch (error) {
    if (isUnreachable(error)) throw error;
    await upload();
  }
  log(
    `The console cannot upgrade a local package in place: uninstalling ${from}, then installing ${to}; the plugin is absent in between`
  );
  const gap = Date.now();
  await target.uninstall(installed.installationId);
  await retryLost(() => target.install([to]));
  const absentMs = Date.now() - gap;
  const installation = await check(target, o.pluginId, to);
  return done("reinstalled", {
    absentMs,
    ...installation ? { installation } : {},
    ...uploadedFrom ? { uploadedFrom } : {}
  });
}
async function check(target, pluginId, want) {
  const now = await target.installation(pluginId);
  if ((now?.identifier ?? null) !== want) {
    throw new import_chunk_MYPC2CKU.TargetError(
      `after putting ${pluginId} back, the target reports ${now?.identifier ?? "nothing"} installed, not ${want ?? "nothing"}`,
      { kind: "task-failed", code: "DPR1106" },
      "Look at the install tasks on the target (`tasks list`)."
    );
  }
  return now;
}
function selectionOf(environment, flags) {
  return {
    environment,
    ...flags.targetUrl ? { url: flags.targetUrl } : {},
    ...flags.targetKind ? { kind: flags.targetKind } : {},
    ...flags.apiKeyEnv ? { apiKeyEnv: flags.apiKeyEnv } : {},
    ...flags.accountEnv ? { accountEnv: flags.accountEnv } : {},
    ...flags.trustedKey?.length ? { trustedKeys: flags.trustedKey } : {}
  };
}
function isEmbedded(environment, flags, ctx) {
  const base = selectionOf(environment, flags);
  if (base.url) return false;
  return !ctx.config.environments[environment]?.url;
}
async function openEnvironment(environment, flags, ctx) {
  const base = selectionOf(environment, flags);
  const configured = ctx.config.environments[environment];
  const withEnv = configured ? ctx : {
    ...ctx,
    config: {
      ...ctx.config,
      environments: { ...ctx.config.environments, [environment]: { name: environment, extra: {} } }
    }
  };
  const resolved = (0, import_chunk_YQ4EF2FE.resolveSelection)(base, withEnv);
  const kind = resolved.kind ?? (resolved.accountEnv && !resolved.apiKeyEnv ? "console" : /\/console\/api\/?$/.test(resolved.url ?? "") ? "console" : "daemon");
  const names = flags.tenant?.length ? flags.tenant : configured?.tenants ?? [];
  const opened = [];
  const closeAll = async () => {
    for (const t of opened.splice(0).reverse()) await t.target.close().catch(() => void 0);
  };
  try {
    for (const name of names.length ? names : [void 0]) {
      const selection = {
        ...base,
        kind,
        ...name ? kind === "console" ? { workspace: name } : { tenant: name } : {}
      };
      const target = await (0, import_chunk_YQ4EF2FE.openTarget)(selection, withEnv);
      const label = name ?? (kind === "daemon" ? target.info.tenant ?? "default" : "workspace");
      opened.push({ tenant: label, target });
    }
  } catch (error) {
    await closeAll();
    throw error;
  }
  return {
    environment,
    kind,
    embedded: opened[0]?.target.info.embedded === true,
    url: opened[0]?.target.info.url ?? "",
    tenants: opened,
    canary: configured?.canary ?? [],
    close: closeAll
  };
}
function orderTenants(all, canary) {
  const unknown = canary.filter((c) => !all.some((t) => t.tenant === c));
  if (unknown.length > 0) {
    throw new import_chunk_NG6BV4S6.CheckFailedError(
      `canary tenant${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")} ${unknown.length > 1 ? "are" : "is"} not a tenant of the environment (its tenants: ${all.map((t) => t.tenant).join(", ")})`,
      "List the tenant under environments.NAME.tenants in .dify-release.yml (or pass --tenant), or correct --canary."
    );
  }
  const first = canary.map((c) => all.find((t) => t.tenant === c));
  return { canary: first, rest: all.filter((t) => !canary.includes(t.tenant)) };
}
async function githubLink(ctx, given) {
  const token = (0, import_chunk_QTU2EDDL.tokenFor)(given, ctx.env);
  const repo = ctx.env.GITHUB_REPOSITORY ? (0, import_chunk_QTU2EDDL.parseRepo)(ctx.env.GITHUB_REPOSITORY) : void 0;
  if (!token || !repo) return void 0;
  const { api } = (0, import_chunk_QTU2EDDL.connect)(ctx, token);
  const url = (0, import_chunk_QTU2EDDL.runUrl)(ctx.env);
  return {
    deployments: (0, import_chunk_FXCSIXA6.restDeployments)(api, repo),
    repo: `${repo.owner}/${repo.repo}`,
    ref: ctx.env.GITHUB_SHA ?? ctx.env.GITHUB_REF ?? "HEAD",
    ...url ? { runUrl: url } : {}
  };
}
var HISTORY = 20;
var RESOLUTION = /^\[(finished|rolled-back|abandoned) by ([^\]]+)\] /;
var GitHubLedger = class {
  constructor(environment, deployments, options) {
    this.environment = environment;
    this.deployments = deployments;
    this.options = options;
    this.where = `GitHub Deployments of ${options.repo} (environment ${environment})`;
  }
  environment;
  deployments;
  options;
  kind = "github";
  where;
  async history() {
    const list = await this.deployments.list({ environment: this.environment, limit: HISTORY });
    const statuses = await Promise.all(list.map((d) => this.deployments.statuses(d.id)));
    return list.map((d, i) => toEntry(d, statuses[i][0], this.environment));
  }
  async record(entry, at) {
    const { description, environment: _e, ...rest } = entry;
    const payload = {
      ...rest,
      runner: { ...entry.runner ?? {}, ...this.options.runUrl ? { run: this.options.runUrl } : {} }
    };
    const d = await this.deployments.create({
      ref: this.options.ref,
      environment: this.environment,
      payload,
      description: `${entry.action} ${entry.version}`,
      production: this.environment === (this.options.productionEnv ?? "production")
    });
    await this.deployments.setStatus(d.id, {
      state: "in_progress",
      description,
      ...this.options.runUrl ? { logUrl: this.options.runUrl } : {}
    });
    const stamp = at.toISOString();
    return {
      ...entry,
      id: String(d.id),
      state: "in_progress",
      createdAt: d.createdAt || stamp,
      updatedAt: stamp
    };
  }
  async update(entry, change, at) {
    const state = change.state ?? entry.state;
    const resolution = change.resolution ?? entry.resolution;
    const text = change.description ?? entry.description;
    const description = resolution ? `[${resolution.outcome} by ${resolution.by}] ${text}` : text;
    await this.deployments.setStatus(Number(entry.id), {
      state,
      description,
      ...this.options.runUrl ? { logUrl: this.options.runUrl } : {},
      ...state === "success" ? { autoInactive: true } : {}
    });
    return { ...entry, ...change, state, description: text, updatedAt: at.toISOString() };
  }
  async lock() {
    return async () => {
    };
  }
};
function toEntry(d, status, environment) {
  const p = d.payload;
  const text = status?.description ?? d.description;
  const m = RESOLUTION.exec(text);
  const resolution = m ? {
    outcome: m[1],
    by: m[2],
    at: status?.createdAt ?? "",
    message: text.slice(m[0].length)
  } : void 0;
  const record = (v) => v && typeof v === "object" ? v : {};
  return {
    id: String(d.id),
    environment: d.environment || environment,
    action: ["deploy", "promote", "rollback"].includes(String(p.action)) ? p.action : "deploy",
    pluginId: String(p.pluginId ?? String(p.identifier ?? "").split(":")[0]),
    identifier: String(p.identifier ?? ""),
    version: String(p.version ?? ""),
    digest: String(p.digest ?? ""),
    state: stateOf(status?.state),
    tenants: Array.isArray(p.tenants) ? p.tenants.map(String) : [],
    previous: record(p.previous),
    ...p.previousDigests ? { previousDigests: record(p.previousDigests) } : {},
    ...p.source && typeof p.source === "object" ? { source: p.source } : {},
    ...checklistOf(text.replace(RESOLUTION, ""), p.checklist),
    description: m ? text.slice(m[0].length) : text,
    createdAt: d.createdAt,
    updatedAt: status?.createdAt ?? d.createdAt,
    ...p.runner && typeof p.runner === "object" ? { runner: p.runner } : {},
    ...resolution ? { resolution } : {}
  };
}
function stateOf(state) {
  if (state === "success" || state === "inactive") return state;
  if (state === "failure" || state === "error") return "failure";
  return "in_progress";
}
function checklistOf(text, payload) {
  const verdict = /checklist (passed|failed)/.exec(text)?.[1];
  const promoted = /^promoted /.test(text);
  const perms = payload?.permissions;
  const permissions = Array.isArray(perms) ? perms.map(String) : void 0;
  if (!verdict && !promoted && !permissions) return {};
  return {
    checklist: {
      version: 1,
      passed: verdict === "passed" || promoted && verdict !== "failed",
      gates: [],
      ...permissions ? { permissions } : {}
    }
  };
}
function environmentDir(cwd, environment) {
  return import_node_path3.default.join(cwd, ".dify-release", "envs", environment);
}
var LedgerError = class extends import_chunk_NG6BV4S6.EnvironmentError {
  code = "DPR1212";
};
var LockedError = class extends import_chunk_NG6BV4S6.EnvironmentError {
  code = "DPR1207";
};
var LocalLedger = class {
  constructor(environment, dir, shown) {
    this.environment = environment;
    this.dir = dir;
    this.file = import_node_path3.default.join(dir, "ledger.json");
    this.lockFile = import_node_path3.default.join(dir, "ledger.lock");
    this.where = shown ?? this.file;
  }
  environment;
  dir;
  kind = "local";
  file;
  where;
  lockFile;
  async history() {
    return [...this.read().entries].reverse();
  }
  async record(entry, at) {
    const data = this.read();
    const last = data.entries.at(-1);
    const id = String((last ? Number(last.id) || data.entries.length : 0) + 1);
    const stamp = at.toISOString();
    const full = {
      ...entry,
      id,
      state: "in_progress",
      createdAt: stamp,
      updatedAt: stamp,
      runner: { pid: process.pid, host: (0, import_node_os.hostname)(), ...entry.runner ?? {} }
    };
    data.entries.push(full);
    this.write(data);
    return full;
  }
  async update(entry, change, at) {
    const data = this.read();
    const i = data.entries.findIndex((e) => e.id === entry.id);
    if (i < 0) throw new LedgerError(`the ledger ${this.where} has no entry ${entry.id}`);
    const next = { ...data.entries[i], ...change, updatedAt: at.toISOString() };
    data.entries[i] = next;
    this.write(data);
    return next;
  }
  async lock(command) {
    (0, import_chunk_TPCKOOU5.ensureDir)(this.dir);
    const mine = JSON.stringify({
      pid: process.pid,
      host: (0, import_node_os.hostname)(),
      command,
      startedAt: (/* @__PURE__ */ new Date()).toISOString()
    });
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        (0, import_node_fs2.writeFileSync)(this.lockFile, `${mine}
`, { flag: "wx", mode: 384 });
        return async () => this.unlock();
      } catch (error) {
        if (error.code !== "EEXIST") {
          throw new LedgerError(`cannot take the lock ${this.lockFile}: ${(0, import_chunk_NG6BV4S6.errorMessage)(error)}`);
        }
      }
      const holder = this.holder();
      if (holder && holder.pid !== process.pid && holder.host === (0, import_node_os.hostname)() && alive(holder.pid)) {
        throw new LockedError(
          `${this.environment} is locked: \`${holder.command}\` (process ${holder.pid}, started ${holder.startedAt}) is deploying to it now`,
          "Wait for it to finish: two deployments to one environment never interleave. If that process is gone from another machine sharing this directory, delete the lock file named here."
        );
      }
      if (holder && holder.host !== (0, import_node_os.hostname)()) {
        throw new LockedError(
          `${this.environment} is locked by process ${holder.pid} on ${holder.host} (\`${holder.command}\`, started ${holder.startedAt})`,
          `Wait for it; if it is gone, delete ${this.lockFile}.`
        );
      }
      try {
        (0, import_node_fs2.unlinkSync)(this.lockFile);
      } catch {
      }
    }
    throw new LockedError(
      `${this.environment} is locked: another process keeps taking its lock`,
      "Try again."
    );
  }
  unlock() {
    const holder = this.holder();
    if (holder?.pid !== process.pid) return;
    try {
      (0, import_node_fs2.unlinkSync)(this.lockFile);
    } catch {
    }
  }
  holder() {
    try {
      const h = JSON.parse((0, import_node_fs2.readFileSync)(this.lockFile, "utf8"));
      if (typeof h.pid !== "number") return void 0;
      return {
        pid: h.pid,
        host: String(h.host ?? ""),
        command: String(h.command ?? "a deployment"),
        startedAt: String(h.startedAt ?? "")
      };
    } catch {
      return void 0;
    }
  }
  read() {
    let text;
    try {
      text = (0, import_node_fs2.readFileSync)(this.file, "utf8");
    } catch (error) {
      if (error.code === "ENOENT")
        return { format: 1, environment: this.environment, entries: [] };
      throw new LedgerError(`cannot read the ledger ${this.where}: ${(0, import_chunk_NG6BV4S6.errorMessage)(error)}`);
    }
    let data;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new LedgerError(
        `the ledger ${this.where} is not valid JSON (${(0, import_chunk_NG6BV4S6.errorMessage)(error)}); nothing was changed`,
        `Restore it from ${this.where}.bak (the version before the last write), or move it away to start a new history.`
      );
    }
    const d = data;
    if (d?.format !== 1 || !Array.isArray(d.entries)) {
      throw new LedgerError(
        `the ledger ${this.where} is not a ledger of this tool (format ${JSON.stringify(d?.format)})`,
        `Restore it from ${this.where}.bak, or move it away to start a new history.`
      );
    }
    return { format: 1, environment: this.environment, entries: d.entries };
  }
  write(data) {
    (0, import_chunk_TPCKOOU5.ensureDir)(this.dir);
    try {
      const before = (0, import_node_fs2.readFileSync)(this.file);
      (0, import_chunk_TPCKOOU5.writeAtomic)(`${this.file}.bak`, before, 420);
    } catch {
    }
    (0, import_chunk_TPCKOOU5.writeAtomic)(this.file, `${JSON.stringify(data, null, 2)}
`, 420);
  }
};
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
async function openLedger(environment, options, ctx) {
  const choice = options.choice ?? "auto";
  const local = () => {
    const dir = environmentDir(ctx.cwd, environment);
    return new LocalLedger(environment, dir, (0, import_chunk_CYKMR5N3.display)(ctx.cwd, `${dir}/ledger.json`));
  };
  if (choice === "local" || choice === "auto" && (options.embedded || ctx.env.GITHUB_ACTIONS !== "true"))
    return local();
  const link = options.github ?? await githubLink(ctx, options.token);
  if (!link) {
    if (choice === "auto") return local();
    throw new import_chunk_NG6BV4S6.UsageError(
      "--ledger github needs a GitHub token (GITHUB_TOKEN or GH_TOKEN) and GITHUB_REPOSITORY, and one is not set",
      "In Actions give the job `deployments: write` and env GITHUB_TOKEN; elsewhere use --ledger local (a file under .dify-release/envs/)."
    );
  }
  return new GitHubLedger(environment, link.deployments, {
    repo: link.repo,
    ref: link.ref,
    ...link.runUrl ? { runUrl: link.runUrl } : {},
    ...options.productionEnv ? { productionEnv: options.productionEnv } : {}
  });
}
async function settleInterrupted(history, o, ctx) {
  const out = [];
  for (const entry of unsettled(history)) {
    if (ctx.dryRun) continue;
    out.push(await settle(entry, o, ctx));
  }
  return out;
}
async function settle(entry, o, ctx) {
  const log = (m) => ctx.log(m);
  const byName = new Map(o.tenants.map((t) => [t.tenant, t.target]));
  const targets = entry.tenants.map((t) => ({ tenant: t, target: byName.get(t) }));
  const missing = targets.filter((t) => !t.target).map((t) => t.tenant);
  if (missing.length) {
    throw new LedgerStateError(
      `ledger entry ${entry.id} (${entry.action} ${entry.version}) was interrupted on tenant${missing.length > 1 ? "s" : ""} ${missing.join(", ")}, which this command does not reach`,
      "Run the command with the same tenants as the interrupted one (--tenant, or environments.NAME.tenants)."
    );
  }
  const running = {};
  for (const { tenant, target } of targets) {
    await quiet(target, entry.pluginId, o.wait);
    running[tenant] = (await target.installation(entry.pluginId))?.identifier ?? null;
  }
  const say = (outcome, message) => ({ entry, outcome, message });
  const resolve = async (outcome, state, message) => {
    await o.ledger.update(
      entry,
      {
        state,
        description: message,
        resolution: { outcome, by: o.by, at: ctx.now().toISOString(), message }
      },
      ctx.now()
    );
    log(message);
    return say(outcome, message);
  };
  const label = `the interrupted ${entry.action} of ${entry.version} (ledger entry ${entry.id}, ${entry.createdAt})`;
  if (entry.action === "rollback") {
    for (const { target } of targets)
      await putBack(target, entry.identifier, {
        pluginId: entry.pluginId,
        digest: entry.digest,
        sources: { ...entry.source, store: o.store },
        wait: o.wait,
        log,
        ctx
      });
    return resolve(
      "finished",
      "success",
      `${label} was finished: ${entry.environment} runs ${entry.identifier}`
    );
  }
  const changed = targets.filter(({ tenant }) => running[tenant] !== (entry.previous[tenant] ?? null));
  if (entry.action === "deploy") {
    return resolve(
      "abandoned",
      "failure",
      `${label} stopped before its checklist finished; ${entry.environment} runs ${Object.values(running)[0] ?? "nothing"}: deploy again to check it`
    );
  }
  if (changed.length === 0) {
    return resolve(
      "abandoned",
      "failure",
      `${label} had changed nothing yet: ${entry.environment} still runs ${describe(running)}`
    );
  }
  for (const { tenant, target } of changed) {
    try {
      await putBack(target, entry.previous[tenant] ?? null, {
        pluginId: entry.pluginId,
        ...entry.previousDigests?.[tenant] ? { digest: entry.previousDigests[tenant] } : {},
        sources: { store: o.store },
        wait: o.wait,
        log,
        ctx
      });
    } catch (error) {
      if (isUnreachable(error)) throw error;
      throw new LedgerStateError(
        `${label} could not be rolled back on tenant ${tenant}: ${(0, import_chunk_NG6BV4S6.errorMessage)(error)}`,
        "Fix what the message says, then run `rollback` for the environment: the ledger still holds the backup."
      );
    }
  }
  return resolve(
    "rolled-back",
    "failure",
    `${label} was rolled back: ${changed.map((t) => t.tenant).join(", ")} put back on ${describe(entry.previous)}`
  );
}
async function quiet(target, pluginId, wait) {
  const tasks = await target.tasks({ pageSize: 50 }).catch((error) => {
    if (isUnreachable(error)) throw error;
    return [];
  });
  for (const t of tasks) {
    if ((t.status === "running" || t.status === "pending") && t.plugins.some((p) => p.pluginId === pluginId))
      await target.waitForTask(t.id, wait).catch(() => void 0);
  }
}
function describe(map) {
  const values = [...new Set(Object.values(map).map((v) => v ?? "nothing"))];
  return values.join(", ");
}
var LedgerStateError = class extends import_chunk_NG6BV4S6.CheckFailedError {
  code = "DPR1206";
};
function waitOptions(input, ctx) {
  return { timeoutMs: (input.timeout ?? 600) * 1e3, signal: ctx.signal };
}
async function openSession(command, input, ctx) {
  const checklist = readChecklist(ctx.config);
  const embedded = isEmbedded(input.env, input, ctx);
  const ledger = await openLedger(
    input.env,
    {
      embedded,
      productionEnv: checklist.productionEnv,
      ...input.ledger ? { choice: input.ledger } : {},
      ...input.github ? { github: input.github } : {},
      ...input.token ? { token: input.token } : {}
    },
    ctx
  );
  const unlock = await ledger.lock(command);
  let targets;
  try {
    targets = await openEnvironment(input.env, input, ctx);
    const store = storeDir(ctx, input.artifactStore);
    const wait = waitOptions(input, ctx);
    const before = await ledger.history();
    const settled = await settleInterrupted(
      before,
      {
        ledger,
        tenants: targets.tenants,
        checklist,
        store,
        wait,
        targetUrl: targets.url,
        by: `${command} at ${ctx.now().toISOString()}`
      },
      ctx
    );
    const history = settled.length ? await ledger.history() : before;
    const opened = targets;
    return {
      environment: input.env,
      checklist,
      ledger,
      targets: opened,
      store,
      wait,
      settled,
      history,
      async close() {
        await opened.close();
        await unlock();
      }
    };
  } catch (error) {
    await targets?.close();
    await unlock();
    throw error;
  }
}
async function readOtherLedger(environment, input, ctx, flags = {}) {
  return openLedger(
    environment,
    {
      embedded: isEmbedded(environment, flags, ctx),
      ...input.ledger ? { choice: input.ledger } : {},
      ...input.github ? { github: input.github } : {},
      ...input.token ? { token: input.token } : {}
    },
    ctx
  );
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  currentEntry,
  entryOfVersion,
  environmentDir,
  gateSettings,
  isUnreachable,
  keep,
  lastGood,
  obtain,
  openSession,
  orderTenants,
  putBack,
  readChecklist,
  readOtherLedger,
  storedPath,
  unsettled
});
