import type { CodeInfo } from './info.js';

/** DPR8xx: plugin tests. Codes are stable: never renumber, only add. */
export const TESTS_CODES = {
  DPR801: { severity: 'error', category: 'tests', title: 'test failed' },
  DPR802: { severity: 'error', category: 'tests', title: 'test errored (fixture setup or teardown)' },
  DPR803: { severity: 'error', category: 'tests', title: 'test module or conftest.py cannot be imported' },
  DPR804: { severity: 'error', category: 'tests', title: 'tests timed out (process tree killed)' },
  DPR805: { severity: 'error', category: 'tests', title: 'pytest crashed' },
  DPR806: { severity: 'notice', category: 'tests', title: 'no tests found' },
  DPR807: { severity: 'error', category: 'tests', title: 'dependencies cannot be installed' },
  DPR808: { severity: 'warning', category: 'tests', title: 'requirement not installed (no index reachable)' },
  DPR809: { severity: 'notice', category: 'tests', title: 'tests ran on another Python than declared' },
  DPR810: { severity: 'warning', category: 'tests', title: 'pytest passed without writing its report' },
} as const satisfies Record<string, CodeInfo>;
