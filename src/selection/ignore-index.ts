/**
 * Ignore rules indexed by a literal part, so a path is tested only against the rules that could
 * match it. With one `ignore` instance, every path is tested against every pattern: an ignore file
 * of thousands of patterns times thousands of files was quadratic work on a small input. Here each
 * pattern without a slash inside (it matches one name) is keyed by its longest literal run (`build`
 * in `build/`, `.py` in `*.py[cod]`), and a path is tested against the patterns whose key occurs in
 * its last name, plus the others ("general": no usable key, or a slash inside). The answer is the
 * one a single instance gives, provided the path's parent directories were tested first and are
 * not ignored (as every walk does): only non-negated patterns are added (the Dify CLI ignores
 * negation), so a path is ignored when any pattern matches it, reported by the last such line.
 */
import ignore, { type Ignore } from 'ignore';

export interface IndexedRule {
  pattern: string;
  /** Reported back for the matching rule (a line number, or the pattern itself). */
  mark: string;
}

export interface RuleMatch {
  ignored: boolean;
  mark?: string;
}

/** Below this many patterns, one instance is faster than looking keys up. */
const INDEX_FROM = 64;
/** Keys are at least this long (shorter ones would match most paths) and cut to the longest. */
const MIN_KEY = 3;
const MAX_KEY = 12;

interface Group {
  ig: Ignore;
  size: number;
  /** Rank of each mark: the later the line, the higher (the last matching rule is reported). */
  rank: Map<string, number>;
}

/** Work done, for the budget tests: patterns a path was tested against. */
export interface MatchStats {
  ruleTests: number;
}

/** Compile the rules; `test` takes the path as the `ignore` package does (`dir/` for directories). */
export function compileRules(
  rules: readonly IndexedRule[],
  stats?: MatchStats,
): (subject: string) => RuleMatch {
  if (rules.length < INDEX_FROM) {
    const ig = ignore({ ignorecase: false });
    for (const r of rules) ig.add({ pattern: r.pattern, mark: r.mark });
    return (subject) => {
      if (stats) stats.ruleTests += rules.length;
      const result = ig.test(subject);
      return result.ignored ? { ignored: true, mark: result.rule?.mark } : { ignored: false };
    };
  }
  const keyed = new Map<string, Group>();
  const always: Group = newGroup();
  for (const [rank, r] of rules.entries()) {
    const key = oneName(r.pattern) ? literalKey(r.pattern) : undefined;
    let group = always;
    if (key !== undefined) {
      group = keyed.get(key) ?? newGroup();
      keyed.set(key, group);
    }
    group.ig.add({ pattern: r.pattern, mark: r.mark });
    group.size++;
    group.rank.set(r.mark, rank);
  }
  return (subject) => {
    let best: { mark?: string; rank: number } | undefined;
    const consider = (group: Group) => {
      if (stats) stats.ruleTests += group.size;
      const result = group.ig.test(subject);
      if (!result.ignored) return;
      const mark = result.rule?.mark;
      const rank = mark === undefined ? -1 : (group.rank.get(mark) ?? -1);
      if (!best || rank > best.rank) best = { mark, rank };
    };
    if (always.size > 0) consider(always);
    const seen = new Set<Group>();
    const trimmed = subject.endsWith('/') ? subject.slice(0, -1) : subject;
    const name = trimmed.slice(trimmed.lastIndexOf('/') + 1);
    for (let i = 0; i + MIN_KEY <= name.length; i++) {
      for (let n = MIN_KEY; n <= MAX_KEY && i + n <= name.length; n++) {
        const group = keyed.get(name.slice(i, i + n));
        if (group && !seen.has(group)) {
          seen.add(group);
          consider(group);
        }
      }
    }
    return best ? { ignored: true, mark: best.mark } : { ignored: false };
  };
}

/** Patterns in the general group: tested against every path, so their number is what costs. */
export function isGeneral(pattern: string): boolean {
  return !oneName(pattern) || literalKey(pattern) === undefined;
}

/** Whether a pattern matches a single name (no slash but a trailing one): git tests it per name. */
function oneName(pattern: string): boolean {
  const body = pattern.endsWith('/') ? pattern.slice(0, -1) : pattern;
  return !body.includes('/');
}

function newGroup(): Group {
  return { ig: ignore({ ignorecase: false }), size: 0, rank: new Map() };
}

/**
 * The longest run of plain characters of a pattern (no wildcard, class, escape or slash), cut to
 * {@link MAX_KEY}: every path the pattern matches contains it. `undefined` when it is shorter than
 * {@link MIN_KEY}, or when the pattern is one whose literal text could be changed by the `ignore`
 * package's reading (trailing spaces, a leading `#` or `!`).
 */
export function literalKey(pattern: string): string | undefined {
  if (/^[#!]|\s$/.test(pattern)) return undefined;
  let best = '';
  // A character class matches one character, never its text: it separates runs like a wildcard.
  const plain = pattern.replace(/\[[^\]]*\]?/g, '/');
  for (const run of plain.split(/[*?[\]\\/{}]+/)) if (run.length > best.length) best = run;
  if (best.length < MIN_KEY) return undefined;
  return best.slice(0, MAX_KEY);
}
