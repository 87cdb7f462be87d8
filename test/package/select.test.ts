import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import { parseIgnoreFile } from '../../src/selection/ignore.js';
import { selectFiles } from '../../src/selection/select.js';
import { tempDir } from '../helpers/plugins.js';

/** A directory tree from path → content (directories implied). */
function tree(files: Record<string, string | Buffer>, dir = tempDir('dpr-select-')): string {
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(dir, ...rel.split('/'));
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return dir;
}

function selected(root: string, options = {}): string[] {
  return selectFiles(root, options).files.map((f) => f.path);
}

const codes = (findings: Finding[]) => findings.map((f) => f.code);

/** The kinds of test vsce has for .vscodeignore, against the Dify CLI's semantics. */
describe('file selection: ignore semantics of the Dify CLI', () => {
  const base = {
    'manifest.yaml': 'name: x\n',
    'main.py': '',
    'provider/x.yaml': '',
    'provider/x.py': '',
    'tools/a.py': '',
    'tools/a.manifest': '',
    'docs/guide.md': '',
    'docs/deep/notes.md': '',
    'build/out.bin': '',
    'sub/build/keep.txt': '',
    'README.md': '',
  };

  it('packages everything, sorted byte-wise, when the ignore file is empty', () => {
    const root = tree({ ...base, '.difyignore': '' });
    expect(selected(root)).toEqual([
      '.difyignore',
      'README.md',
      'build/out.bin',
      'docs/deep/notes.md',
      'docs/guide.md',
      'main.py',
      'manifest.yaml',
      'provider/x.py',
      'provider/x.yaml',
      'sub/build/keep.txt',
      'tools/a.manifest',
      'tools/a.py',
    ]);
  });

  it('matches an unanchored name at any depth and prunes the whole directory', () => {
    const root = tree({ ...base, '.difyignore': 'build/\n' });
    const files = selected(root);
    expect(files).not.toContain('build/out.bin');
    expect(files).not.toContain('sub/build/keep.txt');
  });

  it('anchors a pattern with a leading slash to the plugin root', () => {
    const root = tree({ ...base, '.difyignore': '/build\n' });
    const files = selected(root);
    expect(files).not.toContain('build/out.bin');
    expect(files).toContain('sub/build/keep.txt');
  });

  it('anchors a pattern with a slash in the middle', () => {
    const root = tree({ ...base, '.difyignore': 'docs/*.md\n' });
    const files = selected(root);
    expect(files).not.toContain('docs/guide.md');
    expect(files).toContain('docs/deep/notes.md');
  });

  it('lets ** cross directories', () => {
    const root = tree({ ...base, '.difyignore': 'docs/**/*.md\n' });
    expect(selected(root).filter((f) => f.startsWith('docs/'))).toEqual([]);
  });

  it('does not let *.manifest match manifest.yaml', () => {
    const root = tree({ ...base, '.difyignore': '*.manifest\n' });
    const files = selected(root);
    expect(files).toContain('manifest.yaml');
    expect(files).not.toContain('tools/a.manifest');
  });

  it('is case-sensitive, as go-git is', () => {
    const root = tree({ ...base, '.difyignore': 'readme.md\n' });
    expect(selected(root)).toContain('README.md');
  });

  it('skips comments and blank lines and trims each line', () => {
    const root = tree({ ...base, '.difyignore': '# build/\n\n   main.py   \r\n' });
    const files = selected(root);
    expect(files).toContain('build/out.bin');
    expect(files).not.toContain('main.py');
  });

  it('gives negation no effect, and warns at its line', () => {
    const root = tree({ ...base, '.difyignore': 'docs/\n!docs/guide.md\n*.py\n!main.py\n' });
    const result = selectFiles(root);
    const files = result.files.map((f) => f.path);
    expect(files).not.toContain('docs/guide.md');
    expect(files).not.toContain('main.py');
    const warnings = result.findings.filter((f) => f.code === 'DPR403');
    expect(warnings.map((f) => [f.file, f.line, f.severity])).toEqual([
      ['.difyignore', 2, 'warning'],
      ['.difyignore', 4, 'warning'],
    ]);
  });

  it('falls back to .gitignore when there is no .difyignore', () => {
    const root = tree({ ...base, '.gitignore': 'docs/\n' });
    const result = selectFiles(root);
    expect(result.ignoreFile).toBe('.gitignore');
    expect(result.files.map((f) => f.path)).not.toContain('docs/guide.md');
  });

  it('lets .difyignore win entirely over .gitignore', () => {
    const root = tree({ ...base, '.difyignore': 'build/\n', '.gitignore': 'docs/\n' });
    const result = selectFiles(root);
    expect(result.ignoreFile).toBe('.difyignore');
    const files = result.files.map((f) => f.path);
    expect(files).toContain('docs/guide.md');
    expect(files).toContain('.gitignore');
    expect(files).not.toContain('build/out.bin');
  });

  it('reads only the root ignore file, never a nested one', () => {
    const root = tree({ ...base, '.difyignore': '', 'docs/.gitignore': '*.md\n' });
    expect(selected(root)).toContain('docs/guide.md');
  });

  it('reads a byte-order mark into the first pattern, as the CLI does, and warns', () => {
    const rules = parseIgnoreFile('.difyignore', '\ufeffbuild/\ndocs/\n');
    expect(rules.test('build', true).ignored).toBe(false);
    expect(rules.test('docs', true)).toMatchObject({ ignored: true, line: 2 });
    expect(codes(rules.findings)).toEqual(['DPR403']);
  });

  it('packages hidden files and warns about each one (not the ignore files or .env templates)', () => {
    const root = tree({
      ...base,
      '.difyignore': '',
      '.env.example': 'KEY=\n',
      '.github/workflows/ci.yml': '',
      '.github/CODEOWNERS': '',
      '.python-version': '3.12\n',
    });
    const result = selectFiles(root);
    expect(result.files.map((f) => f.path)).toContain('.github/workflows/ci.yml');
    const hidden = result.findings.filter((f) => f.code === 'DPR404');
    expect(hidden.map((f) => [f.file, f.message])).toEqual([
      ['.github', expect.stringContaining('.github/ (2 files) is hidden')],
      ['.python-version', expect.stringContaining('.python-version is hidden')],
    ]);
  });

  it('with no ignore file, excludes .git, .venv, .env and caches by default and says so', () => {
    const root = tree({
      ...base,
      '.git/HEAD': 'ref\n',
      '.venv/pyvenv.cfg': '',
      '.venv/lib/x.py': '',
      '.env': 'SECRET=1\n',
      '__pycache__/x.cpython-312.pyc': '',
      'tools/__pycache__/a.pyc': '',
    });
    const result = selectFiles(root);
    expect(result.ignoreFile).toBeNull();
    const files = result.files.map((f) => f.path);
    expect(files.filter((f) => /^\.git|\.venv|\.env$|pycache/.test(f))).toEqual([]);
    const note = result.findings.find((f) => f.code === 'DPR405');
    expect(note?.severity).toBe('warning');
    expect(note?.message).toContain('.git (1)');
    expect(note?.message).toContain('.venv/ (1)');
    expect(note?.message).toContain('.env (1)');
    expect(codes(result.findings)).not.toContain('DPR401');
  });

  it('with no ignore file and nothing to exclude, only notes it', () => {
    const root = tree(base);
    const note = selectFiles(root).findings.find((f) => f.code === 'DPR405');
    expect(note?.severity).toBe('notice');
  });
});

describe('file selection: guards the CLI lacks', () => {
  const plugin = { 'manifest.yaml': 'name: x\n', 'main.py': '', '.difyignore': '' };

  it('refuses secrets and credentials, except .env templates', () => {
    const root = tree({
      ...plugin,
      '.env': 'A=1',
      '.env.production': 'A=1',
      '.env.example': 'A=',
      '.env.sample': 'A=',
      'keys/server.pem': 'x',
      'keys/tls.key': 'x',
      'certs/client.p12': 'x',
      id_rsa: 'x',
      'gcp/service-account.json': '{}',
      '.aws/credentials': 'x',
    });
    const result = selectFiles(root);
    const refused = result.findings.filter((f) => f.code === 'DPR401').map((f) => f.file);
    expect(refused.sort()).toEqual(
      [
        '.aws/credentials',
        '.env',
        '.env.production',
        'certs/client.p12',
        'gcp/service-account.json',
        'id_rsa',
        'keys/server.pem',
        'keys/tls.key',
      ].sort(),
    );
    const files = result.files.map((f) => f.path);
    expect(files).toContain('.env.example');
    expect(files).toContain('.env.sample');
    expect(files).not.toContain('.env');
  });

  it('packages a secret-looking file that is explicitly allowed, with a notice', () => {
    const root = tree({ ...plugin, 'certs/ca.pem': 'x', 'keys/tls.key': 'x' });
    const result = selectFiles(root, { allowFiles: ['certs/*.pem'] });
    expect(result.files.map((f) => f.path)).toContain('certs/ca.pem');
    expect(result.findings.filter((f) => f.code === 'DPR408').map((f) => f.file)).toEqual(['certs/ca.pem']);
    expect(result.findings.filter((f) => f.code === 'DPR401').map((f) => f.file)).toEqual(['keys/tls.key']);
  });

  it('refuses a package over the size limit, naming the five largest files', () => {
    const root = tree({
      ...plugin,
      'a.bin': Buffer.alloc(600),
      'b.bin': Buffer.alloc(500),
      'c.bin': Buffer.alloc(400),
      'd.bin': Buffer.alloc(300),
      'e.bin': Buffer.alloc(200),
      'f.bin': Buffer.alloc(100),
    });
    const result = selectFiles(root, { maxSize: 1000 });
    const f = result.findings.find((x) => x.code === 'DPR402');
    expect(f?.severity).toBe('error');
    expect(f?.message).toMatch(/1\. a\.bin.*2\. b\.bin.*3\. c\.bin.*4\. d\.bin.*5\. e\.bin/);
    expect(f?.message).not.toContain('f.bin');
  });

  it('counts generated files toward the limit', () => {
    const root = tree({ ...plugin, 'a.bin': Buffer.alloc(600) });
    expect(codes(selectFiles(root, { maxSize: 1000 }).findings)).not.toContain('DPR402');
    const over = selectFiles(root, { maxSize: 1000, extra: [{ path: 'requirements.txt', size: 500 }] });
    expect(over.findings.find((f) => f.code === 'DPR402')?.message).toContain('requirements.txt');
  });

  it('warns about virtual environments, caches and build output that slipped past the ignore file', () => {
    const root = tree({
      ...plugin,
      'env/pyvenv.cfg': '',
      'env/lib/site.py': '',
      'tools/__pycache__/a.cpython-312.pyc': '',
      'dist/x.whl': '',
      'debug.log': '',
      'old.difypkg': '',
    });
    const warned = selectFiles(root)
      .findings.filter((f) => f.code === 'DPR406')
      .map((f) => f.file);
    expect(warned).toEqual(['debug.log', 'dist', 'env', 'old.difypkg', 'tools/__pycache__']);
  });

  it('refuses a symlink that leaves the repository', () => {
    const outside = tree({ 'secret.txt': 'x' });
    const root = tree({ ...plugin, '.git/HEAD': '' });
    symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'leak.txt'));
    const result = selectFiles(root);
    const f = result.findings.find((x) => x.code === 'DPR303');
    expect(f).toMatchObject({ severity: 'error', file: 'leak.txt' });
    expect(result.files.map((x) => x.path)).not.toContain('leak.txt');
  });

  it('follows symlinks inside the repository with a notice (a monorepo’s shared .difyignore)', () => {
    const repo = tree({ '.git/HEAD': '', '.difyignore': 'secret/\n', 'shared/common.py': 'x = 1\n' });
    const root = path.join(repo, 'plugins/one');
    tree({ 'manifest.yaml': 'name: x\n', 'secret/a.txt': '' }, root);
    symlinkSync('../../.difyignore', path.join(root, '.difyignore'));
    symlinkSync('../../shared', path.join(root, 'shared'));
    const result = selectFiles(root);
    const files = result.files.map((f) => f.path);
    expect(result.ignoreFile).toBe('.difyignore');
    expect(files).toContain('shared/common.py');
    expect(files).not.toContain('secret/a.txt');
    expect(result.findings.filter((f) => f.code === 'DPR311').map((f) => f.file)).toEqual([
      '.difyignore',
      'shared',
    ]);
    expect(codes(result.findings)).not.toContain('DPR303');
  });

  it('refuses a broken symlink and a symlink loop', () => {
    const root = tree({ ...plugin, 'dir/a.txt': '' });
    symlinkSync('nowhere.txt', path.join(root, 'broken.txt'));
    symlinkSync('..', path.join(root, 'dir', 'loop'));
    const result = selectFiles(root);
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.file])).toEqual([
      ['DPR303', 'broken.txt'],
      ['DPR407', 'dir/loop'],
    ]);
  });

  it('never selects the paths it is told to exclude (the package being written)', () => {
    const root = tree({ ...plugin, 'x-0.1.0.difypkg': 'old', SHA256SUMS: '' });
    const files = selected(root, { exclude: ['x-0.1.0.difypkg', 'SHA256SUMS'] });
    expect(files).not.toContain('x-0.1.0.difypkg');
    expect(files).not.toContain('SHA256SUMS');
  });
});
