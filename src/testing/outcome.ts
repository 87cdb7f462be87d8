import { finding } from '../core/codes.js';
import { DEFAULT_TIMEOUT_SECONDS } from '../core/defaults.js';
import type { Finding } from '../core/finding.js';
import {
  caseFindings,
  conftestFinding,
  crashFinding,
  displayFile,
  type FindingContext,
  recordFindings,
} from './findings.js';
import { parseJUnit, type TestCase } from './junit.js';
import type { PytestRun } from './pytest-run.js';
import type { TestOptions } from './run.js';

export { DEFAULT_TIMEOUT_SECONDS };

/** How a run ended, from what ran (the progress record), pytest's report and the time limit. */
export type TestOutcome =
  | 'passed'
  | 'failed'
  | 'collection-error'
  | 'timeout'
  | 'crashed'
  | 'no-tests'
  | 'install-failed';

/**
 * The verdict. pytest's exit statuses: 0 passed, 1 failed, 2 interrupted, 3 internal error, 4 usage,
 * 5 no tests. They are read from the progress record's end (pytest's own), not from the process's
 * exit code, which a test can change (`os._exit(0)` after a failure). A run without the end record
 * did not finish: it crashed, whatever its exit code.
 */
export function classify(run: PytestRun, cases: readonly TestCase[]): TestOutcome {
  if (run.timedOut) return 'timeout';
  const rec = run.record;
  if (!rec?.started) {
    // The stage's plugin never started: pytest stopped while reading its configuration.
    if (run.code === 4 && /ImportError while loading conftest/.test(run.output)) return 'collection-error';
    return 'crashed';
  }
  if (!rec.finished) return 'crashed';
  const failed =
    rec.failures.some((f) => f.when !== 'collect') ||
    cases.some((c) => !c.collection && !c.internal && (c.status === 'failed' || c.status === 'error'));
  const collection = rec.failures.some((f) => f.when === 'collect') || cases.some((c) => c.collection);
  switch (rec.exitstatus) {
    case 0:
      return failed ? 'failed' : 'passed';
    case 1:
      return collection && !failed ? 'collection-error' : 'failed';
    case 2:
      return collection ? 'collection-error' : 'crashed';
    case 5:
      return 'no-tests';
    default:
      return 'crashed';
  }
}

export function outcomeFindings(
  outcome: TestOutcome,
  run: PytestRun,
  cases: readonly TestCase[],
  ctx: FindingContext,
  options: Pick<TestOptions, 'requireTests' | 'packaged' | 'timeout'>,
  sourceHasTests: boolean,
  junitDamaged = false,
): Finding[] {
  const rec = run.record;
  const notes: Finding[] = [];
  if (junitDamaged) {
    notes.push(
      finding(
        'DPR813',
        "pytest's JUnit report cannot be read (truncated or damaged): the results come from the progress record",
      ),
    );
  }
  // The process said something else than pytest did (a failure turned into exit code 0).
  if (
    rec?.finished &&
    rec.exitstatus !== undefined &&
    !run.signal &&
    run.code !== rec.exitstatus &&
    !run.timedOut
  ) {
    notes.push(
      finding(
        'DPR812',
        `pytest's verdict was exit status ${rec.exitstatus}, but the test process exited with code ${run.code}: the verdict is pytest's`,
      ),
    );
  }
  /** Failures from the JUnit report, or, without one, from the progress record. */
  const failures = (): Finding[] =>
    run.junit && cases.length > 0 ? caseFindings(cases, ctx) : recordFindings(rec, ctx);
  switch (outcome) {
    case 'passed':
      return [
        ...notes,
        ...(run.junit || junitDamaged
          ? []
          : [
              finding(
                'DPR810',
                'pytest finished without writing its JUnit report: the tests are counted from the progress record, without their times',
                {
                  fix: "Do not disable pytest's junitxml plugin (-p no:junitxml) in --pytest-args or in the plugin's pytest configuration.",
                },
              ),
            ]),
      ];
    case 'failed':
      return [...notes, ...failures()];
    case 'collection-error': {
      const conftest = conftestFinding(run, ctx);
      return [...notes, ...(conftest ? [conftest] : failures())];
    }
    case 'no-tests':
      return [...notes, noTests(options, sourceHasTests)];
    case 'timeout':
      return [timeoutFinding(run, ctx, options)];
    default:
      if (rec?.started && !rec.finished) return [...notes, unfinished(run, ctx), ...recordFindings(rec, ctx)];
      return [...notes, crashFinding(run, cases, ctx)];
  }
}

function noTests(options: Pick<TestOptions, 'requireTests' | 'packaged'>, sourceHasTests: boolean): Finding {
  const dropped = Boolean(options.packaged) && sourceHasTests;
  return finding(
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
  );
}

/** How the process ended, in words: `exit code 0`, `signal SIGSEGV`. */
function ending(run: PytestRun): string {
  return run.signal ? `was killed by signal ${run.signal}` : `exited with code ${run.code}`;
}

/**
 * The process ended before pytest did: at the test that was running (its `def` line, or the frame
 * of the crash in that file), never at a made-up place.
 */
function unfinished(run: PytestRun, ctx: FindingContext): Finding {
  const rec = run.record!;
  const p = run.progress;
  const counts = [...rec.outcomes.values()];
  const tally = `${rec.ran} test${rec.ran === 1 ? '' : 's'} had started (${counts.filter((o) => o === 'passed').length} passed, ${counts.filter((o) => o === 'failed' || o === 'error').length} failed)`;
  const when =
    p?.phase === 'run'
      ? `while ${p.nodeid} was running`
      : p?.phase === 'finished'
        ? `after ${p.nodeid} finished`
        : p?.phase === 'collect'
          ? `while collecting ${p.nodeid || 'the tests'}`
          : 'before the tests ended';
  const file = p?.phase === 'run' && p.file ? displayFile(ctx, p.file) : undefined;
  return finding('DPR811', `pytest did not finish: the test process ${ending(run)} ${when}; ${tally}`, {
    ...(file ? { file } : {}),
    ...(file && p?.line ? { line: p.line } : {}),
  });
}

function timeoutFinding(run: PytestRun, ctx: FindingContext, options: Pick<TestOptions, 'timeout'>): Finding {
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
  const contained = run.isolation?.mode === 'sandbox' ? ' (the sandbox and every process in it ended)' : '';
  const killed = run.survivors?.length
    ? `the test process was killed, but ${run.survivors.length === 1 ? 'a process it started' : `${run.survivors.length} processes it started`} could not be (PID ${run.survivors.join(', ')}) and may still be running`
    : run.isolation?.mode === 'none'
      ? 'the test process and the processes found by parent were killed (processes that left the tree cannot be found on this system)'
      : `the test process and everything it started were killed${contained}`;
  return finding('DPR804', `${what} within ${seconds} s: ${killed}`, {
    ...(file ? { file } : {}),
    ...(file && p?.line ? { line: p.line } : {}),
    fix: 'Find what waits forever (a network call, input(), a lock, a thread not joined), or raise --timeout.',
  });
}

/** A cached environment whose python or pytest is gone does not even start pytest. */
export function environmentBroken(run: PytestRun): boolean {
  if (run.junit || run.timedOut || run.record?.started) return false;
  return run.code === 126 || run.code === 127 || /No module named '?pytest'?$/m.test(run.output);
}

export function safeParse(xml: string): ReturnType<typeof parseJUnit> | undefined {
  try {
    return parseJUnit(xml);
  } catch {
    return undefined;
  }
}
