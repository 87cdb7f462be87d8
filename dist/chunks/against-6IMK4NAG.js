import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  diffPlugins
} from "./chunk-54TMQL7E.js";
import {
  GitSource
} from "./chunk-X3ZABAGQ.js";
import "./chunk-DWWGEZO4.js";
import "./chunk-GI3EWHJB.js";
import {
  DirSource
} from "./chunk-IDNDPBMY.js";
import {
  MANIFEST
} from "./chunk-NAMLOCSN.js";
import "./chunk-GMZLFKTU.js";
import "./chunk-VXRM7OTF.js";
import "./chunk-LWEEHDDH.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-OUHONMET.js";
import "./chunk-2YYE62HA.js";
import "./chunk-HKI4UFJS.js";
import {
  Git
} from "./chunk-6UGIGVRO.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-TO5RASRL.js";
import "./chunk-LGLE54KA.js";
import "./chunk-62OAMW2I.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-V6G54X4G.js";

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
