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
  DEFAULT_TIMEOUT_SECONDS: () => import_chunk_SXGCD46B.DEFAULT_TIMEOUT_SECONDS,
  testPlugin: () => testPlugin
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_SJW6ZZSJ = require("./chunk-SJW6ZZSJ.cjs");
var import_chunk_ZAGPN3OK = require("./chunk-ZAGPN3OK.cjs");
var import_chunk_7KON7YZD = require("./chunk-7KON7YZD.cjs");
var import_chunk_AQPOEHWX = require("./chunk-AQPOEHWX.cjs");
var import_chunk_R6ZEAHMN = require("./chunk-R6ZEAHMN.cjs");
var import_chunk_ZFMTKNA4 = require("./chunk-ZFMTKNA4.cjs");
var import_chunk_C7Z2DSUT = require("./chunk-C7Z2DSUT.cjs");
var import_chunk_CML2VIZG = require("./chunk-CML2VIZG.cjs");
var import_chunk_OVS5IOGO = require("./chunk-OVS5IOGO.cjs");
var import_chunk_SXGCD46B = require("./chunk-SXGCD46B.cjs");
var import_chunk_JBHNGCYE = require("./chunk-JBHNGCYE.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_chunk_SAEB7QK7 = require("./chunk-SAEB7QK7.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var import_node_fs = require("node:fs");
var import_node_path = __dprBuiltin(require("node:path"));
var import_node_fs2 = require("node:fs");
var import_node_path2 = __dprBuiltin(require("node:path"));
var import_node_crypto = require("node:crypto");
var import_node_fs3 = require("node:fs");
var import_node_os = require("node:os");
var import_node_path3 = __dprBuiltin(require("node:path"));
var import_promises = require("node:timers/promises");
var import_node_crypto2 = require("node:crypto");
var import_node_fs4 = require("node:fs");
var import_node_path4 = __dprBuiltin(require("node:path"));
var import_node_crypto3 = require("node:crypto");
var import_node_fs5 = require("node:fs");
var import_node_path5 = __dprBuiltin(require("node:path"));
var import_node_os2 = require("node:os");
var import_node_path6 = __dprBuiltin(require("node:path"));
var import_node_fs6 = require("node:fs");
var import_node_fs7 = require("node:fs");
var import_node_path7 = __dprBuiltin(require("node:path"));
var import_node_path8 = __dprBuiltin(require("node:path"));
var import_node_path9 = __dprBuiltin(require("node:path"));
var import_node_crypto4 = require("node:crypto");
var import_node_fs8 = require("node:fs");
var import_node_path10 = __dprBuiltin(require("node:path"));
var import_node_url = require("node:url");
var import_node_fs9 = require("node:fs");
var import_node_path11 = __dprBuiltin(require("node:path"));
var import_node_fs10 = require("node:fs");
var import_node_path12 = __dprBuiltin(require("node:path"));
var import_node_fs11 = require("node:fs");
var import_node_path13 = __dprBuiltin(require("node:path"));
var import_node_path14 = __dprBuiltin(require("node:path"));
var import_node_os3 = require("node:os");
var import_node_path15 = __dprBuiltin(require("node:path"));
var import_node_fs12 = require("node:fs");
var import_node_os4 = require("node:os");
var import_node_path16 = __dprBuiltin(require("node:path"));
var import_node_fs13 = require("node:fs");
var import_node_path17 = __dprBuiltin(require("node:path"));
var import_node_fs14 = require("node:fs");
var import_node_path18 = __dprBuiltin(require("node:path"));
var import_node_fs15 = require("node:fs");
var import_node_path19 = __dprBuiltin(require("node:path"));
var import_node_fs16 = require("node:fs");
var import_node_path20 = __dprBuiltin(require("node:path"));
var import_node_fs17 = require("node:fs");
var import_node_path21 = __dprBuiltin(require("node:path"));
var import_node_fs18 = require("node:fs");
var import_node_http = require("node:http");
var import_node_net = require("node:net");
var import_node_path22 = __dprBuiltin(require("node:path"));
function walk(roots, visit) {
  const stack = roots.map((r) => [r, import_node_path4.default.basename(r)]).reverse();
  while (stack.length > 0) {
    const [full, rel] = stack.pop();
    let stat;
    try {
      stat = (0, import_node_fs4.lstatSync)(full, { bigint: true });
    } catch {
      continue;
    }
    visit(full, rel, stat);
    if (!stat.isDirectory()) continue;
    let entries;
    try {
      entries = (0, import_node_fs4.readdirSync)(full, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => a.name < b.name ? 1 : a.name > b.name ? -1 : 0);
    for (const e of entries) stack.push([import_node_path4.default.join(full, e.name), `${rel}/${e.name}`]);
  }
}
function kind(stat) {
  return stat.isDirectory() ? "d" : stat.isFile() ? "f" : stat.isSymbolicLink() ? "l" : "o";
}
function treeFingerprint(roots) {
  const hash = (0, import_node_crypto2.createHash)("sha256");
  let entries = 0;
  walk(roots, (_full, rel, s) => {
    entries++;
    hash.update(`${rel}\0${kind(s)}\0${s.mode}\0${s.size}\0${s.ino}\0${s.mtimeNs}\0${s.ctimeNs}
`);
  });
  return { hash: hash.digest("hex"), entries };
}
function contentFingerprint(roots) {
  const hash = (0, import_node_crypto2.createHash)("sha256");
  const buffer = Buffer.allocUnsafe(1 << 20);
  walk(roots, (full, rel, s) => {
    hash.update(`${rel}\0${kind(s)}\0${s.isDirectory() ? 0 : s.size}\0`);
    if (s.isSymbolicLink()) {
      try {
        hash.update((0, import_node_fs4.readlinkSync)(full));
      } catch {
        hash.update("(unreadable link)");
      }
    } else if (s.isFile()) {
      hashFile(hash, full, buffer);
    }
    hash.update("\n");
  });
  return hash.digest("hex");
}
function hashFile(hash, file, buffer) {
  let fd;
  try {
    fd = (0, import_node_fs4.openSync)(file, "r");
  } catch {
    hash.update("(unreadable)");
    return;
  }
  try {
    for (; ; ) {
      const n = (0, import_node_fs4.readSync)(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      hash.update(buffer.subarray(0, n));
    }
  } finally {
    (0, import_node_fs4.closeSync)(fd);
  }
}
function fingerprints(roots) {
  return { tree: treeFingerprint(roots).hash, content: contentFingerprint(roots) };
}
function verify(roots, stored) {
  const tree = treeFingerprint(roots).hash;
  if (tree === stored.tree) return { intact: true };
  if (contentFingerprint(roots) !== stored.content) return { intact: false };
  return { intact: true, refreshed: tree };
}
function setWritable(roots, writable) {
  const all = [];
  walk(roots, (full, _rel, s) => {
    if (!s.isSymbolicLink()) all.push([full, s]);
  });
  if (!writable) all.reverse();
  for (const [full, s] of all) {
    const mode = Number(s.mode & 0o7777n);
    const next = writable ? mode | 128 : mode & ~146;
    if (next === mode) continue;
    try {
      (0, import_node_fs4.chmodSync)(full, next);
    } catch {
    }
  }
}
function removeTree(dir) {
  try {
    (0, import_node_fs4.rmSync)(dir, { recursive: true, force: true });
  } catch {
    setWritable([dir], true);
    (0, import_node_fs4.rmSync)(dir, { recursive: true, force: true });
  }
}
var ENV_FORMAT = 2;
var MARKER = "dpr-env.json";
function entryRoots(entry) {
  return (0, import_node_fs3.existsSync)(entry.overlay) ? [entry.venv, entry.overlay] : [entry.venv];
}
function cacheDirectory(option, env, cwd) {
  if (option) return import_node_path3.default.resolve(cwd, option);
  if (env.DPR_CACHE_DIR) return import_node_path3.default.resolve(cwd, env.DPR_CACHE_DIR);
  return import_node_path3.default.join((0, import_node_os.homedir)(), ".cache", "dify-plugin-release", "envs");
}
function environmentKey(python, deps) {
  const hash = (0, import_node_crypto.createHash)("sha256").update(
    JSON.stringify([
      ENV_FORMAT,
      python.realpath,
      python.prefix,
      python.version,
      deps.mode,
      deps.fingerprint
    ])
  ).digest("hex").slice(0, 16);
  const [major, minor] = python.version.split(".");
  return `py${major}.${minor}-${deps.mode}-${hash}`;
}
function entryFor(cacheDir, key) {
  const dir = import_node_path3.default.join(cacheDir, key);
  const venv = import_node_path3.default.join(dir, "venv");
  const python = process.platform === "win32" ? import_node_path3.default.join(venv, "Scripts", "python.exe") : import_node_path3.default.join(venv, "bin", "python");
  return { key, dir, venv, python, marker: import_node_path3.default.join(dir, MARKER), overlay: import_node_path3.default.join(dir, "pytest") };
}
function readMarker(entry) {
  let marker;
  try {
    marker = JSON.parse((0, import_node_fs3.readFileSync)(entry.marker, "utf8"));
  } catch {
    return void 0;
  }
  if (!marker || marker.format !== ENV_FORMAT || marker.key !== entry.key) return void 0;
  if (!Array.isArray(marker.missing)) return void 0;
  if (typeof marker.fingerprints?.tree !== "string" || typeof marker.fingerprints?.content !== "string")
    return void 0;
  if (!(0, import_node_fs3.existsSync)(import_node_path3.default.join(entry.venv, "pyvenv.cfg")) || !(0, import_node_fs3.existsSync)(entry.python)) return void 0;
  return marker;
}
function writeMarker(entry, marker) {
  const temp = `${entry.marker}.${process.pid}.tmp`;
  (0, import_node_fs3.writeFileSync)(temp, `${JSON.stringify(marker, null, 2)}
`);
  (0, import_node_fs3.renameSync)(temp, entry.marker);
}
function discard(entry) {
  removeTree(entry.dir);
}
async function withLock(entry, body2, options = {}) {
  const lock = `${entry.dir}.lock`;
  const waitMs = options.waitMs ?? 30 * 6e4;
  const staleMs = options.staleMs ?? 60 * 6e4;
  const started = Date.now();
  let told = false;
  (0, import_node_fs3.mkdirSync)(import_node_path3.default.dirname(lock), { recursive: true });
  for (; ; ) {
    try {
      (0, import_node_fs3.mkdirSync)(lock);
      (0, import_node_fs3.writeFileSync)(import_node_path3.default.join(lock, "owner"), `${(0, import_node_os.hostname)()} ${process.pid}`);
      break;
    } catch (error) {
      if (error.code !== "EEXIST") {
        throw new import_chunk_NG6BV4S6.EnvironmentError(
          `cannot create the environment cache in ${import_node_path3.default.dirname(lock)}: ${error.message}`,
          "Pass --cache-dir (or set DPR_CACHE_DIR) to a writable directory."
        );
      }
      const owner = readOwner(lock);
      if (isStale(lock, owner, staleMs)) {
        (0, import_node_fs3.rmSync)(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() - started > waitMs) {
        throw new import_chunk_NG6BV4S6.EnvironmentError(
          `another run (${owner || "unknown"}) has been building the test environment ${entry.key} for too long`,
          `If no other run is active, delete ${lock}.`
        );
      }
      if (!told) options.onWait?.(owner);
      told = true;
      await (0, import_promises.setTimeout)(200);
    }
  }
  const unlock = () => (0, import_node_fs3.rmSync)(lock, { recursive: true, force: true });
  const release = (0, import_chunk_JBHNGCYE.onInterrupt)(unlock);
  try {
    return await body2();
  } finally {
    release();
    unlock();
  }
}
function readOwner(lock) {
  try {
    return (0, import_node_fs3.readFileSync)(import_node_path3.default.join(lock, "owner"), "utf8").trim();
  } catch {
    return "";
  }
}
function isStale(lock, owner, staleMs) {
  let age = 0;
  try {
    age = Date.now() - (0, import_node_fs3.statSync)(lock).mtimeMs;
  } catch {
    return false;
  }
  if (age > staleMs) return true;
  const [host, pid] = owner.split(" ");
  if (!owner) return age > 1e4;
  if (host !== (0, import_node_os.hostname)() || !pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return error.code === "ESRCH";
  }
}
var PROBE_CACHE = "interpreters";
var SETTINGS = [
  "PYTHONHOME",
  "PYTHONPATH",
  "PYTHONUSERBASE",
  "PYTHONNOUSERSITE",
  "PYTHONPLATLIBDIR",
  "PYTHONSAFEPATH",
  "HOME"
];
function stamp(file) {
  try {
    const s = (0, import_node_fs5.statSync)(file);
    return `${s.ino}:${s.size}:${s.mtimeMs}`;
  } catch {
    return "-";
  }
}
function probeKey(command, env) {
  if (process.platform === "win32") return void 0;
  const resolved = (0, import_chunk_7KON7YZD.onPath)(command, env, process.cwd());
  if (!resolved) return void 0;
  let real;
  try {
    real = (0, import_node_fs5.realpathSync)(resolved);
  } catch {
    return void 0;
  }
  if (!(0, import_chunk_7KON7YZD.isCompiledExecutable)(real)) return void 0;
  const venv = import_node_path5.default.join(import_node_path5.default.dirname(resolved), "..", "pyvenv.cfg");
  const facts = [
    resolved,
    real,
    stamp(real),
    stamp(venv),
    process.getuid?.() ?? 0,
    ...SETTINGS.map((n) => env[n] ?? null)
  ];
  return (0, import_node_crypto3.createHash)("sha256").update(JSON.stringify(facts)).digest("hex").slice(0, 24);
}
function sitesOf(result) {
  const dirs = [...new Set([...result.site ?? [], result.purelib, result.usersite ?? ""].filter(Boolean))];
  return dirs.map((d) => [d, stamp(d)]);
}
function readProbe(cacheDir, key) {
  try {
    const stored = JSON.parse(
      (0, import_chunk_C7Z2DSUT.readRegularText)(import_node_path5.default.join(cacheDir, PROBE_CACHE, `${key}.json`), { maxBytes: 1 << 20 })
    );
    if (!stored?.result || !Array.isArray(stored.sites)) return void 0;
    if (stored.sites.some(([dir, s]) => stamp(dir) !== s)) return void 0;
    return stored.result;
  } catch {
    return void 0;
  }
}
function writeProbe(cacheDir, key, result) {
  try {
    const dir = import_node_path5.default.join(cacheDir, PROBE_CACHE);
    (0, import_node_fs5.mkdirSync)(dir, { recursive: true });
    const file = import_node_path5.default.join(dir, `${key}.json`);
    const temp = `${file}.${process.pid}.tmp`;
    (0, import_node_fs5.writeFileSync)(temp, JSON.stringify({ result, sites: sitesOf(result) }));
    (0, import_node_fs5.renameSync)(temp, file);
  } catch {
  }
}
function stamp2(file) {
  try {
    const s = (0, import_node_fs2.lstatSync)(file, { bigint: true });
    return `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.mode}`;
  } catch {
    return void 0;
  }
}
function list(dir) {
  try {
    return (0, import_node_fs2.readdirSync)(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}
function snapshotCache(cacheDir, entry) {
  const snap = /* @__PURE__ */ new Map();
  snap.set(`tree:${entry.key}`, treeFingerprint([...entryRoots(entry), entry.marker]).hash);
  for (const e of list(cacheDir)) {
    if (e.name === PROBE_CACHE) {
      for (const p of list(import_node_path2.default.join(cacheDir, PROBE_CACHE))) {
        snap.set(`probe:${p.name}`, stamp2(import_node_path2.default.join(cacheDir, PROBE_CACHE, p.name)) ?? "");
      }
    } else if (e.isDirectory() && !e.name.endsWith(".lock")) {
      snap.set(`entry:${e.name}`, stamp2(entryFor(cacheDir, e.name).marker) ?? "");
    }
  }
  return snap;
}
function discardChanged(cacheDir, before, after) {
  const changed = /* @__PURE__ */ new Set();
  for (const [name, value] of after) if (before.get(name) !== value) changed.add(name);
  const discarded = [];
  for (const name of changed) {
    const [kind2, rest] = [name.slice(0, name.indexOf(":")), name.slice(name.indexOf(":") + 1)];
    if (kind2 === "probe") (0, import_node_fs2.rmSync)(import_node_path2.default.join(cacheDir, PROBE_CACHE, rest), { force: true });
    else {
      removeTree(entryFor(cacheDir, rest).dir);
      discarded.push(rest);
    }
  }
  return [...new Set(discarded)];
}
var CHANNELS = /* @__PURE__ */ new Set([
  "GITHUB_ENV",
  "GITHUB_PATH",
  "GITHUB_OUTPUT",
  "GITHUB_STATE",
  "GITHUB_STEP_SUMMARY",
  "SSH_AUTH_SOCK",
  "GPG_AGENT_INFO"
]);
var HIDDEN_PREFIXES = ["ACTIONS_", "INPUT_"];
var INDEX_SETTINGS = /^(?:PIP_(?:INDEX_URL|EXTRA_INDEX_URL|FIND_LINKS|TRUSTED_HOST|CERT|CLIENT_CERT)|UV_(?:INDEX|INDEX_URL|EXTRA_INDEX_URL|DEFAULT_INDEX|FIND_LINKS)|UV_INDEX_[A-Z0-9_]+_(?:USERNAME|PASSWORD))$/;
function isHidden(name, value = "") {
  const upper = (0, import_chunk_CML2VIZG.normalizeVariableName)(name);
  return CHANNELS.has(upper) || HIDDEN_PREFIXES.some((p) => upper.startsWith(p)) || (0, import_chunk_CML2VIZG.isSecretVariable)(name) || (0, import_chunk_CML2VIZG.isSecretValue)(value);
}
function pluginEnvironment(env, passEnv = []) {
  for (const name of passEnv) {
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
      throw new import_chunk_NG6BV4S6.UsageError(
        `--pass-env ${JSON.stringify(name)}: not an environment variable name`,
        "Give the name of one variable, e.g. --pass-env GITHUB_TOKEN (repeat the option for more)."
      );
    }
  }
  const windows = process.platform === "win32";
  const allowed = new Set(passEnv.map((n) => windows ? n.toUpperCase() : n));
  const out = {};
  const index = {};
  const hidden = [];
  for (const [name, value] of Object.entries(env)) {
    if (value === void 0) continue;
    if (isHidden(name, value) && !allowed.has(windows ? name.toUpperCase() : name)) {
      hidden.push(name);
      if (INDEX_SETTINGS.test((0, import_chunk_CML2VIZG.normalizeVariableName)(name))) index[name] = value;
      continue;
    }
    out[name] = value;
  }
  return { env: out, installerEnv: { ...out, ...index }, hidden: hidden.sort() };
}
function redactCredentials(text) {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@'"<>]+@/gi, "$1***@").replace(
    /([?&;][A-Za-z0-9_.-]*(?:token|key|secret|password|passwd|pwd|auth|sig|signature|credential)[A-Za-z0-9_.-]*=)[^&\s#'"<>]+/gi,
    "$1***"
  );
}
var RUNNER_FILES = ["GITHUB_ENV", "GITHUB_PATH", "GITHUB_OUTPUT", "GITHUB_STATE", "GITHUB_STEP_SUMMARY"];
function confinementFor(o) {
  return {
    policy: o.policy,
    mask: RUNNER_FILES.flatMap((name) => o.env[name] ? [o.env[name]] : []),
    // The shared environments (all of them: a forged one for other requirements would pass its own
    // checks), the interpreter whose standard library every environment runs, and the installers'
    // caches (a wheel left there would be installed into the next plugin's environment).
    readonly: [o.cacheDir, o.interpreter.basePrefix, ...installerCaches(o.env)].filter(Boolean),
    writable: o.writable
  };
}
function installerConfinement(o) {
  return {
    policy: o.policy,
    supervisorPython: o.interpreter.executable,
    mask: RUNNER_FILES.flatMap((name) => o.env[name] ? [o.env[name]] : []),
    readonly: [o.cacheDir, o.interpreter.basePrefix].filter(Boolean),
    rebind: [o.entryDir],
    writable: o.writable
  };
}
function installerCaches(env) {
  const xdg = env.XDG_CACHE_HOME || import_node_path6.default.join(env.HOME || (0, import_node_os2.homedir)(), ".cache");
  return [env.PIP_CACHE_DIR || import_node_path6.default.join(xdg, "pip"), env.UV_CACHE_DIR || import_node_path6.default.join(xdg, "uv")];
}
function projectIsPackage(deps) {
  if (deps.mode !== "uv" || !deps.pyproject) return false;
  try {
    const doc = (0, import_chunk_ZAGPN3OK.parse)(deps.pyproject);
    const uv = doc.tool?.uv ?? {};
    if (typeof uv.package === "boolean") return uv.package;
    return typeof doc["build-system"] === "object" && doc["build-system"] !== null;
  } catch {
    return false;
  }
}
function isolationFindings(run, discarded) {
  const out = [];
  const iso = run.isolation;
  if (iso && iso.mode !== "sandbox") {
    const weaker = iso.mode === "supervised" ? "the tests could read what this process can (its environment and descriptors through /proc, the runner\u2019s command files) and write to the shared test environment (checked after the run) and the interpreter; every process they started was still found and killed (a subreaper)" : "the tests could read what this process can and write to the shared test environment (checked after the run); processes that left the process tree may outlive the run";
    out.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR814", `the tests ran without the sandbox (${iso.reason ?? "not available"}): ${weaker}`)
    );
  }
  if (run.leftovers && !run.timedOut) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR815",
        `the tests left ${run.leftovers} process${run.leftovers === 1 ? "" : "es"} running when pytest ended; ${run.leftovers === 1 ? "it was" : "they were"} killed`
      )
    );
  }
  if (discarded.length > 0) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR816",
        `the cached test environment${discarded.length === 1 ? "" : "s"} ${discarded.join(", ")} changed while the plugin's code ran (other plugins with the same requirements share ${discarded.length === 1 ? "it" : "them"}): discarded, the next run builds ${discarded.length === 1 ? "it" : "them"} again`
      )
    );
  }
  return out;
}
var InstallFailedError = class extends Error {
  constructor(command, tail, requirement) {
    super(`${command} failed`);
    this.command = command;
    this.tail = tail;
    this.requirement = requirement;
  }
  command;
  tail;
  requirement;
};
var NETWORK = /Failed to establish a new connection|Name or service not known|Temporary failure in name resolution|Network is unreachable|Connection refused|No route to host|ConnectTimeoutError|ReadTimeoutError|ProxyError|Could not fetch URL|connection broken by|nodename nor servname|getaddrinfo failed|SSLError|dns error|error sending request|tcp connect error|Failed to fetch|Could not connect|network is offline/i;
function isNetworkFailure(output) {
  return NETWORK.test(output);
}
function networkReason(output) {
  const errno = /\[Errno -?\d+\] [^'")\]]+/.exec(output)?.[0];
  if (errno) return redactCredentials(errno.trim());
  const causes = [...output.matchAll(/Caused by: (.+)/g)].map((m) => m[1].trim());
  if (causes.length > 0) return redactCredentials(causes.at(-1)).slice(0, 160);
  const line = output.split("\n").find((l) => NETWORK.test(l)) ?? "";
  return redactCredentials(line.trim()).slice(0, 160);
}
function errorTail(output, lines = 12) {
  return redactCredentials(
    output.split("\n").map((l) => l.trimEnd()).filter((l) => l.trim() && !/^WARNING: Retrying/.test(l) && !/^\s*\[notice\]/.test(l)).slice(-lines).join("\n")
  );
}
function installerEnv(ctx) {
  const env = { ...ctx.env, VIRTUAL_ENV: ctx.venv, PIP_DISABLE_PIP_VERSION_CHECK: "1" };
  for (const name of ["PIP_USER", "PIP_TARGET", "PIP_PREFIX", "PIP_REQUIRE_VIRTUALENV", "PYTHONHOME"])
    delete env[name];
  if (ctx.pipPath) env.PYTHONPATH = [ctx.pipPath, env.PYTHONPATH].filter(Boolean).join(import_node_path9.default.delimiter);
  return env;
}
var PROBE_SCRIPT = `
import sys, json, site, sysconfig, importlib.util as u
def has(name):
    try:
        return u.find_spec(name) is not None
    except Exception:
        return False
def version(name):
    try:
        from importlib import metadata
        return metadata.version(name) if has(name) else None
    except Exception:
        return None
print(json.dumps({
    "executable": sys.executable,
    "version": "%d.%d.%d" % tuple(sys.version_info[:3]),
    "prefix": sys.prefix,
    "base_prefix": getattr(sys, "base_prefix", sys.prefix),
    "pytest": has("pytest"),
    "venv": has("venv"),
    "site": list(site.getsitepackages()) if hasattr(site, "getsitepackages") else [],
    "usersite": site.getusersitepackages() if hasattr(site, "getusersitepackages") else "",
    "purelib": sysconfig.get_paths()["purelib"],
    "dify_plugin": version("dify_plugin"),
}))
`;
var UNSATISFIED_SCRIPT = `
import json, re, sys
from importlib import metadata
try:
    from packaging.requirements import Requirement
except Exception:
    try:
        from pip._vendor.packaging.requirements import Requirement
    except Exception:
        Requirement = None
reqs = json.load(sys.stdin)
missing = []
for i, text in enumerate(reqs):
    if Requirement is None:
        m = re.match(r"\\s*([A-Za-z0-9][A-Za-z0-9._-]*)", text)
        try:
            metadata.version(m.group(1) if m else text)
        except Exception:
            missing.append(i)
        continue
    try:
        r = Requirement(text)
    except Exception:
        missing.append(i)
        continue
    try:
        if r.marker is not None and not r.marker.evaluate():
            continue
    except Exception:
        pass
    try:
        version = metadata.version(r.name)
    except Exception:
        missing.append(i)
        continue
    if r.specifier and not r.specifier.contains(version, prereleases=True):
        missing.append(i)
print(json.dumps(missing))
`;
var PRUNE_SCRIPT = `
import json, re, sys
from importlib import metadata
def norm(name):
    return re.sub(r"[-_.]+", "-", name or "").lower()
TOOLS = ("pip", "setuptools", "wheel")
needed = set(norm(n) for n in json.load(sys.stdin))
present = set()
for d in metadata.distributions():
    name = norm(d.metadata["Name"])
    if name in TOOLS:
        present.add(name)
        continue
    for text in d.requires or []:
        m = re.match(r"\\s*([A-Za-z0-9][A-Za-z0-9._-]*)", text)
        if m and "extra ==" not in text:
            needed.add(norm(m.group(1)))
print(json.dumps(sorted(n for n in present if n not in needed)))
`;
var PROGRESS_PLUGIN_MODULE = "_dpr_pytest_progress";
var PROGRESS_PLUGIN_SCRIPT = `
import json
import os

import pytest

_PATH = os.environ.get("DPR_PROGRESS_FILE")
_FILE = None
_LIMIT = 4000


def _write(record):
    global _FILE
    if not _PATH:
        return
    try:
        if _FILE is None:
            _FILE = open(_PATH, "a", encoding="utf-8")
        _FILE.write(json.dumps(record) + "\\n")
        _FILE.flush()
    except (OSError, ValueError, TypeError):
        pass


def _failure(report, record):
    try:
        text = report.longreprtext
    except Exception:
        text = ""
    record["text"] = text[-_LIMIT:]
    crash = getattr(getattr(report, "longrepr", None), "reprcrash", None)
    if crash is not None:
        record["crash"] = {"path": str(crash.path), "line": crash.lineno, "message": str(crash.message)[:_LIMIT]}
    return record


def pytest_sessionstart(session):
    _write({"e": "start", "pid": os.getpid()})


def pytest_collectstart(collector):
    _write({"e": "collect", "nodeid": collector.nodeid, "path": str(getattr(collector, "path", "") or "")})


def pytest_collectreport(report):
    if report.failed:
        _write(_failure(report, {"e": "collectreport", "nodeid": report.nodeid, "outcome": "failed"}))


def pytest_collection_finish(session):
    _write({"e": "collected", "n": len(session.items)})


def pytest_runtest_logstart(nodeid, location):
    _write({"e": "run", "nodeid": nodeid, "file": location[0], "line": location[1]})


def pytest_runtest_logreport(report):
    record = {"e": "report", "nodeid": report.nodeid, "when": report.when, "outcome": report.outcome}
    if hasattr(report, "wasxfail"):
        record["xfail"] = True
    if report.failed:
        _failure(report, record)
    _write(record)


def pytest_runtest_logfinish(nodeid, location):
    _write({"e": "finished", "nodeid": nodeid})


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session, exitstatus):
    _write({"e": "end", "exitstatus": int(exitstatus)})
`;
function pytestLauncher(rootOnPath) {
  return rootOnPath ? LAUNCH_AS_MODULE : LAUNCH_AS_SCRIPT;
}
var LAUNCH_AS_MODULE = `
import os, sys
sys.path[0] = os.getcwd()
import pytest
raise SystemExit(int(pytest.main()))
`;
var LAUNCH_AS_SCRIPT = `
import sys
if sys.path and sys.path[0] in ("", "."):
    del sys.path[0]
import pytest
raise SystemExit(int(pytest.main()))
`;
var UV_LOCK = "uv.lock";
var REQUIREMENTS = "requirements.txt";
function present(root, name) {
  try {
    (0, import_node_fs8.lstatSync)(import_node_path10.default.join(root, name));
    return true;
  } catch {
    return false;
  }
}
function readDependencyFile(file, label, boundary, maxBytes) {
  try {
    return (0, import_chunk_C7Z2DSUT.readRegularText)(file, { maxBytes, root: boundary });
  } catch (error) {
    if (!(error instanceof import_chunk_C7Z2DSUT.FileReadError)) throw error;
    const why = error.reason === "not-a-file" ? error.message.slice(error.message.lastIndexOf("(")).replace(/^\(|\)$/g, "") : error.reason === "too-large" ? `larger than ${maxBytes} bytes` : error.reason === "outside" ? `a link to a file outside ${boundary}` : error.reason === "missing" ? "missing" : "unreadable";
    throw new import_chunk_NG6BV4S6.CheckFailedError(
      `${label} cannot be read as the plugin's dependency file: it is ${why}`,
      `Make ${label} a regular text file inside the plugin (the installers read it as one).`
    );
  }
}
function readDependencies(root) {
  if (present(root, UV_LOCK)) {
    const lock = readDependencyFile(import_node_path10.default.join(root, UV_LOCK), UV_LOCK, root, import_chunk_ZFMTKNA4.LIMITS.maxPackageBytes);
    const pyproject = present(root, "pyproject.toml") ? readDependencyFile(import_node_path10.default.join(root, "pyproject.toml"), "pyproject.toml", root, import_chunk_ZFMTKNA4.LIMITS.maxTextBytes) : "";
    return {
      mode: "uv",
      file: UV_LOCK,
      fingerprint: `uv.lock
${lock}
pyproject.toml
${pyproject}`,
      requirements: [],
      pyproject
    };
  }
  if (present(root, REQUIREMENTS)) {
    const texts = [];
    const requirements = parseRequirementsFile(root, REQUIREMENTS, texts);
    return { mode: "pip", file: REQUIREMENTS, fingerprint: texts.join("\n"), requirements };
  }
  return { mode: "none", fingerprint: "", requirements: [] };
}
function parseRequirementsFile(root, file, contents = [], seen = /* @__PURE__ */ new Set()) {
  const full = import_node_path10.default.resolve(root, file);
  if (seen.has(full) || seen.size > 20) return [];
  const top = seen.size === 0;
  seen.add(full);
  const boundary = top ? root : (0, import_chunk_SAEB7QK7.repositoryRoot)(root) ?? root;
  const rel = import_node_path10.default.relative(root, full).split(import_node_path10.default.sep).join("/");
  if (!top && !present(import_node_path10.default.dirname(full), import_node_path10.default.basename(full))) return [];
  const text = readDependencyFile(full, rel, boundary, import_chunk_ZFMTKNA4.LIMITS.maxTextBytes);
  contents.push(`${file}
${text}`);
  return requirementsOf(text, rel, {
    include: (target) => parseRequirementsFile(
      root,
      import_node_path10.default.relative(root, import_node_path10.default.resolve(import_node_path10.default.dirname(full), target)),
      contents,
      seen
    ),
    constraint: (target) => contents.push(`-c ${target}
${readOr(import_node_path10.default.resolve(import_node_path10.default.dirname(full), target), boundary)}`),
    local: (target) => contents.push(`local ${target}
${fingerprintPath(import_node_path10.default.resolve(root, target))}`)
  });
}
function parseRequirementsString(text, file) {
  return requirementsOf(text, file, {});
}
function requirementsOf(text, rel, on) {
  const out = [];
  for (const { line, kind: kind2, value } of (0, import_chunk_ZAGPN3OK.parseRequirementsText)(text)) {
    if (kind2 === "include") out.push(...on.include?.(value) ?? []);
    else if (kind2 === "constraint") on.constraint?.(value);
    else if (kind2 === "editable" || kind2 === "requirement") {
      const local = localPath(value);
      if (local !== void 0) on.local?.(local);
      const name = kind2 === "requirement" ? (0, import_chunk_ZAGPN3OK.requirementName)(value) : void 0;
      out.push({ text: value, ...name ? { name } : {}, file: rel, line });
    }
  }
  return out;
}
function localPath(requirement) {
  const target = (/^\S+\s*@\s*(\S+)/.exec(requirement)?.[1] ?? requirement).replace(/#.*$/, "");
  if (/^file:/i.test(target)) {
    try {
      return (0, import_node_url.fileURLToPath)(target);
    } catch {
      return void 0;
    }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) return void 0;
  const bare = target.replace(/\[[^\]]*\]$/, "");
  if (/^(?:\.{1,2}[\\/]|[\\/]|~[\\/]|[A-Za-z]:[\\/])/.test(bare)) return bare;
  if (/\.(?:whl|zip|tar\.gz|tgz|tar\.bz2|tar\.xz)$/i.test(bare)) return bare;
  return void 0;
}
function readOr(file, boundary) {
  try {
    (0, import_node_fs8.lstatSync)(file);
  } catch {
    return "(missing)";
  }
  return readDependencyFile(file, import_node_path10.default.basename(file), boundary, import_chunk_ZFMTKNA4.LIMITS.maxTextBytes);
}
var SKIPPED_DIRS = /* @__PURE__ */ new Set([
  ".git",
  ".hg",
  ".svn",
  "__pycache__",
  ".venv",
  "venv",
  "node_modules",
  "build",
  "dist",
  ".tox",
  ".nox",
  ".mypy_cache",
  ".pytest_cache",
  ".ruff_cache"
]);
function fingerprintPath(target) {
  let stat;
  try {
    stat = (0, import_node_fs8.statSync)(target);
  } catch {
    return "(missing)";
  }
  const hash = (0, import_node_crypto4.createHash)("sha256");
  if (stat.isFile()) return hash.update(readOrSize(target, stat.size)).digest("hex");
  let budget = 64 * 1024 * 1024;
  let files = 0;
  const walk2 = (dir, rel) => {
    let entries;
    try {
      entries = (0, import_node_fs8.readdirSync)(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const e of entries) {
      const full = import_node_path10.default.join(dir, e.name);
      const name = `${rel}${e.name}`;
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.has(e.name) && !e.name.endsWith(".egg-info")) walk2(full, `${name}/`);
      } else if (e.isFile() && !/\.py[co]$/.test(e.name)) {
        if (++files > 2e4) return;
        const s = (0, import_node_fs8.statSync)(full, { throwIfNoEntry: false });
        if (!s) continue;
        hash.update(`${name}\0`);
        if (s.size <= budget) {
          budget -= s.size;
          hash.update(readOrSize(full, s.size));
        } else {
          hash.update(`${s.size} ${s.mtimeMs}`);
        }
      }
    }
  };
  walk2(target, "");
  return hash.digest("hex");
}
function readOrSize(file, size) {
  try {
    return (0, import_chunk_C7Z2DSUT.readRegularFile)(file, { maxBytes: Math.max(size, 1) * 2 + 1024 });
  } catch {
    return `(not a regular file, ${size} bytes)`;
  }
}
var IMPORT_NAMES = {
  pyyaml: ["yaml"],
  beautifulsoup4: ["bs4"],
  pillow: ["pil"],
  "scikit-learn": ["sklearn"],
  "python-dateutil": ["dateutil"],
  "opencv-python": ["cv2"],
  "opencv-python-headless": ["cv2"],
  protobuf: ["google"],
  "python-dotenv": ["dotenv"],
  pymupdf: ["fitz"],
  attrs: ["attr", "attrs"],
  "python-docx": ["docx"],
  "python-pptx": ["pptx"],
  "google-generativeai": ["google"],
  "google-genai": ["google"],
  "mysql-connector-python": ["mysql"],
  "psycopg2-binary": ["psycopg2"],
  pyjwt: ["jwt"]
};
function requirementForModule(module2, requirements) {
  const top = (0, import_chunk_ZAGPN3OK.normalizeName)(module2.split(".")[0] ?? module2);
  return requirements.find((r) => {
    if (!r.name) return false;
    const name = (0, import_chunk_ZAGPN3OK.normalizeName)(r.name);
    return name === top || name === `python-${top}` || name === `py${top}` || (IMPORT_NAMES[name] ?? []).some((m) => (0, import_chunk_ZAGPN3OK.normalizeName)(m) === top);
  });
}
async function uvSync(ctx) {
  await requireUv(ctx);
  const env = { ...installerEnv(ctx), UV_PROJECT_ENVIRONMENT: ctx.venv };
  const base = [
    "sync",
    "--frozen",
    "--all-groups",
    "--no-install-project",
    "--compile-bytecode",
    "--python",
    ctx.python
  ];
  const uv = (args) => ctx.tree.run("uv", args, { cwd: ctx.root, env, timeoutMs: ctx.timeoutMs });
  ctx.log("Installing uv.lock (uv sync --frozen, offline first)");
  if ((await uv([...base, "--offline"])).code === 0) return [];
  const online = await uv(base);
  if (online.code === 0) return [];
  const output = `${online.stdout}
${online.stderr}`;
  if (online.timedOut || !isNetworkFailure(output)) {
    throw new InstallFailedError(
      "uv sync --frozen",
      online.timedOut ? `timed out after ${ctx.timeoutMs / 1e3} s` : errorTail(output)
    );
  }
  const reason = `no package index could be reached (${networkReason(output)})`;
  const requirements = await uvRequirements(ctx, env);
  return installOneByOne(
    ctx,
    requirements,
    reason,
    (text) => uv(["pip", "install", "--offline", "--python", ctx.python, text])
  );
}
async function requireUv(ctx) {
  const r = await ctx.tree.run("uv", ["--version"], { env: ctx.env, timeoutMs: import_chunk_OVS5IOGO.QUICK_TIMEOUT_MS });
  if (r.code === 0) return;
  throw new import_chunk_NG6BV4S6.EnvironmentError(
    "the plugin has uv.lock, and installing it needs uv, which is not installed",
    "Install uv (https://docs.astral.sh/uv/getting-started/installation/); in GitHub Actions, actions/test sets it up when the plugin has uv.lock."
  );
}
async function uvRequirements(ctx, env) {
  const r = await ctx.tree.run(
    "uv",
    [
      "export",
      "--frozen",
      "--all-groups",
      "--no-hashes",
      "--no-emit-project",
      "--no-header",
      "--no-annotate"
    ],
    { cwd: ctx.root, env, timeoutMs: import_chunk_OVS5IOGO.QUICK_TIMEOUT_MS }
  );
  if (r.code !== 0) return [];
  return parseRequirementsString(r.stdout, "uv.lock").map((q) => ({ ...q, line: 0 }));
}
async function unsatisfied(ctx, requirements) {
  if (requirements.length === 0) return [];
  const r = await ctx.tree.run(ctx.python, ["-c", UNSATISFIED_SCRIPT], {
    cwd: ctx.root,
    env: installerEnv(ctx),
    input: JSON.stringify(requirements.map((q) => q.text)),
    timeoutMs: import_chunk_OVS5IOGO.QUICK_TIMEOUT_MS
  });
  if (r.code !== 0) return requirements.map((_, i) => i);
  try {
    return JSON.parse(r.stdout.trim());
  } catch {
    return requirements.map((_, i) => i);
  }
}
function pipNetworkOptions(ctx) {
  const options = [];
  if (!ctx.env.PIP_RETRIES) options.push("--retries", ctx.quick ? "0" : "2");
  if (!ctx.env.PIP_TIMEOUT && !ctx.env.PIP_DEFAULT_TIMEOUT)
    options.push("--timeout", ctx.quick ? "10" : "15");
  return options;
}
async function pip(ctx, args) {
  return ctx.tree.run(ctx.python, ["-m", "pip", "install", "--no-input", ...args], {
    cwd: ctx.root,
    env: installerEnv(ctx),
    timeoutMs: ctx.timeoutMs
  });
}
async function pipInstall(ctx, file, requirements) {
  if ((await unsatisfied(ctx, requirements)).length === 0) {
    ctx.log(`${file}: every requirement is already satisfied by ${ctx.python}`);
    return [];
  }
  if (!await ensurePip(ctx))
    return notInstallable(ctx, requirements, "pip is not available for this Python");
  ctx.log(`Installing ${file} (offline first)`);
  const offline = await pip(ctx, ["--no-index", "-r", file]);
  if (offline.code === 0) return [];
  ctx.log(`Installing ${file} from the package index`);
  const online = await pip(ctx, [...pipNetworkOptions(ctx), "-r", file]);
  if (online.code === 0) return [];
  const output = `${online.stdout}
${online.stderr}`;
  if (online.timedOut) {
    throw new InstallFailedError(`pip install -r ${file}`, `timed out after ${ctx.timeoutMs / 1e3} s`);
  }
  const network = isNetworkFailure(output) ? output : await diagnoseNotFound(ctx, output);
  if (!network) {
    throw new InstallFailedError(`pip install -r ${file}`, errorTail(output), namedIn(output, requirements));
  }
  const reason = `no package index could be reached (${networkReason(network)})`;
  return installOneByOne(ctx, requirements, reason, (text) => pip(ctx, ["--no-index", text]));
}
async function diagnoseNotFound(ctx, output) {
  const name = /No matching distribution found for (\S+)/.exec(output)?.[1] ?? /Could not find a version that satisfies the requirement (\S+)/.exec(output)?.[1];
  if (!name) return void 0;
  return (0, import_chunk_SJW6ZZSJ.withTempDir)("dpr-pip-probe-", async (dest) => {
    const r = await ctx.tree.run(
      ctx.python,
      ["-m", "pip", "download", "--no-input", "--no-deps", "--retries", "0", "-vv", "--dest", dest, name],
      { cwd: ctx.root, env: installerEnv(ctx), timeoutMs: ctx.timeoutMs }
    );
    const text = `${r.stdout}
${r.stderr}`;
    return r.code !== 0 && isNetworkFailure(text) ? text : void 0;
  });
}
async function installOneByOne(ctx, requirements, reason, installOffline) {
  const missing = [];
  const left = await unsatisfied(ctx, requirements);
  for (const i of left) {
    const q = requirements[i];
    if (left.length > 1 && (await installOffline(q.text)).code === 0) continue;
    missing.push(missingOf(q, reason));
  }
  return missing;
}
function notInstallable(ctx, requirements, reason) {
  return unsatisfied(ctx, requirements).then((idx) => idx.map((i) => missingOf(requirements[i], reason)));
}
function missingOf(q, reason) {
  return { requirement: q.text, ...q.name ? { name: q.name } : {}, file: q.file, line: q.line, reason };
}
async function ensurePip(ctx) {
  if (ctx.pipPath !== void 0) return true;
  const probe = await ctx.tree.run(ctx.python, ["-c", "import pip"], {
    env: installerEnv(ctx),
    timeoutMs: import_chunk_OVS5IOGO.QUICK_TIMEOUT_MS
  });
  if (probe.code === 0) return true;
  const tools = import_node_path8.default.join(import_node_path8.default.dirname(ctx.venv), PIP_TOOLS);
  const unpacked = await ctx.tree.run(ctx.python, ["-I", "-c", PIP_WHEEL_SCRIPT, tools], {
    env: installerEnv(ctx),
    timeoutMs: import_chunk_OVS5IOGO.QUICK_TIMEOUT_MS
  });
  if (unpacked.code === 0 && unpacked.stdout.trim()) {
    ctx.pipPath = tools;
    ctx.log(`Installing with ${unpacked.stdout.trim()} (kept out of the test environment)`);
    return true;
  }
  ctx.log("Installing pip into the test environment (ensurepip, offline)");
  const r = await ctx.tree.run(ctx.python, ["-m", "ensurepip", "--default-pip"], {
    env: installerEnv(ctx),
    timeoutMs: ctx.timeoutMs
  });
  return r.code === 0;
}
var PIP_TOOLS = "pip-tools";
var PIP_WHEEL_SCRIPT = `
import glob, os, sys, zipfile
import ensurepip
here = os.path.dirname(ensurepip.__file__)
wheels = glob.glob(os.path.join(here, "_bundled", "pip-*.whl")) + glob.glob("/usr/share/python-wheels/pip-*.whl")
if not wheels:
    sys.exit(1)
wheel = sorted(wheels)[-1]
zipfile.ZipFile(wheel).extractall(sys.argv[1])
print(os.path.basename(wheel))
`;
async function pruneTools(ctx, declared) {
  const r = await ctx.tree.run(ctx.python, ["-c", PRUNE_SCRIPT], {
    env: installerEnv({ ...ctx, pipPath: void 0 }),
    input: JSON.stringify(declared),
    timeoutMs: import_chunk_OVS5IOGO.QUICK_TIMEOUT_MS
  });
  let unused = [];
  try {
    unused = JSON.parse(r.stdout.trim());
  } catch {
    return;
  }
  if (r.code !== 0 || unused.length === 0) return;
  await ctx.tree.run(ctx.python, ["-m", "pip", "uninstall", "--yes", "--quiet", ...unused], {
    env: installerEnv(ctx),
    timeoutMs: ctx.timeoutMs
  });
}
function namedIn(output, requirements) {
  const m = /No matching distribution found for ([A-Za-z0-9._-]+)/.exec(output) ?? /Could not find a version that satisfies the requirement ([A-Za-z0-9._-]+)/.exec(output) ?? /Failed to build ([A-Za-z0-9._-]+)/.exec(output);
  if (!m) return void 0;
  return requirements.find((q) => q.name && (0, import_chunk_ZAGPN3OK.normalizeName)(q.name) === (0, import_chunk_ZAGPN3OK.normalizeName)(m[1]));
}
async function installPytest(ctx, tool) {
  ctx.log("pytest is missing: installing it into the test environment");
  const run = tool === "uv" ? (offline2) => ctx.tree.run(
    "uv",
    ["pip", "install", ...offline2 ? ["--offline"] : [], "--python", ctx.python, "pytest"],
    { cwd: ctx.root, env: installerEnv(ctx), timeoutMs: ctx.timeoutMs }
  ) : async (offline2) => {
    if (!await ensurePip(ctx)) return void 0;
    return pip(ctx, offline2 ? ["--no-index", "pytest"] : [...pipNetworkOptions(ctx), "pytest"]);
  };
  const fix = "Install pytest for this interpreter (Debian/Ubuntu: apt-get install python3-pytest), pass --python an interpreter that has it, or list pytest in the plugin\u2019s dev dependencies.";
  const offline = await run(true);
  if (!offline)
    throw new import_chunk_NG6BV4S6.EnvironmentError(`pytest is not installed for ${ctx.python}, and pip is not available`, fix);
  if (offline.code === 0) return;
  const online = await run(false);
  if (online?.code === 0) return;
  const output = `${online?.stdout ?? ""}
${online?.stderr ?? ""}`;
  const why = isNetworkFailure(output) ? `no package index could be reached (${networkReason(output)})` : errorTail(output, 3);
  throw new import_chunk_NG6BV4S6.EnvironmentError(`pytest is not installed and could not be installed: ${why}`, fix);
}
function chooseInterpreter(option, env, cwd) {
  const { requested, source } = option ? { requested: option, source: "--python" } : env.DPR_PYTHON ? { requested: env.DPR_PYTHON, source: "DPR_PYTHON" } : { requested: "python3", source: "PATH" };
  return { requested, source, command: /[\\/]/.test(requested) ? import_node_path11.default.resolve(cwd, requested) : requested };
}
async function probePython(tree, python, env, cwd) {
  const r = await tree.run(python, ["-c", PROBE_SCRIPT], { env, cwd, timeoutMs: import_chunk_OVS5IOGO.QUICK_TIMEOUT_MS });
  if (r.timedOut) return { code: 124, stderr: `it did not answer within ${import_chunk_OVS5IOGO.QUICK_TIMEOUT_MS / 1e3} s` };
  if (r.code !== 0) return { code: r.code, stderr: r.stderr };
  try {
    const line = r.stdout.trim().split("\n").pop() ?? "";
    return { result: JSON.parse(line), code: 0, stderr: r.stderr };
  } catch {
    return { code: 1, stderr: `unexpected output: ${r.stdout.slice(0, 200)}` };
  }
}
async function findInterpreter(tree, option, env, options) {
  const { requested, source, command } = chooseInterpreter(option, env, options.cwd);
  const how = source === "PATH" ? "python3 on PATH" : `${requested} (${source})`;
  const childEnv = options.childEnv ?? env;
  const key = options.cacheDir ? probeKey(command, childEnv) : void 0;
  const cached = key && options.cacheDir ? readProbe(options.cacheDir, key) : void 0;
  const probe = cached ? { result: cached, code: 0, stderr: "" } : await probePython(tree, command, childEnv, options.cwd);
  if (!cached && probe.result && key && options.cacheDir) writeProbe(options.cacheDir, key, probe.result);
  if (!probe.result) {
    if (probe.code === 127) {
      throw new import_chunk_NG6BV4S6.EnvironmentError(
        `${how} was not found`,
        source === "PATH" ? "Install Python 3 (in GitHub Actions, actions/test sets up the version the manifest declares), or pass --python PATH." : `Point ${source} at a Python 3 interpreter.`
      );
    }
    throw new import_chunk_NG6BV4S6.EnvironmentError(
      `${how} does not run as a Python 3 interpreter: ${lastLine(probe.stderr) || `exit code ${probe.code}`}`,
      "Pass --python with the path of a working Python 3 interpreter."
    );
  }
  const p = probe.result;
  if (!p.venv) {
    throw new import_chunk_NG6BV4S6.EnvironmentError(
      `${how} (Python ${p.version}) has no venv module, which the isolated test environment needs`,
      "Install it (Debian/Ubuntu: apt-get install python3-venv), or pass --python another interpreter."
    );
  }
  let realpath = p.executable;
  try {
    realpath = (0, import_node_fs9.realpathSync)(p.executable);
  } catch {
  }
  return {
    requested,
    source,
    executable: p.executable,
    realpath,
    version: p.version,
    hasPytest: p.pytest,
    prefix: p.prefix,
    isVenv: p.prefix !== p.base_prefix,
    sitePackages: p.site ?? [],
    basePrefix: p.base_prefix
  };
}
function versionMatches(declared, actual) {
  const want = declared.trim().split(".");
  const have = actual.split(".");
  return want.every((part, i) => part === have[i]);
}
function lastLine(text) {
  return text.trim().split("\n").filter((l) => l.trim()).pop() ?? "";
}
var OVERLAY_PTH = "_dpr_pytest_overlay.pth";
var OVERLAY_SCRIPT = `
import importlib.util, json, os, re, shutil, sys
from importlib import metadata

dest = sys.argv[1]
try:
    from packaging.requirements import Requirement
except Exception:
    Requirement = None


def norm(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def wanted(text):
    if Requirement is None:
        if ";" in text and "extra" in text.split(";", 1)[1]:
            return None
        m = re.match(r"\\s*([A-Za-z0-9][A-Za-z0-9._-]*)", text)
        return m.group(1) if m else None
    r = Requirement(text)
    if r.marker is not None:
        try:
            if not r.marker.evaluate({"extra": ""}):
                return None
        except Exception:
            return None
    return r.name


seen, queue = {}, ["pytest"]
while queue:
    name = queue.pop()
    if norm(name) in seen:
        continue
    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        continue
    seen[norm(name)] = dist
    for text in dist.requires or []:
        dep = wanted(text)
        if dep:
            queue.append(dep)

copied = []
for key, dist in sorted(seen.items()):
    tops = (dist.read_text("top_level.txt") or "").split()
    if not tops:
        for f in dist.files or []:
            first = str(f).replace("\\\\", "/").split("/")[0]
            if first.endswith(".py"):
                first = first[:-3]
            if first and first not in ("..", "__pycache__") and not first.endswith((".dist-info", ".egg-info", ".pth", ".data")):
                tops.append(first)
    for top in sorted(set(tops)):
        spec = importlib.util.find_spec(top)
        if spec is None:
            continue
        if spec.submodule_search_locations:
            src = list(spec.submodule_search_locations)[0]
            shutil.copytree(src, os.path.join(dest, top), dirs_exist_ok=True)
        elif spec.origin and os.path.isfile(spec.origin):
            shutil.copy2(spec.origin, os.path.join(dest, os.path.basename(spec.origin)))
    meta = getattr(dist, "_path", None)
    if meta is not None and os.path.isdir(str(meta)):
        shutil.copytree(str(meta), os.path.join(dest, os.path.basename(str(meta))), dirs_exist_ok=True)
    copied.append("%s %s" % (dist.metadata["Name"], dist.version))
import compileall
compileall.compile_dir(dest, quiet=2, workers=1)
print(json.dumps(copied))
`;
async function buildPytestOverlay(o) {
  const r = await o.tree.run(o.python, ["-c", OVERLAY_SCRIPT, o.dest], {
    env: o.env,
    timeoutMs: import_chunk_OVS5IOGO.QUICK_TIMEOUT_MS * 2
  });
  let copied = [];
  try {
    copied = JSON.parse(r.stdout.trim().split("\n").pop() ?? "");
  } catch {
    copied = [];
  }
  if (r.code !== 0 || !copied.some((d) => d.toLowerCase().startsWith("pytest "))) {
    throw new import_chunk_NG6BV4S6.EnvironmentError(
      `cannot copy pytest from ${o.python} into the test environment: ${errorTail(`${r.stdout}
${r.stderr}`, 3) || `exit code ${r.code}`}`,
      "Pass --python an interpreter whose pytest is installed normally (with its metadata), or list pytest in the plugin\u2019s dependencies."
    );
  }
  (0, import_node_fs10.mkdirSync)(o.purelib, { recursive: true });
  (0, import_node_fs10.writeFileSync)(import_node_path12.default.join(o.purelib, OVERLAY_PTH), `${import_node_path12.default.relative(o.purelib, o.dest)}
`);
  return copied;
}
function installContext(o, entry, timeoutMs) {
  return {
    python: entry.python,
    venv: entry.venv,
    root: o.root,
    env: o.env,
    tree: o.tree,
    log: o.log,
    timeoutMs
  };
}
async function installDependencies(o, ctx) {
  let missing = [];
  if (o.deps.mode === "pip") missing = await pipInstall(ctx, o.deps.file, o.deps.requirements);
  else if (o.deps.mode === "uv") missing = await uvSync(ctx);
  await pruneTools(
    ctx,
    o.deps.requirements.flatMap((q) => q.name ? [q.name] : [])
  );
  return missing;
}
async function build(o, entry) {
  const timeoutMs = o.installTimeoutMs ?? 15 * 6e4;
  o.log(`Creating the test environment (Python ${o.interpreter.version}) in ${entry.dir}`);
  const created = await o.tree.run(o.interpreter.executable, ["-m", "venv", "--without-pip", entry.venv], {
    env: o.env,
    timeoutMs
  });
  if (created.code !== 0 || !(0, import_node_fs7.existsSync)(entry.python)) {
    throw new import_chunk_NG6BV4S6.EnvironmentError(
      `cannot create a virtual environment with ${o.interpreter.executable}: ${errorTail(`${created.stdout}
${created.stderr}`, 3) || `exit code ${created.code}`}`,
      "Install the venv module (Debian/Ubuntu: apt-get install python3-venv), or pass --python another interpreter."
    );
  }
  const ctx = installContext(o, entry, timeoutMs);
  const missing = await installDependencies(o, ctx);
  let probe = await probeEnvironment(o, entry, ctx);
  let pytest = "dependencies";
  if (!probe.pytest) {
    if (o.interpreter.hasPytest) {
      (0, import_node_fs7.mkdirSync)(entry.overlay, { recursive: true });
      const copied = await buildPytestOverlay({
        python: o.interpreter.executable,
        dest: entry.overlay,
        purelib: probe.purelib,
        env: o.env,
        tree: o.tree
      });
      o.log(
        `pytest comes from ${o.interpreter.executable}, with only what it requires: ${copied.join(", ")}`
      );
      pytest = "interpreter";
    } else {
      await installPytest(ctx, o.deps.mode === "uv" ? "uv" : "pip");
      await pruneTools(ctx, ["pytest"]);
      pytest = "installed";
    }
    probe = await probeEnvironment(o, entry, ctx);
  }
  return finish(entry, {
    format: ENV_FORMAT,
    key: entry.key,
    python: { executable: o.interpreter.executable, version: o.interpreter.version },
    mode: o.deps.mode,
    ...o.deps.file ? { file: o.deps.file } : {},
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    missing,
    pytest,
    ...probe.dify_plugin ? { difyPlugin: probe.dify_plugin } : {}
  });
}
async function probeEnvironment(o, entry, ctx) {
  const probe = await probePython(o.tree, entry.python, installerEnv(ctx));
  if (!probe.result) {
    throw new import_chunk_NG6BV4S6.EnvironmentError(
      `the test environment's python does not run: ${errorTail(probe.stderr, 3) || `exit code ${probe.code}`}`,
      `Delete ${entry.dir} and run again, or pass --python another interpreter.`
    );
  }
  return probe.result;
}
function finish(entry, marker) {
  (0, import_node_fs7.rmSync)(import_node_path7.default.join(entry.dir, PIP_TOOLS), { recursive: true, force: true });
  const roots = entryRoots(entry);
  setWritable(roots, false);
  return { ...marker, fingerprints: fingerprints(roots) };
}
async function prepareEnvironment(o) {
  const entry = entryFor(o.cacheDir, environmentKey(o.interpreter, o.deps));
  if (!o.rebuild) {
    const marker = usable(o, entry);
    if (marker && !due(marker)) return { entry, marker, reused: true };
  }
  return withLock(
    entry,
    async () => {
      if (!o.rebuild) {
        const marker = usable(o, entry);
        if (marker) {
          if (!due(marker)) return { entry, marker, reused: true };
          const updated = await topUp(o, entry, marker);
          writeMarker(entry, updated);
          return { entry, marker: updated, reused: true, updated: true };
        }
      }
      if ((0, import_node_fs6.existsSync)(entry.dir)) {
        if (o.rebuild) o.log(`Rebuilding the test environment ${entry.key}`);
        discard(entry);
      }
      (0, import_node_fs6.mkdirSync)(entry.dir, { recursive: true });
      const release = (0, import_chunk_JBHNGCYE.onInterrupt)(() => discard(entry));
      try {
        const marker = await build(o, entry);
        writeMarker(entry, marker);
        return { entry, marker, reused: false };
      } catch (error) {
        discard(entry);
        throw error;
      } finally {
        release();
      }
    },
    {
      onWait: (owner) => o.log(`Waiting for another run (${owner}) to build the test environment ${entry.key}`)
    }
  );
}
function usable(o, entry) {
  const marker = readMarker(entry);
  if (!marker) {
    if ((0, import_node_fs6.existsSync)(entry.dir))
      o.log(`The cached test environment ${entry.key} is incomplete or damaged: rebuilding it`);
    return void 0;
  }
  const check = verify(entryRoots(entry), marker.fingerprints);
  if (!check.intact) {
    o.log(
      `The cached test environment ${entry.key} was modified after it was built (by a test, or by hand): rebuilding it`
    );
    return void 0;
  }
  if (check.refreshed) {
    const refreshed = { ...marker, fingerprints: { ...marker.fingerprints, tree: check.refreshed } };
    try {
      writeMarker(entry, refreshed);
    } catch {
    }
    return refreshed;
  }
  return marker;
}
function due(marker) {
  if (marker.missing.length === 0) return false;
  const tried = Date.parse(marker.missingTriedAt ?? marker.createdAt);
  return !(Date.now() - tried < RETRY_MISSING_AFTER_MS);
}
async function topUp(o, entry, marker) {
  const ctx = { ...installContext(o, entry, import_chunk_OVS5IOGO.TOP_UP_TIMEOUT_MS), quick: true };
  o.log(
    `The cached test environment ${entry.key} lacks ${marker.missing.map((m) => m.requirement).join(", ")}: trying to install again`
  );
  const roots = entryRoots(entry);
  setWritable(roots, true);
  try {
    const missing = await installDependencies(o, ctx);
    const probe = await probeEnvironment(o, entry, ctx);
    const { fingerprints: _old, difyPlugin: _was, ...rest } = marker;
    return finish(entry, {
      ...rest,
      ...probe.dify_plugin ? { difyPlugin: probe.dify_plugin } : {},
      missing,
      missingTriedAt: (/* @__PURE__ */ new Date()).toISOString()
    });
  } catch (error) {
    setWritable(roots, false);
    throw error;
  }
}
var RETRY_MISSING_AFTER_MS = 10 * 6e4;
var nameStartChar = ":A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD";
var nameChar = nameStartChar + "\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040";
var nameRegexp = "[" + nameStartChar + "][" + nameChar + "]*";
var regexName = new RegExp("^" + nameRegexp + "$");
function getAllMatches(string, regex) {
  const matches = [];
  let match = regex.exec(string);
  while (match) {
    const allmatches = [];
    allmatches.startIndex = regex.lastIndex - match[0].length;
    const len = match.length;
    for (let index = 0; index < len; index++) {
      allmatches.push(match[index]);
    }
    matches.push(allmatches);
    match = regex.exec(string);
  }
  return matches;
}
var isName = function(string) {
  const match = regexName.exec(string);
  return !(match === null || typeof match === "undefined");
};
function isExist(v) {
  return typeof v !== "undefined";
}
var DANGEROUS_PROPERTY_NAMES = [
  // '__proto__',
  // 'constructor',
  // 'prototype',
  "hasOwnProperty",
  "toString",
  "valueOf",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__"
];
var criticalProperties = ["__proto__", "constructor", "prototype"];
var defaultOptions = {
  allowBooleanAttributes: false,
  //A tag can have attributes without any value
  unpairedTags: []
};
function validate(xmlData, options) {
  options = Object.assign({}, defaultOptions, options);
  const tags = [];
  let tagFound = false;
  let reachedRoot = false;
  if (xmlData[0] === "\uFEFF") {
    xmlData = xmlData.substr(1);
  }
  for (let i = 0; i < xmlData.length; i++) {
    if (xmlData[i] === "<" && xmlData[i + 1] === "?") {
      i += 2;
      i = readPI(xmlData, i);
      if (i.err) return i;
    } else if (xmlData[i] === "<") {
      let tagStartPos = i;
      i++;
      if (xmlData[i] === "!") {
        i = readCommentAndCDATA(xmlData, i);
        continue;
      } else {
        let closingTag = false;
        if (xmlData[i] === "/") {
          closingTag = true;
          i++;
        }
        let tagName = "";
        for (; i < xmlData.length && xmlData[i] !== ">" && xmlData[i] !== " " && xmlData[i] !== "	" && xmlData[i] !== "\n" && xmlData[i] !== "\r"; i++) {
          tagName += xmlData[i];
        }
        tagName = tagName.trim();
        if (tagName[tagName.length - 1] === "/") {
          tagName = tagName.substring(0, tagName.length - 1);
          i--;
        }
        if (!validateTagName(tagName)) {
          let msg;
          if (tagName.trim().length === 0) {
            msg = "Invalid space after '<'.";
          } else {
            msg = "Tag '" + tagName + "' is an invalid name.";
          }
          return getErrorObject("InvalidTag", msg, getLineNumberForPosition(xmlData, i));
        }
        const result = readAttributeStr(xmlData, i);
        if (result === false) {
          return getErrorObject("InvalidAttr", "Attributes for '" + tagName + "' have open quote.", getLineNumberForPosition(xmlData, i));
        }
        let attrStr = result.value;
        i = result.index;
        if (attrStr[attrStr.length - 1] === "/") {
          const attrStrStart = i - attrStr.length;
          attrStr = attrStr.substring(0, attrStr.length - 1);
          const isValid = validateAttributeString(attrStr, options);
          if (isValid === true) {
            tagFound = true;
          } else {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, attrStrStart + isValid.err.line));
          }
        } else if (closingTag) {
          if (!result.tagClosed) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' doesn't have proper closing.", getLineNumberForPosition(xmlData, i));
          } else if (attrStr.trim().length > 0) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' can't have attributes or invalid starting.", getLineNumberForPosition(xmlData, tagStartPos));
          } else if (tags.length === 0) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' has not been opened.", getLineNumberForPosition(xmlData, tagStartPos));
          } else {
            const otg = tags.pop();
            if (tagName !== otg.tagName) {
              let openPos = getLineNumberForPosition(xmlData, otg.tagStartPos);
              return getErrorObject(
                "InvalidTag",
                "Expected closing tag '" + otg.tagName + "' (opened in line " + openPos.line + ", col " + openPos.col + ") instead of closing tag '" + tagName + "'.",
                getLineNumberForPosition(xmlData, tagStartPos)
              );
            }
            if (tags.length == 0) {
              reachedRoot = true;
            }
          }
        } else {
          const isValid = validateAttributeString(attrStr, options);
          if (isValid !== true) {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, i - attrStr.length + isValid.err.line));
          }
          if (reachedRoot === true) {
            return getErrorObject("InvalidXml", "Multiple possible root nodes found.", getLineNumberForPosition(xmlData, i));
          } else if (options.unpairedTags.indexOf(tagName) !== -1) {
          } else {
            tags.push({ tagName, tagStartPos });
          }
          tagFound = true;
        }
        for (i++; i < xmlData.length; i++) {
          if (xmlData[i] === "<") {
            if (xmlData[i + 1] === "!") {
              i++;
              i = readCommentAndCDATA(xmlData, i);
              continue;
            } else if (xmlData[i + 1] === "?") {
              i = readPI(xmlData, ++i);
              if (i.err) return i;
            } else {
              break;
            }
          } else if (xmlData[i] === "&") {
            const afterAmp = validateAmpersand(xmlData, i);
            if (afterAmp == -1)
              return getErrorObject("InvalidChar", "char '&' is not expected.", getLineNumberForPosition(xmlData, i));
            i = afterAmp;
          } else {
            if (reachedRoot === true && !isWhiteSpace(xmlData[i])) {
              return getErrorObject("InvalidXml", "Extra text at the end", getLineNumberForPosition(xmlData, i));
            }
          }
        }
        if (xmlData[i] === "<") {
          i--;
        }
      }
    } else {
      if (isWhiteSpace(xmlData[i])) {
        continue;
      }
      return getErrorObject("InvalidChar", "char '" + xmlData[i] + "' is not expected.", getLineNumberForPosition(xmlData, i));
    }
  }
  if (!tagFound) {
    return getErrorObject("InvalidXml", "Start tag expected.", 1);
  } else if (tags.length == 1) {
    return getErrorObject("InvalidTag", "Unclosed tag '" + tags[0].tagName + "'.", getLineNumberForPosition(xmlData, tags[0].tagStartPos));
  } else if (tags.length > 0) {
    return getErrorObject("InvalidXml", "Invalid '" + JSON.stringify(tags.map((t) => t.tagName), null, 4).replace(/\r?\n/g, "") + "' found.", { line: 1, col: 1 });
  }
  return true;
}
function isWhiteSpace(char) {
  return char === " " || char === "	" || char === "\n" || char === "\r";
}
function readPI(xmlData, i) {
  const start = i;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] == "?" || xmlData[i] == " ") {
      const tagname = xmlData.substr(start, i - start);
      if (i > 5 && tagname === "xml") {
        return getErrorObject("InvalidXml", "XML declaration allowed only at the start of the document.", getLineNumberForPosition(xmlData, i));
      } else if (xmlData[i] == "?" && xmlData[i + 1] == ">") {
        i++;
        break;
      } else {
        continue;
      }
    }
  }
  return i;
}
function readCommentAndCDATA(xmlData, i) {
  if (xmlData.length > i + 5 && xmlData[i + 1] === "-" && xmlData[i + 2] === "-") {
    for (i += 3; i < xmlData.length; i++) {
      if (xmlData[i] === "-" && xmlData[i + 1] === "-" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
  } else if (xmlData.length > i + 8 && xmlData[i + 1] === "D" && xmlData[i + 2] === "O" && xmlData[i + 3] === "C" && xmlData[i + 4] === "T" && xmlData[i + 5] === "Y" && xmlData[i + 6] === "P" && xmlData[i + 7] === "E") {
    let angleBracketsCount = 1;
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === "<") {
        angleBracketsCount++;
      } else if (xmlData[i] === ">") {
        angleBracketsCount--;
        if (angleBracketsCount === 0) {
          break;
        }
      }
    }
  } else if (xmlData.length > i + 9 && xmlData[i + 1] === "[" && xmlData[i + 2] === "C" && xmlData[i + 3] === "D" && xmlData[i + 4] === "A" && xmlData[i + 5] === "T" && xmlData[i + 6] === "A" && xmlData[i + 7] === "[") {
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === "]" && xmlData[i + 1] === "]" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
  }
  return i;
}
var doubleQuote = '"';
var singleQuote = "'";
function readAttributeStr(xmlData, i) {
  let attrStr = "";
  let startChar = "";
  let tagClosed = false;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === doubleQuote || xmlData[i] === singleQuote) {
      if (startChar === "") {
        startChar = xmlData[i];
      } else if (startChar !== xmlData[i]) {
      } else {
        startChar = "";
      }
    } else if (xmlData[i] === ">") {
      if (startChar === "") {
        tagClosed = true;
        break;
      }
    }
    attrStr += xmlData[i];
  }
  if (startChar !== "") {
    return false;
  }
  return {
    value: attrStr,
    index: i,
    tagClosed
  };
}
function scanAttributeTokens(attrStr) {
  const tokens = [];
  const len = attrStr.length;
  let i = 0;
  while (i < len) {
    const tokenStart = i;
    while (i < len && isWhiteSpace(attrStr[i])) i++;
    if (i >= len) break;
    if (attrStr[i] === "=") {
      i++;
      continue;
    }
    const leadingWs = attrStr.slice(tokenStart, i);
    const nameStart = i;
    while (i < len && !isWhiteSpace(attrStr[i]) && attrStr[i] !== "=") i++;
    const name = attrStr.slice(nameStart, i);
    let equalsGroup;
    let j = i;
    while (j < len && isWhiteSpace(attrStr[j])) j++;
    if (j < len && attrStr[j] === "=") {
      equalsGroup = attrStr.slice(i, j + 1);
      i = j + 1;
    }
    let quoteChar;
    let value;
    let k = i;
    while (k < len && isWhiteSpace(attrStr[k])) k++;
    if (k < len && (attrStr[k] === '"' || attrStr[k] === "'")) {
      const valueStart = k + 1;
      const closeIdx = attrStr.indexOf(attrStr[k], valueStart);
      if (closeIdx !== -1) {
        quoteChar = attrStr[k];
        value = attrStr.slice(valueStart, closeIdx);
        i = closeIdx + 1;
      }
    }
    const token = { startIndex: tokenStart };
    token[1] = leadingWs;
    token[2] = name;
    token[3] = equalsGroup;
    token[4] = quoteChar !== void 0 ? true : void 0;
    token[5] = quoteChar;
    token[6] = value;
    tokens.push(token);
  }
  return tokens;
}
function validateAttributeString(attrStr, options) {
  const matches = scanAttributeTokens(attrStr);
  const attrNames = {};
  for (let i = 0; i < matches.length; i++) {
    if (matches[i][1].length === 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' has no space in starting.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] !== void 0 && matches[i][4] === void 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' is without value.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] === void 0 && !options.allowBooleanAttributes) {
      return getErrorObject("InvalidAttr", "boolean attribute '" + matches[i][2] + "' is not allowed.", getPositionFromMatch(matches[i]));
    }
    const attrName = matches[i][2];
    if (!validateAttrName(attrName)) {
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is an invalid name.", getPositionFromMatch(matches[i]));
    }
    if (!Object.prototype.hasOwnProperty.call(attrNames, attrName)) {
      attrNames[attrName] = 1;
    } else {
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is repeated.", getPositionFromMatch(matches[i]));
    }
  }
  return true;
}
function validateNumberAmpersand(xmlData, i) {
  let re = /\d/;
  if (xmlData[i] === "x") {
    i++;
    re = /[\da-fA-F]/;
  }
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === ";")
      return i;
    if (!xmlData[i].match(re))
      break;
  }
  return -1;
}
function validateAmpersand(xmlData, i) {
  i++;
  if (xmlData[i] === ";")
    return -1;
  if (xmlData[i] === "#") {
    i++;
    return validateNumberAmpersand(xmlData, i);
  }
  let count = 0;
  for (; i < xmlData.length; i++, count++) {
    if (xmlData[i].match(/\w/) && count < 20)
      continue;
    if (xmlData[i] === ";")
      break;
    return -1;
  }
  return i;
}
function getErrorObject(code, message, lineNumber) {
  return {
    err: {
      code,
      msg: message,
      line: lineNumber.line || lineNumber,
      col: lineNumber.col
    }
  };
}
function validateAttrName(attrName) {
  return isName(attrName);
}
function validateTagName(tagname) {
  return isName(tagname);
}
function getLineNumberForPosition(xmlData, index) {
  const lines = xmlData.substring(0, index).split(/\r?\n/);
  return {
    line: lines.length,
    // column number is last line's length + 1, because column numbering starts at 1:
    col: lines[lines.length - 1].length + 1
  };
}
function getPositionFromMatch(match) {
  return match.startIndex + match[1].length;
}
var CURRENCY = {
  cent: "\xA2",
  pound: "\xA3",
  curren: "\xA4",
  yen: "\xA5",
  euro: "\u20AC",
  dollar: "$",
  fnof: "\u0192",
  inr: "\u20B9",
  af: "\u060B",
  birr: "\u1265\u122D",
  peso: "\u20B1",
  rub: "\u20BD",
  won: "\u20A9",
  yuan: "\xA5",
  cedil: "\xB8"
};
var XML = {
  amp: "&",
  apos: "'",
  gt: ">",
  lt: "<",
  quot: '"'
};
var COMMON_HTML = {
  nbsp: "\xA0",
  copy: "\xA9",
  reg: "\xAE",
  trade: "\u2122",
  mdash: "\u2014",
  ndash: "\u2013",
  hellip: "\u2026",
  laquo: "\xAB",
  raquo: "\xBB",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201C",
  rdquo: "\u201D",
  bull: "\u2022",
  para: "\xB6",
  sect: "\xA7",
  deg: "\xB0",
  frac12: "\xBD",
  frac14: "\xBC",
  frac34: "\xBE"
};
var ENTITY_ACTION = Object.freeze({
  /** Resolve and expand the entity normally. */
  ALLOW: "allow",
  /** Silently skip this entity — it will not be registered. */
  BLOCK: "block",
  /** Throw an error, aborting entity registration entirely. */
  THROW: "throw"
});
var SPECIAL_CHARS = new Set("!?\\\\/[]$%{}^&*()<>|+");
function validateEntityName(name) {
  if (name[0] === "#") {
    throw new Error(`[EntityReplacer] Invalid character '#' in entity name: "${name}"`);
  }
  for (const ch of name) {
    if (SPECIAL_CHARS.has(ch)) {
      throw new Error(`[EntityReplacer] Invalid character '${ch}' in entity name: "${name}"`);
    }
  }
  return name;
}
function mergeEntityMaps(...maps) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const map of maps) {
    if (!map) continue;
    for (const key of Object.keys(map)) {
      const raw = map[key];
      if (typeof raw === "string") {
        out[key] = raw;
      } else if (raw && typeof raw === "object" && raw.val !== void 0) {
        const val = raw.val;
        if (typeof val === "string") {
          out[key] = val;
        }
      }
    }
  }
  return out;
}
var LIMIT_TIER_EXTERNAL = "external";
var LIMIT_TIER_BASE = "base";
var LIMIT_TIER_ALL = "all";
function parseLimitTiers(raw) {
  if (!raw || raw === LIMIT_TIER_EXTERNAL) return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
  if (raw === LIMIT_TIER_ALL) return /* @__PURE__ */ new Set([LIMIT_TIER_ALL]);
  if (raw === LIMIT_TIER_BASE) return /* @__PURE__ */ new Set([LIMIT_TIER_BASE]);
  if (Array.isArray(raw)) return new Set(raw);
  return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
}
var NCR_LEVEL = Object.freeze({ allow: 0, leave: 1, remove: 2, throw: 3 });
var XML10_ALLOWED_C0 = /* @__PURE__ */ new Set([9, 10, 13]);
function parseNCRConfig(ncr) {
  if (!ncr) {
    return { xmlVersion: 1, onLevel: NCR_LEVEL.allow, nullLevel: NCR_LEVEL.remove };
  }
  const xmlVersion = ncr.xmlVersion === 1.1 ? 1.1 : 1;
  const onLevel = NCR_LEVEL[ncr.onNCR] ?? NCR_LEVEL.allow;
  const nullLevel = NCR_LEVEL[ncr.nullNCR] ?? NCR_LEVEL.remove;
  const clampedNull = Math.max(nullLevel, NCR_LEVEL.remove);
  return { xmlVersion, onLevel, nullLevel: clampedNull };
}
var EntityDecoder = class {
  /**
   * @param {object} [options]
   * @param {object|null}  [options.namedEntities]        — extra named entities merged into base map
   * @param {object}  [options.limit]                 — security limits
   * @param {number}       [options.limit.maxTotalExpansions=0]  — 0 = unlimited
   * @param {number}       [options.limit.maxExpandedLength=0]   — 0 = unlimited
   * @param {'external'|'base'|'all'|string[]} [options.limit.applyLimitsTo='external']
   *   Which entity tiers count against the security limits:
   *   - 'external' (default) — only input/runtime + persistent external entities
   *   - 'base'               — only DEFAULT_XML_ENTITIES + namedEntities
   *   - 'all'                — every entity regardless of tier
   *   - string[]             — explicit combination, e.g. ['external', 'base']
   * @param {((resolved: string, original: string) => string)|null} [options.postCheck=null]
   * @param {string[]} [options.remove=[]] — entity names (e.g. ['nbsp', '#13']) to delete (replace with empty string)
   * @param {string[]} [options.leave=[]]  — entity names to keep as literal (unchanged in output)
   * @param {object}   [options.ncr]       — Numeric Character Reference controls
   * @param {1.0|1.1}  [options.ncr.xmlVersion=1.0]
   *   XML version governing which codepoint ranges are restricted:
   *   - 1.0 — C0 controls U+0001–U+001F (except U+0009/000A/000D) are prohibited
   *   - 1.1 — C0 controls are allowed when written as NCRs; C1 (U+007F–U+009F) decoded as-is
   * @param {'allow'|'leave'|'remove'|'throw'} [options.ncr.onNCR='allow']
   *   Base action for numeric references. Severity order: allow < leave < remove < throw.
   *   For codepoint ranges that carry a minimum level (surrogates → remove, XML 1.0 C0 → remove),
   *   the effective action is max(onNCR, rangeMinimum).
   * @param {'remove'|'throw'} [options.ncr.nullNCR='remove']
   *   Action for U+0000 (null). 'allow' and 'leave' are clamped to 'remove' since null is never safe.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onExternalEntity=null]
   *   Hook called when an external entity is registered via `setExternalEntities()` or
   *   `addExternalEntity()`. Return `ENTITY_ACTION.ALLOW` to accept the entity,
   *   `ENTITY_ACTION.BLOCK` to silently skip it, or `ENTITY_ACTION.THROW` to abort with an error.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onInputEntity=null]
   *   Hook called when an input entity is registered via `addInputEntities()`. Return
   *   `ENTITY_ACTION.ALLOW` to accept, `ENTITY_ACTION.BLOCK` to silently skip, or
   *   `ENTITY_ACTION.THROW` to abort with an error.
   */
  constructor(options = {}) {
    this._limit = options.limit || {};
    this._maxTotalExpansions = this._limit.maxTotalExpansions || 0;
    this._maxExpandedLength = this._limit.maxExpandedLength || 0;
    this._postCheck = typeof options.postCheck === "function" ? options.postCheck : (r) => r;
    this._limitTiers = parseLimitTiers(this._limit.applyLimitsTo ?? LIMIT_TIER_EXTERNAL);
    this._numericAllowed = options.numericAllowed ?? true;
    this._baseMap = mergeEntityMaps(XML, options.namedEntities || null);
    this._externalMap = /* @__PURE__ */ Object.create(null);
    this._inputMap = /* @__PURE__ */ Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    this._removeSet = new Set(options.remove && Array.isArray(options.remove) ? options.remove : []);
    this._leaveSet = new Set(options.leave && Array.isArray(options.leave) ? options.leave : []);
    const ncrCfg = parseNCRConfig(options.ncr);
    this._ncrXmlVersion = ncrCfg.xmlVersion;
    this._ncrOnLevel = ncrCfg.onLevel;
    this._ncrNullLevel = ncrCfg.nullLevel;
    this._onExternalEntity = typeof options.onExternalEntity === "function" ? options.onExternalEntity : null;
    this._onInputEntity = typeof options.onInputEntity === "function" ? options.onInputEntity : null;
  }
  // -------------------------------------------------------------------------
  // Private: registration hook dispatch
  // -------------------------------------------------------------------------
  /**
   * Invoke a registration hook for a single entity name/value pair.
   * Returns true when the entity should be accepted, false when it should be
   * silently skipped (BLOCK), and throws when the hook returns THROW.
   *
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} hook
   * @param {string} name
   * @param {string} value
   * @param {string} context  — used in error messages ('external' | 'input')
   * @returns {boolean}  true = accept, false = skip
   */
  _applyRegistrationHook(hook, name, value, context) {
    if (!hook) return true;
    const action = hook(name, value);
    if (action === ENTITY_ACTION.BLOCK) return false;
    if (action === ENTITY_ACTION.THROW) {
      throw new Error(
        `[EntityDecoder] Registration of ${context} entity "&${name};" was rejected by hook`
      );
    }
    return true;
  }
  // -------------------------------------------------------------------------
  // Persistent external entity registration
  // -------------------------------------------------------------------------
  /**
   * Replace the full set of persistent external entities.
   * All keys are validated — throws on invalid characters.
   * If `onExternalEntity` is set, it is called once per entry; entries that
   * return `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW`
   * aborts the whole call.
   * @param {Record<string, string | { regex?: RegExp, val: string }>} map
   */
  setExternalEntities(map) {
    if (map) {
      for (const key of Object.keys(map)) {
        validateEntityName(key);
      }
    }
    if (!this._onExternalEntity) {
      this._externalMap = mergeEntityMaps(map);
      return;
    }
    const flat = mergeEntityMaps(map);
    const filtered = /* @__PURE__ */ Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onExternalEntity, name, value, "external")) {
        filtered[name] = value;
      }
    }
    this._externalMap = filtered;
  }
  /**
   * Add a single persistent external entity.
   * If `onExternalEntity` is set it is called before the entity is stored;
   * `ENTITY_ACTION.BLOCK` silently skips storage, `ENTITY_ACTION.THROW` raises.
   * @param {string} key
   * @param {string} value
   */
  addExternalEntity(key, value) {
    validateEntityName(key);
    if (typeof value === "string" && value.indexOf("&") === -1) {
      if (this._applyRegistrationHook(this._onExternalEntity, key, value, "external")) {
        this._externalMap[key] = value;
      }
    }
  }
  // -------------------------------------------------------------------------
  // Input / runtime entity registration (per document)
  // -------------------------------------------------------------------------
  /**
   * Inject DOCTYPE entities for the current document.
   * Also resets per-document expansion counters.
   * If `onInputEntity` is set it is called once per entry; entries returning
   * `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW` aborts.
   * @param {Record<string, string | { regx?: RegExp, regex?: RegExp, val: string }>} map
   */
  addInputEntities(map) {
    this._totalExpansions = 0;
    this._expandedLength = 0;
    if (!this._onInputEntity) {
      this._inputMap = mergeEntityMaps(map);
      return;
    }
    const flat = mergeEntityMaps(map);
    const filtered = /* @__PURE__ */ Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onInputEntity, name, value, "input")) {
        filtered[name] = value;
      }
    }
    this._inputMap = filtered;
  }
  // -------------------------------------------------------------------------
  // Per-document reset
  // -------------------------------------------------------------------------
  /**
   * Wipe input/runtime entities and reset counters.
   * Call this before processing each new document.
   * @returns {this}
   */
  reset() {
    this._inputMap = /* @__PURE__ */ Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    return this;
  }
  // -------------------------------------------------------------------------
  // XML version (can be set after construction, e.g. once parser reads <?xml?>)
  // -------------------------------------------------------------------------
  /**
   * Update the XML version used for NCR classification.
   * Call this as soon as the document's `<?xml version="...">` declaration is parsed.
   * @param {1.0|1.1|number} version
   */
  setXmlVersion(version) {
    this._ncrXmlVersion = version === 1.1 ? 1.1 : 1;
  }
  // -------------------------------------------------------------------------
  // Primary API
  // -------------------------------------------------------------------------
  /**
   * Replace all entity references in `str` in a single pass.
   *
   * @param {string} str
   * @returns {string}
   */
  decode(str) {
    if (typeof str !== "string" || str.length === 0) return str;
    if (str.indexOf("&") === -1) return str;
    const original = str;
    const chunks = [];
    const len = str.length;
    let last = 0;
    let i = 0;
    const limitExpansions = this._maxTotalExpansions > 0;
    const limitLength = this._maxExpandedLength > 0;
    const checkLimits = limitExpansions || limitLength;
    while (i < len) {
      if (str.charCodeAt(i) !== 38) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < len && str.charCodeAt(j) !== 59 && j - i <= 32) j++;
      if (j >= len || str.charCodeAt(j) !== 59) {
        i++;
        continue;
      }
      const token = str.slice(i + 1, j);
      if (token.length === 0) {
        i++;
        continue;
      }
      let replacement;
      let tier;
      if (this._removeSet.has(token)) {
        replacement = "";
        if (tier === void 0) {
          tier = LIMIT_TIER_EXTERNAL;
        }
      } else if (this._leaveSet.has(token)) {
        i++;
        continue;
      } else if (token.charCodeAt(0) === 35) {
        const ncrResult = this._resolveNCR(token);
        if (ncrResult === void 0) {
          i++;
          continue;
        }
        replacement = ncrResult;
        tier = LIMIT_TIER_BASE;
      } else {
        const resolved = this._resolveName(token);
        replacement = resolved?.value;
        tier = resolved?.tier;
      }
      if (replacement === void 0) {
        i++;
        continue;
      }
      if (i > last) chunks.push(str.slice(last, i));
      chunks.push(replacement);
      last = j + 1;
      i = last;
      if (checkLimits && this._tierCounts(tier)) {
        if (limitExpansions) {
          this._totalExpansions++;
          if (this._totalExpansions > this._maxTotalExpansions) {
            throw new Error(
              `[EntityReplacer] Entity expansion count limit exceeded: ${this._totalExpansions} > ${this._maxTotalExpansions}`
            );
          }
        }
        if (limitLength) {
          const delta = replacement.length - (token.length + 2);
          if (delta > 0) {
            this._expandedLength += delta;
            if (this._expandedLength > this._maxExpandedLength) {
              throw new Error(
                `[EntityReplacer] Expanded content length limit exceeded: ${this._expandedLength} > ${this._maxExpandedLength}`
              );
            }
          }
        }
      }
    }
    if (last < len) chunks.push(str.slice(last));
    const result = chunks.length === 0 ? str : chunks.join("");
    return this._postCheck(result, original);
  }
  // -------------------------------------------------------------------------
  // Private: limit tier check
  // -------------------------------------------------------------------------
  /**
   * Returns true if a resolved entity of the given tier should count
   * against the expansion/length limits.
   * @param {string} tier  — LIMIT_TIER_EXTERNAL | LIMIT_TIER_BASE
   * @returns {boolean}
   */
  _tierCounts(tier) {
    if (this._limitTiers.has(LIMIT_TIER_ALL)) return true;
    return this._limitTiers.has(tier);
  }
  // -------------------------------------------------------------------------
  // Private: entity resolution
  // -------------------------------------------------------------------------
  /**
   * Resolve a named entity token (without & and ;).
   * Priority: inputMap > externalMap > baseMap
   * Returns the resolved value tagged with its limit tier.
   *
   * @param {string} name
   * @returns {{ value: string, tier: string }|undefined}
   */
  _resolveName(name) {
    if (name in this._inputMap) return { value: this._inputMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._externalMap) return { value: this._externalMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._baseMap) return { value: this._baseMap[name], tier: LIMIT_TIER_BASE };
    return void 0;
  }
  /**
   * Classify a codepoint and return the minimum action level that must be applied.
   * Returns -1 when no minimum is imposed (normal allow path).
   *
   * Ranges checked (in priority order):
   *   1. U+0000            — null, governed by nullNCR (always ≥ remove)
   *   2. U+D800–U+DFFF     — surrogates, always prohibited (min: remove)
   *   3. U+0001–U+001F \ {0x09,0x0A,0x0D}  — XML 1.0 restricted C0 (min: remove)
   *      (skipped in XML 1.1 — C0 controls are allowed when written as NCRs)
   *
   * @param {number} cp  — codepoint
   * @returns {number}   — minimum NCR_LEVEL value, or -1 for no restriction
   */
  _classifyNCR(cp) {
    if (cp === 0) return this._ncrNullLevel;
    if (cp >= 55296 && cp <= 57343) return NCR_LEVEL.remove;
    if (this._ncrXmlVersion === 1) {
      if (cp >= 1 && cp <= 31 && !XML10_ALLOWED_C0.has(cp)) return NCR_LEVEL.remove;
    }
    return -1;
  }
  /**
   * Execute a resolved NCR action.
   *
   * @param {number} action   — NCR_LEVEL value
   * @param {string} token    — raw token (e.g. '#38') for error messages
   * @param {number} cp       — codepoint, used only for error messages
   * @returns {string|undefined}
   *   - decoded character string  → 'allow'
   *   - ''                        → 'remove'
   *   - undefined                 → 'leave' (caller must skip past '&' only)
   *   - throws Error              → 'throw'
   */
  _applyNCRAction(action, token, cp) {
    switch (action) {
      case NCR_LEVEL.allow:
        return String.fromCodePoint(cp);
      case NCR_LEVEL.remove:
        return "";
      case NCR_LEVEL.leave:
        return void 0;
      // signal: keep literal
      case NCR_LEVEL.throw:
        throw new Error(
          `[EntityDecoder] Prohibited numeric character reference &${token}; (U+${cp.toString(16).toUpperCase().padStart(4, "0")})`
        );
      default:
        return String.fromCodePoint(cp);
    }
  }
  /**
   * Full NCR resolution pipeline for a numeric token.
   *
   * Steps:
   *   1. Parse the codepoint (decimal or hex).
   *   2. Validate the raw codepoint range (NaN, <0, >0x10FFFF).
   *   3. If numericAllowed is false and no minimum restriction applies → leave as-is.
   *   4. Classify the codepoint to find the minimum required action level.
   *   5. Resolve effective action = max(onNCR, minimum).
   *   6. Apply and return.
   *
   * @param {string} token  — e.g. '#38', '#x26', '#X26'
   * @returns {string|undefined}
   *   - string (incl. '')  — replacement ('' = remove)
   *   - undefined          — leave original &token; as-is
   */
  _resolveNCR(token) {
    const second = token.charCodeAt(1);
    let cp;
    if (second === 120 || second === 88) {
      cp = parseInt(token.slice(2), 16);
    } else {
      cp = parseInt(token.slice(1), 10);
    }
    if (Number.isNaN(cp) || cp < 0 || cp > 1114111) return void 0;
    const minimum = this._classifyNCR(cp);
    if (!this._numericAllowed && minimum < NCR_LEVEL.remove) return void 0;
    const effective = minimum === -1 ? this._ncrOnLevel : Math.max(this._ncrOnLevel, minimum);
    return this._applyNCRAction(effective, token, cp);
  }
};
var defaultOnDangerousProperty = (name) => {
  if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return "__" + name;
  }
  return name;
};
var defaultOptions2 = {
  preserveOrder: false,
  attributeNamePrefix: "@_",
  attributesGroupName: false,
  textNodeName: "#text",
  ignoreAttributes: true,
  removeNSPrefix: false,
  // remove NS from tag name or attribute name if true
  allowBooleanAttributes: false,
  //a tag can have attributes without any value
  //ignoreRootElement : false,
  parseTagValue: true,
  parseAttributeValue: false,
  trimValues: true,
  //Trim string values of tag and attributes
  cdataPropName: false,
  numberParseOptions: {
    hex: true,
    leadingZeros: true,
    eNotation: true,
    unicode: false
  },
  tagValueProcessor: function(tagName, val) {
    return val;
  },
  attributeValueProcessor: function(attrName, val) {
    return val;
  },
  stopNodes: [],
  //nested tags will not be parsed even for errors
  alwaysCreateTextNode: false,
  isArray: () => false,
  commentPropName: false,
  unpairedTags: [],
  processEntities: true,
  htmlEntities: false,
  entityDecoder: null,
  ignoreDeclaration: false,
  ignorePiTags: false,
  transformTagName: false,
  transformAttributeName: false,
  updateTag: function(tagName, jPath, attrs) {
    return tagName;
  },
  // skipEmptyListItem: false
  captureMetaData: false,
  maxNestedTags: 100,
  strictReservedNames: true,
  jPath: true,
  // if true, pass jPath string to callbacks; if false, pass matcher instance
  onDangerousProperty: defaultOnDangerousProperty
};
function validatePropertyName(propertyName, optionName) {
  if (typeof propertyName !== "string") {
    return;
  }
  const normalized = propertyName.toLowerCase();
  if (DANGEROUS_PROPERTY_NAMES.some((dangerous) => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
  if (criticalProperties.some((dangerous) => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
}
function normalizeProcessEntities(value, htmlEntities) {
  if (typeof value === "boolean") {
    return {
      enabled: value,
      // true or false
      maxEntitySize: 1e4,
      maxExpansionDepth: 1e4,
      maxTotalExpansions: Infinity,
      maxExpandedLength: 1e5,
      maxEntityCount: 1e3,
      allowedTags: null,
      tagFilter: null,
      appliesTo: "all"
    };
  }
  if (typeof value === "object" && value !== null) {
    return {
      enabled: value.enabled !== false,
      maxEntitySize: Math.max(1, value.maxEntitySize ?? 1e4),
      maxExpansionDepth: Math.max(1, value.maxExpansionDepth ?? 1e4),
      maxTotalExpansions: Math.max(1, value.maxTotalExpansions ?? Infinity),
      maxExpandedLength: Math.max(1, value.maxExpandedLength ?? 1e5),
      maxEntityCount: Math.max(1, value.maxEntityCount ?? 1e3),
      allowedTags: value.allowedTags ?? null,
      tagFilter: value.tagFilter ?? null,
      appliesTo: value.appliesTo ?? "all"
    };
  }
  return normalizeProcessEntities(true);
}
var buildOptions = function(options) {
  const built = Object.assign({}, defaultOptions2, options);
  const propertyNameOptions = [
    { value: built.attributeNamePrefix, name: "attributeNamePrefix" },
    { value: built.attributesGroupName, name: "attributesGroupName" },
    { value: built.textNodeName, name: "textNodeName" },
    { value: built.cdataPropName, name: "cdataPropName" },
    { value: built.commentPropName, name: "commentPropName" }
  ];
  for (const { value, name } of propertyNameOptions) {
    if (value) {
      validatePropertyName(value, name);
    }
  }
  if (built.onDangerousProperty === null) {
    built.onDangerousProperty = defaultOnDangerousProperty;
  }
  built.processEntities = normalizeProcessEntities(built.processEntities, built.htmlEntities);
  built.unpairedTagsSet = new Set(built.unpairedTags);
  if (built.stopNodes && Array.isArray(built.stopNodes)) {
    built.stopNodes = built.stopNodes.map((node) => {
      if (typeof node === "string" && node.startsWith("*.")) {
        return ".." + node.substring(2);
      }
      return node;
    });
  }
  return built;
};
var METADATA_SYMBOL;
if (typeof Symbol !== "function") {
  METADATA_SYMBOL = "@@xmlMetadata";
} else {
  METADATA_SYMBOL = /* @__PURE__ */ Symbol("XML Node Metadata");
}
var XmlNode = class {
  constructor(tagname) {
    this.tagname = tagname;
    this.child = [];
    this[":@"] = /* @__PURE__ */ Object.create(null);
  }
  add(key, val) {
    if (key === "__proto__") key = "#__proto__";
    this.child.push({ [key]: val });
  }
  addChild(node, startIndex) {
    if (node.tagname === "__proto__") node.tagname = "#__proto__";
    if (node[":@"] && Object.keys(node[":@"]).length > 0) {
      this.child.push({ [node.tagname]: node.child, [":@"]: node[":@"] });
    } else {
      this.child.push({ [node.tagname]: node.child });
    }
    this.addStartIndex(startIndex);
  }
  addStartIndex(startIndex) {
    if (startIndex !== void 0) {
      this.child[this.child.length - 1][METADATA_SYMBOL] = { startIndex };
    }
  }
  addEndIndex(endIndex) {
    const lastChild = this.child[this.child.length - 1];
    if (lastChild !== void 0 && lastChild[METADATA_SYMBOL] !== void 0 && lastChild[METADATA_SYMBOL].endIndex === void 0) {
      lastChild[METADATA_SYMBOL].endIndex = endIndex;
    }
  }
  /** symbol used for metadata */
  static getMetaDataSymbol() {
    return METADATA_SYMBOL;
  }
};
var nameStartChar10 = ":A-Za-z_\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD";
var nameChar10 = nameStartChar10 + "\\-\\.\\d\xB7\u0300-\u036F\u203F-\u2040";
var nameStartChar11 = ":A-Za-z_\xC0-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
var nameChar11 = nameStartChar11 + "\\-\\.\\d\xB7\u0300-\u036F\u0487\u203F-\u2040";
var buildRegexes = (startChar, char, flags = "") => {
  const ncStart = startChar.replace(":", "");
  const ncChar = char.replace(":", "");
  const ncNamePat = `[${ncStart}][${ncChar}]*`;
  return {
    name: new RegExp(`^[${startChar}][${char}]*$`, flags),
    ncName: new RegExp(`^${ncNamePat}$`, flags),
    qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags),
    nmToken: new RegExp(`^[${char}]+$`, flags),
    nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags)
  };
};
var regexes10 = buildRegexes(nameStartChar10, nameChar10);
var regexes11 = buildRegexes(nameStartChar11, nameChar11, "u");
var nameStartCharAscii = ":A-Za-z_";
var nameCharAscii = nameStartCharAscii + "\\-\\.\\d";
var regexesAscii = buildRegexes(nameStartCharAscii, nameCharAscii);
var getRegexes = (xmlVersion = "1.0", asciiOnly = false) => {
  if (asciiOnly) return regexesAscii;
  return xmlVersion === "1.1" ? regexes11 : regexes10;
};
var qName = (str, { xmlVersion = "1.0", asciiOnly = false } = {}) => getRegexes(xmlVersion, asciiOnly).qName.test(str);
var DocTypeReader = class {
  constructor(options, xmlVersion) {
    this.suppressValidationErr = !options;
    this.options = options;
    this.xmlVersion = xmlVersion || 1;
  }
  setXmlVersion(xmlVersion = 1) {
    this.xmlVersion = xmlVersion;
  }
  readDocType(xmlData, i) {
    const entities = /* @__PURE__ */ Object.create(null);
    let entityCount = 0;
    if (xmlData[i + 3] === "O" && xmlData[i + 4] === "C" && xmlData[i + 5] === "T" && xmlData[i + 6] === "Y" && xmlData[i + 7] === "P" && xmlData[i + 8] === "E") {
      i = i + 9;
      let angleBracketsCount = 1;
      let hasBody = false, comment = false;
      let quoteChar = null;
      let exp = "";
      for (; i < xmlData.length; i++) {
        if (quoteChar !== null) {
          if (xmlData[i] === quoteChar) quoteChar = null;
          exp += xmlData[i];
          continue;
        }
        if (!hasBody && !comment && (xmlData[i] === '"' || xmlData[i] === "'")) {
          quoteChar = xmlData[i];
          exp += xmlData[i];
          continue;
        }
        if (xmlData[i] === "<" && !comment) {
          if (hasBody && hasSeq(xmlData, "!ENTITY", i)) {
            i += 7;
            let entityName, val;
            [entityName, val, i] = this.readEntityExp(xmlData, i + 1, this.suppressValidationErr);
            if (val.indexOf("&") === -1) {
              if (this.options.enabled !== false && this.options.maxEntityCount != null && entityCount >= this.options.maxEntityCount) {
                throw new Error(
                  `Entity count (${entityCount + 1}) exceeds maximum allowed (${this.options.maxEntityCount})`
                );
              }
              entities[entityName] = val;
              entityCount++;
            }
          } else if (hasBody && hasSeq(xmlData, "!ELEMENT", i)) {
            i += 8;
            const { index } = this.readElementExp(xmlData, i + 1);
            i = index;
          } else if (hasBody && hasSeq(xmlData, "!ATTLIST", i)) {
            i += 8;
          } else if (hasBody && hasSeq(xmlData, "!NOTATION", i)) {
            i += 9;
            const { index } = this.readNotationExp(xmlData, i + 1, this.suppressValidationErr);
            i = index;
          } else if (hasSeq(xmlData, "!--", i)) comment = true;
          else throw new Error(`Invalid DOCTYPE`);
          angleBracketsCount++;
          exp = "";
        } else if (xmlData[i] === ">") {
          if (comment) {
            if (xmlData[i - 1] === "-" && xmlData[i - 2] === "-") {
              comment = false;
              angleBracketsCount--;
            }
          } else {
            angleBracketsCount--;
          }
          if (angleBracketsCount === 0) {
            break;
          }
        } else if (xmlData[i] === "[") {
          hasBody = true;
        } else {
          exp += xmlData[i];
        }
      }
      if (quoteChar !== null || angleBracketsCount !== 0) {
        throw new Error(`Unclosed DOCTYPE`);
      }
    } else {
      throw new Error(`Invalid Tag instead of DOCTYPE`);
    }
    return { entities, i };
  }
  readEntityExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i]) && xmlData[i] !== '"' && xmlData[i] !== "'") {
      i++;
    }
    let entityName = xmlData.substring(startIndex, i);
    validateEntityName2(entityName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    if (!this.suppressValidationErr) {
      if (xmlData.substring(i, i + 6).toUpperCase() === "SYSTEM") {
        throw new Error("External entities are not supported");
      } else if (xmlData[i] === "%") {
        throw new Error("Parameter entities are not supported");
      }
    }
    let entityValue = "";
    [i, entityValue] = this.readIdentifierVal(xmlData, i, "entity");
    if (this.options.enabled !== false && this.options.maxEntitySize != null && entityValue.length > this.options.maxEntitySize) {
      throw new Error(
        `Entity "${entityName}" size (${entityValue.length}) exceeds maximum allowed size (${this.options.maxEntitySize})`
      );
    }
    i--;
    return [entityName, entityValue, i];
  }
  readNotationExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let notationName = xmlData.substring(startIndex, i);
    !this.suppressValidationErr && validateEntityName2(notationName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    const identifierType = xmlData.substring(i, i + 6).toUpperCase();
    if (!this.suppressValidationErr && identifierType !== "SYSTEM" && identifierType !== "PUBLIC") {
      throw new Error(`Expected SYSTEM or PUBLIC, found "${identifierType}"`);
    }
    i += identifierType.length;
    i = skipWhitespace(xmlData, i);
    let publicIdentifier = null;
    let systemIdentifier = null;
    if (identifierType === "PUBLIC") {
      [i, publicIdentifier] = this.readIdentifierVal(xmlData, i, "publicIdentifier");
      i = skipWhitespace(xmlData, i);
      if (xmlData[i] === '"' || xmlData[i] === "'") {
        [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
      }
    } else if (identifierType === "SYSTEM") {
      [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
      if (!this.suppressValidationErr && !systemIdentifier) {
        throw new Error("Missing mandatory system identifier for SYSTEM notation");
      }
    }
    return { notationName, publicIdentifier, systemIdentifier, index: --i };
  }
  readIdentifierVal(xmlData, i, type) {
    let identifierVal = "";
    const startChar = xmlData[i];
    if (startChar !== '"' && startChar !== "'") {
      throw new Error(`Expected quoted string, found "${startChar}"`);
    }
    i++;
    const startIndex = i;
    while (i < xmlData.length && xmlData[i] !== startChar) {
      i++;
    }
    identifierVal = xmlData.substring(startIndex, i);
    if (xmlData[i] !== startChar) {
      throw new Error(`Unterminated ${type} value`);
    }
    i++;
    return [i, identifierVal];
  }
  readElementExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let elementName = xmlData.substring(startIndex, i);
    if (!this.suppressValidationErr && !qName(elementName, { xmlVersion: this.xmlVersion })) {
      throw new Error(`Invalid element name: "${elementName}"`);
    }
    i = skipWhitespace(xmlData, i);
    let contentModel = "";
    if (xmlData[i] === "E" && hasSeq(xmlData, "MPTY", i)) i += 4;
    else if (xmlData[i] === "A" && hasSeq(xmlData, "NY", i)) i += 2;
    else if (xmlData[i] === "(") {
      i++;
      const startIndex2 = i;
      while (i < xmlData.length && xmlData[i] !== ")") {
        i++;
      }
      contentModel = xmlData.substring(startIndex2, i);
      if (xmlData[i] !== ")") {
        throw new Error("Unterminated content model");
      }
    } else if (!this.suppressValidationErr) {
      throw new Error(`Invalid Element Expression, found "${xmlData[i]}"`);
    }
    return {
      elementName,
      contentModel: contentModel.trim(),
      index: i
    };
  }
  readAttlistExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    let startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let elementName = xmlData.substring(startIndex, i);
    validateEntityName2(elementName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let attributeName = xmlData.substring(startIndex, i);
    if (!validateEntityName2(attributeName, { xmlVersion: this.xmlVersion })) {
      throw new Error(`Invalid attribute name: "${attributeName}"`);
    }
    i = skipWhitespace(xmlData, i);
    let attributeType = "";
    if (xmlData.substring(i, i + 8).toUpperCase() === "NOTATION") {
      attributeType = "NOTATION";
      i += 8;
      i = skipWhitespace(xmlData, i);
      if (xmlData[i] !== "(") {
        throw new Error(`Expected '(', found "${xmlData[i]}"`);
      }
      i++;
      let allowedNotations = [];
      while (i < xmlData.length && xmlData[i] !== ")") {
        const startIndex2 = i;
        while (i < xmlData.length && xmlData[i] !== "|" && xmlData[i] !== ")") {
          i++;
        }
        let notation = xmlData.substring(startIndex2, i);
        notation = notation.trim();
        if (!validateEntityName2(notation, { xmlVersion: this.xmlVersion })) {
          throw new Error(`Invalid notation name: "${notation}"`);
        }
        allowedNotations.push(notation);
        if (xmlData[i] === "|") {
          i++;
          i = skipWhitespace(xmlData, i);
        }
      }
      if (xmlData[i] !== ")") {
        throw new Error("Unterminated list of notations");
      }
      i++;
      attributeType += " (" + allowedNotations.join("|") + ")";
    } else {
      const startIndex2 = i;
      while (i < xmlData.length && !/\s/.test(xmlData[i])) {
        i++;
      }
      attributeType += xmlData.substring(startIndex2, i);
      const validTypes = ["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"];
      if (!this.suppressValidationErr && !validTypes.includes(attributeType.toUpperCase())) {
        throw new Error(`Invalid attribute type: "${attributeType}"`);
      }
    }
    i = skipWhitespace(xmlData, i);
    let defaultValue = "";
    if (xmlData.substring(i, i + 8).toUpperCase() === "#REQUIRED") {
      defaultValue = "#REQUIRED";
      i += 8;
    } else if (xmlData.substring(i, i + 7).toUpperCase() === "#IMPLIED") {
      defaultValue = "#IMPLIED";
      i += 7;
    } else {
      [i, defaultValue] = this.readIdentifierVal(xmlData, i, "ATTLIST");
    }
    return {
      elementName,
      attributeName,
      attributeType,
      defaultValue,
      index: i
    };
  }
};
var skipWhitespace = (data, index) => {
  while (index < data.length && /\s/.test(data[index])) {
    index++;
  }
  return index;
};
function hasSeq(data, seq, i) {
  for (let j = 0; j < seq.length; j++) {
    if (seq[j] !== data[i + j + 1]) return false;
  }
  return true;
}
function validateEntityName2(name, xmlVersion) {
  if (qName(name, { xmlVersion }))
    return name;
  else
    throw new Error(`Invalid entity name ${name}`);
}
var SCRIPT_ZEROS = [
  // Basic Latin (ASCII) — included for completeness / pass-through
  48,
  // 0-9
  // Arabic scripts
  1632,
  // Arabic-Indic ٠١٢٣٤٥٦٧٨٩
  1776,
  // Extended Arabic-Indic (Urdu/Persian/Sindhi) ۰۱۲۳
  // Indic scripts
  2406,
  // Devanagari ०१२३४५६७८९
  2534,
  // Bengali ০১২৩৪৫৬৭৮৯
  2662,
  // Gurmukhi ੦੧੨੩੪੫੬੭੮੯
  2790,
  // Gujarati ૦૧૨૩૪૫૬૭૮૯
  2918,
  // Odia ୦୧୨୩୪୫୬୭୮୯
  3046,
  // Tamil ௦௧௨௩௪௫௬௭௮௯
  3174,
  // Telugu ౦౧౨౩౪౫౬౭౮౯
  3302,
  // Kannada ೦೧೨೩೪೫೬೭೮೯
  3430,
  // Malayalam ൦൧൨൩൪൫൬൭൮൯
  3558,
  // Sinhala Archaic ෦෧෨෩෪෫෬෭෮෯
  // Southeast Asian scripts
  3664,
  // Thai ๐๑๒๓๔๕๖๗๘๙
  3792,
  // Lao ໐໑໒໓໔໕໖໗໘໙
  3872,
  // Tibetan ༠༡༢༣༤༥༦༧༨༩
  4160,
  // Myanmar ၀၁၂၃၄၅၆၇၈၉
  4240,
  // Myanmar Shan ႐႑႒႓႔႕႖႗႘႙
  6112,
  // Khmer ០១២៣៤៥៦៧៨៩
  6160,
  // Mongolian ᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙
  6470,
  // Limbu ᥆᥇᥈᥉᥊᥋᥌᥍᥎᥏
  6608,
  // New Tai Lue ᧐᧑᧒᧓᧔᧕᧖᧗᧘᧙
  6784,
  // Tai Tham Hora ᪀᪁᪂᪃᪄᪅᪆᪇᪈᪉
  6800,
  // Tai Tham Tham ᪐᪑᪒᪓᪔᪕᪖᪗᪘᪙
  6992,
  // Balinese ᭐᭑᭒᭓᭔᭕᭖᭗᭘᭙
  7088,
  // Sundanese ᮰᮱᮲᮳᮴᮵᮶᮷᮸᮹
  7232,
  // Lepcha ᱀᱁᱂᱃᱄᱅᱆᱇᱈᱉
  7248,
  // Ol Chiki ᱐᱑᱒᱓᱔᱕᱖᱗᱘᱙
  // Fullwidth (CJK context)
  65296,
  // Fullwidth ０１２３４５６７８９
  // Mathematical digit variants (Unicode math block)
  120782,
  // Mathematical Bold
  120792,
  // Mathematical Double-Struck
  120802,
  // Mathematical Sans-Serif
  120812,
  // Mathematical Sans-Serif Bold
  120822,
  // Mathematical Monospace
  // Other scripts
  66720,
  // Osmanya 𐒠𐒡𐒢𐒣𐒤𐒥𐒦𐒧𐒨𐒩
  68912,
  // Hanifi Rohingya 𐴰𐴱𐴲𐴳𐴴𐴵𐴶𐴷𐴸𐴹
  69734,
  // Brahmi 𑁦𑁧𑁨𑁩𑁪𑁫𑁬𑁭𑁮𑁯
  69872,
  // Sora Sompeng 𑃰𑃱𑃲𑃳𑃴𑃵𑃶𑃷𑃸𑃹
  69942,
  // Chakma 𑄶𑄷𑄸𑄹𑄺𑄻𑄼𑄽𑄾𑄿
  70096,
  // Sharada 𑇐𑇑𑇒𑇓𑇔𑇕𑇖𑇗𑇘𑇙
  70384,
  // Khudawadi 𑋰𑋱𑋲𑋳𑋴𑋵𑋶𑋷𑋸𑋹
  70736,
  // Newa 𑑐𑑑𑑒𑑓𑑔𑑕𑑖𑑗𑑘𑑙
  70864,
  // Tirhuta 𑓐𑓑𑓒𑓓𑓔𑓕𑓖𑓗𑓘𑓙
  71248,
  // Modi 𑙐𑙑𑙒𑙓𑙔𑙕𑙖𑙗𑙘𑙙
  71360,
  // Takri 𑛀𑛁𑛂𑛃𑛄𑛅𑛆𑛇𑛈𑛉
  71472,
  // Ahom 𑜰𑜱𑜲𑜳𑜴𑜵𑜶𑜷𑜸𑜹
  71904,
  // Warang Citi 𑣠𑣡𑣢𑣣𑣤𑣥𑣦𑣧𑣨𑣩
  72016,
  // Dives Akuru 𑥐𑥑𑥒𑥓𑥔𑥕𑥖𑥗𑥘𑥙
  72688,
  // Khitan Small Script 𑯰𑯱𑯲𑯳𑯴𑯵𑯶𑯷𑯸𑯹
  72784,
  // Bhaiksuki 𑱐𑱑𑱒𑱓𑱔𑱕𑱖𑱗𑱘𑱙
  73040,
  // Masaram Gondi 𑵐𑵑𑵒𑵓𑵔𑵕𑵖𑵗𑵘𑵙
  73120,
  // Gunjala Gondi 𑶠𑶡𑶢𑶣𑶤𑶥𑶦𑶧𑶨𑶩
  73552,
  // Kawi 𑽐𑽑𑽒𑽓𑽔𑽕𑽖𑽗𑽘𑽙
  92768,
  // Mro 𖩠𖩡𖩢𖩣𖩤𖩥𖩦𖩧𖩨𖩩
  92864,
  // Tangsa 𖫀𖫁𖫂𖫃𖫄𖫅𖫆𖫇𖫈𖫉
  93008,
  // Pahawh Hmong 𖭐𖭑𖭒𖭓𖭔𖭕𖭖𖭗𖭘𖭙
  123200,
  // Nyiakeng Puachue Hmong 𞅀𞅁𞅂𞅃𞅄𞅅𞅆𞅇𞅈𞅉
  123632,
  // Wancho 𞋰𞋱𞋲𞋳𞋴𞋵𞋶𞋷𞋸𞋹
  124144,
  // Nag Mundari 𞓰𞓱𞓲𞓳𞓴𞓵𞓶𞓷𞓸𞓹
  125264,
  // Adlam 𞥐𞥑𞥒𞥓𞥔𞥕𞥖𞥗𞥘𞥙
  130032
  // Segmented digit symbols 🯰🯱🯲🯳🯴🯵🯶🯷🯸🯹
];
var NOT_DIGIT = 255;
var HIGH_MAP = /* @__PURE__ */ new Map();
var LOW_MAX = 65535;
var LOW_MIN = 1632;
var TABLE_OFFSET = LOW_MIN;
var TABLE_SIZE = LOW_MAX - LOW_MIN + 1;
var TABLE = new Uint8Array(TABLE_SIZE).fill(NOT_DIGIT);
for (const zero of SCRIPT_ZEROS) {
  for (let d = 0; d < 10; d++) {
    const cp = zero + d;
    if (cp <= LOW_MAX) {
      TABLE[cp - TABLE_OFFSET] = d;
    } else {
      HIGH_MAP.set(cp, d);
    }
  }
}
var CHAR_0 = 48;
var CHAR_9 = 57;
var CHAR_MINUS = 45;
var MINUS_SET = /* @__PURE__ */ new Set([8722, 65293, 65123]);
function anynum(str) {
  if (typeof str !== "string") return str;
  const len = str.length;
  if (len === 0) return str;
  let firstHit = -1;
  for (let i = 0; i < len; i++) {
    const cc = str.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) continue;
    if (cc < TABLE_OFFSET) {
      if (MINUS_SET.has(cc)) {
        firstHit = i;
        break;
      }
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
          if (HIGH_MAP.has(cp)) {
            firstHit = i;
            break;
          }
        }
      }
      continue;
    }
    if (TABLE[cc - TABLE_OFFSET] !== NOT_DIGIT || MINUS_SET.has(cc)) {
      firstHit = i;
      break;
    }
  }
  if (firstHit === -1) return str;
  const chars = [];
  if (firstHit > 0) chars.push(str.slice(0, firstHit));
  for (let i = firstHit; i < len; i++) {
    const cc = str.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) {
      chars.push(str[i]);
      continue;
    }
    if (cc < TABLE_OFFSET) {
      chars.push(MINUS_SET.has(cc) ? "-" : str[i]);
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
          const d2 = HIGH_MAP.get(cp);
          if (d2 !== void 0) {
            chars.push(String.fromCharCode(d2 + 48));
            i++;
            continue;
          }
        }
      }
      chars.push(str[i]);
      continue;
    }
    if (MINUS_SET.has(cc)) {
      chars.push("-");
      continue;
    }
    const d = TABLE[cc - TABLE_OFFSET];
    chars.push(d !== NOT_DIGIT ? String.fromCharCode(d + 48) : str[i]);
  }
  return chars.join("");
}
var anynum_default = anynum;
var hexRegex = /^[-+]?0x[a-fA-F0-9]+$/;
var binRegex = /^0b[01]+$/;
var octRegex = /^0o[0-7]+$/;
var numRegex = /^([\-\+])?(0*)([0-9]*(\.[0-9]*)?)$/;
var consider = {
  hex: true,
  binary: false,
  octal: false,
  leadingZeros: true,
  decimalPoint: ".",
  eNotation: true,
  //skipLike: /regex/,
  infinity: "original",
  // "null", "infinity" (Infinity type), "string" ("Infinity" (the string literal))
  unicode: false
};
function toNumber(str, options = {}) {
  options = Object.assign({}, consider, options);
  if (!str || typeof str !== "string") return str;
  let trimmedStr = str.trim();
  if (trimmedStr.length === 0) return str;
  else if (options.skipLike !== void 0 && options.skipLike.test(trimmedStr)) return str;
  else if (trimmedStr === "0") return 0;
  if (options.unicode) {
    trimmedStr = anynum_default(trimmedStr);
    if (trimmedStr === "0") return 0;
  }
  if (options.hex && hexRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 16);
  } else if (options.binary && binRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 2);
  } else if (options.octal && octRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 8);
  } else if (!isFinite(trimmedStr)) {
    const num = Number(trimmedStr);
    if (Number.isNaN(num)) return str;
    return handleInfinity(str, num, options);
  } else if (trimmedStr.includes("e") || trimmedStr.includes("E")) {
    return resolveEnotation(str, trimmedStr, options);
  } else {
    const match = numRegex.exec(trimmedStr);
    if (match) {
      const sign = match[1] || "";
      const leadingZeros = match[2];
      let numTrimmedByZeros = trimZeros(match[3]);
      const decimalAdjacentToLeadingZeros = sign ? (
        // 0., -00., 000.
        trimmedStr[leadingZeros.length + 1] === "."
      ) : trimmedStr[leadingZeros.length] === ".";
      if (!options.leadingZeros && (leadingZeros.length > 1 || leadingZeros.length === 1 && !decimalAdjacentToLeadingZeros)) {
        return str;
      } else {
        const num = Number(trimmedStr);
        const parsedStr = String(num);
        if (num === 0) return num;
        if (parsedStr.search(/[eE]/) !== -1) {
          if (options.eNotation) return num;
          else return str;
        } else if (trimmedStr.indexOf(".") !== -1) {
          if (parsedStr === "0") return num;
          else if (parsedStr === numTrimmedByZeros) return num;
          else if (parsedStr === `${sign}${numTrimmedByZeros}`) return num;
          else return str;
        }
        let n = leadingZeros ? numTrimmedByZeros : trimmedStr;
        if (leadingZeros) {
          return n === parsedStr || sign + n === parsedStr ? num : str;
        } else {
          return n === parsedStr || n === sign + parsedStr ? num : str;
        }
      }
    } else {
      return str;
    }
  }
}
var eNotationRegx = /^([-+])?(0*)(\d*(\.\d*)?[eE][-\+]?\d+)$/;
function resolveEnotation(str, trimmedStr, options) {
  if (!options.eNotation) return str;
  const notation = trimmedStr.match(eNotationRegx);
  if (notation) {
    let sign = notation[1] || "";
    const eChar = notation[3].indexOf("e") === -1 ? "E" : "e";
    const leadingZeros = notation[2];
    const eAdjacentToLeadingZeros = sign ? (
      // 0E.
      trimmedStr[leadingZeros.length + 1] === eChar
    ) : trimmedStr[leadingZeros.length] === eChar;
    if (leadingZeros.length > 1 && eAdjacentToLeadingZeros) return str;
    else if (leadingZeros.length === 1 && (notation[3].startsWith(`.${eChar}`) || notation[3][0] === eChar)) {
      return Number(trimmedStr);
    } else if (leadingZeros.length > 0) {
      if (options.leadingZeros && !eAdjacentToLeadingZeros) {
        return Number(trimmedStr);
      } else return str;
    } else {
      return Number(trimmedStr);
    }
  } else {
    return str;
  }
}
function trimZeros(numStr) {
  if (numStr && numStr.indexOf(".") !== -1) {
    let end = numStr.length;
    while (end > 0 && numStr.charCodeAt(end - 1) === 48) end--;
    numStr = numStr.slice(0, end);
    if (numStr === ".") numStr = "0";
    else if (numStr[0] === ".") numStr = "0" + numStr;
    else if (numStr[numStr.length - 1] === ".") numStr = numStr.substring(0, numStr.length - 1);
    return numStr;
  }
  return numStr;
}
function parse_int(numStr, base) {
  const str = numStr.trim();
  if (base === 2 || base === 8) numStr = str.substring(2);
  if (parseInt) return parseInt(numStr, base);
  else if (Number.parseInt) return Number.parseInt(numStr, base);
  else if (window && window.parseInt) return window.parseInt(numStr, base);
  else throw new Error("parseInt, Number.parseInt, window.parseInt are not supported");
}
function handleInfinity(str, num, options) {
  const isPositive = num === Infinity;
  switch (options.infinity.toLowerCase()) {
    case "null":
      return null;
    case "infinity":
      return num;
    // Return Infinity or -Infinity
    case "string":
      return isPositive ? "Infinity" : "-Infinity";
    case "original":
    default:
      return str;
  }
}
function getIgnoreAttributesFn(ignoreAttributes) {
  if (typeof ignoreAttributes === "function") {
    return ignoreAttributes;
  }
  if (Array.isArray(ignoreAttributes)) {
    return (attrName) => {
      for (const pattern of ignoreAttributes) {
        if (typeof pattern === "string" && attrName === pattern) {
          return true;
        }
        if (pattern instanceof RegExp && pattern.test(attrName)) {
          return true;
        }
      }
    };
  }
  return () => false;
}
var Expression = class {
  /**
   * Create a new Expression
   * @param {string} pattern - Pattern string (e.g., "root.users.user", "..user[id]")
   * @param {Object} options - Configuration options
   * @param {string} options.separator - Path separator (default: '.')
   */
  constructor(pattern, options = {}, data) {
    this.pattern = pattern;
    this.separator = options.separator || ".";
    this.segments = this._parse(pattern);
    this.data = data;
    this._hasDeepWildcard = this.segments.some((seg) => seg.type === "deep-wildcard");
    this._hasAttributeCondition = this.segments.some((seg) => seg.attrName !== void 0);
    this._hasPositionSelector = this.segments.some((seg) => seg.position !== void 0);
  }
  /**
   * Parse pattern string into segments
   * @private
   * @param {string} pattern - Pattern to parse
   * @returns {Array} Array of segment objects
   */
  _parse(pattern) {
    const segments = [];
    let i = 0;
    let currentPart = "";
    while (i < pattern.length) {
      if (pattern[i] === this.separator) {
        if (i + 1 < pattern.length && pattern[i + 1] === this.separator) {
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
            currentPart = "";
          }
          segments.push({ type: "deep-wildcard" });
          i += 2;
        } else {
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
          }
          currentPart = "";
          i++;
        }
      } else {
        currentPart += pattern[i];
        i++;
      }
    }
    if (currentPart.trim()) {
      segments.push(this._parseSegment(currentPart.trim()));
    }
    return segments;
  }
  /**
   * Parse a single segment
   * @private
   * @param {string} part - Segment string (e.g., "user", "ns::user", "user[id]", "ns::user:first")
   * @returns {Object} Segment object
   */
  _parseSegment(part) {
    const segment = { type: "tag" };
    let bracketContent = null;
    let withoutBrackets = part;
    const bracketMatch = part.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
    if (bracketMatch) {
      withoutBrackets = bracketMatch[1] + bracketMatch[3];
      if (bracketMatch[2]) {
        const content = bracketMatch[2].slice(1, -1);
        if (content) {
          bracketContent = content;
        }
      }
    }
    let namespace = void 0;
    let tagAndPosition = withoutBrackets;
    if (withoutBrackets.includes("::")) {
      const nsIndex = withoutBrackets.indexOf("::");
      namespace = withoutBrackets.substring(0, nsIndex).trim();
      tagAndPosition = withoutBrackets.substring(nsIndex + 2).trim();
      if (!namespace) {
        throw new Error(`Invalid namespace in pattern: ${part}`);
      }
    }
    let tag = void 0;
    let positionMatch = null;
    if (tagAndPosition.includes(":")) {
      const colonIndex = tagAndPosition.lastIndexOf(":");
      const tagPart = tagAndPosition.substring(0, colonIndex).trim();
      const posPart = tagAndPosition.substring(colonIndex + 1).trim();
      const isPositionKeyword = ["first", "last", "odd", "even"].includes(posPart) || /^nth\(\d+\)$/.test(posPart);
      if (isPositionKeyword) {
        tag = tagPart;
        positionMatch = posPart;
      } else {
        tag = tagAndPosition;
      }
    } else {
      tag = tagAndPosition;
    }
    if (!tag) {
      throw new Error(`Invalid segment pattern: ${part}`);
    }
    segment.tag = tag;
    if (namespace) {
      segment.namespace = namespace;
    }
    if (bracketContent) {
      if (bracketContent.includes("=")) {
        const eqIndex = bracketContent.indexOf("=");
        segment.attrName = bracketContent.substring(0, eqIndex).trim();
        segment.attrValue = bracketContent.substring(eqIndex + 1).trim();
      } else {
        segment.attrName = bracketContent.trim();
      }
    }
    if (positionMatch) {
      const nthMatch = positionMatch.match(/^nth\((\d+)\)$/);
      if (nthMatch) {
        segment.position = "nth";
        segment.positionValue = parseInt(nthMatch[1], 10);
      } else {
        segment.position = positionMatch;
      }
    }
    return segment;
  }
  /**
   * Get the number of segments
   * @returns {number}
   */
  get length() {
    return this.segments.length;
  }
  /**
   * Check if expression contains deep wildcard
   * @returns {boolean}
   */
  hasDeepWildcard() {
    return this._hasDeepWildcard;
  }
  /**
   * Check if expression has attribute conditions
   * @returns {boolean}
   */
  hasAttributeCondition() {
    return this._hasAttributeCondition;
  }
  /**
   * Check if expression has position selectors
   * @returns {boolean}
   */
  hasPositionSelector() {
    return this._hasPositionSelector;
  }
  /**
   * Get string representation
   * @returns {string}
   */
  toString() {
    return this.pattern;
  }
};
var ExpressionSet = class {
  constructor() {
    this._byDepthAndTag = /* @__PURE__ */ new Map();
    this._wildcardByDepth = /* @__PURE__ */ new Map();
    this._deepWildcards = [];
    this._deepByTerminalTag = /* @__PURE__ */ new Map();
    this._patterns = /* @__PURE__ */ new Set();
    this._sealed = false;
  }
  /**
   * Add an Expression to the set.
   * Duplicate patterns (same pattern string) are silently ignored.
   *
   * @param {import('./Expression.js').default} expression - A pre-constructed Expression instance
   * @returns {this} for chaining
   * @throws {TypeError} if called after seal()
   *
   * @example
   * set.add(new Expression('root.users.user'));
   * set.add(new Expression('..script'));
   */
  add(expression) {
    if (this._sealed) {
      throw new TypeError(
        "ExpressionSet is sealed. Create a new ExpressionSet to add more expressions."
      );
    }
    if (this._patterns.has(expression.pattern)) return this;
    this._patterns.add(expression.pattern);
    if (expression.hasDeepWildcard()) {
      const lastSeg2 = expression.segments[expression.segments.length - 1];
      if (lastSeg2 && lastSeg2.type !== "deep-wildcard" && lastSeg2.tag !== "*") {
        const tag2 = lastSeg2.tag;
        if (!this._deepByTerminalTag.has(tag2)) this._deepByTerminalTag.set(tag2, []);
        this._deepByTerminalTag.get(tag2).push(expression);
      } else {
        this._deepWildcards.push(expression);
      }
      return this;
    }
    const depth = expression.length;
    const lastSeg = expression.segments[expression.segments.length - 1];
    const tag = lastSeg?.tag;
    if (!tag || tag === "*") {
      if (!this._wildcardByDepth.has(depth)) this._wildcardByDepth.set(depth, []);
      this._wildcardByDepth.get(depth).push(expression);
    } else {
      const key = `${depth}:${tag}`;
      if (!this._byDepthAndTag.has(key)) this._byDepthAndTag.set(key, []);
      this._byDepthAndTag.get(key).push(expression);
    }
    return this;
  }
  /**
   * Add multiple expressions at once.
   *
   * @param {import('./Expression.js').default[]} expressions - Array of Expression instances
   * @returns {this} for chaining
   *
   * @example
   * set.addAll([
   *   new Expression('root.users.user'),
   *   new Expression('root.config.setting'),
   * ]);
   */
  addAll(expressions) {
    for (const expr of expressions) this.add(expr);
    return this;
  }
  /**
   * Check whether a pattern string is already present in the set.
   *
   * @param {import('./Expression.js').default} expression
   * @returns {boolean}
   */
  has(expression) {
    return this._patterns.has(expression.pattern);
  }
  /**
   * Number of expressions in the set.
   * @type {number}
   */
  get size() {
    return this._patterns.size;
  }
  /**
   * Seal the set against further modifications.
   * Useful to prevent accidental mutations after config is built.
   * Calling add() or addAll() on a sealed set throws a TypeError.
   *
   * @returns {this}
   */
  seal() {
    this._sealed = true;
    return this;
  }
  /**
   * Whether the set has been sealed.
   * @type {boolean}
   */
  get isSealed() {
    return this._sealed;
  }
  /**
   * Test whether the matcher's current path matches any expression in the set.
   *
   * Evaluation order (cheapest → most expensive):
   *  1. Exact depth + tag bucket  — O(1) lookup, typically 0–2 expressions
   *  2. Depth-only wildcard bucket — O(1) lookup, rare
   *  3. Deep-wildcard list         — always checked, but usually small
   *
   * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
   * @returns {boolean} true if any expression matches the current path
   *
   * @example
   * if (stopNodes.matchesAny(matcher)) {
   *   // handle stop node
   * }
   */
  matchesAny(matcher) {
    return this.findMatch(matcher) !== null;
  }
  /**
  * Find and return the first Expression that matches the matcher's current path.
  *
  * Uses the same evaluation order as matchesAny (cheapest → most expensive):
  *  1. Exact depth + tag bucket
  *  2. Depth-only wildcard bucket
  *  3. Deep-wildcard list
  *
  * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
  * @returns {import('./Expression.js').default | null} the first matching Expression, or null
  *
  * @example
  * const expr = stopNodes.findMatch(matcher);
  * if (expr) {
  *   // access expr.config, expr.pattern, etc.
  * }
  */
  findMatch(matcher) {
    const depth = matcher.getDepth();
    const tag = matcher.getCurrentTag();
    const exactKey = `${depth}:${tag}`;
    const exactBucket = this._byDepthAndTag.get(exactKey);
    if (exactBucket) {
      for (let i = 0; i < exactBucket.length; i++) {
        if (matcher.matches(exactBucket[i])) return exactBucket[i];
      }
    }
    const wildcardBucket = this._wildcardByDepth.get(depth);
    if (wildcardBucket) {
      for (let i = 0; i < wildcardBucket.length; i++) {
        if (matcher.matches(wildcardBucket[i])) return wildcardBucket[i];
      }
    }
    const deepBucket = this._deepByTerminalTag.get(tag);
    if (deepBucket) {
      for (let i = 0; i < deepBucket.length; i++) {
        if (matcher.matches(deepBucket[i])) return deepBucket[i];
      }
    }
    for (let i = 0; i < this._deepWildcards.length; i++) {
      if (matcher.matches(this._deepWildcards[i])) return this._deepWildcards[i];
    }
    return null;
  }
};
var MatcherView = class {
  /**
   * @param {Matcher} matcher - The parent Matcher instance to read from.
   */
  constructor(matcher) {
    this._matcher = matcher;
  }
  /**
   * Get the path separator used by the parent matcher.
   * @returns {string}
   */
  get separator() {
    return this._matcher.separator;
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    const path23 = this._matcher.path;
    return path23.length > 0 ? path23[path23.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    const path23 = this._matcher.path;
    return path23.length > 0 ? path23[path23.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    const path23 = this._matcher.path;
    if (path23.length === 0) return void 0;
    return path23[path23.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    const path23 = this._matcher.path;
    if (path23.length === 0) return false;
    const current = path23[path23.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {*}
   */
  getAnyParentAttr(attrName) {
    return this._matcher.getAnyParentAttr(attrName);
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    return this._matcher.hasAnyParentAttr(attrName);
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    const path23 = this._matcher.path;
    if (path23.length === 0) return -1;
    return path23[path23.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    const path23 = this._matcher.path;
    if (path23.length === 0) return -1;
    return path23[path23.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this._matcher.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    return this._matcher.toString(separator, includeNamespace);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this._matcher.path.map((n) => n.tag);
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    return this._matcher.matches(expression);
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this._matcher);
  }
};
var Matcher = class {
  /**
   * Create a new Matcher.
   * @param {Object} [options={}]
   * @param {string} [options.separator='.'] - Default path separator
   */
  constructor(options = {}) {
    this.separator = options.separator || ".";
    this.path = [];
    this.siblingStacks = [];
    this._pathStringCache = null;
    this._view = new MatcherView(this);
    this._keptAttrs = [];
  }
  /**
   * Push a new tag onto the path.
   * @param {string} tagName
   * @param {Object|null} [attrValues=null]
   * @param {string|null} [namespace=null]
   * @param {Object|null} [options=null]
   * @param {string[]} [options.keep] - Names of attributes (from attrValues)
   */
  push(tagName, attrValues = null, namespace = null, options = null) {
    this._pathStringCache = null;
    if (this.path.length > 0) {
      this.path[this.path.length - 1].values = void 0;
    }
    const currentLevel = this.path.length;
    let level = this.siblingStacks[currentLevel];
    if (!level) {
      level = { counts: /* @__PURE__ */ new Map(), total: 0 };
      this.siblingStacks[currentLevel] = level;
    }
    const siblingKey = namespace ? `${namespace}:${tagName}` : tagName;
    const counter = level.counts.get(siblingKey) || 0;
    const position = level.total;
    level.counts.set(siblingKey, counter + 1);
    level.total++;
    const node = {
      tag: tagName,
      position,
      counter
    };
    if (namespace !== null && namespace !== void 0) {
      node.namespace = namespace;
    }
    if (attrValues !== null && attrValues !== void 0) {
      node.values = attrValues;
    }
    this.path.push(node);
    const depth = this.path.length;
    const keep = options !== null ? options.keep : null;
    if (keep !== null && keep !== void 0 && keep.length > 0 && attrValues) {
      for (let i = 0; i < keep.length; i++) {
        const name = keep[i];
        if (attrValues[name] !== void 0) {
          this._keptAttrs.push({ depth, name, value: attrValues[name] });
        }
      }
    }
  }
  /**
   * Pop the last tag from the path.
   * @returns {Object|undefined} The popped node
   */
  pop() {
    if (this.path.length === 0) return void 0;
    this._pathStringCache = null;
    const node = this.path.pop();
    if (this.siblingStacks.length > this.path.length + 1) {
      this.siblingStacks.length = this.path.length + 1;
    }
    const poppedDepth = this.path.length + 1;
    while (this._keptAttrs.length > 0 && this._keptAttrs[this._keptAttrs.length - 1].depth >= poppedDepth) {
      this._keptAttrs.pop();
    }
    return node;
  }
  /**
   * Update current node's attribute values.
   * Useful when attributes are parsed after push.
   * @param {Object} attrValues
   */
  updateCurrent(attrValues) {
    if (this.path.length > 0) {
      const current = this.path[this.path.length - 1];
      if (attrValues !== null && attrValues !== void 0) {
        current.values = attrValues;
      }
    }
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    return this.path.length > 0 ? this.path[this.path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    return this.path.length > 0 ? this.path[this.path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    if (this.path.length === 0) return void 0;
    return this.path[this.path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    if (this.path.length === 0) return false;
    const current = this.path[this.path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * Unlike getAttrValue(), this works regardless of how deep the path has
   * gone since the attribute was pushed — but only for attribute names that
   * were explicitly marked with `keep` at push time. Cost is proportional to
   * the number of currently-kept attributes (typically 0-3), not path depth.
   * @param {string} attrName
   * @returns {*} the value, or undefined if no ancestor kept this attribute
   */
  getAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return kept[i].value;
    }
    return void 0;
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return true;
    }
    return false;
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    const sep2 = separator || this.separator;
    const isDefault = sep2 === this.separator && includeNamespace === true;
    if (isDefault) {
      if (this._pathStringCache !== null) {
        return this._pathStringCache;
      }
      const result = this.path.map(
        (n) => n.namespace ? `${n.namespace}:${n.tag}` : n.tag
      ).join(sep2);
      this._pathStringCache = result;
      return result;
    }
    return this.path.map(
      (n) => includeNamespace && n.namespace ? `${n.namespace}:${n.tag}` : n.tag
    ).join(sep2);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this.path.map((n) => n.tag);
  }
  /**
   * Reset the path to empty.
   */
  reset() {
    this._pathStringCache = null;
    this.path = [];
    this.siblingStacks = [];
    this._keptAttrs = [];
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    const segments = expression.segments;
    if (segments.length === 0) {
      return false;
    }
    if (expression.hasDeepWildcard()) {
      return this._matchWithDeepWildcard(segments);
    }
    return this._matchSimple(segments);
  }
  /**
   * @private
   */
  _matchSimple(segments) {
    if (this.path.length !== segments.length) {
      return false;
    }
    for (let i = 0; i < segments.length; i++) {
      if (!this._matchSegment(segments[i], this.path[i], i === this.path.length - 1)) {
        return false;
      }
    }
    return true;
  }
  /**
   * @private
   */
  _matchWithDeepWildcard(segments) {
    let pathIdx = this.path.length - 1;
    let segIdx = segments.length - 1;
    while (segIdx >= 0 && pathIdx >= 0) {
      const segment = segments[segIdx];
      if (segment.type === "deep-wildcard") {
        segIdx--;
        if (segIdx < 0) {
          return true;
        }
        const nextSeg = segments[segIdx];
        let found = false;
        for (let i = pathIdx; i >= 0; i--) {
          if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
            pathIdx = i - 1;
            segIdx--;
            found = true;
            break;
          }
        }
        if (!found) {
          return false;
        }
      } else {
        if (!this._matchSegment(segment, this.path[pathIdx], pathIdx === this.path.length - 1)) {
          return false;
        }
        pathIdx--;
        segIdx--;
      }
    }
    return segIdx < 0;
  }
  /**
   * @private
   */
  _matchSegment(segment, node, isCurrentNode) {
    if (segment.tag !== "*" && segment.tag !== node.tag) {
      return false;
    }
    if (segment.namespace !== void 0) {
      if (segment.namespace !== "*" && segment.namespace !== node.namespace) {
        return false;
      }
    }
    if (segment.attrName !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      if (!node.values || !(segment.attrName in node.values)) {
        return false;
      }
      if (segment.attrValue !== void 0) {
        if (String(node.values[segment.attrName]) !== String(segment.attrValue)) {
          return false;
        }
      }
    }
    if (segment.position !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      const counter = node.counter ?? 0;
      if (segment.position === "first" && counter !== 0) {
        return false;
      } else if (segment.position === "odd" && counter % 2 !== 1) {
        return false;
      } else if (segment.position === "even" && counter % 2 !== 0) {
        return false;
      } else if (segment.position === "nth" && counter !== segment.positionValue) {
        return false;
      }
    }
    return true;
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this);
  }
  /**
   * Create a snapshot of current state.
   * @returns {Object}
   */
  snapshot() {
    return {
      path: this.path.map((node) => ({ ...node })),
      siblingStacks: this.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level),
      keptAttrs: this._keptAttrs.map((entry) => ({ ...entry }))
    };
  }
  /**
   * Restore state from snapshot.
   * @param {Object} snapshot
   */
  restore(snapshot) {
    this._pathStringCache = null;
    this.path = snapshot.path.map((node) => ({ ...node }));
    this.siblingStacks = snapshot.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level);
    this._keptAttrs = (snapshot.keptAttrs || []).map((entry) => ({ ...entry }));
  }
  /**
   * Return the read-only {@link MatcherView} for this matcher.
   *
   * The same instance is returned on every call — no allocation occurs.
   * It always reflects the current parser state and is safe to pass to
   * user callbacks without risk of accidental mutation.
   *
   * @returns {MatcherView}
   *
   * @example
   * const view = matcher.readOnly();
   * // pass view to callbacks — it stays in sync automatically
   * view.matches(expr);       // ✓
   * view.getCurrentTag();     // ✓
   * // view.push(...)         // ✗ method does not exist — caught by TypeScript
   */
  readOnly() {
    return this._view;
  }
};
var HTML_PATTERNS = [
  {
    id: "html-script-open",
    description: "<script opening tag",
    pattern: /<script[\s>/]/i
  },
  {
    id: "html-script-close",
    description: "</script closing tag",
    pattern: /<\/script[\s>]/i
  },
  {
    id: "html-javascript-protocol",
    description: "javascript: URI scheme (with optional whitespace/encoding)",
    // Handles j&#x61;vascript:, j\u0061vascript:, and whitespace variants
    pattern: /j[\t\n\r ]*a[\t\n\r ]*v[\t\n\r ]*a[\t\n\r ]*s[\t\n\r ]*c[\t\n\r ]*r[\t\n\r ]*i[\t\n\r ]*p[\t\n\r ]*t[\t\n\r ]*:/i
  },
  {
    id: "html-vbscript-protocol",
    description: "vbscript: URI scheme",
    pattern: /vbscript[\t\n\r ]*:/i
  },
  {
    id: "html-data-html",
    description: "data:text/html URI \u2014 can execute scripts in browsers",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*text\/html/i
  },
  {
    id: "html-data-xhtml",
    description: "data:application/xhtml+xml URI",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*application\/xhtml/i
  },
  {
    id: "html-data-svg",
    description: "data:image/svg+xml URI \u2014 can execute scripts",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*image\/svg\+xml/i
  },
  {
    id: "html-inline-event-handler",
    description: "Inline event handler attributes: onclick=, onerror=, onload=, etc.",
    // \bon ensures we match a word boundary so "phonetic=" is not caught
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "html-entity-obfuscated-script",
    description: "HTML-entity-encoded <script (e.g. &#x3C;script or &lt;script)",
    // Entities include optional trailing semicolon: &#x3C; or &#x3C (both valid in HTML5)
    pattern: /(?:&#x0*3[Cc];?|&#0*60;?|&lt;)\s*script/i
  },
  {
    id: "html-entity-obfuscated-javascript",
    description: 'HTML-entity-encoded javascript: (partial \u2014 catches common &#106; or &#x6a; for "j")',
    pattern: /(?:&#x0*6[Aa];?|&#0*106;?)\s*(?:&#x0*61;?|a)[\s\S]{0,80}script\s*:/i
  },
  {
    id: "html-style-expression",
    description: "CSS expression() \u2014 IE-era code execution in style attributes",
    pattern: /style[\s\S]{0,20}expression\s*\(/i
  },
  {
    id: "html-object-embed",
    description: "<object or <embed tags that can load active content",
    pattern: /<(?:object|embed)[\s>/]/i
  },
  {
    id: "html-base-tag",
    description: "<base href= \u2014 can hijack all relative URLs on a page",
    pattern: /<base[\s>]/i
  },
  {
    id: "html-meta-refresh",
    description: '<meta http-equiv="refresh" \u2014 can redirect users',
    pattern: /<meta[\s\S]{0,40}http-equiv[\s\S]{0,20}refresh/i
  },
  {
    id: "html-srcdoc",
    description: "srcdoc= attribute on iframes \u2014 embeds HTML that can run scripts",
    pattern: /srcdoc\s*=/i
  },
  {
    id: "html-iframe",
    description: "<iframe tag",
    pattern: /<iframe[\s>/]/i
  },
  {
    id: "html-form",
    description: "<form tag \u2014 can be used for phishing / credential harvesting injection",
    pattern: /<form[\s>/]/i
  }
];
var html_default = HTML_PATTERNS;
var XML_PATTERNS = [
  {
    id: "xml-cdata-injection",
    description: "CDATA section injection: <![CDATA[ breaks out of text node context",
    pattern: /<!\[CDATA\[/i
  },
  {
    id: "xml-cdata-close",
    description: "CDATA close sequence: ]]> can terminate an enclosing CDATA section",
    pattern: /\]\]>/
  },
  {
    id: "xml-processing-instruction",
    description: "XML processing instruction: <?xml-stylesheet or <?php etc.",
    pattern: /<\?(?:xml[\- ]|php|asp)/i
  },
  {
    id: "xml-doctype-injection",
    description: "DOCTYPE declaration embedded in content \u2014 can define entities",
    // Match <!DOCTYPE followed by end-of-string, whitespace, or [ (internal subset)
    pattern: /<!DOCTYPE(?:[\s[]|$)/i
  },
  {
    id: "xml-entity-system",
    description: "SYSTEM keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bSYSTEM\s+["']/i
  },
  {
    id: "xml-entity-public",
    description: "PUBLIC keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bPUBLIC\s+["']/i
  },
  {
    id: "xml-entity-declaration",
    description: "<!ENTITY declaration \u2014 defines entities, potential XXE or entity expansion",
    pattern: /<!ENTITY[\s%]/i
  },
  {
    id: "xml-billion-laughs",
    description: "Entity reference chaining / billion laughs: repeated &eX; style references",
    // Heuristic: 3+ consecutive entity refs suggests expansion attack
    pattern: /(?:&\w{1,20};){3,}/
  },
  {
    id: "xml-namespace-confusion",
    description: "xmlns: attribute injection \u2014 can redefine namespaces to confuse parsers",
    // pattern: /\bxmlns\s*(?::\w{1,40})?\s*=/i,
    pattern: /\bxmlns(?::\w{1,40})?\s*=/i
  },
  {
    id: "xml-comment-injection",
    description: "<!-- comment injection \u2014 can hide content from some parsers",
    pattern: /<!--/
  },
  {
    id: "xml-comment-close",
    description: "--> closes an enclosing XML comment",
    pattern: /-->/
  },
  {
    id: "xml-pi-close",
    description: "?> closes an enclosing processing instruction",
    pattern: /\?>/
  }
];
var xml_default = XML_PATTERNS;
var SVG_PATTERNS = [
  {
    id: "svg-script-element",
    description: "<script element inside SVG executes JavaScript",
    pattern: /<script[\s>/]/i
  },
  {
    id: "svg-xlink-href-javascript",
    description: "xlink:href with javascript: \u2014 classic SVG XSS via <a> or <use>",
    pattern: /xlink\s*:\s*href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-href-javascript",
    description: "href= with javascript: in SVG context (<a>, <animate>, etc.)",
    pattern: /href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-foreignobject",
    description: "<foreignObject embeds HTML inside SVG \u2014 can execute scripts",
    pattern: /<foreignObject[\s>/]/i
  },
  {
    id: "svg-use-external",
    description: "<use xlink:href or href pointing to external resource (non-fragment URL)",
    // Match <use with href= where the value starts with a non-# character (external URL)
    // [\"'][^#] catches quoted values not starting with #; [^\"'#\s>] catches unquoted
    pattern: /<use[\s\S]{0,60}(?:xlink\s*:\s*)?href\s*=\s*(?:["'][^#]|[^"'#\s>])/i
  },
  {
    id: "svg-animate-href",
    description: '<animate attributeName="href" \u2014 can dynamically change href to javascript:',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*href["']/i
  },
  {
    id: "svg-animate-xlinkhref",
    description: '<animate attributeName="xlink:href"',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*xlink\s*:\s*href["']/i
  },
  {
    id: "svg-set-javascript",
    description: '<set to="javascript:..." \u2014 sets an attribute to a javascript: URI',
    pattern: /<set[\s\S]{0,80}to\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-event-handler",
    description: "SVG-specific event handler attributes: onload=, onerror=, onactivate=, etc.",
    pattern: /\bon(?:load|error|activate|begin|end|repeat|focus|blur|click|mouse\w{1,20}|key\w{1,20})\s*=/i
  },
  {
    id: "svg-handler-generic",
    description: "Generic on* handler catch-all for SVG attributes",
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "svg-filter-feimage",
    description: "<feImage href= \u2014 filter primitive that can load external resources",
    pattern: /<feImage[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=/i
  },
  {
    id: "svg-image-external",
    description: "<image xlink:href with http/https or javascript protocol",
    pattern: /<image[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=\s*["']?\s*(?:https?|javascript)\s*:/i
  },
  {
    id: "svg-style-javascript",
    description: "style= attribute containing javascript: (e.g. background:url(javascript:...))",
    pattern: /style\s*=[\s\S]{0,60}javascript\s*:/i
  }
];
var svg_default = SVG_PATTERNS;
var SQL_PATTERNS = [
  {
    id: "sql-block-comment-open",
    description: "SQL block comment open: /* ... */ \u2014 unusual in legitimate user text",
    pattern: /\/\*/
  },
  {
    id: "sql-union-select",
    description: "UNION SELECT \u2014 most common SQL injection aggregation attack",
    pattern: /\bUNION\s{1,20}(?:ALL\s{1,20})?SELECT\b/i
  },
  {
    id: "sql-drop-table",
    description: "DROP TABLE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}TABLE\b/i
  },
  {
    id: "sql-drop-database",
    description: "DROP DATABASE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}DATABASE\b/i
  },
  {
    id: "sql-insert-into",
    description: "INSERT INTO \u2014 data injection",
    pattern: /\bINSERT\s{1,20}INTO\b/i
  },
  {
    id: "sql-delete-from",
    description: "DELETE FROM \u2014 data deletion injection",
    pattern: /\bDELETE\s{1,20}FROM\b/i
  },
  {
    id: "sql-update-set",
    description: "UPDATE ... SET \u2014 data modification injection",
    // Allows arbitrary content between UPDATE and SET (table name, alias, etc.)
    pattern: /\bUPDATE\b[\s\S]{1,60}\bSET\b/i
  },
  {
    id: "sql-exec-xp",
    description: "EXEC xp_ \u2014 MSSQL extended stored procedure execution",
    pattern: /\bEXEC(?:UTE)?\s{1,20}xp_/i
  },
  {
    id: "sql-tautology-string",
    description: `Classic string tautology: ' OR '1'='1 or " OR "1"="1"`,
    // Last quote is optional — injection may truncate it: ' OR '1'='1--
    pattern: /'\s{0,10}OR\s{0,10}'[^']{0,20}'\s*=\s*'[^']{0,20}/i
  },
  {
    id: "sql-tautology-numeric",
    description: "Numeric tautology: OR 1=1",
    pattern: /\bOR\s{1,10}1\s*=\s*1\b/i
  },
  {
    id: "sql-always-true-zero",
    description: "Numeric tautology: OR 0=0",
    pattern: /\bOR\s{1,10}0\s*=\s*0\b/i
  },
  {
    id: "sql-sleep-benchmark",
    description: "Time-based blind injection: SLEEP() or BENCHMARK()",
    pattern: /\b(?:SLEEP|BENCHMARK)\s*\(/i
  },
  {
    id: "sql-waitfor-delay",
    description: "MSSQL time-based blind injection: WAITFOR DELAY",
    pattern: /\bWAITFOR\s{1,20}DELAY\b/i
  },
  {
    id: "sql-char-function",
    description: "CHAR() function \u2014 used to obfuscate injected strings",
    pattern: /\bCHAR\s*\(\s*\d{1,3}/i
  },
  {
    id: "sql-information-schema",
    description: "INFORMATION_SCHEMA \u2014 reconnaissance query for table/column enumeration",
    pattern: /\bINFORMATION_SCHEMA\b/i
  }
];
var sql_default = SQL_PATTERNS;
var SHELL_PATTERNS = [
  {
    id: "shell-path-traversal-unix",
    description: "Unix path traversal: ../  \u2014 climbing the directory tree",
    pattern: /\.\.\//
  },
  {
    id: "shell-path-traversal-windows",
    description: "Windows path traversal: ..\\ \u2014 climbing the directory tree",
    pattern: /\.\.\\/
  },
  {
    id: "shell-path-traversal-encoded",
    description: "URL-encoded path traversal: %2e%2e or %2f variants",
    pattern: /%2e%2e|%2f\.\.|\.\.%2f/i
  },
  {
    id: "shell-null-byte",
    description: "Null byte injection: \\x00 or %00 \u2014 truncates strings in C-backed functions",
    pattern: /\x00|%00/
  },
  {
    id: "shell-semicolon",
    description: "Semicolon command separator: cmd1; cmd2",
    pattern: /;/
  },
  {
    id: "shell-pipe",
    description: "Pipe operator: cmd1 | cmd2",
    pattern: /\|/
  },
  {
    id: "shell-and-operator",
    description: "AND operator: cmd1 && cmd2",
    pattern: /&&/
  },
  {
    id: "shell-or-operator",
    description: "OR operator: cmd1 || cmd2",
    pattern: /\|\|/
  },
  {
    id: "shell-backtick",
    description: "Backtick command substitution: `cmd`",
    pattern: /`/
  },
  {
    id: "shell-dollar-paren",
    description: "Dollar-paren command substitution: $(cmd)",
    pattern: /\$\(/
  },
  {
    id: "shell-dollar-brace",
    description: "Dollar-brace variable expansion: ${var} \u2014 can be abused for injection",
    pattern: /\$\{/
  },
  {
    id: "shell-redirect-out",
    description: "Output redirection: cmd > file or cmd >> file",
    pattern: />{1,2}/
  },
  {
    id: "shell-redirect-in",
    description: "Input redirection: cmd < file",
    pattern: /</
  },
  {
    id: "shell-newline-injection",
    description: "Newline injection: \\n or \\r \u2014 can inject new shell commands",
    pattern: /[\n\r]/
  },
  {
    id: "shell-glob-star",
    description: "Glob expansion: * or ? \u2014 can expand to unintended files",
    // Only flag when combined with path separators to reduce false positives
    pattern: /[/\\][*?]/
  },
  {
    id: "shell-absolute-root",
    description: "Absolute root path injection: string starting with / or \\ (Windows UNC)",
    pattern: /^(?:\/|\\\\)/
  },
  {
    id: "shell-windows-drive",
    description: "Windows drive letter path injection: C:\\ or D:/",
    pattern: /^[a-zA-Z]:[/\\]/
  },
  {
    id: "shell-curl-wget",
    description: "curl/wget with URL or flags \u2014 can exfiltrate data or download payloads",
    // Require a URL scheme (http/https/ftp) or a flag (-) to reduce false positives
    // "curl is a tool" won't match; "curl http://..." or "curl -s ..." will
    pattern: /\b(?:curl|wget)\s+(?:https?:\/\/|ftp:\/\/|-)/i
  }
];
var shell_default = SHELL_PATTERNS;
var REDOS_PATTERNS = [
  {
    id: "redos-nested-quantifier-plus",
    description: "Nested + quantifier inside a group with outer quantifier: (a+)+, (.+b)*, etc.",
    // Matches any group containing a + quantifier, with an outer * or + — catches (a+)+, (.+b)*, etc.
    pattern: /\([^)]*\+[^)]*\)[+*]/
  },
  {
    id: "redos-nested-quantifier-star",
    description: "Nested * quantifier: (a*)* or (a*)+ \u2014 catastrophic backtracking",
    pattern: /\([^)]*\*[^)]*\)[*+]/
  },
  {
    id: "redos-nested-groups",
    description: "Doubly nested quantified groups: ((a+)+) \u2014 guaranteed catastrophic",
    pattern: /\(\([^)]{0,40}\)[+*]\)[+*]/
  },
  {
    id: "redos-alternation-overlap",
    description: "Overlapping alternation under quantifier: (a|a)+ \u2014 ambiguous NFA paths",
    // Detect repeated identical alternatives under a quantifier
    pattern: /\(([^|()]{1,20})\|(?:\1)(?:\|[^|()]{1,20}){0,5}\)[+*?]{1,2}/
  },
  {
    id: "redos-star-plus-concat",
    description: "(x*x)+ pattern \u2014 triggers super-linear backtracking",
    pattern: /\([^)]{0,10}\*[^)]{0,10}\)[+*]/
  },
  {
    id: "redos-dot-star-greedy",
    description: "(.*){n,} or (.+){n,} \u2014 repeated greedy dot quantifiers",
    pattern: /\(\.[*+]\)\{?\d/
  },
  {
    id: "redos-large-repetition",
    description: "Very large fixed or range repetition count {1000,} or {1000,n} \u2014 denial of service via backtracking",
    // Matches { followed by 4+ digits (≥1000), then optional ,digits }
    pattern: /\{\d{4,}(?:,\d*)?\}/
  },
  {
    id: "redos-catastrophic-alternation",
    description: "Long alternation with many similar branches \u2014 polynomial backtracking risk",
    // Heuristic: 10+ pipe-separated alternatives in a single group
    pattern: /\([^)]{0,200}(?:\|[^|)]{0,50}){9,}\)/
  }
];
var redos_default = REDOS_PATTERNS;
var sep = `["'\\s]*:`;
var NOSQL_PATTERNS = [
  // ─── MongoDB $ operator injection ────────────────────────────────────────
  {
    id: "nosql-where-operator",
    description: "$where \u2014 executes arbitrary JavaScript server-side in MongoDB",
    pattern: new RegExp(`\\$where${sep}`, "i")
  },
  {
    id: "nosql-ne-operator",
    description: '$ne \u2014 "not equal" operator used to bypass equality checks',
    pattern: new RegExp(`\\$ne${sep}`, "i")
  },
  {
    id: "nosql-gt-operator",
    description: '$gt \u2014 "greater than" used to bypass password/value checks',
    pattern: new RegExp(`\\$gte?${sep}`, "i")
  },
  {
    id: "nosql-lt-operator",
    description: '$lt / $lte \u2014 "less than" bypass variants',
    pattern: new RegExp(`\\$lte?${sep}`, "i")
  },
  {
    id: "nosql-regex-operator",
    description: "$regex \u2014 can be used to extract data character by character (blind injection)",
    pattern: new RegExp(`\\$regex${sep}`, "i")
  },
  {
    id: "nosql-or-operator",
    description: "$or \u2014 logical OR; used to create always-true conditions",
    pattern: new RegExp(`\\$or${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-and-operator",
    description: "$and \u2014 logical AND operator injection",
    pattern: new RegExp(`\\$and${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-nor-operator",
    description: "$nor \u2014 logical NOR operator injection",
    pattern: new RegExp(`\\$nor${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-exists-operator",
    description: "$exists \u2014 can enumerate fields to determine schema",
    pattern: new RegExp(`\\$exists${sep}`, "i")
  },
  {
    id: "nosql-in-operator",
    description: "$in \u2014 matches any value in a list; can enumerate values",
    pattern: new RegExp(`\\$in${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-expr-operator",
    description: "$expr \u2014 allows aggregation expressions in queries (MongoDB 3.6+)",
    pattern: new RegExp(`\\$expr${sep}`, "i")
  },
  {
    id: "nosql-function-operator",
    description: "$function \u2014 executes arbitrary JavaScript in MongoDB 4.4+",
    pattern: new RegExp(`\\$function${sep}`, "i")
  },
  {
    id: "nosql-accumulator-operator",
    description: "$accumulator \u2014 custom aggregation with arbitrary JS execution",
    pattern: new RegExp(`\\$accumulator${sep}`, "i")
  },
  // ─── Prototype pollution ─────────────────────────────────────────────────
  {
    id: "nosql-proto-pollution",
    description: "__proto__ \u2014 prototype pollution via object key injection",
    pattern: /__proto__/
  },
  {
    id: "nosql-constructor-prototype",
    description: "constructor.prototype \u2014 alternative prototype pollution vector (dot notation or JSON key)",
    // Matches dot-notation (obj.constructor.prototype) and JSON key adjacency
    // ("constructor": {"prototype": ...})
    pattern: /constructor[\s"':.,{\[]*prototype/i
  },
  {
    id: "nosql-proto-bracket",
    description: '["__proto__"] \u2014 bracket-notation prototype pollution',
    pattern: /\[["']__proto__["']\]/
  }
];
var nosql_default = NOSQL_PATTERNS;
var LOG_PATTERNS = [
  // ─── CRLF / newline injection ─────────────────────────────────────────────
  {
    id: "log-crlf-injection",
    description: "CRLF injection: literal \\r or \\n embeds fake log lines",
    pattern: /[\r\n]/
  },
  {
    id: "log-url-encoded-crlf",
    description: "URL-encoded CRLF: %0d, %0a, %0D, %0A \u2014 decoded by some log parsers",
    pattern: /%0[dDaA]/
  },
  {
    id: "log-unicode-newline",
    description: "Unicode newline variants: U+2028 (line separator), U+2029 (paragraph separator)",
    pattern: /[\u2028\u2029]/
  },
  // ─── Log4Shell / JNDI injection (CVE-2021-44228) ─────────────────────────
  {
    id: "log-log4shell-jndi",
    description: "Log4Shell: ${jndi:...} triggers remote code execution in Apache Log4j",
    pattern: /\$\{jndi\s*:/i
  },
  {
    id: "log-log4shell-obfuscated",
    description: "Obfuscated Log4Shell: ${::-j}... lookup-bypass prefix used to evade WAF detection",
    // ${::- is the Log4j lookup-bypass escape sequence; presence alone is suspicious
    pattern: /\$\{::-/
  },
  {
    id: "log-log4j-lookup",
    description: "Log4j lookup syntax: ${env:...}, ${sys:...}, ${ctx:...} \u2014 data exfiltration",
    pattern: /\$\{(?:env|sys|ctx|main|map|sd|web|docker|k8s|spring)\s*:/i
  },
  // ─── Server-Side Template Injection (SSTI) in log messages ───────────────
  {
    id: "log-ssti-double-brace",
    description: "SSTI double-brace: {{expression}} \u2014 Jinja2, Twig, Handlebars, etc.",
    pattern: /\{\{[\s\S]{0,80}\}\}/
  },
  {
    id: "log-ssti-hash-brace",
    description: "SSTI hash-brace: #{expression} \u2014 Thymeleaf, Velocity, Ruby ERB",
    pattern: /#\{[\s\S]{0,80}\}/
  },
  {
    id: "log-ssti-dollar-brace",
    description: "SSTI/EL injection: ${expression with operators or method calls} \u2014 JSP EL, Freemarker, SpEL",
    // Require that the ${...} content looks like an expression, not a plain variable name.
    // Flags if the content contains: . ( * + operators, or known SSTI keywords.
    // This avoids flagging ${PATH}, ${HOME} etc. (plain shell variables).
    pattern: /\$\{[^}]*(?:\.|\(|\*|\+|\bclass\b|\bruntime\b|\bprocess\b|\bexec\b)[^}]{0,80}\}/i
  },
  {
    id: "log-ssti-percent-tag",
    description: "SSTI ERB/ASP tag: <%= expression %> \u2014 Ruby ERB, ASP",
    pattern: /<%=[\s\S]{0,80}%>/
  },
  // ─── Null byte ────────────────────────────────────────────────────────────
  {
    id: "log-null-byte",
    description: "Null byte: \\x00 or %00 \u2014 can truncate log entries in C-backed loggers",
    pattern: /\x00|%00/
  },
  // ─── ANSI escape injection ────────────────────────────────────────────────
  {
    id: "log-ansi-escape",
    description: "ANSI escape sequence: ESC[ \u2014 can manipulate terminal output when logs are tailed",
    pattern: /\x1b\[/
  }
];
var log_default = LOG_PATTERNS;
var SQL_STRICT_EXTRA = [
  {
    id: "sql-line-comment",
    description: "SQL line comment: -- followed by whitespace or end of string",
    pattern: /--(?:\s|$)/
  },
  {
    id: "sql-stacked-query",
    description: "Stacked queries: semicolon immediately followed by a SQL keyword",
    pattern: /;\s{0,10}(?:SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|EXEC)\b/i
  },
  {
    id: "sql-hex-encoding",
    description: "Hex-encoded string injection: 0x41414141 style (MySQL)",
    pattern: /\b0x[0-9a-f]{4,}/i
  }
];
var SQL_STRICT_PATTERNS = [...sql_default, ...SQL_STRICT_EXTRA];
var sql_strict_default = SQL_STRICT_PATTERNS;
var NAMED = Object.freeze({
  colon: ":",
  Tab: "	",
  NewLine: "\n"
});
var ENTITY_RE = /&(?:#[xX]0*([0-9a-fA-F]{1,6});?|#0*([0-9]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,15});)/g;
function decodeEntities(input) {
  if (input.indexOf("&") === -1) return input;
  return input.replace(ENTITY_RE, (match, hex, dec, name) => {
    if (name !== void 0) {
      return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : match;
    }
    const cp = hex !== void 0 ? parseInt(hex, 16) : parseInt(dec, 10);
    if (!Number.isFinite(cp) || cp > 1114111) return match;
    return String.fromCodePoint(cp);
  });
}
html_default.label = "HTML";
xml_default.label = "XML";
svg_default.label = "SVG";
html_default.decodeEntities = true;
xml_default.decodeEntities = true;
svg_default.decodeEntities = true;
sql_default.label = "SQL";
sql_strict_default.label = "SQL-STRICT";
shell_default.label = "SHELL";
redos_default.label = "REDOS";
nosql_default.label = "NOSQL";
log_default.label = "LOG";
var VALID_CONTEXTS = Object.freeze({
  HTML: html_default,
  XML: xml_default,
  SVG: svg_default,
  SQL: sql_default,
  "SQL-STRICT": sql_strict_default,
  SHELL: shell_default,
  REDOS: redos_default,
  NOSQL: nosql_default,
  LOG: log_default
});
function assertString(value) {
  if (typeof value !== "string") {
    throw new TypeError(
      `is-unsafe: first argument must be a string, got ${typeof value}`
    );
  }
}
function assertContext(context) {
  if (context instanceof RegExp) return;
  if (Array.isArray(context)) {
    if (context.length === 0) {
      throw new TypeError("is-unsafe: context must not be an empty array");
    }
    if (Array.isArray(context[0])) {
      for (const list2 of context) {
        if (!Array.isArray(list2) || list2.length === 0) {
          throw new TypeError(
            "is-unsafe: each context in the array must be a non-empty pattern array (PatternList)"
          );
        }
      }
    }
    return;
  }
  throw new TypeError(
    `is-unsafe: second argument must be a PatternList (e.g. HTML), an array of PatternLists (e.g. [HTML, XML]), or a RegExp. Got: ${typeof context}`
  );
}
function normalise(context) {
  if (context instanceof RegExp) return { lists: null, regex: context };
  if (Array.isArray(context[0])) return { lists: context, regex: null };
  return { lists: [context], regex: null };
}
function decodedCopy(value, list2) {
  if (!list2.decodeEntities) return null;
  const decoded = decodeEntities(value);
  return decoded === value ? null : decoded;
}
function matchList(value, list2) {
  const label = list2.label ?? "CUSTOM";
  const decoded = decodedCopy(value, list2);
  for (const rule of list2) {
    if (rule.pattern.test(value) || decoded !== null && rule.pattern.test(decoded)) {
      return { context: label, id: rule.id, description: rule.description, pattern: rule.pattern };
    }
  }
  return null;
}
function isUnsafe(value, context) {
  assertString(value);
  assertContext(context);
  const { lists, regex } = normalise(context);
  if (regex) return regex.test(value);
  for (const list2 of lists) {
    if (matchList(value, list2) !== null) return true;
  }
  return false;
}
function extractRawAttributes(prefixedAttrs, options) {
  if (!prefixedAttrs) return {};
  const attrs = options.attributesGroupName ? prefixedAttrs[options.attributesGroupName] : prefixedAttrs;
  if (!attrs) return {};
  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(options.attributeNamePrefix)) {
      const rawName = key.substring(options.attributeNamePrefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}
function extractNamespace(rawTagName) {
  if (!rawTagName || typeof rawTagName !== "string") return void 0;
  const colonIndex = rawTagName.indexOf(":");
  if (colonIndex !== -1 && colonIndex > 0) {
    const ns = rawTagName.substring(0, colonIndex);
    if (ns !== "xmlns") {
      return ns;
    }
  }
  return void 0;
}
var OrderedObjParser = class {
  constructor(options, externalEntities) {
    this.options = options;
    this.currentNode = null;
    this.tagsNodeStack = [];
    this.parseXml = parseXml;
    this.parseTextData = parseTextData;
    this.resolveNameSpace = resolveNameSpace;
    this.buildAttributesMap = buildAttributesMap;
    this.isItStopNode = isItStopNode;
    this.replaceEntitiesValue = replaceEntitiesValue;
    this.readStopNodeData = readStopNodeData;
    this.saveTextToParentTag = saveTextToParentTag;
    this.addChild = addChild;
    this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes);
    this.entityExpansionCount = 0;
    this.currentExpandedLength = 0;
    this.doctypefound = false;
    let namedEntities = { ...XML };
    if (this.options.entityDecoder) {
      this.entityDecoder = this.options.entityDecoder;
    } else {
      if (typeof this.options.htmlEntities === "object") namedEntities = this.options.htmlEntities;
      else if (this.options.htmlEntities === true) namedEntities = { ...COMMON_HTML, ...CURRENCY };
      this.entityDecoder = new EntityDecoder({
        namedEntities: { ...namedEntities, ...externalEntities },
        numericAllowed: this.options.htmlEntities,
        limit: {
          maxTotalExpansions: this.options.processEntities.maxTotalExpansions,
          maxExpandedLength: this.options.processEntities.maxExpandedLength,
          applyLimitsTo: this.options.processEntities.appliesTo
        },
        // onExternalEntity: (name, value) => isUnsafe(value) ? 'block' : 'allow',
        onInputEntity: (name, value) => (
          //TODO: VALID_CONTEXTS.HTML should be set only if this.options.htmlEntities
          isUnsafe(value, [html_default, xml_default]) ? ENTITY_ACTION.BLOCK : ENTITY_ACTION.ALLOW
        )
        //postCheck: resolved => resolved
      });
    }
    this.matcher = new Matcher();
    this.readonlyMatcher = this.matcher.readOnly();
    this.isCurrentNodeStopNode = false;
    this.stopNodeExpressionsSet = new ExpressionSet();
    const stopNodesOpts = this.options.stopNodes;
    if (stopNodesOpts && stopNodesOpts.length > 0) {
      for (let i = 0; i < stopNodesOpts.length; i++) {
        const stopNodeExp = stopNodesOpts[i];
        if (typeof stopNodeExp === "string") {
          this.stopNodeExpressionsSet.add(new Expression(stopNodeExp));
        } else if (stopNodeExp instanceof Expression) {
          this.stopNodeExpressionsSet.add(stopNodeExp);
        }
      }
      this.stopNodeExpressionsSet.seal();
    }
  }
};
function parseTextData(val, tagName, jPath, dontTrim, hasAttributes, isLeafNode, escapeEntities) {
  const options = this.options;
  if (val !== void 0) {
    if (options.trimValues && !dontTrim) {
      val = val.trim();
    }
    if (val.length > 0) {
      if (!escapeEntities) val = this.replaceEntitiesValue(val, tagName, jPath);
      const jPathOrMatcher = options.jPath ? jPath.toString() : jPath;
      const newval = options.tagValueProcessor(tagName, val, jPathOrMatcher, hasAttributes, isLeafNode);
      if (newval === null || newval === void 0) {
        return val;
      } else if (typeof newval !== typeof val || newval !== val) {
        return newval;
      } else if (options.trimValues) {
        return parseValue(val, options.parseTagValue, options.numberParseOptions);
      } else {
        const trimmedVal = val.trim();
        if (trimmedVal === val) {
          return parseValue(val, options.parseTagValue, options.numberParseOptions);
        } else {
          return val;
        }
      }
    }
  }
}
function resolveNameSpace(tagname) {
  if (this.options.removeNSPrefix) {
    const tags = tagname.split(":");
    const prefix = tagname.charAt(0) === "/" ? "/" : "";
    if (tags[0] === "xmlns") {
      return "";
    }
    if (tags.length === 2) {
      tagname = prefix + tags[1];
    }
  }
  return tagname;
}
var attrsRegx = /([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/gm;
function attrValue(match) {
  return match[3] !== void 0 ? match[3] : match[4];
}
function buildAttributesMap(attrStr, jPath, tagName, force = false) {
  const options = this.options;
  if (force === true || options.ignoreAttributes !== true && typeof attrStr === "string") {
    const matches = getAllMatches(attrStr, attrsRegx);
    const len = matches.length;
    const attrs = {};
    const processedVals = new Array(len);
    let hasRawAttrs = false;
    const rawAttrsForMatcher = {};
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      const oldVal = attrValue(matches[i]);
      if (attrName.length && oldVal !== void 0) {
        let val = oldVal;
        if (options.trimValues) val = val.trim();
        val = this.replaceEntitiesValue(val, tagName, this.readonlyMatcher);
        processedVals[i] = val;
        rawAttrsForMatcher[attrName] = val;
        hasRawAttrs = true;
      }
    }
    if (hasRawAttrs && typeof jPath === "object" && jPath.updateCurrent) {
      jPath.updateCurrent(rawAttrsForMatcher);
    }
    const jPathStr = options.jPath ? jPath.toString() : this.readonlyMatcher;
    let hasAttrs = false;
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      if (this.ignoreAttributesFn(attrName, jPathStr)) continue;
      let aName = options.attributeNamePrefix + attrName;
      if (attrName.length) {
        if (options.transformAttributeName) {
          aName = options.transformAttributeName(aName);
        }
        aName = sanitizeName(aName, options);
        if (attrValue(matches[i]) !== void 0) {
          const oldVal = processedVals[i];
          const newVal = options.attributeValueProcessor(attrName, oldVal, jPathStr);
          if (newVal === null || newVal === void 0) {
            attrs[aName] = oldVal;
          } else if (typeof newVal !== typeof oldVal || newVal !== oldVal) {
            attrs[aName] = newVal;
          } else {
            attrs[aName] = parseValue(oldVal, options.parseAttributeValue, options.numberParseOptions);
          }
          hasAttrs = true;
        } else if (options.allowBooleanAttributes) {
          attrs[aName] = true;
          hasAttrs = true;
        }
      }
    }
    if (!hasAttrs) return;
    if (options.attributesGroupName && !options.preserveOrder) {
      const attrCollection = {};
      attrCollection[options.attributesGroupName] = attrs;
      return attrCollection;
    }
    return attrs;
  }
}
var parseXml = function(xmlData) {
  const options = this.options;
  const crlfPositions = options.captureMetaData ? [] : void 0;
  xmlData = xmlData.replace(/\r\n?/g, options.captureMetaData ? (newline, index) => {
    if (newline.length === 2) {
      crlfPositions.push(index - crlfPositions.length);
    }
    return "\n";
  } : "\n");
  const xmlObj = new XmlNode("!xml");
  let currentNode = xmlObj;
  let textData = "";
  this.matcher.reset();
  this.entityDecoder.reset();
  this.entityExpansionCount = 0;
  this.currentExpandedLength = 0;
  this.doctypefound = false;
  const docTypeReader = new DocTypeReader(options.processEntities);
  const xmlLen = xmlData.length;
  for (let i = 0; i < xmlLen; i++) {
    const ch = xmlData[i];
    if (ch === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        const closeIndex = findClosingIndex(xmlData, ">", i, "Closing Tag is not closed.");
        let tagName = xmlData.substring(i + 2, closeIndex).trim();
        if (options.removeNSPrefix) {
          const colonIndex = tagName.indexOf(":");
          if (colonIndex !== -1) {
            tagName = tagName.substr(colonIndex + 1);
          }
        }
        tagName = transformTagName(options.transformTagName, tagName, "", options).tagName;
        if (currentNode) {
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        }
        const lastTagName = this.matcher.getCurrentTag();
        if (tagName && options.unpairedTagsSet.has(tagName)) {
          throw new Error(`Unpaired tag can not be used as closing tag: </${tagName}>`);
        }
        if (lastTagName && options.unpairedTagsSet.has(lastTagName)) {
          this.matcher.pop();
          this.tagsNodeStack.pop();
        }
        this.matcher.pop();
        this.isCurrentNodeStopNode = false;
        currentNode = this.tagsNodeStack.pop() || xmlObj;
        if (options.captureMetaData && currentNode) {
          currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
        }
        textData = "";
        i = closeIndex;
      } else if (c1 === 63) {
        let tagData = readTagExp(xmlData, i, false, "?>");
        if (!tagData) throw new Error("Pi Tag is not closed.");
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        const attsMap = this.buildAttributesMap(tagData.tagExp, this.matcher, tagData.tagName, true);
        if (attsMap) {
          const ver = attsMap[this.options.attributeNamePrefix + "version"];
          this.entityDecoder.setXmlVersion(Number(ver) || 1);
          docTypeReader.setXmlVersion(Number(ver) || 1);
        }
        if (options.ignoreDeclaration && tagData.tagName === "?xml" || options.ignorePiTags) {
        } else {
          const childNode = new XmlNode(tagData.tagName);
          childNode.add(options.textNodeName, "");
          if (tagData.tagName !== tagData.tagExp && tagData.attrExpPresent && options.ignoreAttributes !== true) {
            childNode[":@"] = attsMap;
          }
          const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(tagData.closeIndex + 2, crlfPositions));
          }
        }
        i = tagData.closeIndex + 1;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        const endIndex = findClosingIndex(xmlData, "-->", i + 4, "Comment is not closed.");
        if (options.commentPropName) {
          const comment = xmlData.substring(i + 4, endIndex - 2);
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
          currentNode.add(options.commentPropName, [{ [options.textNodeName]: comment }]);
        }
        i = endIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 68) {
        if (this.doctypefound) throw new Error("Multiple DOCTYPE declarations found.");
        this.doctypefound = true;
        const result = docTypeReader.readDocType(xmlData, i);
        this.entityDecoder.addInputEntities(result.entities);
        i = result.i;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "CDATA is not closed.") - 2;
        const tagExp = xmlData.substring(i + 9, closeIndex);
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        let val = this.parseTextData(tagExp, currentNode.tagname, this.readonlyMatcher, true, false, true, true);
        if (val == void 0) val = "";
        if (options.cdataPropName) {
          currentNode.add(options.cdataPropName, [{ [options.textNodeName]: tagExp }]);
        } else {
          currentNode.add(options.textNodeName, val);
        }
        i = closeIndex + 2;
      } else {
        let result = readTagExp(xmlData, i, options.removeNSPrefix);
        if (!result) {
          const context = xmlData.substring(Math.max(0, i - 50), Math.min(xmlLen, i + 50));
          throw new Error(`readTagExp returned undefined at position ${i}. Context: "${context}"`);
        }
        let tagName = result.tagName;
        const rawTagName = result.rawTagName;
        let tagExp = result.tagExp;
        let attrExpPresent = result.attrExpPresent;
        let closeIndex = result.closeIndex;
        ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
        if (options.strictReservedNames && (tagName === options.commentPropName || tagName === options.cdataPropName || tagName === options.textNodeName || tagName === options.attributesGroupName)) {
          throw new Error(`Invalid tag name: ${tagName}`);
        }
        if (currentNode && textData) {
          if (currentNode.tagname !== "!xml") {
            textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher, false);
          }
        }
        const lastTag = currentNode;
        if (lastTag && options.unpairedTagsSet.has(lastTag.tagname)) {
          currentNode = this.tagsNodeStack.pop();
          this.matcher.pop();
        }
        let isSelfClosing = false;
        if (tagExp.length > 0 && tagExp.lastIndexOf("/") === tagExp.length - 1) {
          isSelfClosing = true;
          if (tagName[tagName.length - 1] === "/") {
            tagName = tagName.substr(0, tagName.length - 1);
            tagExp = tagName;
          } else {
            tagExp = tagExp.substr(0, tagExp.length - 1);
          }
          attrExpPresent = tagName !== tagExp;
        }
        let prefixedAttrs = null;
        let rawAttrs = {};
        let namespace = void 0;
        namespace = extractNamespace(rawTagName);
        if (tagName !== xmlObj.tagname) {
          this.matcher.push(tagName, {}, namespace);
        }
        if (tagName !== tagExp && attrExpPresent) {
          prefixedAttrs = this.buildAttributesMap(tagExp, this.matcher, tagName);
          if (prefixedAttrs) {
            rawAttrs = extractRawAttributes(prefixedAttrs, options);
          }
        }
        if (tagName !== xmlObj.tagname) {
          this.isCurrentNodeStopNode = this.isItStopNode();
        }
        const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
        if (this.isCurrentNodeStopNode) {
          let tagContent = "";
          if (isSelfClosing) {
            i = result.closeIndex;
          } else if (options.unpairedTagsSet.has(tagName)) {
            i = result.closeIndex;
          } else {
            const result2 = this.readStopNodeData(xmlData, rawTagName, closeIndex + 1);
            if (!result2) throw new Error(`Unexpected end of ${rawTagName}`);
            i = result2.i;
            tagContent = result2.tagContent;
          }
          const childNode = new XmlNode(tagName);
          if (prefixedAttrs) {
            childNode[":@"] = prefixedAttrs;
          }
          childNode.add(options.textNodeName, tagContent);
          this.matcher.pop();
          this.isCurrentNodeStopNode = false;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(i + 1, crlfPositions));
          }
        } else {
          if (isSelfClosing) {
            ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
            }
            this.matcher.pop();
            this.isCurrentNodeStopNode = false;
          } else if (options.unpairedTagsSet.has(tagName)) {
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(result.closeIndex + 1, crlfPositions));
            }
            this.matcher.pop();
            this.isCurrentNodeStopNode = false;
            i = result.closeIndex;
            continue;
          } else {
            const childNode = new XmlNode(tagName);
            if (this.tagsNodeStack.length > options.maxNestedTags) {
              throw new Error("Maximum nested tags exceeded");
            }
            this.tagsNodeStack.push(currentNode);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            currentNode = childNode;
          }
          textData = "";
          i = closeIndex;
        }
      }
    } else {
      textData += xmlData[i];
    }
  }
  return xmlObj.child;
};
function getOriginalIndex(index, crlfPositions) {
  let low = 0;
  let high = crlfPositions.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (crlfPositions[middle] < index) low = middle + 1;
    else high = middle;
  }
  return index + low;
}
function addChild(currentNode, childNode, matcher, startIndex) {
  if (!this.options.captureMetaData) startIndex = void 0;
  const jPathOrMatcher = this.options.jPath ? matcher.toString() : matcher;
  const result = this.options.updateTag(childNode.tagname, jPathOrMatcher, childNode[":@"]);
  if (result === false) {
  } else if (typeof result === "string") {
    childNode.tagname = result;
    currentNode.addChild(childNode, startIndex);
  } else {
    currentNode.addChild(childNode, startIndex);
  }
}
function replaceEntitiesValue(val, tagName, jPath) {
  const entityConfig = this.options.processEntities;
  if (!entityConfig || !entityConfig.enabled) {
    return val;
  }
  if (entityConfig.allowedTags) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    const allowed = Array.isArray(entityConfig.allowedTags) ? entityConfig.allowedTags.includes(tagName) : entityConfig.allowedTags(tagName, jPathOrMatcher);
    if (!allowed) {
      return val;
    }
  }
  if (entityConfig.tagFilter) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    if (!entityConfig.tagFilter(tagName, jPathOrMatcher)) {
      return val;
    }
  }
  return this.entityDecoder.decode(val);
}
function saveTextToParentTag(textData, parentNode, matcher, isLeafNode) {
  if (textData) {
    if (isLeafNode === void 0) isLeafNode = parentNode.child.length === 0;
    textData = this.parseTextData(
      textData,
      parentNode.tagname,
      matcher,
      false,
      parentNode[":@"] ? Object.keys(parentNode[":@"]).length !== 0 : false,
      isLeafNode
    );
    if (textData !== void 0 && textData !== "")
      parentNode.add(this.options.textNodeName, textData);
    textData = "";
  }
  return textData;
}
function isItStopNode() {
  if (this.stopNodeExpressionsSet.size === 0) return false;
  return this.matcher.matchesAny(this.stopNodeExpressionsSet);
}
function tagExpWithClosingIndex(xmlData, i, closingChar = ">") {
  const len = xmlData.length;
  const closeCode0 = closingChar.charCodeAt(0);
  const closeCode1 = closingChar.length > 1 ? closingChar.charCodeAt(1) : -1;
  let result = "";
  let segmentStart = i;
  for (let index = i; index < len; index++) {
    const code = xmlData.charCodeAt(index);
    if (code === 34 || code === 39) {
      index = xmlData.indexOf(xmlData[index], index + 1);
      if (index === -1) return;
    } else if (code === closeCode0) {
      if (closeCode1 !== -1) {
        if (xmlData.charCodeAt(index + 1) === closeCode1) {
          result += xmlData.substring(segmentStart, index);
          return { data: result, index };
        }
      } else {
        result += xmlData.substring(segmentStart, index);
        return { data: result, index };
      }
    } else if (code === 9) {
      result += xmlData.substring(segmentStart, index) + " ";
      segmentStart = index + 1;
    }
  }
}
function findClosingIndex(xmlData, str, i, errMsg) {
  const closingIndex = xmlData.indexOf(str, i);
  if (closingIndex === -1) {
    throw new Error(errMsg);
  } else {
    return closingIndex + str.length - 1;
  }
}
function findClosingChar(xmlData, char, i, errMsg) {
  const closingIndex = xmlData.indexOf(char, i);
  if (closingIndex === -1) throw new Error(errMsg);
  return closingIndex;
}
function readTagExp(xmlData, i, removeNSPrefix, closingChar = ">") {
  const result = tagExpWithClosingIndex(xmlData, i + 1, closingChar);
  if (!result) return;
  let tagExp = result.data;
  const closeIndex = result.index;
  const separatorIndex = tagExp.search(/\s/);
  let tagName = tagExp;
  let attrExpPresent = true;
  if (separatorIndex !== -1) {
    tagName = tagExp.substring(0, separatorIndex);
    tagExp = tagExp.substring(separatorIndex + 1).trimStart();
  }
  const rawTagName = tagName;
  if (removeNSPrefix) {
    const colonIndex = tagName.indexOf(":");
    if (colonIndex !== -1) {
      tagName = tagName.substr(colonIndex + 1);
      attrExpPresent = tagName !== result.data.substr(colonIndex + 1);
    }
  }
  return {
    tagName,
    tagExp,
    closeIndex,
    attrExpPresent,
    rawTagName
  };
}
function readStopNodeData(xmlData, tagName, i) {
  const startIndex = i;
  let openTagCount = 1;
  let lenient = false;
  let nextGt = -1;
  const xmllen = xmlData.length;
  for (; i < xmllen; i++) {
    if (xmlData[i] === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        const closeIndex = findClosingChar(xmlData, ">", i, `${tagName} is not closed`);
        let closeTagName = xmlData.substring(i + 2, closeIndex).trim();
        if (closeTagName === tagName) {
          openTagCount--;
          if (openTagCount === 0) {
            return {
              tagContent: xmlData.substring(startIndex, i),
              i: closeIndex
            };
          }
        }
        i = closeIndex;
      } else if (c1 === 63) {
        const closeIndex = findClosingIndex(xmlData, "?>", i + 1, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        const closeIndex = findClosingIndex(xmlData, "-->", i + 3, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "StopNode is not closed.") - 2;
        i = closeIndex;
      } else {
        const tagData = lenient ? void 0 : readTagExp(xmlData, i, false);
        if (tagData) {
          const openTagName = tagData.tagName;
          if (openTagName === tagName && tagData.tagExp[tagData.tagExp.length - 1] !== "/") {
            openTagCount++;
          }
          i = tagData.closeIndex;
        } else {
          lenient = true;
          if (nextGt < i) {
            nextGt = xmlData.indexOf(">", i);
            if (nextGt === -1) return;
          }
          const nextLt = xmlData.indexOf("<", i + 1);
          if (nextLt === -1 || nextLt > nextGt) {
            const exp = xmlData.substring(i + 1, nextGt);
            const sep2 = exp.search(/\s/);
            const name = sep2 === -1 ? exp : exp.substring(0, sep2);
            if (name === tagName && exp[exp.length - 1] !== "/") openTagCount++;
            i = nextGt;
          }
        }
      }
    }
  }
}
function parseValue(val, shouldParse, options) {
  if (shouldParse && typeof val === "string") {
    const newval = val.trim();
    if (newval === "true") return true;
    else if (newval === "false") return false;
    else return toNumber(val, options);
  } else {
    if (isExist(val)) {
      return val;
    } else {
      return "";
    }
  }
}
function transformTagName(fn, tagName, tagExp, options) {
  if (fn) {
    const newTagName = fn(tagName);
    if (tagExp === tagName) {
      tagExp = newTagName;
    }
    tagName = newTagName;
  }
  tagName = sanitizeName(tagName, options);
  return { tagName, tagExp };
}
function sanitizeName(name, options) {
  if (criticalProperties.includes(name)) {
    throw new Error(`[SECURITY] Invalid name: "${name}" is a reserved JavaScript keyword that could cause prototype pollution`);
  } else if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return options.onDangerousProperty(name);
  }
  return name;
}
var METADATA_SYMBOL2 = XmlNode.getMetaDataSymbol();
function stripAttributePrefix(attrs, prefix) {
  if (!attrs || typeof attrs !== "object") return {};
  if (!prefix) return attrs;
  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(prefix)) {
      const rawName = key.substring(prefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}
function prettify(node, options, matcher, readonlyMatcher) {
  return compress(node, options, matcher, readonlyMatcher);
}
function compress(arr, options, matcher, readonlyMatcher) {
  let text;
  const compressedObj = {};
  for (let i = 0; i < arr.length; i++) {
    const tagObj = arr[i];
    const property = propName(tagObj);
    if (property !== void 0 && property !== options.textNodeName) {
      const rawAttrs = stripAttributePrefix(
        tagObj[":@"] || {},
        options.attributeNamePrefix
      );
      matcher.push(property, rawAttrs);
    }
    if (property === options.textNodeName) {
      if (text === void 0) text = tagObj[property];
      else text += "" + tagObj[property];
    } else if (property === void 0) {
      continue;
    } else if (tagObj[property]) {
      let val = compress(tagObj[property], options, matcher, readonlyMatcher);
      const isLeaf = isLeafTag(val, options);
      if (Object.keys(val).length === 0 && options.alwaysCreateTextNode) {
        val[options.textNodeName] = "";
      }
      if (tagObj[":@"]) {
        assignAttributes(val, tagObj[":@"], readonlyMatcher, options);
      } else if (Object.keys(val).length === 1 && val[options.textNodeName] !== void 0 && !options.alwaysCreateTextNode) {
        val = val[options.textNodeName];
      } else if (Object.keys(val).length === 0) {
        if (options.alwaysCreateTextNode) val[options.textNodeName] = "";
        else val = "";
      }
      if (tagObj[METADATA_SYMBOL2] !== void 0 && typeof val === "object" && val !== null) {
        val[METADATA_SYMBOL2] = tagObj[METADATA_SYMBOL2];
      }
      if (compressedObj[property] !== void 0 && Object.prototype.hasOwnProperty.call(compressedObj, property)) {
        if (!Array.isArray(compressedObj[property])) {
          compressedObj[property] = [compressedObj[property]];
        }
        compressedObj[property].push(val);
      } else {
        const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() : readonlyMatcher;
        if (options.isArray(property, jPathOrMatcher, isLeaf)) {
          compressedObj[property] = [val];
        } else {
          compressedObj[property] = val;
        }
      }
      if (property !== void 0 && property !== options.textNodeName) {
        matcher.pop();
      }
    }
  }
  if (typeof text === "string") {
    if (text.length > 0) compressedObj[options.textNodeName] = text;
  } else if (text !== void 0) compressedObj[options.textNodeName] = text;
  return compressedObj;
}
function propName(obj) {
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== ":@") return key;
  }
}
function assignAttributes(obj, attrMap, readonlyMatcher, options) {
  if (attrMap) {
    const keys = Object.keys(attrMap);
    const len = keys.length;
    for (let i = 0; i < len; i++) {
      const atrrName = keys[i];
      const rawAttrName = atrrName.startsWith(options.attributeNamePrefix) ? atrrName.substring(options.attributeNamePrefix.length) : atrrName;
      const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() + "." + rawAttrName : readonlyMatcher;
      if (options.isArray(atrrName, jPathOrMatcher, true, true)) {
        obj[atrrName] = [attrMap[atrrName]];
      } else {
        obj[atrrName] = attrMap[atrrName];
      }
    }
  }
}
function isLeafTag(obj, options) {
  const { textNodeName } = options;
  const propCount = Object.keys(obj).length;
  if (propCount === 0) {
    return true;
  }
  if (propCount === 1 && (obj[textNodeName] || typeof obj[textNodeName] === "boolean" || obj[textNodeName] === 0)) {
    return true;
  }
  return false;
}
var XMLParser = class {
  constructor(options) {
    this.externalEntities = {};
    this.options = buildOptions(options);
  }
  /**
   * Parse XML dats to JS object 
   * @param {string|Uint8Array} xmlData 
   * @param {boolean|Object} validationOption 
   */
  parse(xmlData, validationOption) {
    if (typeof xmlData !== "string" && xmlData.toString) {
      if (xmlData instanceof Uint8Array && !(typeof Buffer !== "undefined" && Buffer.isBuffer(xmlData))) {
        xmlData = new TextDecoder("utf-8", { ignoreBOM: true }).decode(xmlData);
      } else {
        xmlData = xmlData.toString();
      }
    } else if (typeof xmlData !== "string") {
      throw new Error("XML data is accepted in String or Bytes[] form.");
    }
    if (validationOption) {
      if (validationOption === true) validationOption = {};
      const result = validate(xmlData, validationOption);
      if (result !== true) {
        throw Error(`${result.err.msg}:${result.err.line}:${result.err.col}`);
      }
    }
    const orderedObjParser = new OrderedObjParser(this.options, this.externalEntities);
    const orderedResult = orderedObjParser.parseXml(xmlData);
    if (this.options.preserveOrder || orderedResult === void 0) return orderedResult;
    else return prettify(orderedResult, this.options, orderedObjParser.matcher, orderedObjParser.readonlyMatcher);
  }
  /**
   * Add Entity which is not by default supported by this library
   * @param {string} key 
   * @param {string} value 
   */
  addEntity(key, value) {
    if (value.indexOf("&") !== -1) {
      throw new Error("Entity value can't have '&'");
    } else if (key.indexOf("&") !== -1 || key.indexOf(";") !== -1) {
      throw new Error("An entity must be set without '&' and ';'. Eg. use '#xD' for '&#xD;'");
    } else if (value === "&") {
      throw new Error("An entity with value '&' is not permitted");
    } else {
      this.externalEntities[key] = value;
    }
  }
  /**
   * Returns a Symbol that can be used to access the metadata
   * property on a node.
   * 
   * If Symbol is not available in the environment, an ordinary property is used
   * and the name of the property is here returned.
   * 
   * The XMLMetaData property is only present when `captureMetaData`
   * is true in the options.
   */
  static getMetaDataSymbol() {
    return XmlNode.getMetaDataSymbol();
  }
};
var ARRAYS = /* @__PURE__ */ new Set(["testsuite", "testcase", "failure", "error", "skipped"]);
function parseJUnit(xml) {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    textNodeName: "#text",
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    htmlEntities: true,
    isArray: (name) => ARRAYS.has(name)
  });
  const doc = parser.parse(xml);
  const root = doc.testsuites ?? doc;
  const suites = root.testsuite ?? [];
  if (!doc.testsuites && !doc.testsuite) throw new Error("not a JUnit XML report");
  const cases = [];
  let time = 0;
  for (const suite of suites) {
    time += Number(suite["@_time"] ?? 0) || 0;
    for (const tc of suite.testcase ?? []) cases.push(toCase(tc));
  }
  return { cases, time };
}
function toCase(tc) {
  const classname = String(tc["@_classname"] ?? "");
  const name = String(tc["@_name"] ?? "");
  const file = tc["@_file"] === void 0 ? void 0 : String(tc["@_file"]).split(import_node_path14.default.sep).join("/");
  const line0 = tc["@_line"] === void 0 ? Number.NaN : Number(tc["@_line"]);
  const base = {
    id: nodeId(classname, name, file),
    classname,
    name,
    ...file ? { file } : {},
    ...Number.isFinite(line0) ? { line: line0 + 1 } : {},
    time: Number(tc["@_time"] ?? 0) || 0,
    status: "passed"
  };
  const failure = first(tc.failure);
  const error = first(tc.error);
  const skipped = first(tc.skipped);
  if (failure) return { ...base, status: "failed", ...body(failure) };
  if (error) {
    const b = body(error);
    const phase = /^failed on (setup|teardown)/.exec(b.message ?? "")?.[1];
    return {
      ...base,
      status: "error",
      ...b,
      ...b.message === "collection failure" ? { collection: true } : {},
      ...classname === "pytest" && name === "internal" ? { internal: true } : {},
      ...phase ? { phase } : {}
    };
  }
  if (skipped) return { ...base, status: "skipped", ...body(skipped) };
  return base;
}
function first(value) {
  return Array.isArray(value) ? value[0] : void 0;
}
function body(node) {
  if (typeof node === "string") return node ? { details: node } : {};
  const message = node["@_message"] === void 0 ? void 0 : String(node["@_message"]);
  const text = node["#text"] === void 0 ? void 0 : String(node["#text"]);
  return { ...message !== void 0 ? { message } : {}, ...text ? { details: text } : {} };
}
function nodeId(classname, name, file) {
  if (!file) return classname ? `${classname}::${name}` : name;
  if (!classname) return file;
  const module2 = file.replace(/\.py$/, "").replace(/\//g, ".");
  const rest = classname.startsWith(`${module2}.`) ? classname.slice(module2.length + 1) : "";
  return [file, ...rest ? rest.split(".") : [], name].join("::");
}
function countCases(cases) {
  const counts = { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0 };
  for (const c of cases) {
    if (c.internal) continue;
    counts.total++;
    if (c.status === "passed") counts.passed++;
    else if (c.status === "failed") counts.failed++;
    else if (c.status === "error") counts.errors++;
    else counts.skipped++;
  }
  return counts;
}
function tracebackFrames(text) {
  const frames = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/^\s*(?:E\s+|INTERNALERROR>\s*)?/, "");
    const py = /^File "([^"]+)", line (\d+)/.exec(line);
    if (py) {
      frames.push({ file: py[1], line: Number(py[2]) });
      continue;
    }
    const pt = /^(\S(?:.*?\S)?\.py):(\d+):(?:\s|$)/.exec(line);
    if (pt) frames.push({ file: pt[1], line: Number(pt[2]) });
  }
  return frames;
}
function lastFrameIn(text, cwd, target) {
  const frames = tracebackFrames(text).filter((f) => import_node_path14.default.resolve(cwd, f.file) === target);
  return frames.at(-1)?.line;
}
function lastFrameUnder(text, cwd, roots) {
  const frames = tracebackFrames(text).filter((f) => !f.file.startsWith("<")).map((f) => ({ file: import_node_path14.default.resolve(cwd, f.file), line: f.line })).filter(
    (f) => !/[\\/](site|dist)-packages[\\/]/.test(f.file) && roots.some((r) => f.file === r || f.file.startsWith(r + import_node_path14.default.sep))
  );
  return frames.at(-1);
}
function displayFile(ctx, file) {
  const full = import_node_path13.default.resolve(ctx.runRoot, file);
  const inRun = import_node_path13.default.relative(ctx.runRoot, full);
  const rel = inRun.startsWith("..") || import_node_path13.default.isAbsolute(inRun) ? import_node_path13.default.relative(ctx.sourceRoot, full) : inRun;
  return rel.split(import_node_path13.default.sep).join("/");
}
function caseFindings(cases, ctx) {
  const out = [];
  for (const c of cases) {
    if (c.status !== "failed" && c.status !== "error") continue;
    if (c.internal) continue;
    const text = `${c.message ?? ""}
${c.details ?? ""}`;
    const hint = explain(text, ctx);
    if (c.collection) {
      const where = lastFrameUnder(c.details ?? "", ctx.runRoot, [ctx.runRoot, ...ctx.external]);
      const file2 = where ? displayFile(ctx, where.file) : c.file && displayFile(ctx, c.file);
      out.push(
        (0, import_chunk_AIBAUOYI.finding)("DPR803", `${c.file ?? c.name} cannot be imported: ${errorLine(c)}${hint.message}`, {
          ...file2 ? { file: file2 } : {},
          ...where ? { line: where.line } : {},
          fix: hint.fix ?? "Fix the import error: pytest collects no test of this module until it imports."
        })
      );
      continue;
    }
    const file = c.file ? displayFile(ctx, c.file) : void 0;
    const line = c.file && lastFrameIn(c.details ?? "", ctx.runRoot, import_node_path13.default.resolve(ctx.runRoot, c.file)) || c.line;
    const what = c.status === "failed" ? "failed" : c.phase ? `errored in ${c.phase}` : "errored";
    out.push(
      (0, import_chunk_AIBAUOYI.finding)(
        c.status === "failed" ? "DPR801" : "DPR802",
        `${c.id} ${what}: ${errorLine(c)}${hint.message}`,
        {
          ...file ? { file } : {},
          ...line ? { line } : {},
          ...hint.fix ? { fix: hint.fix } : {}
        }
      )
    );
  }
  return out;
}
function conftestFinding(run, ctx) {
  const m = /ImportError while loading conftest '([^']+)'/.exec(run.output);
  if (!m) return void 0;
  const conftest = m[1];
  const block = run.output.slice(run.output.indexOf(m[0]));
  const line = lastFrameIn(block, ctx.runRoot, import_node_path13.default.resolve(ctx.runRoot, conftest));
  const error = block.split("\n").find((l) => /^E\s+\S/.test(l))?.replace(/^E\s+/, "") ?? "import error";
  const hint = explain(block, ctx);
  return (0, import_chunk_AIBAUOYI.finding)("DPR803", `${displayFile(ctx, conftest)} cannot be imported: ${error}${hint.message}`, {
    file: displayFile(ctx, conftest),
    ...line ? { line } : {},
    fix: hint.fix ?? "Fix the import error in conftest.py: pytest runs no test until it imports."
  });
}
function crashFinding(run, cases, ctx) {
  const internal = cases.find((c) => c.internal);
  const text = internal?.details ?? run.output;
  const where = lastFrameUnder(text, ctx.runRoot, [ctx.runRoot, ...ctx.external]);
  const how = run.code === 3 ? "an internal error" : run.code === 4 ? "a usage error (bad option or configuration)" : run.signal ? `signal ${run.signal}` : `exit code ${run.code}`;
  const tail = outputTail(text, internal ? 3 : 6);
  return (0, import_chunk_AIBAUOYI.finding)("DPR805", `pytest crashed with ${how}${tail ? `:
${tail}` : ""}`, {
    ...where ? { file: displayFile(ctx, where.file), line: where.line } : {},
    fix: run.code === 4 ? "Check the pytest options in the plugin's configuration (pytest.ini, pyproject.toml, setup.cfg) and any passed after --." : "Read the pytest output above; a plugin hook, a conftest.py or a test that kills the interpreter is the usual cause."
  });
}
function recordFindings(rec, ctx) {
  if (!rec) return [];
  const out = [];
  for (const f of rec.failures) {
    const message = (f.crash?.message || lastLine2(f.text ?? "") || "see the pytest output").split("\n")[0].trim();
    const crash = f.crash && isPluginFile(ctx, f.crash.path) ? f.crash : void 0;
    const file = crash ? displayFile(ctx, crash.path) : testFile(f.nodeid);
    const where = { ...file ? { file } : {}, ...crash?.line ? { line: crash.line } : {} };
    if (f.when === "collect") {
      out.push((0, import_chunk_AIBAUOYI.finding)("DPR803", `${f.nodeid || "a test module"} cannot be imported: ${message}`, where));
    } else if (f.when === "call") {
      out.push((0, import_chunk_AIBAUOYI.finding)("DPR801", `${f.nodeid} failed: ${message}`, where));
    } else {
      out.push((0, import_chunk_AIBAUOYI.finding)("DPR802", `${f.nodeid} errored in ${f.when}: ${message}`, where));
    }
  }
  return out;
}
function testFile(nodeid) {
  const file = nodeid.split("::")[0];
  return file?.endsWith(".py") ? file : void 0;
}
function isPluginFile(ctx, file) {
  if (file.startsWith("<")) return false;
  const full = import_node_path13.default.resolve(ctx.runRoot, file);
  if (/[\\/](site|dist)-packages[\\/]/.test(full)) return false;
  return [ctx.runRoot, ...ctx.external].some((r) => full.startsWith(r + import_node_path13.default.sep)) && (0, import_node_fs11.existsSync)(full);
}
function lastLine2(text) {
  return text.split("\n").map((l) => l.trim()).filter(Boolean).pop() ?? "";
}
function outputTail(text, lines) {
  return text.split("\n").map((l) => l.replace(/^INTERNALERROR>\s?/, "").trimEnd()).filter((l) => l.trim() && !/^[=_-]{5,}/.test(l.trim()) && !/^\s*\^+\s*$/.test(l)).slice(-lines).join("\n");
}
function errorLine(c) {
  const e = (c.details ?? "").split("\n").filter((l) => /^E\s+\S/.test(l)).map((l) => l.replace(/^E\s+/, ""));
  if (c.collection) return e.at(-1) ?? c.message ?? "import error";
  const first2 = (c.message ?? "").split("\n")[0]?.trim();
  return first2 || e[0] || "see the pytest output";
}
function explain(text, ctx) {
  const module2 = /No module named '([^']+)'/.exec(text)?.[1];
  if (module2) {
    const req = requirementForModule(module2, ctx.missing);
    if (req) {
      return {
        message: ` (module ${module2} comes from the requirement ${req.requirement}, which could not be installed: ${req.reason})`,
        fix: "Run the tests where the package index is reachable, or with an interpreter (--python) that already has the package."
      };
    }
    const dropped = droppedFromPackage(moduleFiles(module2), ctx);
    if (dropped) return droppedHint(dropped);
  }
  const missingFile = /No such file or directory: '([^']+)'/.exec(text)?.[1];
  if (missingFile) {
    const dropped = droppedFromPackage([missingFile], ctx);
    if (dropped) return droppedHint(dropped);
  }
  return { message: "" };
}
function droppedHint(file) {
  return {
    message: ` (${file} is in the source tree but not in the package: .difyignore excludes it)`,
    fix: `Stop .difyignore from excluding ${file}, or do not depend on it from the tests.`
  };
}
function moduleFiles(module2) {
  const top = module2.split(".")[0];
  return [`${top}.py`, top];
}
function droppedFromPackage(files, ctx) {
  if (!ctx.packaged) return void 0;
  for (const f of files) {
    const rel = import_node_path13.default.relative(ctx.runRoot, import_node_path13.default.resolve(ctx.runRoot, f)).split(import_node_path13.default.sep).join("/");
    if (rel.startsWith("..")) continue;
    if ((0, import_node_fs11.existsSync)(import_node_path13.default.join(ctx.sourceRoot, rel)) && !(0, import_node_fs11.existsSync)(import_node_path13.default.join(ctx.runRoot, rel))) return rel;
  }
  return void 0;
}
function missingFindings(missing) {
  return missing.map(
    (m) => (0, import_chunk_AIBAUOYI.finding)("DPR808", `${m.requirement} could not be installed: ${m.reason}; the tests run without it`, {
      ...m.file ? { file: m.file } : {},
      ...m.line ? { line: m.line } : {},
      fix: "Run where the package index is reachable (or set PIP_INDEX_URL to a mirror), or use --python with an interpreter that has the package."
    })
  );
}
function secretsInReach(env, pluginRoot) {
  return { variables: (0, import_chunk_CML2VIZG.secretVariables)(env), credentials: persistedCredentials(pluginRoot) };
}
function refuseSecrets(found, allowed) {
  if (allowed || found.variables.length === 0 && found.credentials.length === 0) return;
  const what = [
    ...found.variables.length > 0 ? [`the variable${found.variables.length === 1 ? "" : "s"} ${found.variables.join(", ")}`] : [],
    ...found.credentials.map((f) => `the git credentials persisted in ${f}`)
  ].join(" and ");
  throw new import_chunk_NG6BV4S6.EnvironmentError(
    `refusing to run the plugin's tests: its code could read secrets of this step (${what})`,
    "Run the tests in a job without secrets: no secrets in env:, no id-token: write permission, actions/checkout with persist-credentials: false; sign and publish in a later job. To trust the tests with them anyway, pass --allow-secrets-in-test (action input allow-secrets-in-test: true)."
  );
}
function persistedCredentials(pluginRoot) {
  const repo = (0, import_chunk_SAEB7QK7.repositoryRoot)(pluginRoot);
  if (!repo) return [];
  const gitDir = resolveGitDir(repo);
  if (!gitDir) return [];
  const found = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = (file, depth) => {
    if (seen.has(file) || depth > 5) return;
    seen.add(file);
    const text = readConfig(file);
    if (text === void 0) return;
    if (/^\s*extraheader\s*=\s*"?\s*authorization\s*:/im.test(text)) found.push(file);
    for (const m of text.matchAll(/^\s*path\s*=\s*"?([^"\n]+?)"?\s*$/gim)) {
      const target = m[1].trim();
      const full = target.startsWith("~/") ? import_node_path15.default.join((0, import_node_os3.homedir)(), target.slice(2)) : import_node_path15.default.resolve(import_node_path15.default.dirname(file), target);
      visit(full, depth + 1);
    }
  };
  visit(import_node_path15.default.join(gitDir, "config"), 0);
  visit(import_node_path15.default.join(gitDir, "config.worktree"), 0);
  return found;
}
function resolveGitDir(repo) {
  const dotGit = import_node_path15.default.join(repo, ".git");
  const pointer = readConfig(dotGit);
  if (pointer === void 0) return dotGit;
  const m = /^gitdir:\s*(.+)$/m.exec(pointer);
  if (!m) return void 0;
  const dir = import_node_path15.default.resolve(repo, m[1].trim());
  const common = readConfig(import_node_path15.default.join(dir, "commondir"));
  return common ? import_node_path15.default.resolve(dir, common.trim()) : dir;
}
function readConfig(file) {
  try {
    return (0, import_chunk_C7Z2DSUT.readRegularText)(file, { maxBytes: 1024 * 1024 });
  } catch {
    return void 0;
  }
}
function classify(run, cases) {
  if (run.timedOut) return "timeout";
  const rec = run.record;
  if (!rec?.started) {
    if (run.code === 4 && /ImportError while loading conftest/.test(run.output)) return "collection-error";
    return "crashed";
  }
  if (!rec.finished) return "crashed";
  const failed = rec.failures.some((f) => f.when !== "collect") || cases.some((c) => !c.collection && !c.internal && (c.status === "failed" || c.status === "error"));
  const collection = rec.failures.some((f) => f.when === "collect") || cases.some((c) => c.collection);
  switch (rec.exitstatus) {
    case 0:
      return failed ? "failed" : "passed";
    case 1:
      return collection && !failed ? "collection-error" : "failed";
    case 2:
      return collection ? "collection-error" : "crashed";
    case 5:
      return "no-tests";
    default:
      return "crashed";
  }
}
function outcomeFindings(outcome, run, cases, ctx, options, sourceHasTests, junitDamaged = false) {
  const rec = run.record;
  const notes = [];
  if (junitDamaged) {
    notes.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR813",
        "pytest's JUnit report cannot be read (truncated or damaged): the results come from the progress record"
      )
    );
  }
  if (rec?.finished && rec.exitstatus !== void 0 && !run.signal && run.code !== rec.exitstatus && !run.timedOut) {
    notes.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR812",
        `pytest's verdict was exit status ${rec.exitstatus}, but the test process exited with code ${run.code}: the verdict is pytest's`
      )
    );
  }
  const failures = () => run.junit && cases.length > 0 ? caseFindings(cases, ctx) : recordFindings(rec, ctx);
  switch (outcome) {
    case "passed":
      return [
        ...notes,
        ...run.junit || junitDamaged ? [] : [
          (0, import_chunk_AIBAUOYI.finding)(
            "DPR810",
            "pytest finished without writing its JUnit report: the tests are counted from the progress record, without their times",
            {
              fix: "Do not disable pytest's junitxml plugin (-p no:junitxml) in --pytest-args or in the plugin's pytest configuration."
            }
          )
        ]
      ];
    case "failed":
      return [...notes, ...failures()];
    case "collection-error": {
      const conftest = conftestFinding(run, ctx);
      return [...notes, ...conftest ? [conftest] : failures()];
    }
    case "no-tests":
      return [...notes, noTests(options, sourceHasTests)];
    case "timeout":
      return [timeoutFinding(run, ctx, options)];
    default:
      if (rec?.started && !rec.finished) return [...notes, unfinished(run, ctx), ...recordFindings(rec, ctx)];
      return [...notes, crashFinding(run, cases, ctx)];
  }
}
function noTests(options, sourceHasTests) {
  const dropped = Boolean(options.packaged) && sourceHasTests;
  return (0, import_chunk_AIBAUOYI.finding)(
    "DPR806",
    dropped ? "the package has no tests: the source tree has tests/, but .difyignore keeps it out of the package, so the marketplace CI runs none" : "no tests found",
    {
      ...options.requireTests ? { severity: "error" } : {},
      fix: dropped ? "Remove tests/ from .difyignore so the tests travel with the package." : "Add tests under tests/ (test_*.py files with test_* functions), or point --tests-dir at them."
    }
  );
}
function ending(run) {
  return run.signal ? `was killed by signal ${run.signal}` : `exited with code ${run.code}`;
}
function unfinished(run, ctx) {
  const rec = run.record;
  const p = run.progress;
  const counts = [...rec.outcomes.values()];
  const tally = `${rec.ran} test${rec.ran === 1 ? "" : "s"} had started (${counts.filter((o) => o === "passed").length} passed, ${counts.filter((o) => o === "failed" || o === "error").length} failed)`;
  const when = p?.phase === "run" ? `while ${p.nodeid} was running` : p?.phase === "finished" ? `after ${p.nodeid} finished` : p?.phase === "collect" ? `while collecting ${p.nodeid || "the tests"}` : "before the tests ended";
  const file = p?.phase === "run" && p.file ? displayFile(ctx, p.file) : void 0;
  return (0, import_chunk_AIBAUOYI.finding)("DPR811", `pytest did not finish: the test process ${ending(run)} ${when}; ${tally}`, {
    ...file ? { file } : {},
    ...file && p?.line ? { line: p.line } : {}
  });
}
function timeoutFinding(run, ctx, options) {
  const p = run.progress;
  const seconds = (options.timeout ?? import_chunk_SXGCD46B.DEFAULT_TIMEOUT_SECONDS).toString();
  const what = p?.phase === "run" ? `${p.nodeid} did not finish` : p?.phase === "collect" ? `collecting ${p.nodeid || "the tests"} did not finish` : p?.phase === "finished" || p?.phase === "collected" ? "pytest did not exit" : "pytest did not finish";
  const file = p?.phase === "run" && p.file ? displayFile(ctx, p.file) : void 0;
  const contained = run.isolation?.mode === "sandbox" ? " (the sandbox and every process in it ended)" : "";
  const killed = run.survivors?.length ? `the test process was killed, but ${run.survivors.length === 1 ? "a process it started" : `${run.survivors.length} processes it started`} could not be (PID ${run.survivors.join(", ")}) and may still be running` : run.isolation?.mode === "none" ? "the test process and the processes found by parent were killed (processes that left the tree cannot be found on this system)" : `the test process and everything it started were killed${contained}`;
  return (0, import_chunk_AIBAUOYI.finding)("DPR804", `${what} within ${seconds} s: ${killed}`, {
    ...file ? { file } : {},
    ...file && p?.line ? { line: p.line } : {},
    fix: "Find what waits forever (a network call, input(), a lock, a thread not joined), or raise --timeout."
  });
}
function environmentBroken(run) {
  if (run.junit || run.timedOut || run.record?.started) return false;
  return run.code === 126 || run.code === 127 || /No module named '?pytest'?$/m.test(run.output);
}
function safeParse(xml) {
  try {
    return parseJUnit(xml);
  } catch {
    return void 0;
  }
}
var OUTPUT_LIMITS = {
  headLines: 500,
  headChars: 128 * 1024,
  tailLines: 200,
  tailChars: 64 * 1024,
  fileBytes: 64 * 1024 * 1024
};
var BoundedOutput = class {
  constructor(relay, limits = OUTPUT_LIMITS) {
    this.relay = relay;
    this.limits = limits;
  }
  relay;
  limits;
  lines = 0;
  shownChars = 0;
  omitted = 0;
  tail = [];
  tailChars = 0;
  fd;
  dir;
  written = 0;
  truncated = false;
  /** The lines relayed so far: written to the file when it is created (at the first line left out). */
  head = [];
  /** The file the whole output goes to (created on first use). */
  get file() {
    return this.dir ? import_node_path16.default.join(this.dir, "pytest-output.log") : void 0;
  }
  line = (text) => {
    this.lines++;
    if (this.omitted === 0 && this.lines <= this.limits.headLines && this.shownChars + text.length <= this.limits.headChars) {
      this.shownChars += text.length;
      this.head.push(text);
      this.relay(text);
      return;
    }
    if (this.omitted === 0) {
      for (const h of this.head) this.save(h);
      this.head = [];
    }
    this.save(text);
    this.omitted++;
    this.tail.push(text);
    this.tailChars += text.length;
    while (this.tail.length > this.limits.tailLines || this.tailChars > this.limits.tailChars && this.tail.length > 1) {
      this.tailChars -= this.tail.shift().length;
    }
  };
  /** Relay the tail (with a line saying what was left out), close the file; keep it only if needed. */
  end() {
    if (this.fd !== void 0) (0, import_node_fs12.closeSync)(this.fd);
    this.fd = void 0;
    const hidden = this.omitted - this.tail.length;
    if (hidden > 0) {
      const last = this.tail.at(-1) ?? "";
      const cut = this.tail.length === 1 && last.length > this.limits.tailChars;
      this.relay(
        `\u2026 ${hidden} line${hidden === 1 ? "" : "s"} of pytest output not shown here; the whole output${this.truncated ? ` (its first ${this.limits.fileBytes} bytes)` : ""} is in ${this.file} \u2026`
      );
      if (cut) this.tail = [`\u2026${last.slice(-this.limits.tailChars)}`];
    }
    for (const t of this.tail) this.relay(t);
    const summary = { lines: this.lines, omitted: Math.max(hidden, 0) };
    if (hidden > 0 && this.file)
      return { ...summary, file: this.file, ...this.truncated ? { fileTruncated: true } : {} };
    if (this.dir) (0, import_node_fs12.rmSync)(this.dir, { recursive: true, force: true });
    return summary;
  }
  save(text) {
    if (this.truncated) return;
    if (this.fd === void 0) {
      try {
        this.dir = (0, import_node_fs12.mkdtempSync)(import_node_path16.default.join((0, import_node_os4.tmpdir)(), "dpr-test-output-"));
        this.fd = (0, import_node_fs12.openSync)(import_node_path16.default.join(this.dir, "pytest-output.log"), "w", 384);
      } catch {
        this.truncated = true;
        return;
      }
    }
    const data = Buffer.from(`${text}
`, "utf8");
    const room = this.limits.fileBytes - this.written;
    if (data.length > room) {
      if (room > 0) (0, import_node_fs12.writeSync)(this.fd, data, 0, room);
      this.written = this.limits.fileBytes;
      this.truncated = true;
      return;
    }
    (0, import_node_fs12.writeSync)(this.fd, data);
    this.written += data.length;
  }
};
var defaultUnpack = async (pkg, dir) => {
  const { extractPackage } = await Promise.resolve().then(() => require("./extract-74E4QGVV.cjs"));
  await extractPackage(pkg, dir);
};
async function withPackage(packaged, cwd, deps, body2) {
  if (!packaged) return body2(void 0);
  const file = import_node_path17.default.resolve(cwd, packaged);
  let isFile = false;
  try {
    isFile = (0, import_node_fs13.statSync)(file).isFile();
  } catch {
  }
  if (!isFile) {
    throw new import_chunk_NG6BV4S6.UsageError(
      `--packaged ${packaged}: no such file`,
      "Build the package first (dify-plugin-release package PATH), then pass its path."
    );
  }
  return (0, import_chunk_SJW6ZZSJ.withTempDir)("dpr-packaged-", async (dir) => {
    deps.log(`Unpacking ${packaged} into ${dir}`);
    try {
      await deps.unpack(file, dir);
    } catch (error) {
      if (error instanceof import_chunk_NG6BV4S6.DprError) throw error;
      throw new import_chunk_NG6BV4S6.CheckFailedError(
        `cannot unpack ${packaged}: ${(0, import_chunk_NG6BV4S6.errorMessage)(error)}`,
        "Rebuild the package with `dify-plugin-release package`."
      );
    }
    return body2({ file, dir });
  });
}
var MANIFEST = "manifest.yaml";
async function readPluginInfo(root, label, packaged) {
  const at = { file: MANIFEST };
  const file = import_node_path18.default.join(root, MANIFEST);
  try {
    (0, import_node_fs14.lstatSync)(file);
  } catch {
    throw new import_chunk_NG6BV4S6.UsageError(
      packaged ? `${label} has no ${MANIFEST}: it is not a Dify plugin package` : `${label} is not a Dify plugin: it has no ${MANIFEST}`,
      packaged ? "Give a .difypkg built by `dify-plugin-release package` or `dify plugin package`." : "Give the plugin directory (the one holding manifest.yaml), or --packaged with a built .difypkg."
    );
  }
  let bytes;
  try {
    bytes = (0, import_chunk_C7Z2DSUT.readRegularFile)(file, { maxBytes: import_chunk_ZFMTKNA4.LIMITS.maxYamlBytes, root });
  } catch {
    return { runnerVersionAt: at };
  }
  const manifest = (0, import_chunk_R6ZEAHMN.parseYamlBytes)(MANIFEST, bytes);
  if (manifest.problems.length > 0) return { runnerVersionAt: at };
  const raw = manifest.scalarText("/meta/runner/version");
  if (raw === void 0 || raw === "") return { runnerVersionAt: at };
  return {
    runnerVersion: raw,
    runnerVersionAt: { file: MANIFEST, ...manifest.locate("/meta/runner/version") }
  };
}
var MAX_RECORD_BYTES = 64 * 1024 * 1024;
function readRecord(file) {
  let text;
  try {
    text = (0, import_chunk_C7Z2DSUT.readRegularText)(file, { maxBytes: MAX_RECORD_BYTES });
  } catch {
    return void 0;
  }
  return parseRecord(text);
}
function parseRecord(text) {
  const r = {
    started: false,
    finished: false,
    ran: 0,
    outcomes: /* @__PURE__ */ new Map(),
    failures: [],
    damaged: 0
  };
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    let e;
    try {
      e = JSON.parse(line);
    } catch {
      r.damaged++;
      continue;
    }
    if (!e || typeof e !== "object") {
      r.damaged++;
      continue;
    }
    const nodeid = typeof e.nodeid === "string" ? e.nodeid : "";
    switch (e.e) {
      case "start":
        r.started = true;
        break;
      case "collect":
        r.progress = {
          phase: "collect",
          nodeid,
          ...typeof e.path === "string" && e.path ? { file: e.path } : {}
        };
        break;
      case "collectreport":
        r.failures.push({ nodeid, when: "collect", ...failureDetails(e) });
        break;
      case "collected":
        r.collected = typeof e.n === "number" ? e.n : void 0;
        r.progress = { phase: "collected", nodeid: "" };
        break;
      case "run":
        r.ran++;
        r.progress = {
          phase: "run",
          nodeid,
          ...typeof e.file === "string" ? { file: e.file } : {},
          ...typeof e.line === "number" ? { line: e.line + 1 } : {}
        };
        break;
      case "report":
        record(r, nodeid, e);
        break;
      case "finished":
        if (r.progress?.nodeid === nodeid) r.progress = { ...r.progress, phase: "finished" };
        break;
      case "end":
        r.finished = true;
        r.exitstatus = typeof e.exitstatus === "number" ? e.exitstatus : void 0;
        break;
      default:
        r.damaged++;
    }
  }
  return r;
}
function record(r, nodeid, e) {
  const when = e.when === "setup" || e.when === "teardown" ? e.when : "call";
  const previous = r.outcomes.get(nodeid);
  if (e.outcome === "failed") {
    r.failures.push({ nodeid, when, ...failureDetails(e) });
    if (when === "call") r.outcomes.set(nodeid, "failed");
    else if (previous !== "failed") r.outcomes.set(nodeid, "error");
  } else if (e.outcome === "skipped") {
    if (!previous || previous === "passed") r.outcomes.set(nodeid, "skipped");
  } else if (when === "call" || !previous) {
    if (!previous) r.outcomes.set(nodeid, "passed");
  }
}
function failureDetails(e) {
  const c = e.crash;
  return {
    ...typeof e.text === "string" && e.text ? { text: e.text } : {},
    ...c && typeof c.path === "string" ? {
      crash: {
        path: c.path,
        ...typeof c.line === "number" ? { line: c.line } : {},
        message: typeof c.message === "string" ? c.message : ""
      }
    } : {}
  };
}
function recordCounts(r) {
  const counts = { passed: 0, failed: 0, errors: 0, skipped: 0 };
  for (const o of r.outcomes.values()) {
    if (o === "passed") counts.passed++;
    else if (o === "failed") counts.failed++;
    else if (o === "error") counts.errors++;
    else counts.skipped++;
  }
  return counts;
}
var SUPERVISOR_SCRIPT = `
import errno, json, os, signal, sys

cfg = json.loads(sys.argv[1])
STATUS = cfg["status"]
CHANNEL = [3]
SETUP_FAILED = 125
PR_SET_PDEATHSIG = 1
PR_SET_CHILD_SUBREAPER = 36
CLONE_NEWNS, CLONE_NEWUSER, CLONE_NEWPID = 0x00020000, 0x10000000, 0x20000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC = 1, 2, 4, 8
MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = 32, 4096, 16384, 1 << 18
MS_NOATIME, MS_NODIRATIME, MS_RELATIME = 1024, 2048, 1 << 21
FORWARDED = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGQUIT)


def status(**record):
    try:
        with open(STATUS, "a", encoding="utf-8") as f:
            f.write(json.dumps(record) + "\\n")
    except OSError:
        pass


def report(text):
    try:
        os.write(CHANNEL[0], (text + "\\n").encode("utf-8", "replace"))
    except OSError:
        pass


def fail(step, err):
    report("error %s: %s" % (step, os.strerror(err) if isinstance(err, int) else err))
    os._exit(SETUP_FAILED)


try:
    os.set_inheritable(3, False)
except OSError:
    CHANNEL[0] = -1


try:
    import ctypes
    libc = ctypes.CDLL(None, use_errno=True)
except Exception as e:
    fail("ctypes", e)


def check(result, step):
    if result != 0:
        fail(step, ctypes.get_errno())


def write(path, text, step):
    try:
        with open(path, "w") as f:
            f.write(text)
    except OSError as e:
        fail(step, e.errno or str(e))


def pdeathsig(sig, parent):
    libc.prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0)
    if os.getppid() != parent:  # The parent died before the signal was armed.
        os._exit(SETUP_FAILED)


def mount(source, target, fstype, flags, data, step):
    r = libc.mount(
        None if source is None else source.encode(),
        target.encode(),
        None if fstype is None else fstype.encode(),
        ctypes.c_ulong(flags),
        None if data is None else data.encode(),
    )
    check(r, step + " " + target)


def kept_flags(path):
    # A bind mount remounted in a user namespace must keep the locked flags of the original.
    f = os.statvfs(path).f_flag
    flags = 0
    for st, ms in ((2, MS_NOSUID), (4, MS_NODEV), (8, MS_NOEXEC), (1024, MS_NOATIME), (2048, MS_NODIRATIME), (4096, MS_RELATIME)):
        if f & st:
            flags |= ms
    return flags


def exec_program():
    for sig in FORWARDED:
        signal.signal(sig, signal.SIG_DFL)
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    try:
        os.chdir(cfg["cwd"])
        os.execvp(cfg["argv"][0], cfg["argv"])
    except OSError as e:
        sys.stderr.write("cannot run %s: %s\\n" % (cfg["argv"][0], e.strerror))
        os._exit(127 if e.errno == errno.ENOENT else 126)


def children(me):
    out = []
    try:
        names = os.listdir("/proc")
    except OSError:
        return out
    for name in names:
        if not name.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % name, "rb") as f:
                stat = f.read().decode("utf-8", "replace")
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2:].split(" ")
        if len(fields) > 1 and fields[1] == str(me) and fields[0] != "Z":
            out.append(int(name))
    return out


def reap_all():
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def kill_descendants():
    # Children re-parented to this subreaper: kill them, reap them, until none is left.
    killed = set()
    me = os.getpid()
    for _ in range(200):
        reap_all()
        left = children(me)
        if not left:
            break
        for pid in left:
            try:
                os.kill(pid, signal.SIGKILL)
                killed.add(pid)
            except OSError:
                pass
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            break
    return len(killed)


def wait_for(child, on_other=None):
    while True:
        try:
            pid, st = os.waitpid(-1, 0)
        except ChildProcessError:
            return None
        except InterruptedError:
            continue
        if pid == child:
            return st


def ended(st):
    if st is None:
        return {"exit": 1}
    if os.WIFSIGNALED(st):
        return {"signal": os.WTERMSIG(st)}
    return {"exit": os.WEXITSTATUS(st)}


def finish(result):
    if "signal" in result:
        sig = result["signal"]
        try:
            import resource
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        except Exception:
            pass
        signal.signal(sig, signal.SIG_DFL)
        os.kill(os.getpid(), sig)
        os._exit(128 + sig)
    os._exit(result.get("exit", 1))


def forward_to(pid):
    def handler(sig, _frame):
        try:
            os.kill(pid, sig)
        except OSError:
            pass
    for sig in FORWARDED:
        signal.signal(sig, handler)


def supervise():
    parent = os.getppid()
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        fail("subreaper", ctypes.get_errno())
    child = os.fork()
    if child == 0:
        pdeathsig(signal.SIGKILL, parent=os.getppid())
        exec_program()

    def stop(sig, _frame):
        # Told to stop, or the caller died (parent-death signal): the program, then everything left.
        try:
            os.kill(child, sig if os.getppid() == parent else signal.SIGKILL)
        except OSError:
            pass
        if os.getppid() != parent:
            kill_descendants()
            os._exit(128 + sig)

    for sig in FORWARDED:
        signal.signal(sig, stop)
    libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0)
    if os.getppid() != parent:
        stop(signal.SIGTERM, None)
    report("ready supervised")
    result = ended(wait_for(child))
    result["leftovers"] = kill_descendants()
    status(**result)
    finish(result)


def namespace_init():
    # PID 1 of the new namespace, still with the capabilities of the first user namespace.
    pdeathsig(signal.SIGKILL, parent=0)
    mount(None, "/", None, MS_REC | MS_PRIVATE, None, "make mounts private")
    mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, None, "mount a fresh /proc on")
    for path in cfg.get("mask", []):
        if os.path.isfile(path):
            mount("/dev/null", path, None, MS_BIND, None, "mask")
    for path in cfg.get("readonly", []):
        if os.path.isdir(path):
            flags = kept_flags(path)
            mount(path, path, None, MS_BIND | MS_REC, None, "bind")
            mount(None, path, None, MS_REMOUNT | MS_BIND | MS_RDONLY | flags, None, "make read-only")
    # Writable again inside what was made read-only (the environment being built, in its cache).
    for path in cfg.get("rebind", []):
        if os.path.isdir(path):
            mount(path, path, None, MS_BIND | MS_REC, None, "bind writable")
            # The new bind copies the read-only flag of the mount it was taken from: clear it.
            mount(None, path, None, MS_REMOUNT | MS_BIND | kept_flags(path), None, "make writable")
    # Give up every capability: a nested user namespace mapping the caller's ids back.
    check(libc.unshare(CLONE_NEWUSER), "drop privileges (unshare)")
    write("/proc/self/setgroups", "deny", "drop privileges (setgroups)")
    write("/proc/self/uid_map", "%d 0 1" % cfg["uid"], "drop privileges (uid_map)")
    write("/proc/self/gid_map", "%d 0 1" % cfg["gid"], "drop privileges (gid_map)")
    report("ready")
    os.close(CHANNEL[0])
    CHANNEL[0] = -1
    child = os.fork()
    if child == 0:
        exec_program()
    forward_to(child)
    result = ended(wait_for(child))
    try:
        result["leftovers"] = len([n for n in os.listdir("/proc") if n.isdigit() and n != "1"])
    except OSError:
        result["leftovers"] = 0
    status(**result)
    # Exiting PID 1 makes the kernel kill every process left in the namespace.
    os._exit(128 + result["signal"] if "signal" in result else result["exit"])


def sandbox():
    pdeathsig(signal.SIGKILL, parent=os.getppid())
    uid, gid = os.getuid(), os.getgid()
    cfg["uid"], cfg["gid"] = uid, gid
    check(libc.unshare(CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWPID), "unshare")
    if os.path.exists("/proc/self/setgroups"):
        write("/proc/self/setgroups", "deny", "setgroups")
    write("/proc/self/uid_map", "0 %d 1" % uid, "uid_map")
    write("/proc/self/gid_map", "0 %d 1" % gid, "gid_map")
    r, w = os.pipe()
    init = os.fork()
    if init == 0:
        # The namespace's PID 1 reports to the supervisor only, and closes that before the program starts.
        os.close(r)
        if CHANNEL[0] >= 0:
            os.close(CHANNEL[0])
        CHANNEL[0] = w
        namespace_init()
    os.close(w)
    said = b""
    while True:
        try:
            chunk = os.read(r, 4096)
        except InterruptedError:
            continue
        if not chunk:
            break
        said += chunk
    os.close(r)
    said = said.decode("utf-8", "replace").strip()
    forward_to(init)
    if said != "ready":
        wait_for(init)
        report(said if said.startswith("error ") else "error namespace init: it ended before the program started")
        os._exit(SETUP_FAILED)
    report("ready sandbox")
    st = wait_for(init)
    code = os.WEXITSTATUS(st) if st is not None and os.WIFEXITED(st) else 1
    result = {"exit": code}
    if code > 128:
        # PID 1 cannot die of a signal: it exits 128 + n; the status file says whether that was one.
        try:
            with open(STATUS, encoding="utf-8") as f:
                for line in f:
                    record = json.loads(line)
                    if record.get("signal") == code - 128:
                        result = {"signal": code - 128}
        except (OSError, ValueError):
            pass
    finish(result)


if cfg["mode"] == "sandbox":
    sandbox()
else:
    supervise()
`;
var refused;
async function runIsolated(tree, argv, o) {
  const { supervisorPython, workDir, mask, readonly, writable, rebind, policy, ...run } = o;
  if (process.platform !== "linux") {
    if (policy === "required") throw unavailable("user namespaces exist on Linux only");
    const result2 = await tree.run(argv[0], argv.slice(1), run);
    return { result: result2, isolation: { mode: "none", reason: `${process.platform} is not Linux` }, leftovers: 0 };
  }
  const config = {
    cwd: o.cwd,
    argv,
    mask: (mask ?? []).filter((f) => (0, import_node_fs16.existsSync)(f)),
    readonly: (readonly ?? []).filter(
      (d) => d !== import_node_path20.default.parse(d).root && !(writable ?? []).some((w) => (0, import_chunk_SAEB7QK7.isInside)(d, w))
    ),
    rebind: rebind ?? []
  };
  if (policy !== "off" && refused === void 0) {
    const attempt2 = await supervised(tree, supervisorPython, "sandbox", config, workDir, run);
    if (!("error" in attempt2)) return { ...attempt2, isolation: { mode: "sandbox" } };
    refused = attempt2.error;
  }
  if (policy === "required") throw unavailable(refused ?? "turned off");
  const reason = policy === "off" ? "turned off (DPR_SANDBOX=off)" : refused;
  const attempt = await supervised(tree, supervisorPython, "supervise", config, workDir, run);
  if (!("error" in attempt)) {
    return { ...attempt, isolation: { mode: "supervised", ...reason ? { reason } : {} } };
  }
  const result = await tree.run(argv[0], argv.slice(1), run);
  return {
    result,
    isolation: { mode: "none", reason: `${reason ? `${reason}; ` : ""}no supervisor: ${attempt.error}` },
    leftovers: 0
  };
}
function unavailable(reason) {
  return new import_chunk_NG6BV4S6.EnvironmentError(
    `the sandbox the tests must run in is not available: ${reason}`,
    "Allow unprivileged user namespaces (Ubuntu 24.04, GitHub runners: sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0), or set DPR_SANDBOX=auto to run without it."
  );
}
var runs = 0;
async function supervised(tree, python, mode, config, workDir, run) {
  const status = import_node_path20.default.join(workDir, `supervisor-${process.pid}-${++runs}.jsonl`);
  const cfg = JSON.stringify({ ...config, mode, status });
  const result = await tree.run(python, ["-I", "-S", "-c", SUPERVISOR_SCRIPT, cfg], {
    ...run,
    channel: true
  });
  const said = (result.channel ?? "").split("\n")[0]?.trim() ?? "";
  if (said.startsWith("error ")) return { error: said.slice("error ".length) };
  if (!said.startsWith("ready")) {
    if (result.timedOut || result.signal) return { result, leftovers: 0 };
    return {
      error: `the supervisor did not start (exit code ${result.code}): ${result.stderr.trim().split("\n").pop() ?? ""}`
    };
  }
  const records = readStatus(status);
  const end = records.findLast((r) => typeof r.leftovers === "number");
  return { result, leftovers: Number(end?.leftovers ?? 0) };
}
function readStatus(file) {
  let text = "";
  try {
    text = (0, import_node_fs16.readFileSync)(file, "utf8");
  } catch {
    return [];
  }
  const out = [];
  for (const line of text.split("\n")) {
    try {
      if (line.trim()) out.push(JSON.parse(line));
    } catch {
    }
  }
  return out;
}
function confinedRunner(tree, o) {
  return {
    run: (command, args, options = {}) => (0, import_chunk_SJW6ZZSJ.withTempDir)("dpr-install-", async (workDir) => {
      const { result } = await runIsolated(tree, [command, ...args], {
        ...o,
        ...options,
        cwd: options.cwd ?? process.cwd(),
        workDir
      });
      return result;
    })
  };
}
function sandboxPolicy(option, env) {
  if (option) {
    const o = option.trim().toLowerCase();
    if (o === "auto" || o === "required" || o === "off") return o;
    throw new import_chunk_NG6BV4S6.UsageError(
      `sandbox ${JSON.stringify(option)}: must be auto, required or off`,
      "auto runs the tests in the sandbox where the machine allows it; required refuses to run them without it; off never uses it."
    );
  }
  const v = (env.DPR_SANDBOX ?? "").trim().toLowerCase();
  if (v === "required" || v === "off" || v === "auto") return v;
  if (v === "0" || v === "false" || v === "no") return "off";
  return "auto";
}
function locateTests(sourceRoot, runRoot, testsDir, cwd) {
  let external;
  if (testsDir) {
    external = import_node_path21.default.resolve(cwd, testsDir);
    if (!isDirectory(external)) {
      throw new import_chunk_NG6BV4S6.UsageError(
        `--tests-dir ${testsDir} is not a directory`,
        "Give the directory holding the tests."
      );
    }
  } else {
    external = monorepoTests(sourceRoot);
  }
  if (!external) return { targets: [], external: [] };
  const inside = import_node_path21.default.join(runRoot, "tests");
  return { targets: [...isDirectory(inside) ? [inside] : [], external], external: [external] };
}
function monorepoTests(sourceRoot) {
  const top = (0, import_chunk_SAEB7QK7.repositoryRoot)(sourceRoot);
  let ancestor = import_node_path21.default.dirname(sourceRoot);
  for (let depth = 0; depth < 6; depth++) {
    if (top !== void 0 && !(0, import_chunk_SAEB7QK7.isInside)(top, ancestor)) break;
    const candidate = import_node_path21.default.join(ancestor, "tests", import_node_path21.default.relative(ancestor, sourceRoot));
    if (isDirectory(candidate)) return candidate;
    if (ancestor === top || import_node_path21.default.dirname(ancestor) === ancestor) break;
    ancestor = import_node_path21.default.dirname(ancestor);
  }
  return void 0;
}
function junitTarget(option, cwd) {
  const full = import_node_path21.default.resolve(cwd, option);
  let stat;
  try {
    stat = (0, import_node_fs17.lstatSync)(full);
  } catch {
    stat = void 0;
  }
  if (stat?.isSymbolicLink()) {
    try {
      stat = (0, import_node_fs17.statSync)(full);
    } catch {
      stat = void 0;
    }
  }
  if (stat?.isDirectory() || !stat && /[\\/]$/.test(option)) return import_node_path21.default.join(full, "junit.xml");
  if (stat && !stat.isFile()) {
    throw new import_chunk_NG6BV4S6.UsageError(
      `--junit-xml ${option}: not a regular file or a directory`,
      "Give the path of the report file to write (e.g. reports/junit.xml), or a directory to write junit.xml in."
    );
  }
  return full;
}
function isDirectory(p) {
  try {
    return (0, import_node_fs17.statSync)(p).isDirectory();
  } catch {
    return false;
  }
}
var MAX_JUNIT_BYTES = 256 * 1024 * 1024;
async function runPytest(o) {
  if (o.keepJunit) (0, import_node_fs15.rmSync)(o.keepJunit, { force: true });
  return (0, import_chunk_SJW6ZZSJ.withTempDir)("dpr-pytest-", async (work) => {
    (0, import_node_fs15.writeFileSync)(import_node_path19.default.join(work, `${PROGRESS_PLUGIN_MODULE}.py`), PROGRESS_PLUGIN_SCRIPT);
    const junit = import_node_path19.default.join(work, "junit.xml");
    const progressFile = import_node_path19.default.join(work, "progress.jsonl");
    const args = [
      "-c",
      pytestLauncher(o.rootOnPath ?? false),
      ...o.args ?? [],
      "-p",
      PROGRESS_PLUGIN_MODULE,
      "-p",
      "no:cacheprovider",
      `--rootdir=${o.cwd}`,
      `--junitxml=${junit}`,
      "-o",
      "junit_family=xunit1",
      ...o.targets
    ];
    const bin = import_node_path19.default.dirname(o.python);
    const env = {
      ...o.env,
      VIRTUAL_ENV: o.venv,
      PATH: [bin, o.env.PATH].filter(Boolean).join(import_node_path19.default.delimiter),
      PYTHONPATH: [work, ...o.pythonPath ?? [], o.env.PYTHONPATH].filter(Boolean).join(import_node_path19.default.delimiter),
      DPR_PROGRESS_FILE: progressFile,
      // Keep the plugin tree clean (no __pycache__ left for packaging to pick up).
      PYTHONDONTWRITEBYTECODE: o.env.PYTHONDONTWRITEBYTECODE ?? "1",
      ...o.extraEnv
    };
    delete env.PYTHONHOME;
    const run = { cwd: o.cwd, env, timeoutMs: o.timeoutMs, ...o.onLine ? { onLine: o.onLine } : {} };
    const c = o.confinement;
    const {
      result: r,
      isolation,
      leftovers
    } = c ? await runIsolated(o.tree, [o.python, ...args], {
      ...run,
      supervisorPython: o.python,
      workDir: work,
      mask: c.mask,
      readonly: c.readonly,
      writable: [...c.writable, work, o.cwd],
      policy: c.policy
    }) : { result: await o.tree.run(o.python, args, run), isolation: void 0, leftovers: 0 };
    const xml = readJunit(junit);
    if (xml && o.keepJunit) {
      (0, import_node_fs15.mkdirSync)(import_node_path19.default.dirname(o.keepJunit), { recursive: true });
      (0, import_node_fs15.copyFileSync)(junit, o.keepJunit);
    }
    const record2 = readRecord(progressFile);
    return {
      code: r.code,
      ...r.signal ? { signal: r.signal } : {},
      timedOut: r.timedOut,
      durationMs: r.durationMs,
      output: `${r.stdout}
${r.stderr}`,
      ...xml ? { junit: xml } : {},
      ...record2 ? { record: record2 } : {},
      ...record2?.progress ? { progress: record2.progress } : {},
      ...r.survivors ? { survivors: r.survivors } : {},
      ...isolation ? { isolation } : {},
      ...leftovers > 0 ? { leftovers } : {}
    };
  });
}
function readJunit(file) {
  try {
    return (0, import_chunk_C7Z2DSUT.readRegularText)(file, { maxBytes: MAX_JUNIT_BYTES });
  } catch (error) {
    if (error instanceof import_chunk_C7Z2DSUT.FileReadError) return void 0;
    throw error;
  }
}
var START_LIMITS = { bannerMs: 2e4, settleMs: 3e3, requestMs: 5e3 };
async function checkStart(o) {
  const started = Date.now();
  if (!o.difyPlugin) {
    return {
      check: { ran: false, detail: "dify_plugin is not in the test environment", durationMs: 0 },
      findings: [
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR818",
          "the plugin was not started (the official CI starts it with python -m main): dify_plugin is not in the test environment, so whether the plugin comes up is not known"
        )
      ]
    };
  }
  const limits = o.limits ?? START_LIMITS;
  const port = await freePort();
  const old = isOldSdk(o.difyPlugin);
  const env = {
    ...o.env,
    VIRTUAL_ENV: o.venv,
    PATH: [import_node_path22.default.dirname(o.python), o.env.PATH].filter(Boolean).join(import_node_path22.default.delimiter),
    PYTHONDONTWRITEBYTECODE: "1",
    ...old ? { INSTALL_METHOD: "aws_lambda", AWS_LAMBDA_HOST: "127.0.0.1", AWS_LAMBDA_PORT: String(port) } : { INSTALL_METHOD: "serverless", SERVERLESS_HOST: "127.0.0.1", SERVERLESS_PORT: String(port) }
  };
  delete env.PYTHONHOME;
  const abort = new AbortController();
  let verdict;
  const settle = (v2) => {
    if (verdict) return;
    verdict = v2;
    abort.abort();
  };
  let bannerTimer = setTimeout(
    () => settle({
      ok: false,
      detail: `it did not print "Serving Flask app" within ${limits.bannerMs / 1e3} s`
    }),
    limits.bannerMs
  );
  const onLine = (line, stream) => {
    if (stream !== "stdout" || !bannerTimer || !line.includes("Serving Flask app")) return;
    clearTimeout(bannerTimer);
    bannerTimer = void 0;
    setTimeout(() => {
      if (verdict) return;
      void get(port, limits.requestMs).then(
        (status) => settle(
          status === 200 || status === 404 ? { ok: true, detail: `it served on port ${port} and answered HTTP ${status}` } : {
            ok: false,
            detail: status ? `it answered HTTP ${status} (200 or 404 expected)` : "it did not answer on its port"
          }
        )
      );
    }, limits.settleMs);
  };
  const run = await (0, import_chunk_SJW6ZZSJ.withTempDir)(
    "dpr-start-",
    (work) => o.confinement ? runIsolated(o.tree, [o.python, "-m", "main"], {
      cwd: o.cwd,
      env,
      onLine,
      signal: abort.signal,
      supervisorPython: o.python,
      workDir: work,
      mask: o.confinement.mask,
      readonly: o.confinement.readonly,
      writable: [...o.confinement.writable, work, o.cwd],
      policy: o.confinement.policy
    }) : o.tree.run(o.python, ["-m", "main"], { cwd: o.cwd, env, onLine, signal: abort.signal }).then((result) => ({ result }))
  );
  if (bannerTimer) clearTimeout(bannerTimer);
  const r = run.result;
  const v = verdict ?? {
    ok: false,
    detail: `it exited (${r.signal ? `signal ${r.signal}` : `exit code ${r.code}`}) before serving`
  };
  const check = { ran: true, ok: v.ok, detail: v.detail, durationMs: Date.now() - started };
  if (v.ok) return { check, findings: [] };
  const output = `${r.stdout}
${r.stderr}`;
  const tail = outputTail(output, 8);
  const where = lastFrameUnder(output, o.cwd, [o.cwd]);
  const file = where ? import_node_path22.default.relative(o.cwd, where.file).split(import_node_path22.default.sep).join("/") : (0, import_node_fs18.existsSync)(import_node_path22.default.join(o.cwd, "main.py")) ? "main.py" : void 0;
  return {
    check,
    findings: [
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR817",
        `the plugin does not start: python -m main with INSTALL_METHOD=${old ? "aws_lambda" : "serverless"} (dify_plugin ${o.difyPlugin}): ${v.detail}${tail ? `:
${tail}` : ""}`,
        { ...file ? { file } : {}, ...where ? { line: where.line } : {} }
      )
    ]
  };
}
function isOldSdk(version) {
  const m = /^0\.0\.1b(\d+)$/.exec(version.trim());
  return Boolean(m && Number(m[1]) <= 64) || /^0\.0\.1a\d+$/.test(version.trim());
}
function freePort() {
  return new Promise((resolve, reject) => {
    const server = (0, import_node_net.createServer)();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
function get(port, timeoutMs) {
  return new Promise((resolve) => {
    const req = (0, import_node_http.request)({ host: "127.0.0.1", port, path: "/", method: "GET", timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(0));
    req.end();
  });
}
async function testPlugin(options, partial = {}) {
  const started = Date.now();
  const deps = {
    tree: import_chunk_JBHNGCYE.processRunner,
    unpack: defaultUnpack,
    log: () => {
    },
    onOutput: () => {
    },
    ...partial
  };
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  const sourceRoot = import_node_path.default.resolve(cwd, options.path ?? ".");
  if (options.timeout !== void 0 && !(0, import_chunk_OVS5IOGO.validTimeout)(options.timeout)) {
    throw new import_chunk_NG6BV4S6.UsageError(
      `--timeout ${options.timeout}: must be a number of seconds up to ${import_chunk_OVS5IOGO.MAX_TIMEOUT_SECONDS}, 0 for no limit`
    );
  }
  const pytestArgs = options.pytestArgs ?? [];
  const junitArg = pytestArgs.find((a) => /^--junit-?x/.test(a));
  if (junitArg) {
    throw new import_chunk_NG6BV4S6.UsageError(
      `--pytest-args ${junitArg}: the test stage writes pytest's JUnit report itself`,
      "Use --junit-xml FILE (the junit-xml input of the action) to keep the report."
    );
  }
  const junitXml = options.junitXml ? junitTarget(options.junitXml, cwd) : void 0;
  refuseSecrets(secretsInReach(env, sourceRoot), options.allowSecretsInTest ?? false);
  const child = pluginEnvironment(env, options.passEnv);
  const policy = sandboxPolicy(options.sandbox, env);
  const cacheDir = cacheDirectory(options.cacheDir, env, cwd);
  const plugin = import_node_path.default.relative(cwd, sourceRoot).split(import_node_path.default.sep).join("/") || ".";
  return withPackage(options.packaged, cwd, deps, async (pkg) => {
    const runRoot = pkg?.dir ?? sourceRoot;
    const info = await readPluginInfo(runRoot, pkg ? import_node_path.default.relative(cwd, pkg.file) : plugin, Boolean(pkg));
    const location = locateTests(sourceRoot, runRoot, options.testsDir, cwd);
    if (child.hidden.length > 0) {
      deps.log(
        `Hidden from the tests and installers: ${child.hidden.join(", ")} (--pass-env NAME lets one through)`
      );
    }
    const interpreter = await findInterpreter(deps.tree, options.python, env, {
      cacheDir,
      cwd,
      childEnv: child.env
    });
    const findings = [];
    if (info.runnerVersion && !versionMatches(info.runnerVersion, interpreter.version)) {
      findings.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR809",
          `the tests ran on Python ${interpreter.version} (${interpreter.source === "PATH" ? "python3 on PATH" : interpreter.requested}); the plugin declares Python ${info.runnerVersion} (meta.runner.version)`,
          {
            ...info.runnerVersionAt,
            fix: `Pass --python (or set DPR_PYTHON) to a Python ${info.runnerVersion} interpreter; in GitHub Actions, actions/test sets it up.`
          }
        )
      );
    }
    const base = {
      plugin,
      ...pkg ? { package: pkg.file } : {},
      python: {
        executable: interpreter.executable,
        version: interpreter.version,
        requested: interpreter.requested,
        source: interpreter.source,
        ...info.runnerVersion ? { declared: info.runnerVersion } : {}
      }
    };
    const done = (outcome2, extra = {}) => ({
      ...base,
      outcome: outcome2,
      counts: { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0 },
      time: 0,
      cases: [],
      durationMs: Date.now() - started,
      ...extra,
      findings: [...findings, ...extra.findings ?? []].map((f) => ({ ...f, plugin }))
    });
    const deps0 = readDependencies(runRoot);
    const envOptions = {
      interpreter,
      deps: deps0,
      root: runRoot,
      cacheDir,
      env: child.installerEnv,
      // The installers run the build scripts of the plugin's dependencies: plugin code too.
      tree: confinedRunner(
        deps.tree,
        installerConfinement({
          policy,
          env,
          cacheDir,
          entryDir: entryFor(cacheDir, environmentKey(interpreter, deps0)).dir,
          interpreter,
          writable: [runRoot, ...location.external]
        })
      ),
      log: deps.log,
      rebuild: options.rebuild ?? false
    };
    const prepare = async () => {
      try {
        return await prepareEnvironment(envOptions);
      } catch (error) {
        if (!(error instanceof InstallFailedError)) throw error;
        return done("install-failed", {
          findings: [
            (0, import_chunk_AIBAUOYI.finding)(
              "DPR807",
              `the plugin's dependencies could not be installed: ${error.command} failed:
${error.tail}`,
              {
                file: error.requirement?.file ?? deps0.file,
                ...error.requirement ? { line: error.requirement.line } : {},
                fix: "Fix the requirement the installer names (a version that exists, a name spelled right), then run again."
              }
            )
          ]
        });
      }
    };
    let prepared = await prepare();
    if ("outcome" in prepared) return prepared;
    if (prepared.reused) deps.log(`Using the cached test environment ${prepared.entry.dir}`);
    const timeoutMs = (options.timeout ?? import_chunk_SXGCD46B.DEFAULT_TIMEOUT_SECONDS) * 1e3;
    const output = new BoundedOutput(deps.onOutput);
    const confinement = confinementFor({
      policy,
      env,
      cacheDir,
      interpreter,
      writable: [runRoot, ...location.external]
    });
    const run = async (p) => runPytest({
      python: p.entry.python,
      venv: p.entry.venv,
      cwd: runRoot,
      targets: location.targets,
      // As the official CI: `python -m pytest` from the root for requirements.txt, `pytest` for uv.lock.
      rootOnPath: deps0.mode !== "uv",
      // Tests kept outside the plugin cannot find it from their own conftest.py, and a uv project
      // that is a package is installed (editable) by the CI's uv sync: the root goes on sys.path.
      pythonPath: location.external.length > 0 || projectIsPackage(deps0) ? [runRoot] : [],
      args: pytestArgs,
      env: child.env,
      extraEnv: pkg ? { PLUGIN_FILE_PATH: pkg.file } : {},
      timeoutMs,
      onLine: output.line,
      ...junitXml ? { keepJunit: junitXml } : {},
      tree: deps.tree,
      confinement
    });
    let before = snapshotCache(cacheDir, prepared.entry);
    let result = await run(prepared);
    if (prepared.reused && environmentBroken(result)) {
      deps.log(`The cached test environment ${prepared.entry.key} does not run pytest: rebuilding it`);
      discard(prepared.entry);
      prepared = await prepare();
      if ("outcome" in prepared) return prepared;
      before = snapshotCache(cacheDir, prepared.entry);
      result = await run(prepared);
    }
    const shown = output.end();
    if (shown.file) deps.log(`pytest's whole output is in ${shown.file}`);
    const missing = prepared.marker.missing;
    findings.push(...missingFindings(missing));
    const ctx = {
      runRoot,
      external: location.external,
      missing,
      sourceRoot,
      packaged: Boolean(pkg)
    };
    const report = result.junit ? safeParse(result.junit) : void 0;
    const cases = report?.cases ?? [];
    const outcome = classify(result, cases);
    const sourceHasTests = Boolean(pkg) && (0, import_node_fs.existsSync)(import_node_path.default.join(sourceRoot, "tests"));
    const out = outcomeFindings(
      outcome,
      result,
      cases,
      ctx,
      options,
      sourceHasTests,
      Boolean(result.junit) && !report
    );
    let start;
    if (options.startCheck !== false) {
      const s = await checkStart({
        python: prepared.entry.python,
        venv: prepared.entry.venv,
        cwd: runRoot,
        env: child.env,
        ...prepared.marker.difyPlugin ? { difyPlugin: prepared.marker.difyPlugin } : {},
        tree: deps.tree,
        confinement
      });
      start = s.check;
      out.push(...s.findings);
      if (s.check.ran)
        deps.log(
          `Start check (python -m main, as the official CI): ${s.check.ok ? "the plugin starts" : "the plugin does not start"}: ${s.check.detail}`
        );
    }
    const discarded = discardChanged(cacheDir, before, snapshotCache(cacheDir, prepared.entry));
    out.push(...isolationFindings(result, discarded));
    const counted = cases.length > 0 || !result.record ? countCases(cases) : fromRecord(result);
    return done(outcome, {
      findings: out,
      environment: {
        key: prepared.entry.key,
        path: prepared.entry.dir,
        reused: prepared.reused,
        ...prepared.updated ? { updated: true } : {},
        mode: prepared.marker.mode,
        ...prepared.marker.file ? { file: prepared.marker.file } : {},
        pytest: prepared.marker.pytest,
        missing
      },
      counts: counted,
      time: report?.time ?? 0,
      cases,
      pytest: {
        exitCode: result.code,
        ...result.signal ? { signal: result.signal } : {},
        timedOut: result.timedOut,
        durationMs: result.durationMs,
        ...result.survivors ? { survivors: result.survivors } : {},
        ...result.leftovers ? { leftovers: result.leftovers } : {}
      },
      ...result.isolation ? { isolation: result.isolation } : {},
      ...start ? { start } : {},
      output: shown
    });
  });
}
function fromRecord(run) {
  const c = recordCounts(run.record);
  return { total: c.passed + c.failed + c.errors + c.skipped, ...c };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DEFAULT_TIMEOUT_SECONDS,
  testPlugin
});
