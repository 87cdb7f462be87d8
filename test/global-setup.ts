import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Bundle the current sources once for the whole run, so CLI and action tests execute the real
 * bundles as child processes (npm test separately checks that the committed dist/ matches them).
 */
export default function setup(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'dpr-bundle-'));
  execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', dir], { stdio: 'inherit' });
  process.env.DPR_TEST_BUNDLE = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
