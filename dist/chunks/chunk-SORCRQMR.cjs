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
  packagePlugin: () => packagePlugin
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_7DITFGIQ = require("./chunk-7DITFGIQ.cjs");
var import_chunk_PD4DO7MN = require("./chunk-PD4DO7MN.cjs");
var import_chunk_XAGCTRHJ = require("./chunk-XAGCTRHJ.cjs");
var import_chunk_NWBBVL5O = require("./chunk-NWBBVL5O.cjs");
var import_chunk_TPCKOOU5 = require("./chunk-TPCKOOU5.cjs");
var import_chunk_J3MQ6CG5 = require("./chunk-J3MQ6CG5.cjs");
var import_chunk_Q55RSBNO = require("./chunk-Q55RSBNO.cjs");
var import_chunk_SZJBJCIK = require("./chunk-SZJBJCIK.cjs");
var import_chunk_YS5KZLZ7 = require("./chunk-YS5KZLZ7.cjs");
var import_chunk_SAEWK2QX = require("./chunk-SAEWK2QX.cjs");
var import_chunk_RSCBOPBN = require("./chunk-RSCBOPBN.cjs");
var import_chunk_R6ZEAHMN = require("./chunk-R6ZEAHMN.cjs");
var import_chunk_ZFMTKNA4 = require("./chunk-ZFMTKNA4.cjs");
var import_chunk_C7Z2DSUT = require("./chunk-C7Z2DSUT.cjs");
var import_chunk_JBHNGCYE = require("./chunk-JBHNGCYE.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_chunk_SAEB7QK7 = require("./chunk-SAEB7QK7.cjs");
var import_chunk_YK7KIND3 = require("./chunk-YK7KIND3.cjs");
var import_node_path = __dprBuiltin(require("node:path"));
var import_node_fs = require("node:fs");
var import_node_path2 = __dprBuiltin(require("node:path"));
var import_node_fs2 = require("node:fs");
var import_node_path3 = __dprBuiltin(require("node:path"));
var READ_AHEAD_FILE = 1024 * 1024;
var READ_AHEAD_TOTAL = 32 * 1024 * 1024;
function readSmallFiles(files, boundary) {
  const out = /* @__PURE__ */ new Map();
  let total = 0;
  for (const f of files) {
    if (f.size > READ_AHEAD_FILE || total + f.size > READ_AHEAD_TOTAL) continue;
    try {
      const bytes = (0, import_chunk_C7Z2DSUT.readRegularFile)(f.source, { maxBytes: READ_AHEAD_FILE, root: boundary, label: f.path });
      out.set(f.path, bytes);
      total += bytes.length;
    } catch {
    }
  }
  return out;
}
function resolveOutput(full) {
  if (!full.toLowerCase().endsWith(".difypkg")) return { dir: full };
  try {
    if ((0, import_node_fs.statSync)(full).isDirectory()) return { dir: full };
  } catch {
  }
  return { dir: import_node_path2.default.dirname(full), file: import_node_path2.default.basename(full) };
}
function readManifest(root, label) {
  let stats;
  try {
    stats = (0, import_node_fs.statSync)(root);
  } catch {
    throw new import_chunk_NG6BV4S6.UsageError(
      `${label} does not exist`,
      "Pass the plugin directory (the folder holding manifest.yaml)."
    );
  }
  if (!stats.isDirectory()) {
    throw new import_chunk_NG6BV4S6.UsageError(
      `${label} is a file; package takes a plugin directory`,
      root.endsWith(".difypkg") ? "To look inside a package, run `dify-plugin-release inspect`." : void 0
    );
  }
  try {
    return (0, import_chunk_C7Z2DSUT.readRegularFile)(import_node_path2.default.join(root, import_chunk_RSCBOPBN.MANIFEST), { maxBytes: import_chunk_ZFMTKNA4.LIMITS.maxYamlBytes, label: import_chunk_RSCBOPBN.MANIFEST });
  } catch (error) {
    if (error instanceof import_chunk_C7Z2DSUT.FileReadError && error.reason === "missing") {
      throw new import_chunk_NG6BV4S6.UsageError(
        `no manifest.yaml in ${label}: it is not a Dify plugin directory`,
        "Pass the plugin directory (the folder holding manifest.yaml)."
      );
    }
    return Buffer.alloc(0);
  }
}
function maxSizeBytes(mib) {
  if (mib === void 0) return import_chunk_YS5KZLZ7.DEFAULT_MAX_SIZE;
  if (!Number.isFinite(mib) || mib <= 0) {
    throw new import_chunk_NG6BV4S6.UsageError(`--max-size must be a positive number of MiB, not ${mib}`);
  }
  return Math.floor(mib * 1024 * 1024);
}
function outputsInside(root, outDir, name, version, baseName) {
  const rel = import_node_path2.default.relative(root, outDir);
  if (rel.startsWith("..") || import_node_path2.default.isAbsolute(rel)) return [];
  const prefix = rel ? `${rel.split(import_node_path2.default.sep).join("/")}/` : "";
  const bases = [.../* @__PURE__ */ new Set([baseName(name, version), `${name}-${version}`])];
  const files = [
    import_chunk_7DITFGIQ.SUMS_FILE,
    ...name && version ? bases.flatMap((b) => [`${b}.difypkg`, `${b}.signed.difypkg`]) : []
  ];
  const esc = (t) => t.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const escaped = esc(prefix);
  return [
    ...files.map((f) => `${prefix}${f}`),
    `${prefix}${import_chunk_7DITFGIQ.SUMS_LOCK}`,
    new RegExp(`^${escaped}(?:${files.map(import_chunk_TPCKOOU5.tempNamePattern).join("|")})$`),
    ...name && version ? [
      new RegExp(
        `^${escaped}${esc(`${name}-${version}`)}-offline-[a-z0-9]+-[a-z0-9]+(?:\\.signed)?\\.difypkg$`
      )
    ] : []
  ];
}
var SNIFF_LIMIT = 1024 * 1024;
async function writePackage(target, boundary, files, generated, preread, allowed, onProgress) {
  const leaks = [];
  const contents = /* @__PURE__ */ new Map();
  const sniff = (rel, size, data) => {
    if (size > SNIFF_LIMIT || allowed(rel)) return void 0;
    const sniffer = new import_chunk_SAEWK2QX.PrivateKeySniffer();
    let reported = false;
    const chunks = data ? [data] : [];
    contents.set(rel, chunks);
    return (chunk) => {
      if (!data) chunks.push(Buffer.from(chunk));
      sniffer.push(chunk);
      if (sniffer.found && !reported) {
        reported = true;
        leaks.push(
          (0, import_chunk_AIBAUOYI.finding)("DPR411", `${rel} contains a PEM private key; refusing to package it`, {
            file: rel,
            fix: `Remove the key from the file (load it from a credential at run time), or if it is a test fixture, allow it with --allow-file ${rel}.`
          })
        );
      }
    };
  };
  const items = [
    ...files.map((f) => {
      const data = preread.get(f.path);
      return {
        path: f.path,
        source: f.source,
        data,
        root: f.linked ? boundary : void 0,
        tap: sniff(f.path, f.size, data)
      };
    }),
    ...[...generated].map(([p, data]) => ({ path: p, data }))
  ].sort((a, b) => (0, import_chunk_SAEB7QK7.byteOrder)(a.path, b.path));
  const temp = (0, import_chunk_TPCKOOU5.tempPathFor)(target);
  const writer = await import_chunk_NWBBVL5O.ZipWriter.create(temp);
  try {
    await (0, import_chunk_XAGCTRHJ.writeItems)(writer, items, onProgress).catch((error) => {
      throw writeFailure(error, target);
    });
    const done = await writer.finish().catch((error) => {
      throw writeFailure(error, target);
    });
    leaks.push(...tokenLeaks(contents));
    return {
      temp,
      ...done,
      leaks,
      discard: async () => (0, import_chunk_TPCKOOU5.discardTemp)(temp)
    };
  } catch (error) {
    await writer.abort();
    throw error;
  }
}
function tokenLeaks(contents) {
  const out = [];
  for (const [rel, chunks] of contents) {
    const bytes = Buffer.concat(chunks);
    if (bytes.subarray(0, 4096).includes(0)) continue;
    for (const t of (0, import_chunk_J3MQ6CG5.vendorTokens)(bytes.toString("utf8")).slice(0, 3)) {
      out.push(
        (0, import_chunk_AIBAUOYI.finding)("DPR414", `${rel} holds ${t.what} (${t.masked}); refusing to package it`, {
          file: rel,
          line: t.line,
          column: t.column,
          fix: `Remove the token (revoke it if it is real) and read it from the provider's credentials at run time; if it is a fake for tests, allow the file with --allow-file ${rel}.`
        })
      );
    }
  }
  return out;
}
function writeFailure(error, target) {
  if (error instanceof import_chunk_XAGCTRHJ.SourceReadError) {
    return new import_chunk_NG6BV4S6.CheckFailedError(
      `a file cannot be read while packaging: ${(0, import_chunk_NG6BV4S6.errorMessage)(error)}`,
      "Check that nothing else is changing the plugin while it is packaged."
    );
  }
  return (0, import_chunk_TPCKOOU5.outputFailure)(error, target, "the package ");
}
var REQUIREMENTS = "requirements.txt";
var UV_EXPORT_ARGS = [
  "export",
  "--frozen",
  "--format",
  "requirements.txt",
  "--no-group",
  "dev",
  "--no-emit-project",
  "--no-hashes",
  "--no-header",
  "--no-annotate"
];
function needsGeneratedRequirements(root, runnerLanguage) {
  if (runnerLanguage !== "python") return false;
  if (exists(root, REQUIREMENTS)) return false;
  return exists(root, "pyproject.toml") && exists(root, "uv.lock");
}
async function generateRequirements(root, runner = import_chunk_JBHNGCYE.processRunner, env = process.env) {
  const uv = env.UV_PATH || "uv";
  const result = await runner.run(uv, UV_EXPORT_ARGS, { cwd: root, env });
  const manual = `uv ${UV_EXPORT_ARGS.join(" ")} > requirements.txt`;
  if (result.code === import_chunk_JBHNGCYE.NOT_EXECUTABLE) {
    throw new import_chunk_NG6BV4S6.EnvironmentError(
      `${env.UV_PATH ? `UV_PATH is ${env.UV_PATH}, which` : "uv"} cannot be executed (${result.stderr.trim() || "permission denied"}); it is needed to generate requirements.txt from uv.lock`,
      `Point UV_PATH at the uv executable (chmod +x it), or commit a requirements.txt made with: ${manual}`
    );
  }
  if (result.code === import_chunk_JBHNGCYE.NOT_FOUND) {
    throw new import_chunk_NG6BV4S6.EnvironmentError(
      env.UV_PATH ? `UV_PATH is ${env.UV_PATH}, which cannot be run; it is needed to generate requirements.txt from uv.lock` : "this plugin has pyproject.toml and uv.lock but no requirements.txt, so requirements.txt is generated with `uv export` (as the Dify CLI does), and uv is not installed",
      `Install uv (https://docs.astral.sh/uv/; in GitHub Actions, astral-sh/setup-uv), or set UV_PATH, or commit a requirements.txt made with: ${manual}`
    );
  }
  if (result.code !== 0) {
    throw new import_chunk_NG6BV4S6.CheckFailedError(
      `uv export failed: ${result.stderr.trim() || `exit code ${result.code}`}`,
      `Run \`${manual}\` in ${root} to see the problem; \`uv lock\` refreshes an outdated uv.lock.`
    );
  }
  return Buffer.from(result.stdout, "utf8");
}
function exists(root, name) {
  try {
    (0, import_node_fs2.statSync)(import_node_path3.default.join(root, name));
    return true;
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") return false;
    throw new import_chunk_NG6BV4S6.EnvironmentError(`cannot check ${name} in ${root}: ${error.message}`);
  }
}
async function packagePlugin(options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const root = import_node_path.default.resolve(cwd, options.path ?? ".");
  const label = import_node_path.default.relative(cwd, root) || ".";
  const manifestBytes = readManifest(root, label);
  const manifest = (0, import_chunk_R6ZEAHMN.parseYamlBytes)(import_chunk_RSCBOPBN.MANIFEST, manifestBytes);
  const name = manifest.scalarText("/name");
  const version = manifest.scalarText("/version");
  const language = (0, import_chunk_R6ZEAHMN.getAt)(manifest.value, "/meta/runner/language");
  const generated = new Map(options.rewrite?.generated ?? []);
  const early = [];
  if (!generated.has(REQUIREMENTS) && needsGeneratedRequirements(root, language)) {
    generated.set(REQUIREMENTS, await generateRequirements(root, options.runner, options.env));
    early.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR409",
        "requirements.txt is generated from uv.lock with `uv export` (as the Dify CLI does)",
        {
          file: REQUIREMENTS
        }
      )
    );
  }
  const maxSize = maxSizeBytes(options.maxSizeMiB);
  const output = resolveOutput(import_node_path.default.resolve(cwd, options.outDir ?? "."));
  const outDir = output.dir;
  const rewrite = options.rewrite;
  const baseName = (n, v) => rewrite && n && v ? rewrite.baseName(n, v) : `${n}-${v}`;
  const selection = (0, import_chunk_YS5KZLZ7.selectFiles)(root, {
    allowFiles: options.allowFiles,
    maxSize,
    extra: [...[...generated].map(([p, data]) => ({ path: p, size: data.length })), ...rewrite?.add ?? []],
    exclude: [...outputsInside(root, outDir, name, version, baseName), ...rewrite?.exclude ?? []]
  });
  if (rewrite) {
    selection.files = [...selection.files, ...rewrite.add].sort((a, b) => (0, import_chunk_SAEB7QK7.byteOrder)(a.path, b.path));
  }
  const contents = readSmallFiles(selection.files, selection.boundary);
  const packaged = /* @__PURE__ */ new Set([...selection.files.map((f) => f.path), ...generated.keys()]);
  if (language === "python" && !packaged.has(REQUIREMENTS) && !packaged.has("pyproject.toml")) {
    early.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR413",
        "neither requirements.txt nor pyproject.toml is packaged: Dify installs no dependencies",
        {
          fix: "Add requirements.txt (or pyproject.toml with uv.lock), and check that .difyignore does not exclude it."
        }
      )
    );
  }
  const selectionOk = (0, import_chunk_YK7KIND3.countFindings)(policyOf(options)([...early, ...selection.findings])).errors === 0;
  const nameOk = import_chunk_PD4DO7MN.NAME_PATTERN.test(name ?? "") && import_chunk_PD4DO7MN.VERSION_PATTERN.test(version ?? "");
  const fileName = output.file ?? `${baseName(name, version)}.difypkg`;
  const target = import_node_path.default.join(outDir, fileName);
  let writing;
  if (selectionOk && nameOk) {
    if (import_node_path.default.dirname(target) !== outDir) {
      throw new Error(`the package name ${JSON.stringify(fileName)} would leave the output directory`);
    }
    (0, import_chunk_TPCKOOU5.ensureDir)(outDir);
    writing = writePackage(
      target,
      selection.boundary,
      selection.files,
      generated,
      contents,
      (0, import_chunk_YS5KZLZ7.patternMatcher)(options.allowFiles ?? []),
      options.onProgress
    );
    writing.catch(() => void 0);
  }
  let validated;
  let compiled;
  try {
    const compiling = compileShipped(selection.files, contents, options, selection.boundary);
    validated = await (0, import_chunk_SZJBJCIK.validateSource)(
      new import_chunk_Q55RSBNO.SelectionSource(selection.files, generated, label, selection.boundary, selection.refused, contents),
      void 0,
      { bytes: manifestBytes, file: manifest }
    );
    compiled = await compiling;
  } catch (error) {
    await writing?.then((w) => w.discard()).catch(() => void 0);
    throw error;
  }
  const { plugin, findings: validation } = validated;
  const findings = policyOf(options)([...early, ...selection.findings, ...validation, ...compiled]);
  const result = {
    name: plugin.manifest.scalarText("/name"),
    version: plugin.manifest.scalarText("/version"),
    author: plugin.manifest.scalarText("/author") ?? "",
    files: selection.files.map((f) => ({ path: f.path, size: f.size })),
    generated: [...generated.keys()],
    ignoreFile: selection.ignoreFile,
    totalSize: selection.totalSize,
    findings
  };
  if ((0, import_chunk_YK7KIND3.countFindings)(findings).errors > 0 || !writing) {
    await writing?.then((w) => w.discard()).catch(() => void 0);
    if ((0, import_chunk_YK7KIND3.countFindings)(findings).errors === 0 && selectionOk && !nameOk) {
      throw new import_chunk_NG6BV4S6.CheckFailedError(
        `the name "${name ?? ""}" and version "${version ?? ""}" do not make a valid identifier; Dify would refuse the package`,
        "Use a lower-case name ([a-z0-9_-]) and a version like 1.2.3."
      );
    }
    return result;
  }
  const written = await writing;
  result.findings.push(...policyOf(options)(written.leaks));
  const checksum = (0, import_chunk_PD4DO7MN.checksumOf)(written.entries);
  const identifier = (0, import_chunk_PD4DO7MN.formatIdentifier)(result.author ?? "", name, version, checksum);
  if ((0, import_chunk_YK7KIND3.countFindings)(result.findings).errors > 0 || !(0, import_chunk_PD4DO7MN.isValidIdentifier)(identifier)) {
    await written.discard();
    if ((0, import_chunk_YK7KIND3.countFindings)(result.findings).errors > 0) return result;
    throw new import_chunk_NG6BV4S6.CheckFailedError(
      `the identifier ${identifier} does not match the daemon's pattern; Dify would refuse the package`,
      "Use a lower-case author and name ([a-z0-9_-]) and a version like 1.2.3."
    );
  }
  (0, import_chunk_TPCKOOU5.commit)(written.temp, target);
  const sizes = new Map(written.entries.map((e) => [e.name, e.compressedSize]));
  result.files = [
    ...selection.files.map((f) => ({ path: f.path, size: f.size, compressedSize: sizes.get(f.path) })),
    ...[...generated].map(([p, d]) => ({ path: p, size: d.length, compressedSize: sizes.get(p) }))
  ].sort((a, b) => (0, import_chunk_SAEB7QK7.byteOrder)(a.path, b.path));
  Object.assign(result, { path: target, size: written.size, sha256: written.sha256, checksum, identifier });
  result.sumsFile = (0, import_chunk_7DITFGIQ.updateSums)(outDir, fileName, written.sha256);
  return result;
}
async function compileShipped(files, contents, options, boundary) {
  const py = [];
  for (const f of files) {
    if (!f.path.endsWith(".py")) continue;
    try {
      py.push({
        plugin: ".",
        path: f.path,
        bytes: contents.get(f.path) ?? (0, import_chunk_C7Z2DSUT.readRegularFile)(f.source, { maxBytes: import_chunk_ZFMTKNA4.LIMITS.maxPackageBytes, root: boundary, label: f.path })
      });
    } catch {
    }
  }
  const outcome = await (0, import_chunk_SZJBJCIK.compilePython)(py, options.runner ?? import_chunk_JBHNGCYE.processRunner, {
    env: options.env ?? process.env
  });
  return [...outcome.byPlugin.get(".") ?? [], ...outcome.notice ? [outcome.notice] : []];
}
function policyOf(options) {
  return options.policy ?? ((findings) => (0, import_chunk_YK7KIND3.applyPolicy)(findings, options));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  packagePlugin
});
