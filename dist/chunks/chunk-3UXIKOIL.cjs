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
  DAEMON_IMAGE: () => DAEMON_IMAGE,
  REPLACED: () => REPLACED,
  REQUIREMENT_COMMENT: () => REQUIREMENT_COMMENT,
  TARGET_LINE: () => TARGET_LINE,
  WHEELS_DIR: () => WHEELS_DIR,
  compatibility: () => compatibility,
  daemonPath: () => daemonPath,
  describeTarget: () => describeTarget,
  installsFromWheels: () => installsFromWheels,
  offlineRequirements: () => offlineRequirements,
  parseWheelName: () => parseWheelName,
  resolveForTarget: () => resolveForTarget,
  sizeFindings: () => sizeFindings,
  sizeReport: () => sizeReport,
  target: () => target,
  targetsFor: () => targetsFor,
  unpackLimit: () => unpackLimit,
  withoutPassword: () => withoutPassword
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_ZAGPN3OK = require("./chunk-ZAGPN3OK.cjs");
var import_chunk_AQPOEHWX = require("./chunk-AQPOEHWX.cjs");
var import_chunk_ZFMTKNA4 = require("./chunk-ZFMTKNA4.cjs");
var import_chunk_CYKMR5N3 = require("./chunk-CYKMR5N3.cjs");
var import_chunk_JBHNGCYE = require("./chunk-JBHNGCYE.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_chunk_SAEB7QK7 = require("./chunk-SAEB7QK7.cjs");
var import_node_fs = require("node:fs");
var import_node_path = __dprBuiltin(require("node:path"));
var import_node_os = require("node:os");
var WHEELS_DIR = "wheels";
var REPLACED = ["requirements.txt", "pyproject.toml", "uv.lock", ".verification.dify.json"];
var TARGET_LINE = /^# target: (linux\/(?:amd64|arm64)) python (3\.\d+)$/m;
var REQUIREMENT_COMMENT = /^# requirement: (.+)$/gm;
function offlineRequirements(t, wheels, requirements) {
  const pins = wheels.map((w) => `${w.wheel.name}==${w.wheel.version}`).sort();
  return [
    `# target: ${t.name} python ${t.python.minor}`,
    "# Offline requirements (dify-plugin-release package --offline): every dependency is a wheel",
    "# under ./wheels, pinned here; nothing is downloaded when the plugin daemon installs it.",
    "# The plugin requires:",
    ...requirements.map((r) => `# requirement: ${r.replace(/[\r\n]+/g, " ")}`),
    "--no-index",
    `--find-links ./${WHEELS_DIR}`,
    ...pins,
    ""
  ].join("\n");
}
function daemonPath(files, settings) {
  if (settings.mirror && files.has("requirements.txt")) return "uv pip install -r requirements.txt";
  if (files.has("pyproject.toml")) {
    return files.has("uv.lock") && !settings.ignoreUvLock ? "uv sync --no-dev --frozen" : "uv sync --no-dev";
  }
  if (files.has("requirements.txt")) return "uv pip install -r requirements.txt";
  return "none";
}
function installsFromWheels(text) {
  let noIndex = false;
  let findLinks;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, "").trim();
    const tokens = line.split(/\s+/);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (token === "--no-index") noIndex = true;
      const eq = /^(?:-f|--find-links)=(.+)$/.exec(token)?.[1];
      const value = eq ?? (token === "-f" || token === "--find-links" ? tokens[i + 1] : void 0);
      if (value) findLinks = value;
    }
  }
  return { noIndex, findLinks };
}
var TARGET_NAMES = ["linux/amd64", "linux/arm64"];
var DAEMON_IMAGE = {
  base: "ubuntu:24.04",
  glibc: { major: 2, minor: 39 },
  python: "3.12.3",
  venvPython: "3.12"
};
function target(name, python = DAEMON_IMAGE.venvPython) {
  const n = name.trim().toLowerCase();
  const machine = n === "linux/amd64" ? "x86_64" : n === "linux/arm64" ? "aarch64" : void 0;
  if (!machine) {
    throw new import_chunk_NG6BV4S6.UsageError(
      `--target ${name}: unknown target`,
      `Use ${TARGET_NAMES.join(" or ")} (the architectures the plugin daemon's image is published for).`
    );
  }
  const m = /^3\.(\d{1,2})$/.exec(python.trim());
  if (!m) {
    throw new import_chunk_NG6BV4S6.UsageError(
      `--python ${python}: give a CPython minor version such as 3.12`,
      `The plugin daemon runs its plugins on Python ${DAEMON_IMAGE.venvPython}.`
    );
  }
  const minor = `3.${m[1]}`;
  return {
    name: n,
    slug: n.replace("/", "-"),
    machine,
    glibc: { ...DAEMON_IMAGE.glibc },
    python: {
      minor,
      full: minor === DAEMON_IMAGE.venvPython ? DAEMON_IMAGE.python : `${minor}.0`,
      nodot: minor.replace(".", "")
    }
  };
}
function targetsFor(names, arch, python) {
  const wanted = names?.flatMap((n) => n.split(",")).filter((n) => n.trim()) ?? [];
  const list = wanted.length > 0 ? wanted : arch.map((a) => `linux/${a}`);
  if (list.length === 0) {
    throw new import_chunk_NG6BV4S6.UsageError(
      "no target for the offline package: the manifest declares no meta.arch",
      `Pass --target ${TARGET_NAMES.join(" or --target ")}.`
    );
  }
  const out = [];
  for (const n of list) {
    const t = target(n, python);
    if (!out.some((o) => o.name === t.name)) out.push(t);
  }
  return out;
}
function platformTags(t) {
  const lowest = t.machine === "x86_64" ? 5 : 17;
  const tags = [];
  for (let minor = t.glibc.minor; minor >= lowest; minor--) {
    tags.push(`manylinux_${t.glibc.major}_${minor}_${t.machine}`);
    if (minor === 17) tags.push(`manylinux2014_${t.machine}`);
    if (minor === 12 && t.machine === "x86_64") tags.push(`manylinux2010_${t.machine}`);
    if (minor === 5 && t.machine === "x86_64") tags.push(`manylinux1_${t.machine}`);
  }
  return tags;
}
function markerEnvironment(t) {
  return {
    implementation_name: "cpython",
    implementation_version: t.python.full,
    os_name: "posix",
    platform_machine: t.machine,
    platform_python_implementation: "CPython",
    platform_release: "",
    platform_system: "Linux",
    platform_version: "",
    python_full_version: t.python.full,
    python_version: t.python.minor,
    sys_platform: "linux"
  };
}
function pipTargetArgs(t) {
  return [
    "--only-binary=:all:",
    ...platformTags(t).flatMap((p) => ["--platform", p]),
    "--python-version",
    t.python.minor,
    "--implementation",
    "cp",
    "--abi",
    `cp${t.python.nodot}`
  ];
}
function describeTarget(t) {
  return `${t.name} (CPython ${t.python.minor}, manylinux \u2264 ${t.glibc.major}.${t.glibc.minor} ${t.machine})`;
}
function parseWheelName(file) {
  if (!file.endsWith(".whl")) return void 0;
  const parts = file.slice(0, -4).split("-");
  if (parts.length !== 5 && parts.length !== 6) return void 0;
  const [name, version] = parts;
  const build = parts.length === 6 ? parts[2] : void 0;
  const [py, abi, plat] = parts.slice(-3);
  if (!name || !version || !py || !abi || !plat) return void 0;
  const tags = [];
  for (const p of py.split("."))
    for (const a of abi.split(".")) for (const t of plat.split(".")) tags.push(`${p}-${a}-${t}`);
  return { file, name, key: (0, import_chunk_ZAGPN3OK.normalizeName)(name), version, ...build ? { build } : {}, tags };
}
function isSourceArchive(file) {
  return /\.(?:tar\.gz|tar\.bz2|tar\.xz|zip|tgz)$/i.test(file);
}
function parseSourceName(file) {
  const m = /^(.+)-([0-9][^-]*?)\.(?:tar\.gz|tar\.bz2|tar\.xz|zip|tgz)$/i.exec(file);
  return m ? { key: (0, import_chunk_ZAGPN3OK.normalizeName)(m[1]), version: m[2] } : void 0;
}
function supportedTags(t) {
  const n = Number(t.python.nodot.slice(1));
  const cp = `cp3${n}`;
  const plats = platformTags(t);
  const out = [];
  for (const p of plats) out.push(`${cp}-${cp}-${p}`);
  for (const p of plats) out.push(`${cp}-abi3-${p}`);
  for (const p of plats) out.push(`${cp}-none-${p}`);
  for (let minor = n - 1; minor >= 2; minor--) for (const p of plats) out.push(`cp3${minor}-abi3-${p}`);
  const pys = [`py3${n}`, "py3", ...Array.from({ length: n }, (_, i) => `py3${n - 1 - i}`)];
  for (const py of pys) for (const p of plats) out.push(`${py}-none-${p}`);
  out.push(`${cp}-none-any`);
  for (const py of pys) out.push(`${py}-none-any`);
  return out;
}
var cache = /* @__PURE__ */ new WeakMap();
function ranks(t) {
  let m = cache.get(t);
  if (!m) {
    m = new Map(supportedTags(t).map((tag, i) => [tag, i]));
    cache.set(t, m);
  }
  return m;
}
function compatibility(wheel, t) {
  const supported = ranks(t);
  let best;
  for (const tag of wheel.tags) {
    const rank = supported.get(tag);
    if (rank !== void 0 && (!best || rank < best.rank)) best = { tag, rank };
  }
  if (best) return { ok: true, ...best };
  return { ok: false, reason: whyNot(wheel.tags, t) };
}
function whyNot(tags, t) {
  const reasons = /* @__PURE__ */ new Set();
  for (const tag of tags) {
    const [py = "", abi = "", plat = ""] = tag.split("-");
    const platReason = platformReason(plat, t);
    if (platReason) {
      reasons.add(platReason);
      continue;
    }
    reasons.add(interpreterReason(py, abi, t));
  }
  return [...reasons].join("; ");
}
function platformReason(plat, t) {
  if (plat === "any") return void 0;
  const many = /^manylinux_(\d+)_(\d+)_(.+)$/.exec(plat);
  const legacy = /^manylinux(1|2010|2014)_(.+)$/.exec(plat);
  const arch = many?.[3] ?? legacy?.[2];
  if (arch !== void 0) {
    if (arch !== t.machine) return `built for ${arch}, the target is ${t.machine}`;
    if (many) {
      const [major, minor] = [Number(many[1]), Number(many[2])];
      if (major > t.glibc.major || major === t.glibc.major && minor > t.glibc.minor) {
        return `needs glibc ${major}.${minor}, the daemon image has ${t.glibc.major}.${t.glibc.minor}`;
      }
    }
    return void 0;
  }
  if (plat.startsWith("musllinux_")) return `${plat} is for musl libc; the daemon image (Ubuntu) uses glibc`;
  if (plat.startsWith("linux_")) {
    return `${plat} was built for one machine and promises no glibc level (repair it into a manylinux wheel with auditwheel)`;
  }
  if (plat.startsWith("macosx_")) return `${plat} is for macOS`;
  if (plat.startsWith("win")) return `${plat} is for Windows`;
  return `${plat} is not a Linux ${t.machine} platform`;
}
function interpreterReason(py, abi, t) {
  const want = `cp${t.python.nodot}`;
  if (/^(?:pp|ip|jy|graalpy)/.test(py)) return `${py} is not CPython`;
  if (py.startsWith("py2") || py.startsWith("cp2")) return `${py} is Python 2`;
  if (abi === "abi3") return `${py}-abi3 needs a newer CPython than ${t.python.minor}`;
  if (abi.startsWith("cp") && abi !== want)
    return `built for ${abi}, the daemon runs CPython ${t.python.minor} (${want})`;
  if (py.startsWith("cp") && py !== want)
    return `built for ${py}, the daemon runs CPython ${t.python.minor} (${want})`;
  return `${py}-${abi} is not supported by CPython ${t.python.minor}`;
}
var PIP_FOR_TARGET = `
import json, sys
spec = json.loads(sys.argv[1])
try:
    import pip
    from pip._vendor.packaging import markers
    from pip._internal.cli.main import main
except Exception as error:
    sys.stderr.write("DPR-NO-PIP: %s\\n" % error)
    sys.exit(3)
target = dict(spec["markers"])
markers.default_environment = lambda: dict(target)
with open(spec["info"], "w") as f:
    json.dump({"pip": pip.__version__, "python": "%d.%d.%d" % tuple(sys.version_info[:3])}, f)
sys.exit(main(spec["args"]))
`;
var KEPT_PIP_SETTINGS = /* @__PURE__ */ new Set([
  "PIP_CERT",
  "PIP_CLIENT_CERT",
  "PIP_TRUSTED_HOST",
  "PIP_DEFAULT_TIMEOUT",
  "PIP_TIMEOUT",
  "PIP_RETRIES",
  "PIP_PROXY"
]);
function pipEnvironment(env) {
  const out = {};
  for (const [key, value] of Object.entries(env)) {
    if (value === void 0) continue;
    if (key.startsWith("PIP_") && !KEPT_PIP_SETTINGS.has(key)) continue;
    if (key === "PYTHONPATH" || key === "PYTHONHOME" || key === "PYTHONUSERBASE") continue;
    out[key] = value;
  }
  out.PIP_CONFIG_FILE = import_node_os.devNull;
  out.PIP_DISABLE_PIP_VERSION_CHECK = "1";
  out.PIP_NO_INPUT = "1";
  out.PIP_PROGRESS_BAR = "off";
  out.PYTHONIOENCODING = "utf-8";
  return out;
}
function downloadArgs(t, a) {
  return [
    "download",
    "-r",
    a.requirements,
    ...a.constraints ? ["-c", a.constraints] : [],
    "--dest",
    a.dest,
    ...pipTargetArgs(t),
    ...a.noIndex ? ["--no-index"] : a.indexUrl ? ["--index-url", a.indexUrl] : [],
    ...a.findLinks.flatMap((d) => ["--find-links", d])
  ];
}
function scriptSpec(t, args, info) {
  return JSON.stringify({ markers: markerEnvironment(t), args, info });
}
var RESOLVE_TIMEOUT_MS = 20 * 60 * 1e3;
async function resolveForTarget(input) {
  const t = input.target;
  const dest = import_node_path.default.join(input.workDir, "wheels");
  (0, import_node_fs.mkdirSync)(dest, { recursive: true });
  const requirements = import_node_path.default.join(input.workDir, "requirements.in");
  (0, import_node_fs.writeFileSync)(requirements, `${input.requirements.join("\n")}
`);
  let constraints;
  if (input.constraints.length) {
    constraints = import_node_path.default.join(input.workDir, "constraints.txt");
    (0, import_node_fs.writeFileSync)(constraints, `${input.constraints.join("\n")}
`);
  }
  const info = import_node_path.default.join(input.workDir, "pip.json");
  const args = downloadArgs(t, {
    requirements,
    constraints,
    dest,
    findLinks: input.findLinks,
    indexUrl: input.indexUrl,
    noIndex: input.noIndex
  });
  const command = `${input.python} -m pip ${args.map(withoutPassword).join(" ")}`;
  const result = { wheels: [], leftOut: [], findings: [], command };
  if (input.requirements.length === 0) return result;
  const run = await input.runner.run(input.python, ["-c", PIP_FOR_TARGET, scriptSpec(t, args, info)], {
    cwd: input.workDir,
    env: pipEnvironment(input.env),
    timeoutMs: RESOLVE_TIMEOUT_MS,
    onLine: (line) => input.log?.(line)
  });
  if (run.code === import_chunk_JBHNGCYE.NOT_FOUND || run.code === import_chunk_JBHNGCYE.NOT_EXECUTABLE) {
    throw new import_chunk_NG6BV4S6.EnvironmentError(
      `${input.python} cannot be run; pip is needed to choose the wheels`,
      "Install Python 3 with pip, or point DPR_PYTHON at an interpreter that has it."
    );
  }
  if (run.code === 3 && run.stderr.includes("DPR-NO-PIP")) {
    throw new import_chunk_NG6BV4S6.EnvironmentError(
      `${input.python} has no usable pip (${lastLine(run.stderr)})`,
      "Install pip for it (python3 -m ensurepip, or apt-get install python3-pip), or point DPR_PYTHON at another interpreter."
    );
  }
  try {
    result.pip = JSON.parse((0, import_node_fs.readFileSync)(info, "utf8"));
  } catch {
  }
  const output = `${run.stdout}
${run.stderr}`;
  for (const m of output.matchAll(/Ignoring (\S+): markers '(.+)' don't match your environment/g)) {
    result.leftOut.push({ requirement: m[1], marker: m[2] });
  }
  if (run.timedOut) {
    result.findings.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR441", `pip did not finish within ${RESOLVE_TIMEOUT_MS / 6e4} minutes for ${t.name}`, {
        fix: "Check that the index is reachable, or use a local --find-links wheelhouse."
      })
    );
    return result;
  }
  if (run.code !== 0) {
    result.findings.push(...await failureFindings(output, input));
    if (result.findings.length === 0) {
      result.findings.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR441",
          `pip failed for ${describeTarget(t)}: ${pipErrors(output) || `exit code ${run.code}`}`,
          {
            fix: `Run it by hand to see the whole output: ${command}`
          }
        )
      );
    }
    return result;
  }
  for (const file of (0, import_node_fs.readdirSync)(dest).sort(import_chunk_SAEB7QK7.byteOrder)) {
    const wheel = parseWheelName(file);
    const full = import_node_path.default.join(dest, file);
    if (!wheel) {
      result.findings.push(
        (0, import_chunk_AIBAUOYI.finding)("DPR449", `pip saved ${file}, which is not a wheel; nothing is built on the daemon offline`)
      );
      continue;
    }
    const c = compatibility(wheel, t);
    if (!c.ok) {
      result.findings.push((0, import_chunk_AIBAUOYI.finding)("DPR449", `pip chose ${file} for ${t.name}, but ${c.reason}`));
      continue;
    }
    result.wheels.push({ wheel, file: full, size: (0, import_node_fs.statSync)(full).size, tag: c.tag });
  }
  return result;
}
async function failureFindings(output, input) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const m of output.matchAll(
    /Could not find a version that satisfies the requirement (.+?) \(from versions: ([^)]*)\)/g
  )) {
    const requirement = m[1].replace(/ \(from .*\)$/, "").trim();
    const name = (0, import_chunk_ZAGPN3OK.requirementName)(requirement) ?? requirement;
    const key = (0, import_chunk_ZAGPN3OK.normalizeName)(name);
    if (seen.has(key)) continue;
    seen.add(key);
    const from = /\(from ([^)]+)\)/.exec(m[1])?.[1];
    const versions = m[2].trim();
    const onIndex = input.noIndex ? void 0 : await indexFiles(key, requirement, input);
    out.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR440",
        `${requirement}${from ? ` (required by ${from})` : ""}: no wheel for ${describeTarget(input.target)}; ${[input.findLinks.length || !onIndex ? available(key, input) : void 0, onIndex].filter(Boolean).join("; ")}${versions && versions !== "none" ? `; versions with a compatible wheel: ${versions}` : ""}`
      )
    );
  }
  if (out.length === 0 && /ResolutionImpossible|conflicting dependencies/.test(output)) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR441", `the requirements conflict on ${input.target.name}: ${pipErrors(output)}`, {
        fix: "Loosen or align the pins that pip names above; then package again."
      })
    );
  }
  return out;
}
function available(key, input) {
  const found = [];
  for (const dir of input.findLinks) {
    let files = [];
    try {
      files = (0, import_node_fs.readdirSync)(dir).sort(import_chunk_SAEB7QK7.byteOrder);
    } catch {
      continue;
    }
    found.push(...describeFiles(files, key, input.target));
  }
  if (input.findLinks.length === 0) return "no wheelhouse was given";
  if (found.length === 0) return "the wheelhouse has no file of it";
  return `the wheelhouse has ${found.join("; ")}`;
}
function describeFiles(files, key, t) {
  const out = [];
  for (const file of files) {
    const wheel = parseWheelName(file);
    if (wheel?.key === key) {
      const c = compatibility(wheel, t);
      out.push(`${file} (tags ${wheel.tags.join(", ")}${c.ok ? "" : `: ${c.reason}`})`);
    } else if (isSourceArchive(file) && parseSourceName(file)?.key === key) {
      out.push(`${file} (source only: nothing is compiled for an offline package)`);
    }
  }
  return out;
}
var INDEX_FILES_SHOWN = 12;
var PYPI_SIMPLE = "https://pypi.org/simple";
async function indexFiles(key, requirement, input) {
  if (!input.http) return void 0;
  const base = (input.indexUrl ?? PYPI_SIMPLE).replace(/\/+$/, "");
  const shown = withoutPassword(base);
  let html;
  try {
    const url = new URL(`${base}/${key}/`);
    const headers = { accept: "text/html" };
    if (url.username || url.password) {
      const user = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
      headers.authorization = `Basic ${Buffer.from(user).toString("base64")}`;
      url.username = "";
      url.password = "";
    }
    const response = await input.http.request({
      url: url.toString(),
      headers,
      timeoutMs: 15e3,
      attempts: 1,
      secrets: passwordOf(base)
    });
    if (response.status !== 200) return `${shown} answers ${response.status} for ${key}`;
    html = await response.text();
  } catch {
    return void 0;
  }
  const files = [...html.matchAll(/<a\b[^>]*>([^<]+)<\/a>/gi)].map((m) => m[1].trim());
  const versionOf = (f) => parseWheelName(f)?.version ?? parseSourceName(f)?.version;
  const mine = files.filter((f) => (parseWheelName(f)?.key ?? parseSourceName(f)?.key) === key);
  const spec = (0, import_chunk_ZAGPN3OK.parseRequirement)(requirement)?.spec ?? "";
  let chosen = spec ? mine.filter((f) => (0, import_chunk_ZAGPN3OK.admits)(versionOf(f) ?? "", spec) === true) : [];
  if (chosen.length === 0) {
    const versions = [...new Set(mine.map(versionOf).filter((v) => Boolean(v)))];
    const newest = versions.sort(import_chunk_AQPOEHWX.compareVersions).pop();
    chosen = mine.filter((f) => versionOf(f) === newest);
  }
  const described = describeFiles(chosen, key, input.target);
  if (described.length === 0) return `${shown} has no file of it`;
  const more = described.length > INDEX_FILES_SHOWN ? ` and ${described.length - INDEX_FILES_SHOWN} more` : "";
  return `${shown} has ${described.slice(0, INDEX_FILES_SHOWN).join("; ")}${more}`;
}
function withoutPassword(text) {
  return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:)[^/\s@]+@/gi, "$1***@");
}
function passwordOf(url) {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:([^/\s@]+)@/i.exec(url);
  if (!m) return [];
  try {
    return [m[1], decodeURIComponent(m[1])];
  } catch {
    return [m[1]];
  }
}
function pipErrors(output) {
  return output.split("\n").filter((l) => /^ERROR:/.test(l.trim())).map((l) => l.trim().replace(/^ERROR:\s*/, "")).join(" ").slice(0, 2e3);
}
function lastLine(text) {
  return text.trim().split("\n").filter((l) => l.trim()).pop() ?? "";
}
var MiB = 1024 * 1024;
function sizeReport(compressed, files) {
  const uncompressed = files.reduce((n, f) => n + f.size, 0);
  const wheelFiles = files.filter((f) => f.path.startsWith("wheels/"));
  const wheels = wheelFiles.reduce((n, f) => n + f.size, 0);
  const largest = [...wheelFiles].sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1)).slice(0, 5).map((f) => ({ path: f.path, size: f.size }));
  const daemon = "MAX_PLUGIN_PACKAGE_SIZE (docker/.env: PLUGIN_MAX_PACKAGE_SIZE)";
  const limits = [
    {
      layer: "plugin daemon, upload",
      measure: "compressed",
      bytes: import_chunk_ZFMTKNA4.LIMITS.maxPackageBytes,
      setting: daemon
    },
    {
      layer: "plugin daemon, decoder",
      measure: "uncompressed",
      bytes: import_chunk_ZFMTKNA4.LIMITS.maxPackageBytes,
      setting: daemon
    },
    {
      layer: "Dify API server, upload",
      measure: "compressed",
      bytes: import_chunk_ZFMTKNA4.LIMITS.maxUploadBytes,
      setting: "PLUGIN_MAX_PACKAGE_SIZE (docker/.env)"
    },
    {
      layer: "Dify API server run without docker/.env",
      measure: "compressed",
      bytes: import_chunk_ZFMTKNA4.LIMITS.maxUploadBytesCodeDefault,
      setting: "PLUGIN_MAX_PACKAGE_SIZE (environment of the API server)",
      fallback: true
    },
    {
      layer: "nginx in front of Dify",
      measure: "compressed",
      bytes: import_chunk_ZFMTKNA4.LIMITS.maxRequestBodyBytes,
      setting: "NGINX_CLIENT_MAX_BODY_SIZE (docker/.env)"
    }
  ].map((l) => ({ ...l, exceeded: (l.measure === "compressed" ? compressed : uncompressed) > l.bytes }));
  return { compressed, uncompressed, wheels, largest, limits };
}
function roomFor(bytes) {
  return Math.ceil(bytes / (10 * MiB) + 0.01) * 10 * MiB;
}
function sizeFindings(report, file) {
  const over = report.limits.filter((l) => l.exceeded && !l.fallback);
  if (over.length === 0) return [];
  const needed = Math.max(report.compressed, report.uncompressed);
  const settings = [];
  if (over.some((l) => l.setting.includes("PLUGIN_MAX_PACKAGE_SIZE"))) {
    settings.push(
      `PLUGIN_MAX_PACKAGE_SIZE=${roomFor(needed)} in Dify's docker/.env (docker-compose gives it to the API server and, as MAX_PLUGIN_PACKAGE_SIZE, to the plugin daemon; set MAX_PLUGIN_PACKAGE_SIZE directly where the daemon runs on its own)`
    );
  }
  if (over.some((l) => l.setting.startsWith("NGINX_"))) {
    settings.push(`NGINX_CLIENT_MAX_BODY_SIZE=${roomFor(report.compressed) / MiB}M`);
  }
  const what = over.map((l) => `${l.layer} (${(0, import_chunk_CYKMR5N3.formatSize)(l.bytes)} ${l.measure})`).join(", ");
  return [
    (0, import_chunk_AIBAUOYI.finding)(
      "DPR445",
      `${file} is ${(0, import_chunk_CYKMR5N3.formatSize)(report.compressed)} (${(0, import_chunk_CYKMR5N3.formatSize)(report.uncompressed)} unpacked, ${(0, import_chunk_CYKMR5N3.formatSize)(report.wheels)} of wheels): above the default limit of ${what}`,
      {
        fix: `Before uploading, set ${settings.join(", and ")}; then restart the services (docker compose up -d).`
      }
    )
  ];
}
function unpackLimit(maxSizeMiB) {
  return Math.max(import_chunk_ZFMTKNA4.LIMITS.maxPackageBytes, (maxSizeMiB ?? 0) * MiB);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DAEMON_IMAGE,
  REPLACED,
  REQUIREMENT_COMMENT,
  TARGET_LINE,
  WHEELS_DIR,
  compatibility,
  daemonPath,
  describeTarget,
  installsFromWheels,
  offlineRequirements,
  parseWheelName,
  resolveForTarget,
  sizeFindings,
  sizeReport,
  target,
  targetsFor,
  unpackLimit,
  withoutPassword
});
