import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);

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
var SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|API_KEY|APIKEY|PRIVATE_KEY|CREDENTIALS?|COOKIE)$|^INPUT_(KEY|TOKEN|.*-TOKEN|.*_TOKEN|PASSWORD)$|^ACTIONS_(RUNTIME|ID_TOKEN_REQUEST)_(TOKEN|URL)$/i;
function secretEnvValues(env) {
  return Object.entries(env).filter(([k, v]) => v && v.length >= 6 && SECRET_NAME.test(k)).map(([, v]) => v);
}

export {
  redact,
  secretEnvValues
};
