import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countCases,
  lastFrameIn,
  lastFrameUnder,
  parseJUnit,
  tracebackFrames,
} from '../../src/testing/junit.js';

// Shapes pytest writes with `-o junit_family=xunit1` (taken from real runs).
const FAILURES = `<?xml version="1.0" encoding="utf-8"?><testsuites name="pytest tests"><testsuite name="pytest" errors="1" failures="2" skipped="1" tests="5" time="0.045">
<testcase classname="tests.test_a" name="test_ok" file="tests/test_a.py" line="7" time="0.001"/>
<testcase classname="tests.test_a" name="test_fail" file="tests/test_a.py" line="11" time="0.250"><failure message="assert 2 == 3">def test_fail():
        value = calc.add(1, 1)
&gt;       assert value == 3
E       assert 2 == 3

tests/test_a.py:14: AssertionError</failure></testcase>
<testcase classname="tests.test_a.TestGroup" name="test_in_helper[1-x]" file="tests/test_a.py" line="16" time="0.002"><failure message="AssertionError: helper says no&#10;assert 4 == 3">def test_in_helper():
&gt;       helper(calc.add(2, 2))

tests/test_a.py:18:
_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _

    def helper(x):
&gt;       assert x == 3, &quot;helper says no&quot;
E       AssertionError: helper says no

tests/test_a.py:5: AssertionError</failure></testcase>
<testcase classname="tests.test_a" name="test_fixture" file="tests/test_a.py" line="30" time="0.000"><error message="failed on setup with &quot;RuntimeError: resource unavailable&quot;">@pytest.fixture
    def broken():
&gt;       raise RuntimeError("resource unavailable")
E       RuntimeError: resource unavailable

tests/test_a.py:27: RuntimeError</error></testcase>
<testcase classname="tests.test_a" name="test_skip" file="tests/test_a.py" line="20" time="0.000"><skipped type="pytest.skip" message="not today">/tmp/p/tests/test_a.py:23: not today</skipped></testcase>
</testsuite></testsuites>`;

const COLLECTION = `<?xml version="1.0" ?><testsuites name="pytest tests"><testsuite name="pytest" errors="1" failures="0" skipped="0" tests="1" time="0.132">
<testcase classname="" name="tests.test_b" file="tests/test_b.py" time="0.000"><error message="collection failure">ImportError while importing test module '/tmp/p/tests/test_b.py'.
Traceback:
/usr/lib/python3.11/importlib/__init__.py:126: in import_module
    return _bootstrap._gcd_import(name[level:], package, level)
tests/test_b.py:1: in &lt;module&gt;
    import nonexistent_mod
E   ModuleNotFoundError: No module named 'nonexistent_mod'</error></testcase></testsuite></testsuites>`;

const INTERNAL = `<?xml version="1.0" encoding="utf-8"?><testsuites name="pytest tests"><testsuite name="pytest" errors="1" failures="0" skipped="0" tests="1" time="0.021"><testcase classname="pytest" name="internal" time="0.000"><error message="internal error">Traceback (most recent call last):
  File "/usr/lib/python3/dist-packages/_pytest/main.py", line 318, in wrap_session
    session.exitstatus = doit(config, session) or 0
  File "/tmp/p/tests/conftest.py", line 2, in pytest_collection_modifyitems
    raise RuntimeError("a plugin hook broke")
RuntimeError: a plugin hook broke</error></testcase></testsuite></testsuites>`;

describe('parseJUnit', () => {
  it('reads every case with its status, node id, 1-based def line, time and message', () => {
    const report = parseJUnit(FAILURES);
    expect(report.time).toBeCloseTo(0.045);
    expect(report.cases.map((c) => [c.id, c.status, c.line])).toEqual([
      ['tests/test_a.py::test_ok', 'passed', 8],
      ['tests/test_a.py::test_fail', 'failed', 12],
      ['tests/test_a.py::TestGroup::test_in_helper[1-x]', 'failed', 17],
      ['tests/test_a.py::test_fixture', 'error', 31],
      ['tests/test_a.py::test_skip', 'skipped', 21],
    ]);
    const [, fail, helper, fixture, skip] = report.cases;
    expect(fail!.time).toBe(0.25);
    expect(fail!.message).toBe('assert 2 == 3');
    expect(fail!.details).toContain('tests/test_a.py:14: AssertionError');
    expect(helper!.message).toBe('AssertionError: helper says no\nassert 4 == 3');
    expect(fixture!.phase).toBe('setup');
    expect(fixture!.message).toBe('failed on setup with "RuntimeError: resource unavailable"');
    expect(skip!.message).toBe('not today');
    expect(countCases(report.cases)).toEqual({ total: 5, passed: 1, failed: 2, errors: 1, skipped: 1 });
  });

  it('marks collection errors and pytest internal errors (which are not counted as tests)', () => {
    const [collection] = parseJUnit(COLLECTION).cases;
    expect(collection).toMatchObject({ id: 'tests/test_b.py', collection: true, status: 'error' });
    const cases = parseJUnit(INTERNAL).cases;
    expect(cases[0]).toMatchObject({ internal: true, status: 'error' });
    expect(countCases(cases).total).toBe(0);
  });

  it('reads an empty report and refuses what is not JUnit', () => {
    const empty = parseJUnit(
      '<?xml version="1.0" encoding="utf-8"?><testsuites name="pytest tests"><testsuite name="pytest" errors="0" failures="0" skipped="0" tests="0" time="0.008" /></testsuites>',
    );
    expect(empty.cases).toEqual([]);
    expect(() => parseJUnit('<html><body/></html>')).toThrow(/not a JUnit/);
  });
});

describe('traceback locations', () => {
  const cwd = '/tmp/p';

  it('finds pytest-style and Python-style frames, with E and INTERNALERROR prefixes', () => {
    expect(tracebackFrames(parseJUnit(FAILURES).cases[2]!.details!)).toEqual([
      { file: 'tests/test_a.py', line: 18 },
      { file: 'tests/test_a.py', line: 5 },
    ]);
    expect(
      tracebackFrames(
        'E     File "/tmp/p/tests/test_syn.py", line 1\nINTERNALERROR>   File "x.py", line 9, in f',
      ),
    ).toEqual([
      { file: '/tmp/p/tests/test_syn.py', line: 1 },
      { file: 'x.py', line: 9 },
    ]);
  });

  it('takes the last frame in the test file: the failing assertion, even in a helper', () => {
    const helper = parseJUnit(FAILURES).cases[2]!.details!;
    expect(lastFrameIn(helper, cwd, path.join(cwd, 'tests/test_a.py'))).toBe(5);
    expect(lastFrameIn(helper, cwd, path.join(cwd, 'tests/other.py'))).toBeUndefined();
  });

  it('takes the last frame inside the plugin, skipping the standard library and installed packages', () => {
    expect(lastFrameUnder(parseJUnit(COLLECTION).cases[0]!.details!, cwd, [cwd])).toEqual({
      file: path.join(cwd, 'tests/test_b.py'),
      line: 1,
    });
    expect(lastFrameUnder(parseJUnit(INTERNAL).cases[0]!.details!, cwd, [cwd])).toEqual({
      file: path.join(cwd, 'tests/conftest.py'),
      line: 2,
    });
  });
});
