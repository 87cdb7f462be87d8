import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { fastRead } from '../../src/yaml/fast.js';
import { escapePointer, getAt } from '../../src/yaml/pointer.js';
import { ALIAS_BUDGET, YamlFile } from '../../src/yaml/yaml-file.js';

/**
 * Property-based tests of the YAML reader (fast-check): it never throws on any text, it reads back
 * what a YAML writer wrote, positions point at the keys, and the alias budget holds whatever the
 * aliasing. A counterexample found here becomes a fixture below.
 */

const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,11}$/);
const scalar = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.boolean(),
  fc.constant(null),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(key, tie('node'), { maxKeys: 4 }),
  ),
})).node;

function countNodes(v: unknown): number {
  if (Array.isArray(v)) return 1 + v.reduce<number>((n, x) => n + countNodes(x), 0);
  if (v !== null && typeof v === 'object')
    return 1 + Object.values(v).reduce<number>((n, x) => n + countNodes(x), 0);
  return 1;
}

describe('YAML reader properties', () => {
  it('never throws, whatever the text: a value or problems', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const file = new YamlFile('x.yaml', text);
        expect(file.problems.length > 0 || file.value !== undefined || text.trim() === '').toBe(true);
      }),
      { numRuns: 600 },
    );
  });

  it('never throws on YAML-flavoured text (indicators, quotes, anchors, tabs)', () => {
    const token = fc.constantFrom(
      'a: ',
      '- ',
      '  ',
      '\t',
      '"',
      "'",
      '&x ',
      '*x',
      '<<: ',
      '|',
      '>',
      '\n',
      '#',
      '{',
      '}',
      '[',
      ']',
      ',',
      '? ',
      ':',
      'b',
      '1.0',
      '\\',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (parts) => {
        const file = new YamlFile('x.yaml', parts.join(''));
        expect(Array.isArray(file.problems)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('reads back what a YAML writer wrote', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }), (generated) => {
        const doc = JSON.parse(JSON.stringify(generated)); // -0 is 0 in JSON, the form compared
        const file = new YamlFile('x.yaml', stringify(doc));
        expect(file.problems).toEqual([]);
        expect(file.value).toEqual(doc);
      }),
      { numRuns: 400 },
    );
  });

  it('locates each top-level key on the line it is written', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(key, { minLength: 1, maxLength: 8 }),
        fc.array(scalar, { minLength: 8, maxLength: 8 }),
        (keys, values) => {
          const doc = Object.fromEntries(keys.map((k, i) => [k, values[i]]));
          const text = stringify(doc);
          const file = new YamlFile('x.yaml', text);
          const lines = text.split('\n');
          for (const k of keys) {
            const at = file.locate(`/${escapePointer(k)}`, 'key');
            expect(lines[at.line! - 1]!.startsWith(`${k}:`)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the alias budget holds: a document expands within it, or is refused with one clear error', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 14 }), fc.integer({ min: 1, max: 12 }), (levels, fanout) => {
        let text = `a0: &a0 [${Array(fanout).fill('"x"').join(',')}]\n`;
        for (let i = 1; i <= levels; i++)
          text += `a${i}: &a${i} [${Array(fanout)
            .fill(`*a${i - 1}`)
            .join(',')}]\n`;
        const file = new YamlFile('bomb.yaml', text);
        const budget = Math.max(ALIAS_BUDGET.nodes, text.length * ALIAS_BUDGET.perSourceByte);
        if (file.value === undefined) {
          expect(file.problems.map((p) => p.code)).toEqual(['DPR001']);
          expect(file.problems[0]!.message).toMatch(/excessive aliasing/);
        } else {
          // Nodes written out (at most one per source byte) plus what the aliases expanded to.
          expect(countNodes(file.value)).toBeLessThanOrEqual(budget + text.length);
          expect(getAt(file.value, `/a${levels}`)).toBeDefined();
        }
      }),
      { numRuns: 100 },
    );
  });

  it('a quoted value continued at its key’s indentation reads as PyYAML reads it (folded, escapes kept)', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9,.]{1,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 5 }), (words) => {
        const text = `outer:\n  inner: "${words.join('\n  ')}"\n  after: 1\n`;
        const file = new YamlFile('x.yaml', text);
        expect(file.problems).toEqual([]);
        expect(getAt(file.value, '/outer/inner')).toBe(words.join(' '));
        expect(file.locate('/outer/after').line).toBe(words.length + 2);
      }),
      { numRuns: 200 },
    );
  });
});

/** What the fast reader yields must be what the `yaml` package path yields, to the offset. */
function agree(text: string): void {
  const fast = new YamlFile('x.yaml', text);
  const slow = new YamlFile('x.yaml', text, { fast: false });
  expect(fast.problems).toEqual(slow.problems);
  expect(fast.value).toEqual(slow.value);
  expect([...fast.plainText]).toEqual(expect.arrayContaining([...slow.plainText]));
  expect(fast.plainText.size).toBe(slow.plainText.size);
  expect(new Map(fast.plainNonStrings)).toEqual(new Map(slow.plainNonStrings));
  expect(fast.duplicates).toEqual(slow.duplicates);
  const spans = (f: YamlFile) => (f as unknown as { spans: Map<string, unknown> }).spans;
  expect(new Map(spans(fast))).toEqual(new Map(spans(slow)));
}

describe('the fast reader agrees with the yaml package, to the offset', () => {
  it('on what a YAML writer writes (block style, flow sequences, block scalars, quotes)', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }), fc.boolean(), (doc, flow) => {
        agree(stringify(doc, { collectionStyle: 'block', flowCollectionPadding: flow }));
      }),
      { numRuns: 400 },
    );
  });

  it('on hand-shaped declarations: comments, empty values, duplicate keys, odd spacing', () => {
    const line = fc.constantFrom(
      'name: demo',
      'name: demo   # trailing comment',
      'label:',
      '  en_US: Demo',
      '  zh_Hans: ',
      '  ja_JP: "デモ"',
      "  pt_BR: 'it''s'",
      'tags: [a, b, 1.5]',
      'tags: []',
      'credentials_for_provider: {}',
      'settings: { }',
      'bad: {a: 1}',
      '  nested: {}  # empty',
      '# a comment',
      '',
      'items:',
      '  - one',
      '  - key: v',
      '    other: 2',
      '  -',
      'text: |',
      '  line one',
      '',
      '  line three',
      'folded: >-',
      '  a',
      '  b',
      'version: 1.10',
      'enabled: true',
      'name: again',
      '    deep: 1',
      '  # indented comment',
      'keep: |+',
      '  kept',
      'q: "a\\"b \\u00e9"',
      '"quoted key": 1',
      '- top item',
      'url: http://x.y/z#frag',
      'odd: a:b',
      'neg: -3',
      'hex: 0x1F',
      'empty: ""',
    );
    // The provider declaration most tool plugins write is read by the fast reader, and agrees.
    const provider = 'identity:\n  name: demo\ncredentials_for_provider: {}\nextra: { }  # none\n';
    expect(fastRead(provider)).toBeDefined();
    agree(provider);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), (lines) => {
        agree(`${lines.join('\n')}\n`);
      }),
      { numRuns: 2000 },
    );
  });
});

/** Counterexamples fast-check found, kept as fixtures. */
describe('YAML reader fixtures from property failures', () => {
  it('`? <<: ` (a merge key inside a complex key) is read without a crash', () => {
    const file = new YamlFile('x.yaml', '? <<: ');
    expect(Array.isArray(file.problems)).toBe(true);
  });
});
