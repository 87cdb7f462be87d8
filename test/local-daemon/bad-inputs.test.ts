/**
 * Bad inputs: each gets the real daemon's answer (HTTP status, envelope code, error_type, the
 * daemon's own text) or the real console's, the client turns it into a typed error carrying that
 * text, and the server keeps serving afterwards.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DaemonTarget } from '../../src/daemon/daemon-target.js';
import { TargetError } from '../../src/daemon/errors.js';
import type { EmbeddedDaemon } from '../../src/local-daemon/server.js';
import { edit, TOOL_PLUGIN } from '../helpers/plugins.js';
import {
  ACCOUNT,
  API_KEY,
  atVersion,
  buildPackage,
  consoleTarget,
  daemonTarget,
  fileOf,
  http,
  inner,
  management,
  startTestDaemon,
  uploadRaw,
} from '../helpers/targets.js';
import { type CraftEntry, craftZip } from '../package/zip-util.js';

const MAX = 1024 * 1024;

let daemon: EmbeddedDaemon;
let forced: EmbeddedDaemon;
beforeAll(async () => {
  daemon = await startTestDaemon({
    maxPackageBytes: MAX,
    console: { accounts: [{ ...ACCOUNT, role: 'owner' }] },
  });
  forced = await startTestDaemon({ forceVerify: true });
});

/** Every test leaves the server answering. */
afterEach(async () => {
  for (const d of [daemon, forced]) expect((await fetch(`${d.url}/health/check`)).status).toBe(200);
});

/** The test plugin's files as zip entries, changed. */
function entries(changes: Record<string, string | null> = {}): CraftEntry[] {
  const files = { ...TOOL_PLUGIN, ...changes };
  return Object.entries(files)
    .filter(([, v]) => v !== null)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, data]) => ({ name, data: data as string }));
}

async function expectUpload(
  bytes: Buffer,
  expected: { status?: number; code?: number; type?: string; message: string | RegExp },
  target: EmbeddedDaemon = daemon,
) {
  const r = await uploadRaw(target, bytes);
  expect(r.status).toBe(expected.status ?? 200);
  expect(r.body.code).toBe(expected.code ?? -400);
  expect(r.body.data).toBeNull();
  const e = inner(r.body);
  expect(e.error_type).toBe(expected.type ?? 'PluginDaemonBadRequestError');
  if (typeof expected.message === 'string') expect(e.message).toBe(expected.message);
  else expect(e.message).toMatch(expected.message);
  // The client carries the same text, typed.
  const error = await daemonTarget(target)
    .upload(fileOf(bytes))
    .catch((x) => x);
  expect(error).toBeInstanceOf(TargetError);
  expect(error.serverMessage).toBe(e.message);
  expect(error.errorType).toBe(e.error_type);
  return error as TargetError;
}

describe('uploads the daemon refuses', () => {
  it('not a zip', async () => {
    const error = await expectUpload(Buffer.from('this is not a zip file'), {
      message: 'difypkg: not a valid difypkg file',
    });
    expect(error.code).toBe('DPR1104');
    expect(error.exitCode).toBe(1);
  });

  it('a zip bomb: declared sizes over MAX_PLUGIN_PACKAGE_SIZE', async () => {
    const bomb = craftZip([
      ...entries(),
      { name: 'big.bin', data: Buffer.alloc(1000), declaredSize: 2 * MAX },
    ]);
    await expectUpload(bomb, {
      message: `plugin package size is too large, please ensure the uncompressed size is less than ${MAX} bytes`,
    });
  });

  it('a zip bomb that lies: it inflates to more than it declares', async () => {
    const liar = craftZip([
      ...entries(),
      { name: 'data.bin', data: Buffer.alloc(200_000), declaredSize: 100 },
    ]);
    await expectUpload(liar, { message: 'zip: not a valid zip file' });
  });

  it('a name that climbs out of the package', async () => {
    await expectUpload(craftZip([...entries(), { name: '../evil.py', data: 'import os' }]), {
      message: 'open ../evil.py: invalid argument',
    });
  });

  it('no manifest.yaml', async () => {
    await expectUpload(craftZip(entries({ 'manifest.yaml': null })), {
      message: 'open manifest.yaml: file does not exist',
    });
  });

  it('a provider file that is listed but absent', async () => {
    await expectUpload(craftZip(entries({ 'provider/demo.yaml': null })), {
      message: 'open provider/demo.yaml: file does not exist\nfailed to read tool file: provider/demo.yaml',
    });
  });

  it('an author or a name the identifier pattern refuses, and an empty author (ManifestValidate)', async () => {
    await expectUpload(
      craftZip(entries({ 'manifest.yaml': edit('manifest.yaml', 'author: acme', 'author: Acme') })),
      {
        message: /^plugin_unique_identifier is not valid: Acme\/demo_tool:0\.1\.0@[0-9a-f]{64}$/,
        type: 'PluginDaemonBadRequestError',
      },
    );
    await expectUpload(
      craftZip(entries({ 'manifest.yaml': edit('manifest.yaml', 'name: demo_tool', 'name: demo.tool') })),
      {
        message: /plugin_unique_identifier is not valid/,
      },
    );
    await expectUpload(
      craftZip(entries({ 'manifest.yaml': edit('manifest.yaml', 'author: acme', 'author: ""') })),
      {
        message:
          'author must be alphanumeric and less than 64 characters: ^[a-z0-9_-]{1,64}$\nillegal plugin manifest\nfailed to decode package',
      },
    );
  });

  it('a model provider combined with a tool (combination rules)', async () => {
    const manifest = edit(
      'manifest.yaml',
      '  tools:\n    - provider/demo.yaml',
      '  tools:\n    - provider/demo.yaml\n  models:\n    - provider/model.yaml',
    );
    const error = await expectUpload(
      craftZip(
        entries({
          'manifest.yaml': manifest,
          'provider/model.yaml': 'provider: demo\nlabel:\n  en_US: Demo\nmodels: {}\n',
        }),
      ),
      {
        message:
          'model and datasource, tool, endpoint, trigger, or agent_strategy cannot be provided at the same time\nillegal plugin manifest\nfailed to decode package',
      },
    );
    expect(error.code).toBe('DPR1104');
  });

  it('a UUID author (reserved for remote debugging)', async () => {
    const uuid = '3f0b2c9e-9a1d-4c53-8a7e-2b7d2f6f1a11';
    await expectUpload(
      craftZip(entries({ 'manifest.yaml': edit('manifest.yaml', 'author: acme', `author: ${uuid}`) })),
      {
        message: 'cannot set author to an UUID',
      },
    );
  });

  it('an icon that is not in _assets/', async () => {
    await expectUpload(craftZip(entries({ '_assets/icon.svg': null })), {
      message: 'file not found: icon.svg\nfailed to remap tool icon\nfailed to save package',
    });
  });

  it('an unsigned package when verification is forced', async () => {
    const pkg = await buildPackage();
    const error = await expectUpload(
      readFileSync(pkg.path),
      {
        message:
          'plugin verification has been enabled, and the plugin you want to install has a bad signature',
      },
      forced,
    );
    expect(error.code).toBe('DPR1105');
  });

  it('a package over the size limit: the part itself', async () => {
    await expectUpload(Buffer.alloc(MAX + 2 * 1024 * 1024, 7), {
      message: 'file size exceeds the maximum limit',
    });
  });

  it('a form without the dify_pkg part, and a body that is not multipart', async () => {
    const form = new FormData();
    form.append('other', new Blob(['x']), 'x.difypkg');
    const r = await management(daemon, 'POST', '/install/upload/package', { body: form });
    expect(inner(r.body)).toMatchObject({
      message: 'http: no such file',
      error_type: 'PluginDaemonBadRequestError',
    });
    const plain = await management(daemon, 'POST', '/install/upload/package', {
      body: 'x',
      contentType: 'text/plain',
    });
    expect(inner(plain.body).message).toBe("request Content-Type isn't multipart/form-data");
  });
});

describe('requests the daemon refuses', () => {
  it('an unknown identifier to install: an internal error in the daemon’s words', async () => {
    const r = await management(daemon, 'POST', '/install/identifiers', {
      contentType: 'application/json',
      body: JSON.stringify({
        plugin_unique_identifiers: [`acme/ghost:1.0.0@${'e'.repeat(64)}`],
        source: 'package',
        metas: [{}],
      }),
    });
    expect(r.status).toBe(200);
    expect(r.body.code).toBe(-500);
    expect(inner(r.body)).toEqual({
      message: 'plugin not found\nfailed to get plugin declaration',
      error_type: 'PluginDaemonInternalServerError',
      args: null,
    });
  });

  it('an identifier that is not one (validator tag), and metas of the wrong length', async () => {
    const r = await management(daemon, 'POST', '/install/identifiers', {
      contentType: 'application/json',
      body: JSON.stringify({ plugin_unique_identifiers: ['nope'], source: 'package', metas: [{}] }),
    });
    expect(r.status).toBe(400);
    expect(inner(r.body).message).toBe(
      "Key: 'PluginUniqueIdentifiers[0]' Error:Field validation for 'PluginUniqueIdentifiers[0]' failed on the 'plugin_unique_identifier' tag",
    );
    const pkg = await buildPackage();
    const metas = await management(daemon, 'POST', '/install/identifiers', {
      contentType: 'application/json',
      body: JSON.stringify({ plugin_unique_identifiers: [pkg.identifier], source: 'package' }),
    });
    expect(metas.status).toBe(200);
    expect(inner(metas.body).message).toBe(
      'the number of metas must be equal to the number of plugin unique identifiers',
    );
  });

  it('an upgrade across plugin ids, to itself, and from a version that is not installed', async () => {
    const a = `acme/one:1.0.0@${'1'.repeat(64)}`;
    const b = `acme/two:1.0.1@${'2'.repeat(64)}`;
    const c = `acme/one:1.0.1@${'3'.repeat(64)}`;
    const target = daemonTarget(daemon);
    await expect(target.upgrade(a, b)).rejects.toMatchObject({
      serverMessage: 'original and new plugin id are different',
      errorType: 'PluginDaemonBadRequestError',
      code: 'DPR1114',
    });
    await expect(target.upgrade(a, a)).rejects.toMatchObject({
      serverMessage: 'original and new plugin unique identifier are the same',
    });
    await expect(target.upgrade(a, c)).rejects.toMatchObject({
      serverMessage: 'plugin installation not found for this tenant',
      errorType: 'PluginDaemonNotFoundError',
      serverCode: -404,
    });
  });

  it('a wrong API key: HTTP 401, and the key appears in no message', async () => {
    const error = await daemonTarget(daemon, 'wrong-key-value-42')
      .installations()
      .catch((x) => x);
    expect(error).toBeInstanceOf(TargetError);
    expect(error).toMatchObject({
      kind: 'auth',
      code: 'DPR1101',
      status: 401,
      errorType: 'PluginDaemonUnauthorizedError',
    });
    expect(error.exitCode).toBe(2);
    expect(JSON.stringify({ m: error.message, f: error.fix, s: error.serverMessage })).not.toContain(
      'wrong-key-value-42',
    );
  });

  it('malformed JSON: the fields bind empty and the validator answers HTTP 400', async () => {
    const r = await management(daemon, 'POST', '/uninstall', {
      contentType: 'application/json',
      body: '{"plugin_installation_id": ',
    });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe(-400);
    expect(inner(r.body).message).toBe(
      "Key: 'PluginInstallationID' Error:Field validation for 'PluginInstallationID' failed on the 'required' tag",
    );
  });

  it('a tenant that is not a UUID: the daemon’s database refuses it; the client refuses it first', async () => {
    const r = await fetch(`${daemon.url}/plugin/my-workspace/management/list?page=1&page_size=1`, {
      headers: { 'X-Api-Key': API_KEY },
    });
    const body = (await r.json()) as Record<string, unknown>;
    expect(body.code).toBe(-500);
    expect(inner(body).message).toBe(
      'ERROR: invalid input syntax for type uuid: "my-workspace" (SQLSTATE 22P02)',
    );
    expect(
      () => new DaemonTarget({ url: daemon.url, apiKey: API_KEY, tenant: 'my-workspace', http }),
    ).toThrow(/not a Dify workspace id \(a UUID\)/);
  });

  it('a task that does not exist, and a page size over 256', async () => {
    const r = await management(daemon, 'GET', '/install/tasks/6d3b6a8e-0000-4000-8000-000000000000');
    expect(inner(r.body)).toMatchObject({
      message: 'record not found',
      error_type: 'PluginDaemonInternalServerError',
    });
    const page = await management(daemon, 'GET', '/install/tasks?page=1&page_size=257');
    expect(page.status).toBe(400);
    expect(inner(page.body).message).toBe(
      "Key: 'PageSize' Error:Field validation for 'PageSize' failed on the 'max' tag",
    );
  });
});

describe('what the console refuses', () => {
  it('a wrong password (and the password appears in no message)', async () => {
    const error = await consoleTarget(daemon, { email: ACCOUNT.email, password: 'not-the-password-9' })
      .installations()
      .catch((x) => x);
    expect(error).toBeInstanceOf(TargetError);
    expect(error).toMatchObject({
      kind: 'auth',
      code: 'DPR1101',
      status: 401,
      serverCode: 'authentication_failed',
    });
    expect(error.serverMessage).toBe('Invalid email or password.');
    expect(`${error.message} ${error.fix}`).not.toContain('not-the-password-9');
  });

  it('a request without the CSRF header: 401 with Dify’s text', async () => {
    const login = await fetch(`${daemon.url}/console/api/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: ACCOUNT.email,
        password: Buffer.from(ACCOUNT.password).toString('base64'),
      }),
    });
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const r = await fetch(`${daemon.url}/console/api/workspaces/current/plugin/list`, {
      headers: { Cookie: cookie },
    });
    expect(r.status).toBe(401);
    expect(await r.json()).toEqual({
      code: 'unauthorized',
      message: 'CSRF token is missing or invalid.',
      status: 401,
    });
  });

  it('malformed JSON at login, and a plain password where the console wants it encoded', async () => {
    const r = await fetch(`${daemon.url}/console/api/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"email":',
    });
    expect(r.status).toBe(400);
    expect(await r.json()).toEqual({
      code: 'bad_request',
      message: 'Invalid JSON payload received or JSON payload is empty.',
      status: 400,
    });
    const plain = await consoleTarget(daemon, ACCOUNT, { passwordEncoding: 'plain' })
      .installations()
      .catch((x) => x);
    expect(plain).toMatchObject({ code: 'DPR1101', serverMessage: 'Invalid encrypted data' });
  });

  it('a package over PLUGIN_MAX_PACKAGE_SIZE, and the daemon’s refusal passed through as plugin_error', async () => {
    const target = consoleTarget(daemon);
    const big = await target.upload(fileOf(Buffer.alloc(MAX + 2 * 1024 * 1024))).catch((x) => x);
    expect(big).toMatchObject({
      status: 400,
      serverCode: 'invalid_param',
      serverMessage: 'File size exceeds the maximum allowed size',
    });
    const notZip = await target.upload(fileOf(Buffer.from('not a zip'))).catch((x) => x);
    expect(notZip).toMatchObject({
      status: 400,
      serverCode: 'plugin_error',
      serverMessage: 'difypkg: not a valid difypkg file',
      code: 'DPR1104',
    });
  });

  it('an account without the plugin install permission (403, the setting named)', async () => {
    const normal = { email: 'member@example.com', password: 'member-password-1' };
    const d = await startTestDaemon({
      console: {
        accounts: [
          { ...ACCOUNT, role: 'owner' },
          { ...normal, role: 'normal' },
        ],
        passwordEncoding: 'plain',
      },
    });
    // The owner restricts installs to admins, as in Plugins → Permissions.
    const login = await fetch(`${d.url}/console/api/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(ACCOUNT),
    });
    const jar = new Map(
      login.headers.getSetCookie().map((c) => c.split(';')[0]!.split('=') as [string, string]),
    );
    const changed = await fetch(`${d.url}/console/api/workspaces/current/plugin/permission/change`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
        'X-CSRF-Token': jar.get('csrf_token')!,
      },
      body: JSON.stringify({ install_permission: 'admins', debug_permission: 'everyone' }),
    });
    expect(await changed.json()).toEqual({ success: true });
    const pkg = await atVersion('0.3.0');
    const error = await consoleTarget(d, normal)
      .upload(pkg.path)
      .catch((x) => x);
    expect(error).toMatchObject({ kind: 'permission', code: 'DPR1102', status: 403 });
    expect(error.message).toMatch(/install permission is “admins”/);
    expect((await consoleTarget(d).upload(pkg.path)).identifier).toBe(pkg.identifier);
  });

  it('two packages in one install: Dify sends one meta, so the daemon refuses (plugin_error)', async () => {
    const target = consoleTarget(daemon);
    const [a, b] = [await atVersion('0.6.0'), await atVersion('0.7.0')];
    await target.upload(a.path);
    await target.upload(b.path);
    await expect(target.install([a.identifier, b.identifier])).rejects.toMatchObject({
      serverCode: 'plugin_error',
      serverMessage: 'the number of metas must be equal to the number of plugin unique identifiers',
    });
  });

  it('a workspace that is not the configured one', async () => {
    const error = await consoleTarget(daemon, ACCOUNT, { workspace: 'Production' })
      .installations()
      .catch((x) => x);
    expect(error).toMatchObject({ kind: 'workspace', code: 'DPR1103' });
    expect(error.message).toMatch(
      /current workspace is “Embedded workspace”.*not the configured “Production”/,
    );
  });
});
