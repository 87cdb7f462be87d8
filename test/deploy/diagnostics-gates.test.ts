/**
 * Issue 16's gates inside issue 13's checklist, against embedded daemons: `compatibility` before
 * any change (the environment's configured Dify version against meta.minimum_dify_version), and
 * `post-upgrade` after each upgrade (what the plugin exposed is still there).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EnvironmentConfig } from '../../src/config/types.js';
import { deployStage } from '../../src/deploy/deploy-stage.js';
import { promoteStage } from '../../src/deploy/promote-stage.js';
import { deployContext, type Keys, type SignedPackage, signedAt, testKeys } from '../helpers/deploy.js';

let keys: Keys;
let v1: SignedPackage;
let v2: SignedPackage;

beforeAll(async () => {
  keys = await testKeys();
  [v1, v2] = await Promise.all([signedAt('0.1.0', keys), signedAt('0.2.0', keys)]);
}, 60_000);

const flags = () => ({ trustedKey: [keys.publicFile] });

function withDify(ctx: ReturnType<typeof deployContext>, env: string, difyVersion: string) {
  const entry: EnvironmentConfig = { name: env, difyVersion, extra: {} };
  ctx.config = { ...ctx.config, environments: { ...ctx.config.environments, [env]: entry } };
}

describe('the checklist’s compatibility and post-upgrade gates', () => {
  it('refuses before any change a target whose Dify is older than the plugin needs', async () => {
    const ctx = deployContext();
    withDify(ctx, 'staging', '0.15.3');
    const d = await deployStage({ package: v1.path, env: 'staging', ...flags() }, ctx);
    expect(d.outcome).toBe('refused');
    const gate = d.gates.find((g) => g.id === 'compatibility')!;
    expect(gate.status).toBe('failed');
    expect(gate.reason).toMatch(/runs Dify 0\.15\.3; the plugin needs Dify 1\.0\.0/);
    expect(gate.fix).toMatch(/Upgrade Dify on the target/);
    expect(d.tenants.every((t) => t.to === undefined)).toBe(true);
  }, 120_000);

  it('passes a new enough target, skips (without blocking) one that does not say, and checks the upgrade kept what it exposed', async () => {
    const ctx = deployContext();
    withDify(ctx, 'staging', '1.9.0');
    const d = await deployStage({ package: v1.path, env: 'staging', ...flags() }, ctx);
    expect(d.outcome, JSON.stringify(d.gates, null, 1)).toBe('passed');
    expect(d.gates.find((g) => g.id === 'compatibility')).toMatchObject({ status: 'passed' });
    expect(d.gates.find((g) => g.id === 'post-upgrade')).toMatchObject({ status: 'passed' });

    // production: the embedded daemon does not tell its Dify version and none is configured.
    const p1 = await promoteStage({ package: v1.path, env: 'production', ...flags() }, ctx);
    expect(p1.outcome, JSON.stringify(p1.gates, null, 1)).toBe('passed');
    const unknown = p1.gates.find((g) => g.id === 'compatibility')!;
    expect(['skipped', 'passed']).toContain(unknown.status);
    if (unknown.status === 'skipped') expect(unknown.fix).toMatch(/dify-version/);

    // An upgrade that keeps the tool: the post-upgrade gate compares before and after.
    expect((await deployStage({ package: v2.path, env: 'staging', ...flags() }, ctx)).outcome).toBe('passed');
    const p2 = await promoteStage({ package: v2.path, env: 'production', ...flags() }, ctx);
    expect(p2.outcome).toBe('passed');
    const kept = p2.gates.find((g) => g.id === 'post-upgrade')!;
    expect(kept.status).toBe('passed');
    expect(kept.evidence.join('\n')).toMatch(/before .*0\.1\.0/);
    expect(kept.evidence.join('\n')).toMatch(/after .*0\.2\.0/);
  }, 180_000);
});
