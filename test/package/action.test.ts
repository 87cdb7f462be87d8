import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/action/main.js';
import { tempDir, writePlugin } from '../helpers/plugins.js';
import { VECTORS } from './zip-util.js';

/** Outputs written through GITHUB_OUTPUT (the `name<<delimiter` format). */
function outputs(file: string): Record<string, string> {
  const text = readFileSync(file, 'utf8');
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1]!] = m[3]!;
  return out;
}

describe('the action runs package and sign', () => {
  let written = '';
  let outFile = '';
  const saved = { ...process.env };
  beforeEach(() => {
    written = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written += String(chunk);
      return true;
    });
    outFile = path.join(tempDir(), 'output');
    writeFileSync(outFile, '');
    process.env.GITHUB_OUTPUT = outFile;
    delete process.env.GITHUB_STEP_SUMMARY;
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.env = { ...saved };
    process.exitCode = undefined;
  });

  it('package: outputs path, sha256 and identifier', async () => {
    const root = writePlugin({ '.difyignore': '' });
    const out = tempDir();
    const code = await run({
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: root,
      INPUT_COMMAND: 'package',
      'INPUT_OUTPUT-DIR': out,
    });
    expect(code).toBe(0);
    const o = outputs(outFile);
    expect(o.path).toBe(path.join(out, 'demo_tool-0.1.0.difypkg'));
    expect(o.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(o.identifier).toBe(`acme/demo_tool:0.1.0@${o.checksum}`);
  });

  it('sign: the key input is masked, and outputs path, sha256 and identifier', async () => {
    const key = readFileSync(path.join(VECTORS, 'test_key_pair_1.private.pem'), 'utf8');
    const out = tempDir();
    const code = await run({
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: out,
      INPUT_COMMAND: 'sign',
      INPUT_PACKAGE: path.join(VECTORS, 'dummy_plugin.difypkg'),
      INPUT_KEY: key,
      'INPUT_OUTPUT-DIR': out,
    });
    expect(code).toBe(0);
    const o = outputs(outFile);
    expect(o.path).toBe(path.join(out, 'dummy_plugin.signed.difypkg'));
    expect(o.identifier).toMatch(/^test\/test:0\.0\.1@[0-9a-f]{64}$/);
    const bodyLine = key.split('\n')[1]!;
    expect(written).toContain(`::add-mask::${bodyLine}`);
    // Apart from the mask commands, no line of the key reaches the log.
    expect(written.split('\n').filter((l) => !l.startsWith('::add-mask::') && l.includes(bodyLine))).toEqual(
      [],
    );
  });
});
