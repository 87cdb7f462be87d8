/**
 * The Deployments client (src/github/deployments.ts) against the local server: the record `submit`
 * writes and the deployment ledger will read, for any environment and payload.
 */
import { describe, expect, it } from 'vitest';
import { liveApi, planningApi } from '../../src/github/api.js';
import { createGitHubClient } from '../../src/github/client.js';
import { restDeployments } from '../../src/github/deployments.js';
import { createHttpClient } from '../../src/io/http.js';
import { gitHub } from './helpers.js';

const start = gitHub();
const repo = { owner: 'acme', repo: 'demo-tool' };

describe('deployments', () => {
  it('create, statuses, list newest first, find by payload; a success retires the one before', async () => {
    const { server, token } = await start();
    const client = createGitHubClient({ token, baseUrl: server.apiUrl, http: createHttpClient() });
    const d = restDeployments(liveApi(client), repo);
    const one = await d.create({
      ref: 'main',
      environment: 'staging',
      payload: { identifier: 'acme/x:1.0.0@a', digest: 'd1' },
    });
    await d.setStatus(one.id, { state: 'in_progress', environmentUrl: 'http://staging.example' });
    await d.setStatus(one.id, { state: 'success' });
    const two = await d.create({
      ref: 'main',
      environment: 'staging',
      payload: { identifier: 'acme/x:1.1.0@b', digest: 'd2', extra: 3 },
    });
    await d.setStatus(two.id, { state: 'success', logUrl: 'http://run' });
    await d.create({
      ref: 'main',
      environment: 'production',
      payload: { identifier: 'acme/x:1.0.0@a', digest: 'd1' },
    });

    const staging = await d.list({ environment: 'staging' });
    expect(staging.map((x) => x.payload.identifier)).toEqual(['acme/x:1.1.0@b', 'acme/x:1.0.0@a']);
    expect(staging[0]!.payload.extra).toBe(3);
    expect(staging[0]!.sha).toBe(server.head('acme/demo-tool'));
    expect((await d.statuses(one.id)).map((s) => s.state)).toEqual(['inactive', 'success', 'in_progress']);
    const found = await d.find('staging', (x) => x.payload.digest === 'd2');
    expect(found).toMatchObject({
      deployment: { id: two.id },
      status: { state: 'success', logUrl: 'http://run' },
    });
    expect(await d.find('staging', (x) => x.payload.digest === 'nope')).toBeUndefined();
    expect(client.calls.every((c) => c.status < 300)).toBe(true);
  });

  it('under a dry run every call is planned and none sent', async () => {
    const { server } = await start();
    const api = planningApi();
    const d = restDeployments(api, repo);
    const created = await d.create({
      ref: 'v1',
      environment: 'production',
      payload: { identifier: 'i', digest: 'x' },
    });
    await d.setStatus(created.id, { state: 'in_progress' });
    expect(api.plan.map((c) => `${c.method} ${c.path}`)).toEqual([
      'POST /repos/acme/demo-tool/deployments',
      'POST /repos/acme/demo-tool/deployments/0/statuses',
    ]);
    expect(api.plan[0]!.body).toMatchObject({
      environment: 'production',
      production_environment: true,
      payload: { identifier: 'i' },
    });
    expect(server.requests).toEqual([]);
  });
});
