import { randomBytes } from 'node:crypto';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTarget } from '../../src/checks/marketplace/index.js';
import { packagePlugin } from '../../src/package/package.js';
import { tempDir, writePlugin } from '../helpers/plugins.js';
import { craftZip } from '../package/zip-util.js';
import {
  checkPlugin,
  expectHit,
  MARKET_PLUGIN,
  manifestWith,
  show,
  writePackage,
  writeText,
} from './marketplace-helpers.js';

const MIB = 1024 * 1024;

function entries(
  files: Record<string, string | Buffer | null>,
): { name: string; data: Buffer; unixMode?: number }[] {
  return Object.entries({ ...MARKET_PLUGIN, ...files })
    .filter(([, v]) => v !== null)
    .map(([name, data]) => ({ name, data: Buffer.isBuffer(data) ? data : Buffer.from(data as string) }));
}

function craftPackage(
  files: Record<string, string | Buffer | null>,
  modes: Record<string, number> = {},
  method = 8,
): string {
  const file = path.join(tempDir(), 'demo_tool-0.1.0.difypkg');
  writeFileSync(file, craftZip(entries(files).map((e) => ({ ...e, method, unixMode: modes[e.name] }))));
  return file;
}

describe('check on a built .difypkg (read with the safe reader, never unpacked)', () => {
  it('a package built by the package stage gets the verdict its directory got', async () => {
    const dir = writePlugin({}, MARKET_PLUGIN);
    const built = await packagePlugin({ path: dir, outDir: tempDir() });
    expect(built.path).toBeDefined();
    const fromPackage = await checkTarget(built.path!);
    const fromDir = await checkTarget(dir);
    expect(fromPackage.kind).toBe('package');
    expect(show(fromPackage.findings)).toBe('');
    expect(show(fromDir.findings)).toBe('');
    expect(fromPackage.files).toBe(fromDir.files);
  });

  it('DPR503: a .env inside a package (the package stage would have refused it)', async () => {
    const { findings } = await checkTarget(craftPackage({ '.env': 'KEY=1\n' }));
    expectHit(findings, { code: 'DPR503', severity: 'error', category: 'contents', file: '.env' });
  });

  it('DPR524: an executable file recorded in the zip, with its shebang', async () => {
    const pkg = craftPackage(
      { 'scripts/tool.py': '#!/usr/bin/env python3\nprint(1)\n' },
      { 'scripts/tool.py': 0o100755 },
    );
    const hit = expectHit((await checkTarget(pkg)).findings, {
      code: 'DPR524',
      severity: 'warning',
      category: 'binaries',
      file: 'scripts/tool.py',
    });
    expect(hit.message).toContain('#!/usr/bin/env python3');
  });

  it('DPR520: an ELF binary inside a package', async () => {
    const { findings } = await checkTarget(
      craftPackage({ 'bin/tool': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0]) }),
    );
    expectHit(findings, { code: 'DPR520', severity: 'error', category: 'binaries', file: 'bin/tool' });
  });

  it('DPR506: a .difypkg file over 50 MiB, and over 50 MiB unpacked', async () => {
    const pkg = craftPackage({ 'data/blob.bin': randomBytes(51 * MIB) }, {}, 0);
    const { findings } = await checkTarget(pkg);
    const sizes = findings.filter((f) => f.code === 'DPR506');
    expect(sizes.map((f) => f.message)).toEqual([
      expect.stringContaining('.difypkg file is'),
      expect.stringContaining('uncompressed'),
    ]);
    expect(sizes.every((f) => f.severity === 'error' && f.category === 'contents')).toBe(true);
    expectHit(findings, { code: 'DPR514', severity: 'warning', category: 'secrets', file: 'data/blob.bin' });
  });

  it('a package that is not a zip is a clear error, not a crash', async () => {
    const file = writeText(path.join(tempDir(), 'broken.difypkg'), 'not a zip');
    await expect(checkTarget(file)).rejects.toThrow(/not a valid \.difypkg/);
  });
});

describe('check on a directory: sizes and counts of what `package` selects', () => {
  it('DPR506: files adding up to more than 50 MiB', async () => {
    const { findings } = await checkPlugin({ 'data/zeros.bin': Buffer.alloc(51 * MIB) });
    expectHit(findings, { code: 'DPR506', severity: 'error', category: 'contents', file: null });
  });

  it('DPR507: more than 5000 files', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 5000; i++) many[`data/f${i}.txt`] = '';
    const { findings } = await checkPlugin(many);
    expectHit(findings, { code: 'DPR507', severity: 'error', category: 'contents', file: null });
  });

  it('DPR303: a symlink out of the repository is refused by the package stage, reported once under contents', async () => {
    const outside = writeText(path.join(tempDir(), 'secret.txt'), 'x');
    const dir = writePlugin({}, MARKET_PLUGIN);
    mkdirSync(path.join(dir, '.git'));
    symlinkSync(outside, path.join(dir, 'linked.txt'));
    const { findings } = await checkTarget(dir);
    expect(findings.filter((f) => f.code === 'DPR303')).toHaveLength(1);
    expectHit(findings, { code: 'DPR303', severity: 'error', category: 'contents', file: 'linked.txt' });
  });

  it('files excluded by .difyignore are not checked (the same selection as `package`)', async () => {
    const { findings } = await checkPlugin({
      '.difyignore': '__pycache__/\n*.log\n.idea/\n',
      'debug.log': 'x',
      '.idea/a.xml': 'x',
    });
    expect(show(findings)).toBe('');
  });
});

const LOCK = `version = 1
requires-python = ">=3.12"

[[package]]
name = "demo-tool"
version = "0.1.0"
source = { editable = "." }
dependencies = [
    { name = "dify-plugin" },
    { name = "httpx" },
]

[[package]]
name = "dify-plugin"
version = "0.9.1"
source = { registry = "https://example.org/simple" }

[[package]]
name = "httpx"
version = "0.28.1"
source = { registry = "https://example.org/simple" }
`;
const PYPROJECT = `[project]
name = "demo-tool"
version = "0.1.0"
requires-python = ">=3.12"
dependencies = ["dify_plugin>=0.9.0,<0.10.0", "httpx>=0.28,<0.29"]
`;

describe('check: requirements.txt against uv.lock', () => {
  it('DPR583/DPR584: a pin uv.lock disagrees with, a package it does not lock, a locked dependency not listed', async () => {
    const { dir, findings } = await checkPlugin({
      'pyproject.toml': PYPROJECT,
      'uv.lock': LOCK,
      'requirements.txt': 'dify_plugin>=0.9.0,<0.10.0\nhttpx==0.27.0\nrich==13.0.0\n',
    });
    expectHit(
      findings,
      { code: 'DPR583', severity: 'error', category: 'dependencies', file: 'requirements.txt', at: 'httpx' },
      dir,
    );
    expectHit(
      findings,
      { code: 'DPR584', severity: 'warning', category: 'dependencies', file: 'requirements.txt', at: 'rich' },
      dir,
    );
  });

  it('DPR584: uv.lock’s project depends on a package requirements.txt omits', async () => {
    const { findings } = await checkPlugin({
      'pyproject.toml': PYPROJECT,
      'uv.lock': LOCK,
      'requirements.txt': 'dify-plugin==0.9.1\n',
    });
    const hit = expectHit(findings, {
      code: 'DPR584',
      severity: 'warning',
      category: 'dependencies',
      file: 'requirements.txt',
    });
    expect(hit.message).toContain('httpx');
  });

  it('hash-pinned and split requirements files are compared too (continuations, --hash, -r)', async () => {
    const hashed = [
      '# uv export --frozen --no-dev',
      'dify-plugin==0.9.1 \\',
      '    --hash=sha256:1111111111111111111111111111111111111111111111111111111111111111 \\',
      '    --hash=sha256:2222222222222222222222222222222222222222222222222222222222222222',
      '-r more/http.txt',
      '',
    ].join('\n');
    const { dir, findings } = await checkPlugin({
      'pyproject.toml': PYPROJECT,
      'uv.lock': LOCK,
      'requirements.txt': hashed,
      'more/http.txt':
        'httpx==0.27.0 \\\n    --hash=sha256:3333333333333333333333333333333333333333333333333333333333333333\n',
    });
    expectHit(
      findings,
      { code: 'DPR583', severity: 'error', category: 'dependencies', file: 'more/http.txt', at: 'httpx' },
      dir,
    );
    // Both locked dependencies are listed (one through the include): no "does not list" warning.
    expect(findings.filter((f) => f.code === 'DPR584')).toEqual([]);
    // The hashes are not read as part of the version constraint.
    expect(findings.find((f) => f.code === 'DPR583')!.message).toContain('asks for httpx==0.27.0 but');
  });

  it('an exported requirements.txt that matches the lock is clean', async () => {
    const { findings } = await checkPlugin({
      'pyproject.toml': PYPROJECT,
      'uv.lock': LOCK,
      'requirements.txt': 'dify-plugin==0.9.1\nhttpx==0.28.1\n',
    });
    expect(show(findings)).toBe('');
    const hashed = await checkPlugin({
      'pyproject.toml': PYPROJECT,
      'uv.lock': LOCK,
      'requirements.txt':
        'dify-plugin==0.9.1 \\\n    --hash=sha256:aa\nhttpx==0.28.1 \\\n    --hash=sha256:bb \\\n    --hash=sha256:cc\n',
    });
    expect(show(hashed.findings)).toBe('');
  });
});

describe('check --marketplace-dir: the version against earlier submissions', () => {
  async function marketplaceDir(versions: string[]): Promise<string> {
    const dir = path.join(tempDir(), 'acme', 'demo_tool');
    mkdirSync(dir, { recursive: true });
    for (const v of versions) {
      await writePackage(
        { 'manifest.yaml': manifestWith('version: 0.1.0', `version: ${v}`) },
        path.join(dir, `demo_tool-${v}.difypkg`),
      );
    }
    return dir;
  }

  it('DPR570: the same version was already submitted', async () => {
    const { findings } = await checkPlugin({}, { marketplaceDir: await marketplaceDir(['0.0.9', '0.1.0']) });
    const hit = expectHit(findings, {
      code: 'DPR570',
      severity: 'error',
      category: 'version',
      file: 'manifest.yaml',
      at: 1,
    });
    expect(hit.message).toContain('already submitted');
  });

  it('DPR570: a lower version than one submitted', async () => {
    const { findings } = await checkPlugin({}, { marketplaceDir: await marketplaceDir(['0.2.0']) });
    expect(
      expectHit(findings, { code: 'DPR570', severity: 'error', category: 'version', file: 'manifest.yaml' })
        .message,
    ).toContain('0.2.0');
  });

  it('a version above every submission passes, and 0.1.0-rc1 counts as below 0.1.0 (the toolkit crashes or calls them equal)', async () => {
    const { findings } = await checkPlugin(
      {},
      { marketplaceDir: await marketplaceDir(['0.0.9', '0.1.0-rc1']) },
    );
    expect(show(findings)).toBe('');
  });

  it('the version comes from the file name when a package cannot be read', async () => {
    const dir = await marketplaceDir([]);
    writeText(path.join(dir, 'demo_tool-0.3.0.difypkg'), 'garbage');
    const { findings } = await checkPlugin({}, { marketplaceDir: dir });
    expect(
      expectHit(findings, { code: 'DPR570', severity: 'error', category: 'version', file: 'manifest.yaml' })
        .message,
    ).toContain('0.3.0');
  });

  it('DPR571: nothing submitted yet', async () => {
    const { findings } = await checkPlugin({}, { marketplaceDir: await marketplaceDir([]) });
    expectHit(findings, { code: 'DPR571', severity: 'warning', category: 'version', file: 'manifest.yaml' });
  });

  it('a package checked inside the marketplace directory is not compared with itself', async () => {
    const dir = await marketplaceDir(['0.0.9']);
    const pkg = await writePackage(MARKET_PLUGIN, path.join(dir, 'demo_tool-0.1.0.difypkg'));
    const { findings } = await checkTarget(pkg, { marketplaceDir: dir });
    expect(show(findings)).toBe('');
  });
});

const PR_BODY = `## Plugin information
- **Author**: acme
- **Plugin name**: demo_tool
- **Version**: 0.1.0
- **Source repository**: https://github.com/acme/demo-tool
- **Contact**: dev@acme.example.com

## Submission type
- [x] New plugin
- [ ] Version update

## What changed
First release.

## Risk level
- [x] Low risk
- [ ] Medium risk
- [ ] High risk

## Security and privacy notes
The plugin sends nothing anywhere.

## Local validation
Ran dify-plugin-release check and the unit tests.
`;

describe('check --pr-body', () => {
  const official = {
    'pyproject.toml': PYPROJECT,
    'manifest.yaml': manifestWith('author: acme', 'author: langgenius'),
  };
  const body = (text: string) => writeText(path.join(tempDir(), 'body.md'), text);

  it('DPR573: an official PR without release notes, or with an empty section', async () => {
    for (const text of ['## Summary\nStuff.\n', '## Release Notes\n<!-- what changed -->\n\n## Other\nx\n']) {
      const { findings } = await checkPlugin(official, { profile: 'official', prBodyFile: body(text) });
      expectHit(findings, { code: 'DPR573', severity: 'error', category: 'version', file: null });
    }
  });

  it('official release notes pass', async () => {
    const { findings } = await checkPlugin(official, {
      profile: 'official',
      prBodyFile: body('## Release notes\n\n- Fixed the echo tool.\n'),
    });
    expect(show(findings)).toBe('');
  });

  it('the dify-plugins template, filled in, passes', async () => {
    const { findings } = await checkPlugin({}, { prBodyFile: body(PR_BODY) });
    expect(show(findings)).toBe('');
  });

  it('DPR574: an incomplete template; DPR575: a version that disagrees with the manifest', async () => {
    const text = PR_BODY.replace('- [x] Low risk', '- [ ] Low risk')
      .replace('First release.', '<!-- describe -->')
      .replace('**Version**: 0.1.0', '**Version**: 0.2.0')
      .replace('Ran dify', '运行 dify');
    const { findings } = await checkPlugin({}, { prBodyFile: body(text) });
    const messages = findings.filter((f) => f.code === 'DPR574').map((f) => f.message);
    expect(messages).toEqual([
      expect.stringContaining('Risk level'),
      expect.stringContaining('What changed'),
      expect.stringContaining('CJK'),
    ]);
    expect(findings.every((f) => f.category === 'version')).toBe(true);
    expectHit(findings, { code: 'DPR575', severity: 'warning', category: 'version', file: null });
  });

  it('an unreadable PR body or marketplace directory is a usage error', async () => {
    const dir = writePlugin({}, MARKET_PLUGIN);
    await expect(checkTarget(dir, { prBodyFile: '/nonexistent/body.md' })).rejects.toThrow(/--pr-body/);
    await expect(checkTarget(dir, { marketplaceDir: '/nonexistent' })).rejects.toThrow(/--marketplace-dir/);
    await expect(checkTarget(dir, { profile: 'bogus' as 'official' })).rejects.toThrow(/unknown profile/);
  });
});
