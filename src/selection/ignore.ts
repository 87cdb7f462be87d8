import path from 'node:path';
import ignore from 'ignore';
import { finding } from '../core/codes.js';
import type { Finding } from '../core/finding.js';
import { LIMITS } from '../core/limits.js';
import { FileReadError, readRegularText } from '../io/read.js';
import { compileRules, type IndexedRule, isGeneral } from './ignore-index.js';

/** The ignore file the Dify CLI reads: the plugin root's `.difyignore`, else its `.gitignore`. */
export type IgnoreFileName = '.difyignore' | '.gitignore';

/** A compiled set of exclusion rules, tested the way the Dify CLI's walk tests them. */
export interface IgnoreRules {
  /** Where the rules come from; `null` when the plugin has neither file (our defaults apply then). */
  readonly file: IgnoreFileName | null;
  /** Whether a path (relative, `/`-separated) is excluded, and by which line (or default pattern). */
  test(rel: string, isDir: boolean): { ignored: boolean; line?: number; pattern?: string };
  /** Oddities of the file, reported so users are not surprised (negation, byte-order mark). */
  readonly findings: Finding[];
  /** Patterns applied, and of those the ones tested against every path (see ignore-index.ts). */
  readonly patternCount?: number;
  readonly generalCount?: number;
}

/**
 * What we exclude when a plugin has no ignore file at all. The Dify CLI then packages everything,
 * `.git`, `.venv` and `.env` included; we do not, and say so (DPR405).
 */
export const DEFAULT_EXCLUDES: readonly string[] = [
  '.git',
  '.hg/',
  '.svn/',
  '.venv/',
  'venv/',
  '.env',
  '__pycache__/',
  '*.py[cod]',
  '.pytest_cache/',
  '.mypy_cache/',
  '.ruff_cache/',
  '.tox/',
  '.nox/',
  'node_modules/',
  '.idea/',
  '.vscode/',
  '.DS_Store',
  'Thumbs.db',
  '*.difypkg',
  '*.difybndl',
];

/**
 * Go's `strings.TrimSpace` (what the CLI applies to each line): Unicode white space, but not the
 * byte-order mark, which JavaScript's `trim()` would silently drop.
 */
const GO_SPACE = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const GO_TRIM = new RegExp(`^${GO_SPACE}+|${GO_SPACE}+$`, 'g');

function goTrim(line: string): string {
  return line.replace(GO_TRIM, '');
}

/**
 * Read the plugin's ignore rules exactly as the CLI picks them: `.difyignore` when it can be read
 * (it then wins entirely), else `.gitignore`, else none. Nested ignore files are never read.
 */
export function loadIgnoreRules(root: string): IgnoreRules {
  const refusals: Finding[] = [];
  for (const name of ['.difyignore', '.gitignore'] as const) {
    let text: string;
    try {
      // Through the one reader: a named pipe would hang the Dify CLI (and us), a device never end.
      text = readRegularText(path.join(root, name), { maxBytes: LIMITS.maxIgnoreBytes, label: name });
    } catch (error) {
      if (error instanceof FileReadError && error.reason !== 'missing')
        refusals.push(ignoreRefused(name, error));
      continue;
    }
    const rules = parseIgnoreFile(name, text);
    const { patternCount = 0, generalCount = 0 } = rules;
    const over =
      patternCount > LIMITS.maxIgnorePatterns
        ? `${patternCount} patterns, more than the ${LIMITS.maxIgnorePatterns} this tool applies`
        : generalCount > LIMITS.maxGeneralIgnorePatterns
          ? `${generalCount} patterns that have a slash inside or no literal part of 3 characters, more than the ${LIMITS.maxGeneralIgnorePatterns} this tool applies (each is tested against every path)`
          : undefined;
    if (over) {
      refusals.push(
        finding(
          'DPR417',
          `${name} has ${over}; it is not used (the largest published ignore file has 179 lines)`,
          {
            file: name,
            fix: `Shorten ${name}: a few patterns (directories, globs) exclude what a plugin should not ship.`,
          },
        ),
      );
      continue;
    }
    return refusals.length > 0 ? { ...rules, findings: [...refusals, ...rules.findings] } : rules;
  }
  const rules = defaultRules();
  return refusals.length > 0 ? { ...rules, findings: refusals } : rules;
}

/** An ignore file that exists but is not read: packaging it as it is would not be what Dify's CLI does. */
function ignoreRefused(name: IgnoreFileName, error: FileReadError): Finding {
  const why =
    error.reason === 'not-a-file'
      ? `${error.message}: the Dify CLI would hang or fail reading it`
      : error.reason === 'too-large'
        ? `${error.message} (this tool reads ignore files of at most ${LIMITS.maxIgnoreBytes} bytes; the largest published one is under 4 KB)`
        : error.message;
  return finding('DPR417', `${why}; it is not used`, {
    file: name,
    fix:
      error.reason === 'not-a-file'
        ? `Replace ${name} with a regular text file of patterns.`
        : error.reason === 'too-large'
          ? `Shorten ${name}: a few patterns (directories, globs) exclude what a plugin should not ship.`
          : `Fix the permissions of ${name}.`,
  });
}

/**
 * Compile an ignore file's text with gitignore semantics (the `ignore` package, case-sensitive like
 * go-git), reproducing the CLI: each line is trimmed, blank and `#` lines are skipped, and a negated
 * pattern (`!x`) never re-includes anything, because the CLI only acts on "exclude" matches.
 */
export function parseIgnoreFile(file: IgnoreFileName, text: string): IgnoreRules {
  const findings: Finding[] = [];
  const rules: IndexedRule[] = [];
  const patterns = new Map<string, string>();
  for (const [i, raw] of text.split('\n').entries()) {
    const line = goTrim(raw);
    if (line === '' || line.startsWith('#')) continue;
    const lineNo = i + 1;
    if (line.startsWith('!')) {
      findings.push(
        finding(
          'DPR403',
          `"${line}" has no effect: the Dify CLI ignores negated patterns, so what an earlier line excludes stays excluded`,
          {
            file,
            line: lineNo,
            fix: 'Remove the line and narrow the pattern that excludes the file instead.',
          },
        ),
      );
      continue;
    }
    if (i === 0 && line.startsWith('\ufeff')) {
      findings.push(
        finding(
          'DPR403',
          `${file} starts with a byte-order mark: the Dify CLI reads it as part of the first pattern, which then matches nothing`,
          { file, line: 1, fix: `Save ${file} as UTF-8 without a byte-order mark.` },
        ),
      );
      continue; // it would only match a name starting with the mark itself
    }
    patterns.set(String(lineNo), line);
    rules.push({ pattern: line, mark: String(lineNo) });
  }
  return compiled(file, rules, findings, (mark) => ({ line: Number(mark), pattern: patterns.get(mark) }));
}

/** The rules used when there is no ignore file: {@link DEFAULT_EXCLUDES}. */
export function defaultRules(): IgnoreRules {
  const rules = DEFAULT_EXCLUDES.map((pattern) => ({ pattern, mark: pattern }));
  return compiled(null, rules, [], (mark) => ({ pattern: mark }));
}

function compiled(
  file: IgnoreFileName | null,
  rules: readonly IndexedRule[],
  findings: Finding[],
  describe: (mark: string) => { line?: number; pattern?: string },
): IgnoreRules {
  const test = compileRules(rules);
  return {
    file,
    findings,
    patternCount: rules.length,
    generalCount: rules.filter((r) => isGeneral(r.pattern)).length,
    test(rel, isDir) {
      const result = test(isDir ? `${rel}/` : rel);
      if (!result.ignored) return { ignored: false };
      return { ignored: true, ...describe(result.mark ?? '') };
    },
  };
}

/** Match paths against user-given patterns (`--allow-file`): gitignore syntax, or an exact path. */
export function patternMatcher(patterns: readonly string[]): (rel: string) => boolean {
  if (patterns.length === 0) return () => false;
  const ig = ignore({ ignorecase: false }).add(patterns.map((p) => p.replace(/^\.\//, '')));
  const exact = new Set(patterns.map((p) => p.replace(/^\.\//, '')));
  return (rel) => exact.has(rel) || ig.ignores(rel);
}
