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
  artifactOf: () => artifactOf
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_PD4DO7MN = require("./chunk-PD4DO7MN.cjs");
function artifactOf(facts) {
  const { path, sha256, size, author, name, version, checksum, verify } = facts;
  return {
    path,
    sha256,
    size,
    author,
    name,
    version,
    checksum,
    identifier: name ? (0, import_chunk_PD4DO7MN.formatIdentifier)(author, name, version, checksum) : "",
    pluginId: name ? `${author}/${name}` : "",
    signature: {
      state: verify.status,
      reason: verify.reason,
      ...verify.category !== void 0 && verify.status !== "unsigned" ? { category: verify.category } : {},
      ...verify.signer ? {
        signer: {
          fingerprint: verify.signer.fingerprint,
          official: verify.signer.official,
          origin: verify.signer.origin
        }
      } : {},
      ...verify.time !== void 0 ? { time: verify.time } : {}
    }
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  artifactOf
});
