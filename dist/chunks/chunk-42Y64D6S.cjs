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
  artifactJson: () => artifactJson
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
function artifactJson(a) {
  return {
    path: a.path,
    sha256: a.sha256,
    size: a.size,
    identifier: a.identifier,
    checksum: a.checksum,
    pluginId: a.pluginId,
    version: a.version,
    signature: {
      state: a.signature.state,
      reason: a.signature.reason,
      category: a.signature.category ?? null,
      fingerprint: a.signature.signer?.fingerprint ?? null,
      official: a.signature.signer?.official ?? null
    }
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  artifactJson
});
