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
  IDENTIFIER_PATTERN: () => IDENTIFIER_PATTERN,
  NAME_PATTERN: () => NAME_PATTERN,
  VERSION_PATTERN: () => VERSION_PATTERN,
  checksumOf: () => checksumOf,
  entryHashes: () => entryHashes,
  formatIdentifier: () => formatIdentifier,
  isValidIdentifier: () => isValidIdentifier,
  parseIdentifier: () => parseIdentifier
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_SAEB7QK7 = require("./chunk-SAEB7QK7.cjs");
var import_node_crypto = require("node:crypto");
function checksumOf(entries) {
  const byName = /* @__PURE__ */ new Map();
  for (const e of entries) byName.set(e.name, e.sha256);
  const outer = (0, import_node_crypto.createHash)("sha256");
  for (const name of [...byName.keys()].sort(import_chunk_SAEB7QK7.byteOrder)) {
    outer.update((0, import_node_crypto.createHash)("sha256").update(name, "utf8").digest());
    outer.update(byName.get(name));
  }
  return outer.digest("hex");
}
var STREAM_FROM = 1024 * 1024;
async function entryHashes(pkg) {
  const out = [];
  for (const { name, size } of pkg.entries) {
    const hash = (0, import_node_crypto.createHash)("sha256");
    if (size <= STREAM_FROM) hash.update(await pkg.read(name));
    else for await (const chunk of await pkg.stream(name)) hash.update(chunk);
    out.push({ name, sha256: hash.digest() });
  }
  return out;
}
var IDENTIFIER_PATTERN = /^(?:([a-z0-9_-]{1,64})\/)?([a-z0-9_-]{1,255}):([0-9]{1,4})(\.[0-9]{1,4}){1,3}(-\w{1,16})?@[a-f0-9]{32,64}$/;
var NAME_PATTERN = /^[a-z0-9_-]{1,255}$/;
var VERSION_PATTERN = /^[0-9]{1,4}(\.[0-9]{1,4}){1,3}(-\w{1,16})?$/;
function formatIdentifier(author, name, version, checksum) {
  return `${author ? `${author}/` : ""}${name}:${version}@${checksum}`;
}
function isValidIdentifier(identifier) {
  return IDENTIFIER_PATTERN.test(identifier);
}
function parseIdentifier(identifier) {
  if (!IDENTIFIER_PATTERN.test(identifier)) return void 0;
  const at = identifier.lastIndexOf("@");
  const head = identifier.slice(0, at);
  const colon = head.indexOf(":");
  const pluginId = head.slice(0, colon);
  const slash = pluginId.indexOf("/");
  return {
    pluginId,
    author: slash === -1 ? "" : pluginId.slice(0, slash),
    name: slash === -1 ? pluginId : pluginId.slice(slash + 1),
    version: head.slice(colon + 1),
    checksum: identifier.slice(at + 1)
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  IDENTIFIER_PATTERN,
  NAME_PATTERN,
  VERSION_PATTERN,
  checksumOf,
  entryHashes,
  formatIdentifier,
  isValidIdentifier,
  parseIdentifier
});
