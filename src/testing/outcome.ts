import { finding } from '../core/codes.js';
import { DEFAULT_TIMEOUT_SECONDS } from '../core/defaults.js';
import type { Finding } from '../core/finding.js';
import { caseFindings, conftestFinding, crashFinding, displayFile, type FindingContext } from './findings.js';
import { parseJUnit, type TestCase } from './junit.js';
import type { PytestRun } from './pytest-run.js';
import type { TestOptions } from './run.js';

export { DEFAULT_TIMEOUT_SECONDS };

/** How a run ended, from pytest's exit code, its report and the time limit. */
export type TestOutcome =
  | 'passed'
  | 'failed'
  | 'collection-error'
  | 'timeout'
  | 'crashed'
  | 'no-tests'
  | 'install-failed';

/** pytest's exit codes: 0 passed, 1 failed, 2 interrupted, 3 internal error, 4 usage, 5 no tests. */
export function classify(run: PytestRun, cases: readonly TestCase[]): TestOutcome {
  if (run.timedOut) return 'timeout';
  if (run.code === 5) return 'no-tests';
  // Exit code 0 is pytest saying the tests passed, report or not (a report plugin disabled).
  if (run.code === 0) return 'passed';
  if (run.code === 1 && cases.some((c) => c.status === 'failed' || c.status === 'error')) return 'failed';
  if (run.code === 2 && cases.some((c) => c.collection)) return 'collection-error';
  if (run.code === 4 && /ImportError while loading conftest/.test(run.output)) return 'collection-error';
  return 'crashed';
}

export function outcomeFindings(
  outcome: TestOutcome,
  run: PytestRun,
  cases: readonly TestCase[],
  ctx: FindingContext,
  options: Pick<TestOptions, 'requireTests' | 'packaged' | 'timeout'>,
  sourceHasTests: boolean,
): Finding[] {
  switch (outcome) {
    case 'passed':
      return run.junit
        ? []
        : [
            finding(
              'DPR810',
              'pytest exited with code 0 (tests passed) but wrote no JUnit report: the tests cannot be counted or listed',
              {
                fix: "Do not disable pytest's junitxml plugin (-p no:junitxml) in --pytest-args or in the plugin's pytest configuration.",
              },
            ),
          ];
    case 'failed':
      return caseFindings(cases, ctx);
    case 'collection-error': {
      const conftest = conftestFinding(run, ctx);
      return conftest ? [conftest] : caseFindings(cases, ctx);
    }
    case 'no-tests': {
      const packaged = Boolean(options.packaged);
      const dropped = packaged && sourceHasTests;
      return [
        finding(
          'DPR806',
          dropped
            ? 'the package has no tests: the source tree has tests/, but .difyignore keeps it out of the package, so the marketplace CI runs none'
            : 'no tests found',
          {
            ...(options.requireTests ? { severity: 'error' as const } : {}),
            fix: dropped
              ? 'Remove tests/ from .difyignore so the tests travel with the package.'
              : 'Add tests under tests/ (test_*.py files with test_* functions), or point --tests-dir at them.',
          },
        ),
      ];
    }
    case 'timeout': {
      const p = run.progress;
      const seconds = (options.timeout ?? DEFAULT_TIMEOUT_SECONDS).toString();
      const what =
        p?.phase === 'run'
          ? `${p.nodeid} did not finish`
          : p?.phase === 'collect'
            ? `collecting ${p.nodeid || 'the tests'} did not finish`
            : p?.phase === 'finished' || p?.phase === 'collected'
              ? 'pytest did not exit'
              : 'pytest did not finish';
      const file = p?.phase === 'run' && p.file ? displayFile(ctx, p.file) : undefined;
      const killed = run.survivors?.length
        ? `the test process was killed, but ${run.survivors.length === 1 ? 'a process it started' : `${run.survivors.length} processes it started`} could not be (PID ${run.survivors.join(', ')}) and may still be running`
        : 'the test process and everything it started were killed';
      return [
        finding('DPR804', `${what} within ${seconds} s: ${killed}`, {
          ...(file ? { file } : {}),
          ...(file && p?.line ? { line: p.line } : {}),
          fix: 'Find what waits forever (a network call, input(), a lock, a thread not joined), or raise --timeout.',
        }),
      ];
    }
    default:
      return [crashFinding(run, cases, ctx)];
  }
}

/** A cached environment whose python or pytest is gone does not even start pytest. */
export function environmentBroken(run: PytestRun): boolean {
  if (run.junit || run.timedOut) return false;
  return run.code === 126 || run.code === 127 || /No module named '?pytest'?$/m.test(run.output);
}

export function safeParse(xml: string): ReturnType<typeof parseJUnit> | undefined {
  try {
    return parseJUnit(xml);
  } catch {
    return undefined;
  }
}
