"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  MAX_SCANNED_LINE: () => MAX_SCANNED_LINE,
  entropy: () => entropy,
  vendorHits: () => vendorHits,
  vendorTokens: () => vendorTokens
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var WINDOW_OVERLAP = 2600;
function entropy(value) {
  const counts = /* @__PURE__ */ new Map();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  const n = [...value].length;
  for (const count of counts.values()) h -= count / n * Math.log2(count / n);
  return h;
}
function splitLines(text) {
  return text.split(/\r\n|\n|\r/);
}
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
  const patterns = VENDOR_PATTERNS.filter((p) => text.includes(p.literal));
  if (patterns.length === 0) return out;
  splitLines(text).forEach((line, i) => {
    for (const hit of vendorHits(line, patterns)) {
      if (!hit.placeholder) out.push({ what: hit.what, masked: hit.masked, line: i + 1, column: hit.column });
    }
  });
  return out;
}
function vendorHits(line, patterns = VENDOR_PATTERNS) {
  const out = [];
  for (const { what, literal, re, prefix } of patterns) {
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  MAX_SCANNED_LINE,
  entropy,
  vendorHits,
  vendorTokens
});
