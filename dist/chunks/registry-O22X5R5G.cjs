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
  COMMANDS: () => import_chunk_O6CFH7VL.COMMANDS,
  findCommand: () => import_chunk_O6CFH7VL.findCommand
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_O6CFH7VL = require("./chunk-O6CFH7VL.cjs");
var import_chunk_ATYQ47FE = require("./chunk-ATYQ47FE.cjs");
var import_chunk_PXPMD3TU = require("./chunk-PXPMD3TU.cjs");
var import_chunk_P77EKLI3 = require("./chunk-P77EKLI3.cjs");
var import_chunk_7VURBX44 = require("./chunk-7VURBX44.cjs");
var import_chunk_SUAPLF5L = require("./chunk-SUAPLF5L.cjs");
var import_chunk_RKOUPHLV = require("./chunk-RKOUPHLV.cjs");
var import_chunk_H72B24LS = require("./chunk-H72B24LS.cjs");
var import_chunk_O2P272UQ = require("./chunk-O2P272UQ.cjs");
var import_chunk_PZUF6U6P = require("./chunk-PZUF6U6P.cjs");
var import_chunk_Q7GUOQPD = require("./chunk-Q7GUOQPD.cjs");
var import_chunk_6NXZHJA5 = require("./chunk-6NXZHJA5.cjs");
var import_chunk_4PNYKRSI = require("./chunk-4PNYKRSI.cjs");
var import_chunk_3BFKTGKR = require("./chunk-3BFKTGKR.cjs");
var import_chunk_RZBKEO4L = require("./chunk-RZBKEO4L.cjs");
var import_chunk_LCGWJPQL = require("./chunk-LCGWJPQL.cjs");
var import_chunk_GPXKZDSO = require("./chunk-GPXKZDSO.cjs");
var import_chunk_2FE6APF3 = require("./chunk-2FE6APF3.cjs");
var import_chunk_IE3CTEOF = require("./chunk-IE3CTEOF.cjs");
var import_chunk_7JQYXQKF = require("./chunk-7JQYXQKF.cjs");
var import_chunk_ARBN6L6H = require("./chunk-ARBN6L6H.cjs");
var import_chunk_FXTALHJ3 = require("./chunk-FXTALHJ3.cjs");
var import_chunk_2RMILD3S = require("./chunk-2RMILD3S.cjs");
var import_chunk_A7MF4Y32 = require("./chunk-A7MF4Y32.cjs");
var import_chunk_BXTKYJQN = require("./chunk-BXTKYJQN.cjs");
var import_chunk_LO4GP5KN = require("./chunk-LO4GP5KN.cjs");
var import_chunk_PURN2G4Q = require("./chunk-PURN2G4Q.cjs");
var import_chunk_42Y64D6S = require("./chunk-42Y64D6S.cjs");
var import_chunk_BG6CPEH3 = require("./chunk-BG6CPEH3.cjs");
var import_chunk_EJ77EW26 = require("./chunk-EJ77EW26.cjs");
var import_chunk_OVS5IOGO = require("./chunk-OVS5IOGO.cjs");
var import_chunk_SXGCD46B = require("./chunk-SXGCD46B.cjs");
var import_chunk_CYKMR5N3 = require("./chunk-CYKMR5N3.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_HGO5ZHO7 = require("./chunk-HGO5ZHO7.cjs");
var import_chunk_HZPT5DVN = require("./chunk-HZPT5DVN.cjs");
var import_chunk_IGMRLCZS = require("./chunk-IGMRLCZS.cjs");
var import_chunk_YK7KIND3 = require("./chunk-YK7KIND3.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  COMMANDS,
  findCommand
});
