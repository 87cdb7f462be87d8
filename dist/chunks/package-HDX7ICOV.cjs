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
  packageOffline: () => packageOffline
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_3UXIKOIL = require("./chunk-3UXIKOIL.cjs");
var import_chunk_SORCRQMR = require("./chunk-SORCRQMR.cjs");
var import_chunk_QD5E7H7M = require("./chunk-QD5E7H7M.cjs");
var import_chunk_CIGYBCEM = require("./chunk-CIGYBCEM.cjs");
var import_chunk_5CTX533T = require("./chunk-5CTX533T.cjs");
var import_chunk_7DITFGIQ = require("./chunk-7DITFGIQ.cjs");
var import_chunk_PD4DO7MN = require("./chunk-PD4DO7MN.cjs");
var import_chunk_Q5C2TKAH = require("./chunk-Q5C2TKAH.cjs");
var import_chunk_SJW6ZZSJ = require("./chunk-SJW6ZZSJ.cjs");
var import_chunk_JS5O4ZNU = require("./chunk-JS5O4ZNU.cjs");
var import_chunk_XAGCTRHJ = require("./chunk-XAGCTRHJ.cjs");
var import_chunk_NWBBVL5O = require("./chunk-NWBBVL5O.cjs");
var import_chunk_TPCKOOU5 = require("./chunk-TPCKOOU5.cjs");
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
var import_chunk_LO4GP5KN = require("./chunk-LO4GP5KN.cjs");
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
var import_node_fs2 = require("node:fs");
var import_node_path2 = __dprBuiltin(require("node:path"));
var REQUIREMENTS = "requirements.txt";
var PYPROJECT = "pyproject.toml";
var UV_LOCK = "uv.lock";
function readRuntimeRequirements(root) {
  const out = {
    source: void 0,
    requirements: [],
    constraints: [],
    wheelhouses: [],
    devLeftOut: [],
    findings: []
  };
  const pyproject = (0, import_node_fs2.existsSync)(import_node_path2.default.join(root, PYPROJECT)) ? readPyproject(root) : void 0;
  if ((0, import_node_fs2.existsSync)(import_node_path2.default.join(root, REQUIREMENTS))) {
    out.source = REQUIREMENTS;
    readRequirementsFile(root, REQUIREMENTS, out, /* @__PURE__ */ new Set());
    const kept = [...readText(root, REQUIREMENTS).matchAll(import_chunk_3UXIKOIL.REQUIREMENT_COMMENT)].map((m) => m[1].trim());
    if (kept.length) {
      out.constraints.push(...out.requirements);
      out.requirements = kept;
    }
    if (pyproject) {
      const mine = new Set(out.requirements.map((r) => (0, import_chunk_ZAGPN3OK.parseRequirement)(r)?.key).filter(Boolean));
      const only = pyproject.dependencies.filter((d) => !mine.has((0, import_chunk_ZAGPN3OK.parseRequirement)(d)?.key));
      out.findings.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR448",
          `the plugin has both requirements.txt and pyproject.toml: the offline package installs requirements.txt (as daemons with PIP_MIRROR_URL and the Dify CLI do) and leaves pyproject.toml out${only.length ? `; pyproject.toml also lists ${only.join(", ")}, which requirements.txt does not` : ""}`,
          {
            file: REQUIREMENTS,
            ...only.length ? { severity: "warning" } : {},
            fix: only.length ? "List every runtime dependency in requirements.txt." : void 0
          }
        )
      );
    }
  } else if (pyproject) {
    out.source = PYPROJECT;
    out.requirements.push(...pyproject.dependencies);
    out.constraints.push(...lockPins(root));
  }
  if (pyproject) out.devLeftOut.push(...pyproject.dev);
  if (out.devLeftOut.length) {
    out.findings.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR444",
        `development dependencies are not packaged: ${[...new Set(out.devLeftOut)].join(", ")}`,
        { file: PYPROJECT }
      )
    );
  }
  return out;
}
function readText(root, rel) {
  try {
    return (0, import_chunk_C7Z2DSUT.readRegularFile)(import_node_path2.default.join(root, rel), { maxBytes: import_chunk_ZFMTKNA4.LIMITS.maxTextBytes, root }).toString("utf8");
  } catch (error) {
    throw new import_chunk_NG6BV4S6.CheckFailedError(
      `${rel}: ${(0, import_chunk_NG6BV4S6.errorMessage)(error)}`,
      "Make it a readable text file inside the plugin."
    );
  }
}
function readRequirementsFile(root, rel, out, seen) {
  if (seen.has(rel)) return;
  seen.add(rel);
  const text = readText(root, rel);
  const dir = import_node_path2.default.dirname(import_node_path2.default.join(root, rel));
  const inside = (target) => {
    const full = import_node_path2.default.resolve(dir, target);
    return (0, import_chunk_SAEB7QK7.isInside)(root, full) ? import_node_path2.default.relative(root, full).split(import_node_path2.default.sep).join("/") : void 0;
  };
  for (const line of (0, import_chunk_ZAGPN3OK.parseRequirementsText)(text)) {
    if (line.kind === "include" || line.kind === "constraint") {
      const target = inside(line.value);
      if (!target || !(0, import_node_fs2.existsSync)(import_node_path2.default.join(root, target))) {
        throw new import_chunk_NG6BV4S6.UsageError(
          `${rel}:${line.line}: ${line.value} is not a file inside the plugin`,
          "Keep included requirement files inside the plugin directory."
        );
      }
      if (line.kind === "include") readRequirementsFile(root, target, out, seen);
      else out.constraints.push(...constraintLines(root, target));
      continue;
    }
    if (line.kind === "editable") {
      out.findings.push(cannotPackage(rel, line.line, `-e ${line.value}`));
      continue;
    }
    if (line.kind === "option") {
      const ignored = [];
      const tokens = line.value.split(/\s+/);
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        const eq = /^(-f|--find-links)=(.+)$/.exec(token);
        const links = eq ? eq[2] : token === "-f" || token === "--find-links" ? tokens[++i] : void 0;
        if (links !== void 0) {
          const local = /^[a-z][a-z0-9+.-]*:\/\//i.test(links) ? void 0 : inside(links);
          if (local !== void 0 && (0, import_node_fs2.existsSync)(import_node_path2.default.join(root, local)))
            out.wheelhouses.push(import_node_path2.default.join(root, local));
          else ignored.push(`--find-links ${links}`);
        } else if (token !== "--no-index") ignored.push(token);
      }
      if (ignored.length) {
        out.findings.push(
          (0, import_chunk_AIBAUOYI.finding)(
            "DPR447",
            `${ignored.join(" ")}: the offline package does not use the index options of ${rel}`,
            {
              file: rel,
              line: line.line
            }
          )
        );
      }
      continue;
    }
    const req = (0, import_chunk_ZAGPN3OK.parseRequirement)(line.value);
    if (!req || req.url || /^[./~]|^[a-z][a-z0-9+.-]*:/i.test(line.value)) {
      out.findings.push(cannotPackage(rel, line.line, line.value));
      continue;
    }
    out.requirements.push(line.value);
  }
}
function constraintLines(root, rel) {
  return (0, import_chunk_ZAGPN3OK.parseRequirementsText)(readText(root, rel)).filter((l) => l.kind === "requirement").map((l) => l.value);
}
function cannotPackage(file, line, text) {
  return (0, import_chunk_AIBAUOYI.finding)(
    "DPR442",
    `${text}: an offline package installs released wheels only (no VCS links, URLs, local paths or editable installs)`,
    { file, line }
  );
}
function readPyproject(root) {
  const parsed = (0, import_chunk_ZAGPN3OK.parseToml)(readText(root, PYPROJECT));
  if (!parsed.data) {
    throw new import_chunk_NG6BV4S6.UsageError(
      `${PYPROJECT}:${parsed.error?.line ?? 1}: ${parsed.error?.message ?? "invalid TOML"}`,
      "Fix the TOML syntax (the daemon cannot read it either)."
    );
  }
  const strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
  const project = (0, import_chunk_ZAGPN3OK.table)(parsed.data, "project");
  const dev = [];
  const groups = (0, import_chunk_ZAGPN3OK.table)(parsed.data, "dependency-groups") ?? {};
  for (const list of Object.values(groups)) dev.push(...strings(list));
  dev.push(...strings((0, import_chunk_ZAGPN3OK.table)(parsed.data, "tool", "uv")?.["dev-dependencies"]));
  const optional = (0, import_chunk_ZAGPN3OK.table)(project, "optional-dependencies") ?? {};
  for (const list of Object.values(optional)) dev.push(...strings(list));
  const names = dev.map((d) => (0, import_chunk_ZAGPN3OK.parseRequirement)(d)?.name).filter((n) => Boolean(n));
  return { dependencies: strings(project?.dependencies), dev: names };
}
function lockPins(root) {
  if (!(0, import_node_fs2.existsSync)(import_node_path2.default.join(root, UV_LOCK))) return [];
  const parsed = (0, import_chunk_ZAGPN3OK.parseToml)(readText(root, UV_LOCK));
  const list = Array.isArray(parsed.data?.package) ? parsed.data.package : [];
  const versions = /* @__PURE__ */ new Map();
  for (const p of list) {
    const source = p?.source ?? {};
    if (typeof p?.name !== "string" || typeof p.version !== "string") continue;
    if (source.editable !== void 0 || source.virtual !== void 0) continue;
    const key = (0, import_chunk_ZAGPN3OK.normalizeName)(p.name);
    versions.set(key, (versions.get(key) ?? /* @__PURE__ */ new Set()).add(p.version));
  }
  return [...versions].filter(([, v]) => v.size === 1).map(([key, v]) => `${key}==${[...v][0]}`).sort();
}
async function packageOffline(input, ctx) {
  const file = import_node_path.default.resolve(ctx.cwd, input.path || ".");
  let isPackage = false;
  try {
    isPackage = (0, import_node_fs.statSync)(file).isFile();
  } catch {
    throw new import_chunk_NG6BV4S6.UsageError(`${input.path} does not exist`, "Pass the plugin directory or a .difypkg.");
  }
  if (!isPackage) return packageRoot(file, "directory", input, ctx);
  if (!file.endsWith(".difypkg")) {
    throw new import_chunk_NG6BV4S6.UsageError(`${input.path} is a file, not a plugin directory or a .difypkg`);
  }
  return (0, import_chunk_SJW6ZZSJ.withTempDir)("dpr-offline-src-", async (dir) => {
    const root = import_node_path.default.join(dir, "plugin");
    await (0, import_chunk_Q5C2TKAH.extractPackage)(file, root, { maxUncompressed: (0, import_chunk_3UXIKOIL.unpackLimit)(input.maxSize) });
    return packageRoot(root, "package", input, ctx);
  });
}
async function packageRoot(root, kind, input, ctx) {
  const manifest = (0, import_chunk_R6ZEAHMN.parseYamlBytes)(import_chunk_RSCBOPBN.MANIFEST, readManifest(root, input.path));
  const arch = (0, import_chunk_R6ZEAHMN.getAt)(manifest.value, "/meta/arch");
  const targets = (0, import_chunk_3UXIKOIL.targetsFor)(input.targets, Array.isArray(arch) ? arch.map(String) : [], input.python);
  if (targets.length > 1 && input.output?.endsWith(".difypkg")) {
    throw new import_chunk_NG6BV4S6.UsageError(
      `-o ${input.output}: one file name for ${targets.length} targets`,
      "Give an output directory, or one --target."
    );
  }
  const findings = [];
  if (targets[0].python.minor !== import_chunk_3UXIKOIL.DAEMON_IMAGE.venvPython) {
    findings.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR446",
        `the wheels are chosen for Python ${targets[0].python.minor}, but the daemon creates every plugin environment with \`uv venv --python ${import_chunk_3UXIKOIL.DAEMON_IMAGE.venvPython}\`: wheels for ${targets[0].python.minor} only will not install there`
      )
    );
  }
  const reqs = readRuntimeRequirements(root);
  findings.push(...reqs.findings);
  const findLinks = [...reqs.wheelhouses, ...(input.findLinks ?? []).map((d) => wheelhouse(ctx.cwd, d))];
  const noIndex = !input.indexUrl && findLinks.length > 0;
  const result = {
    label: input.path,
    input: kind,
    requirementsFrom: reqs.source,
    sources: {
      findLinks: findLinks.map((d) => d.startsWith(root) ? import_node_path.default.relative(root, d) || "." : d),
      index: noIndex ? null : input.indexUrl ? (0, import_chunk_3UXIKOIL.withoutPassword)(input.indexUrl) : "https://pypi.org/simple (pip\u2019s default)"
    },
    packages: [],
    findings
  };
  if ((0, import_chunk_YK7KIND3.countFindings)(ctx.policy.apply(findings)).errors > 0) return result;
  const python = ctx.env.DPR_PYTHON || "python3";
  const inRoot = reqs.wheelhouses.map((d) => import_node_path.default.relative(root, d).split(import_node_path.default.sep).join("/"));
  for (const t of targets) {
    ctx.log(`Choosing wheels for ${(0, import_chunk_3UXIKOIL.describeTarget)(t)}`);
    const pkg = await (0, import_chunk_SJW6ZZSJ.withTempDir)("dpr-offline-", async (work) => {
      const resolved = await (0, import_chunk_3UXIKOIL.resolveForTarget)({
        python,
        target: t,
        requirements: reqs.requirements,
        constraints: reqs.constraints,
        findLinks,
        indexUrl: input.indexUrl,
        noIndex,
        workDir: work,
        env: ctx.env,
        runner: ctx.ports.processes,
        http: ctx.ports.http
      });
      result.pip ??= resolved.pip;
      const out = {
        target: t,
        description: (0, import_chunk_3UXIKOIL.describeTarget)(t),
        wheels: resolved.wheels.map(offlineWheel),
        leftOut: resolved.leftOut,
        findings: [...resolved.findings, ...leftOutFindings(resolved.leftOut, t)],
        command: resolved.command
      };
      if ((0, import_chunk_YK7KIND3.countFindings)(ctx.policy.apply(out.findings)).errors > 0) return out;
      out.requirements = (0, import_chunk_3UXIKOIL.offlineRequirements)(t, resolved.wheels, reqs.requirements);
      out.result = await (0, import_chunk_SORCRQMR.packagePlugin)({
        path: root,
        outDir: input.output,
        cwd: ctx.cwd,
        maxSizeMiB: input.maxSize,
        allowFiles: input.allowFile,
        policy: (f) => ctx.policy.apply(f),
        runner: ctx.ports.processes,
        env: ctx.env,
        onProgress: ctx.progress,
        rewrite: {
          baseName: (name, version) => `${name}-${version}-offline-${t.slug}`,
          exclude: [
            ...import_chunk_3UXIKOIL.REPLACED,
            new RegExp(
              `^(?:${[import_chunk_3UXIKOIL.WHEELS_DIR, ...inRoot].map(escapeRegex).join("|")})/[^/]+\\.(?:whl|tar\\.gz|tar\\.bz2|tar\\.xz|zip|tgz)$`
            )
          ],
          add: resolved.wheels.map(asSelected),
          generated: /* @__PURE__ */ new Map([["requirements.txt", Buffer.from(out.requirements)]])
        }
      });
      out.findings.push(...out.result.findings);
      if (out.result.path) {
        out.sizes = (0, import_chunk_3UXIKOIL.sizeReport)(out.result.size ?? 0, out.result.files);
        out.findings.push(...(0, import_chunk_3UXIKOIL.sizeFindings)(out.sizes, import_node_path.default.basename(out.result.path)));
        out.artifact = await (0, import_chunk_QD5E7H7M.readArtifact)(out.result.path, {
          limits: { maxUncompressed: (0, import_chunk_3UXIKOIL.unpackLimit)(input.maxSize) }
        });
      }
      return out;
    });
    result.packages.push(pkg);
  }
  return result;
}
function offlineWheel(w) {
  return { file: w.wheel.file, name: w.wheel.name, version: w.wheel.version, tag: w.tag, size: w.size };
}
function asSelected(w) {
  return { path: `${import_chunk_3UXIKOIL.WHEELS_DIR}/${w.wheel.file}`, size: w.size, source: w.file };
}
function leftOutFindings(leftOut, t) {
  return leftOut.map(
    (l) => (0, import_chunk_AIBAUOYI.finding)(
      "DPR443",
      `${l.requirement} is not packaged for ${t.name}: its marker \`${l.marker}\` is false there`,
      {
        file: "requirements.txt"
      }
    )
  );
}
function wheelhouse(cwd, dir) {
  const full = import_node_path.default.resolve(cwd, dir);
  let ok = false;
  try {
    ok = (0, import_node_fs.statSync)(full).isDirectory();
  } catch {
  }
  if (!ok) throw new import_chunk_NG6BV4S6.UsageError(`--find-links ${dir}: no such directory`, "Give a folder of .whl files.");
  return full;
}
function readManifest(root, label) {
  try {
    return (0, import_node_fs.readFileSync)(import_node_path.default.join(root, import_chunk_RSCBOPBN.MANIFEST));
  } catch {
    throw new import_chunk_NG6BV4S6.UsageError(
      `no manifest.yaml in ${label}: it is not a Dify plugin`,
      "Pass the plugin directory (the folder holding manifest.yaml) or its .difypkg."
    );
  }
}
function escapeRegex(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  packageOffline
});
