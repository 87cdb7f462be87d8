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
  deployCommand: () => import_chunk_2FE6APF3.deployCommand,
  presentDeploy: () => import_chunk_2FE6APF3.presentDeploy,
  releaseFlags: () => import_chunk_2FE6APF3.releaseFlags,
  sessionFlags: () => import_chunk_2FE6APF3.sessionFlags
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_2FE6APF3 = require("./chunk-2FE6APF3.cjs");
var import_chunk_IE3CTEOF = require("./chunk-IE3CTEOF.cjs");
var import_chunk_HGO5ZHO7 = require("./chunk-HGO5ZHO7.cjs");
var import_chunk_IGMRLCZS = require("./chunk-IGMRLCZS.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  deployCommand,
  presentDeploy,
  releaseFlags,
  sessionFlags
});
