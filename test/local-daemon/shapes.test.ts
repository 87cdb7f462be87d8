/**
 * The exact shapes of the real servers, over raw HTTP (what curl sees): the daemon's envelopes,
 * error JSON strings, status codes, task and installation objects with their field names
 * (internal/types/models, internal/service/manage_plugin.go), and the console's answers and errors
 * (api/controllers/console, libs/external_api.py).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EmbeddedDaemon } from '../../src/local-daemon/server.js';
import {
  ACCOUNT,
  API_KEY,
  type BuiltPackage,
  buildPackage,
  inner,
  management,
  startTestDaemon,
  uploadRaw,
} from '../helpers/targets.js';

const TASK_KEYS = [
  'completed_plugins',
  'created_at',
  'id',
  'plugins',
  'status',
  'tenant_id',
  'total_plugins',
  'updated_at',
];
const TASK_PLUGIN_KEYS = [
  'icon',
  'icon_dark',
  'labels',
  'message',
  'plugin_id',
  'plugin_unique_identifier',
  'source',
  'status',
];
/** ListPlugins' item fields, plus `runtime`: only the embedded daemon says whether the process runs. */
const LIST_KEYS = [
  'checksum',
  'created_at',
  'declaration',
  'endpoints_active',
  'endpoints_setups',
  'id',
  'installation_id',
  'meta',
  'name',
  'plugin_id',
  'plugin_unique_identifier',
  'runtime',
  'runtime_type',
  'source',
  'tenant_id',
  'updated_at',
  'version',
];
/** models.PluginInstallation with version, checksum and declaration (BatchFetchPluginInstallationByIDs). */
const BATCH_KEYS = [
  'checksum',
  'created_at',
  'declaration',
  'endpoints_active',
  'endpoints_setups',
  'id',
  'meta',
  'plugin_id',
  'plugin_unique_identifier',
  'runtime',
  'runtime_type',
  'source',
  'tenant_id',
  'updated_at',
  'version',
];

let pkg: BuiltPackage;
let daemon: EmbeddedDaemon;
beforeAll(async () => {
  pkg = await buildPackage();
  daemon = await startTestDaemon({ console: { accounts: [{ ...ACCOUNT, role: 'owner' }] } });
});

async function waitTask(id: string): Promise<Record<string, unknown>> {
  for (;;) {
    const r = await management(daemon, 'GET', `/install/tasks/${id}`);
    const data = r.body.data as Record<string, unknown>;
    if (data.status === 'success' || data.status === 'failed') return data;
    await new Promise((res) => setTimeout(res, 10));
  }
}

describe('the daemon door', () => {
  it('answers health without a key, with the daemon’s fields', async () => {
    const r = await fetch(`${daemon.url}/health/check`);
    expect(r.status).toBe(200);
    const body = (await r.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(
      [
        'active_dispatch_requests',
        'active_requests',
        'build_time',
        'platform',
        'pool_status',
        'status',
        'version',
      ].sort(),
    );
    expect(body.status).toBe('ok');
  });

  it('wraps every answer in {code, message, data}; errors carry a JSON string with error_type', async () => {
    const ok = await management(daemon, 'GET', '/list?page=1&page_size=10');
    expect(ok).toEqual({ status: 200, body: { code: 0, message: 'success', data: { list: [], total: 0 } } });
    const bad = await management(
      daemon,
      'GET',
      '/fetch/manifest?plugin_unique_identifier=' + encodeURIComponent(`a/b:1.0.0@${'c'.repeat(64)}`),
    );
    expect(bad.status).toBe(200);
    expect(Object.keys(bad.body)).toEqual(['code', 'message', 'data']);
    expect(bad.body).toMatchObject({ code: -400, data: null });
    expect(inner(bad.body)).toEqual({
      message: 'plugin not found',
      error_type: 'PluginDaemonBadRequestError',
      args: null,
    });
  });

  it('answers an unknown route with gin’s 404 body and a wrong key with 401', async () => {
    const r = await fetch(`${daemon.url}/nowhere`);
    expect(r.status).toBe(404);
    expect(await r.json()).toEqual({ code: 'not_found', message: 'route not found' });
    const denied = await management(daemon, 'GET', '/list?page=1&page_size=1', { apiKey: 'wrong' });
    expect(denied.status).toBe(401);
    expect(denied.body.code).toBe(-401);
    expect(inner(denied.body)).toEqual({
      message: 'unauthorized',
      error_type: 'PluginDaemonUnauthorizedError',
      args: null,
    });
  });

  it('returns the upload, task, list, batch and missing objects with the daemon’s field names', async () => {
    const up = await uploadRaw(daemon, (await import('node:fs')).readFileSync(pkg.path));
    const data = up.body.data as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['unique_identifier', 'manifest', 'verification']);
    expect(data.unique_identifier).toBe(pkg.identifier);
    const manifest = data.manifest as Record<string, unknown>;
    for (const key of [
      'version',
      'type',
      'author',
      'name',
      'label',
      'description',
      'icon',
      'resource',
      'plugins',
      'meta',
      'tags',
      'created_at',
      'verified',
      'tool',
    ])
      expect(manifest).toHaveProperty(key);
    expect(manifest.plugins).toEqual({
      tools: ['provider/demo.yaml'],
      models: null,
      endpoints: null,
      agent_strategies: null,
      datasources: null,
      triggers: null,
    });
    expect(manifest).not.toHaveProperty('category');

    const install = await management(daemon, 'POST', '/install/identifiers', {
      contentType: 'application/json',
      body: JSON.stringify({ plugin_unique_identifiers: [pkg.identifier], source: 'package', metas: [{}] }),
    });
    const start = install.body.data as { all_installed: boolean; task_id: string };
    expect(Object.keys(start)).toEqual(['all_installed', 'task_id']);
    const task = await waitTask(start.task_id);
    expect(Object.keys(task).sort()).toEqual(TASK_KEYS);
    const item = (task.plugins as Record<string, unknown>[])[0]!;
    expect(Object.keys(item).sort()).toEqual(TASK_PLUGIN_KEYS);
    expect(item).toMatchObject({
      status: 'success',
      message: 'installed',
      plugin_id: 'acme/demo_tool',
      labels: { en_US: 'Demo tool', zh_Hans: '演示工具' },
    });
    expect(item.icon).toMatch(/^[0-9a-f]{64}\.svg$/);

    const list = (await management(daemon, 'GET', '/list?page=1&page_size=256')).body.data as {
      list: Record<string, unknown>[];
      total: number;
    };
    expect(list.total).toBe(1);
    expect(Object.keys(list.list[0]!).sort()).toEqual(LIST_KEYS);
    expect(list.list[0]!.installation_id).toBe(list.list[0]!.id);
    expect(list.list[0]!.runtime).toEqual({ status: 'not started' });

    const batch = await management(daemon, 'POST', '/installation/fetch/batch', {
      contentType: 'application/json',
      body: JSON.stringify({ plugin_ids: ['acme/demo_tool', 'acme/none'] }),
    });
    const rows = batch.body.data as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]!).sort()).toEqual(BATCH_KEYS);

    const other = `acme/none:1.0.0@${'d'.repeat(64)}`;
    const missing = await management(daemon, 'POST', '/installation/missing', {
      contentType: 'application/json',
      body: JSON.stringify({ plugin_unique_identifiers: [pkg.identifier, other] }),
    });
    expect(missing.body.data).toEqual([{ plugin_unique_identifier: other, current_identifier: '' }]);

    const tasks = await management(daemon, 'GET', '/install/tasks?page=1&page_size=10');
    expect((tasks.body.data as unknown[]).length).toBe(1);
    const asset = await fetch(`${daemon.url}/plugin/${daemon.tenant}/asset/${item.icon}`, {
      headers: { 'X-Api-Key': API_KEY },
    });
    expect(await asset.text()).toContain('<svg');
  });

  it('binds JSON only under exactly application/json, as gin does (else the fields are empty: HTTP 400)', async () => {
    const r = await management(daemon, 'POST', '/install/identifiers', {
      contentType: 'application/json; charset=utf-8',
      body: JSON.stringify({ plugin_unique_identifiers: [pkg.identifier], source: 'package', metas: [{}] }),
    });
    expect(r.status).toBe(400);
    expect(inner(r.body).message).toBe(
      "Key: 'PluginUniqueIdentifiers' Error:Field validation for 'PluginUniqueIdentifiers' failed on the 'required' tag\n" +
        "Key: 'Source' Error:Field validation for 'Source' failed on the 'required' tag",
    );
  });
});

describe('the console door', () => {
  async function login(): Promise<{ cookie: string; csrf: string; setCookies: string[] }> {
    const r = await fetch(`${daemon.url}/console/api/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: ACCOUNT.email,
        password: Buffer.from(ACCOUNT.password).toString('base64'),
        remember_me: true,
      }),
    });
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ result: 'success' });
    const setCookies = r.headers.getSetCookie();
    const jar = new Map(setCookies.map((c) => c.split(';')[0]!.split('=') as [string, string]));
    return {
      cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
      csrf: jar.get('csrf_token')!,
      setCookies,
    };
  }

  it('logs in with the token cookies (HttpOnly but for the CSRF one) and no token in the body', async () => {
    const { setCookies } = await login();
    expect(setCookies.map((c) => c.split('=')[0]).sort()).toEqual([
      'access_token',
      'csrf_token',
      'refresh_token',
    ]);
    expect(setCookies.find((c) => c.startsWith('access_token='))).toMatch(/HttpOnly/);
    expect(setCookies.find((c) => c.startsWith('csrf_token='))).not.toMatch(/HttpOnly/);
  });

  it('serves the workspace list and the plugin list with the console’s keys', async () => {
    const { cookie, csrf } = await login();
    const headers = { Cookie: cookie, 'X-CSRF-Token': csrf };
    const w = (await (await fetch(`${daemon.url}/console/api/workspaces`, { headers })).json()) as {
      workspaces: Record<string, unknown>[];
    };
    expect(Object.keys(w.workspaces[0]!).sort()).toEqual([
      'created_at',
      'current',
      'id',
      'name',
      'plan',
      'status',
    ]);
    const list = (await (
      await fetch(`${daemon.url}/console/api/workspaces/current/plugin/list`, { headers })
    ).json()) as Record<string, unknown>;
    expect(Object.keys(list)).toEqual(['plugins', 'total']);
    const p = (list.plugins as Record<string, unknown>[])[0]!;
    expect((p.declaration as Record<string, unknown>).category).toBe('tool');
  });

  it('answers errors as {code, message, status}; the daemon’s client-side errors as plugin_error', async () => {
    const { cookie, csrf } = await login();
    const r = await fetch(
      `${daemon.url}/console/api/workspaces/current/plugin/fetch-manifest?plugin_unique_identifier=x`,
      {
        headers: { Cookie: cookie, 'X-CSRF-Token': csrf },
      },
    );
    expect(r.status).toBe(400);
    expect(await r.json()).toEqual({ code: 'plugin_error', message: 'plugin not found' });
    const missing = await fetch(`${daemon.url}/console/api/nowhere`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: 'not_found', status: 404 });
  });
});
