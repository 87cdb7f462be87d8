/**
 * `release` against the local GitHub server, in process: the lifecycle and every pain point of the
 * release actions people use today (release-anchors.md §3 and (c)) as a scenario.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { releaseCommand } from '../../src/commands/release.js';
import type { ReleaseResult } from '../../src/github/release-stage.js';
import type { GitHubServer } from '../helpers/github-server.js';
import { tempDir } from '../helpers/plugins.js';
import { runCommand } from '../helpers/stage.js';
import { buildPackage, fileName, gitHub, writes } from './helpers.js';

const start = gitHub();
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

async function release(values: Record<string, unknown>, env: NodeJS.ProcessEnv, cwd?: string) {
  const run = await runCommand(releaseCommand, values, { env, cwd: cwd ?? tempDir() });
  const section = run.reporter.sections.find((s) => s.stage === 'release');
  return { ...run, summary: section?.summary as Record<string, unknown> | undefined, section };
}

/** The one published release for a tag, with its assets' digests; fails when there is not exactly one. */
function onlyRelease(server: GitHubServer, tag: string) {
  const all = server.repo('acme/demo-tool').releases.filter((r) => r.tagName === tag);
  expect(all.map((r) => ({ draft: r.draft }))).toEqual([{ draft: false }]);
  const r = all[0]!;
  return {
    release: r,
    digests: Object.fromEntries(
      r.assets.map((a) => [a.name, createHash('sha256').update(a.bytes).digest('hex')]),
    ),
    states: r.assets.map((a) => a.state),
  };
}

describe('release: the first run and a re-run', () => {
  it('creates a draft, uploads, reads back, publishes; the tag is created at the target', async () => {
    const { server, env } = await start();
    const pkg = await buildPackage();
    const head = server.head('acme/demo-tool');
    const r = await release({ packages: [pkg], tag: 'v0.1.0', target: head }, env);
    expect(r.reporter.fatals).toEqual([]);
    expect(r.exitCode).toBe(0);
    const { release: rel, digests, states } = onlyRelease(server, 'v0.1.0');
    expect(digests[fileName(pkg)]).toBe(sha(pkg));
    expect(Object.keys(digests).sort()).toEqual([fileName(pkg), 'SHA256SUMS'].sort());
    expect(states.every((s) => s === 'uploaded')).toBe(true);
    expect(rel.prerelease).toBe(false);
    expect(server.repo('acme/demo-tool').refs.get('refs/tags/v0.1.0')).toBe(head);
    // Created as a draft first, published last; each asset read back.
    const order = server.requests.filter(
      (q) =>
        (q.method !== 'GET' && !q.path.endsWith('generate-notes')) || /releases\/assets\/\d+$/.test(q.path),
    );
    expect(order[0]).toMatchObject({ method: 'POST', path: '/repos/acme/demo-tool/releases' });
    expect(order.at(-1)).toMatchObject({ method: 'PATCH' });
    expect(server.calls('GET', /\/releases\/assets\/\d+$/)).toHaveLength(2);
    const sums =
      readFileSync(pkg) &&
      server.repo('acme/demo-tool').releases[0]!.assets.find((a) => a.name === 'SHA256SUMS')!;
    expect(sums.bytes.toString()).toBe(`${sha(pkg)}  ${fileName(pkg)}\n`);
    expect(r.outputs.url).toBe(`${server.state.origin}/acme/demo-tool/releases/tag/v0.1.0`);
    expect(JSON.parse(r.outputs.digests!)).toEqual(digests);
    expect(r.outputs.outcome).toBe('created');
  });

  it('a re-run after success changes nothing and makes only reads (at most 5)', async () => {
    const { server, env } = await start();
    const pkg = await buildPackage();
    await release({ packages: [pkg], tag: 'v0.1.0', target: server.head('acme/demo-tool') }, env);
    const before = server.requests.length;
    const r = await release({ packages: [pkg], tag: 'v0.1.0' }, env);
    const rerun = server.requests.slice(before);
    expect(r.exitCode).toBe(0);
    expect(r.outputs.outcome).toBe('unchanged');
    expect(rerun.every((q) => q.method === 'GET')).toBe(true);
    expect(rerun.length).toBeLessThanOrEqual(5);
    expect((r.summary!.assets as { action: string }[]).map((a) => a.action)).toEqual(['skipped', 'skipped']);
    onlyRelease(server, 'v0.1.0');
  });

  it('without GitHub’s digest field (older servers) it downloads to compare, still within 5 reads', async () => {
    const { server, env } = await start();
    server.state.digests = false;
    const pkg = await buildPackage();
    await release({ packages: [pkg], tag: 'v0.1.0', target: server.head('acme/demo-tool') }, env);
    const before = server.requests.length;
    const r = await release({ packages: [pkg], tag: 'v0.1.0' }, env);
    // The API calls; a download's redirect to storage is not one.
    const rerun = server.requests.slice(before).filter((q) => !q.path.startsWith('/download/'));
    expect(r.outputs.outcome).toBe('unchanged');
    expect(rerun.every((q) => q.method === 'GET')).toBe(true);
    expect(rerun.length).toBeLessThanOrEqual(5);
    expect(server.calls('GET', /\/releases\/assets\/\d+$/).length).toBeGreaterThanOrEqual(4);
  });
});

describe('release: resuming what an earlier run left', () => {
  it('finds a draft by listing (the by-tag endpoint hides it) and finishes it; a half-uploaded asset is replaced', async () => {
    const { server, env, token } = await start();
    const pkg = await buildPackage();
    const head = server.head('acme/demo-tool');
    // An earlier run: a draft with the package cut off half-way.
    const draft = await fetch(`${server.apiUrl}/repos/acme/demo-tool/releases`, {
      method: 'POST',
      headers: { authorization: `token ${token}` },
      body: JSON.stringify({ tag_name: 'v0.1.0', target_commitish: head, draft: true, name: 'earlier' }),
    }).then((r) => r.json() as Promise<{ id: number }>);
    const repo = server.repo('acme/demo-tool');
    repo.releases[0]!.assets.push({
      id: 77,
      name: fileName(pkg),
      label: null,
      contentType: 'application/zip',
      state: 'open',
      bytes: readFileSync(pkg).subarray(0, 100),
      uploader: 'acme',
      createdAt: '2025-01-01T00:00:00Z',
    });
    expect((await fetch(`${server.apiUrl}/repos/acme/demo-tool/releases/tags/v0.1.0`)).status).toBe(404);
    const r = await release({ packages: [pkg], tag: 'v0.1.0' }, env);
    expect(r.exitCode, r.reporter.text).toBe(0);
    expect(r.outputs.outcome).toBe('resumed');
    const { release: rel, digests } = onlyRelease(server, 'v0.1.0');
    expect(rel.id).toBe(draft.id);
    expect(digests[fileName(pkg)]).toBe(sha(pkg));
    const actions = Object.fromEntries(
      (r.summary!.assets as { name: string; action: string }[]).map((a) => [a.name, a.action]),
    );
    expect(actions).toEqual({ [fileName(pkg)]: 'replaced', SHA256SUMS: 'created' });
    expect(server.calls('DELETE', /releases\/assets\/77$/)).toHaveLength(1);
  });

  it('an asset with other bytes on a draft is replaced', async () => {
    const { server, env } = await start();
    const pkg = await buildPackage();
    await release(
      { packages: [pkg], tag: 'v0.1.0', target: server.head('acme/demo-tool'), draft: true },
      env,
    );
    const asset = server.repo('acme/demo-tool').releases[0]!.assets.find((a) => a.name === fileName(pkg))!;
    asset.bytes = Buffer.from(asset.bytes.toString('latin1').replace('manifest', 'MANIFEST'), 'latin1');
    const r = await release({ packages: [pkg], tag: 'v0.1.0' }, env);
    expect(r.exitCode).toBe(0);
    expect(onlyRelease(server, 'v0.1.0').digests[fileName(pkg)]).toBe(sha(pkg));
  });

  it('orphan duplicate drafts for the tag are removed: the oldest is kept', async () => {
    const { server, env, token } = await start();
    const pkg = await buildPackage();
    const head = server.head('acme/demo-tool');
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) {
      const d = await fetch(`${server.apiUrl}/repos/acme/demo-tool/releases`, {
        method: 'POST',
        headers: { authorization: `token ${token}` },
        body: JSON.stringify({ tag_name: 'v0.1.0', target_commitish: head, draft: true }),
      }).then((x) => x.json() as Promise<{ id: number }>);
      ids.push(d.id);
    }
    const r = await release({ packages: [pkg], tag: 'v0.1.0' }, env);
    expect(r.exitCode).toBe(0);
    expect(onlyRelease(server, 'v0.1.0').release.id).toBe(Math.min(...ids));
    expect(r.reporter.text).toContain('DPR1007');
    expect(r.summary!.orphansRemoved).toBe(2);
  });

  it('a published release missing an asset (a partial publish by another tool) gets it; nothing is overwritten', async () => {
    const { server, env } = await start();
    const pkg = await buildPackage();
    await release({ packages: [pkg], tag: 'v0.1.0', target: server.head('acme/demo-tool') }, env);
    const rel = server.repo('acme/demo-tool').releases[0]!;
    rel.assets = rel.assets.filter((a) => a.name !== 'SHA256SUMS');
    const r = await release({ packages: [pkg], tag: 'v0.1.0' }, env);
    expect(r.exitCode).toBe(0);
    expect(r.outputs.outcome).toBe('updated');
    expect(Object.keys(onlyRelease(server, 'v0.1.0').digests).sort()).toEqual(
      [fileName(pkg), 'SHA256SUMS'].sort(),
    );
  });
});

describe('release: refusals before anything is touched', () => {
  it('a published release with other bytes is refused loudly; --overwrite replaces them on a mutable release', async () => {
    const { server, env } = await start();
    const first = await buildPackage();
    await release({ packages: [first], tag: 'v0.1.0', target: server.head('acme/demo-tool') }, env);
    const other = await buildPackage({
      changes: { 'README.md': '# Demo tool, rebuilt\n\nSource: https://github.com/acme/demo-tool\n' },
    });
    const before = server.requests.length;
    const r = await release({ packages: [other], tag: 'v0.1.0' }, env);
    expect(r.exitCode).toBe(1);
    expect(r.outputs.outcome).toBe('refused');
    expect(r.reporter.text).toContain('DPR1005');
    expect(server.requests.slice(before).every((q) => q.method === 'GET')).toBe(true);
    expect(onlyRelease(server, 'v0.1.0').digests[fileName(first)]).toBe(sha(first));

    const o = await release({ packages: [other], tag: 'v0.1.0', overwrite: true }, env);
    expect(o.exitCode).toBe(0);
    expect(onlyRelease(server, 'v0.1.0').digests[fileName(other)]).toBe(sha(other));
  });

  it('an immutable release: the first run works (draft first), a change is refused even with --overwrite', async () => {
    const { server, env } = await start();
    server.repo('acme/demo-tool').immutableReleases = true;
    const first = await buildPackage();
    const r1 = await release(
      { packages: [first], tag: 'v0.1.0', target: server.head('acme/demo-tool') },
      env,
    );
    expect(r1.exitCode).toBe(0);
    expect(onlyRelease(server, 'v0.1.0').release.immutable).toBe(true);
    const again = await release({ packages: [first], tag: 'v0.1.0' }, env);
    expect(again.outputs.outcome).toBe('unchanged');
    const other = await buildPackage({
      changes: { 'README.md': '# Demo tool 2\n\nSource: https://github.com/acme/demo-tool\n' },
    });
    const before = server.requests.length;
    const r = await release({ packages: [other], tag: 'v0.1.0', overwrite: true }, env);
    expect(r.exitCode).toBe(1);
    expect(r.reporter.text).toContain('DPR1006');
    expect(server.requests.slice(before).every((q) => q.method === 'GET')).toBe(true);
  });

  it('the tag must be what the pattern gives for the package: no call is made otherwise', async () => {
    const { server, env } = await start();
    const pkg = await buildPackage({ version: '0.2.0' });
    const r = await release({ packages: [pkg], tag: 'v0.1.0' }, env);
    expect(r.exitCode).toBe(1);
    expect(r.reporter.text).toContain('DPR1001');
    expect(r.section!.findings[0]!.message).toContain('"v0.2.0"');
    expect(server.requests).toEqual([]);
    const mono = await release(
      {
        packages: [pkg],
        tag: 'tools/demo_tool/0.2.0',
        tagPattern: '{type}/{name}/{version}',
        target: server.head('acme/demo-tool'),
      },
      env,
    );
    expect(mono.exitCode).toBe(0);
    const named = await buildPackage({ version: '0.3.0' });
    expect(
      (
        await release(
          {
            packages: [named],
            tag: 'demo_tool/v0.3.0',
            tagPattern: '{name}/v{version}',
            target: server.head('acme/demo-tool'),
          },
          env,
        )
      ).exitCode,
    ).toBe(0);
  });

  it('a tag at another commit than --target, or no tag and no target, is refused', async () => {
    const { server, env } = await start();
    const pkg = await buildPackage();
    const old = server.head('acme/demo-tool');
    server.tag('acme/demo-tool', 'v0.1.0', old);
    const newer = server.commit('acme/demo-tool', { 'a.txt': 'a' });
    const r = await release({ packages: [pkg], tag: 'v0.1.0', target: newer }, env);
    expect(r.exitCode).toBe(1);
    expect(r.reporter.text).toContain('DPR1003');
    const none = await release({ packages: [pkg], tag: 'v9.9.9', tagPattern: 'v9.9.9' }, env);
    expect(none.reporter.text).toContain('DPR1004');
    expect(writes(server)).toEqual([]);
    // An existing tag needs no target; --target as a branch name is resolved.
    expect((await release({ packages: [pkg], tag: 'v0.1.0' }, env)).exitCode).toBe(0);
    const next = await buildPackage({ version: '0.1.1' });
    expect((await release({ packages: [next], tag: 'v0.1.1', target: 'main' }, env)).exitCode).toBe(0);
    expect(server.repo('acme/demo-tool').refs.get('refs/tags/v0.1.1')).toBe(newer);
    const bad = await release({ packages: [next], tag: 'v0.1.1', target: 'no-such-branch' }, env);
    expect(bad.exitCode).toBe(2);
  });

  it('a token that cannot push is refused before any write; a bad token is an error that never shows it', async () => {
    const { server, env } = await start();
    const pkg = await buildPackage();
    const reader = server.token('someone-else');
    const r = await release(
      { packages: [pkg], tag: 'v0.1.0', target: server.head('acme/demo-tool') },
      { ...env, GITHUB_TOKEN: reader },
    );
    expect(r.exitCode).toBe(1);
    expect(r.reporter.text).toContain('DPR1002');
    expect(writes(server)).toEqual([]);
    const bad = 'ghp_thisIsNotAValidTokenAtAll0123456789';
    const b = await release(
      { packages: [pkg], tag: 'v0.1.0', target: 'main' },
      { ...env, GITHUB_TOKEN: bad },
    );
    expect(b.exitCode).toBe(2);
    expect(b.reporter.text).toContain('401');
    expect(b.reporter.text).not.toContain(bad);
  });
});

describe('release: GitHub misbehaving on chosen calls', () => {
  /** The stage with the retry plugin's waits cut to 10 ms per unit (GitHub's are seconds). */
  async function quick(
    values: Partial<import('../../src/github/release-stage.js').ReleaseStageInput>,
    env: NodeJS.ProcessEnv,
  ) {
    const { releaseStage } = await import('../../src/github/release-stage.js');
    const { testContext } = await import('../helpers/stage.js');
    const ctx = testContext({ env, cwd: tempDir() });
    try {
      return {
        result: await releaseStage({ packages: [], tag: '', ...values }, ctx, {
          client: { retryBaseMs: 10 },
        }),
        ctx,
      };
    } catch (error) {
      return { error: error as Error & { exitCode?: number }, ctx };
    }
  }

  it('a secondary rate limit (403 + retry-after) on the upload and 502s on the create and the list are retried', async () => {
    const { server, env } = await start();
    const pkg = await buildPackage();
    server.secondaryRateLimit({ method: 'POST', path: /^\/api\/uploads\// }, 1, 1);
    server.fail({ method: 'POST', path: /\/releases$/ }, { status: 502 });
    server.fail({ method: 'GET', path: /\/releases\?/ }, { status: 502 });
    const { result, ctx, error } = await quick(
      { packages: [pkg], tag: 'v0.1.0', target: server.head('acme/demo-tool') },
      env,
    );
    expect(error).toBeUndefined();
    expect(result!.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(onlyRelease(server, 'v0.1.0').digests[fileName(pkg)]).toBe(sha(pkg));
    expect(server.calls('POST', /^\/api\/uploads\//).map((q) => q.status)).toEqual([403, 201, 201]);
    expect(server.calls('POST', /\/releases$/).map((q) => q.status)).toEqual([502, 201]);
    expect(ctx.reporter.infos.join('\n')).toContain('secondary rate limit');
  });

  it('GitHub down for good: a clear error after retries (exit 2), nothing published; the next run finishes', async () => {
    const { server, env } = await start();
    const pkg = await buildPackage();
    server.fail({ method: 'PATCH', path: /\/releases\/\d+$/ }, { status: 502 }, 4);
    const { error } = await quick(
      { packages: [pkg], tag: 'v0.1.0', target: server.head('acme/demo-tool') },
      env,
    );
    expect(error?.exitCode).toBe(2);
    expect(error?.message).toMatch(/GitHub refused PATCH .* 502/);
    expect(server.calls('PATCH')).toHaveLength(4);
    expect(server.repo('acme/demo-tool').releases.every((x) => x.draft)).toBe(true);
    const again = await release({ packages: [pkg], tag: 'v0.1.0' }, env);
    expect(again.exitCode).toBe(0);
    expect(again.outputs.outcome).toBe('resumed');
    onlyRelease(server, 'v0.1.0');
  });
});

describe('release: two runs for the same tag at once', () => {
  it('end with one published release holding the local bytes', async () => {
    const { server, env } = await start();
    const pkg = await buildPackage();
    const head = server.head('acme/demo-tool');
    const runs = await Promise.all([
      release({ packages: [pkg], tag: 'v0.1.0', target: head }, env),
      release({ packages: [pkg], tag: 'v0.1.0', target: head }, env),
    ]);
    expect(runs.map((r) => r.exitCode)).toEqual([0, 0]);
    const { digests } = onlyRelease(server, 'v0.1.0');
    expect(digests).toEqual({ [fileName(pkg)]: sha(pkg), SHA256SUMS: expect.any(String) });
    expect(server.calls('POST', /\/releases$/)).toHaveLength(2);
  });
});

describe('release: notes, pre-releases, provenance, dry run', () => {
  it('notes come from the version’s CHANGELOG.md section; a pre-release version makes a prerelease', async () => {
    const { server, env } = await start();
    const pkg = await buildPackage({ version: '0.2.0-beta1' });
    const cwd = tempDir();
    writeFileSync(
      path.join(cwd, 'CHANGELOG.md'),
      '# Changelog\n\n## [Unreleased]\n\n- next\n\n## [0.2.0-beta1] - 2025-05-01\n\n### Added\n- the echo tool\n\n## [0.1.0] - 2025-01-01\n\n- first\n\n[0.2.0-beta1]: https://example.com\n',
    );
    const r = await release(
      { packages: [pkg], tag: 'v0.2.0-beta1', target: server.head('acme/demo-tool') },
      env,
      cwd,
    );
    expect(r.exitCode).toBe(0);
    const rel = onlyRelease(server, 'v0.2.0-beta1').release;
    expect(rel.body).toBe('### Added\n- the echo tool');
    expect(rel.prerelease).toBe(true);
    expect(server.calls('POST', /generate-notes/)).toHaveLength(0);
  });

  it('--notes-from changelog without the section refuses before any call; without a changelog the notes are generated', async () => {
    const { server, env } = await start();
    const pkg = await buildPackage();
    const cwd = tempDir();
    writeFileSync(path.join(cwd, 'CHANGELOG.md'), '# Changelog\n\n## [0.0.9]\n- old\n');
    const r = await release({ packages: [pkg], tag: 'v0.1.0', notesFrom: 'changelog' }, env, cwd);
    expect(r.exitCode).toBe(1);
    expect(r.reporter.text).toContain('DPR1010');
    expect(server.requests).toEqual([]);
    const g = await release(
      { packages: [pkg], tag: 'v0.1.0', target: server.head('acme/demo-tool') },
      env,
      cwd,
    );
    expect(g.reporter.text).toContain('DPR1016');
    expect(onlyRelease(server, 'v0.1.0').release.body).toContain("## What's Changed");
  });

  it('notes longer than GitHub’s limit are cut at a line, with a notice', async () => {
    const { server, env } = await start();
    const pkg = await buildPackage();
    const cwd = tempDir();
    const long = Array.from({ length: 3000 }, (_, i) => `- change number ${i} ${'x'.repeat(40)}`).join('\n');
    writeFileSync(path.join(cwd, 'CHANGELOG.md'), `## 0.1.0\n${long}\n`);
    const r = await release(
      { packages: [pkg], tag: 'v0.1.0', target: server.head('acme/demo-tool') },
      env,
      cwd,
    );
    expect(r.exitCode, r.reporter.text).toBe(0);
    expect(r.reporter.text).toContain('DPR1011');
    const body = onlyRelease(server, 'v0.1.0').release.body;
    expect(body.length).toBeLessThanOrEqual(125_000);
    expect(body).toContain('cut to GitHub’s 125000-character limit');
  });

  it('notes from the pull request the commit came in with', async () => {
    const { server, env } = await start();
    const pkg = await buildPackage();
    const head = server.head('acme/demo-tool');
    server.repo('acme/demo-tool').pulls.push({
      number: 7,
      title: 'Add echo',
      body: '## Summary\nstuff\n\n## Release Notes\n- Echo now keeps case.\n',
      head: { owner: 'acme', repo: 'demo-tool', ref: 'echo' },
      base: 'main',
      state: 'closed',
      mergedAt: '2025-01-01T00:00:00Z',
      user: 'acme',
      createdAt: '2025-01-01T00:00:00Z',
      mergeCommit: head,
    } as never);
    const r = await release({ packages: [pkg], tag: 'v0.1.0', target: head, notesFrom: 'pr' }, env);
    expect(r.exitCode, r.reporter.text).toBe(0);
    expect(onlyRelease(server, 'v0.1.0').release.body).toBe('- Echo now keeps case.');
  });

  it('in Actions with id-token: write the digest is attested and the bundle attached; without it, a notice', async () => {
    const { server, env } = await start();
    const pkg = await buildPackage();
    const { releaseStage } = await import('../../src/github/release-stage.js');
    const { testContext } = await import('../helpers/stage.js');
    const subjects: { name: string; sha256: string }[] = [];
    const attestor = {
      async attest(s: { name: string; sha256: string }) {
        subjects.push(s);
        return { bundle: { mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', subject: s } };
      },
    };
    const actions = {
      ...env,
      GITHUB_ACTIONS: 'true',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/token',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'idtok-secret-value',
    };
    const ctx = testContext({ env: actions });
    const r: ReleaseResult = await releaseStage(
      { packages: [pkg], tag: 'v0.1.0', target: server.head('acme/demo-tool') },
      ctx,
      { attestor },
    );
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(subjects).toEqual([{ name: fileName(pkg), sha256: sha(pkg) }]);
    const { digests } = onlyRelease(server, 'v0.1.0');
    expect(Object.keys(digests).sort()).toEqual(
      [fileName(pkg), `${fileName(pkg)}.sigstore.json`, 'SHA256SUMS'].sort(),
    );
    expect(readFileSync(`${pkg}.sigstore.json`, 'utf8')).toContain(sha(pkg));
    // A re-run does not attest again: the bundle is there for the same bytes.
    const again = await releaseStage({ packages: [pkg], tag: 'v0.1.0' }, testContext({ env: actions }), {
      attestor,
    });
    expect(again.outcome).toBe('unchanged');
    expect(subjects).toHaveLength(1);
    // No id-token permission: a notice saying how to enable it.
    const pkg2 = await buildPackage({ version: '0.1.1' });
    const n = await releaseStage(
      { packages: [pkg2], tag: 'v0.1.1', target: server.head('acme/demo-tool') },
      testContext({ env: { ...env, GITHUB_ACTIONS: 'true' } }),
      { attestor },
    );
    expect(n.findings.map((f) => f.code)).toContain('DPR1008');
    expect(n.provenance[0]!.status).toBe('skipped');
  });

  it('--dry-run makes no call at all (no token needed) and returns every call it would make as data', async () => {
    const { server, env } = await start();
    const pkg = await buildPackage();
    const { GITHUB_TOKEN: _, ...noToken } = env;
    const r = await runCommand(
      releaseCommand,
      { packages: [pkg], tag: 'v0.1.0', target: server.head('acme/demo-tool'), dryRun: true },
      { env: noToken, cwd: tempDir() },
    );
    expect(r.exitCode, r.reporter.text).toBe(0);
    expect(server.requests).toEqual([]);
    const summary = r.reporter.sections[0]!.summary as {
      plan: { method: string; route: string; read: boolean; body?: Record<string, unknown> }[];
    };
    const calls = summary.plan.map((c) => `${c.method} ${c.route}`);
    expect(calls).toEqual([
      'GET /repos/{owner}/{repo}',
      'GET /repos/{owner}/{repo}/git/ref/{ref}',
      'GET /repos/{owner}/{repo}/releases',
      'POST /repos/{owner}/{repo}/releases/generate-notes',
      'POST /repos/{owner}/{repo}/releases',
      'GET /repos/{owner}/{repo}/releases',
      'POST {upload_url}',
      'GET /repos/{owner}/{repo}/releases/assets/{asset_id}',
      'POST {upload_url}',
      'GET /repos/{owner}/{repo}/releases/assets/{asset_id}',
      'PATCH /repos/{owner}/{repo}/releases/{release_id}',
      'GET /repos/{owner}/{repo}/git/ref/{ref}',
    ]);
    expect(summary.plan.filter((c) => c.read).length).toBe(8);
    expect(summary.plan[4]!.body).toMatchObject({ tag_name: 'v0.1.0', draft: true });
    expect(summary.plan[6]!.body).toEqual({
      file: fileName(pkg),
      size: readFileSync(pkg).length,
      sha256: sha(pkg),
      contentType: 'application/zip',
    });
    expect(r.outputs.outcome).toBe('planned');
  });
});

describe('release: published by another run between our upload and our publish', () => {
  it('keeps the other release when it holds the same bytes, and removes our draft', async () => {
    const { server, env, token } = await start();
    const pkg = await buildPackage();
    const { releaseStage } = await import('../../src/github/release-stage.js');
    const { restReleaser } = await import('../../src/github/releaser.js');
    const { liveApi } = await import('../../src/github/api.js');
    const { createGitHubClient } = await import('../../src/github/client.js');
    const { createHttpClient } = await import('../../src/io/http.js');
    const { testContext } = await import('../helpers/stage.js');
    const inner = restReleaser(
      liveApi(createGitHubClient({ token, baseUrl: server.apiUrl, http: createHttpClient() })),
      {
        owner: 'acme',
        repo: 'demo-tool',
      },
    );
    const repo = server.repo('acme/demo-tool');
    const releaser = {
      ...inner,
      async publishRelease(id: number) {
        const ours = repo.releases.find((r) => r.id === id)!;
        repo.releases.push({
          ...ours,
          id: 1,
          draft: false,
          publishedAt: '2025-01-01T00:00:00Z',
          assets: ours.assets.map((a) => ({ ...a, id: a.id + 5000 })),
        });
        return inner.publishRelease(id);
      },
    };
    const r = await releaseStage(
      { packages: [pkg], tag: 'v0.1.0', target: server.head('acme/demo-tool') },
      testContext({ env }),
      { releaser },
    );
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.release?.id).toBe(1);
    expect(onlyRelease(server, 'v0.1.0').digests[fileName(pkg)]).toBe(sha(pkg));
  });
});

describe('release --dry-run with nothing configured (what pipeline --local shows)', () => {
  it('plans against OWNER/REPO with no repository, token or server', async () => {
    const pkg = await buildPackage();
    const r = await runCommand(
      releaseCommand,
      { packages: [pkg], tag: 'v0.1.0', dryRun: true },
      { env: { PATH: process.env.PATH }, cwd: tempDir() },
    );
    expect(r.exitCode, r.reporter.text).toBe(0);
    const plan = (r.reporter.sections[0]!.summary as { plan: { path: string }[] }).plan;
    expect(plan[0]!.path).toBe('/repos/OWNER/REPO');
    expect(plan.some((c) => c.path.startsWith('/repos/OWNER/REPO/releases/'))).toBe(true);
  });
});
