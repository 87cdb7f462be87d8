import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  BadPackageError,
  damaged,
  openPackage,
  unsafe
} from "./chunk-V3BXYE66.js";
import {
  UsageError
} from "./chunk-62OAMW2I.js";
import {
  isInside
} from "./chunk-2IS3DTRP.js";

// src/zip/extract.ts
import { createWriteStream, lstatSync, mkdirSync, realpathSync } from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
async function extractPackage(file, dir, limits = {}) {
  const pkg = await openPackage(file, limits);
  const written = [];
  try {
    mkdirSync(dir, { recursive: true });
    const realDir = realpathSync(dir);
    for (const { name } of pkg.entries) {
      const target = path.join(realDir, ...name.split("/"));
      if (!isInside(realDir, target)) throw unsafe(file, `the entry ${name} would be written outside ${dir}`);
      let current = realDir;
      for (const part of name.split("/").slice(0, -1)) {
        current = path.join(current, part);
        const stats = lstatOrUndefined(current);
        if (!stats) mkdirSync(current);
        else if (!stats.isDirectory()) {
          throw unsafe(file, `the entry ${name} would be written through a symlink or file in ${dir}`);
        }
      }
      await pipeline(await pkg.stream(name), createWriteStream(target, { flags: "wx", mode: 420 }));
      written.push(target);
    }
  } catch (error) {
    throw error instanceof BadPackageError || error instanceof UsageError ? error : damaged(file, error);
  } finally {
    await pkg.close();
  }
  return written;
}
function lstatOrUndefined(p) {
  try {
    return lstatSync(p);
  } catch {
    return void 0;
  }
}

export {
  extractPackage
};
