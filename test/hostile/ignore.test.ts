/**
 * The ignore matcher as properties (fast-check), its budget stated as work counted rather than time:
 * the indexed matcher answers as one `ignore` instance does, and a path is tested only against the
 * patterns that could match its name (plus the general ones).
 */
import fc from 'fast-check';
import ignore from 'ignore';
import { describe, expect, it } from 'vitest';
import { compileRules, type MatchStats } from '../../src/selection/ignore-index.js';

const RUNS = Number(process.env.DPR_FUZZ_RUNS ?? 200);
const SEED = Number(process.env.DPR_FUZZ_SEED ?? 20261201);

/** Pieces of gitignore patterns and of names, from a small alphabet so that they meet often. */
const letters = fc.constantFrom('a', 'b', 'c', 'ab', 'abc', 'bca', 'cab', 'x.py', '.env', 'build');
const patternPart = fc.oneof(
  { arbitrary: letters, weight: 6 },
  { arbitrary: fc.constantFrom('?', '[ab]', '*.py', 'a*', '*c', 'b*a'), weight: 3 },
  { arbitrary: fc.constantFrom('*', '**'), weight: 1 },
);
const pattern = fc
  .tuple(
    fc.boolean(),
    fc.array(patternPart, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('')),
    fc.array(patternPart, { minLength: 0, maxLength: 2 }),
    fc.boolean(),
  )
  .map(
    ([anchored, first, rest, dir]) => `${anchored ? '/' : ''}${[first, ...rest].join('/')}${dir ? '/' : ''}`,
  );
const name = fc.array(letters, { minLength: 1, maxLength: 3 }).map((p) => p.join(''));
const relPath = fc.array(name, { minLength: 1, maxLength: 4 }).map((p) => p.join('/'));

describe('hostile ignore files: the indexed matcher (property)', () => {
  it('answers exactly as one ignore instance, for every path whose parents are not ignored', () => {
    const seen = { ignored: 0, kept: 0 };
    fc.assert(
      fc.property(
        fc.array(pattern, { minLength: 64, maxLength: 120 }),
        fc.array(fc.tuple(relPath, fc.boolean()), { minLength: 1, maxLength: 30 }),
        (patterns, paths) => {
          const rules = patterns.map((p, i) => ({ pattern: p, mark: String(i + 1) }));
          const reference = ignore({ ignorecase: false });
          for (const r of rules) reference.add({ pattern: r.pattern, mark: r.mark });
          const indexed = compileRules(rules);
          for (const [rel, isDir] of paths) {
            const parts = rel.split('/');
            const parentIgnored = parts
              .slice(0, -1)
              .some((_, i) => reference.test(`${parts.slice(0, i + 1).join('/')}/`).ignored);
            if (parentIgnored) continue; // a walk never tests below an ignored directory
            const subject = isDir ? `${rel}/` : rel;
            const want = reference.test(subject);
            const got = indexed(subject);
            expect([subject, got.ignored]).toEqual([subject, want.ignored]);
            if (want.ignored) expect(got.mark).toBe(want.rule?.mark);
            seen[want.ignored ? 'ignored' : 'kept']++;
          }
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
    // Not vacuous: both answers occur often.
    expect(Math.min(seen.ignored, seen.kept)).toBeGreaterThan(RUNS / 4);
  });

  it('tests a path only against the patterns whose literal part is in its name, plus the general ones', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 64, max: 900 }),
        fc.array(fc.constantFrom('*~', '/dist', 'a/*/b', '*.o'), { maxLength: 20 }),
        fc.array(fc.array(fc.constantFrom('a', 'b', 'c', 'd', '.', '_'), { minLength: 1, maxLength: 20 })),
        (keyed, general, names) => {
          // Keyed patterns all hold a `k`, which no name has: none of them may be tried.
          const rules = [...Array.from({ length: keyed }, (_, i) => `k${i}zz*`), ...general].map((p, i) => ({
            pattern: p,
            mark: String(i + 1),
          }));
          const stats: MatchStats = { ruleTests: 0 };
          const test = compileRules(rules, stats);
          for (const n of names) {
            const before = stats.ruleTests;
            test(`dir/${n.join('')}`);
            expect(stats.ruleTests - before).toBe(general.length);
          }
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
