// Runs in its own process (via tsx): packages every corpus plugin into a temp dir with the package
// stage (not timed), then times `check` in-process over the directories and over the packages.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkTarget } from '../../src/checks/marketplace/index.js';
import { packagePlugin } from '../../src/package/package.js';

const [corpus] = process.argv.slice(2) as [string];
const plugins = readdirSync(corpus)
  .sort()
  .flatMap((kind) =>
    readdirSync(path.join(corpus, kind))
      .sort()
      .map((name) => path.join(corpus, kind, name)),
  );
const out = mkdtempSync(path.join(tmpdir(), 'dpr-bench-check-'));
try {
  const packages: string[] = [];
  for (const dir of plugins) {
    // badapple's 4 MiB endpoint source was left out of the corpus snapshot: waive that one error.
    const r = await packagePlugin({ path: dir, outDir: out, ignore: ['DPR307'] });
    if (r.path) packages.push(r.path);
  }
  // Warm-up: module loading and schema compilation happen once per process.
  await checkTarget(plugins[0]!, { profile: 'official' });

  const time = async (targets: string[]) => {
    const per: number[] = [];
    let files = 0;
    let errors = 0;
    const started = performance.now();
    for (const t of targets) {
      const s = performance.now();
      const r = await checkTarget(t, { profile: 'official' });
      per.push(performance.now() - s);
      files += r.files;
      errors += r.findings.filter((f) => f.severity === 'error').length;
    }
    const totalMs = performance.now() - started;
    per.sort((a, b) => a - b);
    return {
      count: targets.length,
      files,
      errors,
      totalMs,
      medianMs: per[Math.floor(per.length / 2)],
      maxMs: per.at(-1),
    };
  };
  const dirs = await time(plugins);
  const pkgs = await time(packages);
  console.log(JSON.stringify({ dirs, pkgs, peakMiB: process.resourceUsage().maxRSS / 1024 }));
} finally {
  rmSync(out, { recursive: true, force: true });
}
