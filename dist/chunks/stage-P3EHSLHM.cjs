"use strict";
var __dprBuiltin = (m) => Object.create(m, { default: { value: m, enumerable: true } });
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  daemonStage: () => daemonStage
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_RYY2ONGX = require("./chunk-RYY2ONGX.cjs");
var import_chunk_MYPC2CKU = require("./chunk-MYPC2CKU.cjs");
var import_chunk_MO7QG43S = require("./chunk-MO7QG43S.cjs");
var import_chunk_CIGYBCEM = require("./chunk-CIGYBCEM.cjs");
var import_chunk_7DITFGIQ = require("./chunk-7DITFGIQ.cjs");
var import_chunk_PD4DO7MN = require("./chunk-PD4DO7MN.cjs");
var import_chunk_Q5C2TKAH = require("./chunk-Q5C2TKAH.cjs");
var import_chunk_JS5O4ZNU = require("./chunk-JS5O4ZNU.cjs");
var import_chunk_NWBBVL5O = require("./chunk-NWBBVL5O.cjs");
var import_chunk_TPCKOOU5 = require("./chunk-TPCKOOU5.cjs");
var import_chunk_MYI4MX5U = require("./chunk-MYI4MX5U.cjs");
var import_chunk_GMYZR33R = require("./chunk-GMYZR33R.cjs");
var import_chunk_RSCBOPBN = require("./chunk-RSCBOPBN.cjs");
var import_chunk_R6ZEAHMN = require("./chunk-R6ZEAHMN.cjs");
var import_chunk_ZFMTKNA4 = require("./chunk-ZFMTKNA4.cjs");
var import_chunk_C7Z2DSUT = require("./chunk-C7Z2DSUT.cjs");
var import_chunk_6FD3E23X = require("./chunk-6FD3E23X.cjs");
var import_chunk_LO4GP5KN = require("./chunk-LO4GP5KN.cjs");
var import_chunk_JBHNGCYE = require("./chunk-JBHNGCYE.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_chunk_SAEB7QK7 = require("./chunk-SAEB7QK7.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var import_node_path = __dprBuiltin(require("node:path"));
async function daemonStage(input, ctx) {
  const apiKey = ctx.env[input.apiKeyEnv];
  if (!apiKey || apiKey.trim() === "") {
    throw new import_chunk_MYPC2CKU.TargetError(
      `the embedded daemon refuses to start without an API key: ${input.apiKeyEnv} is not set or empty`,
      { kind: "config", code: "DPR1113" },
      `Set ${input.apiKeyEnv} to a secret of your choice (clients send it as X-Api-Key), or name another variable with --api-key-env.`
    );
  }
  let accounts = [];
  if (input.console) {
    const text = ctx.env[input.accountEnv];
    if (!text || text.trim() === "") {
      throw new import_chunk_MYPC2CKU.TargetError(
        `--console needs an account: ${input.accountEnv} is not set or empty`,
        { kind: "config", code: "DPR1113" },
        `Set ${input.accountEnv} to EMAIL:PASSWORD (or JSON {"email","password","role"}, or a list of them).`
      );
    }
    accounts = (0, import_chunk_MYPC2CKU.parseAccounts)(text, `$${input.accountEnv}`);
  }
  const dataDir = import_node_path.default.resolve(ctx.cwd, input.data);
  const started = Date.now();
  const daemon = await (0, import_chunk_RYY2ONGX.startEmbeddedDaemon)({
    dataDir,
    apiKey,
    host: input.host,
    port: input.port,
    forceVerify: input.forceVerify,
    trustedKeys: (input.trustedKey ?? []).map((k) => import_node_path.default.resolve(ctx.cwd, k)),
    ...input.maxPackageSize ? { maxPackageBytes: Math.round(input.maxPackageSize * 1024 * 1024) } : {},
    ...input.runtime === "python" ? { runtime: { ...input.python ? { python: input.python } : {}, offline: input.runtimeOffline } } : {},
    ...input.console ? {
      console: {
        accounts,
        ...input.difyVersion ? { difyVersion: input.difyVersion } : {},
        ...input.consoleScheme ? { scheme: input.consoleScheme } : {},
        ...input.consolePassword ? { passwordEncoding: input.consolePassword } : {}
      }
    } : {},
    tenant: input.tenant ?? import_chunk_RYY2ONGX.DEFAULT_TENANT,
    processes: ctx.ports.processes,
    env: ctx.env
  });
  if (daemon.recovered.length > 0)
    ctx.log(
      `${daemon.recovered.length} task(s) left running by a stopped daemon were failed: ${daemon.recovered.join(", ")}`
    );
  ctx.log(
    `listening on ${daemon.url} (daemon API: /plugin/${daemon.tenant}/management${input.console ? ", console API: /console/api" : ""}); data in ${dataDir}`
  );
  if (input.readyFile) {
    const ready = {
      url: daemon.url,
      host: daemon.host,
      port: daemon.port,
      tenant: daemon.tenant,
      pid: process.pid
    };
    (0, import_chunk_TPCKOOU5.writeAtomic)(import_node_path.default.resolve(ctx.cwd, input.readyFile), `${JSON.stringify(ready)}
`);
  }
  let on = () => {
  };
  const stoppedBy = await new Promise((resolve) => {
    on = (signal) => resolve(signal);
    process.on("SIGINT", on);
    process.on("SIGTERM", on);
    ctx.signal.addEventListener("abort", () => setImmediate(() => resolve("interrupted")), { once: true });
  });
  process.removeListener("SIGINT", on);
  process.removeListener("SIGTERM", on);
  await daemon.close();
  ctx.log(`stopped (${stoppedBy})`);
  return {
    url: daemon.url,
    host: daemon.host,
    port: daemon.port,
    tenant: daemon.tenant,
    dataDir,
    console: input.console,
    forceVerify: input.forceVerify,
    trustedKeys: input.trustedKey?.length ?? 0,
    runtime: input.runtime ?? "none",
    recovered: daemon.recovered,
    stoppedBy,
    uptimeMs: Date.now() - started
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  daemonStage
});
