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
  CheckContext: () => CheckContext,
  MAX_TEXT_BYTES: () => MAX_TEXT_BYTES,
  PROFILES: () => PROFILES,
  baseName: () => baseName,
  mask: () => mask,
  prBodyRules: () => prBodyRules,
  pySuffix: () => pySuffix,
  scanCapabilities: () => scanCapabilities,
  sections: () => sections,
  splitLines: () => splitLines,
  versionRules: () => versionRules
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_MYI4MX5U = require("./chunk-MYI4MX5U.cjs");
var import_chunk_ZAGPN3OK = require("./chunk-ZAGPN3OK.cjs");
var import_chunk_R6ZEAHMN = require("./chunk-R6ZEAHMN.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_node_fs = require("node:fs");
var import_node_path = __dprBuiltin(require("node:path"));
var PROFILES = ["marketplace", "official"];
var MAX_TEXT_BYTES = 1024 * 1024;
var CheckContext = class {
  constructor(access, plugin, options) {
    this.access = access;
    this.plugin = plugin;
    this.options = options;
    this.fileSet = new Set(access.files.map((f) => f.path));
  }
  access;
  plugin;
  options;
  fileSet;
  texts = /* @__PURE__ */ new Map();
  raw = /* @__PURE__ */ new Map();
  get profile() {
    return this.options.profile;
  }
  has(file) {
    return this.fileSet.has(file);
  }
  /** A file's bytes, cached (checks read files of at most {@link MAX_TEXT_BYTES} whole). */
  bytes(file) {
    let b = this.raw.get(file);
    if (!b) {
      b = this.has(file) ? this.access.read(file) : Promise.resolve(void 0);
      this.raw.set(file, b);
    }
    return b;
  }
  /** A file as text (UTF-8, undecodable bytes dropped as Python's `errors="ignore"`), cached. */
  text(file) {
    let t = this.texts.get(file);
    if (!t) {
      t = this.bytes(file).then((b) => b === void 0 ? void 0 : decodeText(b));
      this.texts.set(file, t);
    }
    return t;
  }
  /** A manifest value as text the way `yq -r` prints a scalar; `undefined` when absent or not a scalar. */
  manifestString(pointer) {
    return this.plugin.manifest.scalarText(pointer);
  }
  /** Where a manifest value is, for a finding (falls back to the nearest parent, then line 1). */
  at(pointer, part = "value") {
    const { file, line, column } = this.plugin.manifest.locate(pointer, part);
    return { file, line, column };
  }
};
function decodeText(bytes) {
  return new TextDecoder("utf-8", { fatal: false, ignoreBOM: false }).decode(bytes).replace(/\uFFFD/g, "");
}
function pySuffix(name) {
  const base = name.slice(name.lastIndexOf("/") + 1);
  const i = base.lastIndexOf(".");
  if (i <= 0 || i === base.length - 1) return "";
  if (base.slice(0, i).replace(/\./g, "") === "") return "";
  return base.slice(i).toLowerCase();
}
function baseName(file) {
  return file.slice(file.lastIndexOf("/") + 1);
}
function splitLines(text) {
  return text.split(/\r\n|\n|\r/);
}
function mask(value) {
  const n = [...value].length;
  const shown = Math.min(4, Math.floor(n / 4));
  return `${shown > 0 ? value.slice(0, shown) : "***"}\u2026(${n} chars)`;
}
var PATTERNS = {
  "command execution": [
    /\bsubprocess\.(?:run|Popen|call|check_call|check_output)\s*\(/,
    /\bos\.(?:system|popen|spawn\w*|exec\w*)\s*\(/,
    /\bpty\.spawn\s*\(/
  ],
  "code execution": [
    /(?<![\w.])(?:eval|exec|compile)\s*\(/,
    /\bimportlib\.import_module\s*\(/,
    /\b__import__\s*\(/,
    /\b(?:pickle|marshal)\.loads?\s*\(/
  ],
  "SQL or database access": [
    /\bSELECT\b.{0,200}?\bFROM\b/i,
    /\bINSERT\s+INTO\b/i,
    /\bUPDATE\s+\w+\s+SET\b/i,
    /\bDELETE\s+FROM\b/i,
    /\b(?:DROP|CREATE)\s+(?:TABLE|DATABASE|INDEX)\b/i,
    /\bALTER\s+TABLE\b/i,
    /\b(?:sqlite3|psycopg2?|pymysql|mysql\.connector|sqlalchemy)\b/i,
    /\.execute(?:many)?\s*\(/i
  ],
  "SSH or SFTP": [/\b(?:paramiko|asyncssh|pysftp)\b/, /\bSSHClient\s*\(/],
  "filesystem operations": [
    /(?<![\w.])open\s*\(/,
    /\bos\.(?:remove|unlink|rename|replace|makedirs|listdir|walk)\s*\(/,
    /\bshutil\.(?:copy|copyfile|copytree|move|rmtree)\s*\(/,
    /\bglob\.glob\s*\(/
  ],
  "arbitrary network requests": [
    /\brequests\.(?:get|post|put|patch|delete|head|options|request)\s*\(/,
    /\bhttpx\.(?:get|post|put|patch|delete|head|options|request|stream)\s*\(/,
    /\baiohttp\.ClientSession\s*\(/,
    /\burllib\.request\.(?:urlopen|Request)\s*\(/,
    /(?<![\w.])urlopen\s*\(/
  ],
  "browser automation": [
    /\b(?:playwright|selenium|pyppeteer|webdriver)\b/,
    /\bbrowser\.new_page\s*\(/,
    /\bpage\.goto\s*\(/
  ]
};
var CAPABILITIES = Object.keys(PATTERNS);
var CODE = /\.(?:py|js|ts)$/i;
async function scanCapabilities(ctx) {
  const out = {};
  for (const f of ctx.access.files) {
    if (!CODE.test(f.path) || f.size > MAX_TEXT_BYTES) continue;
    const text = await ctx.text(f.path);
    if (!text) continue;
    splitLines(text).forEach((line, i) => {
      if (/^\s*#/.test(line)) return;
      for (const cap of CAPABILITIES) {
        if (!PATTERNS[cap].some((p) => p.test(line))) continue;
        const hit = out[cap] ?? { count: 0, samples: [] };
        out[cap] = hit;
        hit.count++;
        if (hit.samples.length < 20) hit.samples.push(`${f.path}:${i + 1}`);
      }
    });
  }
  return out;
}
function emptyNotes(notes) {
  return /^(?:none|n\/a|na|not applicable|no|nothing)\.?$/i.test(notes.replace(/\s+/g, " ").trim());
}
async function versionRules(ctx) {
  const dir = ctx.options.marketplaceDir;
  const version = ctx.manifestString("/version");
  if (!dir || !version) return [];
  const previous = await submittedVersions(dir, ctx.access.packagePath);
  const at = ctx.at("/version");
  if (previous.length === 0) {
    return [
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR571",
        `no earlier .difypkg in ${dir}: nothing to compare version ${version} with (fine for a new plugin)`,
        {
          ...at,
          fix: "Point --marketplace-dir at the <author>/<name>/ folder of your dify-plugins checkout."
        }
      )
    ];
  }
  const highest = previous.reduce((a, b) => (0, import_chunk_ZAGPN3OK.safeCompare)(a.version, b.version) >= 0 ? a : b);
  if ((0, import_chunk_ZAGPN3OK.safeCompare)(version, highest.version) > 0) return [];
  const same = previous.find((p) => (0, import_chunk_ZAGPN3OK.safeCompare)(p.version, version) === 0);
  return [
    (0, import_chunk_AIBAUOYI.finding)(
      "DPR570",
      same ? `version ${version} was already submitted (${same.file}): the marketplace refuses a version twice` : `version ${version} is not greater than ${highest.version}, already submitted (${highest.file})`,
      { ...at, fix: `Bump the version above ${highest.version} in manifest.yaml (and pyproject.toml).` }
    )
  ];
}
async function submittedVersions(dir, self) {
  let names;
  try {
    names = (0, import_node_fs.readdirSync)(dir).filter((n) => n.endsWith(".difypkg"));
  } catch (error) {
    throw new import_chunk_NG6BV4S6.UsageError(
      `--marketplace-dir ${dir} cannot be read: ${(0, import_chunk_NG6BV4S6.errorMessage)(error)}`,
      "Pass the <author>/<name>/ folder of a dify-plugins checkout."
    );
  }
  const selfReal = self ? safeReal(self) : void 0;
  const out = [];
  for (const name of names.sort()) {
    const file = import_node_path.default.join(dir, name);
    if (selfReal && safeReal(file) === selfReal) continue;
    const version = await manifestVersion(file) ?? /\d+(?:\.\d+){1,3}(?:[-+][0-9A-Za-z.-]+)?/.exec(name.replace(/\.difypkg$/, ""))?.[0];
    if (version) out.push({ file: name, version });
  }
  return out;
}
async function manifestVersion(file) {
  try {
    const pkg = await (0, import_chunk_MYI4MX5U.openPackage)(file);
    try {
      const m = (0, import_chunk_R6ZEAHMN.parseYamlBytes)("manifest.yaml", await pkg.read("manifest.yaml"));
      const v = m.scalarText("/version");
      return typeof v === "string" || typeof v === "number" ? String(v) : void 0;
    } finally {
      await pkg.close();
    }
  } catch {
    return void 0;
  }
}
function safeReal(p) {
  try {
    return (0, import_node_fs.realpathSync)(p);
  } catch {
    return import_node_path.default.resolve(p);
  }
}
function sections(body) {
  const out = /* @__PURE__ */ new Map();
  let current;
  let lines = [];
  const flush = () => {
    if (current !== void 0 && !out.has(current))
      out.set(
        current,
        lines.join("\n").replace(/<!--[\s\S]*?-->/g, "").trim()
      );
  };
  for (const line of body.split(/\r?\n/)) {
    const h = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (h) {
      flush();
      current = h[1].replace(/\s+/g, " ").toLowerCase();
      lines = [];
    } else if (current !== void 0) lines.push(line);
  }
  flush();
  return out;
}
async function prBodyRules(ctx) {
  const pr = ctx.options.prBody;
  if (!pr) return [];
  const s = sections(pr.text);
  if (ctx.profile === "official") {
    const notes2 = s.get("release notes");
    if (notes2) return [];
    return [
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR573",
        `${pr.file}: ${notes2 === void 0 ? 'no "## Release Notes" section' : 'the "## Release Notes" section is empty'}; the official repository's pre-check requires release notes`,
        {
          fix: 'Add a "## Release Notes" section saying what changed in this version; it becomes the changelog on the marketplace.'
        }
      )
    ];
  }
  const problems = [];
  const info = s.get("plugin information");
  const fields = /* @__PURE__ */ new Map();
  if (info === void 0) problems.push('no "## Plugin information" section');
  else {
    for (const field of ["Author", "Plugin name", "Version", "Source repository", "Contact"]) {
      const m = new RegExp(`^\\s*[-*]\\s*\\*\\*${field}\\*\\*\\s*:\\s*(.*)$`, "im").exec(info);
      const value = m?.[1]?.trim() ?? "";
      fields.set(field, value);
      if (!value) problems.push(`"${field}" is empty in Plugin information`);
    }
    if (fields.get("Source repository") && !/https?:\/\//.test(fields.get("Source repository"))) {
      problems.push('"Source repository" is not a URL');
    }
  }
  checkOne(s.get("submission type"), "Submission type", ["New plugin", "Version update"], problems);
  checkOne(s.get("risk level"), "Risk level", ["Low risk", "Medium risk", "High risk"], problems);
  for (const section of ["What changed", "Local validation", "Security and privacy notes"]) {
    if (!s.get(section.toLowerCase())) problems.push(`the "## ${section}" section is missing or empty`);
  }
  const notes = s.get("security and privacy notes");
  if (notes && emptyNotes(notes)) {
    const found = Object.keys(await scanCapabilities(ctx));
    if (found.length > 0)
      problems.push(
        `the security notes say "${notes}" but the code shows ${found.join(", ")}: disclose them`
      );
  }
  const prose = pr.text.replace(/```[\s\S]*?```/g, "").replace(/<!--[\s\S]*?-->/g, "").replace(/^.*【中文用户 & Non English User】.*$/gm, "");
  const cjk = prose.match(/[\u3400-\u4DBF\u4E00-\u9FFF]/g)?.length ?? 0;
  if (cjk > 0) problems.push(`${cjk} CJK characters outside code: the PR body must be in English`);
  const out = problems.map(
    (p) => (0, import_chunk_AIBAUOYI.finding)("DPR574", `${pr.file}: ${p}`, {
      fix: "Fill in the dify-plugins pull request template (.github/pull_request_template.md)."
    })
  );
  const manifest = [
    ["Author", ctx.manifestString("/author")],
    ["Plugin name", ctx.manifestString("/name")],
    ["Version", ctx.manifestString("/version")]
  ];
  for (const [field, expected] of manifest) {
    const given = fields.get(field)?.replace(/[`*]/g, "").trim();
    if (given && expected && given !== expected) {
      out.push(
        (0, import_chunk_AIBAUOYI.finding)("DPR575", `${pr.file}: ${field} is "${given}" but manifest.yaml says "${expected}"`, {
          fix: `Write ${expected} in the PR body, or fix manifest.yaml.`
        })
      );
    }
  }
  return out;
}
function checkOne(section, name, options, problems) {
  if (section === void 0) {
    problems.push(`no "## ${name}" section`);
    return;
  }
  const checked = options.filter(
    (o) => new RegExp(`^\\s*[-*]\\s*\\[[xX]\\]\\s*${o.replace(/ /g, "\\s+")}`, "im").test(section)
  );
  if (checked.length !== 1) {
    problems.push(`"${name}" must have exactly one of ${options.join(", ")} ticked (${checked.length} are)`);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CheckContext,
  MAX_TEXT_BYTES,
  PROFILES,
  baseName,
  mask,
  prBodyRules,
  pySuffix,
  scanCapabilities,
  sections,
  splitLines,
  versionRules
});
