import type { CodeInfo } from './info.js';

/** DPR6xx: declaration diff. Codes are stable: never renumber, only add. */
export const DIFF_CODES = {
  DPR601: {
    severity: 'warning',
    category: 'compatibility',
    title: 'breaking change (needs a major version)',
  },
  DPR602: {
    severity: 'notice',
    category: 'compatibility',
    title: 'compatible addition (needs a minor version)',
  },
  DPR603: { severity: 'notice', category: 'compatibility', title: 'other change (needs a patch version)' },
  DPR610: {
    severity: 'error',
    category: 'compatibility',
    title: 'version bump smaller than the changes need',
  },
  DPR612: { severity: 'warning', category: 'permissions', title: 'permission escalation' },
} as const satisfies Record<string, CodeInfo>;
