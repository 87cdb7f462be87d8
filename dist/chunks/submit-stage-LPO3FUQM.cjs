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
  DEFAULT_FORK_TOKEN_ENV: () => import_chunk_WRMHDF7M.DEFAULT_FORK_TOKEN_ENV,
  DEFAULT_UPSTREAM: () => import_chunk_WRMHDF7M.DEFAULT_UPSTREAM,
  submitStage: () => import_chunk_WRMHDF7M.submitStage
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_WRMHDF7M = require("./chunk-WRMHDF7M.cjs");
var import_chunk_FXCSIXA6 = require("./chunk-FXCSIXA6.cjs");
var import_chunk_REP2FVEV = require("./chunk-REP2FVEV.cjs");
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
var import_chunk_MRU7FL3X = require("./chunk-MRU7FL3X.cjs");
var import_chunk_5RUZWPG3 = require("./chunk-5RUZWPG3.cjs");
var import_chunk_J3MQ6CG5 = require("./chunk-J3MQ6CG5.cjs");
var import_chunk_Q55RSBNO = require("./chunk-Q55RSBNO.cjs");
var import_chunk_MYI4MX5U = require("./chunk-MYI4MX5U.cjs");
var import_chunk_ZAGPN3OK = require("./chunk-ZAGPN3OK.cjs");
var import_chunk_SZJBJCIK = require("./chunk-SZJBJCIK.cjs");
var import_chunk_VXEUCSCM = require("./chunk-VXEUCSCM.cjs");
var import_chunk_YQ2GBM5X = require("./chunk-YQ2GBM5X.cjs");
var import_chunk_7KON7YZD = require("./chunk-7KON7YZD.cjs");
var import_chunk_YS5KZLZ7 = require("./chunk-YS5KZLZ7.cjs");
var import_chunk_SAEWK2QX = require("./chunk-SAEWK2QX.cjs");
var import_chunk_AQPOEHWX = require("./chunk-AQPOEHWX.cjs");
var import_chunk_Z6ZQYNIY = require("./chunk-Z6ZQYNIY.cjs");
var import_chunk_OMGGYXM6 = require("./chunk-OMGGYXM6.cjs");
var import_chunk_GMYZR33R = require("./chunk-GMYZR33R.cjs");
var import_chunk_RSCBOPBN = require("./chunk-RSCBOPBN.cjs");
var import_chunk_R6ZEAHMN = require("./chunk-R6ZEAHMN.cjs");
var import_chunk_ZFMTKNA4 = require("./chunk-ZFMTKNA4.cjs");
var import_chunk_C7Z2DSUT = require("./chunk-C7Z2DSUT.cjs");
var import_chunk_UTH2BAN3 = require("./chunk-UTH2BAN3.cjs");
var import_chunk_2YVRSQ6N = require("./chunk-2YVRSQ6N.cjs");
var import_chunk_LO4GP5KN = require("./chunk-LO4GP5KN.cjs");
var import_chunk_CML2VIZG = require("./chunk-CML2VIZG.cjs");
var import_chunk_4XO4ETKR = require("./chunk-4XO4ETKR.cjs");
var import_chunk_CYKMR5N3 = require("./chunk-CYKMR5N3.cjs");
var import_chunk_JBHNGCYE = require("./chunk-JBHNGCYE.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_chunk_SAEB7QK7 = require("./chunk-SAEB7QK7.cjs");
var import_chunk_YK7KIND3 = require("./chunk-YK7KIND3.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DEFAULT_FORK_TOKEN_ENV,
  DEFAULT_UPSTREAM,
  submitStage
});
