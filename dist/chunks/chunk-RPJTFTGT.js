import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  pipelineCommand
} from "./chunk-2IWEKIMW.js";
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
} from "./chunk-VOZERCZW.js";
import {
  explainCommand
} from "./chunk-AZEV7QHZ.js";
import {
  inspectCommand
} from "./chunk-UPJ7TFNW.js";
import {
  rollbackCommand
} from "./chunk-4X5GSDON.js";
import {
  statusCommand
} from "./chunk-7RSWS4GT.js";
import {
  submitCommand
} from "./chunk-RNEJKI3O.js";
import {
  promoteCommand
} from "./chunk-HRH65B32.js";
import {
  deployCommand
} from "./chunk-XQCGHRVX.js";
import {
  verifyCommand
} from "./chunk-JVWTJYVS.js";
import {
  releaseCommand
} from "./chunk-VCKKINYY.js";
import {
  packageCommand
} from "./chunk-RRYIMZ5U.js";
import {
  signCommand
} from "./chunk-TTSAFXY3.js";
import {
  checkCommand
} from "./chunk-I3C5HU3X.js";
import {
  diffCommand
} from "./chunk-2RQA23OJ.js";
import {
  testCommand
} from "./chunk-V3ODRHME.js";
import {
  validateCommand
} from "./chunk-SAI3GBUW.js";

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
