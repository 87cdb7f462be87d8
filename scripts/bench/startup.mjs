// Start-up of the bundled CLI as fresh processes, against `node -e 0` in the same run: runs of
// each command alternate with runs of bare Node (so load on the machine hits both alike), and the
// figures are medians. The CLI is bundled from the current sources into a temporary directory.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fmt, ROOT } from './_util.mjs';

export const title = 'start-up: fresh CLI processes against bare Node';

const ROUNDS = 15;

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(args, cwd) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '' },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  return ms;
}

/** The files an entry loads statically: itself and the chunks it imports, transitively. */
function loaded(dir, entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const text = readFileSync(path.join(dir, entry), 'utf8');
  // The bundle is CommonJS: a static import is a top-level require() of its own line.
  for (const m of text.matchAll(/^(?:var \w+ = (?:__toESM\()?)?require\("(\.[^"]+)"\)/gm)) {
    loaded(dir, path.posix.normalize(path.posix.join(path.posix.dirname(entry), m[1])), seen);
  }
  return seen;
}

export async function run() {
  const dir = mkdtempSync(path.join(tmpdir(), 'dpr-bench-startup-'));
  const out = mkdtempSync(path.join(tmpdir(), 'dpr-bench-out-'));
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--outdir', dir], {
      stdio: 'inherit',
    });
    const cli = path.join(dir, 'cli.js');
    const example = path.join(ROOT, 'examples/unit-converter');
    const cases = [
      ['--version', [cli, '--version'], 1.5],
      ['validate (example plugin)', [cli, 'validate', example], 2],
      ['package (example plugin)', [cli, 'package', example, '-o', out], 2],
    ];
    // Warm the file cache.
    for (const [, args] of cases) time(args, ROOT);
    const bare = [];
    const times = cases.map(() => []);
    for (let i = 0; i < ROUNDS; i++) {
      cases.forEach(([, args], j) => {
        bare.push(time(['-e', '0'], ROOT));
        times[j].push(time(args, ROOT));
      });
    }
    const base = median(bare);
    console.log(`  node -e 0                      ${fmt(base, 1)} ms (median of ${bare.length})`);
    for (const [j, [name, , target]] of cases.entries()) {
      const m = median(times[j]);
      console.log(
        `  ${name.padEnd(30)} ${fmt(m, 1)} ms  ${fmt(m / base, 2)}× bare Node  target ${target}×  ratio ${fmt(m / base / target, 2)}`,
      );
    }
    const files = (d, b = d) =>
      readdirSync(d).flatMap((f) =>
        statSync(path.join(d, f)).isDirectory()
          ? files(path.join(d, f), b)
          : [path.relative(b, path.join(d, f))],
      );
    const all = files(dir);
    const total = all.reduce((n, f) => n + statSync(path.join(dir, f)).size, 0);
    const startup = [...loaded(dir, 'cli.js')];
    const startupBytes = startup.reduce((n, f) => n + statSync(path.join(dir, f)).size, 0);
    console.log(
      `  bundle: ${all.length} files, ${fmt(total / 1024, 0)} KiB in all; the CLI entry loads ${startup.length} of them at start-up, ${fmt(startupBytes / 1024, 0)} KiB`,
    );
    const action = [...loaded(dir, 'action.js')];
    console.log(
      `  the action entry loads ${action.length} files at start-up, ${fmt(action.reduce((n, f) => n + statSync(path.join(dir, f)).size, 0) / 1024, 0)} KiB`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}
