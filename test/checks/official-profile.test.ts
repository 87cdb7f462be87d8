import { describe, expect, it } from 'vitest';
import officialGates from '../../src/checks/marketplace/data/official-gates.json' with { type: 'json' };
import { checkTarget, OFFICIAL_GATE_CODES } from '../../src/checks/marketplace/index.js';
import { codes } from '../../src/core/codes.js';
import { edit, writePlugin } from '../helpers/plugins.js';

/** `check --profile official`: exactly the gates of the official repository's CI. */
const official = (files: Record<string, string | null>) =>
  checkTarget(
    writePlugin({
      'pyproject.toml': '[project]\nname = "demo"\nversion = "0.1.0"\n',
      'requirements.txt': 'dify_plugin>=0.9.0,<0.10\n',
      ...files,
    }),
    { profile: 'official' },
  );

describe('check --profile official', () => {
  it('the data file names a real code for every gate that has one', () => {
    for (const gate of officialGates.gates)
      for (const code of gate.codes) if (code !== 'validation') expect(Object.keys(codes())).toContain(code);
    expect(OFFICIAL_GATE_CODES.has('DPR533')).toBe(true);
  });

  it('an author without langgenius is an error (the CI’s author gate)', async () => {
    const r = await official({});
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual(['DPR533']);
  });

  it('a marketplace rule the CI does not apply is a warning there (an unpinned requirement)', async () => {
    const manifest = edit('manifest.yaml', 'author: acme', 'author: langgenius');
    const provider = edit('provider/demo.yaml', 'author: acme', 'author: langgenius');
    const r = await official({
      'manifest.yaml': manifest,
      'provider/demo.yaml': provider,
      'requirements.txt': 'requests\n',
    });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const unpinned = r.findings.find((f) => f.code === 'DPR556');
    expect(unpinned?.severity).toBe('warning');
    expect(unpinned?.message).toMatch(/not a gate of the official repository's CI/);
  });

  it('neither uv.lock nor requirements.txt: the CI cannot install the dependencies', async () => {
    const manifest = edit('manifest.yaml', 'author: acme', 'author: langgenius');
    const r = await official({ 'manifest.yaml': manifest, 'requirements.txt': null });
    expect(r.findings.find((f) => f.code === 'DPR577')?.severity).toBe('error');
  });
});

describe('check on a directory whose manifest is unusable', () => {
  it('still runs the categories that do not need it (README, contents, secrets)', async () => {
    const dir = writePlugin({
      'manifest.yaml': 'version: [unclosed\n',
      'README.md': '',
      'tools/echo.py': `TOKEN = "ghp_${'Zq8Wm3Kx7Lp2Vn9Rt4Ys6Hb1Jc5Dg0'}"\n`,
    });
    const r = await checkTarget(dir);
    const codes = r.findings.map((f) => f.code);
    expect(codes).toContain('DPR001');
    expect(codes).toContain('DPR540');
    expect(codes).toContain('DPR510');
  });
});
