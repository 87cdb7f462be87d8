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
  NOT_SIGNED: () => NOT_SIGNED,
  VERIFICATION_FILE: () => VERIFICATION_FILE,
  categoryText: () => categoryText,
  short: () => short
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var VERIFICATION_FILE = ".verification.dify.json";
var NOT_SIGNED = "the package is not signed (its zip comment is empty)";
function short(fingerprint) {
  return `SHA256:${fingerprint.slice(0, 16)}`;
}
function categoryText(result) {
  if (result.category === void 0) return "-";
  if (result.categorySource === "legacy-default") return `${result.category} (legacy default)`;
  return result.category === "" ? `none (${VERIFICATION_FILE} has no authorized_category)` : result.category;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  NOT_SIGNED,
  VERIFICATION_FILE,
  categoryText,
  short
});
