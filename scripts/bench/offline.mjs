// `npm run bench -- offline`: the example plugin packaged plain and offline (`package --offline
// --target linux/amd64`, wheels from a local wheelhouse), alternating, medians: time and size of each.
// The wheelhouse is the tests' (a stand-in for dify_plugin with a pure and a platform-tagged
// dependency), since no index is reachable here; with the real SDK the offline package carries its
// ~30 dependencies and is far larger, and pip's time grows with them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLI, fmt, measure, ROOT } from './_util.mjs';

export const title = 'package --offline: the example plugin, offline against plain';

const RUNS = 3;
const EXAMPLE = path.join(ROOT, 'examples/unit-converter');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

/** dist/cli.js once the lead has rebuilt it with `package --offline`; until then the source through tsx. */
function ourCli() {
  const help = spawnSync('node', [CLI, 'package', '--help'], { encoding: 'utf8' });
  if (help.status === 0 && help.stdout.includes('--offline'))
    return { cmd: 'node', args: [CLI], label: 'dist/cli.js' };
  return {
    cmd: TSX,
    args: [path.join(ROOT, 'src/cli/index.ts')],
    label: 'tsx src/cli/index.ts (dist/ has no package --offline yet; includes compiling TypeScript)',
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function packaged(dir) {
  const file = readdirSync(dir).find((f) => f.endsWith('.difypkg'));
  return file ? statSync(path.join(dir, file)).size : Number.NaN;
}

export async function run() {
  const cli = ourCli();
  console.log(`  our CLI: ${cli.label}`);
  const tmp = mkdtempSync(path.join(tmpdir(), 'dpr-bench-offline-'));
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('PIP_')) delete env[k];
  try {
    const house = path.join(tmp, 'wheelhouse');
    const built = spawnSync(TSX, [path.join(ROOT, 'scripts/bench/offline-wheelhouse.ts'), house], {
      encoding: 'utf8',
    });
    if (built.status !== 0) {
      console.log(`  (skipped: cannot build the wheelhouse: ${built.stderr.slice(0, 300)})`);
      return;
    }
    const plain = { ms: [], size: Number.NaN };
    const offline = { ms: [], size: Number.NaN };
    for (let i = 0; i < RUNS; i++) {
      for (const [label, extra, into] of [
        ['plain', [], plain],
        ['offline', ['--offline', '--target', 'linux/amd64', '--find-links', house], offline],
      ]) {
        const out = mkdtempSync(path.join(tmp, `${label}-`));
        const r = measure(cli.cmd, [...cli.args, 'package', EXAMPLE, '-o', out, ...extra], { env, cwd: tmp });
        if (r.status !== 0) {
          console.log(`  ${label} failed: ${(r.stdout + r.stderr).slice(0, 400)}`);
          return;
        }
        into.ms.push(r.ms);
        into.size = packaged(out);
      }
    }
    const [tp, to] = [median(plain.ms), median(offline.ms)];
    console.log(`  example plugin (${readdirSync(house).length} wheels in the wheelhouse)`);
    console.log(`    plain      ${fmt(tp, 0).padStart(6)} ms  ${fmt(plain.size / 1024, 1).padStart(7)} KiB`);
    console.log(
      `    offline    ${fmt(to, 0).padStart(6)} ms  ${fmt(offline.size / 1024, 1).padStart(7)} KiB  (linux/amd64: pip chooses the wheels, then the same packager)`,
    );
    console.log(
      `    ratio      time ${fmt(to / tp, 2)}  size ${fmt(offline.size / plain.size, 2)}  (median of ${RUNS} runs each, alternating)`,
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
