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
  TARGET_OPTIONS: () => TARGET_OPTIONS
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var TARGET_OPTIONS = [
  {
    key: "env",
    kind: "string",
    value: "name",
    description: "the environment of .dify-release.yml (default: every environment configured, else the embedded daemon)"
  },
  {
    key: "targetUrl",
    kind: "string",
    value: "url",
    description: "the daemon\u2019s or the Dify console\u2019s URL, instead of the environment\u2019s"
  },
  {
    key: "targetKind",
    kind: "enum",
    choices: ["daemon", "console"],
    description: "with --target-url: daemon (X-Api-Key) or console (a Dify account)"
  },
  {
    key: "apiKeyEnv",
    kind: "string",
    value: "variable",
    defaultText: "DIFY_DAEMON_API_KEY",
    description: "the environment variable holding the daemon\u2019s API key"
  },
  {
    key: "accountEnv",
    kind: "string",
    value: "variable",
    defaultText: "DIFY_CONSOLE_ACCOUNT",
    description: "the environment variable holding the console account (EMAIL:PASSWORD)"
  },
  {
    key: "tenant",
    kind: "string",
    value: "id",
    description: "the daemon\u2019s tenant (the Dify workspace id; default: the environment\u2019s tenants)"
  }
];
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  TARGET_OPTIONS
});
