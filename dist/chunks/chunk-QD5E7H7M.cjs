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
  inspectOpen: () => inspectOpen,
  readArtifact: () => readArtifact,
  sha256File: () => sha256File
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_CIGYBCEM = require("./chunk-CIGYBCEM.cjs");
var import_chunk_5CTX533T = require("./chunk-5CTX533T.cjs");
var import_chunk_PD4DO7MN = require("./chunk-PD4DO7MN.cjs");
var import_chunk_MYI4MX5U = require("./chunk-MYI4MX5U.cjs");
var import_chunk_RSCBOPBN = require("./chunk-RSCBOPBN.cjs");
var import_chunk_R6ZEAHMN = require("./chunk-R6ZEAHMN.cjs");
var import_node_crypto = require("node:crypto");
var import_node_fs = require("node:fs");
var import_promises = require("node:fs/promises");
async function readArtifact(file, options = {}) {
  const pkg = await (0, import_chunk_MYI4MX5U.openPackage)(file, options.limits);
  try {
    return (await inspectOpen(pkg, file, options)).artifact;
  } finally {
    await pkg.close();
  }
}
async function inspectOpen(pkg, file, options = {}) {
  const [digest, info] = await Promise.all([sha256File(file), (0, import_promises.stat)(file)]);
  const verify = await (0, import_chunk_CIGYBCEM.verifyPackage)(pkg, options.keys ?? [(0, import_chunk_CIGYBCEM.officialKey)()]);
  const checksum = (0, import_chunk_PD4DO7MN.checksumOf)(verify.hashes);
  const manifest = pkg.entries.some((e) => e.name === import_chunk_RSCBOPBN.MANIFEST) ? (0, import_chunk_R6ZEAHMN.parseYamlBytes)(import_chunk_RSCBOPBN.MANIFEST, await pkg.read(import_chunk_RSCBOPBN.MANIFEST)) : void 0;
  return {
    manifest,
    verify,
    artifact: (0, import_chunk_5CTX533T.artifactOf)({
      path: file,
      sha256: digest,
      size: info.size,
      author: manifest?.scalarText("/author") ?? "",
      name: manifest?.scalarText("/name") ?? "",
      version: manifest?.scalarText("/version") ?? "",
      checksum,
      verify
    })
  };
}
async function sha256File(file) {
  const hash = (0, import_node_crypto.createHash)("sha256");
  for await (const chunk of (0, import_node_fs.createReadStream)(file)) hash.update(chunk);
  return hash.digest("hex");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  inspectOpen,
  readArtifact,
  sha256File
});
