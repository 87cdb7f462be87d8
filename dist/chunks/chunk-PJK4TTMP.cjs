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
var import_chunk_Q44EVGF7 = require("./chunk-Q44EVGF7.cjs");
var import_chunk_PXPMD3TU = require("./chunk-PXPMD3TU.cjs");
var import_chunk_XCLOYBP4 = require("./chunk-XCLOYBP4.cjs");
var import_chunk_WMHTQUSL = require("./chunk-WMHTQUSL.cjs");
var import_chunk_YSV4AIT4 = require("./chunk-YSV4AIT4.cjs");
var import_chunk_4ECRMQTV = require("./chunk-4ECRMQTV.cjs");
var import_chunk_A6SWV6VB = require("./chunk-A6SWV6VB.cjs");
var import_chunk_UV2DE73D = require("./chunk-UV2DE73D.cjs");
var import_chunk_XWJOXAO7 = require("./chunk-XWJOXAO7.cjs");
var import_chunk_KBDDRIAU = require("./chunk-KBDDRIAU.cjs");
var import_chunk_BUVGHG2M = require("./chunk-BUVGHG2M.cjs");
var import_chunk_Q5FF34FB = require("./chunk-Q5FF34FB.cjs");
var import_chunk_YLZ5JJQ6 = require("./chunk-YLZ5JJQ6.cjs");
var import_chunk_SSCXT6GC = require("./chunk-SSCXT6GC.cjs");
var import_chunk_YAWB6E63 = require("./chunk-YAWB6E63.cjs");
var import_chunk_YRKJHLRK = require("./chunk-YRKJHLRK.cjs");
var import_chunk_RVHEP2CR = require("./chunk-RVHEP2CR.cjs");
var import_chunk_JZZDJCUG = require("./chunk-JZZDJCUG.cjs");
var import_chunk_XB6QLOSA = require("./chunk-XB6QLOSA.cjs");
var import_chunk_BZXACXWT = require("./chunk-BZXACXWT.cjs");
var import_chunk_ZBRAUJ2B = require("./chunk-ZBRAUJ2B.cjs");
var import_chunk_MNVMK5XR = require("./chunk-MNVMK5XR.cjs");
var COMMANDS = [
  import_chunk_MNVMK5XR.validateCommand,
  import_chunk_XB6QLOSA.checkCommand,
  import_chunk_BZXACXWT.diffCommand,
  import_chunk_ZBRAUJ2B.testCommand,
  import_chunk_RVHEP2CR.packageCommand,
  import_chunk_JZZDJCUG.signCommand,
  import_chunk_YAWB6E63.verifyCommand,
  import_chunk_YRKJHLRK.releaseCommand,
  import_chunk_Q5FF34FB.submitCommand,
  import_chunk_SSCXT6GC.deployCommand,
  import_chunk_YLZ5JJQ6.promoteCommand,
  import_chunk_KBDDRIAU.rollbackCommand,
  import_chunk_BUVGHG2M.statusCommand,
  import_chunk_Q44EVGF7.pipelineCommand,
  import_chunk_XWJOXAO7.inspectCommand,
  import_chunk_PXPMD3TU.keygenCommand,
  import_chunk_YSV4AIT4.bundleCommand,
  import_chunk_4ECRMQTV.daemonCommand,
  import_chunk_XCLOYBP4.tasksCommand,
  import_chunk_A6SWV6VB.doctorCommand,
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
