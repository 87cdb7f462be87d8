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
  COMMANDS: () => import_chunk_PJK4TTMP.COMMANDS,
  findCommand: () => import_chunk_PJK4TTMP.findCommand
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_PJK4TTMP = require("./chunk-PJK4TTMP.cjs");
var import_chunk_Q44EVGF7 = require("./chunk-Q44EVGF7.cjs");
var import_chunk_PXPMD3TU = require("./chunk-PXPMD3TU.cjs");
var import_chunk_XCLOYBP4 = require("./chunk-XCLOYBP4.cjs");
var import_chunk_WMHTQUSL = require("./chunk-WMHTQUSL.cjs");
var import_chunk_YSV4AIT4 = require("./chunk-YSV4AIT4.cjs");
var import_chunk_4ECRMQTV = require("./chunk-4ECRMQTV.cjs");
var import_chunk_A6SWV6VB = require("./chunk-A6SWV6VB.cjs");
var import_chunk_O2P272UQ = require("./chunk-O2P272UQ.cjs");
var import_chunk_PZUF6U6P = require("./chunk-PZUF6U6P.cjs");
var import_chunk_UV2DE73D = require("./chunk-UV2DE73D.cjs");
var import_chunk_XWJOXAO7 = require("./chunk-XWJOXAO7.cjs");
var import_chunk_KBDDRIAU = require("./chunk-KBDDRIAU.cjs");
var import_chunk_BUVGHG2M = require("./chunk-BUVGHG2M.cjs");
var import_chunk_6VNWJHBK = require("./chunk-6VNWJHBK.cjs");
var import_chunk_Q5FF34FB = require("./chunk-Q5FF34FB.cjs");
var import_chunk_YLZ5JJQ6 = require("./chunk-YLZ5JJQ6.cjs");
var import_chunk_SSCXT6GC = require("./chunk-SSCXT6GC.cjs");
var import_chunk_VKHASOP2 = require("./chunk-VKHASOP2.cjs");
var import_chunk_YAWB6E63 = require("./chunk-YAWB6E63.cjs");
var import_chunk_YRKJHLRK = require("./chunk-YRKJHLRK.cjs");
var import_chunk_FXTALHJ3 = require("./chunk-FXTALHJ3.cjs");
var import_chunk_RVHEP2CR = require("./chunk-RVHEP2CR.cjs");
var import_chunk_JZZDJCUG = require("./chunk-JZZDJCUG.cjs");
var import_chunk_BXTKYJQN = require("./chunk-BXTKYJQN.cjs");
var import_chunk_LO4GP5KN = require("./chunk-LO4GP5KN.cjs");
var import_chunk_XB6QLOSA = require("./chunk-XB6QLOSA.cjs");
var import_chunk_42Y64D6S = require("./chunk-42Y64D6S.cjs");
var import_chunk_BZXACXWT = require("./chunk-BZXACXWT.cjs");
var import_chunk_ZBRAUJ2B = require("./chunk-ZBRAUJ2B.cjs");
var import_chunk_OVS5IOGO = require("./chunk-OVS5IOGO.cjs");
var import_chunk_SXGCD46B = require("./chunk-SXGCD46B.cjs");
var import_chunk_CYKMR5N3 = require("./chunk-CYKMR5N3.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_chunk_MNVMK5XR = require("./chunk-MNVMK5XR.cjs");
var import_chunk_IGMRLCZS = require("./chunk-IGMRLCZS.cjs");
var import_chunk_YK7KIND3 = require("./chunk-YK7KIND3.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  COMMANDS,
  findCommand
});
