import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);

// src/core/secrets.ts
var SECRET_NAMES = [
  "GITHUB_PAT",
  // The runner's OIDC token-minting endpoint: with the request token it yields an identity token.
  "ACTIONS_ID_TOKEN_REQUEST_URL",
  // Cloud credentials.
  "AWS_ACCESS_KEY_ID",
  "GOOGLE_APPLICATION_CREDENTIALS"
];
var SECRET_NAME_PATTERNS = [
  /(?:^|_)(?:TOKEN|TOKENS|SECRET|SECRETS|PASSWORD|PASSWORDS|PASSWD|PASSPHRASE|CREDENTIAL|CREDENTIALS|COOKIE|COOKIES)(?:_|$)/,
  /(?:^|_)(?:API|ACCESS|PRIVATE|SIGNING|SECRET|MASTER|ENCRYPTION|CLIENT|ACCOUNT|APP|LICENSE|SESSION)_?KEY(?:_|$)/,
  /(?:^|_)KEY$/,
  /(?:^|_)(?:PAT|AUTH|AUTHORIZATION|BEARER|JWT|DSN|WEBHOOK|WEBHOOK_URL|CONNECTION_STRING)$/
];
var POINTER = /(?:(?:^|_)(?:KEY|TOKEN|SECRET|SECRETS|PASSWORD|CREDENTIALS?)_(?:ENV|FILE|PATH|NAME|ID|TYPE|DIR)$|(?:^|_)ALLOW_SECRETS(?:_|$))/;
function normalizeVariableName(name) {
  return name.toUpperCase().replace(/-/g, "_");
}
function isSecretVariable(name) {
  const n = normalizeVariableName(name);
  if (SECRET_NAMES.includes(n)) return true;
  if (POINTER.test(n)) return false;
  return SECRET_NAME_PATTERNS.some((p) => p.test(n));
}
function isSecretValue(value) {
  const head = value.slice(0, 8192);
  if (/-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY-----/.test(head)) return true;
  if (/\b[a-z][a-z0-9+.-]{0,20}:\/\/[^\s/@:]{1,256}:[^\s/@]{1,512}@/i.test(head)) return true;
  return /(?:^|[^A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{40,})/.test(head);
}
function secretVariables(env) {
  const out = [];
  for (const [name, value] of Object.entries(env)) {
    if (value === void 0 || value === "") continue;
    if (isSecretVariable(name) || isSecretValue(value)) out.push(name);
  }
  return out.sort();
}

export {
  normalizeVariableName,
  isSecretVariable,
  isSecretValue,
  secretVariables
};
