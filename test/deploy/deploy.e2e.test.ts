/**
 * The CLI contract of deploy, promote, rollback and status, as separate processes of the bundled
 * CLI sharing the environments' state in .dify-release/envs/<name>/ (embedded daemons, local
 * ledger); and a promotion killed with SIGKILL in the middle, settled by the next command.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundle, runCli } from '../helpers/cli.js';
import { type Keys, type SignedPackage, signedAt, testKeys } from '../helpers/deploy.js';
import { tempDir } from '../helpers/plugins.js';

let keys: Keys;
let v1: SignedPackage;
let v2: SignedPackage;

beforeAll(async () => {
  keys = await testKeys();
  [v1, v2] = await Promise.all([signedAt('0.1.0', keys), signedAt('0.2.0', keys)]);
}, 60_000);

const json = (stdout: string) => JSON.parse(stdout) as { summary: Record<string, any>; exitCode: number };

describe('deploy / promote / rollback / status from the CLI', () => {
  it('each command sees the state the previous one left; status --json; rollback twice', () => {
    const cwd = tempDir('dpr-cli-envs-');
    const k = ['--trusted-key', keys.publicFile];
    for (const v of [v1, v2]) {
      const d = runCli(['deploy', v.path, '--env', 'staging', ...k], { cwd });
      expect(d.status, d.stderr + d.stdout).toBe(0);
      const p = runCli(['promote', v.path, '--env', 'production', ...k], { cwd });
      expect(p.status, p.stderr + p.stdout).toBe(0);
    }
    const s = runCli(['status', '--env', 'production', '--json'], { cwd });
    expect(s.status, s.stderr).toBe(0);
    const doc = json(s.stdout);
    // The contract at the document's top level (and in the stage's summary, as every command's).
    const top = JSON.parse(s.stdout) as {
      environment: string;
      current: { version: string };
      history: unknown[];
    };
    expect(top.environment).toBe('production');
    expect(top.current.version).toBe('0.2.0');
    expect(top.history).toHaveLength(2);
    expect(doc.summary.environment).toBe('production');
    expect(doc.summary.current).toMatchObject({
      identifier: v2.identifier,
      version: '0.2.0',
      digest: v2.sha256,
    });
    expect(doc.summary.history.map((h: { version: string }) => h.version)).toEqual(['0.2.0', '0.1.0']);

    const r1 = runCli(['rollback', '--env', 'production'], { cwd });
    expect(r1.status, r1.stderr + r1.stdout).toBe(0);
    expect(r1.stdout + r1.stderr).toMatch(/rolled production back to acme\/demo_tool:0\.1\.0/);
    const r2 = runCli(['rollback', '--env', 'production'], { cwd });
    expect(r2.status).toBe(0);
    expect(r2.stdout + r2.stderr).toMatch(/nothing to roll back/);

    const none = runCli(['rollback', '--env', 'production'], { cwd: tempDir('dpr-cli-empty-') });
    expect(none.status).toBe(1);
    expect(none.stdout + none.stderr).toMatch(/records no successful deployment/);

    const refused = runCli(['promote', v2.path, '--env', 'production', '--from', 'elsewhere', ...k], { cwd });
    expect(refused.status).toBe(1);
    expect(refused.stdout + refused.stderr).toMatch(/never deployed to elsewhere/);
  }, 120_000);

  it('a promotion killed with SIGKILL mid-way is rolled back by the next command, which says so', async () => {
    const cwd = tempDir('dpr-cli-kill-');
    const marker = path.join(cwd, 'smoke-started');
    writeFileSync(
      path.join(cwd, '.dify-release.yml'),
      `checklist:\n  staging:\n    smoke:\n      - name: slow\n        environments: [production]\n        command: [node, -e, "require('fs').writeFileSync(process.env.MARK, ''); setTimeout(() => {}, 2000)"]\n`,
    );
    const env = { MARK: marker };
    const k = ['--trusted-key', keys.publicFile];
    runCli(['deploy', v1.path, '--env', 'staging', ...k], { cwd, env });
    // The first promotion waits on its smoke call too (2 s), then passes.
    const first = runCli(['promote', v1.path, '--env', 'production', ...k], { cwd, env });
    expect(first.status, first.stdout + first.stderr).toBe(0);
    rmSync(marker);
    expect(runCli(['deploy', v2.path, '--env', 'staging', ...k], { cwd, env }).status).toBe(0);

    const child = spawn(process.execPath, [bundle('cli'), 'promote', v2.path, '--env', 'production', ...k], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '', ...env },
      stdio: 'ignore',
    });
    const started = Date.now();
    while (!existsSync(marker) && Date.now() - started < 30_000) await new Promise((r) => setTimeout(r, 20));
    expect(existsSync(marker)).toBe(true);
    child.kill('SIGKILL');
    await new Promise((r) => child.on('close', r));

    const mid = json(runCli(['status', '--env', 'production', '--json'], { cwd }).stdout);
    expect(mid.summary.inProgress).toHaveLength(1);
    expect(mid.summary.current.identifier).toBe(v1.identifier);

    const next = runCli(['rollback', '--env', 'production', '--to', '0.1.0'], { cwd, env });
    expect(next.status, next.stdout + next.stderr).toBe(0);
    expect(next.stdout + next.stderr).toMatch(/interrupted promote of 0\.2\.0.*was rolled back/);
    const after = json(runCli(['status', '--env', 'production', '--json'], { cwd }).stdout);
    expect(after.summary.inProgress).toEqual([]);
    expect(after.summary.current.identifier).toBe(v1.identifier);
    const killed = after.summary.history.find(
      (h: { version: string; action: string }) => h.version === '0.2.0' && h.action === 'promote',
    );
    expect(killed).toMatchObject({ state: 'failure', resolution: { outcome: 'rolled-back' } });
  }, 120_000);
});
