/**
 * A manual gate (pending until a person approves it with --approve), and a rollback interrupted by
 * kill -9 that the next command finishes (putting back is idempotent) and says so.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { deployStage } from '../../src/deploy/deploy-stage.js';
import { LocalLedger } from '../../src/deploy/ledger-local.js';
import { promoteStage } from '../../src/deploy/promote-stage.js';
import { rollbackStage } from '../../src/deploy/rollback-stage.js';
import { statusStage } from '../../src/deploy/status-stage.js';
import { deployContext, type Keys, type SignedPackage, signedAt, testKeys } from '../helpers/deploy.js';

let keys: Keys;
let v1: SignedPackage;
let v2: SignedPackage;

beforeAll(async () => {
  keys = await testKeys();
  [v1, v2] = await Promise.all([signedAt('0.1.0', keys), signedAt('0.2.0', keys)]);
}, 60_000);

describe('manual gates', () => {
  it('a manual gate is pending; promote refuses with the --approve fix, then passes once approved', async () => {
    const ctx = deployContext({ performance: { manual: true, required: true } });
    const f = { trustedKey: [keys.publicFile] };
    const d = await deployStage({ package: v1.path, env: 'staging', ...f }, ctx);
    expect(d.gates.find((g) => g.id === 'performance')).toMatchObject({ status: 'pending', required: true });
    expect(d.promotable).toBe(false);
    const refused = await promoteStage({ package: v1.path, env: 'production', ...f }, ctx);
    expect(refused.outcome).toBe('refused');
    expect(refused.failure?.message).toMatch(/gate performance pending/);
    const p = await promoteStage(
      { package: v1.path, env: 'production', approve: ['performance'], ...f },
      ctx,
    );
    expect(p.outcome, JSON.stringify(p.failure)).toBe('passed');
    expect(p.gates.find((g) => g.id === 'performance')?.evidence.join(' ')).toMatch(/approved by/);
  }, 60_000);
});

describe('an interrupted rollback', () => {
  it('is finished by the next command, which says so; rollback then has nothing to do', async () => {
    const ctx = deployContext();
    const f = { trustedKey: [keys.publicFile] };
    for (const v of [v1, v2]) {
      await deployStage({ package: v.path, env: 'staging', ...f }, ctx);
      await promoteStage({ package: v.path, env: 'production', ...f }, ctx);
    }
    // What a rollback killed right after recording its entry leaves: in progress, nothing changed.
    const ledger = new LocalLedger('production', path.join(ctx.cwd, '.dify-release', 'envs', 'production'));
    const [current] = await ledger.history();
    await ledger.record(
      {
        environment: 'production',
        action: 'rollback',
        pluginId: 'acme/demo_tool',
        identifier: v1.identifier,
        version: '0.1.0',
        digest: v1.sha256,
        tenants: current!.tenants,
        previous: Object.fromEntries(current!.tenants.map((t) => [t, v2.identifier])),
        description: 'rolling back to 0.1.0',
        runner: { pid: 999_999_999 },
      },
      new Date(),
    );
    expect((await statusStage({ env: 'production' }, ctx)).environments[0]?.inProgress).toHaveLength(1);
    const r = await rollbackStage({ env: 'production' }, ctx);
    expect(r.settled.map((s) => s.outcome)).toEqual(['finished']);
    expect(r.settled[0]?.message).toMatch(/interrupted rollback of 0\.1\.0.*was finished/);
    expect(r.outcome).toBe('unchanged');
    const st = (await statusStage({ env: 'production' }, ctx)).environments[0]!;
    expect(st.current).toMatchObject({ identifier: v1.identifier, action: 'rollback' });
    expect(st.inProgress).toEqual([]);
  }, 60_000);
});
