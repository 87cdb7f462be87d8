// Runs in its own process (via tsx): packages one plugin in-process, after the validator's schemas are
// compiled on a small plugin, and prints the stage's own time and memory as JSON (no start-up cost).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { packagePlugin } from '../../src/package/package.js';

const [plugin, warmup] = process.argv.slice(2) as [string, string];
const out = mkdtempSync(path.join(tmpdir(), 'dpr-bench-worker-'));
const rss = () => process.memoryUsage().rss / 1048576;
try {
  const beforeWarmup = rss();
  const w0 = performance.now();
  await packagePlugin({ path: warmup, outDir: out, ignore: ['DPR307'] });
  const warmupMs = performance.now() - w0;
  const baseline = rss();
  let peak = baseline;
  const timer = setInterval(() => {
    peak = Math.max(peak, rss());
  }, 5);
  const started = performance.now();
  const result = await packagePlugin({ path: plugin, outDir: out, ignore: ['DPR307'] });
  const ms = performance.now() - started;
  clearInterval(timer);
  peak = Math.max(peak, rss());
  console.log(
    JSON.stringify({
      ok: Boolean(result.path),
      ms,
      warmupMs,
      startRss: beforeWarmup,
      baselineRss: baseline,
      peakRss: peak,
      growthMiB: peak - baseline,
      uncompressed: result.totalSize,
      size: result.size,
    }),
  );
} finally {
  rmSync(out, { recursive: true, force: true });
}
