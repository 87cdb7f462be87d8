/**
 * Guards of the file selection found missing in review: `.git/` packaged through a `.gitignore`,
 * symlinks with harmless names leading to secrets, and a repository reached through a linked parent.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import { selectFiles } from '../../src/selection/select.js';
import { tempDir } from '../helpers/plugins.js';

function tree(files: Record<string, string>, dir = tempDir('dpr-guard-')): string {
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(dir, ...rel.split('/'));
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return dir;
}

const GIT_CONFIG =
  '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldA==\n';
const errorsOf = (findings: Finding[]) =>
  findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.file]);

describe('file selection: .git/ is a secret (it holds the CI checkout token)', () => {
  const plugin = { 'manifest.yaml': 'name: x\n', 'main.py': '', '.git/config': GIT_CONFIG, '.git/HEAD': '' };

  it('refuses .git/ when the only ignore file is a .gitignore that does not list it', () => {
    const result = selectFiles(tree({ ...plugin, '.gitignore': '*.log\n' }));
    expect(result.files.map((f) => f.path).filter((p) => p.startsWith('.git/'))).toEqual([]);
    const f = result.findings.find((x) => x.code === 'DPR401');
    expect(f).toMatchObject({ severity: 'error', file: '.git' });
    expect(f?.message).toMatch(/CI checkout token/);
    expect(f?.message).toMatch(/extraheader/);
    expect(f?.fix).toMatch(/\.difyignore/);
    expect(f?.fix).toMatch(/checksum stay identical to what Dify's CLI makes/);
    expect(f?.fix).toMatch(/--allow-file \.git/);
  });

  it('refuses .git/ when a .difyignore does not list it, at any depth', () => {
    const result = selectFiles(tree({ ...plugin, '.difyignore': '', 'vendor/lib/.git/config': GIT_CONFIG }));
    expect(errorsOf(result.findings)).toEqual([
      ['DPR401', '.git'],
      ['DPR401', 'vendor/lib/.git'],
    ]);
    expect(result.files.map((f) => f.path)).toEqual(['.difyignore', 'main.py', 'manifest.yaml']);
  });

  it('packages it only when allowed explicitly with --allow-file .git, with a notice', () => {
    const result = selectFiles(tree({ ...plugin, '.difyignore': '' }), { allowFiles: ['.git'] });
    expect(result.files.map((f) => f.path)).toContain('.git/config');
    expect(errorsOf(result.findings)).toEqual([]);
    expect(result.findings.filter((f) => f.code === 'DPR408').map((f) => f.file)).toEqual(['.git']);
    // Reported once, not as a hidden file or a leftover for each file inside.
    expect(result.findings.filter((f) => f.code === 'DPR404' || f.code === 'DPR406')).toEqual([]);
  });

  it('says nothing when .difyignore excludes it (the Dify CLI then leaves it out too)', () => {
    const result = selectFiles(tree({ ...plugin, '.difyignore': '.git/\n' }));
    expect(errorsOf(result.findings)).toEqual([]);
    expect(result.files.map((f) => f.path)).toEqual(['.difyignore', 'main.py', 'manifest.yaml']);
  });
});

describe('file selection: a symlink is judged by where it leads, not only by its name', () => {
  /** A repository with secrets at its root and a plugin in plugins/one. */
  function monorepo(): { repo: string; root: string } {
    const repo = tree({
      '.git/config': GIT_CONFIG,
      '.env': 'OPENAI_API_KEY=sk-live\n',
      '.aws/credentials': '[default]\naws_secret_access_key=x\n',
      '.venv/pyvenv.cfg': '',
      '.venv/lib/helper.py': '',
      'shared/common.py': 'x = 1\n',
    });
    const root = path.join(repo, 'plugins/one');
    tree({ 'manifest.yaml': 'name: x\n', 'main.py': '', '.difyignore': '' }, root);
    return { repo, root };
  }

  it('refuses a harmless-looking link to a .env (DPR401, an error, not a notice)', () => {
    const { root } = monorepo();
    symlinkSync('../../.env', path.join(root, 'settings.txt'));
    const result = selectFiles(root);
    expect(result.files.map((f) => f.path)).not.toContain('settings.txt');
    const f = result.findings.find((x) => x.file === 'settings.txt');
    expect(f).toMatchObject({ code: 'DPR401', severity: 'error' });
    expect(f?.message).toMatch(/settings\.txt is a symlink to \.\.\/\.\.\/\.env.*environment file/);
    expect(result.findings.filter((x) => x.code === 'DPR311')).toEqual([]);
  });

  it('refuses links into .git/', () => {
    const { root } = monorepo();
    symlinkSync('../../.git/config', path.join(root, 'notes.txt'));
    symlinkSync('../../.git', path.join(root, 'history'));
    const result = selectFiles(root);
    expect(errorsOf(result.findings)).toEqual([
      ['DPR401', 'history'],
      ['DPR401', 'notes.txt'],
    ]);
    expect(result.findings.find((x) => x.file === 'notes.txt')?.message).toMatch(/inside a git repository/);
    expect(result.files.map((f) => f.path)).toEqual(['.difyignore', 'main.py', 'manifest.yaml']);
  });

  it('judges the real path of files reached through a linked directory', () => {
    const { root } = monorepo();
    symlinkSync('../../.aws', path.join(root, 'conf'));
    const result = selectFiles(root);
    expect(errorsOf(result.findings)).toEqual([['DPR401', 'conf/credentials']]);
    expect(result.files.map((f) => f.path)).not.toContain('conf/credentials');
  });

  it('applies the development-directory rules to the target (a link into a virtual environment)', () => {
    const { root } = monorepo();
    symlinkSync('../../.venv/lib', path.join(root, 'lib'));
    const result = selectFiles(root);
    const f = result.findings.find((x) => x.code === 'DPR406' && x.file === 'lib');
    expect(f?.message).toMatch(/inside \.venv\/: it looks like a virtual environment/);
  });

  it('does not count the directories the plugin itself lives in (a plugin kept under build/)', () => {
    const repo = tree({ '.git/HEAD': '', 'build/common/util.py': '' });
    const root = path.join(repo, 'build/one');
    tree({ 'manifest.yaml': 'name: x\n', '.difyignore': '' }, root);
    symlinkSync('../common', path.join(root, 'common'));
    const result = selectFiles(root);
    expect(result.findings.filter((f) => f.code === 'DPR406')).toEqual([]);
    expect(result.files.map((f) => f.path)).toContain('common/util.py');
  });

  it('still follows a link to an ordinary file in the repository, with a notice', () => {
    const { root } = monorepo();
    symlinkSync('../../shared', path.join(root, 'shared'));
    const result = selectFiles(root);
    expect(errorsOf(result.findings)).toEqual([]);
    expect(result.files.map((f) => f.path)).toContain('shared/common.py');
    expect(result.findings.filter((x) => x.code === 'DPR311').map((x) => x.file)).toEqual(['shared']);
  });

  it('packages a link to a secret only when allowed explicitly', () => {
    const { root } = monorepo();
    symlinkSync('../../.env', path.join(root, 'settings.txt'));
    const result = selectFiles(root, { allowFiles: ['settings.txt'] });
    expect(result.files.map((f) => f.path)).toContain('settings.txt');
    expect(result.findings.find((x) => x.file === 'settings.txt' && x.code === 'DPR408')).toBeDefined();
  });
});

describe('file selection: real paths on both sides of the symlink boundary', () => {
  it('does not report a link inside the repository as leaving it when the plugin is reached through a linked parent', () => {
    const repo = tree({ '.git/HEAD': '', 'shared/common.py': 'x = 1\n' });
    tree({ 'manifest.yaml': 'name: x\n', '.difyignore': '' }, path.join(repo, 'plugins/one'));
    symlinkSync('../../shared', path.join(repo, 'plugins/one/shared'));
    const alias = path.join(tempDir('dpr-alias-'), 'checkout');
    symlinkSync(repo, alias); // as macOS's /var → /private/var
    const result = selectFiles(path.join(alias, 'plugins/one'));
    expect(result.findings.filter((f) => f.code === 'DPR303')).toEqual([]);
    expect(result.files.map((f) => f.path)).toContain('shared/common.py');
    // An explicit boundary given through the link is resolved too.
    const bounded = selectFiles(path.join(alias, 'plugins/one'), { boundary: alias });
    expect(bounded.findings.filter((f) => f.code === 'DPR303')).toEqual([]);
  });
});

describe('file selection: our own temporary files', () => {
  it('never selects a path matching an exclusion pattern', () => {
    const root = tree({
      'manifest.yaml': 'name: x\n',
      '.difyignore': '',
      '.x-0.1.0.difypkg.4242.0a1b2c3d.tmp': 'half a package',
    });
    const files = selectFiles(root, { exclude: [/^\.x-0\.1\.0\.difypkg\.\d+\.[0-9a-f]{8}\.tmp$/] }).files;
    expect(files.map((f) => f.path)).toEqual(['.difyignore', 'manifest.yaml']);
  });
});
