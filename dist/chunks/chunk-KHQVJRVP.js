import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  pipelineCommand
} from "./chunk-ZKZA5GBN.js";
import {
  keygenCommand
} from "./chunk-OYF2RSYP.js";
import {
  tasksCommand
} from "./chunk-K4NJFTQA.js";
import {
  testPlanCommand
} from "./chunk-7FU7KTAG.js";
import {
  bundleCommand
} from "./chunk-GCDXVKFS.js";
import {
  daemonCommand
} from "./chunk-VRACQ3NL.js";
import {
  doctorCommand
} from "./chunk-O3LRC45A.js";
import {
  explainCommand
} from "./chunk-AZEV7QHZ.js";
import {
  inspectCommand
} from "./chunk-NLYQIVEP.js";
import {
  rollbackCommand
} from "./chunk-RMZYEBQH.js";
import {
  statusCommand
} from "./chunk-CL2DECSK.js";
import {
  submitCommand
} from "./chunk-HVGJ23QR.js";
import {
  promoteCommand
} from "./chunk-YMLKJHQE.js";
import {
  deployCommand
} from "./chunk-GNE2HTIW.js";
import {
  verifyCommand
} from "./chunk-JJRCRG34.js";
import {
  releaseCommand
} from "./chunk-7THUTBRW.js";
import {
  packageCommand
} from "./chunk-5EGOPNCF.js";
import {
  signCommand
} from "./chunk-U765PYD6.js";
import {
  checkCommand
} from "./chunk-JCLAI5RO.js";
import {
  diffCommand
} from "./chunk-3ARZUENX.js";
import {
  testCommand
} from "./chunk-VXRUOJMJ.js";
import {
  validateCommand
} from "./chunk-HGR7O5DU.js";

// src/commands/registry.ts
var COMMANDS = [
  validateCommand,
  checkCommand,
  diffCommand,
  testCommand,
  packageCommand,
  signCommand,
  verifyCommand,
  releaseCommand,
  submitCommand,
  deployCommand,
  promoteCommand,
  rollbackCommand,
  statusCommand,
  pipelineCommand,
  inspectCommand,
  keygenCommand,
  bundleCommand,
  daemonCommand,
  tasksCommand,
  doctorCommand,
  explainCommand,
  testPlanCommand
];
function findCommand(name) {
  return COMMANDS.find((c) => c.name === name);
}

export {
  COMMANDS,
  findCommand
};
