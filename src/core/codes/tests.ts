import type { CodeInfo } from './info.js';

/** DPR8xx: plugin tests. Codes are stable: never renumber, only add. */
export const TESTS_CODES = {
  DPR801: {
    severity: 'error',
    category: 'tests',
    title: 'test failed',
    layer: 'tool',
    fix: 'Fix the code or the test (the message shows the assertion).',
  },
  DPR802: {
    severity: 'error',
    category: 'tests',
    title: 'test errored (fixture setup or teardown)',
    layer: 'tool',
    fix: 'Fix the fixture (the message shows the error).',
  },
  DPR803: {
    severity: 'error',
    category: 'tests',
    title: 'test module or conftest.py cannot be imported',
    layer: 'tool',
    fix: 'Fix the import (a missing dependency, a syntax error, a wrong path).',
  },
  DPR804: {
    severity: 'error',
    category: 'tests',
    title: 'tests timed out (process tree killed)',
    layer: 'tool',
    fix: 'Make the tests finish in time, or raise --timeout.',
  },
  DPR805: {
    severity: 'error',
    category: 'tests',
    title: 'pytest crashed',
    layer: 'tool',
    fix: 'Read the pytest output above; run `python -m pytest` locally.',
  },
  DPR806: {
    severity: 'notice',
    category: 'tests',
    title: 'no tests found',
    layer: 'advice',
    fix: 'Add tests under tests/ (test_*.py).',
  },
  DPR807: {
    severity: 'error',
    category: 'tests',
    title: 'dependencies cannot be installed',
    layer: 'tool',
    fix: 'Fix the requirement (name, version, index) or make the index reachable.',
  },
  DPR808: {
    severity: 'warning',
    category: 'tests',
    title: 'requirement not installed (no index reachable)',
    layer: 'advice',
    fix: 'Make a package index reachable, or vendor the wheel.',
  },
  DPR809: {
    severity: 'notice',
    category: 'tests',
    title: 'tests ran on another Python than declared',
    layer: 'advice',
    fix: 'Install the Python version meta.runner.version declares.',
  },
  DPR810: {
    severity: 'warning',
    category: 'tests',
    title: 'pytest passed without writing its report',
    layer: 'tool',
    fix: 'Run pytest with a JUnit report it can write.',
  },
} as const satisfies Record<string, CodeInfo>;
