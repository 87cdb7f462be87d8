import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { changedPlugins, Git } from '../../src/manifest/changed.js';
import { discoverPlugins } from '../../src/manifest/discover.js';
import { matrixOf, validate } from '../../src/manifest/validate.js';
import { tempDir, writePlugin } from '../helpers/plugins.js';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@e',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@e',
    },
  });
}

/** A monorepo like the official one: `<category>/<name>/manifest.yaml`, plus noise that is not a plugin. */
function monorepo(): string {
  const root = tempDir('dpr-mono-');
  writePlugin({}, undefined, path.join(root, 'tools', 'alpha'));
  writePlugin({}, undefined, path.join(root, 'tools', 'beta'));
  writePlugin({}, undefined, path.join(root, 'models', 'gamma'));
  mkdirSync(path.join(root, '.github', 'x'), { recursive: true });
  writeFileSync(path.join(root, '.github', 'x', 'manifest.yaml'), 'not: a plugin\n');
  mkdirSync(path.join(root, 'tests', 'tools', 'alpha'), { recursive: true });
  writeFileSync(path.join(root, 'tests', 'tools', 'alpha', 'test_a.py'), '');
  writeFileSync(path.join(root, 'README.md'), '# plugins\n');
  return root;
}

describe('discoverPlugins', () => {
  it('finds every plugin under a monorepo root, skipping dot-dirs and tests/', async () => {
    const root = monorepo();
    const found = (await discoverPlugins([root])).map((p) => path.relative(root, p));
    expect(found).toEqual(['models/gamma', 'tools/alpha', 'tools/beta']);
  });

  it('returns the path itself when it is a plugin, and does not look for nested plugins', async () => {
    const root = monorepo();
    writePlugin({}, undefined, path.join(root, 'tools', 'alpha', 'inner'));
    expect(await discoverPlugins([path.join(root, 'tools', 'alpha')])).toEqual([
      path.join(root, 'tools', 'alpha'),
    ]);
  });

  it('refuses a path that does not exist, or a file, with a usage error', async () => {
    await expect(discoverPlugins(['/no/such/dir'])).rejects.toBeInstanceOf(UsageError);
    const root = monorepo();
    await expect(discoverPlugins([path.join(root, 'README.md')])).rejects.toThrow(/not a directory/);
  });

  it('validate reports a usage error when nothing under the path is a plugin', async () => {
    await expect(validate([tempDir()])).rejects.toThrow(/no Dify plugin found/);
  });
});

describe('--changed-since with a real git repository', () => {
  function repo(): { root: string; base: string } {
    const root = monorepo();
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'base');
    return { root, base: git(root, 'rev-parse', 'HEAD').trim() };
  }

  it('maps each changed path to its nearest plugin root and reports removed plugins', async () => {
    const { root, base } = repo();
    git(root, 'checkout', '-qb', 'feature');
    writeFileSync(path.join(root, 'tools', 'alpha', 'tools', 'echo.py'), 'print(1)\n'); // committed change
    git(root, 'commit', '-qam', 'alpha');
    rmSync(path.join(root, 'models', 'gamma'), { recursive: true }); // removed plugin, uncommitted
    writeFileSync(path.join(root, 'tools', 'beta', 'NEW.md'), 'untracked\n'); // untracked file
    writeFileSync(path.join(root, 'README.md'), '# changed, but not in a plugin\n');
    writeFileSync(path.join(root, '.github', 'x', 'manifest.yaml'), 'changed: true\n'); // dot-dir: ignored
    const result = await changedPlugins([root], 'main', new Git(root));
    expect(result.base).toBe(base);
    expect(result.changed.map((p) => path.relative(root, p))).toEqual(['tools/alpha', 'tools/beta']);
    expect(result.removed).toEqual(['models/gamma']);
  });

  it('uses the merge base, so commits on the base branch after the fork do not count', async () => {
    const { root } = repo();
    git(root, 'checkout', '-qb', 'feature');
    writeFileSync(path.join(root, 'tools', 'alpha', 'README.md'), 'feature\n');
    git(root, 'commit', '-qam', 'feature change');
    git(root, 'checkout', '-q', 'main');
    writeFileSync(path.join(root, 'tools', 'beta', 'README.md'), 'main moved on\n');
    git(root, 'commit', '-qam', 'main change');
    git(root, 'checkout', '-q', 'feature');
    const result = await changedPlugins([root], 'main', new Git(root));
    expect(result.changed.map((p) => path.relative(root, p))).toEqual(['tools/alpha']);
  });

  it('keeps only plugins under the paths given', async () => {
    const { root } = repo();
    writeFileSync(path.join(root, 'tools', 'alpha', 'x.txt'), '1\n');
    writeFileSync(path.join(root, 'models', 'gamma', 'x.txt'), '1\n');
    const result = await changedPlugins([path.join(root, 'models')], 'HEAD', new Git(root));
    expect(result.changed.map((p) => path.relative(root, p))).toEqual(['models/gamma']);
  });

  it('validate --changed-since validates only the changed plugins and builds the matrix', async () => {
    const { root } = repo();
    writeFileSync(path.join(root, 'tools', 'beta', 'manifest.yaml'), 'version: 0.1.0\ntype: plugin\n');
    const result = await validate(['.'], { cwd: root, changedSince: 'HEAD' });
    expect(result.plugins.map((p) => p.path)).toEqual(['tools/beta']);
    expect(result.findings.some((f) => f.severity === 'error' && f.plugin === 'tools/beta')).toBe(true);
    expect(matrixOf(result)).toEqual({ include: [{ path: 'tools/beta', name: '', version: '0.1.0' }] });
  });

  it('says clearly when the ref is not a commit', async () => {
    const { root } = repo();
    await expect(changedPlugins([root], 'no-such-branch', new Git(root))).rejects.toThrow(/not a commit.*/);
  });
});

describe('symlinks', () => {
  it('follows a symlink inside the repository with a notice, refuses one leading outside', async () => {
    const repoRoot = tempDir('dpr-links-');
    mkdirSync(path.join(repoRoot, '.git'));
    writeFileSync(path.join(repoRoot, 'shared.difyignore'), '__pycache__/\n');
    const outside = tempDir('dpr-outside-');
    writeFileSync(path.join(outside, 'secret.txt'), 'x\n');
    const dir = writePlugin({}, undefined, path.join(repoRoot, 'tools', 'demo'));
    symlinkSync('../../shared.difyignore', path.join(dir, '.difyignore'));
    symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'leak.txt'));
    const result = await validate([dir], { cwd: repoRoot });
    const links = result.findings.filter((f) => f.code === 'DPR311' || f.code === 'DPR303');
    expect(links.map((f) => [f.code, f.file, f.severity])).toEqual([
      ['DPR311', '.difyignore', 'notice'],
      ['DPR303', 'leak.txt', 'error'],
    ]);
  });
});
