import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fmt, ROOT } from './_util.mjs';

export const title =
  'validate: the whole official repository (262 plugins) in one invocation, YAML vs js-yaml';

const REPO = path.resolve(
  process.env.DPR_SHARED ?? path.join(ROOT, '../shared'),
  'corpus/dify-official-plugins',
);

export async function run() {
  const repo = process.env.DPR_OFFICIAL_REPO ?? REPO;
  if (!existsSync(repo)) {
    console.log(`  (skipped: ${repo} is not present; set DPR_OFFICIAL_REPO to a checkout)`);
    return;
  }
  const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
  const taskset = spawnSync('taskset', ['--version']).status === 0;
  const args = [path.join(ROOT, 'scripts/bench/official-worker.ts'), repo];
  const r = taskset
    ? spawnSync('taskset', ['-c', '0', tsx, ...args], { encoding: 'utf8', cwd: ROOT })
    : spawnSync(tsx, args, { encoding: 'utf8', cwd: ROOT });
  if (r.status !== 0) {
    console.log(`  worker failed: ${r.stderr}`);
    return;
  }
  const w = JSON.parse(r.stdout.trim().split('\n').pop());
  console.log(
    `  ${w.plugins} plugins, ${w.yamlFiles} YAML files (${fmt(w.yamlBytes / 1048576, 1)} MiB), one core`,
  );
  console.log(
    `    validate, warm         ${fmt(w.validateMs, 0)} ms (median of 3)  target < 3000 ms  ratio ${fmt(w.validateMs / 3000, 2)}`,
  );
  console.log(
    `    validate, CPU time     ${fmt(w.validateCpuMs, 0)} ms (what one core spent; wall time above includes waiting on a busy machine)`,
  );
  console.log(`    with the compile check ${fmt(w.withCompileMs, 0)} ms (one Python process for every file)`);
  console.log(
    `    YAML reader per file   ${fmt((w.oursMs / w.yamlFiles) * 1000, 0)} µs  js-yaml ${fmt((w.jsyamlMs / w.yamlFiles) * 1000, 0)} µs  ratio ${fmt(w.oursMs / w.jsyamlMs, 2)}  target < 3`,
  );
  console.log(`    peak memory            ${fmt(w.peakMiB, 0)} MiB`);
}
