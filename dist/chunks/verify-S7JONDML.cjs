"use strict";
var __dprBuiltin = (m) => Object.create(m, { default: { value: m, enumerable: true } });
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target2, all) => {
  for (var name in all)
    __defProp(target2, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target2) => (target2 = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target2, "default", { value: mod, enumerable: true }) : target2,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  verifyOfflineInstall: () => verifyOfflineInstall
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_3UXIKOIL = require("./chunk-3UXIKOIL.cjs");
var import_chunk_Q5C2TKAH = require("./chunk-Q5C2TKAH.cjs");
var import_chunk_SJW6ZZSJ = require("./chunk-SJW6ZZSJ.cjs");
var import_chunk_MYI4MX5U = require("./chunk-MYI4MX5U.cjs");
var import_chunk_ZAGPN3OK = require("./chunk-ZAGPN3OK.cjs");
var import_chunk_AQPOEHWX = require("./chunk-AQPOEHWX.cjs");
var import_chunk_RSCBOPBN = require("./chunk-RSCBOPBN.cjs");
var import_chunk_R6ZEAHMN = require("./chunk-R6ZEAHMN.cjs");
var import_chunk_ZFMTKNA4 = require("./chunk-ZFMTKNA4.cjs");
var import_chunk_C7Z2DSUT = require("./chunk-C7Z2DSUT.cjs");
var import_chunk_CYKMR5N3 = require("./chunk-CYKMR5N3.cjs");
var import_chunk_JBHNGCYE = require("./chunk-JBHNGCYE.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_chunk_SAEB7QK7 = require("./chunk-SAEB7QK7.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var import_node_fs = require("node:fs");
var import_node_path = __dprBuiltin(require("node:path"));
var import_node_path2 = __dprBuiltin(require("node:path"));
var import_node_fs2 = require("node:fs");
var import_node_path3 = __dprBuiltin(require("node:path"));
async function probeIsolation(runner, platform) {
  if (platform !== "linux") {
    return {
      kind: "none",
      prefix: [],
      reason: `network namespaces are a Linux feature (this is ${platform})`
    };
  }
  const tried = [];
  for (const flags of ["-rn", "-n"]) {
    const r = await runner.run("unshare", [flags, "--", "true"], { timeoutMs: 1e4 });
    if (r.code === 0) return { kind: "namespace", prefix: ["unshare", flags, "--"] };
    tried.push(
      `unshare ${flags}: ${r.code === 127 ? "not installed" : r.stderr.trim().split("\n").pop() || `exit ${r.code}`}`
    );
  }
  return { kind: "none", prefix: [], reason: tried.join("; ") };
}
function isolated(i, command, args) {
  if (i.kind === "none") return [command, [...args]];
  const [first, ...rest] = i.prefix;
  return [first, [...rest, command, ...args]];
}
var INSTALL_TIMEOUT_MS = 10 * 60 * 1e3;
var IMPORT_TIMEOUT_MS = 2 * 60 * 1e3;
var PROBE = `
import json, platform, sys
try:
    import venv
    has_venv = True
except Exception:
    has_venv = False
lib, ver = platform.libc_ver()
print(json.dumps({"version": "%d.%d.%d" % tuple(sys.version_info[:3]), "implementation": sys.implementation.name,
                  "machine": platform.machine(), "libc": lib, "libcVersion": ver, "venv": has_venv,
                  "executable": sys.executable}))
`;
var IMPORT = `
import importlib, os, sys
sys.path.insert(0, os.getcwd())
importlib.import_module(sys.argv[1])
sys.stdout.write("\\nDPR-IMPORT-OK\\n")
sys.stdout.flush()
os._exit(0)
`;
async function probe(runner, python, env) {
  const r = await runner.run(python, ["-c", PROBE], { env, timeoutMs: 3e4 });
  if (r.code !== 0) return void 0;
  try {
    return JSON.parse(r.stdout.trim().split("\n").pop() ?? "");
  } catch {
    return void 0;
  }
}
async function findTargetPython(runner, minor, env) {
  const tried = [];
  const candidates = [env.DPR_PYTHON, `python${minor}`, "python3"].filter((c) => Boolean(c));
  for (const python of [...new Set(candidates)]) {
    const p = await probe(runner, python, env);
    if (!p) {
      tried.push(`${python}: not found`);
      continue;
    }
    const ok = p.implementation === "cpython" && p.version.startsWith(`${minor}.`);
    if (ok && p.venv) return { python, probe: p };
    tried.push(`${python}: ${ok ? "no venv module" : `${p.implementation} ${p.version}`}`);
  }
  return { tried };
}
async function installAndImport(i) {
  const venv = import_node_path2.default.join(i.workDir, "venv");
  const python = import_node_path2.default.join(venv, "bin", "python");
  const env = {
    PATH: i.env.PATH ?? "/usr/bin:/bin",
    HOME: i.workDir,
    LANG: i.env.LANG ?? "C.UTF-8",
    PYTHONDONTWRITEBYTECODE: "1",
    PIP_CONFIG_FILE: "/dev/null",
    PIP_DISABLE_PIP_VERSION_CHECK: "1",
    PIP_NO_INPUT: "1",
    PIP_ROOT_USER_ACTION: "ignore",
    UV_CACHE_DIR: import_node_path2.default.join(i.workDir, "uv-cache"),
    UV_NO_CONFIG: "1",
    UV_PYTHON_DOWNLOADS: "never"
  };
  const offlineFlag = i.isolation.kind === "none";
  const steps = i.uv ? [
    [i.uv, ["venv", venv, "--python", i.python], env],
    [
      i.uv,
      ["pip", "install", "-r", "requirements.txt", ...offlineFlag ? ["--offline"] : []],
      { ...env, VIRTUAL_ENV: venv }
    ]
  ] : [
    [i.python, ["-m", "venv", venv], env],
    [python, ["-m", "pip", "install", "--no-index", "-r", "requirements.txt", "--no-cache-dir"], env]
  ];
  const outcome = { installer: i.uv ? "uv" : "pip", commands: [], installed: false };
  for (const [command, args, stepEnv] of steps) {
    const [c2, a2] = isolated(i.isolation, command, args);
    outcome.commands.push([c2, ...a2].join(" "));
    const r2 = await i.runner.run(c2, a2, { cwd: i.packageDir, env: stepEnv, timeoutMs: INSTALL_TIMEOUT_MS });
    if (r2.code !== 0) {
      outcome.output = tail(`${r2.stdout}
${r2.stderr}`) || (r2.timedOut ? "timed out" : `exit code ${r2.code}`);
      return outcome;
    }
  }
  outcome.installed = true;
  const [c, a] = isolated(i.isolation, python, ["-c", IMPORT, i.entrypoint]);
  outcome.commands.push(`${[c, ...a.slice(0, -3)].join(" ")} -c "import ${i.entrypoint}"`);
  const r = await i.runner.run(c, a, { cwd: i.packageDir, env, timeoutMs: IMPORT_TIMEOUT_MS });
  outcome.imported = r.code === 0 && r.stdout.includes("DPR-IMPORT-OK");
  if (!outcome.imported) {
    outcome.output = r.timedOut ? `the import did not finish within ${IMPORT_TIMEOUT_MS / 1e3} s` : tail(`${r.stdout}
${r.stderr}`) || `exit code ${r.code}`;
  }
  return outcome;
}
function tail(text, lines = 12) {
  return text.split("\n").map((l) => l.trimEnd()).filter((l) => l.trim()).slice(-lines).join("\n");
}
async function hostProblem(host, t, wheels, ctx) {
  const machine = host.arch === "x64" ? "x86_64" : host.arch === "arm64" ? "aarch64" : host.arch;
  if (host.platform !== "linux" || machine !== t.machine) {
    return { reason: `this machine is ${host.platform}/${host.arch}, the package is for ${t.name}` };
  }
  const found = await findTargetPython(ctx.ports.processes, t.python.minor, ctx.env);
  if ("tried" in found) {
    return { reason: `no CPython ${t.python.minor} with venv here (${found.tried.join("; ")})` };
  }
  const glibc = found.probe.libc === "glibc" ? found.probe.libcVersion.split(".").map(Number) : void 0;
  if (!glibc) return { reason: `this machine's C library is ${found.probe.libc || "unknown"}, not glibc` };
  for (const w of wheels) {
    const m = /manylinux_(\d+)_(\d+)_/.exec(w.tag ?? "");
    const need = m ? [Number(m[1]), Number(m[2])] : /manylinux2014/.test(w.tag ?? "") ? [2, 17] : void 0;
    if (need && (need[0] > glibc[0] || need[0] === glibc[0] && need[1] > (glibc[1] ?? 0))) {
      return {
        reason: `${w.file} needs glibc ${need.join(".")}, this machine has ${found.probe.libcVersion}`
      };
    }
  }
  return { python: found.python, version: found.probe.version };
}
async function findUv(ctx) {
  const uv = ctx.env.UV_PATH || "uv";
  const r = await ctx.ports.processes.run(uv, ["--version"], { env: ctx.env, timeoutMs: 1e4 });
  return r.code === 0 ? uv : void 0;
}
function inferTarget(requirements, wheels, manifest, host) {
  const declared = import_chunk_3UXIKOIL.TARGET_LINE.exec(requirements);
  if (declared) return { t: (0, import_chunk_3UXIKOIL.target)(declared[1], declared[2]), from: "requirements.txt" };
  const tags = wheels.flatMap((f) => (0, import_chunk_3UXIKOIL.parseWheelName)(f)?.tags ?? []);
  const cp = tags.map((tag) => /^cp3(\d+)-cp3\1/.exec(tag)?.[1]).find(Boolean);
  const runner = String((0, import_chunk_R6ZEAHMN.getAt)(manifest, "/meta/runner/version") ?? "");
  const python = cp ? `3.${cp}` : /^3\.\d+/.exec(runner)?.[0] ?? "3.12";
  if (tags.some((tag) => tag.endsWith("_aarch64")))
    return { t: (0, import_chunk_3UXIKOIL.target)("linux/arm64", python), from: "wheel tags" };
  if (tags.some((tag) => tag.endsWith("_x86_64")))
    return { t: (0, import_chunk_3UXIKOIL.target)("linux/amd64", python), from: "wheel tags" };
  const arch = (host?.arch ?? process.arch) === "arm64" ? "linux/arm64" : "linux/amd64";
  return { t: (0, import_chunk_3UXIKOIL.target)(arch, python), from: "this machine" };
}
async function wheelProblem(file, name, version) {
  try {
    const whl = await (0, import_chunk_MYI4MX5U.openPackage)(file, {
      maxUncompressed: Math.max((0, import_node_fs2.statSync)(file).size * 50, 1 << 30),
      requireManifest: false
    });
    try {
      const meta = whl.entries.find((e) => /^[^/]+\.dist-info\/METADATA$/.test(e.name));
      if (!meta) return "it has no .dist-info/METADATA";
      const text = (await whl.read(meta.name)).toString("utf8");
      const metaName = /^Name:\s*(.+)$/m.exec(text)?.[1]?.trim() ?? "";
      const metaVersion = /^Version:\s*(.+)$/m.exec(text)?.[1]?.trim() ?? "";
      const norm = (s) => s.toLowerCase().replace(/[-_.]+/g, "_");
      if (norm(metaName) !== norm(name) || metaVersion !== version) {
        return `its metadata says ${metaName} ${metaVersion}, its file name ${name} ${version}`;
      }
      return void 0;
    } finally {
      await whl.close();
    }
  } catch (error) {
    return `it cannot be read as a wheel (${(0, import_chunk_NG6BV4S6.errorMessage)(error)})`;
  }
}
function listFiles(dir, prefix = "") {
  return (0, import_node_fs2.readdirSync)(dir, { withFileTypes: true }).flatMap(
    (e) => e.isDirectory() ? listFiles(import_node_path3.default.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]
  );
}
async function verifyOfflineInstall(input, ctx) {
  const file = import_node_path.default.resolve(ctx.cwd, input.package);
  return (0, import_chunk_SJW6ZZSJ.withTempDir)("dpr-offline-verify-", async (work) => {
    const dir = import_node_path.default.join(work, "package");
    await (0, import_chunk_Q5C2TKAH.extractPackage)(file, dir, { maxUncompressed: (0, import_chunk_3UXIKOIL.unpackLimit)(input.maxSize) });
    return check(dir, work, input, ctx);
  });
}
async function check(dir, work, input, ctx) {
  const findings = [];
  const gates = [];
  const files = new Set(listFiles(dir));
  const requirementsText = files.has("requirements.txt") ? (0, import_node_fs.readFileSync)(import_node_path.default.join(dir, "requirements.txt"), "utf8") : "";
  const manifest = files.has(import_chunk_RSCBOPBN.MANIFEST) ? (0, import_chunk_R6ZEAHMN.parseYamlBytes)(import_chunk_RSCBOPBN.MANIFEST, (0, import_node_fs.readFileSync)(import_node_path.default.join(dir, import_chunk_RSCBOPBN.MANIFEST))) : void 0;
  const paths = [
    { settings: "PIP_MIRROR_URL unset", path: (0, import_chunk_3UXIKOIL.daemonPath)(files, { mirror: false }) },
    { settings: "PIP_MIRROR_URL set", path: (0, import_chunk_3UXIKOIL.daemonPath)(files, { mirror: true }) },
    {
      settings: "PLUGIN_IGNORE_UV_LOCK=true",
      path: (0, import_chunk_3UXIKOIL.daemonPath)(files, { mirror: false, ignoreUvLock: true })
    }
  ];
  const layout = [];
  for (const p of paths)
    if (p.path !== "uv pip install -r requirements.txt")
      layout.push(`with ${p.settings} the daemon runs ${p.path}`);
  const links = (0, import_chunk_3UXIKOIL.installsFromWheels)(requirementsText);
  const wheelsDir = links.findLinks ? import_node_path.default.resolve(dir, links.findLinks) : void 0;
  if (!files.has("requirements.txt")) layout.push("there is no requirements.txt");
  else {
    if (!links.noIndex) layout.push("requirements.txt does not say --no-index, so uv asks an index");
    if (!wheelsDir || !(0, import_chunk_SAEB7QK7.isInside)(dir, wheelsDir) || !(0, import_node_fs.existsSync)(wheelsDir)) {
      layout.push(
        `requirements.txt names no --find-links folder inside the package${links.findLinks ? ` (${links.findLinks})` : ""}`
      );
    }
  }
  for (const l of layout) findings.push((0, import_chunk_AIBAUOYI.finding)("DPR450", l, { file: "requirements.txt" }));
  gates.push({
    id: "install-path",
    title: "every daemon takes the requirements path, from ./wheels only",
    status: layout.length ? "failed" : "passed",
    required: true,
    evidence: paths.map((p) => `${p.settings}: ${p.path}`),
    ...layout.length ? { reason: layout.join("; ") } : {}
  });
  const wheelFiles = wheelsDir && (0, import_node_fs.existsSync)(wheelsDir) ? (0, import_node_fs.readdirSync)(wheelsDir).sort() : [];
  const { t, from } = inferTarget(requirementsText, wheelFiles, manifest?.value, input.host);
  const wheels = [];
  for (const f of wheelFiles) {
    const w = (0, import_chunk_3UXIKOIL.parseWheelName)(f);
    if (!w) {
      wheels.push({ file: f, problem: "not a wheel file name" });
      findings.push(
        (0, import_chunk_AIBAUOYI.finding)("DPR456", `${links.findLinks}/${f} is not a wheel: nothing is built on the daemon offline`)
      );
      continue;
    }
    const damaged = await wheelProblem(import_node_path.default.join(wheelsDir, f), w.name, w.version);
    if (damaged) {
      wheels.push({ file: f, problem: damaged });
      findings.push((0, import_chunk_AIBAUOYI.finding)("DPR456", `${links.findLinks}/${f}: ${damaged}`));
      continue;
    }
    const c = (0, import_chunk_3UXIKOIL.compatibility)(w, t);
    wheels.push(c.ok ? { file: f, tag: c.tag } : { file: f, problem: c.reason });
    if (!c.ok) findings.push((0, import_chunk_AIBAUOYI.finding)("DPR451", `${f} does not install on ${(0, import_chunk_3UXIKOIL.describeTarget)(t)}: ${c.reason}`));
  }
  const badWheels = wheels.filter((w) => w.problem);
  gates.push({
    id: "wheel-tags",
    title: `every wheel installs on ${t.name}`,
    status: badWheels.length ? "failed" : "passed",
    required: true,
    evidence: [
      `target ${(0, import_chunk_3UXIKOIL.describeTarget)(t)}, from ${from}`,
      `${wheels.length - badWheels.length} of ${wheels.length} wheels fit`
    ],
    ...badWheels.length ? { reason: badWheels.map((w) => `${w.file}: ${w.problem}`).join("; ") } : {}
  });
  const requirements = (0, import_chunk_ZAGPN3OK.parseRequirementsText)(requirementsText).filter((l) => l.kind === "requirement").map((l) => l.value);
  gates.push(await resolutionGate(requirements, wheelsDir, t, work, ctx, findings));
  const entrypoint = String((0, import_chunk_R6ZEAHMN.getAt)(manifest?.value, "/meta/runner/entrypoint") ?? "main");
  const result = { target: t, targetFrom: from, gates, findings, wheels };
  if (gates.some((g) => g.status === "failed")) {
    for (const id of ["install", "import"])
      gates.push({
        id,
        title: titleOf(id, entrypoint),
        status: "skipped",
        required: true,
        evidence: [],
        reason: "an earlier gate failed"
      });
    return result;
  }
  const host = input.host ?? { platform: process.platform, arch: process.arch };
  const cannot = await hostProblem(host, t, wheels, ctx);
  if ("reason" in cannot) {
    findings.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR454",
        `the wheels were checked against ${t.name} (tags and resolution), but the install and the import could not be run here: ${cannot.reason}`
      )
    );
    for (const id of ["install", "import"])
      gates.push({
        id,
        title: titleOf(id, entrypoint),
        status: "skipped",
        required: true,
        evidence: [],
        reason: cannot.reason
      });
    return result;
  }
  const isolation = input.isolate === false ? { kind: "none", prefix: [], reason: "turned off" } : await probeIsolation(ctx.ports.processes, host.platform);
  if (isolation.kind === "none") {
    findings.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR455",
        `no network namespace (${isolation.reason}): the install ran with the installer's --no-index/--offline only`
      )
    );
  }
  const uv = await findUv(ctx);
  const outcome = await installAndImport({
    runner: ctx.ports.processes,
    isolation,
    python: cannot.python,
    packageDir: dir,
    workDir: import_node_path.default.join(work, "env"),
    entrypoint,
    uv,
    env: ctx.env
  });
  result.install = { ...outcome, isolation: isolation.kind, python: cannot.python };
  const evidence = [
    `${outcome.installer} on ${cannot.python} (${cannot.version})`,
    isolation.kind === "namespace" ? `no network: ${isolation.prefix.join(" ")}` : `network not cut (${isolation.reason})`,
    ...outcome.commands
  ];
  if (!outcome.installed) {
    findings.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR452", `the offline install failed on ${t.name}: ${outcome.output ?? ""}`, {
        file: "requirements.txt"
      })
    );
  } else if (!outcome.imported) {
    findings.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR453", `import ${entrypoint} failed after the offline install: ${outcome.output ?? ""}`)
    );
  }
  gates.push({
    id: "install",
    title: titleOf("install", entrypoint),
    status: outcome.installed ? "passed" : "failed",
    required: true,
    evidence,
    ...outcome.installed ? {} : { reason: outcome.output }
  });
  gates.push({
    id: "import",
    title: titleOf("import", entrypoint),
    status: !outcome.installed ? "skipped" : outcome.imported ? "passed" : "failed",
    required: true,
    evidence: outcome.installed ? [`cwd: the unpacked package; python -c "import ${entrypoint}"`] : [],
    ...!outcome.installed ? { reason: "the install failed" } : outcome.imported ? {} : { reason: outcome.output }
  });
  return result;
}
function titleOf(id, entrypoint) {
  return id === "install" ? "a fresh environment installs the wheels with no network" : `the entrypoint imports (import ${entrypoint})`;
}
async function resolutionGate(requirements, wheelsDir, t, work, ctx, findings) {
  const base = { id: "resolution", title: "the wheels hold every dependency for the target", required: true };
  if (!wheelsDir || !(0, import_node_fs.existsSync)(wheelsDir))
    return { ...base, status: "failed", evidence: [], reason: "no wheels folder" };
  try {
    const resolved = await (0, import_chunk_3UXIKOIL.resolveForTarget)({
      python: ctx.env.DPR_PYTHON || "python3",
      target: t,
      requirements,
      constraints: [],
      findLinks: [wheelsDir],
      noIndex: true,
      workDir: import_node_path.default.join(work, "resolve"),
      env: ctx.env,
      runner: ctx.ports.processes
    });
    const problems = resolved.findings.map(
      (f) => (0, import_chunk_AIBAUOYI.finding)(
        "DPR452",
        `a wheel is missing from the package: ${f.message.replace(/the wheelhouse/g, "wheels/")}`,
        {
          file: "requirements.txt"
        }
      )
    );
    findings.push(...problems);
    return {
      ...base,
      status: problems.length ? "failed" : "passed",
      evidence: [
        `pip ${resolved.pip?.pip ?? "?"} --no-index --find-links wheels/ for ${t.name}: ${resolved.wheels.length} wheels`
      ],
      ...problems.length ? { reason: problems.map((p) => p.message).join("; ") } : {}
    };
  } catch (error) {
    if (!(error instanceof import_chunk_NG6BV4S6.DprError)) throw error;
    return { ...base, status: "skipped", evidence: [], reason: (0, import_chunk_NG6BV4S6.errorMessage)(error) };
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  verifyOfflineInstall
});
