import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);

// src/core/paths.ts
import { existsSync } from "node:fs";
import path from "node:path";
function repositoryRoot(dir) {
  let current = path.resolve(dir);
  for (; ; ) {
    if (existsSync(path.join(current, ".git"))) return current;
    const parent = path.dirname(current);
    if (parent === current) return void 0;
    current = parent;
  }
}
function isInside(parent, child) {
  const rel = path.relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
}
function byteOrder(a, b) {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i);
    const y = b.codePointAt(i);
    if (x !== y) return x < y ? -1 : 1;
    if (x > 65535) i++;
  }
  return a.length - b.length;
}

export {
  repositoryRoot,
  isInside,
  byteOrder
};
