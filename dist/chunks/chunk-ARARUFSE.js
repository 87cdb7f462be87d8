import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  pipelineCommand
} from "./chunk-ABMYKOAO.js";
import {
  inspectCommand
} from "./chunk-JV2SDZJG.js";
import {
  keygenCommand
} from "./chunk-WBALVF54.js";
import {
  tasksCommand
} from "./chunk-DPNKMWTI.js";
import {
  testPlanCommand
} from "./chunk-7FU7KTAG.js";
import {
  bundleCommand
} from "./chunk-2HNNMWG4.js";
import {
  daemonCommand
} from "./chunk-RGZW5JPH.js";
import {
  doctorCommand
} from "./chunk-OB5CHQ2A.js";
import {
  explainCommand
} from "./chunk-AZEV7QHZ.js";
import {
  rollbackCommand
} from "./chunk-REBUUDU7.js";
import {
  statusCommand
} from "./chunk-LDWCHAPX.js";
import {
  releaseCommand
} from "./chunk-D4IIEJMR.js";
import {
  submitCommand
} from "./chunk-6HFKTGO5.js";
import {
  promoteCommand
} from "./chunk-67POUGLA.js";
import {
  deployCommand
} from "./chunk-X2ZRXL2H.js";
import {
  verifyCommand
} from "./chunk-GQHC3TBA.js";
import {
  packageCommand
} from "./chunk-E6J5ZIHF.js";
import {
  signCommand
} from "./chunk-MEJJ4DTJ.js";
import {
  validateCommand
} from "./chunk-JYYXNW3G.js";
import {
  checkCommand
} from "./chunk-G5KYPP2H.js";
import {
  diffCommand
} from "./chunk-EDGECDR7.js";
import {
  testCommand
} from "./chunk-MGV2XCLI.js";

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
