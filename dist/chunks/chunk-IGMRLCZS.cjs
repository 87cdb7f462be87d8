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
  defineCommand: () => defineCommand,
  flagName: () => flagName,
  inputName: () => inputName
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
function defineCommand(decl) {
  return decl;
}
function flagName(o) {
  if (o.flag === false) return void 0;
  return o.flag ?? kebab(o.key);
}
function inputName(o) {
  if (o.input === false) return void 0;
  return o.input ?? flagName(o) ?? kebab(o.key);
}
function kebab(key) {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  defineCommand,
  flagName,
  inputName
});
