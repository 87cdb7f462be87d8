// `npm run bench -- check`: `check --profile official` over the shared corpus of published plugins,
// on the plugin directories and on the same plugins packaged by the package stage.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { CLI, CORPUS, corpusPresent, fmt, measure, ROOT } from './_util.mjs';

export const title = 'check: the shared corpus, whole directories and packaged';

/** dist/cli.js once it has `check`; until then the source through tsx. */
function ourCli() {
  const help = spawnSync('node', [CLI, 'check', '--help'], { encoding: 'utf8' });
  if (help.status === 0 && help.stdout.includes('marketplace'))
    return { cmd: 'node', args: [CLI], label: 'dist/cli.js' };
  return {
    cmd: path.join(ROOT, 'node_modules/.bin/tsx'),
    args: [path.join(ROOT, 'src/cli/index.ts')],
    label: 'tsx src/cli/index.ts (dist/ has no check command yet; includes compiling TypeScript)',
  };
}

export async function run() {
  if (!corpusPresent()) return;
  const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
  const r = spawnSync(tsx, [path.join(ROOT, 'scripts/bench/check-worker.ts'), CORPUS], {
    encoding: 'utf8',
    cwd: ROOT,
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) {
    console.log(`  worker failed: ${r.stderr.slice(0, 2000)}`);
    return;
  }
  const w = JSON.parse(r.stdout.trim().split('\n').pop());
  console.log('  in-process (one Node process, warm), --profile official:');
  for (const [label, s] of [
    ['directories', w.dirs],
    ['packages   ', w.pkgs],
  ]) {
    console.log(
      `    ${label}  ${s.count} plugins, ${s.files} files: ${fmt(s.totalMs, 0)} ms  (${fmt(s.files / (s.totalMs / 1000), 0)} files/s; per plugin median ${fmt(s.medianMs, 1)} ms, max ${fmt(s.maxMs, 1)} ms; ${s.errors} errors)`,
    );
  }
  console.log(`    peak memory  ${fmt(w.peakMiB, 1)} MiB`);
  const cli = ourCli();
  const one = path.join(CORPUS, 'tools/arxiv');
  const cold = measure(cli.cmd, [...cli.args, 'check', one, '--profile', 'official', '--json']);
  console.log(
    `  one plugin as a fresh process (${cli.label}): ${fmt(cold.ms, 0)} ms, peak ${fmt(cold.peakMiB, 1)} MiB`,
  );
}
