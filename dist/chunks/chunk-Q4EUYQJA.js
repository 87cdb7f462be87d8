import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  pipelineCommand
} from "./chunk-J7OU3HEP.js";
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
} from "./chunk-2EUZ2NXI.js";
import {
  explainCommand
} from "./chunk-AZEV7QHZ.js";
import {
  inspectCommand
} from "./chunk-UPJ7TFNW.js";
import {
  rollbackCommand
} from "./chunk-YK6UXJYW.js";
import {
  statusCommand
} from "./chunk-7RSWS4GT.js";
import {
  submitCommand
} from "./chunk-6UMI2426.js";
import {
  promoteCommand
} from "./chunk-7SEJKA5M.js";
import {
  deployCommand
} from "./chunk-J6AMW64O.js";
import {
  verifyCommand
} from "./chunk-JVWTJYVS.js";
import {
  releaseCommand
} from "./chunk-VCKKINYY.js";
import {
  packageCommand
} from "./chunk-ICIOKQQS.js";
import {
  signCommand
} from "./chunk-AOMON52A.js";
import {
  checkCommand
} from "./chunk-QSBQETIX.js";
import {
  diffCommand
} from "./chunk-2RQA23OJ.js";
import {
  testCommand
} from "./chunk-VXRUOJMJ.js";
import {
  validateCommand
} from "./chunk-RQIYX477.js";

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
