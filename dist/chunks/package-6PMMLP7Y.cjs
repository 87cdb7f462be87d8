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
  packagePlugin: () => import_chunk_SORCRQMR.packagePlugin
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_SORCRQMR = require("./chunk-SORCRQMR.cjs");
var import_chunk_7DITFGIQ = require("./chunk-7DITFGIQ.cjs");
var import_chunk_PD4DO7MN = require("./chunk-PD4DO7MN.cjs");
var import_chunk_XAGCTRHJ = require("./chunk-XAGCTRHJ.cjs");
var import_chunk_NWBBVL5O = require("./chunk-NWBBVL5O.cjs");
var import_chunk_TPCKOOU5 = require("./chunk-TPCKOOU5.cjs");
var import_chunk_J3MQ6CG5 = require("./chunk-J3MQ6CG5.cjs");
var import_chunk_Q55RSBNO = require("./chunk-Q55RSBNO.cjs");
var import_chunk_SZJBJCIK = require("./chunk-SZJBJCIK.cjs");
var import_chunk_VXEUCSCM = require("./chunk-VXEUCSCM.cjs");
var import_chunk_YQ2GBM5X = require("./chunk-YQ2GBM5X.cjs");
var import_chunk_7KON7YZD = require("./chunk-7KON7YZD.cjs");
var import_chunk_YS5KZLZ7 = require("./chunk-YS5KZLZ7.cjs");
var import_chunk_SAEWK2QX = require("./chunk-SAEWK2QX.cjs");
var import_chunk_Z6ZQYNIY = require("./chunk-Z6ZQYNIY.cjs");
var import_chunk_OMGGYXM6 = require("./chunk-OMGGYXM6.cjs");
var import_chunk_GMYZR33R = require("./chunk-GMYZR33R.cjs");
var import_chunk_RSCBOPBN = require("./chunk-RSCBOPBN.cjs");
var import_chunk_R6ZEAHMN = require("./chunk-R6ZEAHMN.cjs");
var import_chunk_ZFMTKNA4 = require("./chunk-ZFMTKNA4.cjs");
var import_chunk_C7Z2DSUT = require("./chunk-C7Z2DSUT.cjs");
var import_chunk_UTH2BAN3 = require("./chunk-UTH2BAN3.cjs");
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
  packagePlugin
});
