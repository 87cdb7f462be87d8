import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  pipelineCommand
} from "./chunk-3WM5I5RQ.js";
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
} from "./chunk-HEKPTX72.js";
import {
  explainCommand
} from "./chunk-AZEV7QHZ.js";
import {
  inspectCommand
} from "./chunk-UPJ7TFNW.js";
import {
  rollbackCommand
} from "./chunk-53UE5I7M.js";
import {
  statusCommand
} from "./chunk-7RSWS4GT.js";
import {
  submitCommand
} from "./chunk-LO7TP5FK.js";
import {
  promoteCommand
} from "./chunk-WDF3WVYG.js";
import {
  deployCommand
} from "./chunk-XCKCVOV2.js";
import {
  verifyCommand
} from "./chunk-JVWTJYVS.js";
import {
  releaseCommand
} from "./chunk-VCKKINYY.js";
import {
  packageCommand
} from "./chunk-XCVQH3HA.js";
import {
  signCommand
} from "./chunk-OCX67DOX.js";
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
