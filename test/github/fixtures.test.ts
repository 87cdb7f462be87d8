/**
 * GitHub's own recorded responses (@octokit/fixtures: `release-assets`, `release-assets-conflict`)
 * replayed against the local server: the same requests in the same order give the same statuses,
 * and every field GitHub sent is in our answer with the same JSON type. The recorded bodies also go
 * through the adapters' parsers, so the fields the lifecycle reads are read from GitHub's shapes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { asset, release } from '../../src/github/releaser.js';
import { GitHubServer } from '../helpers/github-server.js';

interface Recorded {
  scope: string;
  method: string;
  path: string;
  body: string;
  status: number;
  response: unknown;
  reqheaders: Record<string, string | number>;
}

const require = createRequire(import.meta.url);
const root = path.dirname(require.resolve('@octokit/fixtures/package.json'));
const scenario = (name: string): Recorded[] =>
  JSON.parse(
    readFileSync(path.join(root, 'scenarios/api.github.com', name, 'normalized-fixture.json'), 'utf8'),
  );

/** Paths where GitHub's value and ours may differ in type (none so far). */
function shapeDiff(recorded: unknown, ours: unknown, at = '$'): string[] {
  if (recorded === null || recorded === '') return [];
  if (Array.isArray(recorded)) {
    if (!Array.isArray(ours)) return [`${at}: array expected, got ${typeof ours}`];
    if (recorded.length === 0) return [];
    if (ours.length === 0) return [`${at}: GitHub returned items, we returned none`];
    return shapeDiff(recorded[0], ours[0], `${at}[0]`);
  }
  if (typeof recorded === 'object') {
    if (!ours || typeof ours !== 'object' || Array.isArray(ours)) return [`${at}: object expected`];
    return Object.entries(recorded as Record<string, unknown>).flatMap(([k, v]) =>
      k in (ours as object)
        ? shapeDiff(v, (ours as Record<string, unknown>)[k], `${at}.${k}`)
        : [`${at}.${k}: missing`],
    );
  }
  if (typeof recorded !== typeof ours) return [`${at}: ${typeof recorded} expected, got ${typeof ours}`];
  return [];
}

const servers: GitHubServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function replay(name: string, prepare: (server: GitHubServer, token: string) => Promise<void>) {
  const server = await new GitHubServer().start();
  servers.push(server);
  server.addRepo(`octokit-fixture-org/${name}`, { writers: ['octokit-fixture-user-a'] });
  const token = server.token('octokit-fixture-user-a', '0000000000000000000000000000000000000001');
  await prepare(server, token);
  const ids = new Map<string, string>();
  const rel = server.repo(`octokit-fixture-org/${name}`).releases[0]!;
  ids.set('releases/1000', `releases/${rel.id}`);
  const results: { recorded: Recorded; status: number; body: unknown; diff: string[] }[] = [];
  for (const r of scenario(name)) {
    let p = r.path;
    for (const [from, to] of ids) p = p.replace(from, to);
    const base = r.scope.includes('uploads.') ? `${server.state.origin}/api/uploads` : server.apiUrl;
    const res = await fetch(`${base}${p}`, {
      method: r.method.toUpperCase(),
      headers: Object.fromEntries(
        Object.entries(r.reqheaders)
          .filter(([k]) => k !== 'host' && k !== 'content-length')
          .map(([k, v]) => [k, String(v)]),
      ),
      ...(r.body ? { body: typeof r.body === 'string' ? r.body : JSON.stringify(r.body) } : {}),
    });
    const text = await res.text();
    const body = text ? JSON.parse(text) : undefined;
    // Learn our asset ids where GitHub's fixture says 1000.
    const learned = Array.isArray(body) ? body[0] : body;
    if (learned && typeof learned === 'object' && 'browser_download_url' in learned)
      ids.set('assets/1000', `assets/${(learned as { id: number }).id}`);
    results.push({ recorded: r, status: res.status, body, diff: shapeDiff(r.response, body) });
  }
  return results;
}

describe('@octokit/fixtures replayed against the local server', () => {
  it('release-assets: get by tag, upload, list, get, rename, delete', async () => {
    const results = await replay('release-assets', async (server, token) => {
      await fetch(`${server.apiUrl}/repos/octokit-fixture-org/release-assets/releases`, {
        method: 'POST',
        headers: { authorization: `token ${token}` },
        body: JSON.stringify({
          tag_name: 'v1.0.0',
          name: 'Version 1.0.0',
          body: 'Initial release',
          draft: false,
        }),
      });
    });
    expect(results.map((r) => `${r.recorded.method} ${r.status}`)).toEqual(
      results.map((r) => `${r.recorded.method} ${r.recorded.status}`),
    );
    for (const r of results) expect(r.diff, `${r.recorded.method} ${r.recorded.path}`).toEqual([]);
    expect(results).toHaveLength(6);
  });

  it('release-assets-conflict: upload → 422 already_exists → list → delete → upload', async () => {
    const results = await replay('release-assets-conflict', async (server, token) => {
      const r = await fetch(`${server.apiUrl}/repos/octokit-fixture-org/release-assets-conflict/releases`, {
        method: 'POST',
        headers: { authorization: `token ${token}` },
        body: JSON.stringify({
          tag_name: 'v1.0.0',
          name: 'Version 1.0.0',
          body: 'Initial release',
          draft: false,
        }),
      }).then((x) => x.json() as Promise<{ upload_url: string }>);
      await fetch(r.upload_url.replace('{?name,label}', '?name=test-upload.txt&label=test'), {
        method: 'POST',
        headers: { authorization: `token ${token}`, 'content-type': 'text/plain' },
        body: 'Hello, world!\n',
      });
    });
    expect(results.map((r) => r.status)).toEqual([200, 422, 200, 204, 201]);
    expect(results.map((r) => r.status)).toEqual(results.map((r) => r.recorded.status));
    for (const r of results) expect(r.diff, `${r.recorded.method} ${r.recorded.path}`).toEqual([]);
    expect(results[1]!.body).toMatchObject({
      errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }],
    });
  });

  it('the adapters read GitHub’s recorded release and asset bodies', () => {
    const [byTag, , list] = scenario('release-assets-conflict');
    const rel = release(byTag!.response as Record<string, unknown>);
    expect(rel).toMatchObject({ id: 1000, tagName: 'v1.0.0', draft: false, immutable: false, assets: [] });
    expect(rel.uploadUrl).toMatch(/\{\?name,label\}$/);
    const a = asset((list!.response as Record<string, unknown>[])[0]!);
    expect(a).toMatchObject({ id: 1000, name: 'test-upload.txt', size: 14, state: 'uploaded' });
    // 2017's GitHub sent no digest: the lifecycle downloads to compare then.
    expect(a.sha256).toBeUndefined();
  });
});
