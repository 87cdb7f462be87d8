import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fmt, measure, ROOT } from './_util.mjs';

export const title =
  'test: overhead of `test` over pytest run directly (examples/unit-converter, environment cached)';

const PLUGIN = path.join(ROOT, 'examples/unit-converter');
const RUNS = 5;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * The CLI built from the current sources into a temporary directory (dist/ is left alone), so the
 * figure is what users run; `tsx` from source is measured too, for reference (its start-up is large).
 */
function buildCli(dir) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--outdir', dir], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return r.status === 0 && existsSync(path.join(dir, 'cli.js')) ? path.join(dir, 'cli.js') : undefined;
}

export async function run() {
  const work = mkdtempSync(path.join(tmpdir(), 'dpr-bench-test-'));
  const cacheDir = path.join(work, 'envs');
  try {
    const bundle = buildCli(path.join(work, 'bundle'));
    const tsx = [path.join(ROOT, 'node_modules/.bin/tsx'), path.join(ROOT, 'src/cli/index.ts')];
    const cli = bundle ? [process.execPath, bundle] : tsx;
    const testArgs = ['test', PLUGIN, '--json', '--cache-dir', cacheDir];
    const dpr = (command, env = process.env) =>
      measure(command[0], [...command.slice(1), ...testArgs], { cwd: ROOT, env });

    const first = dpr(cli);
    const doc = parse(first.stdout);
    if (!doc?.summary?.python) {
      console.log(`  test failed to run: ${first.stderr.trim().split('\n').slice(-3).join(' | ')}`);
      return;
    }
    const python = doc.summary.python.executable;
    console.log(
      `  ${doc.summary.tests.total} tests, Python ${doc.summary.python.version}, outcome ${doc.summary.outcome}; CLI: ${bundle ? 'bundled from the current sources' : 'tsx from source (build failed)'}`,
    );
    console.log(`    first run (builds the environment)   ${fmt(first.ms, 0)} ms`);

    const direct = [];
    const cached = [];
    const unsandboxed = [];
    let reused = true;
    let isolation = '';
    for (let i = 0; i < RUNS; i++) {
      direct.push(
        measure(python, ['-m', 'pytest', '-q', '-p', 'no:cacheprovider'], { cwd: PLUGIN, env: quiet() }).ms,
      );
      const r = dpr(cli);
      const doc = parse(r.stdout);
      reused &&= doc?.summary?.environment?.reused === true;
      isolation = doc?.findings?.some((f) => f.code === 'DPR814')
        ? 'without the sandbox (refused here)'
        : 'in the sandbox';
      cached.push(r.ms);
      unsandboxed.push(dpr(cli, { ...process.env, DPR_SANDBOX: 'off' }).ms);
    }
    const d = median(direct);
    const c = median(cached);
    const u = median(unsandboxed);
    console.log(`    pytest directly                      ${fmt(d, 0)} ms (median of ${RUNS})`);
    console.log(
      `    test, environment cached             ${fmt(c, 0)} ms (median of ${RUNS}; environment reused: ${reused ? 'yes' : 'NO'}; ${isolation})`,
    );
    console.log(
      `    overhead                             ${fmt(c - d, 0)} ms  target < 500 ms  ratio ${fmt((c - d) / 500, 2)}`,
    );
    console.log(`    (DPR_SANDBOX=off: supervised only    ${fmt(u, 0)} ms, overhead ${fmt(u - d, 0)} ms)`);
    if (bundle) {
      const viaTsx = median([dpr(tsx).ms, dpr(tsx).ms, dpr(tsx).ms]);
      console.log(`    (tsx from source, cached             ${fmt(viaTsx, 0)} ms: + TypeScript start-up)`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function parse(stdout) {
  try {
    return JSON.parse(stdout);
  } catch {
    return undefined;
  }
}

function quiet() {
  return { ...process.env, PYTHONDONTWRITEBYTECODE: '1' };
}
