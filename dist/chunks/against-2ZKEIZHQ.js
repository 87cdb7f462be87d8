import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  GitSource
} from "./chunk-CX5FVZP6.js";
import {
  diffPlugins
} from "./chunk-YN7RZKJ7.js";
import {
  DirSource
} from "./chunk-RN7JU5ET.js";
import "./chunk-LWEEHDDH.js";
import "./chunk-DWWGEZO4.js";
import "./chunk-LLCYNNFI.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-RFHQ5S2G.js";
import {
  MANIFEST
} from "./chunk-AA2BIYNF.js";
import "./chunk-NN4QJYMT.js";
import "./chunk-JLTILB3U.js";
import "./chunk-HKI4UFJS.js";
import {
  Git
} from "./chunk-4ZVZ2M7T.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-277J5JLG.js";
import "./chunk-62OAMW2I.js";
import "./chunk-ZGFNRH4I.js";
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
