import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  GitSource
} from "./chunk-CX5FVZP6.js";
import {
  PackageSource
} from "./chunk-ZQENFKUT.js";
import {
  openPackage
} from "./chunk-V3BXYE66.js";
import {
  DirSource
} from "./chunk-RN7JU5ET.js";
import "./chunk-LWEEHDDH.js";
import "./chunk-AA2BIYNF.js";
import "./chunk-JLTILB3U.js";
import "./chunk-HKI4UFJS.js";
import {
  Git
} from "./chunk-4ZVZ2M7T.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-277J5JLG.js";
import {
  UsageError
} from "./chunk-62OAMW2I.js";
import "./chunk-ZGFNRH4I.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-V6G54X4G.js";

// src/checks/sides.ts
import { existsSync, statSync } from "node:fs";
import path from "node:path";
var openPackageSide = async (file) => {
  const pkg = await openPackage(file);
  const source = new PackageSource(pkg, file);
  source.close = () => pkg.close();
  return source;
};
async function openSide(arg, options) {
  const full = path.resolve(options.cwd, arg);
  if (existsSync(full)) {
    if (statSync(full).isDirectory()) return new DirSource(full, arg);
    if (full.endsWith(".difypkg")) {
      return (options.openPackage ?? openPackageSide)(full);
    }
    throw new UsageError(
      `${arg} is neither a plugin directory nor a .difypkg`,
      "Pass a directory, a package or a git ref."
    );
  }
  const [ref, sub] = splitRef(arg);
  const git = new Git(options.cwd);
  const top = await git.topLevel().catch(() => {
    throw new UsageError(
      `${arg} is not a file or directory, and ${options.cwd} is not in a git repository to read it as a ref`,
      "Pass two plugin directories or packages, or run inside the repository."
    );
  });
  await git.resolve(ref);
  const pluginDir = sub !== void 0 ? path.resolve(top, sub) : path.resolve(options.cwd, options.samePluginAs ?? ".");
  const prefix = path.relative(top, pluginDir).split(path.sep).join("/");
  return new GitSource(options.cwd, ref, prefix, `${ref}:${prefix || "."}`);
}
function splitRef(arg) {
  const i = arg.indexOf(":");
  return i > 0 ? [arg.slice(0, i), arg.slice(i + 1)] : [arg, void 0];
}
export {
  openPackageSide,
  openSide
};
