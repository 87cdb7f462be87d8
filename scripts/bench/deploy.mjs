// `npm run bench -- deploy`: wall time of deploy + promote of the example plugin against the
// environments' embedded daemons (staging, production), an upgrade, a rollback and a no-op second
// rollback, through the stages in process, with the target calls each makes. Target: rollback
// under 2 s on loopback, and no more than 3 target calls beyond the reinstall itself.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fmt, ROOT } from './_util.mjs';

export const title = 'deploy: deploy + promote, upgrade, rollback against embedded daemons (in process)';

export async function run() {
  const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
  const r = spawnSync(tsx, [path.join(ROOT, 'scripts/bench/deploy-worker.ts'), ROOT], {
    encoding: 'utf8',
    cwd: ROOT,
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) {
    console.log(`  worker failed: ${r.stderr.slice(0, 2000)}`);
    return;
  }
  const w = JSON.parse(r.stdout.trim().split('\n').pop());
  for (const [name, s] of Object.entries(w.steps))
    console.log(
      `    ${name.padEnd(28)} ${fmt(s.ms, 0).padStart(6)} ms  target calls ${Number.isFinite(s.calls) ? String(s.calls).padStart(3) : '  -'}  ${s.outcome}`,
    );
  const names = Object.keys(w.steps);
  const dp = w.steps[names[0]].ms + w.steps[names[1]].ms;
  console.log(`    deploy + promote (first)     ${fmt(dp, 0).padStart(6)} ms`);
  const rb = w.steps[names.find((n) => n.startsWith('rollback to'))];
  const ok = rb.ms < 2000 && w.beyond.length <= 3;
  console.log(
    `    rollback: ${fmt(rb.ms, 0)} ms, ${w.reinstall} calls for the reinstall, ${w.beyond.length} beyond it (${w.beyond.join(', ')})  target: < 2 s, ≤ 3 beyond → ${ok ? 'met' : 'MISSED'}`,
  );
  console.log(`      ${w.rollbackCalls.join(', ')}`);
}
