import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundle, GITHUB_PATTERN, MARKETPLACE_PATTERN } from '../../src/package/bundle.js';
import { packagePlugin } from '../../src/package/package.js';
import { lineOf, tempDir, writePlugin } from '../helpers/plugins.js';
import { parseZip } from './zip-util.js';

const MANIFEST = `type: bundle
name: starter_pack
author: acme
version: 0.0.1
icon: icon.svg
labels:
  en_US: Starter pack
description:
  en_US: A few plugins to start with.
tags:
  - utilities
dependencies:
  - type: github
    value:
      repo_pattern: acme/demo-tool:^0.1.0/demo_tool-0.1.0.difypkg
  - type: marketplace
    value:
      marketplace_pattern: langgenius/openai:0.0.x
  - type: package
    value:
      path: demo_tool.difypkg
`;

async function bundleDir(manifest = MANIFEST): Promise<string> {
  const dir = tempDir('dpr-bundle-');
  mkdirSync(path.join(dir, '_assets'));
  writeFileSync(path.join(dir, 'manifest.yaml'), manifest);
  writeFileSync(path.join(dir, 'README.md'), '# Starter pack\n');
  writeFileSync(path.join(dir, '_assets/icon.svg'), '<svg/>');
  const built = await packagePlugin({ path: writePlugin({ '.difyignore': '' }), outDir: tempDir() });
  copyFileSync(built.path!, path.join(dir, '_assets/demo_tool.difypkg'));
  return dir;
}

describe('bundle patterns (bundle_entities/dependency.go)', () => {
  it.each([
    'acme/repo:1.0.0/a.difypkg',
    'acme/repo:^1.0.0/a.difypkg',
    'acme/repo:~1.0.0-beta/a.difypkg',
    'acme/repo:1.x.X/a.difypkg',
    'acme/repo:1.0.0-2.0.0/a.difypkg',
  ])('github accepts %s', (p) => expect(GITHUB_PATTERN.test(p)).toBe(true));
  it.each([
    'acme/repo/1.0.0/a.difypkg',
    'Acme/repo:1.0.0/a.difypkg',
    'acme/repo:1.0/a.difypkg',
    'acme/repo:1.0.0',
  ])('github refuses %s', (p) => expect(GITHUB_PATTERN.test(p)).toBe(false));
  it.each(['langgenius/openai:0.0.1', 'langgenius/openai:^0.0.1', 'a/b:x.x.x'])(
    'marketplace accepts %s',
    (p) => expect(MARKETPLACE_PATTERN.test(p)).toBe(true),
  );
  it.each(['langgenius/openai', 'langgenius/openai:latest', 'langgenius/openai:0.0.1/x'])(
    'marketplace refuses %s',
    (p) => expect(MARKETPLACE_PATTERN.test(p)).toBe(false),
  );
});

describe('bundle', () => {
  it('writes <name>-<version>.difybndl: manifest, READMEs and assets, sorted and reproducible', async () => {
    const dir = await bundleDir();
    const out = tempDir();
    const result = await bundle({ path: dir, outDir: out });
    expect(result.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
    expect(result.path).toBe(path.join(out, 'starter_pack-0.0.1.difybndl'));
    const zip = parseZip(readFileSync(result.path!));
    expect(zip.entries.map((e) => e.name)).toEqual([
      'README.md',
      '_assets/demo_tool.difypkg',
      '_assets/icon.svg',
      'manifest.yaml',
    ]);
    expect(zip.entries.find((e) => e.name === 'manifest.yaml')?.data.toString()).toBe(MANIFEST);
    expect(result.dependencies.map((d) => d.type)).toEqual(['github', 'marketplace', 'package']);
    const again = await bundle({ path: dir, outDir: tempDir() });
    expect(again.sha256).toBe(result.sha256);
  });

  it('reports each bad dependency at its line', async () => {
    const bad = MANIFEST.replace('acme/demo-tool:^0.1.0/', 'acme/demo-tool/0.1.0/')
      .replace('langgenius/openai:0.0.x', 'langgenius/openai:latest')
      .replace('path: demo_tool.difypkg', 'path: missing.difypkg')
      .replace('  - type: package', '  - type: npm\n    value: {}\n  - type: package');
    const dir = await bundleDir(bad);
    const result = await bundle({ path: dir, outDir: tempDir() });
    expect(result.path).toBeUndefined();
    expect(result.findings.map((f) => [f.code, f.line])).toEqual([
      ['DPR421', lineOf(bad, 'repo_pattern:')],
      ['DPR421', lineOf(bad, 'marketplace_pattern:')],
      ['DPR421', lineOf(bad, 'type: npm')],
      ['DPR422', lineOf(bad, 'path: missing')],
      ['DPR423', undefined],
    ]);
  });

  it('checks the manifest: type, labels (plural), version, icon, tags', async () => {
    const bad = MANIFEST.replace('type: bundle', 'type: plugin')
      .replace('labels:', 'label:')
      .replace('version: 0.0.1', 'version: "1.0"')
      .replace('icon: icon.svg', 'icon: nope.svg')
      .replace('  - utilities', '  - tooling');
    const dir = await bundleDir(bad);
    const result = await bundle({ path: dir, outDir: tempDir() });
    expect(result.findings.map((f) => [f.code, f.line, f.message.slice(0, 30)])).toEqual([
      ['DPR420', lineOf(bad, 'type: plugin'), 'this is a plugin manifest (typ'],
      ['DPR420', 1, '"labels" needs an en_US text'],
      ['DPR420', lineOf(bad, 'version:'), 'version "1.0" is not like 1.2.'],
      ['DPR420', lineOf(bad, 'icon:'), 'icon nope.svg is not in _asset'],
      ['DPR420', lineOf(bad, '- tooling'), 'tag "tooling" is not one of Di'],
    ]);
  });

  it('refuses an embedded package that is not a plugin package', async () => {
    const dir = await bundleDir();
    writeFileSync(path.join(dir, '_assets/demo_tool.difypkg'), 'not a zip');
    const result = await bundle({ path: dir, outDir: tempDir() });
    expect(result.findings.find((f) => f.code === 'DPR422')?.message).toMatch(/not a valid \.difypkg/);
  });
});
