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
  ExitCode: () => import_chunk_FSUCKTWM.ExitCode,
  addPath: () => import_chunk_FSUCKTWM.addPath,
  debug: () => import_chunk_FSUCKTWM.debug,
  endGroup: () => import_chunk_FSUCKTWM.endGroup,
  error: () => import_chunk_FSUCKTWM.error,
  exportVariable: () => import_chunk_FSUCKTWM.exportVariable,
  getBooleanInput: () => import_chunk_FSUCKTWM.getBooleanInput,
  getIDToken: () => import_chunk_FSUCKTWM.getIDToken,
  getInput: () => import_chunk_FSUCKTWM.getInput,
  getMultilineInput: () => import_chunk_FSUCKTWM.getMultilineInput,
  getState: () => import_chunk_FSUCKTWM.getState,
  group: () => import_chunk_FSUCKTWM.group,
  info: () => import_chunk_FSUCKTWM.info,
  isDebug: () => import_chunk_FSUCKTWM.isDebug,
  markdownSummary: () => import_chunk_FSUCKTWM.markdownSummary,
  notice: () => import_chunk_FSUCKTWM.notice,
  platform: () => import_chunk_FSUCKTWM.platform_exports,
  saveState: () => import_chunk_FSUCKTWM.saveState,
  setCommandEcho: () => import_chunk_FSUCKTWM.setCommandEcho,
  setFailed: () => import_chunk_FSUCKTWM.setFailed,
  setOutput: () => import_chunk_FSUCKTWM.setOutput,
  setSecret: () => import_chunk_FSUCKTWM.setSecret,
  startGroup: () => import_chunk_FSUCKTWM.startGroup,
  summary: () => import_chunk_FSUCKTWM.summary,
  toPlatformPath: () => import_chunk_FSUCKTWM.toPlatformPath,
  toPosixPath: () => import_chunk_FSUCKTWM.toPosixPath,
  toWin32Path: () => import_chunk_FSUCKTWM.toWin32Path,
  warning: () => import_chunk_FSUCKTWM.warning
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_FSUCKTWM = require("./chunk-FSUCKTWM.cjs");
var import_chunk_6ACRQSOY = require("./chunk-6ACRQSOY.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ExitCode,
  addPath,
  debug,
  endGroup,
  error,
  exportVariable,
  getBooleanInput,
  getIDToken,
  getInput,
  getMultilineInput,
  getState,
  group,
  info,
  isDebug,
  markdownSummary,
  notice,
  platform,
  saveState,
  setCommandEcho,
  setFailed,
  setOutput,
  setSecret,
  startGroup,
  summary,
  toPlatformPath,
  toPosixPath,
  toWin32Path,
  warning
});
