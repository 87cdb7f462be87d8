// `npm run bench -- release`: API calls and wall time of `release` against the tests' local GitHub
// server (127.0.0.1): a first release of the example plugin, then a no-op re-run, each a fresh CLI
// process, beside `--version` (start-up alone) as the baseline. Target: the no-op re-run makes only
// read calls, at most 5 for one package.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLI, fmt, ROOT } from './_util.mjs';

export const title = 'release: a first release and a no-op re-run against the local GitHub server';

/** dist/cli.js once the lead has rebuilt it with `release`; until then a bundle built for this run. */
function ourCli() {
  const help = spawnSync('node', [CLI, 'release', '--help'], { encoding: 'utf8' });
  if (help.status === 0 && help.stdout.includes('--tag'))
    return { cli: CLI, label: 'dist/cli.js', cleanup: () => {} };
  const dir = mkdtempSync(path.join(tmpdir(), 'dpr-bench-bundle-'));
  execFileSync('node', [path.join(ROOT, 'scripts/build.mjs'), '--outdir', dir], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  return {
    cli: path.join(dir, 'cli.js'),
    label: 'a bundle of the current sources (dist/ has no release command yet)',
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function run() {
  const { cli, label, cleanup } = ourCli();
  try {
    const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
    const r = spawnSync(tsx, [path.join(ROOT, 'scripts/bench/release-worker.ts'), ROOT, cli], {
      encoding: 'utf8',
      cwd: ROOT,
      maxBuffer: 1 << 24,
    });
    if (r.status !== 0) {
      console.log(`  worker failed: ${r.stderr.slice(0, 2000)}`);
      return;
    }
    const w = JSON.parse(r.stdout.trim().split('\n').pop());
    console.log(
      `  ${label}; the example plugin (${w.size} bytes): one package + SHA256SUMS; median of ${w.runs} runs`,
    );
    const cpu = (k) =>
      w.cpuMs ? `, CPU ${fmt(w.cpuMs[k], 0)} ms (ratio ${fmt(w.cpuMs[k] / w.cpuMs.baseline, 2)})` : '';
    console.log(`    start-up (--version)  ${fmt(w.baselineMs, 0)} ms${cpu('baseline')}  (baseline)`);
    console.log(
      `    first release         ${fmt(w.firstMs, 0)} ms  ratio ${fmt(w.firstMs / w.baselineMs, 2)}${cpu('first')}  API calls ${w.first.total} (${w.first.reads} reads, ${w.first.writes} writes)`,
    );
    const ok = w.rerun.writes === 0 && w.rerun.reads <= 5;
    console.log(
      `    no-op re-run          ${fmt(w.rerunMs, 0)} ms  ratio ${fmt(w.rerunMs / w.baselineMs, 2)}${cpu('rerun')}  API calls ${w.rerun.total} (${w.rerun.reads} reads, ${w.rerun.writes} writes)  target: reads only, ≤ 5 → ${ok ? 'met' : 'MISSED'}`,
    );
    console.log(`      ${w.rerun.calls.join(', ')}`);
    console.log('    (wall times on a shared machine vary with its load; CPU times are steadier)');
  } finally {
    cleanup();
  }
}
