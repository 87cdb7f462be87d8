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
  CheckFailedError: () => CheckFailedError,
  DprError: () => DprError,
  EnvironmentError: () => EnvironmentError,
  UsageError: () => UsageError,
  errorMessage: () => errorMessage
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var DprError = class extends Error {
  constructor(message, exitCode, fix, options) {
    super(message, options);
    this.exitCode = exitCode;
    this.fix = fix;
    this.name = new.target.name;
  }
  exitCode;
  fix;
};
var UsageError = class extends DprError {
  constructor(message, fix) {
    super(message, 2, fix);
  }
};
var EnvironmentError = class extends DprError {
  constructor(message, fix, options) {
    super(message, 2, fix, options);
  }
};
var CheckFailedError = class extends DprError {
  constructor(message, fix) {
    super(message, 1, fix);
  }
};
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CheckFailedError,
  DprError,
  EnvironmentError,
  UsageError,
  errorMessage
});
