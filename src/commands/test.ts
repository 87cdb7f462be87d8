import { applyPolicy, countFindings } from '../core/finding.js';
import type { Reporter, SummaryTable } from '../report/index.js';
import type { TestCase } from '../testing/junit.js';
import { type TestDeps, type TestOptions, type TestRunResult, testPlugin } from '../testing/run.js';
import { type CommandOutcome, guarded } from './outcome.js';

export interface TestInput extends TestOptions {
  strict?: boolean;
  ignore?: string[];
}

const HEADLINE: Record<TestRunResult['outcome'], string> = {
  passed: 'tests passed',
  failed: 'tests failed',
  'collection-error': 'tests could not be collected',
  timeout: 'tests timed out',
  crashed: 'pytest crashed',
  'no-tests': 'no tests found',
  'install-failed': 'dependencies could not be installed',
};

/** `test`: shared by the CLI and the action. */
export function testCommand(
  input: TestInput,
  reporter: Reporter,
  deps: Partial<TestDeps> = {},
): Promise<CommandOutcome> {
  return guarded(reporter, async () => {
    const output = pytestOutput(reporter);
    let result: TestRunResult;
    try {
      result = await testPlugin(input, {
        log: (message) => reporter.info(message),
        onOutput: output.line,
        ...deps,
      });
    } finally {
      output.end();
    }
    const findings = applyPolicy(result.findings, { strict: input.strict, ignore: input.ignore });
    const counts = countFindings(findings);
    await reporter.report({
      command: 'test',
      findings,
      headline: headline(result),
      summary: summaryOf(result, input),
      tables: tablesOf(result),
    });
    return {
      exitCode: counts.errors > 0 ? 1 : 0,
      outputs: {
        outcome: result.outcome,
        'tests-total': String(result.counts.total),
        'tests-passed': String(result.counts.passed),
        'tests-failed': String(result.counts.failed),
        'tests-errors': String(result.counts.errors),
        'tests-skipped': String(result.counts.skipped),
        'python-version': result.python.version,
        'environment-key': result.environment?.key ?? '',
        errors: String(counts.errors),
        warnings: String(counts.warnings),
      },
    };
  });
}

/**
 * pytest's output, line by line, to the log; in GitHub Actions, in a collapsed group. No line can act
 * as a workflow command: the reporter escapes lines starting with `::` (and control characters).
 */
function pytestOutput(reporter: Reporter): { line: (text: string) => void; end: () => void } {
  let started = false;
  return {
    line: (text) => {
      if (!started) reporter.group?.('pytest output');
      started = true;
      reporter.info(text);
    },
    end: () => {
      if (started) reporter.groupEnd?.();
    },
  };
}

function headline(r: TestRunResult): string {
  const where = r.package ? `${r.plugin} (packaged)` : r.plugin;
  const c = r.counts;
  const tally =
    c.total > 0
      ? ` (${[
          `${c.passed} passed`,
          c.failed ? `${c.failed} failed` : '',
          c.errors ? `${c.errors} errors` : '',
          c.skipped ? `${c.skipped} skipped` : '',
        ]
          .filter(Boolean)
          .join(', ')} in ${r.time.toFixed(2)} s, Python ${r.python.version})`
      : ` (Python ${r.python.version})`;
  return `${where}: ${HEADLINE[r.outcome]}${tally}`;
}

function tablesOf(r: TestRunResult): SummaryTable[] {
  if (!r.pytest || (r.counts.total === 0 && r.outcome !== 'passed')) return [];
  const c = r.counts;
  const tables: SummaryTable[] = [
    {
      title: 'Tests',
      header: ['Passed', 'Failed', 'Errors', 'Skipped', 'Time'],
      rows: [[c.passed, c.failed, c.errors, c.skipped, `${r.time.toFixed(2)} s`]],
    },
  ];
  const slow = slowest(r.cases);
  if (slow.length > 0) {
    tables.push({
      title: 'Slowest tests',
      header: ['Test', 'Time'],
      rows: slow.map((t) => [t.id, `${t.time.toFixed(3)} s`]),
    });
  }
  return tables;
}

/** The five slowest tests that ran. */
export function slowest(cases: readonly TestCase[], n = 5): TestCase[] {
  return cases
    .filter((c) => !c.internal && !c.collection && c.status !== 'skipped')
    .sort((a, b) => b.time - a.time || (a.id < b.id ? -1 : 1))
    .slice(0, n);
}

function summaryOf(r: TestRunResult, input: TestInput): Record<string, unknown> {
  return {
    plugin: r.plugin,
    package: r.package ?? null,
    outcome: r.outcome,
    python: { ...r.python, declared: r.python.declared ?? null },
    environment: r.environment ?? null,
    tests: { ...r.counts, time: r.time },
    slowest: slowest(r.cases).map((t) => ({
      id: t.id,
      file: t.file ?? null,
      line: t.line ?? null,
      time: t.time,
    })),
    pytest: r.pytest ?? null,
    junitXml: input.junitXml ?? null,
    durationMs: r.durationMs,
  };
}
