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
  statusStage: () => statusStage
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_WLE2JKKJ = require("./chunk-WLE2JKKJ.cjs");
var import_chunk_YQ4EF2FE = require("./chunk-YQ4EF2FE.cjs");
var import_chunk_MYPC2CKU = require("./chunk-MYPC2CKU.cjs");
var import_chunk_FXCSIXA6 = require("./chunk-FXCSIXA6.cjs");
var import_chunk_MO7QG43S = require("./chunk-MO7QG43S.cjs");
var import_chunk_QTU2EDDL = require("./chunk-QTU2EDDL.cjs");
var import_chunk_74VT73DH = require("./chunk-74VT73DH.cjs");
var import_chunk_QD5E7H7M = require("./chunk-QD5E7H7M.cjs");
var import_chunk_CIGYBCEM = require("./chunk-CIGYBCEM.cjs");
var import_chunk_5CTX533T = require("./chunk-5CTX533T.cjs");
var import_chunk_7DITFGIQ = require("./chunk-7DITFGIQ.cjs");
var import_chunk_PD4DO7MN = require("./chunk-PD4DO7MN.cjs");
var import_chunk_JS5O4ZNU = require("./chunk-JS5O4ZNU.cjs");
var import_chunk_NWBBVL5O = require("./chunk-NWBBVL5O.cjs");
var import_chunk_TPCKOOU5 = require("./chunk-TPCKOOU5.cjs");
var import_chunk_MYI4MX5U = require("./chunk-MYI4MX5U.cjs");
var import_chunk_RSCBOPBN = require("./chunk-RSCBOPBN.cjs");
var import_chunk_R6ZEAHMN = require("./chunk-R6ZEAHMN.cjs");
var import_chunk_ZFMTKNA4 = require("./chunk-ZFMTKNA4.cjs");
var import_chunk_C7Z2DSUT = require("./chunk-C7Z2DSUT.cjs");
var import_chunk_XDFA5MRV = require("./chunk-XDFA5MRV.cjs");
var import_chunk_2YVRSQ6N = require("./chunk-2YVRSQ6N.cjs");
var import_chunk_LO4GP5KN = require("./chunk-LO4GP5KN.cjs");
var import_chunk_CML2VIZG = require("./chunk-CML2VIZG.cjs");
var import_chunk_CYKMR5N3 = require("./chunk-CYKMR5N3.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_chunk_SAEB7QK7 = require("./chunk-SAEB7QK7.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var import_node_fs = require("node:fs");
var import_node_path = __dprBuiltin(require("node:path"));
async function statusStage(input, ctx) {
  const names = input.env ? [input.env] : environmentNames(ctx);
  const environments = [];
  for (const name of names) {
    const ledger = await (0, import_chunk_WLE2JKKJ.readOtherLedger)(
      name,
      { ...input.ledger ? { ledger: input.ledger } : {}, ...input.token ? { token: input.token } : {} },
      ctx,
      input
    );
    const history = await ledger.history();
    const current = (0, import_chunk_WLE2JKKJ.currentEntry)(history);
    const back = current?.action === "rollback" ? void 0 : (0, import_chunk_WLE2JKKJ.lastGood)(history);
    environments.push({
      environment: name,
      ledger: { kind: ledger.kind, where: ledger.where },
      current: current ? {
        identifier: current.identifier,
        version: current.version,
        digest: current.digest,
        entry: current.id,
        action: current.action,
        at: current.updatedAt
      } : null,
      rollbackTo: back ? { identifier: back.identifier } : null,
      inProgress: (0, import_chunk_WLE2JKKJ.unsettled)(history).map((e) => e.id),
      history: history.slice(0, input.limit ?? 10).map(item)
    });
  }
  return { environments };
}
function item(e) {
  return {
    id: e.id,
    action: e.action,
    state: e.state,
    identifier: e.identifier,
    version: e.version,
    digest: e.digest,
    tenants: e.tenants,
    previous: e.previous,
    description: e.description,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    ...e.resolution ? { resolution: e.resolution } : {}
  };
}
function environmentNames(ctx) {
  const names = new Set(Object.keys(ctx.config.environments));
  const dir = import_node_path.default.join(ctx.cwd, ".dify-release", "envs");
  if ((0, import_node_fs.existsSync)(dir)) {
    for (const d of (0, import_node_fs.readdirSync)(dir, { withFileTypes: true }))
      if (d.isDirectory() && (0, import_node_fs.existsSync)(import_node_path.default.join(dir, d.name, "ledger.json"))) names.add(d.name);
  }
  if (names.size === 0) names.add("staging").add("production");
  return [...names];
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  statusStage
});
