import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  finding
} from "./chunk-EHVJKRLH.js";

// src/checks/marketplace/context.ts
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

// src/checks/marketplace/secrets.ts
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["__pycache__", ".git", ".hg", ".svn", ".venv", "venv", "env", "node_modules"]);
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
var VENDOR_PATTERNS = [
  { what: "an OpenAI-style API key", literal: "sk-", re: /\bsk-[A-Za-z0-9_-]{20,256}/, prefix: /^sk-/ },
  {
    what: "a GitHub token",
    literal: "gh",
    re: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9_]{20,255}/,
    prefix: /^gh[a-z]_/
  },
  {
    what: "a GitHub fine-grained token",
    literal: "github_pat_",
    re: /\bgithub_pat_[A-Za-z0-9_]{22,255}/,
    prefix: /^github_pat_/
  },
  { what: "a Slack token", literal: "xox", re: /\bxox[baprs]-[A-Za-z0-9-]{10,255}/, prefix: /^xox[a-z]-/ },
  {
    what: "a Slack webhook URL",
    literal: "hooks.slack.com",
    re: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9]{8,16}\/[A-Za-z0-9]{8,16}\/[A-Za-z0-9]{16,64}/,
    prefix: /^https:\/\/hooks\.slack\.com\/[a-z]{1,16}\/[A-Za-z0-9]{1,16}\/[A-Za-z0-9]{1,16}\//
  },
  { what: "a Google API key", literal: "AIza", re: /\bAIza[0-9A-Za-z_-]{35}/, prefix: /^AIza/ },
  {
    what: "a Stripe live secret key",
    literal: "_live_",
    re: /\b(?:sk|rk)_live_[0-9A-Za-z]{16,247}/,
    prefix: /^[sr]k_live_/
  },
  { what: "an AWS access key id", literal: "AKIA", re: /\bAKIA[0-9A-Z]{16}\b/, prefix: /^AKIA/ },
  {
    what: "a JWT",
    literal: "eyJ",
    re: /\beyJ[A-Za-z0-9_-]{8,800}\.[A-Za-z0-9_-]{8,800}\.[A-Za-z0-9_-]{8,800}/,
    prefix: /^eyJ/
  }
];
var MAX_SCANNED_LINE = 4096;
var WINDOW_OVERLAP = 2600;
var PLACEHOLDER_BODY = /^(?:your|example|placeholder|dummy|fake|x{1,256})[-_a-z]{0,256}$/i;
function isPlaceholderToken(token, prefix) {
  const body = token.replace(prefix, "");
  if (body.length <= 256 && PLACEHOLDER_BODY.test(body)) return true;
  if (/^[0-9A-Z]{9}EXAMPLE$/.test(body)) return true;
  return entropy(body) < 2.5;
}
function maskToken(token, prefix) {
  const shown = (prefix.exec(token)?.[0].length ?? 0) + 3;
  return `${token.slice(0, Math.min(shown, Math.floor(token.length / 3)))}\u2026(${token.length} chars)`;
}
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
function windows(line) {
  if (line.length <= MAX_SCANNED_LINE) return [{ text: line, offset: 0 }];
  const out = [];
  const step = MAX_SCANNED_LINE - WINDOW_OVERLAP;
  for (let at = 0; at < line.length; at += step) {
    out.push({ text: line.slice(at, at + MAX_SCANNED_LINE), offset: at });
    if (at + MAX_SCANNED_LINE >= line.length) break;
  }
  return out;
}
function vendorTokens(text) {
  const out = [];
  splitLines(text).forEach((line, i) => {
    for (const hit of vendorHits(line)) {
      if (!hit.placeholder) out.push({ what: hit.what, masked: hit.masked, line: i + 1, column: hit.column });
    }
  });
  return out;
}
function vendorHits(line) {
  const out = [];
  for (const { what, literal, re, prefix } of VENDOR_PATTERNS) {
    if (!line.includes(literal)) continue;
    const seen = /* @__PURE__ */ new Set();
    for (const w of windows(line)) {
      const m = re.exec(w.text);
      if (!m) continue;
      const column = w.offset + m.index + 1;
      if (seen.has(column)) continue;
      seen.add(column);
      out.push({
        what,
        masked: maskToken(m[0], prefix),
        column,
        placeholder: isPlaceholderToken(m[0], prefix)
      });
      break;
    }
  }
  return out;
}
async function secretRules(ctx) {
  const out = [];
  for (const file of ctx.access.files) {
    if (file.path.split("/").slice(0, -1).some((d) => SKIPPED_DIRS.has(d)))
      continue;
    if (file.size > MAX_TEXT_BYTES) {
      out.push(
        finding("DPR514", `${file.path} is larger than 1 MiB: the marketplace does not scan it for secrets`, {
          file: file.path,
          fix: "Make sure it holds no credential; a reviewer may ask what it is."
        })
      );
      continue;
    }
    if (BINARY_SUFFIXES.has(pySuffix(file.path))) continue;
    const bytes = await ctx.bytes(file.path);
    if (!bytes || bytes.subarray(0, 4096).includes(0)) continue;
    const text = await ctx.text(file.path);
    if (text !== void 0) out.push(...scanText(file.path, text));
  }
  return out;
}
function scanText(file, text) {
  const out = [];
  const code = CODE_SUFFIXES.has(pySuffix(file));
  const lines = splitLines(text);
  const offsets = [0];
  for (const m of text.matchAll(/\r\n|\n|\r/g)) offsets.push(m.index + m[0].length);
  lines.forEach((line, i) => {
    const lineNo = i + 1;
    const pem = line.includes("PRIVATE KEY") ? PEM_HEADER.exec(line.slice(0, MAX_SCANNED_LINE)) : null;
    if (pem) out.push(pemFinding(file, text, offsets[i] + pem.index, lineNo, pem.index + 1));
    const hits = vendorHits(line);
    for (const hit of hits) {
      if (hit.placeholder) {
        out.push(
          finding(
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
        finding("DPR510", `this line holds ${hit.what} (${hit.masked}): the marketplace blocks the package`, {
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
      return finding(
        "DPR515",
        `the URL query parameter \`${key}\` looks like a secret to the marketplace toolkit, which blocks the package; it is part of a URL, not an assignment (a known toolkit false positive)`,
        {
          ...at,
          fix: "If the URL carries no credential, say so in the PR\u2019s reviewer notes; if it does, remove the parameter and revoke the token."
        }
      );
    }
    return finding(
      "DPR512",
      `a literal with the entropy of a key is assigned to \`${key}\` (${mask(cleaned)}): the marketplace blocks the package`,
      {
        ...at,
        fix: "Remove the literal, revoke it if it is real, and read the value from the provider\u2019s credentials at run time."
      }
    );
  }
  if (inUrl) return void 0;
  return finding(
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
    return finding(
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
  return finding(
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
  if (/^[0-9a-fA-F]+$/.test(value)) return entropy(value) >= 3;
  if (/^[A-Za-z0-9+/=_.-]+$/.test(value)) return entropy(value) >= 4.5;
  return false;
}
function entropy(value) {
  const counts = /* @__PURE__ */ new Map();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  const n = [...value].length;
  for (const count of counts.values()) h -= count / n * Math.log2(count / n);
  return h;
}

export {
  PROFILES,
  MAX_TEXT_BYTES,
  CheckContext,
  pySuffix,
  baseName,
  vendorTokens,
  secretRules
};
