import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  TARGET_LINE,
  compatibility,
  daemonPath,
  describeTarget,
  installsFromWheels,
  parseWheelName,
  resolveForTarget,
  target,
  unpackLimit
} from "./chunk-SF3LADKI.js";
import {
  extractPackage
} from "./chunk-UPXOIA45.js";
import {
  withTempDir
} from "./chunk-LH4HKNQY.js";
import {
  openPackage
} from "./chunk-V3BXYE66.js";
import {
  parseRequirementsText
} from "./chunk-HUPHBNGN.js";
import "./chunk-DWWGEZO4.js";
import {
  MANIFEST
} from "./chunk-AA2BIYNF.js";
import {
  getAt,
  parseYamlBytes
} from "./chunk-NN4QJYMT.js";
import "./chunk-JLTILB3U.js";
import "./chunk-HKI4UFJS.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-277J5JLG.js";
import {
  DprError,
  errorMessage
} from "./chunk-62OAMW2I.js";
import {
  finding
} from "./chunk-ZGFNRH4I.js";
import {
  isInside
} from "./chunk-2IS3DTRP.js";
import "./chunk-V6G54X4G.js";

// src/offline/verify.ts
import { existsSync, readdirSync as readdirSync2, readFileSync } from "node:fs";
import path3 from "node:path";

// src/offline/install.ts
import path from "node:path";

// src/offline/isolation.ts
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

// src/offline/install.ts
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
  const venv = path.join(i.workDir, "venv");
  const python = path.join(venv, "bin", "python");
  const env = {
    PATH: i.env.PATH ?? "/usr/bin:/bin",
    HOME: i.workDir,
    LANG: i.env.LANG ?? "C.UTF-8",
    PYTHONDONTWRITEBYTECODE: "1",
    PIP_CONFIG_FILE: "/dev/null",
    PIP_DISABLE_PIP_VERSION_CHECK: "1",
    PIP_NO_INPUT: "1",
    PIP_ROOT_USER_ACTION: "ignore",
    UV_CACHE_DIR: path.join(i.workDir, "uv-cache"),
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

// src/offline/verify-host.ts
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

// src/offline/verify-package.ts
import { readdirSync, statSync } from "node:fs";
import path2 from "node:path";
function inferTarget(requirements, wheels, manifest, host) {
  const declared = TARGET_LINE.exec(requirements);
  if (declared) return { t: target(declared[1], declared[2]), from: "requirements.txt" };
  const tags = wheels.flatMap((f) => parseWheelName(f)?.tags ?? []);
  const cp = tags.map((tag) => /^cp3(\d+)-cp3\1/.exec(tag)?.[1]).find(Boolean);
  const runner = String(getAt(manifest, "/meta/runner/version") ?? "");
  const python = cp ? `3.${cp}` : /^3\.\d+/.exec(runner)?.[0] ?? "3.12";
  if (tags.some((tag) => tag.endsWith("_aarch64")))
    return { t: target("linux/arm64", python), from: "wheel tags" };
  if (tags.some((tag) => tag.endsWith("_x86_64")))
    return { t: target("linux/amd64", python), from: "wheel tags" };
  const arch = (host?.arch ?? process.arch) === "arm64" ? "linux/arm64" : "linux/amd64";
  return { t: target(arch, python), from: "this machine" };
}
async function wheelProblem(file, name, version) {
  try {
    const whl = await openPackage(file, {
      maxUncompressed: Math.max(statSync(file).size * 50, 1 << 30),
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
    return `it cannot be read as a wheel (${errorMessage(error)})`;
  }
}
function listFiles(dir, prefix = "") {
  return readdirSync(dir, { withFileTypes: true }).flatMap(
    (e) => e.isDirectory() ? listFiles(path2.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]
  );
}

// src/offline/verify.ts
async function verifyOfflineInstall(input, ctx) {
  const file = path3.resolve(ctx.cwd, input.package);
  return withTempDir("dpr-offline-verify-", async (work) => {
    const dir = path3.join(work, "package");
    await extractPackage(file, dir, { maxUncompressed: unpackLimit(input.maxSize) });
    return check(dir, work, input, ctx);
  });
}
async function check(dir, work, input, ctx) {
  const findings = [];
  const gates = [];
  const files = new Set(listFiles(dir));
  const requirementsText = files.has("requirements.txt") ? readFileSync(path3.join(dir, "requirements.txt"), "utf8") : "";
  const manifest = files.has(MANIFEST) ? parseYamlBytes(MANIFEST, readFileSync(path3.join(dir, MANIFEST))) : void 0;
  const paths = [
    { settings: "PIP_MIRROR_URL unset", path: daemonPath(files, { mirror: false }) },
    { settings: "PIP_MIRROR_URL set", path: daemonPath(files, { mirror: true }) },
    {
      settings: "PLUGIN_IGNORE_UV_LOCK=true",
      path: daemonPath(files, { mirror: false, ignoreUvLock: true })
    }
  ];
  const layout = [];
  for (const p of paths)
    if (p.path !== "uv pip install -r requirements.txt")
      layout.push(`with ${p.settings} the daemon runs ${p.path}`);
  const links = installsFromWheels(requirementsText);
  const wheelsDir = links.findLinks ? path3.resolve(dir, links.findLinks) : void 0;
  if (!files.has("requirements.txt")) layout.push("there is no requirements.txt");
  else {
    if (!links.noIndex) layout.push("requirements.txt does not say --no-index, so uv asks an index");
    if (!wheelsDir || !isInside(dir, wheelsDir) || !existsSync(wheelsDir)) {
      layout.push(
        `requirements.txt names no --find-links folder inside the package${links.findLinks ? ` (${links.findLinks})` : ""}`
      );
    }
  }
  for (const l of layout) findings.push(finding("DPR450", l, { file: "requirements.txt" }));
  gates.push({
    id: "install-path",
    title: "every daemon takes the requirements path, from ./wheels only",
    status: layout.length ? "failed" : "passed",
    required: true,
    evidence: paths.map((p) => `${p.settings}: ${p.path}`),
    ...layout.length ? { reason: layout.join("; ") } : {}
  });
  const wheelFiles = wheelsDir && existsSync(wheelsDir) ? readdirSync2(wheelsDir).sort() : [];
  const { t, from } = inferTarget(requirementsText, wheelFiles, manifest?.value, input.host);
  const wheels = [];
  for (const f of wheelFiles) {
    const w = parseWheelName(f);
    if (!w) {
      wheels.push({ file: f, problem: "not a wheel file name" });
      findings.push(
        finding("DPR456", `${links.findLinks}/${f} is not a wheel: nothing is built on the daemon offline`)
      );
      continue;
    }
    const damaged = await wheelProblem(path3.join(wheelsDir, f), w.name, w.version);
    if (damaged) {
      wheels.push({ file: f, problem: damaged });
      findings.push(finding("DPR456", `${links.findLinks}/${f}: ${damaged}`));
      continue;
    }
    const c = compatibility(w, t);
    wheels.push(c.ok ? { file: f, tag: c.tag } : { file: f, problem: c.reason });
    if (!c.ok) findings.push(finding("DPR451", `${f} does not install on ${describeTarget(t)}: ${c.reason}`));
  }
  const badWheels = wheels.filter((w) => w.problem);
  gates.push({
    id: "wheel-tags",
    title: `every wheel installs on ${t.name}`,
    status: badWheels.length ? "failed" : "passed",
    required: true,
    evidence: [
      `target ${describeTarget(t)}, from ${from}`,
      `${wheels.length - badWheels.length} of ${wheels.length} wheels fit`
    ],
    ...badWheels.length ? { reason: badWheels.map((w) => `${w.file}: ${w.problem}`).join("; ") } : {}
  });
  const requirements = parseRequirementsText(requirementsText).filter((l) => l.kind === "requirement").map((l) => l.value);
  gates.push(await resolutionGate(requirements, wheelsDir, t, work, ctx, findings));
  const entrypoint = String(getAt(manifest?.value, "/meta/runner/entrypoint") ?? "main");
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
      finding(
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
      finding(
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
    workDir: path3.join(work, "env"),
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
      finding("DPR452", `the offline install failed on ${t.name}: ${outcome.output ?? ""}`, {
        file: "requirements.txt"
      })
    );
  } else if (!outcome.imported) {
    findings.push(
      finding("DPR453", `import ${entrypoint} failed after the offline install: ${outcome.output ?? ""}`)
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
  if (!wheelsDir || !existsSync(wheelsDir))
    return { ...base, status: "failed", evidence: [], reason: "no wheels folder" };
  try {
    const resolved = await resolveForTarget({
      python: ctx.env.DPR_PYTHON || "python3",
      target: t,
      requirements,
      constraints: [],
      findLinks: [wheelsDir],
      noIndex: true,
      workDir: path3.join(work, "resolve"),
      env: ctx.env,
      runner: ctx.ports.processes
    });
    const problems = resolved.findings.map(
      (f) => finding(
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
    if (!(error instanceof DprError)) throw error;
    return { ...base, status: "skipped", evidence: [], reason: errorMessage(error) };
  }
}
export {
  verifyOfflineInstall
};
