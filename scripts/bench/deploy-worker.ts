// Runs in its own process (via tsx): the example plugin at two versions, packaged and signed (not
// timed), then through the stages in process, against the environments' embedded daemons (staging
// and production under a temporary working directory): deploy + promote of 0.1.0, deploy +
// promote of the next version (an upgrade), then a rollback and a second (no-op) rollback. Every
// HTTP call the stages make goes to a target, and is counted. Prints one JSON line.
import { spawnSync } from 'node:child_process';
import { createPrivateKey } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deployStage } from '../../src/deploy/deploy-stage.js';
import { promoteStage } from '../../src/deploy/promote-stage.js';
import { rollbackStage } from '../../src/deploy/rollback-stage.js';
import type { HttpClient } from '../../src/io/http.js';
import { createHttpClient } from '../../src/io/http.js';
import { packagePlugin } from '../../src/package/package.js';
import { generateKeyPairPem } from '../../src/signing/keys.js';
import { signPackage } from '../../src/signing/sign.js';
import { openPackage } from '../../src/zip/reader.js';
import { testContext } from '../../test/helpers/stage.js';

const [root] = process.argv.slice(2) as [string];
const work = mkdtempSync(path.join(tmpdir(), 'dpr-bench-deploy-'));
const calls: string[] = [];
const inner = createHttpClient();
const counting: HttpClient = {
  request(r) {
    calls.push(
      `${r.method ?? 'GET'} ${new URL(r.url).pathname.replace(/\/tasks\/[0-9a-f-]{36}/, '/tasks/:id').replace(/[0-9a-f-]{36}/g, ':tenant')}`,
    );
    return inner.request(r);
  },
};

try {
  const { privatePem, publicPem } = await generateKeyPairPem(2048);
  const pub = path.join(work, 'bench.public.pem');
  writeFileSync(pub, publicPem);
  const key = createPrivateKey(privatePem);
  const versions: { file: string; version: string }[] = [];
  let current = '';
  for (const [i, bump] of [0, 1].entries()) {
    const dir = path.join(work, `plugin-${i}`);
    cpSync(path.join(root, 'examples/unit-converter'), dir, { recursive: true });
    const manifest = path.join(dir, 'manifest.yaml');
    const text = readFileSync(manifest, 'utf8');
    current = /^version:\s*(\S+)/m.exec(text)![1]!;
    const next = bump ? current.replace(/(\d+)$/, (d) => String(Number(d) + 1)) : current;
    writeFileSync(manifest, text.replace(/^version:\s*\S+/m, `version: ${next}`));
    const out = path.join(work, `out-${i}`);
    const built = await packagePlugin({ path: dir, outDir: out, cwd: out });
    if (!built.path) throw new Error(`the example does not package: ${JSON.stringify(built.findings)}`);
    const pkg = await openPackage(built.path);
    const signed = await signPackage({ pkg, file: built.path, key, category: 'community', outDir: out });
    await pkg.close();
    versions.push({ file: signed.path, version: next });
  }
  const cwd = path.join(work, 'repo');
  const ctx = testContext({ cwd, ports: { http: counting } });
  const flags = { trustedKey: [pub] };
  const timed = async <T>(fn: () => Promise<T>) => {
    const from = calls.length;
    const started = process.hrtime.bigint();
    const result = await fn();
    return { result, ms: Number(process.hrtime.bigint() - started) / 1e6, calls: calls.slice(from) };
  };
  const steps: Record<string, { ms: number; calls: number; outcome: string }> = {};
  let rollbackCalls: string[] = [];
  for (const [i, v] of versions.entries()) {
    const d = await timed(() => deployStage({ package: v.file, env: 'staging', ...flags }, ctx));
    const p = await timed(() => promoteStage({ package: v.file, env: 'production', ...flags }, ctx));
    steps[`deploy ${v.version}${i ? ' (upgrade)' : ''}`] = {
      ms: d.ms,
      calls: d.calls.length,
      outcome: d.result.outcome,
    };
    steps[`promote ${v.version}${i ? ' (upgrade)' : ''}`] = {
      ms: p.ms,
      calls: p.calls.length,
      outcome: p.result.outcome,
    };
  }
  const r = await timed(() => rollbackStage({ env: 'production' }, ctx));
  steps[`rollback to ${versions[0]!.version}`] = {
    ms: r.ms,
    calls: r.calls.length,
    outcome: r.result.outcome,
  };
  rollbackCalls = r.calls;
  const again = await timed(() => rollbackStage({ env: 'production' }, ctx));
  steps['rollback again (no-op)'] = {
    ms: again.ms,
    calls: again.calls.length,
    outcome: again.result.outcome,
  };
  // The same rollback from the CLI, a fresh process (start-up and the embedded daemon's start included).
  await promoteStage({ package: versions[1]!.file, env: 'production', ...flags }, ctx);
  const started = process.hrtime.bigint();
  const cli = spawnSync(
    process.execPath,
    [path.join(root, 'dist/cli.js'), 'rollback', '--env', 'production'],
    {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '' },
    },
  );
  const cliMs = Number(process.hrtime.bigint() - started) / 1e6;
  steps['rollback (CLI process)'] = {
    ms: cliMs,
    calls: Number.NaN,
    outcome: cli.status === 0 ? 'rolled-back' : `exit ${cli.status}`,
  };
  // The reinstall itself: the upgrade (or upload + install) and its task's polls.
  const reinstall = rollbackCalls.filter(
    (c) => /upgrade|install\/(identifiers|pkg)|upload|\/tasks\/:id/.test(c) && !/installation\/fetch/.test(c),
  );
  const beyond = rollbackCalls.filter((c) => !reinstall.includes(c));
  console.log(JSON.stringify({ steps, rollbackCalls, reinstall: reinstall.length, beyond }));
} finally {
  rmSync(work, { recursive: true, force: true });
}
