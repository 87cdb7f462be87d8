// `npm run bench -- package`: package the largest corpus plugin and a generated 40 MB plugin, side by
// side with Info-ZIP (`zip -r -X -q -6`, the same deflate level) in the same run; time and peak memory.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLI, CORPUS, corpusPresent, fmt, measure, ROOT } from './_util.mjs';

export const title = 'package: the largest corpus plugin and a generated 40 MB plugin, against zip -6';

const RUNS = 3;

/** dist/cli.js once the lead has rebuilt it with `package`; until then the source through tsx. */
function ourCli() {
  const help = spawnSync('node', [CLI, 'package', '--help'], { encoding: 'utf8' });
  if (help.status === 0 && help.stdout.includes('difypkg'))
    return { cmd: 'node', args: [CLI], label: 'dist/cli.js' };
  return {
    cmd: path.join(ROOT, 'node_modules/.bin/tsx'),
    args: [path.join(ROOT, 'src/cli/index.ts')],
    label: 'tsx src/cli/index.ts (dist/ has no package command yet; includes compiling TypeScript)',
  };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function dirBytes(dir) {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) n += statSync(path.join(e.parentPath, e.name)).size;
  }
  return n;
}

function largestCorpusPlugin() {
  let best;
  for (const kind of readdirSync(CORPUS)) {
    for (const name of readdirSync(path.join(CORPUS, kind))) {
      const dir = path.join(CORPUS, kind, name);
      const bytes = dirBytes(dir);
      if (!best || bytes > best.bytes) best = { dir, bytes, rel: `${kind}/${name}` };
    }
  }
  return best;
}

/** A valid tool plugin with `mb` MB of data: half compressible text, half random bytes. */
export function generatePlugin(dir, mb) {
  const files = {
    'manifest.yaml': `version: 0.1.0
type: plugin
author: bench
name: big_plugin
label:
  en_US: Big plugin
description:
  en_US: A generated plugin for the package benchmark.
icon: icon.svg
resource:
  memory: 268435456
  permission:
    tool:
      enabled: true
plugins:
  tools:
    - provider/big.yaml
meta:
  version: 0.0.1
  arch: [amd64, arm64]
  runner:
    language: python
    version: "3.12"
    entrypoint: main
  minimum_dify_version: "1.0.0"
created_at: "2025-01-15T10:00:00Z"
privacy: PRIVACY.md
`,
    'provider/big.yaml': `identity:
  author: bench
  name: big
  label:
    en_US: Big
  description:
    en_US: Big provider
  icon: icon.svg
tools: []
extra:
  python:
    source: provider/big.py
`,
    'provider/big.py': '',
    'main.py': '',
    'requirements.txt': 'dify_plugin>=0.9.0,<1.0.0\n',
    '_assets/icon.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>\n',
    'README.md': '# Big plugin\n',
    'PRIVACY.md': '# Privacy\n\nNo data is stored.\n',
    '.difyignore': '__pycache__/\n',
  };
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  const half = (mb * 1024 * 1024) / 2;
  // Text: 100 files of log-like lines (compresses ~5x, like source and data files).
  mkdirSync(path.join(dir, 'data/text'), { recursive: true });
  const perText = Math.floor(half / 100);
  for (let i = 0; i < 100; i++) {
    const lines = [];
    let size = 0;
    for (let j = 0; size < perText; j++) {
      const line = `${i}-${j} GET /api/v1/items/${(j * 7919) % 100003}?q=${(j * 31) % 977} status=${j % 7 ? 200 : 404} ms=${(j * 13) % 1000}\n`;
      lines.push(line);
      size += line.length;
    }
    writeFileSync(
      path.join(dir, `data/text/log-${String(i).padStart(3, '0')}.txt`),
      lines.join('').slice(0, perText),
    );
  }
  // Random: ten 1 MB files (read ahead) and larger ones (streamed), incompressible like images.
  mkdirSync(path.join(dir, 'data/bin'), { recursive: true });
  let left = half;
  for (let i = 0; left > 0; i++) {
    const size = Math.min(left, i < 10 ? 1024 * 1024 : 5 * 1024 * 1024);
    writeFileSync(path.join(dir, `data/bin/blob-${i}.bin`), randomBytes(size));
    left -= size;
  }
}

function compare(label, pluginDir, cli) {
  const tmp = mkdtempSync(path.join(tmpdir(), 'dpr-bench-pkg-'));
  try {
    const ours = [];
    const zips = [];
    let packageBytes = 0;
    let zipBytes = 0;
    for (let i = 0; i < RUNS; i++) {
      const out = path.join(tmp, `ours-${i}`);
      const r = measure(cli.cmd, [
        ...cli.args,
        'package',
        pluginDir,
        '-o',
        out,
        '--json',
        '--ignore',
        'DPR307',
      ]);
      if (r.status !== 0) {
        console.log(`  ${label}: package failed (exit ${r.status}): ${(r.stdout || r.stderr).slice(0, 400)}`);
        return;
      }
      ours.push(r);
      packageBytes = JSON.parse(r.stdout).summary.size;
      const zipFile = path.join(tmp, `zip-${i}.zip`);
      const z = measure('zip', ['-r', '-X', '-q', '-6', zipFile, '.'], { cwd: pluginDir });
      if (z.status !== 0) {
        console.log(`  ${label}: zip failed: ${z.stderr}`);
        return;
      }
      zips.push(z);
      zipBytes = statSync(zipFile).size;
    }
    const t = median(ours.map((r) => r.ms));
    const tz = median(zips.map((r) => r.ms));
    const m = Math.max(...ours.map((r) => r.peakMiB ?? Number.NaN));
    const mz = Math.max(...zips.map((r) => r.peakMiB ?? Number.NaN));
    console.log(`  ${label}`);
    console.log(
      `    package    ${fmt(t, 0).padStart(6)} ms  peak ${fmt(m, 1).padStart(6)} MiB  → ${fmt(packageBytes / 1048576, 2)} MiB`,
    );
    console.log(
      `    zip -6     ${fmt(tz, 0).padStart(6)} ms  peak ${fmt(mz, 1).padStart(6)} MiB  → ${fmt(zipBytes / 1048576, 2)} MiB`,
    );
    console.log(
      `    ratio      time ${fmt(t / tz, 2)}  memory ${fmt(m / mz, 1)}  (median of ${RUNS} runs each)`,
    );
    const w = inProcess(pluginDir);
    if (w) {
      console.log(
        `    in-process ${fmt(w.ms, 0).padStart(6)} ms  RSS ${fmt(w.baselineRss, 1)} → ${fmt(w.peakRss, 1)} MiB (+${fmt(w.growthMiB, 1)} MiB while packaging; schemas compiled beforehand, ${fmt(w.warmupMs, 0)} ms)`,
      );
      console.log(`    ratio      in-process time ${fmt(w.ms / tz, 2)}`);
    }
    return { t, tz, m, w };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The stage alone, in a warm process: what packaging costs without Node start-up and schema compilation. */
function inProcess(pluginDir) {
  const warmup = path.join(ROOT, 'examples', readdirSync(path.join(ROOT, 'examples'))[0] ?? '');
  const r = spawnSync(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    [path.join(ROOT, 'scripts/bench/package-worker.ts'), pluginDir, warmup],
    { encoding: 'utf8', cwd: ROOT },
  );
  if (r.status !== 0) {
    console.log(`    in-process worker failed: ${r.stderr.slice(0, 300)}`);
    return undefined;
  }
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

export async function run() {
  const cli = ourCli();
  if (spawnSync('zip', ['-v']).status !== 0) {
    console.log('  (skipped: Info-ZIP `zip` is not installed)');
    return;
  }
  console.log(`  our CLI: ${cli.label}`);
  if (corpusPresent()) {
    const largest = largestCorpusPlugin();
    compare(
      `largest corpus plugin: ${largest.rel} (${fmt(largest.bytes / 1048576, 2)} MiB)`,
      largest.dir,
      cli,
    );
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'dpr-bench-big-'));
  try {
    generatePlugin(dir, 40);
    const result = compare(
      `generated plugin (${fmt(dirBytes(dir) / 1048576, 1)} MiB: half text, half random)`,
      dir,
      cli,
    );
    if (result) {
      console.log(
        `    targets    no slower than zip: ${result.t <= result.tz ? 'met' : 'NOT met'} (in-process: ${result.w && result.w.ms <= result.tz ? 'met' : 'NOT met'}); peak < 100 MiB: ${result.m < 100 ? 'met' : 'NOT met'} (packaging's own growth: +${fmt(result.w?.growthMiB, 1)} MiB)`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
