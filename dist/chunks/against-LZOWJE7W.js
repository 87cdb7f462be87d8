import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  GitSource
} from "./chunk-23HXWQZ6.js";
import "./chunk-XRKHKGFK.js";
import {
  DirSource
} from "./chunk-CQST36R3.js";
import "./chunk-LWEEHDDH.js";
import "./chunk-S7GB3GUJ.js";
import {
  diffPlugins
} from "./chunk-P2JEJFFH.js";
import "./chunk-X7B7QGX4.js";
import {
  MANIFEST
} from "./chunk-VRKDIB4M.js";
import "./chunk-ZQLTXK4S.js";
import "./chunk-M5GAPKV6.js";
import "./chunk-LJRZBJ4H.js";
import "./chunk-2IKMEROK.js";
import {
  Git
} from "./chunk-36KHJ32L.js";
import "./chunk-RNQVW4XQ.js";
import "./chunk-TO5RASRL.js";
import "./chunk-2IS3DTRP.js";
import "./chunk-TJWGW2SP.js";
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
