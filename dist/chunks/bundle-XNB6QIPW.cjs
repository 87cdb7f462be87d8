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
  GITHUB_PATTERN: () => GITHUB_PATTERN,
  MARKETPLACE_PATTERN: () => MARKETPLACE_PATTERN,
  bundle: () => bundle
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_7DITFGIQ = require("./chunk-7DITFGIQ.cjs");
var import_chunk_NWBBVL5O = require("./chunk-NWBBVL5O.cjs");
var import_chunk_TPCKOOU5 = require("./chunk-TPCKOOU5.cjs");
var import_chunk_MYI4MX5U = require("./chunk-MYI4MX5U.cjs");
var import_chunk_SAEWK2QX = require("./chunk-SAEWK2QX.cjs");
var import_chunk_OMGGYXM6 = require("./chunk-OMGGYXM6.cjs");
var import_chunk_R6ZEAHMN = require("./chunk-R6ZEAHMN.cjs");
var import_chunk_ZFMTKNA4 = require("./chunk-ZFMTKNA4.cjs");
var import_chunk_C7Z2DSUT = require("./chunk-C7Z2DSUT.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_chunk_SAEB7QK7 = require("./chunk-SAEB7QK7.cjs");
var import_chunk_YK7KIND3 = require("./chunk-YK7KIND3.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var import_node_fs = require("node:fs");
var import_node_path = __dprBuiltin(require("node:path"));
var import_node_path2 = __dprBuiltin(require("node:path"));
var V = String.raw`\d{1,4}(\.\d{1,4}){2}(-\w{1,16})?`;
var X = String.raw`(\d{1,4}|[xX])`;
var VER = String.raw`([~^]?${V}|${X}(\.${X}){2}|${V}-${V})`;
var GITHUB_PATTERN = new RegExp(`^[a-z0-9_-]{1,64}/[a-z0-9_-]{1,128}:${VER}/[^/]+$`);
var MARKETPLACE_PATTERN = new RegExp(`^[a-z0-9_-]{1,64}/[a-z0-9_-]{1,128}:${VER}$`);
var VERSION = new RegExp(`^${V}$`);
var TAGS = new Set(import_chunk_OMGGYXM6.common_schema_default.definitions.tag.enum);
function checkManifest(yaml, assets) {
  const m = yaml.value;
  const out = [];
  const bad = (pointer, message, fix) => out.push((0, import_chunk_AIBAUOYI.finding)("DPR420", message, { ...yaml.locate(pointer, "key"), fix }));
  if (!m || typeof m !== "object" || Array.isArray(m)) {
    bad("", "the bundle manifest is not a mapping");
    return out;
  }
  const type = (0, import_chunk_R6ZEAHMN.getAt)(m, "/type");
  if (type !== "bundle") {
    bad(
      "/type",
      type === "plugin" ? "this is a plugin manifest (type: plugin); bundles have type: bundle" : 'type must be "bundle"',
      type === "plugin" ? "To build a plugin, run `dify-plugin-release package`." : "Set `type: bundle`."
    );
  }
  for (const key of ["name", "author", "icon"]) {
    const v = (0, import_chunk_R6ZEAHMN.getAt)(m, `/${key}`);
    if (typeof v !== "string" || v.trim() === "") bad(`/${key}`, `missing required field "${key}"`);
  }
  for (const key of ["labels", "description"]) {
    const en = (0, import_chunk_R6ZEAHMN.getAt)(m, `/${key}/en_US`);
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
  const icon = (0, import_chunk_R6ZEAHMN.getAt)(m, "/icon");
  if (typeof icon === "string" && icon && !assets.includes(icon)) {
    bad("/icon", `icon ${icon} is not in _assets/`, `Put the icon at _assets/${icon}.`);
  }
  const tags = (0, import_chunk_R6ZEAHMN.getAt)(m, "/tags");
  if (tags !== void 0 && tags !== null) {
    if (!Array.isArray(tags)) bad("/tags", "tags must be a list");
    else {
      tags.forEach((t, i) => {
        if (!TAGS.has(String(t)))
          bad(`/tags/${i}`, `tag "${t}" is not one of Dify's tags (${[...TAGS].join(", ")})`);
      });
    }
  }
  if (!Array.isArray((0, import_chunk_R6ZEAHMN.getAt)(m, "/dependencies"))) {
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
  const bad = (pointer, message, fix, code = "DPR421") => out.push((0, import_chunk_AIBAUOYI.finding)(code, message, { ...yaml.locate(pointer), fix }));
  const type = (0, import_chunk_R6ZEAHMN.getAt)(dep, "/type");
  const value = (0, import_chunk_R6ZEAHMN.getAt)(dep, "/value");
  if (!["github", "marketplace", "package"].includes(String(type))) {
    bad(`${at}/type`, `dependency ${i + 1}: type "${type ?? ""}" is not github, marketplace or package`);
    return { findings: out };
  }
  if (!value || typeof value !== "object") {
    bad(at, `dependency ${i + 1}: missing "value"`);
    return { findings: out };
  }
  if (type === "github") {
    const p = (0, import_chunk_R6ZEAHMN.getAt)(value, "/repo_pattern");
    if (typeof p !== "string" || !GITHUB_PATTERN.test(p)) {
      bad(
        `${at}/value/repo_pattern`,
        `dependency ${i + 1}: repo_pattern "${p ?? ""}" is not owner/repo:<version>/<asset>`,
        "For example: langgenius/openai:0.0.1/openai.difypkg (versions: 1.2.3, ^1.2.3, ~1.2.3, 1.x.x, 1.0.0-2.0.0)."
      );
    }
  } else if (type === "marketplace") {
    const p = (0, import_chunk_R6ZEAHMN.getAt)(value, "/marketplace_pattern");
    if (typeof p !== "string" || !MARKETPLACE_PATTERN.test(p)) {
      bad(
        `${at}/value/marketplace_pattern`,
        `dependency ${i + 1}: marketplace_pattern "${p ?? ""}" is not organization/plugin:<version>`,
        "For example: langgenius/openai:^0.0.1 (versions: 1.2.3, ^1.2.3, ~1.2.3, 1.x.x, 1.0.0-2.0.0)."
      );
    }
  } else {
    const p = (0, import_chunk_R6ZEAHMN.getAt)(value, "/path");
    if (typeof p !== "string" || p === "") {
      bad(`${at}/value`, `dependency ${i + 1}: missing "path" (a .difypkg under _assets/)`);
      return { findings: out };
    }
    if (!assets.includes(p)) {
      bad(`${at}/value/path`, `dependency ${i + 1}: _assets/${p} does not exist`, void 0, "DPR422");
      return { findings: out, asset: p };
    }
    try {
      const pkg = await (0, import_chunk_MYI4MX5U.openPackage)(import_node_path2.default.join(root, "_assets", ...p.split("/")));
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
var MANIFEST = "manifest.yaml";
async function bundle(options) {
  const cwd = options.cwd ?? process.cwd();
  const root = import_node_path.default.resolve(cwd, options.path);
  let bytes;
  try {
    bytes = (0, import_chunk_C7Z2DSUT.readRegularFile)(import_node_path.default.join(root, MANIFEST), { maxBytes: import_chunk_ZFMTKNA4.LIMITS.maxYamlBytes, label: MANIFEST });
  } catch (error) {
    if (error instanceof import_chunk_C7Z2DSUT.FileReadError && error.reason !== "missing") {
      throw new import_chunk_NG6BV4S6.CheckFailedError(
        `${options.path}: ${error.message}`,
        (0, import_chunk_C7Z2DSUT.refusalFix)(error, "the bundle directory")
      );
    }
    throw new import_chunk_NG6BV4S6.UsageError(
      `no manifest.yaml in ${options.path}: not a bundle directory`,
      "Pass the bundle directory."
    );
  }
  const yaml = (0, import_chunk_R6ZEAHMN.parseYamlBytes)(MANIFEST, bytes);
  const findings = [...yaml.problems];
  const assets = listAssets(root);
  const result = { dependencies: [], files: [], findings };
  if (yaml.problems.length > 0) return result;
  findings.push(...checkManifest(yaml, assets));
  const deps = (0, import_chunk_R6ZEAHMN.getAt)(yaml.value, "/dependencies");
  const referenced = /* @__PURE__ */ new Set([String((0, import_chunk_R6ZEAHMN.getAt)(yaml.value, "/icon") ?? "")]);
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
        (0, import_chunk_AIBAUOYI.finding)("DPR423", `_assets/${asset} looks like a plugin package, but no dependency names it`, {
          file: `_assets/${asset}`,
          fix: "Add a `package` dependency with this path, or remove the file."
        })
      );
    }
  }
  result.name = yaml.scalarText("/name");
  result.version = yaml.scalarText("/version");
  if ((0, import_chunk_YK7KIND3.countFindings)(findings).errors > 0 || !result.name || !result.version) return result;
  const readmes = readReadmes(root, findings);
  for (const asset of assets) {
    const problem = unreadable(import_node_path.default.join(root, "_assets", ...asset.split("/")), `_assets/${asset}`);
    if (problem) {
      findings.push(
        (0, import_chunk_AIBAUOYI.finding)("DPR407", problem.message, {
          file: `_assets/${asset}`,
          fix: problem.fix ?? "Fix its permissions, or remove it from _assets/."
        })
      );
    }
  }
  if ((0, import_chunk_YK7KIND3.countFindings)(findings).errors > 0) return result;
  const entries = [MANIFEST, ...readmes.keys(), ...assets.map((a) => `_assets/${a}`)].sort(import_chunk_SAEB7QK7.byteOrder);
  const outDir = import_node_path.default.resolve(cwd, options.outDir ?? ".");
  (0, import_chunk_TPCKOOU5.ensureDir)(outDir);
  const fileName = `${safeName(result.name)}-${safeName(result.version)}.difybndl`;
  const target = import_node_path.default.join(outDir, fileName);
  const temp = (0, import_chunk_TPCKOOU5.tempPathFor)(target);
  const writer = await import_chunk_NWBBVL5O.ZipWriter.create(temp);
  try {
    for (const entry of entries) {
      const data = readmes.get(entry) ?? readSource(root, entry);
      await writer.addBuffer(entry, data);
    }
    const done = await writer.finish();
    (0, import_chunk_TPCKOOU5.commit)(temp, target);
    Object.assign(result, { path: target, sha256: done.sha256, size: done.size, files: entries });
    (0, import_chunk_7DITFGIQ.updateSums)(outDir, fileName, done.sha256);
  } catch (error) {
    await writer.abort();
    throw (0, import_chunk_TPCKOOU5.outputFailure)(error, target);
  }
  return result;
}
function readReadmes(root, findings) {
  const out = /* @__PURE__ */ new Map();
  const realRoot = realpathOr(root);
  const boundary = realpathOr((0, import_chunk_SAEB7QK7.repositoryRoot)(root) ?? root);
  const names = (0, import_node_fs.readdirSync)(root).filter((f) => f.startsWith("README")).sort(import_chunk_SAEB7QK7.byteOrder);
  for (const name of names) {
    const full = import_node_path.default.join(root, name);
    let stats;
    try {
      stats = (0, import_node_fs.lstatSync)(full);
    } catch {
      continue;
    }
    if (stats.isSymbolicLink()) {
      let target;
      try {
        target = (0, import_node_fs.realpathSync)(full);
      } catch {
        findings.push(
          (0, import_chunk_AIBAUOYI.finding)("DPR303", `${name} is a broken symlink`, {
            file: name,
            fix: "Remove the link or point it at a file in the bundle directory."
          })
        );
        continue;
      }
      if (!(0, import_chunk_SAEB7QK7.isInside)(boundary, target)) {
        findings.push(
          (0, import_chunk_AIBAUOYI.finding)(
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
      const targetRel = import_node_path.default.relative(boundary, target).split(import_node_path.default.sep).join("/");
      const secret = (0, import_chunk_SAEWK2QX.inGitDir)(targetRel) ? import_chunk_SAEWK2QX.GIT_DIR_REASON : (0, import_chunk_SAEWK2QX.secretReason)(targetRel);
      if (secret) {
        findings.push(
          (0, import_chunk_AIBAUOYI.finding)("DPR401", `${name} is a symlink to ${targetRel}, which looks like a secret: ${secret}`, {
            file: name,
            fix: "Point it at the README it stands for, or copy that README into the bundle directory."
          })
        );
        continue;
      }
      try {
        stats = (0, import_node_fs.lstatSync)(target);
      } catch {
        continue;
      }
    }
    if (stats.isDirectory()) continue;
    if (!stats.isFile()) {
      findings.push(
        (0, import_chunk_AIBAUOYI.finding)("DPR407", `${name} is not a regular file (a socket, pipe or device)`, {
          file: name,
          fix: "Remove it from the bundle directory."
        })
      );
      continue;
    }
    try {
      out.set(name, (0, import_chunk_C7Z2DSUT.readRegularFile)(full, { maxBytes: import_chunk_ZFMTKNA4.LIMITS.maxTextBytes, root: boundary, label: name }));
    } catch (error) {
      findings.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR407",
          error instanceof import_chunk_C7Z2DSUT.FileReadError ? error.message : `${name} cannot be read (${whyUnreadable(error)})`,
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
    (0, import_node_fs.closeSync)((0, import_chunk_C7Z2DSUT.openRegularFile)(file, { maxBytes: import_chunk_ZFMTKNA4.LIMITS.maxBundleBytes, label }).fd);
    return void 0;
  } catch (error) {
    if (error instanceof import_chunk_C7Z2DSUT.FileReadError) return { message: error.message, fix: (0, import_chunk_C7Z2DSUT.refusalFix)(error, "_assets/") };
    return { message: `${label} cannot be read (${whyUnreadable(error)})` };
  }
}
function whyUnreadable(error) {
  const code = error.code;
  return code === "EACCES" || code === "EPERM" ? "permission denied" : (0, import_chunk_NG6BV4S6.errorMessage)(error);
}
function readSource(root, entry) {
  try {
    return (0, import_chunk_C7Z2DSUT.readRegularFile)(import_node_path.default.join(root, ...entry.split("/")), {
      maxBytes: import_chunk_ZFMTKNA4.LIMITS.maxBundleBytes,
      label: entry
    });
  } catch (error) {
    throw new import_chunk_NG6BV4S6.CheckFailedError(
      `${entry} cannot be read while bundling: ${whyUnreadable(error)}`,
      "Check that nothing else is changing the bundle directory while it is bundled."
    );
  }
}
function realpathOr(p) {
  try {
    return (0, import_node_fs.realpathSync)(p);
  } catch {
    return import_node_path.default.resolve(p);
  }
}
function listAssets(root) {
  const out = [];
  const walk = (dir, rel, depth) => {
    let entries;
    try {
      entries = (0, import_node_fs.readdirSync)(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory() && depth < import_chunk_ZFMTKNA4.LIMITS.maxTreeDepth) walk(import_node_path.default.join(dir, e.name), r, depth + 1);
      else if (e.isFile()) out.push(r);
    }
  };
  walk(import_node_path.default.join(root, "_assets"), "", 0);
  return out.sort(import_chunk_SAEB7QK7.byteOrder);
}
function safeName(name) {
  return name.replace(/[^A-Za-z0-9._-]+/g, "_");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  GITHUB_PATTERN,
  MARKETPLACE_PATTERN,
  bundle
});
