import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  readSelected
} from "./chunk-RN7JU5ET.js";
import {
  byteOrder
} from "./chunk-2IS3DTRP.js";

// src/package/package-source.ts
var PackageSource = class {
  constructor(pkg, label) {
    this.pkg = pkg;
    this.label = label;
    this.names = pkg.entries.map((e) => e.name).sort(byteOrder);
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
  constructor(files, generated, label, boundary, refused) {
    this.generated = generated;
    this.label = label;
    this.boundary = boundary;
    this.refused = refused;
    for (const f of files) this.byPath.set(f.path, f);
    this.names = [.../* @__PURE__ */ new Set([...this.byPath.keys(), ...generated.keys()])].sort(byteOrder);
  }
  generated;
  label;
  boundary;
  refused;
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
    return readSelected(selected.source, file, this.boundary);
  }
  whyMissing(file) {
    const refused = this.refused?.get(file);
    return refused ? `it exists, but it ${refused}, so it is not in the package` : void 0;
  }
};

export {
  PackageSource,
  SelectionSource
};
