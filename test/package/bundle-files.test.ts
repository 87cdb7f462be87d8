/**
 * What `bundle` reads besides its manifest: README symlinks stay inside the bundle's repository, an
 * unreadable README is a finding, and an unwritable output directory an environment error.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleCommand } from '../../src/commands/bundle.js';
import { EnvironmentError } from '../../src/core/errors.js';
import { bundle } from '../../src/package/bundle.js';
import { tempDir } from '../helpers/plugins.js';
import { runCommand } from '../helpers/stage.js';
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
dependencies:
  - type: marketplace
    value:
      marketplace_pattern: langgenius/openai:0.0.x
`;

function bundleDir(dir = tempDir('dpr-bundle-')): string {
  mkdirSync(path.join(dir, '_assets'), { recursive: true });
  writeFileSync(path.join(dir, 'manifest.yaml'), MANIFEST);
  writeFileSync(path.join(dir, '_assets/icon.svg'), '<svg/>');
  return dir;
}

describe('bundle: README files', () => {
  it('refuses a README symlink leaving the bundle directory (never bundles /etc/hostname)', async () => {
    const outside = tempDir();
    writeFileSync(path.join(outside, 'hostname'), 'build-runner-42\n');
    const dir = bundleDir();
    symlinkSync(path.join(outside, 'hostname'), path.join(dir, 'README.md'));
    const out = tempDir();
    const result = await bundle({ path: dir, outDir: out });
    const f = result.findings.find((x) => x.file === 'README.md');
    expect(f).toMatchObject({ code: 'DPR303', severity: 'error' });
    expect(f?.message).toMatch(/README\.md is a symlink to .*hostname, outside the bundle directory/);
    expect(result.path).toBeUndefined();
    expect(readdirSync(out)).toEqual([]);
  });

  it('follows a README symlink inside the repository', async () => {
    const repo = tempDir('dpr-bundle-repo-');
    mkdirSync(path.join(repo, '.git'));
    writeFileSync(path.join(repo, 'README.md'), '# The repository\n');
    const dir = bundleDir(path.join(repo, 'bundles/starter'));
    symlinkSync('../../README.md', path.join(dir, 'README.md'));
    const result = await bundle({ path: dir, outDir: tempDir() });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const entry = parseZip(readFileSync(result.path!)).entries.find((e) => e.name === 'README.md');
    expect(entry?.data.toString()).toBe('# The repository\n');
  });

  it('refuses a README symlink to a secret in the repository', async () => {
    const repo = tempDir('dpr-bundle-repo-');
    mkdirSync(path.join(repo, '.git'));
    writeFileSync(path.join(repo, '.git/config'), '[http]\n\textraheader = AUTHORIZATION: basic x\n');
    const dir = bundleDir(path.join(repo, 'bundles/starter'));
    symlinkSync('../../.git/config', path.join(dir, 'README.md'));
    const result = await bundle({ path: dir, outDir: tempDir() });
    expect(result.findings.find((x) => x.file === 'README.md')).toMatchObject({
      code: 'DPR401',
      severity: 'error',
    });
    expect(result.path).toBeUndefined();
  });

  it('reports a broken README symlink as a finding, not an internal error', async () => {
    const dir = bundleDir();
    symlinkSync('nowhere.md', path.join(dir, 'README.md'));
    const result = await bundle({ path: dir, outDir: tempDir() });
    expect(result.findings.find((x) => x.file === 'README.md')).toMatchObject({
      code: 'DPR303',
      severity: 'error',
      message: 'README.md is a broken symlink',
    });
    const outcome = await runCommand(bundleCommand, { path: dir, output: tempDir() });
    const reporter = outcome.reporter;
    expect(outcome.exitCode).toBe(1);
    expect(reporter.text).not.toMatch(/internal error/);
  });

  it('reports a README that cannot be read (here a pipe, which would block) as a finding', async () => {
    const dir = bundleDir();
    mkdirSync(path.join(dir, 'README_zh.md', 'x'), { recursive: true }); // a directory: skipped
    writeFileSync(path.join(dir, 'README.md'), '# ok\n');
    const fifo = path.join(dir, 'README.pipe');
    const made = spawnSync('mkfifo', [fifo]).status === 0;
    const result = await bundle({ path: dir, outDir: tempDir() });
    if (made) {
      expect(result.findings.find((x) => x.file === 'README.pipe')).toMatchObject({
        code: 'DPR407',
        severity: 'error',
      });
      expect(result.path).toBeUndefined();
    } else {
      expect(result.path).toBeDefined();
    }
  });
});

describe('bundle: output directory', () => {
  it.skipIf(!existsSync('/sys/kernel'))('bundle -o /sys: an environment error (exit 2)', async () => {
    const error = await bundle({ path: bundleDir(), outDir: '/sys' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EnvironmentError);
    expect((error as Error).message).toMatch(/cannot write in \/sys/);
    const outcome = await runCommand(bundleCommand, { path: bundleDir(), output: '/sys' });
    const reporter = outcome.reporter;
    expect(outcome.exitCode).toBe(2);
    expect(reporter.text).not.toMatch(/internal error/);
  });
});
