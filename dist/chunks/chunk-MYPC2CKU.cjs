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
  TargetError: () => TargetError,
  TaskFailedError: () => TaskFailedError,
  classifyDaemonError: () => classifyDaemonError,
  parseAccount: () => parseAccount,
  parseAccounts: () => parseAccounts,
  parseDaemonErrorMessage: () => parseDaemonErrorMessage
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var ENVIRONMENT_KINDS = /* @__PURE__ */ new Set([
  "auth",
  "permission",
  "workspace",
  "protocol",
  "config",
  "server"
]);
var TargetError = class extends import_chunk_NG6BV4S6.DprError {
  kind;
  code;
  route;
  status;
  errorType;
  serverCode;
  serverMessage;
  constructor(message, detail, fix, options) {
    super(message, ENVIRONMENT_KINDS.has(detail.kind) ? 2 : 1, fix, options);
    this.kind = detail.kind;
    this.code = detail.code;
    this.route = detail.route;
    this.status = detail.status;
    this.errorType = detail.errorType;
    this.serverCode = detail.serverCode;
    this.serverMessage = detail.serverMessage;
  }
};
var TaskFailedError = class extends TargetError {
  constructor(task, message, fix) {
    const failed = task.plugins.find((p) => p.status === "failed");
    super(
      message,
      {
        kind: "task-failed",
        code: /did not stay up|exited|crashed/i.test(failed?.message ?? "") ? "DPR1112" : "DPR1106",
        serverMessage: failed?.message
      },
      fix
    );
    this.task = task;
  }
  task;
};
function parseDaemonErrorMessage(message) {
  try {
    const parsed = JSON.parse(message);
    if (parsed && typeof parsed === "object" && typeof parsed.error_type === "string") {
      return {
        message: typeof parsed.message === "string" ? parsed.message : String(parsed.message ?? ""),
        errorType: parsed.error_type,
        args: parsed.args
      };
    }
  } catch {
  }
  return void 0;
}
function classifyDaemonError(errorType, message, status) {
  if (status === 401 || errorType === "PluginDaemonUnauthorizedError")
    return { kind: "auth", code: "DPR1101" };
  if (errorType === "PluginPermissionDeniedError" || errorType === "PluginDaemonPermissionDeniedError")
    return { kind: "permission", code: "DPR1102" };
  if (errorType === "PluginDaemonInternalServerError" || status >= 500) {
    return { kind: "server", code: "DPR1114" };
  }
  if (/bad signature|verification has been enabled/i.test(message))
    return { kind: "rejected", code: "DPR1105" };
  return { kind: "rejected", code: "DPR1114" };
}
var ROLES = ["owner", "admin", "editor", "normal"];
function parseAccounts(text, origin) {
  const trimmed = text.trim();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    let value;
    try {
      value = JSON.parse(trimmed);
    } catch {
      throw new import_chunk_NG6BV4S6.UsageError(
        `${origin} starts like JSON but does not parse as JSON`,
        'Write {"email": "\u2026", "password": "\u2026"} or EMAIL:PASSWORD.'
      );
    }
    const list = Array.isArray(value) ? value : [value];
    if (list.length === 0)
      throw new import_chunk_NG6BV4S6.UsageError(`${origin} holds no account`, 'Write {"email": "\u2026", "password": "\u2026"}.');
    return list.map((v, i) => account(v, list.length > 1 ? `${origin}[${i}]` : origin));
  }
  const colon = trimmed.indexOf(":");
  if (colon <= 0 || colon === trimmed.length - 1) {
    throw new import_chunk_NG6BV4S6.UsageError(
      `${origin} is not an account: write EMAIL:PASSWORD, or JSON {"email": "\u2026", "password": "\u2026"}`,
      "Store the console account as one secret and name it with --account-env (or account-env in .dify-release.yml)."
    );
  }
  return [{ email: trimmed.slice(0, colon).trim(), password: trimmed.slice(colon + 1) }];
}
function parseAccount(text, origin) {
  const [first] = parseAccounts(text, origin);
  return { email: first.email, password: first.password };
}
function account(value, origin) {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new import_chunk_NG6BV4S6.UsageError(`${origin} is not an account object`, 'Write {"email": "\u2026", "password": "\u2026"}.');
  const v = value;
  if (typeof v.email !== "string" || !v.email.includes("@"))
    throw new import_chunk_NG6BV4S6.UsageError(`${origin} has no "email" address`, 'Write {"email": "\u2026", "password": "\u2026"}.');
  if (typeof v.password !== "string" || v.password === "")
    throw new import_chunk_NG6BV4S6.UsageError(`${origin} has no "password"`, 'Write {"email": "\u2026", "password": "\u2026"}.');
  if (v.role !== void 0 && !ROLES.includes(String(v.role)))
    throw new import_chunk_NG6BV4S6.UsageError(`${origin}: "role" must be one of ${ROLES.join(", ")}`);
  return {
    email: v.email,
    password: v.password,
    ...v.role ? { role: v.role } : {},
    ...typeof v.name === "string" ? { name: v.name } : {}
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  TargetError,
  TaskFailedError,
  classifyDaemonError,
  parseAccount,
  parseAccounts,
  parseDaemonErrorMessage
});
