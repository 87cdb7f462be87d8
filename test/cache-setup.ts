import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The compile check's cache (src/python/compile-cache.ts) and the bundle's code cache
 * (src/cli/code-cache.ts) in directories of the run's own, so tests neither write into the home
 * directory nor see what an earlier run left.
 */
export default function setup(): () => void {
  const dirs = ['DPR_COMPILE_CACHE', 'DPR_CODE_CACHE'].map((name) => {
    const dir = mkdtempSync(path.join(tmpdir(), `dpr-${name.toLowerCase()}-`));
    process.env[name] = dir;
    return dir;
  });
  return () => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  };
}
