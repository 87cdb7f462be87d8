import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fmt, ROOT } from './_util.mjs';

export const title =
  'hostile input: secret-scan patterns over 1 MiB lines, a YAML alias bomb (vs a plain scan)';

export async function run() {
  const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
  const r = spawnSync(tsx, [path.join(ROOT, 'scripts/bench/hostile-worker.ts')], {
    encoding: 'utf8',
    cwd: ROOT,
  });
  if (r.status !== 0) {
    console.log(`  worker failed: ${r.stderr}`);
    return;
  }
  const w = JSON.parse(r.stdout.trim().split('\n').pop());
  let worst = 0;
  for (const s of w.scans) {
    const ratio = s.ms / Math.max(s.plainMs, 0.01);
    worst = Math.max(worst, ratio);
    console.log(
      `  ${s.input.padEnd(16)} ${s.pattern.padEnd(32)} ${fmt(s.ms, 1).padStart(8)} ms  plain ${fmt(s.plainMs, 2)} ms  ratio ${fmt(ratio, 1)}`,
    );
  }
  console.log(`  worst secret-scan ratio over a 1 MiB line: ${fmt(worst, 1)} × a plain scan`);
  const y = w.yaml;
  console.log(
    `  alias bomb (${y.bytes} bytes, ${y.refused ? 'refused' : 'NOT refused'}): ${fmt(y.bombMs, 1)} ms  vs a flat document of the same size ${fmt(y.plainMs, 2)} ms  ratio ${fmt(y.bombMs / Math.max(y.plainMs, 0.01), 1)}`,
  );
}
