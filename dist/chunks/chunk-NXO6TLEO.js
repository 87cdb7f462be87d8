import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  secretVariables
} from "./chunk-AFHULDBQ.js";

// src/core/redact.ts
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
  return secretVariables(env).map((name) => env[name]).filter((v) => v.length >= MIN_SECRET);
}

export {
  redact,
  secretEnvValues
};
