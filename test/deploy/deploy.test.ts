/**
 * deploy → gates → promote → rollback → status against two embedded daemons (staging and
 * production, each in its own .dify-release/envs/<name>/ of a temporary working directory), through
 * the stages as the commands call them: real HTTP on loopback, the local ledger.
 */
import { createHash } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { deployStage } from '../../src/deploy/deploy-stage.js';
import { promoteStage } from '../../src/deploy/promote-stage.js';
import { NoEarlierVersionError, rollbackStage } from '../../src/deploy/rollback-stage.js';
import { statusStage } from '../../src/deploy/status-stage.js';
import { deployContext, type Keys, type SignedPackage, signedAt, testKeys } from '../helpers/deploy.js';

let keys: Keys;
let v1: SignedPackage;
let v2: SignedPackage;

beforeAll(async () => {
  keys = await testKeys();
  [v1, v2] = await Promise.all([signedAt('0.1.0', keys), signedAt('0.2.0', keys)]);
}, 60_000);

const flags = () => ({ trustedKey: [keys.publicFile] });

describe('deploy, promote, rollback, status (embedded daemons)', () => {
  it('happy path: deploy → gates pass → promote → production runs it; rollback twice; status', async () => {
    const ctx = deployContext();
    const d1 = await deployStage({ package: v1.path, env: 'staging', ...flags() }, ctx);
    expect(d1.outcome, JSON.stringify(d1.gates, null, 1)).toBe('passed');
    expect(d1.gates.find((g) => g.id === 'provenance')?.status).toBe('passed');
    const p1 = await promoteStage({ package: v1.path, env: 'production', ...flags() }, ctx);
    expect(p1.outcome, JSON.stringify(p1.gates, null, 1)).toBe('passed');
    expect(p1.tenants[0]?.to).toBe(v1.identifier);

    expect((await deployStage({ package: v2.path, env: 'staging', ...flags() }, ctx)).outcome).toBe('passed');
    // promote by identifier: the artifact store keeps what staging got.
    const p2 = await promoteStage({ package: v2.identifier, env: 'production', ...flags() }, ctx);
    expect(p2.outcome).toBe('passed');
    expect(p2.tenants[0]).toMatchObject({ from: v1.identifier, to: v2.identifier, action: 'upgraded' });

    const st = await statusStage({ env: 'production' }, ctx);
    expect(st.environments[0]?.current?.identifier).toBe(v2.identifier);
    expect(st.environments[0]?.rollbackTo?.identifier).toBe(v1.identifier);
    expect(st.environments[0]?.history.map((h) => h.version)).toEqual(['0.2.0', '0.1.0']);

    const r1 = await rollbackStage({ env: 'production' }, ctx);
    expect(r1.outcome).toBe('rolled-back');
    expect(r1.tenants[0]).toMatchObject({ from: v2.identifier, to: v1.identifier });
    const r2 = await rollbackStage({ env: 'production' }, ctx);
    expect(r2.outcome).toBe('unchanged');
    expect(r2.notes.join(' ')).toMatch(/already runs/);
    const after = await statusStage({ env: 'production' }, ctx);
    expect(after.environments[0]?.current).toMatchObject({ identifier: v1.identifier, action: 'rollback' });
    expect(after.environments[0]?.history.map((h) => `${h.action} ${h.state}`)).toEqual([
      'rollback success',
      'promote success',
      'promote success',
    ]);
  }, 120_000);

  it('a gate fails (unsigned; permission escalation): deploy refuses, promote refuses, production untouched', async () => {
    const ctx = deployContext();
    await deployStage({ package: v1.path, env: 'staging', ...flags() }, ctx);
    await promoteStage({ package: v1.path, env: 'production', ...flags() }, ctx);
    const unsigned = await signedAt('0.3.0', undefined);
    const d = await deployStage({ package: unsigned.path, env: 'staging', ...flags() }, ctx);
    expect(d.outcome).toBe('refused');
    const sig = d.gates.find((g) => g.id === 'signature')!;
    expect(sig.status).toBe('failed');
    expect(sig.fix).toMatch(/sign/);
    const p = await promoteStage({ package: unsigned.path, env: 'production', ...flags() }, ctx);
    expect(p.outcome).toBe('refused');
    expect(p.failure?.message).toMatch(/staging/);

    const wider = await signedAt('0.4.0', keys, { storage: true });
    const e = await deployStage({ package: wider.path, env: 'staging', ...flags() }, ctx);
    const perm = e.gates.find((g) => g.id === 'permissions')!;
    expect(perm.status, JSON.stringify(perm)).toBe('failed');
    expect(perm.reason).toMatch(/escalation.*storage/);
    expect((await promoteStage({ package: wider.path, env: 'production', ...flags() }, ctx)).outcome).toBe(
      'refused',
    );
    const st = await statusStage({ env: 'production' }, ctx);
    expect(st.environments[0]?.current?.identifier).toBe(v1.identifier);
  }, 120_000);

  it('verification fails after the upgrade: production is rolled back to the previous identifier', async () => {
    const ctx = deployContext({
      staging: {
        smoke: [
          {
            name: 'prod-only check',
            command: ['node', '-e', 'process.exit(3)'],
            environments: ['production'],
          },
        ],
      },
    });
    await deployStage({ package: v1.path, env: 'staging', ...flags() }, ctx);
    // The first promotion has no previous version: make it pass by approving nothing special — the smoke fails.
    const first = await promoteStage({ package: v1.path, env: 'production', ...flags() }, ctx);
    expect(first.outcome, JSON.stringify([first.failure, first.unresolved, first.rolledBack])).toBe(
      'rolled-back',
    );
    expect(first.rolledBack[0]).toMatchObject({ to: '(not installed)' });
    ctx.config = { ...ctx.config, checklist: {} };
    expect((await promoteStage({ package: v1.path, env: 'production', ...flags() }, ctx)).outcome).toBe(
      'passed',
    );
    await deployStage({ package: v2.path, env: 'staging', ...flags() }, ctx);
    ctx.config = {
      ...ctx.config,
      checklist: {
        staging: {
          smoke: [
            {
              name: 'prod-only check',
              command: ['node', '-e', 'process.exit(3)'],
              environments: ['production'],
            },
          ],
        },
      },
    };
    const p = await promoteStage({ package: v2.path, env: 'production', ...flags() }, ctx);
    expect(p.outcome).toBe('rolled-back');
    expect(p.failure?.gate).toBe('verify');
    expect(p.rolledBack[0]).toMatchObject({ from: v2.identifier, to: v1.identifier });
    const st = await statusStage({ env: 'production' }, ctx);
    expect(st.environments[0]?.current?.identifier).toBe(v1.identifier);
    expect(st.environments[0]?.history[0]).toMatchObject({ action: 'promote', state: 'failure' });
  }, 120_000);

  it('rollback with the package gone from the target re-uploads it from the artifact store', async () => {
    const ctx = deployContext();
    for (const v of [v1, v2]) {
      await deployStage({ package: v.path, env: 'staging', ...flags() }, ctx);
      expect((await promoteStage({ package: v.path, env: 'production', ...flags() }, ctx)).outcome).toBe(
        'passed',
      );
    }
    // The production daemon loses every package but the installed one.
    const dir = path.join(ctx.cwd, '.dify-release', 'envs', 'production', 'daemon', 'packages');
    expect(readdirSync(dir).length).toBe(2);
    rmSync(path.join(dir, `${createHash('sha256').update(v1.identifier).digest('hex')}.difypkg`));
    expect(readdirSync(dir).length).toBe(1);
    const r = await rollbackStage({ env: 'production' }, ctx);
    expect(r.outcome, JSON.stringify(r.error)).toBe('rolled-back');
    expect(r.tenants[0]?.uploadedFrom ?? '').toMatch(/\.dify-release\/artifacts\//);
  }, 120_000);

  it('rollback with no earlier version is a clear error', async () => {
    const ctx = deployContext();
    await deployStage({ package: v1.path, env: 'staging', ...flags() }, ctx);
    await promoteStage({ package: v1.path, env: 'production', ...flags() }, ctx);
    await expect(rollbackStage({ env: 'production' }, ctx)).rejects.toThrow(NoEarlierVersionError);
    await expect(rollbackStage({ env: 'production' }, ctx)).rejects.toThrow(/first installation/);
    await expect(rollbackStage({ env: 'nowhere' }, ctx)).rejects.toThrow(/records no successful deployment/);
  }, 120_000);
});
