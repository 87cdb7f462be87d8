import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  onInterrupt
} from "./chunk-277J5JLG.js";

// src/testing/temp.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
async function withTempDir(prefix, body) {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const release = onInterrupt(remove);
  try {
    return await body(dir);
  } finally {
    release();
    remove();
  }
}

export {
  withTempDir
};
