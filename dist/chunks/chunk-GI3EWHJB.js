import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  MANIFEST
} from "./chunk-NAMLOCSN.js";
import {
  byteOrder,
  isInside
} from "./chunk-2IS3DTRP.js";

// src/manifest/changed.ts
import { existsSync } from "node:fs";
import path from "node:path";
async function changedPlugins(scope, ref, git, markers = [MANIFEST]) {
  const top = await git.topLevel();
  const base = await git.mergeBase(ref);
  const before = /* @__PURE__ */ new Set();
  for (const marker of markers) for (const f of await git.filesNamed(base, marker)) before.add(f);
  const changed = /* @__PURE__ */ new Set();
  const removed = /* @__PURE__ */ new Set();
  for (const rel of await git.changedPaths(base)) {
    const parts = rel.split("/");
    if (parts.some((p, i) => i < parts.length - 1 && p.startsWith("."))) continue;
    for (let i = parts.length - 1; i >= 0; i--) {
      const dirRel = parts.slice(0, i).join("/");
      const dir = path.join(top, ...parts.slice(0, i));
      if (markers.some((m) => existsSync(path.join(dir, m)))) {
        changed.add(dir);
        break;
      }
      if (markers.some((m) => before.has(dirRel ? `${dirRel}/${m}` : m))) {
        removed.add(dirRel || ".");
        break;
      }
    }
  }
  const inScope = (dir) => scope.some((s) => isInside(s, dir));
  return {
    changed: [...changed].filter(inScope).sort(byteOrder),
    removed: [...removed].filter((r) => inScope(path.join(top, r))).sort(byteOrder),
    base
  };
}

export {
  changedPlugins
};
