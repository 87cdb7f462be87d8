// `npm run bench -- pipeline`: wall time of `pipeline --local` on the example plugin, by stage,
// through the bundled CLI in a fresh copy of the example (embedded staging and production daemons,
// a throwaway key, GitHub steps as dry-run plans). The first run may build the test environment
// (the plugin's dependency installation); the next runs reuse it. Target: under 10 s in all,
// excluding the plugin's dependency installation.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLI, fmt, measure, ROOT } from './_util.mjs';

export const title = 'pipeline --local on the example plugin, by stage (bundled CLI)';

const RUNS = 3;

export async function run() {
  const dir = mkdtempSync(path.join(tmpdir(), 'dpr-bench-pipeline-'));
  try {
    cpSync(path.join(ROOT, 'examples/unit-converter'), path.join(dir, 'unit-converter'), { recursive: true });
    const totals = [];
    for (let i = 0; i < RUNS; i++) {
      const r = measure(process.execPath, [CLI, 'pipeline', 'unit-converter', '--local', '--json'], {
        cwd: dir,
        env: { ...process.env, GITHUB_ACTIONS: '' },
      });
      let doc;
      try {
        doc = JSON.parse(r.stdout);
      } catch {
        console.log(`  run ${i + 1} printed no JSON (exit ${r.status}): ${r.stderr.slice(0, 500)}`);
        return;
      }
      const summary = doc.stages.find((s) => s.stage === 'pipeline')?.summary;
      const stages = summary?.stages ?? [];
      console.log(
        `  run ${i + 1}: ${fmt(r.ms / 1000, 2)} s wall, peak ${fmt(r.peakMiB, 0)} MiB, outcome ${summary?.outcome}`,
      );
      for (const s of stages) console.log(`    ${s.label.padEnd(24)} ${fmt(s.ms / 1000, 2).padStart(6)} s`);
      totals.push(r.ms);
    }
    const warm = totals.slice(1).sort((a, b) => a - b)[0];
    console.log(
      `  warm run (dependencies installed): ${fmt(warm / 1000, 2)} s  target < 10 s → ${warm < 10_000 ? 'met' : 'MISSED'}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
