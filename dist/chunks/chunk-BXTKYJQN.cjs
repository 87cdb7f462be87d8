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
  maxSizeOption: () => maxSizeOption,
  outputOption: () => outputOption,
  publicKeysOption: () => publicKeysOption
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
function maxSizeOption(of = "the package") {
  return {
    key: "maxSize",
    kind: "number",
    value: "MiB",
    min: 0,
    minExclusive: true,
    defaultText: "50, the daemon\u2019s",
    description: `uncompressed size limit of ${of} in MiB`,
    config: "package.max-size"
  };
}
function outputOption(description, config) {
  return {
    key: "output",
    kind: "path",
    short: "o",
    value: "dir",
    input: "output-dir",
    description,
    ...config ? { config } : {}
  };
}
function publicKeysOption(description) {
  return {
    key: "key",
    kind: "list",
    value: "file",
    input: "key-file",
    description,
    config: "verify.key-file"
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  maxSizeOption,
  outputOption,
  publicKeysOption
});
