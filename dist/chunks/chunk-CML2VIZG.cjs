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
  isSecretValue: () => isSecretValue,
  isSecretVariable: () => isSecretVariable,
  normalizeVariableName: () => normalizeVariableName,
  secretVariables: () => secretVariables
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
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
  if (head.includes("-----BEGIN ") && /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY-----/.test(head)) return true;
  if (head.includes("://") && /\b[a-z][a-z0-9+.-]{0,20}:\/\/[^\s/@:]{1,256}:[^\s/@]{1,512}@/i.test(head))
    return true;
  return (head.includes("gh") || head.includes("github_pat_")) && /(?:^|[^A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{40,})/.test(head);
}
function secretVariables(env) {
  const out = [];
  for (const [name, value] of Object.entries(env)) {
    if (value === void 0 || value === "") continue;
    if (isSecretVariable(name) || isSecretValue(value)) out.push(name);
  }
  return out.sort();
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  isSecretValue,
  isSecretVariable,
  normalizeVariableName,
  secretVariables
});
