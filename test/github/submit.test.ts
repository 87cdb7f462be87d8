/**
 * `submit` against the local GitHub server: a fork of langgenius/dify-plugins, one branch named the
 * same for the push and the PR head, one commit adding exactly one file, the PR in the template's
 * shape (accepted by `check --pr-body`), the deployment record, re-runs that change nothing, and the
 * refusals that come before anything is pushed.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCommand } from '../../src/commands/check.js';
import { submitCommand } from '../../src/commands/submit.js';
import { blobSha, GitHubServer, mergePull } from '../helpers/github-server.js';
import { edit, tempDir } from '../helpers/plugins.js';
import { runCommand } from '../helpers/stage.js';
import { buildPackage } from './helpers.js';

const UPSTREAM = 'langgenius/dify-plugins';
const MANIFEST = edit(
  'manifest.yaml',
  'privacy: PRIVACY.md',
  'privacy: PRIVACY.md\nrepo: https://github.com/acme/demo-tool\ncontact: dev@acme.example',
);
const REQUIREMENTS = 'dify_plugin>=0.9.0,<0.10.0\n';

/** A package the marketplace accepts (repo, contact, pinned dify_plugin). */
function marketPackage(
  options: { version?: string; changes?: Record<string, string>; author?: string } = {},
) {
  return buildPackage({
    version: options.version,
    author: options.author,
    changes: {
      'manifest.yaml': MANIFEST.replace('version: 0.1.0', `version: ${options.version ?? '0.1.0'}`).replace(
        'author: acme',
        `author: ${options.author ?? 'acme'}`,
      ),
      'requirements.txt': REQUIREMENTS,
      ...(options.changes ?? {}),
    },
  });
}

const servers: GitHubServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function market(
  files: Record<string, string | Buffer> = {
    'README.md': '# Dify plugins\n',
    'other/thing/thing-1.0.0.difypkg': 'PK-other',
  },
) {
  const server = await new GitHubServer().start();
  servers.push(server);
  server.addRepo(UPSTREAM, { files });
  server.addRepo('acme/demo-tool');
  const token = server.token('acme');
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_API_URL: server.apiUrl,
    DIFY_PLUGINS_TOKEN: token,
    GITHUB_TOKEN: token,
    GITHUB_REPOSITORY: 'acme/demo-tool',
  };
  return { server, token, env };
}

async function submit(values: Record<string, unknown>, env: NodeJS.ProcessEnv, cwd = tempDir()) {
  const run = await runCommand(submitCommand, values, { env, cwd });
  const summary = run.reporter.sections.find((s) => s.stage === 'submit')?.summary as
    | Record<string, unknown>
    | undefined;
  return { ...run, summary };
}

const writes = (server: GitHubServer) => server.requests.filter((q) => q.method !== 'GET');

/** The files a branch adds relative to a base commit (what the PR's diff holds). */
function added(server: GitHubServer, repo: string, branch: string, base: string): string[] {
  const r = server.repo(repo);
  const tip = r.network.commits.get(r.refs.get(`refs/heads/${branch}`)!)!.tree;
  const old = r.network.commits.get(base)!.tree;
  return [...tip].filter(([p, s]) => old.get(p) !== s).map(([p]) => p);
}

describe('submit: a new plugin', () => {
  it('forks, branches, commits one file, opens the PR from the same branch, records a deployment', async () => {
    const { server, env } = await market();
    const pkg = await marketPackage();
    const base = server.head(UPSTREAM);
    const r = await submit({ package: pkg }, env);
    expect(r.reporter.fatals).toEqual([]);
    expect(r.exitCode, r.reporter.text).toBe(0);
    expect(r.outputs.outcome).toBe('opened');
    const fork = server.repo('acme/dify-plugins');
    expect(fork.parent?.name).toBe('dify-plugins');
    const branch = 'bump-demo_tool-plugin-0.1.0';
    expect(r.outputs.branch).toBe(branch);
    expect(added(server, 'acme/dify-plugins', branch, base)).toEqual([
      'acme/demo_tool/demo_tool-0.1.0.difypkg',
    ]);
    const blob = fork.network.commits
      .get(fork.refs.get(`refs/heads/${branch}`)!)!
      .tree.get('acme/demo_tool/demo_tool-0.1.0.difypkg');
    expect(blob).toBe(blobSha(readFileSync(pkg)));
    const [pull] = server.repo(UPSTREAM).pulls;
    expect(pull).toMatchObject({
      head: { owner: 'acme', ref: branch },
      base: 'main',
      state: 'open',
      title: 'bump demo_tool plugin to version 0.1.0',
    });
    expect(pull!.body).toContain('- [x] New plugin');
    expect(pull!.body).toContain('- [ ] Version update');
    expect(r.outputs['pr-url']).toBe(`${server.state.origin}/${UPSTREAM}/pull/1`);
    expect(r.outputs.submission).toBe('new');
    // The deployment, in the plugin's repository.
    const [d] = server.repo('acme/demo-tool').deployments;
    expect(d).toMatchObject({ environment: 'marketplace', ref: 'main' });
    expect(d!.payload).toMatchObject({
      identifier: expect.stringMatching(/^acme\/demo_tool:0\.1\.0@[0-9a-f]{64}$/),
      digest: createHash('sha256').update(readFileSync(pkg)).digest('hex'),
    });
    expect(d!.statuses.map((s) => [s.state, s.environmentUrl])).toEqual([
      ['in_progress', r.outputs['pr-url']],
    ]);
    expect(r.reporter.text).toContain('DPR1022');
  });

  it('a re-run changes nothing: reads only', async () => {
    const { server, env } = await market();
    const pkg = await marketPackage();
    await submit({ package: pkg }, env);
    const before = server.requests.length;
    const r = await submit({ package: pkg }, env);
    expect(r.exitCode).toBe(0);
    expect(r.outputs.outcome).toBe('unchanged');
    expect(server.requests.slice(before).filter((q) => q.method !== 'GET')).toEqual([]);
    expect(server.repo(UPSTREAM).pulls).toHaveLength(1);
    expect(server.repo('acme/demo-tool').deployments).toHaveLength(1);
  });

  it('once merged, a re-run says so and marks the deployment successful', async () => {
    const { server, env } = await market();
    const pkg = await marketPackage();
    await submit({ package: pkg }, env);
    mergePull(server.state, server.repo(UPSTREAM), 1);
    const r = await submit({ package: pkg }, env);
    expect(r.exitCode).toBe(0);
    expect(r.outputs.outcome).toBe('merged');
    const [d] = server.repo('acme/demo-tool').deployments;
    expect(d!.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
  });
});

describe('submit: GitHub makes forks in the background', () => {
  it('waits until the new fork answers', async () => {
    const { server, env } = await market();
    server.state.forkDelay = 2;
    const pkg = await marketPackage();
    const { submitStage } = await import('../../src/github/submit-stage.js');
    const { testContext } = await import('../helpers/stage.js');
    const r = await submitStage({ package: pkg }, testContext({ env, cwd: tempDir() }), { forkWaitMs: 10 });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.outcome).toBe('opened');
    expect(server.calls('GET', /^\/repos\/acme\/dify-plugins$/).map((q) => q.status)).toEqual([
      404, 404, 404, 200,
    ]);
  });
});

describe('submit: updates, stale branches, open pull requests', () => {
  it('a version update: the earlier versions upstream decide the type; a stale branch is reset; the open PR updated', async () => {
    const { server, env, token } = await market({
      'README.md': '# x\n',
      'acme/demo_tool/demo_tool-0.0.9.difypkg': 'PK-old',
    });
    const pkg = await marketPackage();
    const branch = 'bump-demo_tool-plugin-0.1.0';
    // An earlier attempt: a fork with the branch holding other bytes, and a PR open with an old body.
    await fetch(`${server.apiUrl}/repos/${UPSTREAM}/forks`, {
      method: 'POST',
      headers: { authorization: `token ${token}` },
    });
    server.commit(
      'acme/dify-plugins',
      { 'acme/demo_tool/demo_tool-0.1.0.difypkg': 'PK-stale' },
      'stale',
      'main',
    );
    const fork = server.repo('acme/dify-plugins');
    fork.refs.set(`refs/heads/${branch}`, fork.refs.get('refs/heads/main')!);
    fork.refs.set('refs/heads/main', server.head(UPSTREAM));
    server.repo(UPSTREAM).pulls.push({
      number: 1,
      title: 'old',
      body: 'old body',
      head: { owner: 'acme', repo: 'dify-plugins', ref: branch },
      base: 'main',
      state: 'open',
      mergedAt: null,
      user: 'acme',
      createdAt: '2025-01-01T00:00:00Z',
    });
    const r = await submit({ package: pkg }, env);
    expect(r.exitCode, r.reporter.text).toBe(0);
    expect(r.outputs.outcome).toBe('updated');
    expect(r.outputs.submission).toBe('update');
    expect(added(server, 'acme/dify-plugins', branch, server.head(UPSTREAM))).toEqual([
      'acme/demo_tool/demo_tool-0.1.0.difypkg',
    ]);
    const pull = server.repo(UPSTREAM).pulls[0]!;
    expect(pull.body).toContain('- [x] Version update');
    expect(pull.body).toContain('Updates 0.0.9 to 0.1.0');
    expect(server.repo(UPSTREAM).pulls).toHaveLength(1);
    expect(server.calls('PATCH', /git\/refs\/heads/)).toHaveLength(1);
  });

  it('a fork that diverged from upstream: a warning, and the branch is made from upstream’s head anyway', async () => {
    const { server, env, token } = await market();
    await fetch(`${server.apiUrl}/repos/${UPSTREAM}/forks`, {
      method: 'POST',
      headers: { authorization: `token ${token}` },
    });
    server.commit('acme/dify-plugins', { 'mine.txt': 'x' }, 'mine');
    server.commit(UPSTREAM, { 'theirs.txt': 'y' }, 'theirs');
    const pkg = await marketPackage();
    const r = await submit({ package: pkg }, env);
    expect(r.exitCode, r.reporter.text).toBe(0);
    expect(r.reporter.text).toContain('DPR1023');
    expect(added(server, 'acme/dify-plugins', 'bump-demo_tool-plugin-0.1.0', server.head(UPSTREAM))).toEqual([
      'acme/demo_tool/demo_tool-0.1.0.difypkg',
    ]);
  });
});

describe('submit: refused before anything is pushed', () => {
  it('a version not greater than one already upstream', async () => {
    const { server, env } = await market({
      'acme/demo_tool/demo_tool-0.2.0.difypkg': 'PK',
      'acme/demo_tool/demo_tool-0.1.0-beta1.difypkg': 'PK',
    });
    const pkg = await marketPackage();
    const r = await submit({ package: pkg }, env);
    expect(r.exitCode).toBe(1);
    expect(r.reporter.text).toContain('DPR1020');
    expect(writes(server)).toEqual([]);
  });

  it('what the marketplace checks refuse (reserved author, template icon): no call at all', async () => {
    const { server, env } = await market();
    const author = await marketPackage({ author: 'difyfan' });
    const a = await submit({ package: author }, env);
    expect(a.exitCode).toBe(1);
    expect(a.reporter.text).toContain('DPR532');
    expect(a.reporter.text).toContain('DPR1021');
    const icon = await marketPackage({
      changes: { '_assets/icon.svg': '<svg><!-- DIFY_MARKETPLACE_TEMPLATE_ICON_DO_NOT_USE --></svg>' },
    });
    const i = await submit({ package: icon }, env);
    expect(i.reporter.text).toContain('DPR561');
    expect(server.requests).toEqual([]);
  });

  it('a fork that is not a fork of upstream, or none with --no-create-fork', async () => {
    const { server, env } = await market();
    const pkg = await marketPackage();
    const none = await submit({ package: pkg, createFork: false }, env);
    expect(none.reporter.text).toContain('DPR1025');
    server.addRepo('acme/dify-plugins');
    const r = await submit({ package: pkg }, env);
    expect(r.exitCode).toBe(1);
    expect(r.reporter.text).toContain('DPR1024');
    expect(writes(server)).toEqual([]);
  });
});

describe('submit: --dry-run', () => {
  it('prints the PR body and every call it would make, and makes none', async () => {
    const { server, env } = await market();
    const pkg = await marketPackage();
    const r = await submit(
      { package: pkg, dryRun: true },
      { ...env, DIFY_PLUGINS_TOKEN: '', GITHUB_TOKEN: '' },
    );
    expect(r.exitCode, r.reporter.text).toBe(0);
    expect(server.requests).toEqual([]);
    expect(r.outputs.outcome).toBe('planned');
    const plan = (r.summary!.plan as { method: string; route: string }[]).map(
      (c) => `${c.method} ${c.route}`,
    );
    expect(plan).toEqual(
      expect.arrayContaining([
        'POST /repos/{owner}/{repo}/forks',
        'POST /repos/{owner}/{repo}/git/refs',
        'PUT /repos/{owner}/{repo}/contents/{path}',
        'POST /repos/{owner}/{repo}/pulls',
        'POST /repos/{owner}/{repo}/deployments',
        'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
      ]),
    );
    expect(r.reporter.infos.join('\n')).toContain('## Plugin information');
    expect(JSON.stringify(r.summary!.plan)).not.toContain(readFileSync(pkg).toString('base64').slice(0, 40));
  });
});

describe('check --pr-body accepts every body submit writes', () => {
  const variants: [
    string,
    () => Promise<string>,
    Record<string, unknown>,
    Record<string, string | Buffer>?,
  ][] = [
    ['new plugin', () => marketPackage(), {}],
    [
      'update, confirmed, high risk',
      () => marketPackage(),
      { confirmRequirements: true, risk: 'high' },
      { 'acme/demo_tool/demo_tool-0.0.1.difypkg': 'PK' },
    ],
    [
      'code with sensitive capabilities',
      () =>
        marketPackage({
          changes: {
            'tools/echo.py':
              'import subprocess\nimport requests\n\ndef run(x):\n    subprocess.run(["ls"])\n    return requests.get(x, timeout=5)\n',
          },
        }),
      {},
    ],
  ];
  for (const [name, make, values, upstreamFiles] of variants) {
    it(name, async () => {
      const { env } = await market(upstreamFiles ?? { 'README.md': '# x\n' });
      const pkg = await make();
      const cwd = tempDir();
      writeFileSync(path.join(cwd, 'CHANGELOG.md'), '# Changelog\n\n# 0.1.0\n\n## Added\n- the echo tool\n');
      const r = await submit({ package: pkg, dryRun: true, ...values }, env, cwd);
      expect(r.exitCode, r.reporter.text).toBe(0);
      const body = String(r.summary!.body);
      const file = path.join(cwd, 'body.md');
      writeFileSync(file, body);
      const c = await runCommand(checkCommand, { path: pkg, prBody: file }, { cwd, env });
      const findings = c.reporter.sections.flatMap((s) => s.findings);
      expect(
        findings.filter((f) => /^DPR57[345]$/.test(f.code)),
        body,
      ).toEqual([]);
      expect(c.exitCode).toBe(0);
      if (name.includes('capabilities')) {
        expect(body).toContain('command execution');
        expect(body).toContain('- [x] High risk');
        // The same body with "None" as notes is refused: the check does look.
        const none = body.replace(
          /## Security and privacy notes[\s\S]*?## Local validation/,
          '## Security and privacy notes\n\nNone\n\n## Local validation',
        );
        writeFileSync(file, none);
        const n = await runCommand(checkCommand, { path: pkg, prBody: file }, { cwd, env });
        expect(n.reporter.sections.flatMap((s) => s.findings).map((f) => f.code)).toContain('DPR574');
      }
    });
  }
});

describe('submit: a retried create that had gone through', () => {
  it('a 422 "already exists" on opening the PR finds the open one', async () => {
    const { server, env } = await market();
    const pkg = await marketPackage();
    const first = await submit({ package: pkg }, env);
    expect(first.exitCode).toBe(0);
    // The PR exists, but the lookup before the create misses it (as a lagging list would).
    server.fail({ method: 'GET', path: /\/pulls\?head=/ }, { status: 200, body: [] });
    server.repo('acme/dify-plugins').refs.delete('refs/heads/bump-demo_tool-plugin-0.1.0');
    const r = await submit({ package: pkg }, env);
    expect(r.exitCode, r.reporter.text).toBe(0);
    expect(server.calls('POST', /\/pulls$/).map((q) => q.status)).toEqual([201, 422]);
    expect(server.repo(UPSTREAM).pulls).toHaveLength(1);
  });
});

describe('submit --dry-run with nothing configured (what pipeline --local shows)', () => {
  it('plans the fork, the PR and the deployment record with no token or server', async () => {
    const pkg = await marketPackage();
    const r = await submit({ package: pkg, dryRun: true }, { PATH: process.env.PATH });
    expect(r.exitCode, r.reporter.text).toBe(0);
    const plan = (r.summary!.plan as { method: string; path: string }[]).map((c) => `${c.method} ${c.path}`);
    expect(plan).toContain('POST /repos/langgenius/dify-plugins/pulls');
    expect(plan).toContain('POST /repos/OWNER/REPO/deployments');
  });
});
