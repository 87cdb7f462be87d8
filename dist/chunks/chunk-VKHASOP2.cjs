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
  ENV_OPTION: () => ENV_OPTION,
  PROVENANCE_OPTIONS: () => PROVENANCE_OPTIONS,
  TARGET_OPTIONS: () => TARGET_OPTIONS,
  TOKEN_OPTION: () => TOKEN_OPTION,
  gateFindings: () => gateFindings,
  gateTable: () => gateTable,
  short: () => short
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var ENV_OPTION = {
  key: "env",
  kind: "string",
  value: "name",
  description: "the environment (its entry in .dify-release.yml; without a URL there, its embedded daemon in .dify-release/envs/NAME/)"
};
var TOKEN_OPTION = {
  key: "token",
  kind: "secret",
  flag: false,
  description: "the GitHub token for the Deployments ledger (default: GITHUB_TOKEN, else GH_TOKEN)",
  actionDefault: "${{ github.token }}"
};
var TARGET_OPTIONS = [
  {
    key: "targetUrl",
    kind: "string",
    value: "url",
    description: "the target instead of the environment\u2019s: a plugin daemon\u2019s URL, or a Dify console\u2019s"
  },
  {
    key: "targetKind",
    kind: "enum",
    choices: ["daemon", "console"],
    defaultText: "the environment\u2019s, else daemon",
    description: "what --target-url is"
  },
  {
    key: "apiKeyEnv",
    kind: "string",
    value: "variable",
    defaultText: "DIFY_DAEMON_API_KEY",
    description: "the environment variable holding the daemon\u2019s API key (never printed)"
  },
  {
    key: "accountEnv",
    kind: "string",
    value: "variable",
    defaultText: "DIFY_CONSOLE_ACCOUNT",
    description: "the environment variable holding the console account as EMAIL:PASSWORD (never printed)"
  },
  {
    key: "tenant",
    kind: "list",
    split: ",",
    value: "ids",
    description: "the tenants (daemon) or workspaces (console) to change, comma-separated; default the environment\u2019s"
  },
  {
    key: "trustedKey",
    kind: "list",
    value: "pem",
    description: "a public key file whose signatures are trusted (repeatable; the official key always is)"
  },
  {
    key: "ledger",
    kind: "enum",
    choices: ["auto", "local", "github"],
    default: "auto",
    description: "where deployments are recorded: GitHub Deployments in Actions, the local file .dify-release/envs/NAME/ledger.json otherwise (auto)"
  },
  {
    key: "timeout",
    kind: "number",
    min: 1,
    value: "seconds",
    default: 600,
    description: "how long to wait for an install task"
  },
  TOKEN_OPTION
];
var PROVENANCE_OPTIONS = [
  {
    key: "digest",
    kind: "string",
    value: "sha256",
    description: "the sha256 recorded when the package was built (the package step\u2019s output)"
  },
  {
    key: "sums",
    kind: "path",
    value: "file",
    defaultText: "SHA256SUMS next to the package",
    description: "a SHA256SUMS file that records the package\u2019s digest"
  },
  {
    key: "attestation",
    kind: "path",
    value: "file",
    defaultText: "<package>.sigstore.json when present",
    description: "an attestation bundle whose subject is the package\u2019s digest"
  },
  {
    key: "assetUrl",
    kind: "string",
    value: "url",
    description: "where the package can be downloaded again (the release asset), recorded for rollback"
  },
  {
    key: "record",
    kind: "path",
    value: "file",
    description: "also write the checklist record (JSON, schemas/checklist-record.schema.json) here"
  }
];
function gateFindings(gates) {
  const out = [];
  for (const g of gates) {
    if (g.status === "passed" || g.status === "skipped") continue;
    const code = g.status === "pending" ? "DPR1203" : g.required ? "DPR1201" : "DPR1202";
    const evidence = g.evidence.length ? ` (evidence: ${g.evidence.slice(0, 4).join("; ")})` : "";
    out.push(
      (0, import_chunk_AIBAUOYI.finding)(
        code,
        `gate ${g.id} ${g.status}: ${g.reason ?? g.title}${evidence}`,
        g.fix ? { fix: g.fix } : {}
      )
    );
  }
  return out;
}
function gateTable(title, gates) {
  return { kind: "gates", title, gates };
}
var short = (d) => d ? `${d.slice(0, 12)}\u2026` : "";
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ENV_OPTION,
  PROVENANCE_OPTIONS,
  TARGET_OPTIONS,
  TOKEN_OPTION,
  gateFindings,
  gateTable,
  short
});
