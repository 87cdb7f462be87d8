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
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_Z3BOPR27 = require("./chunk-Z3BOPR27.cjs");
var import_chunk_PXPMD3TU = require("./chunk-PXPMD3TU.cjs");
var import_chunk_XCLOYBP4 = require("./chunk-XCLOYBP4.cjs");
var import_chunk_WMHTQUSL = require("./chunk-WMHTQUSL.cjs");
var import_chunk_YSV4AIT4 = require("./chunk-YSV4AIT4.cjs");
var import_chunk_4ECRMQTV = require("./chunk-4ECRMQTV.cjs");
var import_chunk_7YHVOZIF = require("./chunk-7YHVOZIF.cjs");
var import_chunk_UV2DE73D = require("./chunk-UV2DE73D.cjs");
var import_chunk_XWJOXAO7 = require("./chunk-XWJOXAO7.cjs");
var import_chunk_OVHG6KYV = require("./chunk-OVHG6KYV.cjs");
var import_chunk_BUVGHG2M = require("./chunk-BUVGHG2M.cjs");
var import_chunk_GSZRKWOM = require("./chunk-GSZRKWOM.cjs");
var import_chunk_5H2BDEGF = require("./chunk-5H2BDEGF.cjs");
var import_chunk_UYIW3NQ2 = require("./chunk-UYIW3NQ2.cjs");
var import_chunk_YAWB6E63 = require("./chunk-YAWB6E63.cjs");
var import_chunk_YRKJHLRK = require("./chunk-YRKJHLRK.cjs");
var import_chunk_77JL76VM = require("./chunk-77JL76VM.cjs");
var import_chunk_EUTMBRQP = require("./chunk-EUTMBRQP.cjs");
var import_chunk_OWSWX3FB = require("./chunk-OWSWX3FB.cjs");
var import_chunk_BZXACXWT = require("./chunk-BZXACXWT.cjs");
var import_chunk_ZBRAUJ2B = require("./chunk-ZBRAUJ2B.cjs");
var import_chunk_ADECULSO = require("./chunk-ADECULSO.cjs");
var COMMANDS = [
  import_chunk_ADECULSO.validateCommand,
  import_chunk_OWSWX3FB.checkCommand,
  import_chunk_BZXACXWT.diffCommand,
  import_chunk_ZBRAUJ2B.testCommand,
  import_chunk_77JL76VM.packageCommand,
  import_chunk_EUTMBRQP.signCommand,
  import_chunk_YAWB6E63.verifyCommand,
  import_chunk_YRKJHLRK.releaseCommand,
  import_chunk_GSZRKWOM.submitCommand,
  import_chunk_UYIW3NQ2.deployCommand,
  import_chunk_5H2BDEGF.promoteCommand,
  import_chunk_OVHG6KYV.rollbackCommand,
  import_chunk_BUVGHG2M.statusCommand,
  import_chunk_Z3BOPR27.pipelineCommand,
  import_chunk_XWJOXAO7.inspectCommand,
  import_chunk_PXPMD3TU.keygenCommand,
  import_chunk_YSV4AIT4.bundleCommand,
  import_chunk_4ECRMQTV.daemonCommand,
  import_chunk_XCLOYBP4.tasksCommand,
  import_chunk_7YHVOZIF.doctorCommand,
  import_chunk_UV2DE73D.explainCommand,
  import_chunk_WMHTQUSL.testPlanCommand
];
function findCommand(name) {
  return COMMANDS.find((c) => c.name === name);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  COMMANDS,
  findCommand
});
