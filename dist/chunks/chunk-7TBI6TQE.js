import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  pipelineCommand
} from "./chunk-RECBLIRD.js";
import {
  keygenCommand
} from "./chunk-OYF2RSYP.js";
import {
  tasksCommand
} from "./chunk-GEIE7UX5.js";
import {
  testPlanCommand
} from "./chunk-7FU7KTAG.js";
import {
  bundleCommand
} from "./chunk-GCDXVKFS.js";
import {
  daemonCommand
} from "./chunk-FKMQDVNU.js";
import {
  doctorCommand
} from "./chunk-DUCQZJBM.js";
import {
  explainCommand
} from "./chunk-AZEV7QHZ.js";
import {
  inspectCommand
} from "./chunk-UPJ7TFNW.js";
import {
  rollbackCommand
} from "./chunk-3BDNK52R.js";
import {
  statusCommand
} from "./chunk-7RSWS4GT.js";
import {
  submitCommand
} from "./chunk-YF25ONWA.js";
import {
  promoteCommand
} from "./chunk-VG7HAYRI.js";
import {
  deployCommand
} from "./chunk-IEVXI3CA.js";
import {
  verifyCommand
} from "./chunk-JVWTJYVS.js";
import {
  releaseCommand
} from "./chunk-VCKKINYY.js";
import {
  packageCommand
} from "./chunk-W3M62JFP.js";
import {
  signCommand
} from "./chunk-Y7E5AMYV.js";
import {
  checkCommand
} from "./chunk-IJZZQHRB.js";
import {
  diffCommand
} from "./chunk-2RQA23OJ.js";
import {
  testCommand
} from "./chunk-V3ODRHME.js";
import {
  validateCommand
} from "./chunk-MWFVCVXG.js";

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
