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
  OFFICIAL_GATE_CODES: () => OFFICIAL_GATE_CODES,
  checkMarketplace: () => checkMarketplace,
  checkTarget: () => checkTarget,
  directoryFindings: () => directoryFindings,
  marketplaceProfile: () => marketplaceProfile,
  marketplaceRules: () => marketplaceRules,
  mergeWithValidation: () => mergeWithValidation,
  officialProfile: () => officialProfile,
  resolveOptions: () => resolveOptions
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_5RUZWPG3 = require("./chunk-5RUZWPG3.cjs");
var import_chunk_J3MQ6CG5 = require("./chunk-J3MQ6CG5.cjs");
var import_chunk_Q55RSBNO = require("./chunk-Q55RSBNO.cjs");
var import_chunk_MYI4MX5U = require("./chunk-MYI4MX5U.cjs");
var import_chunk_ZAGPN3OK = require("./chunk-ZAGPN3OK.cjs");
var import_chunk_SZJBJCIK = require("./chunk-SZJBJCIK.cjs");
var import_chunk_YS5KZLZ7 = require("./chunk-YS5KZLZ7.cjs");
var import_chunk_RSCBOPBN = require("./chunk-RSCBOPBN.cjs");
var import_chunk_R6ZEAHMN = require("./chunk-R6ZEAHMN.cjs");
var import_chunk_ZFMTKNA4 = require("./chunk-ZFMTKNA4.cjs");
var import_chunk_C7Z2DSUT = require("./chunk-C7Z2DSUT.cjs");
var import_chunk_CYKMR5N3 = require("./chunk-CYKMR5N3.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_node_fs = require("node:fs");
var import_node_path = __dprBuiltin(require("node:path"));
var import_node_path2 = __dprBuiltin(require("node:path"));
var import_node_path3 = __dprBuiltin(require("node:path"));
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["__pycache__", ".git", ".hg", ".svn"]);
var MAGIC = [
  [[127, 69, 76, 70], "an ELF executable or shared object"],
  [[77, 90], "a Windows PE executable or DLL"],
  [[254, 237, 250, 206], "a Mach-O binary"],
  [[254, 237, 250, 207], "a Mach-O 64-bit binary"],
  [[206, 250, 237, 254], "a Mach-O binary"],
  [[207, 250, 237, 254], "a Mach-O 64-bit binary"],
  [[202, 254, 186, 190], "a Mach-O universal binary (or a Java class file)"],
  [[202, 254, 186, 191], "a Mach-O universal binary"]
];
var NATIVE_SUFFIXES = /* @__PURE__ */ new Map([
  [".dll", "a Windows dynamic library"],
  [".dylib", "a macOS dynamic library"],
  [".exe", "a Windows executable"],
  [".node", "a native Node.js addon"],
  [".pyd", "a native Python extension"],
  [".so", "a native shared library"]
]);
var REVIEW_SUFFIXES = /* @__PURE__ */ new Map([
  [".app", "an application bundle"],
  [".bin", "a binary-like file"],
  [".command", "a macOS command script"],
  [".run", "an installer-like file"],
  [".sh", "a shell script"]
]);
var DAEMON_BINARY = /^(?:dify-plugin-linux-.+|dify-plugin-darwin-.+|dify-plugin-windows-.+\.exe)$/i;
async function binaryRules(ctx) {
  const out = [];
  for (const file of ctx.access.files) {
    const dirs = file.path.split("/").slice(0, -1);
    if (dirs.some((d) => SKIPPED_DIRS.has(d))) continue;
    const name = (0, import_chunk_5RUZWPG3.baseName)(file.path);
    const inWheel = file.path.split("/").some((p) => p.endsWith(".whl"));
    const severity = inWheel ? "warning" : "error";
    const wheelNote = inWheel ? " (inside a wheel, so a reviewer decides)" : "";
    const suffix = (0, import_chunk_5RUZWPG3.pySuffix)(name);
    if (DAEMON_BINARY.test(name)) {
      out.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR523",
          `${file.path} is named like the Dify plugin daemon/CLI binary: the marketplace refuses it`,
          {
            file: file.path,
            fix: "Remove the CLI binary from the plugin directory or exclude it in .difyignore."
          }
        )
      );
    }
    const head = await ctx.access.head(file.path, 8);
    const magic = head && MAGIC.find(([bytes]) => bytes.every((b, i) => head[i] === b));
    if (magic) {
      out.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR520",
          `${file.path} is ${magic[1]} (by its first bytes)${wheelNote}: the marketplace blocks native binaries`,
          {
            file: file.path,
            severity,
            fix: "Do not ship compiled code; depend on a package from PyPI that provides it (wheels are installed per platform)."
          }
        )
      );
    } else if (NATIVE_SUFFIXES.has(suffix)) {
      out.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR521",
          `${file.path} has the suffix of ${NATIVE_SUFFIXES.get(suffix)}${wheelNote}: the marketplace blocks it`,
          {
            file: file.path,
            severity,
            fix: "Remove it or exclude it in .difyignore; native code must come from a dependency."
          }
        )
      );
    }
    if (REVIEW_SUFFIXES.has(suffix)) {
      out.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR522",
          `${file.path} is ${REVIEW_SUFFIXES.get(suffix)}: a marketplace reviewer checks what it runs`,
          {
            file: file.path,
            fix: "Exclude it in .difyignore unless the plugin runs it, and explain it in the PR if it does."
          }
        )
      );
    }
    if (file.mode !== void 0 && (file.mode & 73) !== 0) {
      const first = (await ctx.access.head(file.path, 200))?.toString("utf8").split(/\r?\n/)[0]?.trim() ?? "";
      const shebang = first.startsWith("#!") ? ` with the shebang \`${first}\`` : "";
      out.push(
        (0, import_chunk_AIBAUOYI.finding)("DPR524", `${file.path} is executable${shebang}: a marketplace reviewer checks it`, {
          file: file.path,
          fix: "Rebuild the package with `dify-plugin-release package` (it records no permissions), or clear the executable bit."
        })
      );
    }
  }
  return out;
}
var MAX_PACKAGE_BYTES = import_chunk_ZFMTKNA4.LIMITS.maxPackageBytes;
var MAX_PACKAGE_FILES = 5e3;
var BLOCKED_DIRS = /* @__PURE__ */ new Set([
  ".git",
  ".hg",
  ".svn",
  ".venv",
  "venv",
  "env",
  "__pycache__",
  ".pytest_cache",
  ".ruff_cache",
  ".mypy_cache",
  ".tox",
  ".nox",
  ".idea",
  ".vscode",
  "node_modules",
  "pycache"
]);
var REVIEW_DIRS = /* @__PURE__ */ new Set(["build", "dist"]);
var BLOCKED_NAMES = /* @__PURE__ */ new Set([".DS_Store", ".gitconfig", "Thumbs.db", "desktop.ini", "id_rsa"]);
var ENV_TEMPLATES = /* @__PURE__ */ new Set([".env.example", ".env.sample", ".env.template"]);
var BLOCKED_SUFFIXES = /* @__PURE__ */ new Set([
  ".key",
  ".pem",
  ".p12",
  ".pfx",
  ".pyc",
  ".pyo",
  ".log",
  ".tmp",
  ".swp",
  ".swo",
  ".bak"
]);
var ARCHIVE_SUFFIXES = /* @__PURE__ */ new Set([".zip", ".tar", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar"]);
function contentsRules(ctx) {
  const out = [];
  const blocked = /* @__PURE__ */ new Map();
  const review = /* @__PURE__ */ new Set();
  let total = 0;
  for (const file of ctx.access.files) {
    total += file.size;
    const parts = file.path.split("/");
    const dirs = parts.slice(0, -1);
    const hit = dirs.findIndex((d) => BLOCKED_DIRS.has(d));
    if (hit >= 0) {
      const dir = dirs.slice(0, hit + 1).join("/");
      blocked.set(dir, (blocked.get(dir) ?? 0) + 1);
      continue;
    }
    dirs.forEach((d, i) => {
      if (REVIEW_DIRS.has(d)) review.add(dirs.slice(0, i + 1).join("/"));
    });
    const name = (0, import_chunk_5RUZWPG3.baseName)(file.path);
    const suffix = (0, import_chunk_5RUZWPG3.pySuffix)(name);
    if (BLOCKED_NAMES.has(name) || isBlockedEnv(name)) {
      out.push(
        (0, import_chunk_AIBAUOYI.finding)("DPR503", `${file.path}: the marketplace blocks this file (${describeName(name)})`, {
          file: file.path,
          fix: `Remove it from the package: add ${name} to .difyignore.`
        })
      );
    } else if (BLOCKED_SUFFIXES.has(suffix)) {
      out.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR504",
          `${file.path}: the marketplace blocks *${suffix} files (keys, bytecode, logs, editor and backup files)`,
          {
            file: file.path,
            fix: `Add *${suffix} to .difyignore.`
          }
        )
      );
    } else if (ARCHIVE_SUFFIXES.has(suffix)) {
      out.push(
        (0, import_chunk_AIBAUOYI.finding)("DPR505", `${file.path} is an archive: a marketplace reviewer must look inside it`, {
          file: file.path,
          fix: "Ship the files unpacked, or exclude the archive in .difyignore if the plugin does not need it."
        })
      );
    }
  }
  for (const [dir, count] of blocked) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR501",
        `${dir}/ (${count} file${count === 1 ? "" : "s"}) is packaged: the marketplace blocks ${(0, import_chunk_5RUZWPG3.baseName)(dir)}/ directories`,
        { file: dir, fix: `Add ${(0, import_chunk_5RUZWPG3.baseName)(dir)}/ to .difyignore.` }
      )
    );
  }
  for (const dir of review) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR502", `${dir}/ is packaged: the marketplace asks a reviewer to check build output`, {
        file: dir,
        fix: `Exclude ${(0, import_chunk_5RUZWPG3.baseName)(dir)}/ in .difyignore unless the plugin loads files from it at run time.`
      })
    );
  }
  out.push(...venvAtRoot(ctx), ...sizeRules(ctx, total));
  return out;
}
function isBlockedEnv(name) {
  return !ENV_TEMPLATES.has(name) && (name === ".env" || name.startsWith(".env."));
}
function describeName(name) {
  if (name === ".env" || name.startsWith(".env.")) {
    return "environment files hold credentials; only .env.example, .env.sample and .env.template may ship";
  }
  if (name === "id_rsa") return "a private SSH key";
  if (name === ".gitconfig") return "a git configuration";
  return "operating-system metadata";
}
function venvAtRoot(ctx) {
  const roots = /* @__PURE__ */ new Set();
  for (const f of ctx.access.files) {
    const i = f.path.indexOf("/");
    if (i < 0) continue;
    const top = f.path.slice(0, i);
    if (/^\.?venv/.test(top) && !BLOCKED_DIRS.has(top)) roots.add(top);
  }
  const official = ctx.profile === "official";
  return [...roots].map(
    (dir) => (0, import_chunk_AIBAUOYI.finding)(
      "DPR508",
      `${dir}/ at the plugin root looks like a virtual environment${official ? ": the official repository refuses .venv*/venv* directories" : ""}`,
      {
        file: dir,
        severity: official ? "error" : "warning",
        fix: `Add ${dir}/ to .difyignore.`
      }
    )
  );
}
function sizeRules(ctx, total) {
  const out = [];
  const packageSize = ctx.access.packageSize;
  const files = ctx.access.files;
  if (packageSize !== void 0 && packageSize > MAX_PACKAGE_BYTES) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR506",
        `the .difypkg file is ${(0, import_chunk_CYKMR5N3.formatSize)(packageSize)}: the marketplace refuses packages over 50 MiB`,
        {
          fix: "Exclude what the plugin does not need at run time in .difyignore (data sets, media, vendored libraries)."
        }
      )
    );
  }
  if (total > MAX_PACKAGE_BYTES) {
    const largest = [...files].sort((a, b) => b.size - a.size).slice(0, 3).map((f) => `${f.path} (${(0, import_chunk_CYKMR5N3.formatSize)(f.size)})`).join(", ");
    out.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR506",
        `the packaged files add up to ${(0, import_chunk_CYKMR5N3.formatSize)(total)} uncompressed: the marketplace refuses more than 50 MiB; the largest: ${largest}`,
        { fix: "Exclude what the plugin does not need at run time in .difyignore." }
      )
    );
  }
  if (files.length > MAX_PACKAGE_FILES) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR507",
        `the package holds ${files.length} files: the marketplace refuses more than ${MAX_PACKAGE_FILES}`,
        {
          fix: "Exclude vendored or generated trees in .difyignore; dependencies belong in requirements.txt or pyproject.toml."
        }
      )
    );
  }
  return out;
}
var official_gates_default = {
  $comment: "The gates of langgenius/dify-official-plugins' CI (.github/workflows/pre-pr-check-per-plugin.yaml, read at commit 7af22831), and the finding codes that mirror each. `check --profile official` keeps these codes at their severity and reports every other marketplace rule as a warning. Validation errors (what Dify's CLI, daemon or SDK refuses) stay errors: the CI's `Package plugin` and `Check Plugin Install` steps refuse the same plugins.",
  workflow: ".github/workflows/pre-pr-check-per-plugin.yaml",
  commit: "7af22831",
  gates: [
    {
      step: "Check Release Notes",
      what: "the PR body has a non-empty `## Release Notes` section",
      codes: ["DPR573"]
    },
    {
      step: "Check Plugin Manifest Author",
      what: "`yq .author manifest.yaml | grep -q langgenius`: the author contains langgenius",
      codes: ["DPR533"]
    },
    {
      step: "Check If Version Exists",
      what: "the version is not on the marketplace yet (skipped without MARKETPLACE_BASE_URL)",
      codes: ["DPR570"]
    },
    {
      step: "Check for Disallowed Virtualenv Directories",
      what: "no `.venv*` or `venv*` directory at the plugin root (find -maxdepth 1 -type d)",
      codes: ["DPR508"]
    },
    {
      step: "Check Plugin pyproject.toml",
      what: "pyproject.toml exists at the plugin root",
      codes: ["DPR576"]
    },
    {
      step: "Check Packaging",
      what: "the marketplace uploader in test mode (skipped without marketplace credentials); its package step is the CLI's",
      codes: []
    },
    {
      step: "Package plugin",
      what: "`dify plugin package`: the CLI's refusals, reported by validate (layer cli/daemon)",
      codes: ["validation"]
    },
    {
      step: "Validate Dependencies",
      what: "uv.lock (uv sync --frozen) or requirements.txt (uv pip install) is required and installs",
      codes: ["DPR577", "DPR559"]
    },
    {
      step: "Check Plugin Install",
      what: "the toolkit's test-plugin-install.py starts the plugin: the SDK's start-up refusals, reported by validate (layer sdk)",
      codes: ["validation"]
    },
    {
      step: "Run tests",
      what: "pytest in the unpacked package, when it has tests/ (the `test` command)",
      codes: []
    }
  ]
};
var MIN_DIFY_PLUGIN = "0.9.0";
var LARGE = new Set(
  "chromadb faiss-cpu faiss-gpu jax llama-cpp-python opencv-contrib-python opencv-python opencv-python-headless paddlepaddle playwright pyppeteer selenium spacy tensorflow tensorflow-cpu torch torchaudio torchvision transformers".split(
    " "
  )
);
var IGNORED_OPTIONS = [
  "-c ",
  "--constraint ",
  "--extra-index-url ",
  "--find-links ",
  "--index-url ",
  "--no-binary ",
  "--only-binary ",
  "--trusted-host ",
  "--use-pep517",
  "--use-feature "
];
var OPERATOR = /(===|==|~=|!=|<=|>=|<|>|\^)/;
var DIRECT_URL = /(^|\s@)\s*(?:https?|ftp|file):\/\//i;
var LOCAL_PATH = /(^|\s@)\s*(?:\.\/|\.\.\/|\/)/;
var LOWER_ONLY = /^([^<>=!~]+)?(>=|>)\s*[^,]+$/i;
async function dependencyRules(ctx) {
  const out = [];
  const declared = [];
  if (ctx.has("requirements.txt")) {
    declared.push(...await requirementsFile(ctx, "requirements.txt", /* @__PURE__ */ new Set(), out));
  }
  const { pyproject } = await (0, import_chunk_ZAGPN3OK.pythonFiles)(ctx);
  if (pyproject?.error) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR559", `pyproject.toml cannot be parsed: ${pyproject.error.message}`, {
        file: "pyproject.toml",
        line: pyproject.error.line,
        column: pyproject.error.column,
        fix: "Fix the TOML syntax; uv and the marketplace both refuse the file."
      })
    );
  } else if (pyproject?.data) {
    declared.push(...pyprojectRequirements(pyproject.text, pyproject.data));
  } else if (ctx.profile === "official") {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR576", "pyproject.toml is not in the package: the official plugins repository requires it", {
        fix: "Add pyproject.toml with [project] dependencies (and uv.lock): official plugins are installed with uv."
      })
    );
  }
  if (ctx.profile === "official" && !ctx.has("uv.lock") && !ctx.has("requirements.txt")) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR577",
        "neither uv.lock nor requirements.txt: the official CI cannot install the dependencies",
        {}
      )
    );
  }
  const locked = ctx.has("uv.lock");
  for (const r of declared) {
    const found = requirementRules(r);
    out.push(...locked && r.file === "pyproject.toml" ? found.filter((f) => f.code !== "DPR557") : found);
  }
  return out;
}
async function requirementsFile(ctx, file, seen, out) {
  if (seen.has(file)) return [];
  seen.add(file);
  const text = await ctx.text(file) ?? "";
  const result2 = [];
  for (const { line, kind, value } of (0, import_chunk_ZAGPN3OK.parseRequirementsText)(text)) {
    if (kind === "include") {
      const resolved = import_node_path2.default.posix.normalize(import_node_path2.default.posix.join(import_node_path2.default.posix.dirname(file), value));
      const at = { file, line };
      if (value.startsWith("/") || resolved === ".." || resolved.startsWith("../")) {
        out.push(
          (0, import_chunk_AIBAUOYI.finding)("DPR558", `${file}:${line} includes ${value}, which is outside the package`, {
            ...at,
            fix: "List the requirements in requirements.txt itself; files outside the package do not ship."
          })
        );
      } else if (!ctx.has(resolved)) {
        out.push(
          (0, import_chunk_AIBAUOYI.finding)("DPR558", `${file}:${line} includes ${value}, which is not in the package`, {
            ...at,
            fix: `Add ${resolved} to the package (check .difyignore) or drop the include.`
          })
        );
      } else {
        result2.push(...await requirementsFile(ctx, resolved, seen, out));
      }
    } else if (kind === "requirement") result2.push({ raw: value, file, line });
    else if (kind === "editable") result2.push({ raw: `-e ${value}`, file, line });
  }
  return result2;
}
function pyprojectRequirements(text, data) {
  const out = [];
  const add = (raw, where) => {
    if (typeof raw !== "string") return;
    out.push({ raw, file: "pyproject.toml", line: (0, import_chunk_ZAGPN3OK.stringLine)(text, raw), where });
  };
  const project = (0, import_chunk_ZAGPN3OK.table)(data, "project");
  if (project) {
    if (Array.isArray(project.dependencies))
      for (const d of project.dependencies) add(d, "project.dependencies");
    for (const [group, list] of Object.entries((0, import_chunk_ZAGPN3OK.table)(project, "optional-dependencies") ?? {})) {
      if (Array.isArray(list)) for (const d of list) add(d, `project.optional-dependencies.${group}`);
    }
  }
  const groups = (0, import_chunk_ZAGPN3OK.table)(data, "dependency-groups") ?? {};
  const installed = installedGroups(data, Object.keys(groups));
  for (const [group, list] of Object.entries(groups)) {
    if (!installed.has(group) || !Array.isArray(list)) continue;
    for (const d of list) add(d, `dependency-groups.${group}`);
  }
  const poetry = (0, import_chunk_ZAGPN3OK.table)(data, "tool", "poetry");
  if (poetry) {
    for (const [name, value] of Object.entries((0, import_chunk_ZAGPN3OK.table)(poetry, "dependencies") ?? {})) {
      if (name.toLowerCase() !== "python")
        add(poetryRequirement(name, value), `tool.poetry.dependencies.${name}`);
    }
    for (const [group, body] of Object.entries((0, import_chunk_ZAGPN3OK.table)(poetry, "group") ?? {})) {
      if (group === "dev") continue;
      for (const [name, value] of Object.entries((0, import_chunk_ZAGPN3OK.table)(body, "dependencies") ?? {})) {
        add(poetryRequirement(name, value), `tool.poetry.group.${group}.dependencies.${name}`);
      }
    }
  }
  return out.map((r) => r.line === void 0 ? { ...r, line: poetryLine(text, r) } : r);
}
function installedGroups(data, all) {
  const defaults = (0, import_chunk_ZAGPN3OK.table)(data, "tool", "uv")?.["default-groups"];
  const listed = defaults === "all" ? all : Array.isArray(defaults) ? defaults.filter((g) => typeof g === "string") : [];
  return new Set(listed.filter((g) => g !== "dev"));
}
function poetryRequirement(name, value) {
  if (typeof value === "string") return /^[=<>~!^]/.test(value) ? `${name}${value}` : `${name} ${value}`;
  if (value && typeof value === "object") {
    const v = value;
    if (typeof v.git === "string") {
      const ref = v.rev ?? v.tag ?? v.branch;
      return `${name} @ git+${v.git}${ref ? `@${String(ref)}` : ""}`;
    }
    if (typeof v.url === "string") return `${name} @ ${v.url}`;
    if (typeof v.path === "string") return `${name} @ ${v.path}`;
    return `${name}${typeof v.version === "string" ? v.version : ""}`;
  }
  return name;
}
function poetryLine(text, r) {
  const name = r.where?.split(".").at(-1);
  if (!name) return void 0;
  const re = new RegExp(`^\\s*"?${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"?\\s*=`);
  const i = text.split(/\r?\n/).findIndex((l) => re.test(l));
  return i >= 0 ? i + 1 : void 0;
}
function requirementRules(r) {
  const raw = r.raw.trim();
  const at = { file: r.file, line: r.line };
  const shown = r.where ? `${r.where} in ${r.file}` : r.file;
  if (/git\+/i.test(raw)) {
    return [
      (0, import_chunk_AIBAUOYI.finding)("DPR550", `${shown}: "${raw}" installs from git: the marketplace refuses it`, {
        ...at,
        fix: "Depend on a release published on PyPI, pinned to a version."
      })
    ];
  }
  const parsed = raw.startsWith("-") ? void 0 : (0, import_chunk_ZAGPN3OK.parseRequirement)(raw);
  if (DIRECT_URL.test(raw) || parsed?.url && /^[a-z][a-z0-9+.-]*:\/\//i.test(parsed.url)) {
    return [
      (0, import_chunk_AIBAUOYI.finding)("DPR551", `${shown}: "${raw}" installs from a URL: the marketplace refuses direct URLs`, {
        ...at,
        fix: "Depend on a release published on PyPI, pinned to a version."
      })
    ];
  }
  if (/^(?:-e|--editable)\s/.test(raw)) {
    return [
      (0, import_chunk_AIBAUOYI.finding)("DPR552", `${shown}: "${raw}" is an editable install: a reviewer must approve it`, {
        ...at,
        fix: "Depend on a published release instead."
      })
    ];
  }
  if (LOCAL_PATH.test(raw) || parsed?.url && /^(?:\.{1,2}\/|\/)/.test(parsed.url)) {
    return [
      (0, import_chunk_AIBAUOYI.finding)("DPR553", `${shown}: "${raw}" installs from a local path: a reviewer must approve it`, {
        ...at,
        fix: "Depend on a published release instead."
      })
    ];
  }
  if (IGNORED_OPTIONS.some((o) => raw.startsWith(o)) || raw.startsWith("-")) return [];
  const out = [];
  const key = parsed ? (0, import_chunk_ZAGPN3OK.normalizeName)(parsed.name) : "";
  if (LARGE.has(key)) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR554", `${shown}: ${parsed.name} is a very large dependency: a reviewer must approve it`, {
        ...at,
        fix: "Explain in the PR why the plugin needs it, or use a lighter package or a remote API."
      })
    );
  }
  if (key === "dify-plugin") {
    const floor = difyPluginFloor(raw);
    if (floor) {
      out.push(
        (0, import_chunk_AIBAUOYI.finding)("DPR555", `${shown}: ${floor}`, {
          ...at,
          fix: `Require dify_plugin>=${MIN_DIFY_PLUGIN} (e.g. dify_plugin>=0.9.0,<0.10.0) and test the plugin with it.`
        })
      );
      return out;
    }
  }
  if (!OPERATOR.test(raw)) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR556",
        `${shown}: "${raw}" has no version constraint: the marketplace refuses unpinned dependencies`,
        {
          ...at,
          fix: `Pin it, e.g. ${parsed?.name ?? raw}==<version>, or bound it, e.g. >=1.2,<2.`
        }
      )
    );
  } else if (LOWER_ONLY.test(raw)) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR557",
        `${shown}: "${raw}" has only a lower bound: the next major release installs unreviewed`,
        {
          ...at,
          fix: "Add an upper bound, e.g. >=1.2,<2."
        }
      )
    );
  }
  return out;
}
function difyPluginFloor(raw) {
  const m = /(?:>=|==)\s*([0-9][0-9A-Za-z.+-]*)/.exec(raw);
  const floor = MIN_DIFY_PLUGIN.split(".").map(Number);
  if (!m) {
    const semantic = (0, import_chunk_ZAGPN3OK.lowerBound)((0, import_chunk_ZAGPN3OK.parseRequirement)(raw)?.spec ?? "");
    const note = semantic && (0, import_chunk_ZAGPN3OK.safeCompare)(semantic, MIN_DIFY_PLUGIN) >= 0 ? ` (it allows ${semantic} and up, but the marketplace reads only a >= or == bound)` : "";
    return `"${raw}" sets no minimum version: the marketplace requires dify_plugin >= ${MIN_DIFY_PLUGIN}${note}`;
  }
  const parts = [];
  for (const p of m[1].split(/[.+-]/)) {
    if (!/^\d+$/.test(p)) break;
    parts.push(Number(p));
  }
  for (let i = 0; i < Math.max(parts.length, floor.length); i++) {
    if (i >= parts.length) {
      return `"${raw}": the marketplace compares ${m[1]} as (${parts.join(", ")}) against (${floor.join(", ")}) and refuses it; write ${m[1]}${".0".repeat(floor.length - parts.length)}`;
    }
    if (i >= floor.length || parts[i] > floor[i]) return void 0;
    if (parts[i] < floor[i]) {
      return `"${raw}" allows dify_plugin ${m[1]}: the marketplace requires ${MIN_DIFY_PLUGIN} or newer (bot reviews: "dify_plugin must be >= 0.9.0")`;
    }
  }
  return void 0;
}
var TEMPLATE_MARKER = "DIFY_MARKETPLACE_TEMPLATE_ICON_DO_NOT_USE";
var DEFAULT_ICON = '<svgwidth="100"height="100"xmlns="http://www.w3.org/2000/svg"><pathd="M2020V80M2020H60Q802080T6060H20"fill="none"stroke="black"stroke-width="5"/></svg>';
var DEFAULT_PATH = "M20 20 V80 M20 20 H60 Q80 20 80 40 T60 60 H20";
async function iconRules(ctx) {
  const icon = ctx.manifestString("/icon");
  if (!icon) return [];
  const file = `_assets/${icon}`;
  const at = ctx.at("/icon");
  if (!ctx.has(file)) {
    return [
      (0, import_chunk_AIBAUOYI.finding)("DPR560", `the icon ${file} is not in the package: the marketplace refuses the submission`, {
        ...at,
        fix: `Add ${file}, or set \`icon:\` to a file under _assets/ (the name is relative to _assets/).`
      })
    ];
  }
  const bytes = await ctx.bytes(file);
  if (!bytes) return [];
  const text = bytes.toString("latin1");
  if (text.includes(TEMPLATE_MARKER)) {
    return [
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR561",
        `${file} is the icon \`dify plugin init\` generates (it contains ${TEMPLATE_MARKER})`,
        {
          ...at,
          fix: "Draw your own icon; the marketplace refuses the template icon."
        }
      )
    ];
  }
  const squeezed = text.replace(/[\n\r\t ]/g, "");
  if (squeezed === DEFAULT_ICON || text.includes(DEFAULT_PATH) && squeezed.length < DEFAULT_ICON.length + 80) {
    return [
      (0, import_chunk_AIBAUOYI.finding)("DPR562", `${file} is the old default "P" icon`, {
        ...at,
        fix: "Draw your own icon; the marketplace refuses the default one."
      })
    ];
  }
  return [];
}
var SOURCE_HOSTS = [
  "github.com",
  "gitlab.com",
  "bitbucket.org",
  "gitee.com",
  "codeberg.org",
  "git.sr.ht",
  "gitlab.anchnet.com"
];
var HOSTS = SOURCE_HOSTS.map((h) => h.replace(/\./g, "\\.")).join("|");
var SOURCE_URL = new RegExp(`^https?://(?:www\\.)?(?:${HOSTS})/[^\\s)>"]+$`, "i");
var SOURCE_LINK = new RegExp(`https?://(?:www\\.)?(?:${HOSTS})/[^\\s)>"]+`, "i");
var EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;
var REQUIRED = [
  ["author", "/author"],
  ["name", "/name"],
  ["version", "/version"],
  ["type", "/type"],
  ["icon", "/icon"],
  ["plugins", "/plugins"],
  ["privacy", "/privacy"],
  ["repo", "/repo"],
  ["contact", "/contact"],
  ["label.en_US", "/label/en_US"],
  ["description.en_US", "/description/en_US"],
  ["meta.version", "/meta/version"],
  ["meta.arch", "/meta/arch"],
  ["meta.runner.language", "/meta/runner/language"],
  ["meta.runner.version", "/meta/runner/version"],
  ["meta.runner.entrypoint", "/meta/runner/entrypoint"]
];
var THIRD_PARTY_ONLY = /* @__PURE__ */ new Set(["privacy", "repo", "contact"]);
var PRIVACY_TEMPLATE = "please fill in the privacy policy";
var DISCLOSURE_WORDS = [
  "collect",
  "collection",
  "personal data",
  "user data",
  "data collected",
  "store",
  "storage",
  "retain",
  "retention",
  "persist",
  "log",
  "logging",
  "third party",
  "third-party",
  "share",
  "send",
  "transmit",
  "external service",
  "no user data collected",
  "does not collect",
  "do not collect",
  "not collect any user data"
];
async function manifestRules(ctx) {
  const out = [];
  const official = ctx.profile === "official";
  const value = ctx.plugin.manifest.value;
  for (const [name, pointer] of REQUIRED) {
    if (official && THIRD_PARTY_ONLY.has(name)) continue;
    const v = (0, import_chunk_R6ZEAHMN.getAt)(value, pointer);
    if (v === void 0 || v === null || v === false || v === "") {
      out.push(
        (0, import_chunk_AIBAUOYI.finding)("DPR530", `manifest.yaml has no ${name}: the marketplace requires it`, {
          ...ctx.at(pointer, "key"),
          fix: fieldFix(name)
        })
      );
    }
  }
  const minimum = (0, import_chunk_R6ZEAHMN.getAt)(value, "/meta/minimum_dify_version");
  if (minimum === void 0 || minimum === null || minimum === false || minimum === "") {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR531", "meta.minimum_dify_version is not set: the marketplace recommends it", {
        ...ctx.at("/meta/minimum_dify_version", "key"),
        fix: 'Set meta.minimum_dify_version to the oldest Dify release the plugin works with, e.g. "1.0.0".'
      })
    );
  }
  out.push(...authorRules(ctx), ...typeRepoContact(ctx), ...await privacyRules(ctx));
  return out;
}
function fieldFix(name) {
  switch (name) {
    case "repo":
      return "Add `repo:` with the plugin\u2019s public source repository URL, e.g. https://github.com/you/your-plugin.";
    case "contact":
      return "Add `contact:` with an e-mail address reviewers and users can reach.";
    case "privacy":
      return "Add `privacy: PRIVACY.md` and write the policy in PRIVACY.md (or give an https:// URL).";
    default:
      return `Add ${name} to manifest.yaml.`;
  }
}
function authorRules(ctx) {
  const author = ctx.manifestString("/author");
  if (author === void 0 || author === "") return [];
  const at = ctx.at("/author");
  if (ctx.profile === "official") {
    if (author.includes("langgenius")) return [];
    return [
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR533",
        `author is "${author}": the official plugins repository requires an author containing "langgenius"`,
        {
          ...at,
          fix: "Set `author: langgenius`, or submit the plugin to langgenius/dify-plugins with --profile marketplace."
        }
      )
    ];
  }
  const lower = author.toLowerCase();
  return ["langgenius", "dify"].filter((word) => lower.includes(word)).map(
    (word) => (0, import_chunk_AIBAUOYI.finding)(
      "DPR532",
      lower === word ? `author "${author}" is reserved for first-party plugins: the marketplace refuses it` : `author "${author}" contains "${word}", reserved for first-party plugins: the marketplace refuses the word anywhere in the author, even inside another name`,
      {
        ...at,
        fix: 'Use your own GitHub user or organisation name as the author, without "dify" or "langgenius".'
      }
    )
  );
}
function typeRepoContact(ctx) {
  const out = [];
  const type = ctx.manifestString("/type");
  if (type && type !== "plugin") {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR534", `type is "${type}": the marketplace accepts only plugin`, {
        ...ctx.at("/type"),
        fix: "Set `type: plugin`."
      })
    );
  }
  const repo = ctx.manifestString("/repo");
  if (repo && !SOURCE_URL.test(repo)) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR535",
        `repo ${repo} (host ${hostOf(repo)}) is not a repository URL on a host the marketplace accepts (${SOURCE_HOSTS.join(", ")})`,
        {
          ...ctx.at("/repo"),
          fix: "Give the plain repository URL on one of these hosts; to admit another host, the toolkit\u2019s source_hosts.py must list it."
        }
      )
    );
  }
  const contact = ctx.manifestString("/contact");
  if (contact && !EMAIL.test(contact)) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR536", `contact "${contact}" is not an e-mail address`, {
        ...ctx.at("/contact"),
        fix: "Set `contact:` to an e-mail address, e.g. maintainers@example.org."
      })
    );
  }
  return out;
}
function hostOf(url) {
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
}
async function privacyRules(ctx) {
  const out = [];
  if (ctx.profile === "marketplace" && !ctx.has("PRIVACY.md")) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR537",
        "PRIVACY.md is not at the package root: the marketplace requires it, even when `privacy` is a URL",
        {
          ...ctx.at("/privacy", "key"),
          fix: "Add PRIVACY.md at the plugin root saying what data the plugin collects, stores and sends."
        }
      )
    );
  }
  const privacy = ctx.manifestString("/privacy");
  if (!privacy || /^https?:\/\//.test(privacy)) return out;
  const at = ctx.at("/privacy");
  const bad = (why, fix) => out.push((0, import_chunk_AIBAUOYI.finding)("DPR538", why, { ...at, fix }));
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(privacy)) {
    bad(`privacy "${privacy}" is a URL that is not http(s)`, "Use an https:// URL or a file in the package.");
    return out;
  }
  const ref = privacy.startsWith("./") ? privacy.slice(2) : privacy;
  const normalized = import_node_path3.default.posix.normalize(ref);
  if (ref.startsWith("/") || normalized === ".." || normalized.startsWith("../")) {
    bad(
      `privacy "${privacy}" points outside the package`,
      "Reference a file inside the plugin, e.g. PRIVACY.md."
    );
    return out;
  }
  const text = await ctx.text(normalized);
  if (text === void 0) {
    bad(
      `privacy "${privacy}" names a file that is not in the package`,
      `Add ${normalized}, or fix the path.`
    );
    return out;
  }
  const lower = text.toLowerCase();
  if (lower.trim() === "") {
    bad(
      `the privacy policy ${normalized} is empty`,
      "Write the privacy policy: what the plugin collects, stores and sends."
    );
  } else if (lower.includes(PRIVACY_TEMPLATE)) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR538", `the privacy policy ${normalized} is still the \`dify plugin init\` template`, {
        file: normalized,
        line: text.slice(0, lower.indexOf(PRIVACY_TEMPLATE)).split("\n").length,
        fix: "Replace the template text with the plugin\u2019s real privacy policy."
      })
    );
  } else if (!DISCLOSURE_WORDS.some((w) => lower.includes(w))) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR539",
        `the privacy policy ${normalized} does not say whether data is collected, stored, logged or shared`,
        {
          file: normalized,
          line: 1,
          fix: "Say what the plugin collects, stores, logs and sends to third parties (or that it collects no user data)."
        }
      )
    );
  }
  return out;
}
var RUNTIME_PYTHON = "3.12";
var SDK_PYTHON = [{ from: "0.9.0", python: "3.12" }];
async function pythonEnvRules(ctx) {
  const out = [];
  const { pyproject, lock } = await (0, import_chunk_ZAGPN3OK.pythonFiles)(ctx);
  const data = pyproject?.data;
  const project = (0, import_chunk_ZAGPN3OK.table)(data, "project");
  const runner = ctx.manifestString("/meta/runner/version");
  const version = ctx.manifestString("/version");
  const dynamic = Array.isArray(project?.dynamic) && project.dynamic.includes("version");
  if (project && typeof project.version === "string" && version && !dynamic && !sameVersion(project.version, version)) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR572",
        `manifest.yaml says version ${version} but pyproject.toml's [project].version is ${project.version} (nothing in Dify or the marketplace reads the latter)`,
        {
          severity: "notice",
          file: "pyproject.toml",
          line: (0, import_chunk_ZAGPN3OK.keyLine)(pyproject.text, "project", "version"),
          fix: `Set [project].version to ${version} (bump both together, or let a release script write both).`
        }
      )
    );
  }
  const requires = typeof project?.["requires-python"] === "string" ? project["requires-python"] : void 0;
  const requiresAt = requires ? { file: "pyproject.toml", line: (0, import_chunk_ZAGPN3OK.keyLine)(pyproject.text, "project", "requires-python") } : {};
  if (requires && runner && /^\d+\.\d+(\.\d+)?$/.test(runner)) {
    const ok = (0, import_chunk_ZAGPN3OK.admitsPython)(runner, requires);
    if (ok === false) {
      const runtimeOk = (0, import_chunk_ZAGPN3OK.admitsPython)(RUNTIME_PYTHON, requires) === true;
      out.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR580",
          `requires-python "${requires}" excludes meta.runner.version ${runner}${runtimeOk ? `; Dify installs with Python ${RUNTIME_PYTHON}, which it admits, so only the manifest is wrong` : `, and Python ${RUNTIME_PYTHON} that Dify installs with: uv sync fails`}`,
          {
            ...requiresAt,
            severity: runtimeOk ? "warning" : "error",
            fix: `Set meta.runner.version to "${RUNTIME_PYTHON}" and requires-python to ">=${RUNTIME_PYTHON}".`
          }
        )
      );
    }
  }
  const sdk = await sdkRequirement(ctx, data, pyproject?.text);
  const sdkPython = sdk && needsPython(sdk.spec);
  if (sdk && sdkPython && runner && /^\d+\.\d+/.test(runner) && (0, import_chunk_ZAGPN3OK.safeCompare)(runner, sdkPython) < 0) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR581",
        `${sdk.raw} needs Python ${sdkPython} or newer, but meta.runner.version is ${runner}`,
        { ...ctx.at("/meta/runner/version"), fix: `Set meta.runner.version to "${RUNTIME_PYTHON}".` }
      )
    );
  }
  if (sdk?.file === "pyproject.toml" && sdkPython && requires) {
    const older = olderPythons(sdkPython).find((v) => (0, import_chunk_ZAGPN3OK.admitsPython)(v, requires) === true);
    if (older) {
      out.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR582",
          `requires-python "${requires}" admits Python ${older}, but ${sdk.raw} needs Python ${sdkPython}: uv cannot resolve the project ("requirements are unsatisfiable", dify-plugins#3089)`,
          { ...requiresAt, fix: `Set requires-python = ">=${sdkPython}".` }
        )
      );
    }
  }
  if (lock && ctx.has("requirements.txt")) out.push(...await lockRules(ctx, lock));
  return out;
}
function sameVersion(a, b) {
  return a === b || (0, import_chunk_ZAGPN3OK.admits)(a, `==${b}`) === true;
}
function needsPython(spec) {
  const low = (0, import_chunk_ZAGPN3OK.lowerBound)(spec);
  if (!low) return void 0;
  let best;
  for (const row of SDK_PYTHON) if ((0, import_chunk_ZAGPN3OK.safeCompare)(low, row.from) >= 0) best = row.python;
  return best;
}
function olderPythons(python) {
  const minor = Number(python.split(".")[1]);
  return Array.from({ length: Math.max(0, minor - 7) }, (_, i) => `3.${minor - 1 - i}`);
}
async function sdkRequirement(ctx, data, text) {
  const deps = (0, import_chunk_ZAGPN3OK.table)(data, "project")?.dependencies;
  if (Array.isArray(deps)) {
    for (const d of deps) {
      const r = typeof d === "string" ? (0, import_chunk_ZAGPN3OK.parseRequirement)(d) : void 0;
      if (r?.key === "dify-plugin")
        return {
          raw: d,
          spec: r.spec,
          file: "pyproject.toml",
          line: (0, import_chunk_ZAGPN3OK.stringLine)(text ?? "", d)
        };
    }
  }
  if (!ctx.has("requirements.txt")) return void 0;
  for (const r of await requirementsFile(ctx, "requirements.txt", /* @__PURE__ */ new Set(), [])) {
    const p = (0, import_chunk_ZAGPN3OK.parseRequirement)(r.raw);
    if (p?.key === "dify-plugin") return { raw: r.raw, spec: p.spec, file: r.file, line: r.line };
  }
  return void 0;
}
async function lockRules(ctx, lock) {
  const out = [];
  const listed = /* @__PURE__ */ new Set();
  for (const req of await requirementsFile(ctx, "requirements.txt", /* @__PURE__ */ new Set(), [])) {
    if (req.raw.startsWith("-") || !(0, import_chunk_ZAGPN3OK.requirementName)(req.raw)) continue;
    const r = (0, import_chunk_ZAGPN3OK.parseRequirement)(req.raw);
    if (!r || r.url) continue;
    listed.add(r.key);
    const at = { file: req.file, line: req.line };
    const locked = lock.get(r.key);
    if (!locked) {
      out.push(
        (0, import_chunk_AIBAUOYI.finding)("DPR584", `${req.file} lists ${r.name}, which uv.lock does not lock`, {
          ...at,
          fix: "Add it to pyproject.toml and run `uv lock`, then regenerate requirements.txt with `uv export --no-dev --no-hashes`."
        })
      );
      continue;
    }
    if (!r.spec || !locked.version) continue;
    if ((0, import_chunk_ZAGPN3OK.admits)(locked.version, r.spec) === false) {
      out.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR583",
          `${req.file} asks for ${r.name}${r.spec} but uv.lock locks ${locked.version}: Dify installs one or the other depending on its configuration`,
          {
            ...at,
            fix: "Regenerate requirements.txt from the lock: `uv export --frozen --no-dev --no-hashes --no-emit-project > requirements.txt`."
          }
        )
      );
    }
  }
  const root = [...lock.values()].find((p) => p.root);
  const missing = (root?.dependencies ?? []).filter((d) => !listed.has(d));
  if (missing.length > 0) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR584",
        `uv.lock's project depends on ${missing.map((d) => lock.get(d)?.name ?? d).join(", ")}, which requirements.txt does not list`,
        {
          file: "requirements.txt",
          fix: "Regenerate requirements.txt from the lock: `uv export --frozen --no-dev --no-hashes --no-emit-project > requirements.txt`."
        }
      )
    );
  }
  return out;
}
var README = "README.md";
var LOCALIZED = /^README[._-][A-Za-z]{2,3}(?:[_-][A-Za-z0-9]+)?\.md$/;
var TOOLKIT_NAMING = /^README\.[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]+)?\.md$/;
var DAEMON_NAMING = /^README_([a-z]{2}_[A-Za-z]{2,})\.md$/;
var NOT_ENGLISH = /[\u3400-\u4DBF\u4E00-\u9FFF]/g;
var SECTIONS = [
  [
    "setup instructions",
    ["setup", "install", "installation", "configure", "configuration", "getting started"]
  ],
  ["usage instructions", ["usage", "use", "example", "examples", "workflow", "chatflow"]],
  [
    "required APIs or credentials",
    [
      "api key",
      "apikey",
      "credential",
      "credentials",
      "token",
      "secret",
      "auth",
      "authentication",
      "authorization"
    ]
  ],
  ["connection requirements", ["connection", "connect", "endpoint", "base url", "host", "proxy", "network"]]
];
async function readmeRules(ctx) {
  const out = [...localizedNames(ctx)];
  const text = await ctx.text(README);
  if (text === void 0 || text.trim() === "") {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR540", text === void 0 ? "README.md is not in the package" : "README.md is empty", {
        file: text === void 0 ? void 0 : README,
        fix: "Write README.md in English: what the plugin does, how to set it up and use it, and a link to its source."
      })
    );
    return out;
  }
  if (ctx.profile === "marketplace" && !SOURCE_LINK.test(text)) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR541", "README.md has no link to the source repository on an allowed host", {
        file: README,
        line: 1,
        fix: 'Add a line such as "Source: https://github.com/you/your-plugin" (GitHub, GitLab, Bitbucket, Gitee, Codeberg or sourcehut).'
      })
    );
  }
  const prose = outsideFences(text);
  const found = [...prose.matchAll(NOT_ENGLISH)];
  if (found.length > 0) {
    const first = found[0].index;
    const line = prose.slice(0, first).split("\n").length;
    out.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR542",
        `README.md must be in English: ${found.length} Han character${found.length === 1 ? "" : "s"} outside fenced code blocks, the first on line ${line}`,
        {
          file: README,
          line,
          fix: "Keep README.md in English and move translations to readme/README_<lang>_<Region>.md (e.g. readme/README_zh_Hans.md), which Dify shows by language."
        }
      )
    );
  }
  const lower = text.toLowerCase();
  for (const [section, words] of SECTIONS) {
    if (words.some((w) => lower.includes(w))) continue;
    out.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR544", `README.md may be missing ${section}: reviewers look for them`, {
        file: README,
        fix: `Add a section with ${section}.`
      })
    );
  }
  return out;
}
function outsideFences(text) {
  const blank = (s) => s.replace(/[^\n]/g, " ");
  const lines = text.split("\n");
  let fence;
  const kept = lines.map((line) => {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (m && m[1][0] === fence.char && m[1].length >= fence.length && line.trim() === m[1])
        fence = void 0;
      return blank(line);
    }
    if (m && !(m[1][0] === "`" && line.slice(m[0].length).includes("`"))) {
      fence = { char: m[1][0], length: m[1].length };
      return blank(line);
    }
    return line;
  });
  return kept.join("\n").replace(/```[\s\S]*?```/g, blank);
}
function localizedNames(ctx) {
  const out = [];
  for (const file of ctx.access.files) {
    const slash = file.path.indexOf("/");
    const dir = slash < 0 ? "" : file.path.slice(0, slash);
    const name = file.path.slice(slash + 1);
    if (dir === "" && name !== README && LOCALIZED.test(name)) {
      const toolkitOk = TOOLKIT_NAMING.test(name);
      out.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR543",
          toolkitOk ? `${name} follows the marketplace check's README.<locale>.md naming, but Dify shows localized READMEs only from readme/README_<lang>_<Region>.md` : `${name} is a localized README the marketplace warns about (it asks for README.<locale>.md) and Dify does not show`,
          {
            file: file.path,
            fix: `Move it to readme/README_<lang>_<Region>.md (e.g. readme/README_zh_Hans.md), the layout Dify reads and official plugins use.`
          }
        )
      );
    } else if (dir === "readme" && !name.includes("/") && /\.md$/i.test(name) && !DAEMON_NAMING.test(name)) {
      out.push(
        (0, import_chunk_AIBAUOYI.finding)("DPR543", `${file.path} is not named README_<lang>_<Region>.md, so Dify does not show it`, {
          file: file.path,
          fix: "Name it like readme/README_zh_Hans.md or readme/README_ja_JP.md."
        })
      );
    }
  }
  return out;
}
var SKIPPED_DIRS2 = /* @__PURE__ */ new Set(["__pycache__", ".git", ".hg", ".svn", ".venv", "venv", "env", "node_modules"]);
var BINARY_SUFFIXES = new Set(
  ".7z .avif .bmp .bz2 .dylib .eot .exe .gif .gz .ico .jpeg .jpg .mov .mp3 .mp4 .otf .pdf .png .rar .so .tar .tgz .ttf .webm .webp .woff .woff2 .xz .zip".split(
    " "
  )
);
var CODE_SUFFIXES = new Set(
  ".c .cc .cpp .cs .go .h .hpp .java .js .jsx .kt .m .mjs .mm .php .py .pyi .rb .rs .scala .swift .ts .tsx".split(
    " "
  )
);
var SECRET_KEYWORDS = [
  "api_key",
  "apikey",
  "access_key",
  "access_token",
  "auth_token",
  "client_secret",
  "password",
  "private_key",
  "secret",
  "token"
];
var PLACEHOLDERS = /* @__PURE__ */ new Set([
  "",
  "changeme",
  "dummy",
  "example",
  "fake",
  "none",
  "null",
  "placeholder",
  "test",
  "todo",
  "xxx",
  "xxxx",
  "your-api-key",
  "your_api_key",
  "your-key",
  "your-secret",
  "your-token"
]);
var NON_SECRET = /* @__PURE__ */ new Set(["true", "false", "yes", "no", "on", "off"]);
var PEM_HEADER = /-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----/;
var PEM_END = /-----END [A-Z ]{0,40}PRIVATE KEY-----/;
var KEYWORD = /api[_-]?key|access[_-]?key|access[_-]?token|auth[_-]?token|client[_-]?secret|password|private[_-]?key|secret|token/i;
var VALUE = /"[^"]{0,512}"|'[^']{0,512}'|[^"',\s#}]{1,512}/y;
var MAX_KEY = 160;
var ASSIGNMENT = new RegExp(
  `(?<key>[A-Z0-9_.-]{0,64}(?:${KEYWORD.source})[A-Z0-9_.-]{0,64})[ \\t]{0,16}[:=][ \\t]{0,16}(?<value>${VALUE.source})`,
  "gi"
);
function isKeyChar(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c === 46 || c === 45;
}
function assignments(line) {
  const out = [];
  const n = line.length;
  let i = 0;
  while (i < n) {
    if (!isKeyChar(line.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && isKeyChar(line.charCodeAt(j))) j++;
    const key = line.slice(i, j);
    if (j - i <= MAX_KEY && KEYWORD.test(key)) {
      let k = j;
      for (let s = 0; s < 16 && (line[k] === " " || line[k] === "	"); s++) k++;
      if (line[k] === ":" || line[k] === "=") {
        k++;
        for (let s = 0; s < 16 && (line[k] === " " || line[k] === "	"); s++) k++;
        VALUE.lastIndex = k;
        const m = VALUE.exec(line);
        if (m) {
          out.push({ index: i, key, value: m[0] });
          i = k + m[0].length;
          continue;
        }
      }
    }
    i = j;
  }
  return out;
}
var ASSIGNMENT_LITERALS = ["key", "token", "secret", "password"];
var VERSION_LIKE = /^(?:===|[=<>!~^]=?)?[ \t]{0,4}v?\d{1,16}(?:\.\d{1,16}){1,8}(?:\.\*)?(?:(?:a|b|rc|dev|post)\d{0,8})?(?:[ \t]{0,4},[ \t]{0,4}[=<>!~]=?[ \t]{0,4}\d{1,16}(?:\.\d{1,16}){0,8}(?:\.\*)?){0,8}$/i;
async function secretRules(ctx) {
  const out = [];
  for (const file of ctx.access.files) {
    if (file.path.split("/").slice(0, -1).some((d) => SKIPPED_DIRS2.has(d)))
      continue;
    if (file.size > import_chunk_5RUZWPG3.MAX_TEXT_BYTES) {
      out.push(
        (0, import_chunk_AIBAUOYI.finding)("DPR514", `${file.path} is larger than 1 MiB: the marketplace does not scan it for secrets`, {
          file: file.path,
          fix: "Make sure it holds no credential; a reviewer may ask what it is."
        })
      );
      continue;
    }
    if (BINARY_SUFFIXES.has((0, import_chunk_5RUZWPG3.pySuffix)(file.path))) continue;
    const bytes = await ctx.bytes(file.path);
    if (!bytes || bytes.subarray(0, 4096).includes(0)) continue;
    const text = await ctx.text(file.path);
    if (text !== void 0) out.push(...scanText(file.path, text));
  }
  return out;
}
function scanText(file, text) {
  const out = [];
  const code = CODE_SUFFIXES.has((0, import_chunk_5RUZWPG3.pySuffix)(file));
  const lines = (0, import_chunk_5RUZWPG3.splitLines)(text);
  const offsets = [0];
  for (const m of text.matchAll(/\r\n|\n|\r/g)) offsets.push(m.index + m[0].length);
  lines.forEach((line, i) => {
    const lineNo = i + 1;
    const pem = line.includes("PRIVATE KEY") ? PEM_HEADER.exec(line.slice(0, import_chunk_J3MQ6CG5.MAX_SCANNED_LINE)) : null;
    if (pem) out.push(pemFinding(file, text, offsets[i] + pem.index, lineNo, pem.index + 1));
    const hits = (0, import_chunk_J3MQ6CG5.vendorHits)(line);
    for (const hit of hits) {
      if (hit.placeholder) {
        out.push(
          (0, import_chunk_AIBAUOYI.finding)(
            "DPR515",
            `${hit.masked} has the shape of ${hit.what} but is a placeholder; the marketplace toolkit blocks the package on the shape alone (a false positive)`,
            {
              file,
              line: lineNo,
              column: hit.column,
              fix: "Write the placeholder without the vendor prefix (e.g. <your-slack-token>), or explain it in the PR\u2019s reviewer notes."
            }
          )
        );
        continue;
      }
      out.push(
        (0, import_chunk_AIBAUOYI.finding)("DPR510", `this line holds ${hit.what} (${hit.masked}): the marketplace blocks the package`, {
          file,
          line: lineNo,
          column: hit.column,
          fix: "Remove it, revoke it (it is published once packaged), and read credentials from the provider settings at run time."
        })
      );
    }
    const vendor = hits.length > 0;
    if (vendor) return;
    const lowered = line.toLowerCase();
    if (!ASSIGNMENT_LITERALS.some((l) => lowered.includes(l))) return;
    for (const a of assignments(line)) {
      const f = assignmentFinding(file, line, lineNo, a.index, a.key, a.value, code);
      if (f) out.push(f);
    }
  });
  return out;
}
function assignmentFinding(file, line, lineNo, index, key, value, code) {
  const lowered = key.toLowerCase();
  if (!SECRET_KEYWORDS.some((k) => lowered.includes(k))) return void 0;
  const quoted = value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0];
  const cleaned = clean(value);
  if (!cleaned || isPlaceholder(cleaned)) return void 0;
  if (/^-?\d+(?:\.\d+)?$/.test(cleaned) || NON_SECRET.has(cleaned.toLowerCase())) return void 0;
  if (code && !quoted) return void 0;
  if (value.startsWith("=") || VERSION_LIKE.test(cleaned)) return void 0;
  const at = { file, line: lineNo, column: index + 1 };
  const inUrl = /[?&;]$/.test(line.slice(0, index)) && line.slice(0, index).includes("://");
  if (looksLikeSecret(cleaned)) {
    if (inUrl) {
      return (0, import_chunk_AIBAUOYI.finding)(
        "DPR515",
        `the URL query parameter \`${key}\` looks like a secret to the marketplace toolkit, which blocks the package; it is part of a URL, not an assignment (a known toolkit false positive)`,
        {
          ...at,
          fix: "If the URL carries no credential, say so in the PR\u2019s reviewer notes; if it does, remove the parameter and revoke the token."
        }
      );
    }
    return (0, import_chunk_AIBAUOYI.finding)(
      "DPR512",
      `a literal with the entropy of a key is assigned to \`${key}\` (${(0, import_chunk_5RUZWPG3.mask)(cleaned)}): the marketplace blocks the package`,
      {
        ...at,
        fix: "Remove the literal, revoke it if it is real, and read the value from the provider\u2019s credentials at run time."
      }
    );
  }
  if (inUrl) return void 0;
  return (0, import_chunk_AIBAUOYI.finding)(
    "DPR513",
    `\`${key}\` is given a literal value; a marketplace reviewer checks that it is not a secret`,
    {
      ...at,
      fix: "Leave the value empty or use a placeholder such as <your-api-key> in templates and examples."
    }
  );
}
function pemFinding(file, text, offset, line, column) {
  const after = text.slice(offset, offset + 16384);
  const end = PEM_END.exec(after);
  const body = end ? after.slice(after.indexOf("-----", 11) + 5, end.index).replace(/\\[nr]/g, "\n").replace(/^(?:Proc-Type|DEK-Info):.*$/gm, "").replace(/["'+\\\s]/g, "") : "";
  const base64 = body.replace(/[^A-Za-z0-9+/=]/g, "").length;
  const isKey = base64 >= 64 && base64 >= body.length * 0.95;
  if (isKey) {
    return (0, import_chunk_AIBAUOYI.finding)(
      "DPR511",
      `this file holds a PEM private key (header, key body and END line): the marketplace blocks the package`,
      {
        file,
        line,
        column,
        fix: "Remove the key, replace it (it is published once packaged), and load keys from credentials at run time."
      }
    );
  }
  return (0, import_chunk_AIBAUOYI.finding)(
    "DPR515",
    `a PEM private key header with no key after it; the marketplace toolkit blocks the package on the header alone (a known false positive)`,
    {
      file,
      line,
      column,
      fix: 'Build the marker at run time (e.g. "-----BEGIN " + "PRIVATE KEY-----") or explain it in the PR\u2019s reviewer notes.'
    }
  );
}
function clean(value) {
  return value.trim().replace(/^["']+|["']+$/g, "");
}
function isPlaceholder(value) {
  const lowered = value.trim().toLowerCase();
  if (PLACEHOLDERS.has(lowered)) return true;
  if (lowered.startsWith("<") && lowered.endsWith(">")) return true;
  if (lowered.startsWith("${")) return true;
  if (lowered.includes("your") && ["key", "secret", "token", "password"].some((w) => lowered.includes(w)))
    return true;
  return /^[x*_-]*$/.test(lowered);
}
function looksLikeSecret(value) {
  if (value.length < 12) return false;
  if (/^https?:\/\//.test(value) || /^(?:\.\/|\.\.\/|\/)/.test(value)) return false;
  if (/^[0-9a-fA-F]+$/.test(value)) return (0, import_chunk_J3MQ6CG5.entropy)(value) >= 3;
  if (/^[A-Za-z0-9+/=_.-]+$/.test(value)) return (0, import_chunk_J3MQ6CG5.entropy)(value) >= 4.5;
  return false;
}
var READ_LIMIT = 1024 * 1024 * 1024;
var OFFICIAL_GATE_CODES = new Set(
  official_gates_default.gates.flatMap((g) => g.codes).filter((c) => c !== "validation")
);
function officialProfile(findings) {
  return findings.map(
    (f) => f.severity === "error" && !OFFICIAL_GATE_CODES.has(f.code) ? { ...f, severity: "warning", message: `${f.message} (not a gate of the official repository's CI)` } : f
  );
}
async function marketplaceRules(ctx) {
  const out = await allRules(ctx);
  return ctx.profile === "official" ? officialProfile(out) : out;
}
async function allRules(ctx) {
  const out = [...contentsRules(ctx), ...await secretRules(ctx), ...await binaryRules(ctx)];
  if (!ctx.plugin.usable) {
    out.push(...await readmeRules(ctx));
    return out;
  }
  out.push(
    ...await manifestRules(ctx),
    ...await readmeRules(ctx),
    ...await dependencyRules(ctx),
    ...await pythonEnvRules(ctx),
    ...await iconRules(ctx),
    ...await (0, import_chunk_5RUZWPG3.versionRules)(ctx),
    ...await (0, import_chunk_5RUZWPG3.prBodyRules)(ctx)
  );
  return out;
}
async function checkTarget(target, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const full = import_node_path.default.resolve(cwd, target);
  const checkOptions = resolveOptions(options, cwd);
  let stats;
  try {
    stats = (0, import_node_fs.statSync)(full);
  } catch {
    throw new import_chunk_NG6BV4S6.UsageError(`${target} does not exist`, "Pass a plugin directory or a .difypkg file.");
  }
  if (stats.isDirectory()) return checkDirectory(full, target, checkOptions, options.capabilities);
  if (!full.endsWith(".difypkg") && !full.endsWith(".zip")) {
    throw new import_chunk_NG6BV4S6.UsageError(
      `${target} is neither a plugin directory nor a .difypkg`,
      "Pass a plugin directory or a .difypkg file."
    );
  }
  const pkg = await (0, import_chunk_MYI4MX5U.openPackage)(full, { maxUncompressed: READ_LIMIT, requireManifest: false });
  try {
    const source = new import_chunk_Q55RSBNO.PackageSource(pkg, target);
    const { plugin, findings: validation } = await (0, import_chunk_SZJBJCIK.validateSource)(source);
    const ctx = new import_chunk_5RUZWPG3.CheckContext(packageAccess(pkg, full, stats.size), plugin, checkOptions);
    const market = await marketplaceRules(ctx);
    const r = result(target, "package", ctx, [...mergeWithValidation(errorsOnly(validation), market)]);
    return options.capabilities ? { ...r, capabilities: await (0, import_chunk_5RUZWPG3.scanCapabilities)(ctx) } : r;
  } finally {
    await pkg.close();
  }
}
async function checkDirectory(root, label, options, capabilities = false) {
  try {
    (0, import_node_fs.statSync)(import_node_path.default.join(root, import_chunk_RSCBOPBN.MANIFEST));
  } catch {
    throw new import_chunk_NG6BV4S6.UsageError(
      `no manifest.yaml in ${label}: it is not a Dify plugin directory`,
      "Pass the plugin directory (the folder holding manifest.yaml), or a .difypkg."
    );
  }
  const { findings, ctx, validation } = await directoryFindings(root, label, options);
  const r = result(label, "directory", ctx, mergeWithValidation(errorsOnly(validation), findings));
  return capabilities ? { ...r, capabilities: await (0, import_chunk_5RUZWPG3.scanCapabilities)(ctx) } : r;
}
async function directoryFindings(root, label, options) {
  const selection = (0, import_chunk_YS5KZLZ7.selectFiles)(root);
  const source = new import_chunk_Q55RSBNO.SelectionSource(selection.files, /* @__PURE__ */ new Map(), label);
  const { plugin, findings: validation } = await (0, import_chunk_SZJBJCIK.validateSource)(source);
  const ctx = new import_chunk_5RUZWPG3.CheckContext(directoryAccess(selection), plugin, options);
  const refusals = selection.findings.filter((f) => ["DPR401", "DPR303", "DPR407", "DPR417"].includes(f.code)).map((f) => ({ ...f, category: "contents" }));
  return { findings: [...refusals, ...await marketplaceRules(ctx)], ctx, validation };
}
function resolveOptions(options, cwd) {
  const profile = options.profile ?? "marketplace";
  if (!import_chunk_5RUZWPG3.PROFILES.includes(profile)) {
    throw new import_chunk_NG6BV4S6.UsageError(`unknown profile "${profile}"`, `Use --profile ${import_chunk_5RUZWPG3.PROFILES.join(" or --profile ")}.`);
  }
  let prBody = options.prBody;
  if (options.prBodyFile) {
    try {
      prBody = {
        text: (0, import_chunk_C7Z2DSUT.readRegularText)(import_node_path.default.resolve(cwd, options.prBodyFile), {
          maxBytes: import_chunk_ZFMTKNA4.LIMITS.maxTextBytes,
          label: options.prBodyFile
        }),
        file: options.prBodyFile
      };
    } catch (error) {
      throw new import_chunk_NG6BV4S6.UsageError(
        error instanceof import_chunk_C7Z2DSUT.FileReadError && error.reason !== "missing" ? `--pr-body ${error.message}` : `--pr-body ${options.prBodyFile} cannot be read`,
        "Pass a file holding the pull request body (gh pr view --json body -q .body > body.md)."
      );
    }
  }
  let marketplaceDir;
  if (options.marketplaceDir) {
    marketplaceDir = import_node_path.default.resolve(cwd, options.marketplaceDir);
    let isDir = false;
    try {
      isDir = (0, import_node_fs.statSync)(marketplaceDir).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) {
      throw new import_chunk_NG6BV4S6.UsageError(
        `--marketplace-dir ${options.marketplaceDir} is not a directory`,
        "Pass the <author>/<name>/ folder of a dify-plugins checkout."
      );
    }
  }
  return { profile, marketplaceDir, prBody };
}
var RESTATES = {
  DPR560: ["DPR305"],
  DPR531: ["DPR212"],
  DPR538: ["DPR310"],
  DPR535: ["DPR116"],
  DPR534: ["DPR103"]
};
function mergeWithValidation(validation, market) {
  const drop = /* @__PURE__ */ new Set();
  const twins = /* @__PURE__ */ new Set();
  for (const m of market) {
    drop.add(`${m.code}|${m.file ?? ""}|${m.line ?? 0}`);
    for (const twin of RESTATES[m.code] ?? []) twins.add(`${twin}|${m.file ?? ""}`);
  }
  return [
    ...validation.filter(
      (f) => !drop.has(`${f.code}|${f.file ?? ""}|${f.line ?? 0}`) && !twins.has(`${f.code}|${f.file ?? ""}`)
    ),
    ...market
  ];
}
function errorsOnly(findings) {
  return findings.filter((f) => f.severity === "error").map((f) => ({ ...f, category: "manifest" }));
}
function result(label, kind, ctx, findings) {
  return {
    label,
    kind,
    name: ctx.plugin.manifest.scalarText("/name"),
    version: ctx.manifestString("/version"),
    author: ctx.plugin.manifest.scalarText("/author"),
    files: ctx.access.files.length,
    findings
  };
}
function directoryAccess(selection) {
  const byPath = new Map(selection.files.map((f) => [f.path, f]));
  const limits = (label) => ({ maxBytes: import_chunk_ZFMTKNA4.LIMITS.maxPackageBytes, root: selection.boundary, label });
  return {
    kind: "directory",
    files: selection.files.map((f) => ({ path: f.path, size: f.size })),
    async read(file) {
      const f = byPath.get(file);
      if (!f) return void 0;
      try {
        return (0, import_chunk_C7Z2DSUT.readRegularFile)(f.source, limits(file));
      } catch {
        return void 0;
      }
    },
    async head(file, bytes) {
      const f = byPath.get(file);
      if (!f) return void 0;
      let fd;
      try {
        fd = (0, import_chunk_C7Z2DSUT.openRegularFile)(f.source, { ...limits(file), maxBytes: Number.POSITIVE_INFINITY }).fd;
        const buf = Buffer.alloc(bytes);
        const n = (0, import_node_fs.readSync)(fd, buf, 0, bytes, 0);
        return buf.subarray(0, n);
      } catch {
        return void 0;
      } finally {
        if (fd !== void 0) (0, import_node_fs.closeSync)(fd);
      }
    }
  };
}
function packageAccess(pkg, file, size) {
  const sizes = new Map(pkg.entries.map((e) => [e.name, e.size]));
  const files = pkg.entries.map((e) => {
    const unix = e.versionMadeBy !== void 0 && e.versionMadeBy >> 8 === 3;
    const mode = unix && e.externalAttributes !== void 0 ? e.externalAttributes >>> 16 & 4095 : void 0;
    return { path: e.name, size: e.size, ...mode ? { mode } : {} };
  });
  const whole = /* @__PURE__ */ new Map();
  const read = (name) => {
    let p = whole.get(name);
    if (!p) {
      p = sizes.has(name) ? pkg.read(name) : Promise.resolve(void 0);
      whole.set(name, p);
    }
    return p;
  };
  return {
    kind: "package",
    files,
    packageSize: size,
    packagePath: file,
    read,
    async head(name, bytes) {
      const entrySize = sizes.get(name);
      if (entrySize === void 0) return void 0;
      if (entrySize <= import_chunk_5RUZWPG3.MAX_TEXT_BYTES) return (await read(name))?.subarray(0, bytes);
      const stream = await pkg.stream(name);
      const chunks = [];
      let got = 0;
      for await (const chunk of stream) {
        chunks.push(chunk);
        got += chunk.length;
        if (got >= bytes) break;
      }
      stream.destroy();
      return Buffer.concat(chunks).subarray(0, bytes);
    }
  };
}
async function checkMarketplace(plugins, profile, cwd) {
  const options = resolveOptions({ profile }, cwd);
  for (const p of plugins) {
    if (p.kind !== "dify") continue;
    const { findings } = await directoryFindings(import_node_path.default.resolve(cwd, p.path), p.path, options);
    p.findings = mergeWithValidation(
      p.findings,
      findings.map((f) => ({ ...f, plugin: p.path }))
    );
  }
}
function marketplaceProfile(value, profile) {
  if (value === void 0 || value === false || value === "" || value === "false") return void 0;
  const chosen = value === true || value === "true" ? profile ?? "marketplace" : value;
  if (!import_chunk_5RUZWPG3.PROFILES.includes(chosen)) {
    throw new import_chunk_NG6BV4S6.UsageError(
      `unknown marketplace profile "${chosen}"`,
      `Use ${import_chunk_5RUZWPG3.PROFILES.join(" or ")} (or true for marketplace).`
    );
  }
  return chosen;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  OFFICIAL_GATE_CODES,
  checkMarketplace,
  checkTarget,
  directoryFindings,
  marketplaceProfile,
  marketplaceRules,
  mergeWithValidation,
  officialProfile,
  resolveOptions
});
