import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The compile check's cache (src/python/compile-cache.ts) in a directory of the run's own, so tests
 * neither write into the home directory nor see verdicts from an earlier run.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'dpr-compile-cache-'));
  process.env.DPR_COMPILE_CACHE = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
