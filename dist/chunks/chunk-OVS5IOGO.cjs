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
  MAX_TIMEOUT_SECONDS: () => MAX_TIMEOUT_SECONDS,
  QUICK_TIMEOUT_MS: () => QUICK_TIMEOUT_MS,
  TOP_UP_TIMEOUT_MS: () => TOP_UP_TIMEOUT_MS,
  validTimeout: () => validTimeout
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var MAX_TIMEOUT_SECONDS = 2147483;
var QUICK_TIMEOUT_MS = 6e4;
var TOP_UP_TIMEOUT_MS = 2 * 6e4;
function validTimeout(seconds) {
  return Number.isFinite(seconds) && seconds >= 0 && seconds <= MAX_TIMEOUT_SECONDS;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  MAX_TIMEOUT_SECONDS,
  QUICK_TIMEOUT_MS,
  TOP_UP_TIMEOUT_MS,
  validTimeout
});
