/**
 * The ledger in GitHub Actions: GitHub Deployments through src/github/deployments.ts, against the
 * loopback GitHub server. An environment per target environment, identifier and digest in the
 * payload, statuses in_progress → success / failure, earlier ones made inactive.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployStage } from '../../src/deploy/deploy-stage.js';
import { promoteStage } from '../../src/deploy/promote-stage.js';
import { rollbackStage } from '../../src/deploy/rollback-stage.js';
import { statusStage } from '../../src/deploy/status-stage.js';
import { type Keys, type SignedPackage, signedAt, testKeys } from '../helpers/deploy.js';
import { GitHubServer } from '../helpers/github-server.js';
import { tempDir } from '../helpers/plugins.js';
import { testContext } from '../helpers/stage.js';

let keys: Keys;
let v1: SignedPackage;
let v2: SignedPackage;
let gh: GitHubServer;

beforeAll(async () => {
  keys = await testKeys();
  [v1, v2] = await Promise.all([signedAt('0.1.0', keys), signedAt('0.2.0', keys)]);
  gh = await new GitHubServer().start();
  gh.addRepo('acme/plugins');
}, 60_000);
afterAll(async () => gh?.close());

describe('the GitHub Deployments ledger', () => {
  it('records deploy, promote and rollback as deployments with statuses; status and rollback read it', async () => {
    const env = {
      ...process.env,
      GITHUB_ACTIONS: 'true',
      GITHUB_TOKEN: gh.token('acme'),
      GITHUB_REPOSITORY: 'acme/plugins',
      GITHUB_API_URL: gh.apiUrl,
      GITHUB_SHA: 'main',
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_RUN_ID: '42',
    };
    const ctx = testContext({ cwd: tempDir('dpr-envs-'), env });
    const f = { trustedKey: [keys.publicFile], ledger: 'github' as const };
    for (const v of [v1, v2]) {
      expect((await deployStage({ package: v.path, env: 'staging', ...f }, ctx)).outcome).toBe('passed');
      const p = await promoteStage({ package: v.path, env: 'production', ...f }, ctx);
      expect(p.outcome, JSON.stringify(p.failure)).toBe('passed');
      expect(p.ledger.kind).toBe('github');
    }
    const deployments = gh.repo('acme/plugins').deployments;
    const prod = deployments.filter((d) => d.environment === 'production');
    expect(prod.map((d) => (d.payload as { identifier: string }).identifier)).toEqual([
      v1.identifier,
      v2.identifier,
    ]);
    expect((prod[1]!.payload as { digest: string }).digest).toBe(v2.sha256);
    expect(prod[1]!.statuses[0]?.state).toBe('in_progress');
    expect(prod[1]!.statuses.at(-1)?.state).toBe('success');
    expect(prod[0]!.statuses.at(-1)?.state).toBe('inactive');
    expect(deployments.filter((d) => d.environment === 'staging')).toHaveLength(2);

    const st = await statusStage({ env: 'production', ledger: 'github' }, ctx);
    expect(st.environments[0]?.current?.identifier).toBe(v2.identifier);
    const r = await rollbackStage({ env: 'production', ...f }, ctx);
    expect(r.outcome, JSON.stringify(r.error)).toBe('rolled-back');
    expect(r.identifier).toBe(v1.identifier);
    const again = await rollbackStage({ env: 'production', ...f }, ctx);
    expect(again.outcome).toBe('unchanged');
    const last = gh
      .repo('acme/plugins')
      .deployments.filter((d) => d.environment === 'production')
      .at(-1)!;
    expect((last.payload as { action: string }).action).toBe('rollback');
    expect(last.statuses[0]?.state).toBe('in_progress');
    expect(last.statuses.at(-1)?.state).toBe('success');
    expect(last.statuses.at(-1)?.logUrl).toBe('https://github.example/acme/plugins/actions/runs/42');
  }, 120_000);
});
