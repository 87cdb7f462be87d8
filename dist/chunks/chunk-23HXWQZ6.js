import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  defaultRules,
  parseIgnoreFile
} from "./chunk-CQST36R3.js";
import {
  secretReason
} from "./chunk-LWEEHDDH.js";
import {
  Git
} from "./chunk-36KHJ32L.js";
import {
  byteOrder
} from "./chunk-2IS3DTRP.js";

// src/manifest/git-source.ts
var GitSource = class {
  constructor(repo, ref, prefix, label = `${ref}:${prefix || "."}`) {
    this.repo = repo;
    this.ref = ref;
    this.prefix = prefix;
    this.label = label;
  }
  repo;
  ref;
  prefix;
  label;
  loaded;
  async files() {
    return [...(await this.load()).keys()].sort(byteOrder);
  }
  async read(file) {
    return (await this.load()).get(file);
  }
  load() {
    this.loaded ??= this.fetchAll();
    return this.loaded;
  }
  async fetchAll() {
    const git = new Git(this.repo);
    const spec = this.prefix ? `${this.ref}:${this.prefix}` : `${this.ref}:`;
    const blobs = (await git.tree(spec)).filter((b) => b.mode !== "120000");
    const contents = await git.blobs(blobs.map((b) => b.sha));
    return selectAsPackage(new Map(blobs.map((b, i) => [b.path, contents[i]])));
  }
};
function selectAsPackage(files) {
  const ignoreFile = [".difyignore", ".gitignore"].find((f) => files.has(f));
  const rules = ignoreFile ? parseIgnoreFile(ignoreFile, files.get(ignoreFile).toString("utf8")) : defaultRules();
  const pruned = /* @__PURE__ */ new Map();
  const dirIgnored = (dir) => {
    let known = pruned.get(dir);
    if (known === void 0) {
      const parent = dir.includes("/") ? dir.slice(0, dir.lastIndexOf("/")) : "";
      known = parent !== "" && dirIgnored(parent) || rules.test(dir, true).ignored;
      pruned.set(dir, known);
    }
    return known;
  };
  const out = /* @__PURE__ */ new Map();
  for (const [file, bytes] of files) {
    const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "";
    if (dir !== "" && dirIgnored(dir) || rules.test(file, false).ignored || secretReason(file)) continue;
    out.set(file, bytes);
  }
  return out;
}

export {
  GitSource
};
