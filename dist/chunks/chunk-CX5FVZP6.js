import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  defaultRules,
  parseIgnoreFile
} from "./chunk-RN7JU5ET.js";
import {
  secretReason
} from "./chunk-LWEEHDDH.js";
import {
  LIMITS
} from "./chunk-JLTILB3U.js";
import {
  Git
} from "./chunk-4ZVZ2M7T.js";
import {
  UsageError
} from "./chunk-62OAMW2I.js";
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
    const ignoreBlob = [".difyignore", ".gitignore"].map((name) => blobs.find((b) => b.path === name)).find((b) => b !== void 0);
    const ignoreText = ignoreBlob && (ignoreBlob.size ?? 0) <= LIMITS.maxIgnoreBytes ? (await git.blobs([ignoreBlob.sha]))[0].toString("utf8") : void 0;
    const kept = new Set(
      selectPaths(
        blobs.map((b) => b.path),
        ignoreBlob ? ignoreBlob.path : void 0,
        ignoreText
      )
    );
    const wanted = blobs.filter((b) => kept.has(b.path));
    const total = wanted.reduce((n, b) => n + (b.size ?? 0), 0);
    if (total > MAX_GIT_BYTES) {
      throw new UsageError(
        `${this.label} holds ${total} bytes of files to package, more than the ${MAX_GIT_BYTES} this tool reads from git (the daemon accepts ${LIMITS.maxPackageBytes})`,
        "Exclude large files in .difyignore, or compare built packages instead."
      );
    }
    const contents = await git.blobs(wanted.map((b) => b.sha));
    return new Map(wanted.map((b, i) => [b.path, contents[i]]));
  }
};
var MAX_GIT_BYTES = 2 * LIMITS.maxPackageBytes;
function selectPaths(paths, ignoreFile, ignoreText) {
  const rules = ignoreFile && ignoreText !== void 0 ? parseIgnoreFile(ignoreFile, ignoreText) : defaultRules();
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
  return paths.filter((file) => {
    const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "";
    return !(dir !== "" && dirIgnored(dir) || rules.test(file, false).ignored || secretReason(file));
  });
}

export {
  GitSource
};
