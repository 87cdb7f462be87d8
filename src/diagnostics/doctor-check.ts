/**
 * One line of `doctor`: what was checked, its verdict, what was seen, and the fix (every check has
 * one: what to do when it is not ok, and for an ok check what keeps it so).
 */
import type { Code } from '../core/codes.js';

export type CheckStatus = 'ok' | 'warn' | 'fail' | 'skip';

export type CheckGroup = 'signature' | 'github' | 'target' | 'compatibility' | 'remote-debug';

export interface DoctorCheck {
  group: CheckGroup;
  /** What is checked, in a few words: `token`, `fork`, `reachable`, `credentials`. */
  check: string;
  /** What it was checked on: a target's label, a repository, a file. */
  subject: string;
  status: CheckStatus;
  /** What was seen (one or two sentences; never a secret). */
  detail: string;
  /** What to do. */
  fix: string;
  /** The finding code of a check that is not ok. */
  code?: Code;
  /** Settings to apply, one per line (`NAME=value`), when the fix is configuration. */
  settings?: string[];
}

export function check(
  group: CheckGroup,
  checkName: string,
  subject: string,
  status: CheckStatus,
  detail: string,
  fix: string,
  extra: { code?: Code; settings?: string[] } = {},
): DoctorCheck {
  return { group, check: checkName, subject, status, detail, fix, ...extra };
}
