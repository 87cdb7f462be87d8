/**
 * Files that are not files, and files too large or too deep: every read of a plugin's file goes
 * through the one reader (regular files only, inside the repository, size-capped), and each refusal
 * is a clear finding or error naming the file. Each case hung, exploded or misled before.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/core/limits.js';
import { TOOL_PLUGIN, tempDir, writePlugin } from '../helpers/plugins.js';
import { linkTo, mkfifo, POSIX, runCliBounded } from './helpers.js';

interface JsonFinding {
  code: string;
  severity: string;
  message: string;
  file?: string;
  fix?: string;
}

function findingsOf(stdout: string): JsonFinding[] {
  return (JSON.parse(stdout) as { findings: JsonFinding[] }).findings;
}

describe.skipIf(!POSIX)('hostile files: a named pipe or a device is refused, never read', () => {
  it('package: manifest.yaml as a named pipe ends at once with an error naming it (it hung forever)', () => {
    const root = writePlugin();
    mkfifo(path.join(root, 'manifest.yaml'));
    const r = runCliBounded(['package', root, '-o', tempDir(), '--json']);
    expect(r.timedOut).toBe(false);
    expect(r.status).toBe(1);
    const errors = findingsOf(r.stdout).filter((f) => f.severity === 'error');
    expect(errors.some((f) => f.file === 'manifest.yaml' && /named pipe/.test(f.message))).toBe(true);
  });

  it('package: manifest.yaml linked to /dev/zero is refused as a device (it grew to gigabytes)', () => {
    const root = writePlugin();
    linkTo(path.join(root, 'manifest.yaml'), '/dev/zero');
    const r = runCliBounded(['package', root, '-o', tempDir(), '--json'], { timeoutMs: 15_000 });
    expect(r.timedOut).toBe(false);
    expect(r.status).toBe(1);
    const errors = findingsOf(r.stdout).filter((f) => f.severity === 'error');
    // Refused as a link out of the repository (the selection) and as a device (the one reader).
    expect(errors.some((f) => f.file === 'manifest.yaml' && /\/dev\/zero|a device/.test(f.message))).toBe(
      true,
    );
  });

  it('validate: a declaration that is a pipe is called a pipe, not blamed on .difyignore', () => {
    const root = writePlugin({ '.difyignore': '*.log\n' });
    mkfifo(path.join(root, 'tools', 'echo.yaml'));
    const r = runCliBounded(['validate', root, '--json']);
    expect(r.timedOut).toBe(false);
    expect(r.status).toBe(1);
    const findings = findingsOf(r.stdout);
    const reference = findings.find((f) => /tools\/echo\.yaml/.test(f.message) && f.code !== 'DPR407');
    expect(reference?.message).toMatch(/not a regular file \(a named pipe\)/);
    expect(reference?.message).not.toMatch(/\.difyignore excludes it/);
    expect(findings.some((f) => f.code === 'DPR407' && f.file === 'tools/echo.yaml')).toBe(true);
  });

  it('validate: a .difyignore that is a pipe is refused (DPR417), not waited on', () => {
    const root = writePlugin();
    mkfifo(path.join(root, '.difyignore'));
    const r = runCliBounded(['validate', root, '--json']);
    expect(r.timedOut).toBe(false);
    expect(r.status).toBe(1);
    const refusal = findingsOf(r.stdout).find((f) => f.code === 'DPR417');
    expect(refusal).toMatchObject({ severity: 'error', file: '.difyignore' });
    expect(refusal?.message).toMatch(/named pipe/);
  });

  it('sign: a key file that is a pipe is a usage error, not a hang', () => {
    const dir = tempDir();
    mkfifo(path.join(dir, 'key.pem'));
    writeFileSync(path.join(dir, 'x.difypkg'), 'not read before the key');
    const r = runCliBounded(['sign', path.join(dir, 'x.difypkg'), '--key', path.join(dir, 'key.pem')]);
    expect(r.timedOut).toBe(false);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot read the key file .*key\.pem \(it is a named pipe\)/);
  });

  it('check: a --pr-body that is a pipe is a usage error, not a hang', () => {
    const root = writePlugin();
    const body = path.join(tempDir(), 'body.md');
    mkfifo(body);
    const r = runCliBounded(['check', root, '--pr-body', body]);
    expect(r.timedOut).toBe(false);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--pr-body .*body\.md is not a regular file \(a named pipe\)/);
  });

  it('bundle: a bundle manifest that is a pipe is refused, not waited on', () => {
    const root = tempDir();
    mkfifo(path.join(root, 'manifest.yaml'));
    const r = runCliBounded(['bundle', root, '-o', tempDir()]);
    expect(r.timedOut).toBe(false);
    expect(r.status).toBe(1);
    expect(r.stderr + r.stdout).toMatch(/manifest\.yaml is not a regular file \(a named pipe\)/);
  });
});

describe('hostile files: size and depth are bounded', () => {
  it('validate: a manifest over the YAML size limit is refused unparsed (a 56 MB one took 2.7 GB)', () => {
    const big = `${TOOL_PLUGIN['manifest.yaml']}# ${'x'.repeat(LIMITS.maxYamlBytes)}\n`;
    const r = runCliBounded(['validate', writePlugin({ 'manifest.yaml': big }), '--json']);
    expect(r.timedOut).toBe(false);
    expect(r.status).toBe(1);
    const refusal = findingsOf(r.stdout).find((f) => f.code === 'DPR005' && f.file === 'manifest.yaml');
    expect(refusal?.message).toMatch(/over the \d+ bytes this tool parses/);
  });

  it('validate: a tree nested deeper than 128 directories is refused with the path', () => {
    expect(LIMITS.maxTreeDepth).toBe(128);
    const root = writePlugin();
    const parts = Array.from({ length: 150 }, () => 'd');
    const deepest = path.join(root, 'data', ...parts);
    mkdirSync(deepest, { recursive: true });
    writeFileSync(path.join(deepest, 'leaf.txt'), 'x');
    const r = runCliBounded(['validate', root, '--json']);
    expect(r.timedOut).toBe(false);
    expect(r.status).toBe(1);
    const refusal = findingsOf(r.stdout).find(
      (f) => f.code === 'DPR407' && /nested more than/.test(f.message),
    );
    expect(refusal?.file).toBe(['data', ...parts.slice(0, 128)].join('/')); // level 129
  });

  it('validate: an ignore file over its size limit is refused (its patterns multiply the walk)', () => {
    const huge = Array.from({ length: 10_000 }, (_, i) => `p${i}*/x`).join('\n'); // 88 KB
    const r = runCliBounded(['validate', writePlugin({ '.difyignore': huge }), '--json']);
    expect(r.status).toBe(1);
    const refusal = findingsOf(r.stdout).find((f) => f.code === 'DPR417');
    expect(refusal?.message).toMatch(/\.difyignore is \d+ bytes, over the \d+-byte limit/);
  });
});
