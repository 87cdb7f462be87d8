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
  redact: () => redact,
  secretEnvValues: () => secretEnvValues
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_CML2VIZG = require("./chunk-CML2VIZG.cjs");
var MIN_SECRET = 6;
function redact(text, secrets) {
  let out = text;
  const parts = /* @__PURE__ */ new Set();
  for (const s of secrets) {
    if (!s) continue;
    parts.add(s);
    for (const line of s.split(/\r?\n/)) if (line.trim().length >= MIN_SECRET) parts.add(line.trim());
  }
  for (const s of [...parts].sort((a, b) => b.length - a.length)) {
    if (s.length < MIN_SECRET) continue;
    out = out.split(s).join("***");
  }
  return out;
}
function secretEnvValues(env) {
  return (0, import_chunk_CML2VIZG.secretVariables)(env).map((name) => env[name]).filter((v) => v.length >= MIN_SECRET);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  redact,
  secretEnvValues
});
