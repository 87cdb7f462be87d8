import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { CLI, CORPUS, corpusPresent, fmt, measure, ROOT } from './_util.mjs';

export const title = 'validate: the shared corpus of published plugins';

/** Pin to one core when taskset exists: the target is "on one core". */
function oneCore(command, args) {
  const taskset = spawnSync('taskset', ['--version']).status === 0;
  return taskset ? ['taskset', ['-c', '0', command, ...args]] : [command, args];
}

export async function run() {
  if (!corpusPresent()) return;
  const single = path.join(CORPUS, 'tools/arxiv');
  const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
  const [cmd, args] = oneCore(tsx, [path.join(ROOT, 'scripts/bench/validate-worker.ts'), CORPUS, single]);
  const r = spawnSync(cmd, args, { encoding: 'utf8', cwd: ROOT });
  if (r.status !== 0) {
    console.log(`  worker failed: ${r.stderr}`);
    return;
  }
  const w = JSON.parse(r.stdout.trim().split('\n').pop());
  console.log(
    `  in-process, one core: ${w.plugins} plugins, ${w.files} files, ${w.declarations} declaration files`,
  );
  console.log(
    `    whole corpus        ${fmt(w.totalMs, 0)} ms, median of 3 warm passes (fastest ${fmt(w.fastestMs, 0)} ms; ${fmt(w.files / (w.totalMs / 1000), 0)} files/s, ${fmt(w.plugins / (w.totalMs / 1000), 0)} plugins/s)  target < 2000 ms  ratio ${fmt(w.totalMs / 2000, 2)}`,
  );
  console.log(
    `    one typical plugin  ${fmt(w.singleMs, 1)} ms warm (tools/arxiv, mean of 20)  target < 50 ms  ratio ${fmt(w.singleMs / 50, 2)}`,
  );
  console.log(`    first plugin        ${fmt(w.firstMs, 1)} ms (includes compiling the schemas)`);
  console.log(`    per plugin          median ${fmt(w.medianMs, 1)} ms, max ${fmt(w.maxMs, 1)} ms`);
  console.log(`    peak memory         ${fmt(w.peakMiB, 1)} MiB`);

  const [c1, a1] = oneCore('node', [CLI, 'validate', CORPUS, '--json']);
  const cold = measure(c1, a1);
  const [c2, a2] = oneCore('node', [CLI, 'validate', single, '--json']);
  const coldOne = measure(c2, a2);
  console.log('  the CLI as a fresh process (dist/cli.js: Node start-up and a cold JIT included; one run):');
  console.log(`    whole corpus        ${fmt(cold.ms, 0)} ms, peak ${fmt(cold.peakMiB, 1)} MiB`);
  console.log(`    one plugin          ${fmt(coldOne.ms, 0)} ms, peak ${fmt(coldOne.peakMiB, 1)} MiB`);
}
