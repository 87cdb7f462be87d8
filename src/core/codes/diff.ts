import type { CodeInfo } from './info.js';

/** DPR6xx: declaration diff. Codes are stable: never renumber, only add. */
export const DIFF_CODES = () =>
  ({
    DPR601: {
      severity: 'warning',
      category: 'compatibility',
      title: 'breaking change (needs a major version)',
      layer: 'advice',
      fix: 'Bump the major version (or the minor one in 0.x), or keep the old declaration working.',
    },
    DPR602: {
      severity: 'notice',
      category: 'compatibility',
      title: 'compatible addition (needs a minor version)',
      layer: 'advice',
      fix: 'Bump the minor version (or the patch one in 0.x).',
    },
    DPR603: {
      severity: 'notice',
      category: 'compatibility',
      title: 'other change (needs a patch version)',
      layer: 'advice',
      fix: 'Bump at least the patch version.',
    },
    DPR610: {
      severity: 'error',
      category: 'compatibility',
      title: 'version bump smaller than the changes need',
      layer: 'tool',
      fix: 'Raise the version as the message says.',
    },
    DPR612: {
      severity: 'warning',
      category: 'permissions',
      title: 'permission escalation',
      layer: 'advice',
      fix: 'Check that the plugin needs the new permission; users are asked to accept it.',
    },
    DPR613: {
      severity: 'notice',
      category: 'permissions',
      title: 'permission removed',
      layer: 'advice',
      fix: 'Check that nothing the plugin does still needs the permission.',
    },
  }) as const satisfies Record<string, CodeInfo>;
