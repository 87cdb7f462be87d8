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
  PackageSource: () => PackageSource,
  SelectionSource: () => SelectionSource
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_YS5KZLZ7 = require("./chunk-YS5KZLZ7.cjs");
var import_chunk_SAEB7QK7 = require("./chunk-SAEB7QK7.cjs");
var PackageSource = class {
  constructor(pkg, label) {
    this.pkg = pkg;
    this.label = label;
    this.names = pkg.entries.map((e) => e.name).sort(import_chunk_SAEB7QK7.byteOrder);
    this.present = new Set(this.names);
  }
  pkg;
  label;
  names;
  present;
  async files() {
    return this.names;
  }
  async read(file) {
    return this.present.has(file) ? this.pkg.read(file) : void 0;
  }
};
var SelectionSource = class {
  constructor(files, generated, label, boundary, refused, contents) {
    this.generated = generated;
    this.label = label;
    this.boundary = boundary;
    this.refused = refused;
    this.contents = contents;
    for (const f of files) this.byPath.set(f.path, f);
    this.names = [.../* @__PURE__ */ new Set([...this.byPath.keys(), ...generated.keys()])].sort(import_chunk_SAEB7QK7.byteOrder);
  }
  generated;
  label;
  boundary;
  refused;
  contents;
  byPath = /* @__PURE__ */ new Map();
  names;
  async files() {
    return this.names;
  }
  async read(file) {
    const generated = this.generated.get(file);
    if (generated) return generated;
    const selected = this.byPath.get(file);
    if (!selected) return void 0;
    return this.contents?.get(file) ?? (0, import_chunk_YS5KZLZ7.readSelected)(selected.source, file, this.boundary);
  }
  whyMissing(file) {
    const refused = this.refused?.get(file);
    return refused ? `it exists, but it ${refused}, so it is not in the package` : void 0;
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  PackageSource,
  SelectionSource
});
