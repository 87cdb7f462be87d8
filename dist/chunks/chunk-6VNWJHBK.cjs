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
  LAYER_TEXT: () => LAYER_TEXT,
  allCodes: () => allCodes,
  canonicalCode: () => canonicalCode,
  closest: () => closest,
  lookupCode: () => lookupCode,
  nearestCode: () => nearestCode
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const here = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = here;
    }
  }
  return row[b.length];
}
function closest(word, candidates, maxDistance = 2) {
  let best;
  let bestDistance = maxDistance + 1;
  let bestPrefix = -1;
  for (const c of candidates) {
    const d = c.toLowerCase() === word.toLowerCase() ? 0 : editDistance(word, c);
    const prefix = commonPrefix(word, c);
    if (d < bestDistance || d === bestDistance && prefix > bestPrefix) {
      best = c;
      bestDistance = d;
      bestPrefix = prefix;
    }
  }
  return best;
}
function commonPrefix(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
var LAYER_TEXT = {
  cli: "Dify's CLI refuses to package it (`dify plugin package`)",
  daemon: "the plugin daemon refuses it at upload or install",
  sdk: "the Python SDK (dify_plugin) refuses it when the plugin starts",
  dify: "Dify's API server refuses it or breaks on it",
  "remote-debug": "only remote debugging refuses it",
  runtime: "Dify accepts it, and shows or does something other than intended",
  marketplace: "the marketplace's pull-request checks refuse it",
  "official-ci": "the official plugins repository's CI refuses it",
  coze: "Coze Studio refuses or skips it when it loads its plugin configuration",
  tool: "dify-plugin-release's own verdict (tests, signatures, releases, gates, configuration)",
  advice: "nothing refuses it: a likely mistake, or worth knowing"
};
function allCodes() {
  return Object.entries((0, import_chunk_AIBAUOYI.codes)()).map(([code, info]) => ({ code, ...info })).sort((a, b) => a.code.localeCompare(b.code, "en", { numeric: true }));
}
function lookupCode(text, surface = "code") {
  const code = canonicalCode(text);
  const info = (0, import_chunk_AIBAUOYI.codes)()[code];
  if (!info) {
    const near = nearestCode(code);
    throw new import_chunk_NG6BV4S6.UsageError(
      `${surface} "${text}" is not a finding code`,
      near ? `Did you mean ${near}? \`explain --list\` lists every code.` : "`explain --list` lists every code."
    );
  }
  return { code, ...info };
}
function canonicalCode(text) {
  const t = text.trim().toUpperCase();
  return /^\d+$/.test(t) ? `DPR${t}` : t;
}
function nearestCode(code) {
  return closest(code, Object.keys((0, import_chunk_AIBAUOYI.codes)()), 2);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  LAYER_TEXT,
  allCodes,
  canonicalCode,
  closest,
  lookupCode,
  nearestCode
});
