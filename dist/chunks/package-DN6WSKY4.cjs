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
  packageCommand: () => import_chunk_RVHEP2CR.packageCommand
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_RVHEP2CR = require("./chunk-RVHEP2CR.cjs");
var import_chunk_BXTKYJQN = require("./chunk-BXTKYJQN.cjs");
var import_chunk_LO4GP5KN = require("./chunk-LO4GP5KN.cjs");
var import_chunk_42Y64D6S = require("./chunk-42Y64D6S.cjs");
var import_chunk_CYKMR5N3 = require("./chunk-CYKMR5N3.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_IGMRLCZS = require("./chunk-IGMRLCZS.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  packageCommand
});
