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
  Git: () => Git
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_JBHNGCYE = require("./chunk-JBHNGCYE.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
(0, import_chunk_JBHNGCYE.init_child_process)();
var Git = class {
  constructor(cwd, runner = import_chunk_JBHNGCYE.processRunner) {
    this.cwd = cwd;
    this.runner = runner;
  }
  cwd;
  runner;
  async topLevel() {
    const r = await this.git(["rev-parse", "--show-toplevel"]);
    return r.trim();
  }
  /** The commit a ref names, or a usage error saying it is not one. */
  async resolve(ref) {
    const exists = await this.runner.run("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], {
      cwd: this.cwd
    });
    if (exists.code === import_chunk_JBHNGCYE.NOT_FOUND) throw notInstalled();
    if (exists.code !== 0) {
      throw new import_chunk_NG6BV4S6.UsageError(
        `"${ref}" is not a commit in this repository`,
        "Pass a branch, tag or SHA; in Actions, check out with `fetch-depth: 0` so the base commit is present."
      );
    }
    return exists.stdout.trim();
  }
  /** The commit where HEAD forked from `ref` (so a PR's base branch moving on does not matter). */
  async mergeBase(ref) {
    const commit = await this.resolve(ref);
    const base = await this.runner.run("git", ["merge-base", commit, "HEAD"], { cwd: this.cwd });
    return base.code === 0 ? base.stdout.trim() : commit;
  }
  /** Paths (relative to the top level) that differ between `base` and the working tree, untracked included. */
  async changedPaths(base) {
    const diff = await this.git(["diff", "--name-only", "--no-renames", "-z", base, "--"]);
    const untracked = await this.git(["ls-files", "--others", "--exclude-standard", "-z"]);
    const all = [...diff.split("\0"), ...untracked.split("\0")].filter(Boolean);
    return [...new Set(all)];
  }
  /** Every path named `name` in the tree of `commit` (one git call, however large the diff). */
  async filesNamed(commit, name) {
    const out = await this.git(["ls-tree", "-r", "--name-only", "-z", commit]);
    return new Set(out.split("\0").filter((f) => f === name || f.endsWith(`/${name}`)));
  }
  /** The blobs under `spec` (`REF:path`), recursively; a usage error when the ref or path is not there. */
  async tree(spec) {
    const r = await this.runner.run("git", ["ls-tree", "-r", "-l", "-z", spec], { cwd: this.cwd });
    if (r.code === import_chunk_JBHNGCYE.NOT_FOUND) throw notInstalled();
    if (r.code !== 0) {
      throw new import_chunk_NG6BV4S6.UsageError(
        `cannot read ${spec} from git: ${r.stderr.trim().split("\n")[0]}`,
        "Pass an existing ref (fetch it first in CI) and a path that exists at that ref."
      );
    }
    const out = [];
    for (const line of r.stdout.split("\0")) {
      const m = /^(\d+) blob ([0-9a-f]+) +(\d+|-)\t(.+)$/s.exec(line);
      if (m) {
        const size = Number(m[3]);
        out.push({ mode: m[1], sha: m[2], path: m[4], ...Number.isFinite(size) ? { size } : {} });
      }
    }
    return out;
  }
  /** Read many blobs through one `git cat-file --batch` process (binary-safe). */
  blobs(shas) {
    if (shas.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      const child = (0, import_chunk_JBHNGCYE.spawn)("git", ["cat-file", "--batch"], { cwd: this.cwd });
      const chunks = [];
      child.stdout.on("data", (d) => chunks.push(d));
      child.on(
        "error",
        (error) => reject(error.code === "ENOENT" ? notInstalled() : error)
      );
      child.on("close", (code) => {
        if (code !== 0) return reject(new import_chunk_NG6BV4S6.EnvironmentError(`git cat-file failed with code ${code}`));
        const all = Buffer.concat(chunks);
        const out = [];
        let at = 0;
        for (let i = 0; i < shas.length; i++) {
          const nl = all.indexOf(10, at);
          const header = all.subarray(at, nl).toString("utf8").split(" ");
          const size = Number(header[2]);
          out.push(all.subarray(nl + 1, nl + 1 + size));
          at = nl + 1 + size + 1;
        }
        resolve(out);
      });
      child.stdin.end(`${shas.join("\n")}
`);
    });
  }
  async git(args) {
    const r = await this.runner.run("git", args, { cwd: this.cwd, maxBuffer: 256 * 1024 * 1024 });
    if (r.code === import_chunk_JBHNGCYE.NOT_FOUND) throw notInstalled();
    if (r.code !== 0) {
      throw new import_chunk_NG6BV4S6.EnvironmentError(
        `git ${args[0]} failed: ${r.stderr.trim().split("\n")[0]}`,
        "Run inside a git repository."
      );
    }
    return r.stdout;
  }
};
function notInstalled() {
  return new import_chunk_NG6BV4S6.EnvironmentError(
    "git is not installed",
    "Install git (it is needed for git refs and --changed-since)."
  );
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  Git
});
