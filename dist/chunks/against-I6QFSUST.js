import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  diffPlugins
} from "./chunk-3SDCAWMK.js";
import "./chunk-X7B7QGX4.js";
import {
  GitSource
} from "./chunk-MYQTJI5P.js";
import "./chunk-F7BV5NPZ.js";
import {
  DirSource
} from "./chunk-VVFZUVIB.js";
import "./chunk-LWEEHDDH.js";
import "./chunk-S7GB3GUJ.js";
import {
  MANIFEST
} from "./chunk-ZBQBWRBB.js";
import "./chunk-ZQLTXK4S.js";
import "./chunk-M5GAPKV6.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-INAE5SBE.js";
import {
  Git
} from "./chunk-ORDP4D4P.js";
import "./chunk-DPA5EFVB.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-EHVJKRLH.js";
import "./chunk-62OAMW2I.js";
import "./chunk-MBP77SEH.js";

// src/checks/against.ts
import path from "node:path";
async function checkAgainst(plugins, ref, cwd) {
  if (plugins.length === 0) return;
  const git = new Git(cwd);
  const top = await git.topLevel();
  const base = await git.mergeBase(ref);
  const existing = await git.filesNamed(base, MANIFEST);
  for (const p of plugins) {
    if (p.kind !== "dify") continue;
    const dir = path.resolve(cwd, p.path);
    const prefix = path.relative(top, dir).split(path.sep).join("/");
    if (!existing.has(prefix ? `${prefix}/${MANIFEST}` : MANIFEST)) continue;
    const result = await diffPlugins(new GitSource(cwd, base, prefix), new DirSource(dir, p.path));
    p.findings.push(...result.findings.map((f) => ({ ...f, plugin: p.path })));
  }
}
export {
  checkAgainst
};
