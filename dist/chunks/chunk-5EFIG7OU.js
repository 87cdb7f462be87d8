import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  NAME_PATTERN,
  VERSION_PATTERN,
  checksumOf,
  formatIdentifier,
  isValidIdentifier
} from "./chunk-5EIB45IJ.js";
import {
  SUMS_FILE,
  SUMS_LOCK,
  updateSums
} from "./chunk-3R4BH2PF.js";
import {
  SourceReadError,
  writeItems
} from "./chunk-36F662Q5.js";
import {
  ZipWriter
} from "./chunk-S5XCZML4.js";
import {
  commit,
  discardTemp,
  ensureDir,
  outputFailure,
  tempNamePattern,
  tempPathFor
} from "./chunk-EY7IQFHH.js";
import {
  vendorTokens
} from "./chunk-OOXWVKXK.js";
import {
  SelectionSource
} from "./chunk-ZQENFKUT.js";
import {
  compilePython,
  validateSource
} from "./chunk-AFI7Z2DL.js";
import {
  DEFAULT_MAX_SIZE,
  patternMatcher,
  selectFiles
} from "./chunk-RN7JU5ET.js";
import {
  PrivateKeySniffer
} from "./chunk-LWEEHDDH.js";
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
  FileReadError,
  readRegularFile
} from "./chunk-HKI4UFJS.js";
import {
  NOT_EXECUTABLE,
  NOT_FOUND,
  processRunner
} from "./chunk-277J5JLG.js";
import {
  CheckFailedError,
  EnvironmentError,
  UsageError,
  errorMessage
} from "./chunk-62OAMW2I.js";
import {
  finding
} from "./chunk-ZGFNRH4I.js";
import {
  byteOrder
} from "./chunk-2IS3DTRP.js";
import {
  applyPolicy,
  countFindings
} from "./chunk-RQVOJRQL.js";

// src/package/package.ts
import path3 from "node:path";

// src/package/package-paths.ts
import { statSync } from "node:fs";
import path from "node:path";
function resolveOutput(full) {
  if (!full.toLowerCase().endsWith(".difypkg")) return { dir: full };
  try {
    if (statSync(full).isDirectory()) return { dir: full };
  } catch {
  }
  return { dir: path.dirname(full), file: path.basename(full) };
}
function readManifest(root, label) {
  let stats;
  try {
    stats = statSync(root);
  } catch {
    throw new UsageError(
      `${label} does not exist`,
      "Pass the plugin directory (the folder holding manifest.yaml)."
    );
  }
  if (!stats.isDirectory()) {
    throw new UsageError(
      `${label} is a file; package takes a plugin directory`,
      root.endsWith(".difypkg") ? "To look inside a package, run `dify-plugin-release inspect`." : void 0
    );
  }
  try {
    return readRegularFile(path.join(root, MANIFEST), { maxBytes: LIMITS.maxYamlBytes, label: MANIFEST });
  } catch (error) {
    if (error instanceof FileReadError && error.reason === "missing") {
      throw new UsageError(
        `no manifest.yaml in ${label}: it is not a Dify plugin directory`,
        "Pass the plugin directory (the folder holding manifest.yaml)."
      );
    }
    return Buffer.alloc(0);
  }
}
function maxSizeBytes(mib) {
  if (mib === void 0) return DEFAULT_MAX_SIZE;
  if (!Number.isFinite(mib) || mib <= 0) {
    throw new UsageError(`--max-size must be a positive number of MiB, not ${mib}`);
  }
  return Math.floor(mib * 1024 * 1024);
}
function outputsInside(root, outDir, name, version, baseName) {
  const rel = path.relative(root, outDir);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return [];
  const prefix = rel ? `${rel.split(path.sep).join("/")}/` : "";
  const bases = [.../* @__PURE__ */ new Set([baseName(name, version), `${name}-${version}`])];
  const files = [
    SUMS_FILE,
    ...name && version ? bases.flatMap((b) => [`${b}.difypkg`, `${b}.signed.difypkg`]) : []
  ];
  const esc = (t) => t.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const escaped = esc(prefix);
  return [
    ...files.map((f) => `${prefix}${f}`),
    `${prefix}${SUMS_LOCK}`,
    new RegExp(`^${escaped}(?:${files.map(tempNamePattern).join("|")})$`),
    ...name && version ? [
      new RegExp(
        `^${escaped}${esc(`${name}-${version}`)}-offline-[a-z0-9]+-[a-z0-9]+(?:\\.signed)?\\.difypkg$`
      )
    ] : []
  ];
}

// src/package/package-write.ts
var SNIFF_LIMIT = 1024 * 1024;
async function writePackage(target, boundary, files, generated, allowed, onProgress) {
  const leaks = [];
  const contents = /* @__PURE__ */ new Map();
  const sniff = (rel, size) => {
    if (size > SNIFF_LIMIT || allowed(rel)) return void 0;
    const sniffer = new PrivateKeySniffer();
    let reported = false;
    const chunks = [];
    contents.set(rel, chunks);
    return (chunk) => {
      chunks.push(Buffer.from(chunk));
      sniffer.push(chunk);
      if (sniffer.found && !reported) {
        reported = true;
        leaks.push(
          finding("DPR411", `${rel} contains a PEM private key; refusing to package it`, {
            file: rel,
            fix: `Remove the key from the file (load it from a credential at run time), or if it is a test fixture, allow it with --allow-file ${rel}.`
          })
        );
      }
    };
  };
  const items = [
    ...files.map((f) => ({
      path: f.path,
      source: f.source,
      // A file reached through a link is checked to still lead inside the repository.
      root: f.linked ? boundary : void 0,
      tap: sniff(f.path, f.size)
    })),
    ...[...generated].map(([p, data]) => ({ path: p, data }))
  ].sort((a, b) => byteOrder(a.path, b.path));
  const temp = tempPathFor(target);
  const writer = await ZipWriter.create(temp);
  try {
    await writeItems(writer, items, onProgress).catch((error) => {
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
      discard: async () => discardTemp(temp)
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
    for (const t of vendorTokens(bytes.toString("utf8")).slice(0, 3)) {
      out.push(
        finding("DPR414", `${rel} holds ${t.what} (${t.masked}); refusing to package it`, {
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
  if (error instanceof SourceReadError) {
    return new CheckFailedError(
      `a file cannot be read while packaging: ${errorMessage(error)}`,
      "Check that nothing else is changing the plugin while it is packaged."
    );
  }
  return outputFailure(error, target, "the package ");
}

// src/package/requirements.ts
import { statSync as statSync2 } from "node:fs";
import path2 from "node:path";
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
async function generateRequirements(root, runner = processRunner, env = process.env) {
  const uv = env.UV_PATH || "uv";
  const result = await runner.run(uv, UV_EXPORT_ARGS, { cwd: root, env });
  const manual = `uv ${UV_EXPORT_ARGS.join(" ")} > requirements.txt`;
  if (result.code === NOT_EXECUTABLE) {
    throw new EnvironmentError(
      `${env.UV_PATH ? `UV_PATH is ${env.UV_PATH}, which` : "uv"} cannot be executed (${result.stderr.trim() || "permission denied"}); it is needed to generate requirements.txt from uv.lock`,
      `Point UV_PATH at the uv executable (chmod +x it), or commit a requirements.txt made with: ${manual}`
    );
  }
  if (result.code === NOT_FOUND) {
    throw new EnvironmentError(
      env.UV_PATH ? `UV_PATH is ${env.UV_PATH}, which cannot be run; it is needed to generate requirements.txt from uv.lock` : "this plugin has pyproject.toml and uv.lock but no requirements.txt, so requirements.txt is generated with `uv export` (as the Dify CLI does), and uv is not installed",
      `Install uv (https://docs.astral.sh/uv/; in GitHub Actions, astral-sh/setup-uv), or set UV_PATH, or commit a requirements.txt made with: ${manual}`
    );
  }
  if (result.code !== 0) {
    throw new CheckFailedError(
      `uv export failed: ${result.stderr.trim() || `exit code ${result.code}`}`,
      `Run \`${manual}\` in ${root} to see the problem; \`uv lock\` refreshes an outdated uv.lock.`
    );
  }
  return Buffer.from(result.stdout, "utf8");
}
function exists(root, name) {
  try {
    statSync2(path2.join(root, name));
    return true;
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") return false;
    throw new EnvironmentError(`cannot check ${name} in ${root}: ${error.message}`);
  }
}

// src/package/package.ts
async function packagePlugin(options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const root = path3.resolve(cwd, options.path ?? ".");
  const label = path3.relative(cwd, root) || ".";
  const manifestBytes = readManifest(root, label);
  const manifest = parseYamlBytes(MANIFEST, manifestBytes);
  const name = manifest.scalarText("/name");
  const version = manifest.scalarText("/version");
  const language = getAt(manifest.value, "/meta/runner/language");
  const generated = new Map(options.rewrite?.generated ?? []);
  const early = [];
  if (!generated.has(REQUIREMENTS) && needsGeneratedRequirements(root, language)) {
    generated.set(REQUIREMENTS, await generateRequirements(root, options.runner, options.env));
    early.push(
      finding(
        "DPR409",
        "requirements.txt is generated from uv.lock with `uv export` (as the Dify CLI does)",
        {
          file: REQUIREMENTS
        }
      )
    );
  }
  const maxSize = maxSizeBytes(options.maxSizeMiB);
  const output = resolveOutput(path3.resolve(cwd, options.outDir ?? "."));
  const outDir = output.dir;
  const rewrite = options.rewrite;
  const baseName = (n, v) => rewrite && n && v ? rewrite.baseName(n, v) : `${n}-${v}`;
  const selection = selectFiles(root, {
    allowFiles: options.allowFiles,
    maxSize,
    extra: [...[...generated].map(([p, data]) => ({ path: p, size: data.length })), ...rewrite?.add ?? []],
    exclude: [...outputsInside(root, outDir, name, version, baseName), ...rewrite?.exclude ?? []]
  });
  if (rewrite) {
    selection.files = [...selection.files, ...rewrite.add].sort((a, b) => byteOrder(a.path, b.path));
  }
  const packaged = /* @__PURE__ */ new Set([...selection.files.map((f) => f.path), ...generated.keys()]);
  if (language === "python" && !packaged.has(REQUIREMENTS) && !packaged.has("pyproject.toml")) {
    early.push(
      finding(
        "DPR413",
        "neither requirements.txt nor pyproject.toml is packaged: Dify installs no dependencies",
        {
          fix: "Add requirements.txt (or pyproject.toml with uv.lock), and check that .difyignore does not exclude it."
        }
      )
    );
  }
  const selectionOk = countFindings(policyOf(options)([...early, ...selection.findings])).errors === 0;
  const nameOk = NAME_PATTERN.test(name ?? "") && VERSION_PATTERN.test(version ?? "");
  const fileName = output.file ?? `${baseName(name, version)}.difypkg`;
  const target = path3.join(outDir, fileName);
  let writing;
  if (selectionOk && nameOk) {
    if (path3.dirname(target) !== outDir) {
      throw new Error(`the package name ${JSON.stringify(fileName)} would leave the output directory`);
    }
    ensureDir(outDir);
    writing = writePackage(
      target,
      selection.boundary,
      selection.files,
      generated,
      patternMatcher(options.allowFiles ?? []),
      options.onProgress
    );
    writing.catch(() => void 0);
  }
  let validated;
  let compiled;
  try {
    const compiling = compileShipped(selection.files, options, selection.boundary);
    validated = await validateSource(
      new SelectionSource(selection.files, generated, label, selection.boundary, selection.refused),
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
  if (countFindings(findings).errors > 0 || !writing) {
    await writing?.then((w) => w.discard()).catch(() => void 0);
    if (countFindings(findings).errors === 0 && selectionOk && !nameOk) {
      throw new CheckFailedError(
        `the name "${name ?? ""}" and version "${version ?? ""}" do not make a valid identifier; Dify would refuse the package`,
        "Use a lower-case name ([a-z0-9_-]) and a version like 1.2.3."
      );
    }
    return result;
  }
  const written = await writing;
  result.findings.push(...policyOf(options)(written.leaks));
  const checksum = checksumOf(written.entries);
  const identifier = formatIdentifier(result.author ?? "", name, version, checksum);
  if (countFindings(result.findings).errors > 0 || !isValidIdentifier(identifier)) {
    await written.discard();
    if (countFindings(result.findings).errors > 0) return result;
    throw new CheckFailedError(
      `the identifier ${identifier} does not match the daemon's pattern; Dify would refuse the package`,
      "Use a lower-case author and name ([a-z0-9_-]) and a version like 1.2.3."
    );
  }
  commit(written.temp, target);
  const sizes = new Map(written.entries.map((e) => [e.name, e.compressedSize]));
  result.files = [
    ...selection.files.map((f) => ({ path: f.path, size: f.size, compressedSize: sizes.get(f.path) })),
    ...[...generated].map(([p, d]) => ({ path: p, size: d.length, compressedSize: sizes.get(p) }))
  ].sort((a, b) => byteOrder(a.path, b.path));
  Object.assign(result, { path: target, size: written.size, sha256: written.sha256, checksum, identifier });
  result.sumsFile = updateSums(outDir, fileName, written.sha256);
  return result;
}
async function compileShipped(files, options, boundary) {
  const py = [];
  for (const f of files) {
    if (!f.path.endsWith(".py")) continue;
    try {
      py.push({
        plugin: ".",
        path: f.path,
        bytes: readRegularFile(f.source, { maxBytes: LIMITS.maxPackageBytes, root: boundary, label: f.path })
      });
    } catch {
    }
  }
  const outcome = await compilePython(py, options.runner ?? processRunner, {
    env: options.env ?? process.env
  });
  return [...outcome.byPlugin.get(".") ?? [], ...outcome.notice ? [outcome.notice] : []];
}
function policyOf(options) {
  return options.policy ?? ((findings) => applyPolicy(findings, options));
}

export {
  packagePlugin
};
