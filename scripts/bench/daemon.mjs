// `npm run bench -- daemon`: the embedded daemon (the bundled CLI's `daemon` command, its own process)
// driven through the daemon client on loopback: upload + install + task success of the example
// plugin (median of 7), then 200 distinct versions one after another (upload, upgrade, task, check);
// time per operation and the daemon's resident memory along the way, against a loopback round trip
// measured in the same run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLI, fmt, ROOT } from './_util.mjs';

export const title = 'daemon: upload + install on the embedded daemon, and 200 distinct versions in a row';

const TARGET_MS = 100;

/** dist/cli.js when it has the daemon command; else the sources bundled into a temporary directory. */
function cli() {
  const help = spawnSync('node', [CLI, 'daemon', '--help'], { encoding: 'utf8' });
  if (help.status === 0 && help.stdout.includes('--api-key-env')) return { file: CLI, cleanup: () => {} };
  const dir = mkdtempSync(path.join(tmpdir(), 'dpr-bench-bundle-'));
  const r = spawnSync('node', [path.join(ROOT, 'scripts/build.mjs'), '--outdir', dir], {
    encoding: 'utf8',
    cwd: ROOT,
  });
  if (r.status !== 0) throw new Error(`cannot bundle the CLI: ${r.stderr}`);
  return { file: path.join(dir, 'cli.js'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function run() {
  if (process.platform !== 'linux') {
    console.log('  (skipped: the daemon’s memory is read from /proc)');
    return;
  }
  const bundle = cli();
  try {
    const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
    const r = spawnSync(tsx, [path.join(ROOT, 'scripts/bench/daemon-worker.ts'), bundle.file, ROOT, '200'], {
      encoding: 'utf8',
      cwd: ROOT,
      maxBuffer: 1 << 24,
    });
    if (r.status !== 0) {
      console.log(`  worker failed: ${r.stderr}`);
      return;
    }
    const w = JSON.parse(r.stdout.trim().split('\n').pop());
    const e = w.example;
    console.log(`  loopback round trip (GET /health/check, baseline): ${fmt(w.roundTripMs, 2)} ms median`);
    console.log(
      `  example plugin (${fmt(e.size / 1024, 1)} KiB), median of ${e.rounds}: upload ${fmt(e.uploadMs, 1)} ms, install + task success ${fmt(e.installMs, 1)} ms, together ${fmt(e.totalMs, 1)} ms  target < ${TARGET_MS} ms  ratio ${fmt(e.totalMs / TARGET_MS, 2)} (${fmt(e.totalMs / w.roundTripMs, 0)}× a round trip)`,
    );
    const d = w.distinct;
    console.log(
      `  ${d.count} distinct versions in a row (upload, upgrade, task success, check): median ${fmt(d.medianMs, 1)} ms, p95 ${fmt(d.p95Ms, 1)} ms, max ${fmt(d.maxMs, 1)} ms per operation  target < ${TARGET_MS} ms  ratio ${fmt(d.medianMs / TARGET_MS, 2)}`,
    );
    console.log(
      `  daemon memory (RSS): ${fmt(w.rssStartMiB, 1)} MiB idle; ${w.samples.map((s) => `${fmt(s.rssMiB, 1)} after ${s.ops}`).join(', ')} MiB`,
    );
    console.log(
      `  stored state: state.json ${fmt(w.state.stateJsonKiB, 1)} KiB, data directory ${fmt(w.state.dataMiB, 1)} MiB (${d.installed} installation at the end)`,
    );
  } finally {
    bundle.cleanup();
  }
}
