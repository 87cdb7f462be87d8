/**
 * `release` through the bundled CLI and the bundled action (child processes, the bundle's Octokit
 * and HTTP path): a run killed half-way through an upload, then re-run, ends with exactly one
 * published release whose assets' digests equal the local files'; the token never shows.
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actionEnv, bundle, readOutputs, runCliAsync } from '../helpers/cli.js';
import { edit, tempDir } from '../helpers/plugins.js';
import { buildPackage, fileName, gitHub } from './helpers.js';

const start = gitHub();
const MARKET_MANIFEST = edit(
  'manifest.yaml',
  'privacy: PRIVACY.md',
  'privacy: PRIVACY.md\nrepo: https://github.com/acme/demo-tool\ncontact: dev@acme.example',
);
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

describe('release through the bundled CLI', () => {
  it('killed half-way through the upload, re-run: one published release with the local bytes', async () => {
    const { server, env, token } = await start();
    // A package of a few MiB, so the upload is cut off inside its body.
    const pkg = await buildPackage({ changes: { '_assets/data.bin': randomBytes(3 * 1024 * 1024) } });
    const head = server.head('acme/demo-tool');
    const stalled = server.stallUpload(fileName(pkg), 256 * 1024);
    const child = spawn(
      process.execPath,
      [bundle('cli'), 'release', pkg, '--tag', 'v0.1.0', '--target', head],
      {
        cwd: tempDir(),
        env: { ...env, NO_COLOR: '1', GITHUB_ACTIONS: '' },
      },
    );
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    await stalled;
    child.kill('SIGKILL');
    await exited;
    // What the killed run left: a draft, the package half-uploaded.
    const left = server.repo('acme/demo-tool').releases;
    expect(left.map((r) => r.draft)).toEqual([true]);
    const half = left[0]!.assets.find((a) => a.name === fileName(pkg))!;
    expect(half.state).toBe('open');
    expect(half.bytes.length).toBeLessThan(readFileSync(pkg).length);

    const again = await runCliAsync(['release', pkg, '--tag', 'v0.1.0'], { cwd: tempDir(), env });
    expect(again.status, again.stderr + again.stdout).toBe(0);
    expect(again.stdout).toMatch(/finished the release acme\/demo-tool v0\.1\.0/);
    const releases = server.repo('acme/demo-tool').releases;
    expect(releases.map((r) => r.draft)).toEqual([false]);
    const digests = Object.fromEntries(
      releases[0]!.assets.map((a) => [
        a.name,
        a.state === 'uploaded' ? createHash('sha256').update(a.bytes).digest('hex') : a.state,
      ]),
    );
    expect(digests).toEqual({
      [fileName(pkg)]: sha(pkg),
      SHA256SUMS: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    for (const text of [output, again.stdout, again.stderr]) expect(text).not.toContain(token);

    // And a third run changes nothing.
    const before = server.requests.length;
    const third = await runCliAsync(['release', pkg, '--tag', 'v0.1.0', '--json'], { cwd: tempDir(), env });
    expect(third.status).toBe(0);
    const doc = JSON.parse(third.stdout);
    const summary = doc.summary;
    expect(summary.outcome).toBe('unchanged');
    expect(summary.calls.writes).toBe(0);
    expect(server.requests.slice(before).every((q) => q.method === 'GET')).toBe(true);
  });

  it('two processes releasing the same tag at once end with one published release', async () => {
    const { server, env } = await start();
    const pkg = await buildPackage();
    const args = ['release', pkg, '--tag', 'v0.1.0', '--target', server.head('acme/demo-tool')];
    const runs = await Promise.all([
      runCliAsync(args, { cwd: tempDir(), env }),
      runCliAsync(args, { cwd: tempDir(), env }),
    ]);
    expect(
      runs.map((r) => r.status),
      runs.map((r) => r.stdout + r.stderr).join('\n'),
    ).toEqual([0, 0]);
    const releases = server.repo('acme/demo-tool').releases;
    expect(releases.map((r) => r.draft)).toEqual([false]);
    expect(
      createHash('sha256')
        .update(releases[0]!.assets.find((a) => a.name === fileName(pkg))!.bytes)
        .digest('hex'),
    ).toBe(sha(pkg));
  });

  it('--dry-run --json: the plan, and no request reaches the server', async () => {
    const { server, env } = await start();
    const pkg = await buildPackage();
    const r = await runCliAsync(['release', pkg, '--tag', 'v0.1.0', '--dry-run', '--json'], {
      cwd: tempDir(),
      env: { ...env, GITHUB_TOKEN: '' },
    });
    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout).summary;
    expect(summary.plan.length).toBeGreaterThan(5);
    expect(summary.plan.some((c: { method: string; route: string }) => c.method === 'PATCH')).toBe(true);
    expect(server.requests).toEqual([]);
  });
});

describe('release through the bundled action', () => {
  it('token input masked, outputs set, job summary lists the assets', async () => {
    const { server, env, token } = await start();
    const pkg = await buildPackage();
    const ws = tempDir();
    const inputs = actionEnv(ws, {
      package: pkg,
      tag: 'v0.1.0',
      target: server.head('acme/demo-tool'),
      token,
    });
    const { GITHUB_TOKEN: _, ...rest } = env;
    const child = await new Promise<{ status: number | null; stdout: string }>((resolve) => {
      const c = spawn(process.execPath, [bundle('stages/release')], {
        cwd: ws,
        env: { ...rest, ...inputs, NO_COLOR: '1', GITHUB_ACTIONS: 'true' },
      });
      let stdout = '';
      c.stdout.on('data', (d) => (stdout += d));
      c.stderr.on('data', (d) => (stdout += d));
      c.on('close', (status) => resolve({ status, stdout }));
    });
    expect(child.status, child.stdout).toBe(0);
    // The runner masks what ::add-mask:: names; nothing else may hold the token.
    expect(child.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(token);
    expect(child.stdout).toContain(`::add-mask::${token}`);
    const outputs = readOutputs(inputs.GITHUB_OUTPUT!);
    expect(outputs.outcome).toBe('created');
    expect(JSON.parse(outputs.digests!)[fileName(pkg)]).toBe(sha(pkg));
    expect(outputs.url).toContain('/releases/tag/v0.1.0');
    const summary = readFileSync(inputs.GITHUB_STEP_SUMMARY!, 'utf8').replace(/&#(\d+);/g, (_, n) =>
      String.fromCharCode(Number(n)),
    );
    expect(summary).toContain(fileName(pkg));
    expect(summary).toContain('created');
    expect(summary).not.toContain(token);
  });
});

describe('submit through the bundled CLI', () => {
  it('opens the PR with the fork token from DIFY_PLUGINS_TOKEN, records the deployment with GITHUB_TOKEN; neither shows', async () => {
    const { server, env } = await start();
    server.addRepo('langgenius/dify-plugins', { files: { 'README.md': '# plugins\n' } });
    const forkToken = server.token('acme', 'ghp_forkTokenForTheMarketplaceFork0123456');
    const pkg = await buildPackage({
      changes: {
        'manifest.yaml': MARKET_MANIFEST,
        'requirements.txt': 'dify_plugin>=0.9.0,<0.10.0\n',
      },
    });
    const r = await runCliAsync(['submit', pkg], {
      cwd: tempDir(),
      env: { ...env, DIFY_PLUGINS_TOKEN: forkToken },
    });
    expect(r.status, r.stderr + r.stdout).toBe(0);
    expect(r.stdout).toContain('opened the marketplace pull request for acme/demo_tool 0.1.0');
    const [pull] = server.repo('langgenius/dify-plugins').pulls;
    expect(pull).toMatchObject({ head: { owner: 'acme', ref: 'bump-demo_tool-plugin-0.1.0' }, user: 'acme' });
    expect(server.repo('acme/demo-tool').deployments).toHaveLength(1);
    for (const t of [forkToken, env.GITHUB_TOKEN!]) {
      expect(r.stdout).not.toContain(t);
      expect(r.stderr).not.toContain(t);
    }
  });
});
