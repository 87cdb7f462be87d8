import { describe, expect, it } from 'vitest';
import { CheckContext } from '../../src/checks/marketplace/context.js';
import {
  ASSIGNMENT,
  PEM_END,
  PEM_HEADER,
  PLACEHOLDER_BODY,
  scanText,
  VENDOR_PATTERNS,
  VERSION_LIKE,
} from '../../src/checks/marketplace/secrets.js';
import { validate } from '../../src/manifest/validate.js';
import { packagePlugin } from '../../src/package/package.js';
import { YamlFile } from '../../src/yaml/yaml-file.js';
import { edit, tempDir, writePlugin } from '../helpers/plugins.js';

/**
 * Hostile input for the YAML reader and the secret scan (issue 10): one case per defect, each of
 * which failed (by running for minutes, or by missing the secret) before the fix.
 */

/** An alias bomb: each level is nine aliases of the one before (9^levels nodes once expanded). */
function aliasBomb(levels: number): string {
  let text = 'a0: &a0 ["x","x","x","x","x","x","x","x","x"]\n';
  for (let i = 1; i <= levels; i++)
    text += `a${i}: &a${i} [${Array(9)
      .fill(`*a${i - 1}`)
      .join(',')}]\n`;
  return text;
}

describe('YAML aliases are expanded within a budget', () => {
  it('a 460-byte alias bomb (minutes and an internal error before) is refused at once with a clear error, as go-yaml v3 refuses it', () => {
    const text = aliasBomb(9);
    expect(text.length).toBeLessThanOrEqual(460);
    const file = new YamlFile('manifest.yaml', text);
    expect(file.value).toBeUndefined();
    expect(file.problems).toHaveLength(1);
    expect(file.problems[0]).toMatchObject({ code: 'DPR001', severity: 'error', file: 'manifest.yaml' });
    expect(file.problems[0]!.message).toMatch(/excessive aliasing/);
  });

  it('validate refuses a manifest that is an alias bomb, naming the file', async () => {
    const dir = writePlugin({ 'manifest.yaml': `${aliasBomb(10)}type: plugin\n` });
    const result = await validate([dir], { cwd: dir });
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.code, f.file])).toEqual([['DPR001', 'manifest.yaml']]);
  });

  it('ordinary anchors and merge keys still resolve', () => {
    const file = new YamlFile('x.yaml', 'base: &b {a: 1, b: 2}\nmore:\n  <<: *b\n  b: 3\nlist: [*b, *b]\n');
    expect(file.problems).toEqual([]);
    expect(file.value).toEqual({
      base: { a: 1, b: 2 },
      more: { a: 1, b: 3 },
      list: [
        { a: 1, b: 2 },
        { a: 1, b: 2 },
      ],
    });
  });
});

/**
 * Quantifiers with no upper bound (`*`, `+`, `{n,}`) outside character classes and escapes: the shape
 * that makes a backtracking engine quadratic or worse (nested or adjacent unbounded repetition).
 */
function unboundedQuantifiers(re: RegExp): string[] {
  const source = re.source.replace(/\\./g, 'e').replace(/\[(?:[^\]\\]|\\.)*\]/g, 'c');
  return [...source.matchAll(/[*+]|\{\d+,\}/g)].map((m) => `${m[0]} at ${m.index}`);
}

describe('every pattern the secret scan runs over file content is linear in the line length', () => {
  const patterns: [string, RegExp][] = [
    ...VENDOR_PATTERNS.map((p) => [p.what, p.re] as [string, RegExp]),
    ['assignment', ASSIGNMENT],
    ['PEM header', PEM_HEADER],
    ['PEM end', PEM_END],
    ['version constraint', VERSION_LIKE],
    ['placeholder body', PLACEHOLDER_BODY],
  ];
  it.each(patterns)('%s has only bounded repetitions', (_name, re) => {
    expect(unboundedQuantifiers(re)).toEqual([]);
  });

  it('the checker itself sees unbounded repetition', () => {
    expect(unboundedQuantifiers(/[A-Z]*token[A-Z]*=/)).toHaveLength(2);
    expect(unboundedQuantifiers(/a{2,}b/)).toHaveLength(1);
    expect(unboundedQuantifiers(/[*+]\*a{1,4}/)).toEqual([]);
  });

  it('a megabyte-long line of key characters and one of hex are scanned (31 s and 90 s for 100-200 KB before)', () => {
    const keyChars = `${'TOKEN_'.repeat(180_000)}`; // ~1 MB, every position a candidate key
    const hex = `secret=${'0123456789abcdef'.repeat(65_536)}`;
    expect(scanText('data.txt', keyChars)).toEqual([]);
    const found = scanText('data.txt', hex);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.code).toBe('DPR512');
  });

  it('a token far along a very long line is still found (lines are scanned in overlapping windows)', () => {
    const line = `${'x'.repeat(50_000)} key = "ghp_${'A1b2C3d4E5'.repeat(4)}" ${'y'.repeat(50_000)}`;
    const found = scanText('min.js', line);
    expect(found.map((f) => [f.code, f.column])).toEqual([['DPR510', 50_009]]);
  });
});

describe('check catches the vendor formats it missed', () => {
  const tokens: [string, string][] = [
    [
      'a GitHub fine-grained token',
      `github_pat_11ABCDEFG0${'aB3dE5gH7jK9mN1pQ3sT5v'}_${'X7z9B1d3F5h7J9l1N3p5R7t9V1x3Z5b7D9f1H3j5L7n9P1r3T5v7X9z1B3d5F7h'}`,
    ],
    ['a Google API key', `AIzaSyD${'3kL9xQ2mZ8pR4vN7bT1wY6cF0hJ5gS'}xA1`],
    ['a Stripe live secret key', `sk_live_${'51HqLyjA3kZ9xQ2mZ8pR4vN7bT1w'}`],
    [
      'a Slack webhook URL',
      'https://hooks.slack.com/services/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',
    ],
  ];
  it.each(tokens)('%s', (what, token) => {
    const found = scanText('config.py', `WEBHOOK = "${token}"\n`);
    const hit = found.find((f) => f.code === 'DPR510');
    expect(hit, JSON.stringify(found)).toBeDefined();
    expect(hit!.message).toContain(what);
    expect(hit!.message).not.toContain(token); // never printed whole
  });

  it('placeholders of those shapes are not errors', () => {
    const found = scanText(
      'README.md',
      'Use AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX or sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\n',
    );
    expect(found.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('package refuses high-confidence secrets inside files', () => {
  const token = `ghp_${'Zq8Wm3Kx7Lp2Vn9Rt4Ys'}${'6Hb1Jc5Dg0'}`;
  const tool = (extra: string) => ({
    'tools/echo.py': `import requests\n\nTOKEN = "${token}"\n${extra}`,
  });

  it('a GitHub token in a Python file: refused, file and line named, the token not printed', async () => {
    const dir = writePlugin(tool(''));
    const result = await packagePlugin({ path: dir, outDir: tempDir() });
    const hit = result.findings.find((f) => f.code === 'DPR414');
    expect(hit).toMatchObject({ severity: 'error', file: 'tools/echo.py', line: 3 });
    expect(JSON.stringify(result.findings)).not.toContain(token);
    expect(result.path).toBeUndefined();
  });

  it('--allow-file lets it through (a fake token in a test fixture)', async () => {
    const dir = writePlugin(tool(''));
    const result = await packagePlugin({ path: dir, outDir: tempDir(), allowFiles: ['tools/echo.py'] });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.path).toBeDefined();
  });

  it('a placeholder token is packaged', async () => {
    const dir = writePlugin({ 'tools/echo.py': 'TOKEN = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxx"\n' });
    const result = await packagePlugin({ path: dir, outDir: tempDir() });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

// Keep the helpers referenced (CheckContext is the scan's context type; edit builds fixtures).
void CheckContext;
void edit;
