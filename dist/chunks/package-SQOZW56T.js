import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  DAEMON_IMAGE,
  REPLACED,
  REQUIREMENT_COMMENT,
  WHEELS_DIR,
  describeTarget,
  offlineRequirements,
  resolveForTarget,
  sizeFindings,
  sizeReport,
  targetsFor,
  unpackLimit,
  withoutPassword
} from "./chunk-SF3LADKI.js";
import {
  packagePlugin
} from "./chunk-5EFIG7OU.js";
import {
  readArtifact
} from "./chunk-ZR46IG5X.js";
import "./chunk-MC6ROTTZ.js";
import "./chunk-5EIB45IJ.js";
import "./chunk-3R4BH2PF.js";
import {
  extractPackage
} from "./chunk-UPXOIA45.js";
import {
  withTempDir
} from "./chunk-LH4HKNQY.js";
import "./chunk-KNYFJMOG.js";
import "./chunk-36F662Q5.js";
import "./chunk-S5XCZML4.js";
import "./chunk-EY7IQFHH.js";
import "./chunk-OOXWVKXK.js";
import "./chunk-ZQENFKUT.js";
import "./chunk-V3BXYE66.js";
import {
  normalizeName,
  parseRequirement,
  parseRequirementsText,
  parseToml,
  table
} from "./chunk-HUPHBNGN.js";
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
import {
  MANIFEST
} from "./chunk-AA2BIYNF.js";
import {
  getAt,
  parseYamlBytes
} from "./chunk-NN4QJYMT.js";
import {
  LIMITS
} from "./chunk-JLTILB3U.js";
import {
  readRegularFile
} from "./chunk-HKI4UFJS.js";
import "./chunk-HXXNGEUI.js";
import "./chunk-4ZVZ2M7T.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-277J5JLG.js";
import {
  CheckFailedError,
  UsageError,
  errorMessage
} from "./chunk-62OAMW2I.js";
import {
  finding
} from "./chunk-ZGFNRH4I.js";
import {
  isInside
} from "./chunk-2IS3DTRP.js";
import {
  countFindings
} from "./chunk-RQVOJRQL.js";
import "./chunk-V6G54X4G.js";

// src/offline/package.ts
import { readFileSync, statSync } from "node:fs";
import path2 from "node:path";

// src/offline/requirements.ts
import { existsSync } from "node:fs";
import path from "node:path";
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
  const pyproject = existsSync(path.join(root, PYPROJECT)) ? readPyproject(root) : void 0;
  if (existsSync(path.join(root, REQUIREMENTS))) {
    out.source = REQUIREMENTS;
    readRequirementsFile(root, REQUIREMENTS, out, /* @__PURE__ */ new Set());
    const kept = [...readText(root, REQUIREMENTS).matchAll(REQUIREMENT_COMMENT)].map((m) => m[1].trim());
    if (kept.length) {
      out.constraints.push(...out.requirements);
      out.requirements = kept;
    }
    if (pyproject) {
      const mine = new Set(out.requirements.map((r) => parseRequirement(r)?.key).filter(Boolean));
      const only = pyproject.dependencies.filter((d) => !mine.has(parseRequirement(d)?.key));
      out.findings.push(
        finding(
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
      finding(
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
    return readRegularFile(path.join(root, rel), { maxBytes: LIMITS.maxTextBytes, root }).toString("utf8");
  } catch (error) {
    throw new CheckFailedError(
      `${rel}: ${errorMessage(error)}`,
      "Make it a readable text file inside the plugin."
    );
  }
}
function readRequirementsFile(root, rel, out, seen) {
  if (seen.has(rel)) return;
  seen.add(rel);
  const text = readText(root, rel);
  const dir = path.dirname(path.join(root, rel));
  const inside = (target) => {
    const full = path.resolve(dir, target);
    return isInside(root, full) ? path.relative(root, full).split(path.sep).join("/") : void 0;
  };
  for (const line of parseRequirementsText(text)) {
    if (line.kind === "include" || line.kind === "constraint") {
      const target = inside(line.value);
      if (!target || !existsSync(path.join(root, target))) {
        throw new UsageError(
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
          if (local !== void 0 && existsSync(path.join(root, local)))
            out.wheelhouses.push(path.join(root, local));
          else ignored.push(`--find-links ${links}`);
        } else if (token !== "--no-index") ignored.push(token);
      }
      if (ignored.length) {
        out.findings.push(
          finding(
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
    const req = parseRequirement(line.value);
    if (!req || req.url || /^[./~]|^[a-z][a-z0-9+.-]*:/i.test(line.value)) {
      out.findings.push(cannotPackage(rel, line.line, line.value));
      continue;
    }
    out.requirements.push(line.value);
  }
}
function constraintLines(root, rel) {
  return parseRequirementsText(readText(root, rel)).filter((l) => l.kind === "requirement").map((l) => l.value);
}
function cannotPackage(file, line, text) {
  return finding(
    "DPR442",
    `${text}: an offline package installs released wheels only (no VCS links, URLs, local paths or editable installs)`,
    { file, line }
  );
}
function readPyproject(root) {
  const parsed = parseToml(readText(root, PYPROJECT));
  if (!parsed.data) {
    throw new UsageError(
      `${PYPROJECT}:${parsed.error?.line ?? 1}: ${parsed.error?.message ?? "invalid TOML"}`,
      "Fix the TOML syntax (the daemon cannot read it either)."
    );
  }
  const strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
  const project = table(parsed.data, "project");
  const dev = [];
  const groups = table(parsed.data, "dependency-groups") ?? {};
  for (const list of Object.values(groups)) dev.push(...strings(list));
  dev.push(...strings(table(parsed.data, "tool", "uv")?.["dev-dependencies"]));
  const optional = table(project, "optional-dependencies") ?? {};
  for (const list of Object.values(optional)) dev.push(...strings(list));
  const names = dev.map((d) => parseRequirement(d)?.name).filter((n) => Boolean(n));
  return { dependencies: strings(project?.dependencies), dev: names };
}
function lockPins(root) {
  if (!existsSync(path.join(root, UV_LOCK))) return [];
  const parsed = parseToml(readText(root, UV_LOCK));
  const list = Array.isArray(parsed.data?.package) ? parsed.data.package : [];
  const versions = /* @__PURE__ */ new Map();
  for (const p of list) {
    const source = p?.source ?? {};
    if (typeof p?.name !== "string" || typeof p.version !== "string") continue;
    if (source.editable !== void 0 || source.virtual !== void 0) continue;
    const key = normalizeName(p.name);
    versions.set(key, (versions.get(key) ?? /* @__PURE__ */ new Set()).add(p.version));
  }
  return [...versions].filter(([, v]) => v.size === 1).map(([key, v]) => `${key}==${[...v][0]}`).sort();
}

// src/offline/package.ts
async function packageOffline(input, ctx) {
  const file = path2.resolve(ctx.cwd, input.path || ".");
  let isPackage = false;
  try {
    isPackage = statSync(file).isFile();
  } catch {
    throw new UsageError(`${input.path} does not exist`, "Pass the plugin directory or a .difypkg.");
  }
  if (!isPackage) return packageRoot(file, "directory", input, ctx);
  if (!file.endsWith(".difypkg")) {
    throw new UsageError(`${input.path} is a file, not a plugin directory or a .difypkg`);
  }
  return withTempDir("dpr-offline-src-", async (dir) => {
    const root = path2.join(dir, "plugin");
    await extractPackage(file, root, { maxUncompressed: unpackLimit(input.maxSize) });
    return packageRoot(root, "package", input, ctx);
  });
}
async function packageRoot(root, kind, input, ctx) {
  const manifest = parseYamlBytes(MANIFEST, readManifest(root, input.path));
  const arch = getAt(manifest.value, "/meta/arch");
  const targets = targetsFor(input.targets, Array.isArray(arch) ? arch.map(String) : [], input.python);
  if (targets.length > 1 && input.output?.endsWith(".difypkg")) {
    throw new UsageError(
      `-o ${input.output}: one file name for ${targets.length} targets`,
      "Give an output directory, or one --target."
    );
  }
  const findings = [];
  if (targets[0].python.minor !== DAEMON_IMAGE.venvPython) {
    findings.push(
      finding(
        "DPR446",
        `the wheels are chosen for Python ${targets[0].python.minor}, but the daemon creates every plugin environment with \`uv venv --python ${DAEMON_IMAGE.venvPython}\`: wheels for ${targets[0].python.minor} only will not install there`
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
      findLinks: findLinks.map((d) => d.startsWith(root) ? path2.relative(root, d) || "." : d),
      index: noIndex ? null : input.indexUrl ? withoutPassword(input.indexUrl) : "https://pypi.org/simple (pip\u2019s default)"
    },
    packages: [],
    findings
  };
  if (countFindings(ctx.policy.apply(findings)).errors > 0) return result;
  const python = ctx.env.DPR_PYTHON || "python3";
  const inRoot = reqs.wheelhouses.map((d) => path2.relative(root, d).split(path2.sep).join("/"));
  for (const t of targets) {
    ctx.log(`Choosing wheels for ${describeTarget(t)}`);
    const pkg = await withTempDir("dpr-offline-", async (work) => {
      const resolved = await resolveForTarget({
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
        description: describeTarget(t),
        wheels: resolved.wheels.map(offlineWheel),
        leftOut: resolved.leftOut,
        findings: [...resolved.findings, ...leftOutFindings(resolved.leftOut, t)],
        command: resolved.command
      };
      if (countFindings(ctx.policy.apply(out.findings)).errors > 0) return out;
      out.requirements = offlineRequirements(t, resolved.wheels, reqs.requirements);
      out.result = await packagePlugin({
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
            ...REPLACED,
            new RegExp(
              `^(?:${[WHEELS_DIR, ...inRoot].map(escapeRegex).join("|")})/[^/]+\\.(?:whl|tar\\.gz|tar\\.bz2|tar\\.xz|zip|tgz)$`
            )
          ],
          add: resolved.wheels.map(asSelected),
          generated: /* @__PURE__ */ new Map([["requirements.txt", Buffer.from(out.requirements)]])
        }
      });
      out.findings.push(...out.result.findings);
      if (out.result.path) {
        out.sizes = sizeReport(out.result.size ?? 0, out.result.files);
        out.findings.push(...sizeFindings(out.sizes, path2.basename(out.result.path)));
        out.artifact = await readArtifact(out.result.path, {
          limits: { maxUncompressed: unpackLimit(input.maxSize) }
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
  return { path: `${WHEELS_DIR}/${w.wheel.file}`, size: w.size, source: w.file };
}
function leftOutFindings(leftOut, t) {
  return leftOut.map(
    (l) => finding(
      "DPR443",
      `${l.requirement} is not packaged for ${t.name}: its marker \`${l.marker}\` is false there`,
      {
        file: "requirements.txt"
      }
    )
  );
}
function wheelhouse(cwd, dir) {
  const full = path2.resolve(cwd, dir);
  let ok = false;
  try {
    ok = statSync(full).isDirectory();
  } catch {
  }
  if (!ok) throw new UsageError(`--find-links ${dir}: no such directory`, "Give a folder of .whl files.");
  return full;
}
function readManifest(root, label) {
  try {
    return readFileSync(path2.join(root, MANIFEST));
  } catch {
    throw new UsageError(
      `no manifest.yaml in ${label}: it is not a Dify plugin`,
      "Pass the plugin directory (the folder holding manifest.yaml) or its .difypkg."
    );
  }
}
function escapeRegex(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
export {
  packageOffline
};
