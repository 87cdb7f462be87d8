/**
 * Progressive promotion over several tenants of one embedded daemon, and promotion through the
 * console door (uninstall, then install: said before acting, the gap measured, rolled back on failure).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { deployStage } from '../../src/deploy/deploy-stage.js';
import { promoteStage } from '../../src/deploy/promote-stage.js';
import { rollbackStage } from '../../src/deploy/rollback-stage.js';
import { openEnvironment } from '../../src/deploy/tenants.js';
import { deployContext, type Keys, type SignedPackage, signedAt, testKeys } from '../helpers/deploy.js';

let keys: Keys;
let v1: SignedPackage;
let v2: SignedPackage;

beforeAll(async () => {
  keys = await testKeys();
  [v1, v2] = await Promise.all([signedAt('0.1.0', keys), signedAt('0.2.0', keys)]);
}, 60_000);

const [A, B, C] = ['0000000a', '0000000b', '0000000c'].map((x) => `${x}-0000-4000-8000-000000000000`) as [
  string,
  string,
  string,
];
const TENANTS = [A, B, C];
const failOn = (tenant: string) => ({
  staging: {
    smoke: [
      {
        name: `fails on ${tenant}`,
        command: ['node', '-e', `process.exit(process.env.DPR_TENANT === '${tenant}' ? 4 : 0)`],
        environments: ['production'],
      },
    ],
  },
});

async function running(ctx: ReturnType<typeof deployContext>, tenants: string[], kind?: 'console') {
  const env = await openEnvironment(
    'production',
    { tenant: tenants, ...(kind ? { targetKind: kind } : {}) },
    ctx,
  );
  try {
    const out: Record<string, string | undefined> = {};
    for (const t of env.tenants) out[t.tenant] = (await t.target.installation('acme/demo_tool'))?.identifier;
    return out;
  } finally {
    await env.close();
  }
}

describe('canary tenants', () => {
  it('canaries first, then the rest; a canary failure rolls back only the tenants touched', async () => {
    const ctx = deployContext();
    const prod = { trustedKey: [keys.publicFile], tenant: TENANTS };
    await deployStage({ package: v1.path, env: 'staging', trustedKey: [keys.publicFile] }, ctx);
    const p1 = await promoteStage({ package: v1.path, env: 'production', ...prod, canary: [B] }, ctx);
    expect(p1.outcome).toBe('passed');
    expect(p1.tenants.map((t) => t.tenant)).toEqual([B, A, C]);

    await deployStage({ package: v2.path, env: 'staging', trustedKey: [keys.publicFile] }, ctx);
    ctx.config = { ...ctx.config, checklist: failOn(B) };
    const p2 = await promoteStage({ package: v2.path, env: 'production', ...prod, canary: [B] }, ctx);
    expect(p2.outcome).toBe('rolled-back');
    expect(p2.rolledBack.map((t) => t.tenant)).toEqual([B]);
    expect(p2.notes.join(' ')).toContain(`not touched: ${A}, ${C}`);
    expect(await running(ctx, TENANTS)).toEqual(Object.fromEntries(TENANTS.map((t) => [t, v1.identifier])));

    // A failure after the canary passed rolls back the canary and the tenants upgraded since.
    ctx.config = { ...ctx.config, checklist: failOn(C) };
    const p3 = await promoteStage({ package: v2.path, env: 'production', ...prod, canary: [B] }, ctx);
    expect(p3.outcome).toBe('rolled-back');
    expect(p3.rolledBack.map((t) => t.tenant).sort()).toEqual(TENANTS);
    expect(await running(ctx, TENANTS)).toEqual(Object.fromEntries(TENANTS.map((t) => [t, v1.identifier])));

    await expect(
      promoteStage({ package: v2.path, env: 'production', ...prod, canary: ['nobody'] }, ctx),
    ).rejects.toThrow(/nobody is not a tenant/);
  }, 120_000);
});

describe('through the console door', () => {
  it('says it uninstalls then installs, measures the gap, rolls back and re-installs the previous version', async () => {
    const ctx = deployContext();
    const prod = { trustedKey: [keys.publicFile], targetKind: 'console' as const };
    await deployStage({ package: v1.path, env: 'staging', trustedKey: [keys.publicFile] }, ctx);
    expect((await promoteStage({ package: v1.path, env: 'production', ...prod }, ctx)).outcome).toBe(
      'passed',
    );
    await deployStage({ package: v2.path, env: 'staging', trustedKey: [keys.publicFile] }, ctx);
    const p = await promoteStage({ package: v2.path, env: 'production', ...prod }, ctx);
    expect(p.outcome, JSON.stringify(p.failure)).toBe('passed');
    expect(p.tenants[0]?.action).toBe('reinstalled');
    expect(p.tenants[0]?.absentMs).toBeGreaterThanOrEqual(0);
    expect(p.notes.join(' ')).toMatch(/cannot upgrade a local package in place/);

    const r = await rollbackStage({ env: 'production', ...prod }, ctx);
    expect(r.outcome, JSON.stringify(r.error)).toBe('rolled-back');
    expect(r.tenants[0]).toMatchObject({ action: 'reinstalled', to: v1.identifier });
    expect(r.notes.join(' ')).toMatch(/absent for \d+ ms/);
  }, 120_000);
});
