import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  updateSums
} from "./chunk-3R4BH2PF.js";
import {
  ZipWriter
} from "./chunk-S5XCZML4.js";
import {
  commit,
  ensureDir,
  outputFailure,
  tempPathFor
} from "./chunk-EY7IQFHH.js";
import {
  openPackage
} from "./chunk-V3BXYE66.js";
import {
  GIT_DIR_REASON,
  inGitDir,
  secretReason
} from "./chunk-LWEEHDDH.js";
import {
  common_schema_default
} from "./chunk-LJRZBJ4H.js";
import {
  getAt,
  parseYamlBytes
} from "./chunk-NN4QJYMT.js";
import {
  LIMITS
} from "./chunk-JLTILB3U.js";
import {
  FileReadError,
  openRegularFile,
  readRegularFile,
  refusalFix
} from "./chunk-HKI4UFJS.js";
import {
  CheckFailedError,
  UsageError,
  errorMessage
} from "./chunk-62OAMW2I.js";
import {
  finding
} from "./chunk-ZGFNRH4I.js";
import {
  byteOrder,
  isInside,
  repositoryRoot
} from "./chunk-2IS3DTRP.js";
import {
  countFindings
} from "./chunk-RQVOJRQL.js";
import "./chunk-V6G54X4G.js";

// src/package/bundle.ts
import { closeSync, lstatSync, readdirSync, realpathSync } from "node:fs";
import path2 from "node:path";

// src/package/bundle-manifest.ts
import path from "node:path";
var V = String.raw`\d{1,4}(\.\d{1,4}){2}(-\w{1,16})?`;
var X = String.raw`(\d{1,4}|[xX])`;
var VER = String.raw`([~^]?${V}|${X}(\.${X}){2}|${V}-${V})`;
var GITHUB_PATTERN = new RegExp(`^[a-z0-9_-]{1,64}/[a-z0-9_-]{1,128}:${VER}/[^/]+$`);
var MARKETPLACE_PATTERN = new RegExp(`^[a-z0-9_-]{1,64}/[a-z0-9_-]{1,128}:${VER}$`);
var VERSION = new RegExp(`^${V}$`);
var TAGS = new Set(common_schema_default.definitions.tag.enum);
function checkManifest(yaml, assets) {
  const m = yaml.value;
  const out = [];
  const bad = (pointer, message, fix) => out.push(finding("DPR420", message, { ...yaml.locate(pointer, "key"), fix }));
  if (!m || typeof m !== "object" || Array.isArray(m)) {
    bad("", "the bundle manifest is not a mapping");
    return out;
  }
  const type = getAt(m, "/type");
  if (type !== "bundle") {
    bad(
      "/type",
      type === "plugin" ? "this is a plugin manifest (type: plugin); bundles have type: bundle" : 'type must be "bundle"',
      type === "plugin" ? "To build a plugin, run `dify-plugin-release package`." : "Set `type: bundle`."
    );
  }
  for (const key of ["name", "author", "icon"]) {
    const v = getAt(m, `/${key}`);
    if (typeof v !== "string" || v.trim() === "") bad(`/${key}`, `missing required field "${key}"`);
  }
  for (const key of ["labels", "description"]) {
    const en = getAt(m, `/${key}/en_US`);
    if (typeof en !== "string" || en === "") {
      bad(
        `/${key}`,
        `"${key}" needs an en_US text`,
        key === "labels" ? "Note the plural: labels, not label." : void 0
      );
    }
  }
  const version = yaml.scalarText("/version");
  if (!version || !VERSION.test(version)) bad("/version", `version "${version ?? ""}" is not like 1.2.3`);
  const icon = getAt(m, "/icon");
  if (typeof icon === "string" && icon && !assets.includes(icon)) {
    bad("/icon", `icon ${icon} is not in _assets/`, `Put the icon at _assets/${icon}.`);
  }
  const tags = getAt(m, "/tags");
  if (tags !== void 0 && tags !== null) {
    if (!Array.isArray(tags)) bad("/tags", "tags must be a list");
    else {
      tags.forEach((t, i) => {
        if (!TAGS.has(String(t)))
          bad(`/tags/${i}`, `tag "${t}" is not one of Dify's tags (${[...TAGS].join(", ")})`);
      });
    }
  }
  if (!Array.isArray(getAt(m, "/dependencies"))) {
    bad(
      "/dependencies",
      'missing required list "dependencies"',
      "List the plugins of the bundle under dependencies."
    );
  }
  return out;
}
async function checkDependency(yaml, i, dep, root, assets) {
  const at = `/dependencies/${i}`;
  const out = [];
  const bad = (pointer, message, fix, code = "DPR421") => out.push(finding(code, message, { ...yaml.locate(pointer), fix }));
  const type = getAt(dep, "/type");
  const value = getAt(dep, "/value");
  if (!["github", "marketplace", "package"].includes(String(type))) {
    bad(`${at}/type`, `dependency ${i + 1}: type "${type ?? ""}" is not github, marketplace or package`);
    return { findings: out };
  }
  if (!value || typeof value !== "object") {
    bad(at, `dependency ${i + 1}: missing "value"`);
    return { findings: out };
  }
  if (type === "github") {
    const p = getAt(value, "/repo_pattern");
    if (typeof p !== "string" || !GITHUB_PATTERN.test(p)) {
      bad(
        `${at}/value/repo_pattern`,
        `dependency ${i + 1}: repo_pattern "${p ?? ""}" is not owner/repo:<version>/<asset>`,
        "For example: langgenius/openai:0.0.1/openai.difypkg (versions: 1.2.3, ^1.2.3, ~1.2.3, 1.x.x, 1.0.0-2.0.0)."
      );
    }
  } else if (type === "marketplace") {
    const p = getAt(value, "/marketplace_pattern");
    if (typeof p !== "string" || !MARKETPLACE_PATTERN.test(p)) {
      bad(
        `${at}/value/marketplace_pattern`,
        `dependency ${i + 1}: marketplace_pattern "${p ?? ""}" is not organization/plugin:<version>`,
        "For example: langgenius/openai:^0.0.1 (versions: 1.2.3, ^1.2.3, ~1.2.3, 1.x.x, 1.0.0-2.0.0)."
      );
    }
  } else {
    const p = getAt(value, "/path");
    if (typeof p !== "string" || p === "") {
      bad(`${at}/value`, `dependency ${i + 1}: missing "path" (a .difypkg under _assets/)`);
      return { findings: out };
    }
    if (!assets.includes(p)) {
      bad(`${at}/value/path`, `dependency ${i + 1}: _assets/${p} does not exist`, void 0, "DPR422");
      return { findings: out, asset: p };
    }
    try {
      const pkg = await openPackage(path.join(root, "_assets", ...p.split("/")));
      const ok = pkg.entries.some((e) => e.name === "manifest.yaml");
      await pkg.close();
      if (!ok)
        bad(
          `${at}/value/path`,
          `dependency ${i + 1}: _assets/${p} has no manifest.yaml`,
          void 0,
          "DPR422"
        );
    } catch (error) {
      bad(`${at}/value/path`, `dependency ${i + 1}: ${error.message}`, void 0, "DPR422");
    }
    return { findings: out, asset: p };
  }
  return { findings: out };
}

// src/package/bundle.ts
var MANIFEST = "manifest.yaml";
async function bundle(options) {
  const cwd = options.cwd ?? process.cwd();
  const root = path2.resolve(cwd, options.path);
  let bytes;
  try {
    bytes = readRegularFile(path2.join(root, MANIFEST), { maxBytes: LIMITS.maxYamlBytes, label: MANIFEST });
  } catch (error) {
    if (error instanceof FileReadError && error.reason !== "missing") {
      throw new CheckFailedError(
        `${options.path}: ${error.message}`,
        refusalFix(error, "the bundle directory")
      );
    }
    throw new UsageError(
      `no manifest.yaml in ${options.path}: not a bundle directory`,
      "Pass the bundle directory."
    );
  }
  const yaml = parseYamlBytes(MANIFEST, bytes);
  const findings = [...yaml.problems];
  const assets = listAssets(root);
  const result = { dependencies: [], files: [], findings };
  if (yaml.problems.length > 0) return result;
  findings.push(...checkManifest(yaml, assets));
  const deps = getAt(yaml.value, "/dependencies");
  const referenced = /* @__PURE__ */ new Set([String(getAt(yaml.value, "/icon") ?? "")]);
  if (Array.isArray(deps)) {
    for (const [i, dep] of deps.entries()) {
      const checked = await checkDependency(yaml, i, dep, root, assets);
      findings.push(...checked.findings);
      if (checked.asset) referenced.add(checked.asset);
      if (dep && typeof dep === "object") result.dependencies.push(dep);
    }
  }
  for (const asset of assets) {
    if (!referenced.has(asset) && (asset.endsWith(".difypkg") || /^[0-9a-f]{64}$/.test(asset))) {
      findings.push(
        finding("DPR423", `_assets/${asset} looks like a plugin package, but no dependency names it`, {
          file: `_assets/${asset}`,
          fix: "Add a `package` dependency with this path, or remove the file."
        })
      );
    }
  }
  result.name = yaml.scalarText("/name");
  result.version = yaml.scalarText("/version");
  if (countFindings(findings).errors > 0 || !result.name || !result.version) return result;
  const readmes = readReadmes(root, findings);
  for (const asset of assets) {
    const problem = unreadable(path2.join(root, "_assets", ...asset.split("/")), `_assets/${asset}`);
    if (problem) {
      findings.push(
        finding("DPR407", problem.message, {
          file: `_assets/${asset}`,
          fix: problem.fix ?? "Fix its permissions, or remove it from _assets/."
        })
      );
    }
  }
  if (countFindings(findings).errors > 0) return result;
  const entries = [MANIFEST, ...readmes.keys(), ...assets.map((a) => `_assets/${a}`)].sort(byteOrder);
  const outDir = path2.resolve(cwd, options.outDir ?? ".");
  ensureDir(outDir);
  const fileName = `${safeName(result.name)}-${safeName(result.version)}.difybndl`;
  const target = path2.join(outDir, fileName);
  const temp = tempPathFor(target);
  const writer = await ZipWriter.create(temp);
  try {
    for (const entry of entries) {
      const data = readmes.get(entry) ?? readSource(root, entry);
      await writer.addBuffer(entry, data);
    }
    const done = await writer.finish();
    commit(temp, target);
    Object.assign(result, { path: target, sha256: done.sha256, size: done.size, files: entries });
    updateSums(outDir, fileName, done.sha256);
  } catch (error) {
    await writer.abort();
    throw outputFailure(error, target);
  }
  return result;
}
function readReadmes(root, findings) {
  const out = /* @__PURE__ */ new Map();
  const realRoot = realpathOr(root);
  const boundary = realpathOr(repositoryRoot(root) ?? root);
  const names = readdirSync(root).filter((f) => f.startsWith("README")).sort(byteOrder);
  for (const name of names) {
    const full = path2.join(root, name);
    let stats;
    try {
      stats = lstatSync(full);
    } catch {
      continue;
    }
    if (stats.isSymbolicLink()) {
      let target;
      try {
        target = realpathSync(full);
      } catch {
        findings.push(
          finding("DPR303", `${name} is a broken symlink`, {
            file: name,
            fix: "Remove the link or point it at a file in the bundle directory."
          })
        );
        continue;
      }
      if (!isInside(boundary, target)) {
        findings.push(
          finding(
            "DPR303",
            `${name} is a symlink to ${target}, outside the ${boundary === realRoot ? "bundle directory" : "repository"} (${boundary})`,
            {
              file: name,
              fix: "Copy the file into the bundle directory instead: a link out of it is not reproducible."
            }
          )
        );
        continue;
      }
      const targetRel = path2.relative(boundary, target).split(path2.sep).join("/");
      const secret = inGitDir(targetRel) ? GIT_DIR_REASON : secretReason(targetRel);
      if (secret) {
        findings.push(
          finding("DPR401", `${name} is a symlink to ${targetRel}, which looks like a secret: ${secret}`, {
            file: name,
            fix: "Point it at the README it stands for, or copy that README into the bundle directory."
          })
        );
        continue;
      }
      try {
        stats = lstatSync(target);
      } catch {
        continue;
      }
    }
    if (stats.isDirectory()) continue;
    if (!stats.isFile()) {
      findings.push(
        finding("DPR407", `${name} is not a regular file (a socket, pipe or device)`, {
          file: name,
          fix: "Remove it from the bundle directory."
        })
      );
      continue;
    }
    try {
      out.set(name, readRegularFile(full, { maxBytes: LIMITS.maxTextBytes, root: boundary, label: name }));
    } catch (error) {
      findings.push(
        finding(
          "DPR407",
          error instanceof FileReadError ? error.message : `${name} cannot be read (${whyUnreadable(error)})`,
          {
            file: name,
            fix: "Fix its permissions, or remove it from the bundle directory."
          }
        )
      );
    }
  }
  return out;
}
function unreadable(file, label) {
  try {
    closeSync(openRegularFile(file, { maxBytes: LIMITS.maxBundleBytes, label }).fd);
    return void 0;
  } catch (error) {
    if (error instanceof FileReadError) return { message: error.message, fix: refusalFix(error, "_assets/") };
    return { message: `${label} cannot be read (${whyUnreadable(error)})` };
  }
}
function whyUnreadable(error) {
  const code = error.code;
  return code === "EACCES" || code === "EPERM" ? "permission denied" : errorMessage(error);
}
function readSource(root, entry) {
  try {
    return readRegularFile(path2.join(root, ...entry.split("/")), {
      maxBytes: LIMITS.maxBundleBytes,
      label: entry
    });
  } catch (error) {
    throw new CheckFailedError(
      `${entry} cannot be read while bundling: ${whyUnreadable(error)}`,
      "Check that nothing else is changing the bundle directory while it is bundled."
    );
  }
}
function realpathOr(p) {
  try {
    return realpathSync(p);
  } catch {
    return path2.resolve(p);
  }
}
function listAssets(root) {
  const out = [];
  const walk = (dir, rel, depth) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory() && depth < LIMITS.maxTreeDepth) walk(path2.join(dir, e.name), r, depth + 1);
      else if (e.isFile()) out.push(r);
    }
  };
  walk(path2.join(root, "_assets"), "", 0);
  return out.sort(byteOrder);
}
function safeName(name) {
  return name.replace(/[^A-Za-z0-9._-]+/g, "_");
}
export {
  GITHUB_PATTERN,
  MARKETPLACE_PATTERN,
  bundle
};
