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
  COMMANDS: () => COMMANDS,
  findCommand: () => findCommand
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_ATYQ47FE = require("./chunk-ATYQ47FE.cjs");
var import_chunk_PXPMD3TU = require("./chunk-PXPMD3TU.cjs");
var import_chunk_P77EKLI3 = require("./chunk-P77EKLI3.cjs");
var import_chunk_7VURBX44 = require("./chunk-7VURBX44.cjs");
var import_chunk_SUAPLF5L = require("./chunk-SUAPLF5L.cjs");
var import_chunk_RKOUPHLV = require("./chunk-RKOUPHLV.cjs");
var import_chunk_H72B24LS = require("./chunk-H72B24LS.cjs");
var import_chunk_Q7GUOQPD = require("./chunk-Q7GUOQPD.cjs");
var import_chunk_6NXZHJA5 = require("./chunk-6NXZHJA5.cjs");
var import_chunk_4PNYKRSI = require("./chunk-4PNYKRSI.cjs");
var import_chunk_3BFKTGKR = require("./chunk-3BFKTGKR.cjs");
var import_chunk_LCGWJPQL = require("./chunk-LCGWJPQL.cjs");
var import_chunk_GPXKZDSO = require("./chunk-GPXKZDSO.cjs");
var import_chunk_2FE6APF3 = require("./chunk-2FE6APF3.cjs");
var import_chunk_7JQYXQKF = require("./chunk-7JQYXQKF.cjs");
var import_chunk_ARBN6L6H = require("./chunk-ARBN6L6H.cjs");
var import_chunk_2RMILD3S = require("./chunk-2RMILD3S.cjs");
var import_chunk_A7MF4Y32 = require("./chunk-A7MF4Y32.cjs");
var import_chunk_PURN2G4Q = require("./chunk-PURN2G4Q.cjs");
var import_chunk_BG6CPEH3 = require("./chunk-BG6CPEH3.cjs");
var import_chunk_EJ77EW26 = require("./chunk-EJ77EW26.cjs");
var import_chunk_HZPT5DVN = require("./chunk-HZPT5DVN.cjs");
var COMMANDS = [
  import_chunk_HZPT5DVN.validateCommand,
  import_chunk_PURN2G4Q.checkCommand,
  import_chunk_BG6CPEH3.diffCommand,
  import_chunk_EJ77EW26.testCommand,
  import_chunk_2RMILD3S.packageCommand,
  import_chunk_A7MF4Y32.signCommand,
  import_chunk_7JQYXQKF.verifyCommand,
  import_chunk_ARBN6L6H.releaseCommand,
  import_chunk_LCGWJPQL.submitCommand,
  import_chunk_2FE6APF3.deployCommand,
  import_chunk_GPXKZDSO.promoteCommand,
  import_chunk_4PNYKRSI.rollbackCommand,
  import_chunk_3BFKTGKR.statusCommand,
  import_chunk_ATYQ47FE.pipelineCommand,
  import_chunk_6NXZHJA5.inspectCommand,
  import_chunk_PXPMD3TU.keygenCommand,
  import_chunk_SUAPLF5L.bundleCommand,
  import_chunk_RKOUPHLV.daemonCommand,
  import_chunk_P77EKLI3.tasksCommand,
  import_chunk_H72B24LS.doctorCommand,
  import_chunk_Q7GUOQPD.explainCommand,
  import_chunk_7VURBX44.testPlanCommand
];
function findCommand(name) {
  return COMMANDS.find((c) => c.name === name);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  COMMANDS,
  findCommand
});
