import type { CodeInfo } from './info.js';

/** DPR3xx: references across files. Codes are stable: never renumber, only add. */
export const REFERENCES_CODES = {
  DPR301: { severity: 'error', category: 'reference', title: 'referenced file missing' },
  DPR302: { severity: 'error', category: 'reference', title: 'reference leaves the plugin' },
  DPR303: { severity: 'error', category: 'reference', title: 'symlink escapes the repository' },
  DPR304: { severity: 'error', category: 'reference', title: 'reference the daemon cannot open' },
  DPR305: { severity: 'error', category: 'reference', title: 'icon missing from _assets/' },
  DPR306: {
    severity: 'warning',
    category: 'reference',
    title: 'icon missing (accepted by the CLI, broken in Dify)',
  },
  DPR307: { severity: 'error', category: 'reference', title: 'Python source missing' },
  DPR308: { severity: 'warning', category: 'reference', title: 'orphan declaration file' },
  DPR309: { severity: 'warning', category: 'reference', title: 'model glob matches nothing' },
  DPR310: { severity: 'warning', category: 'reference', title: 'privacy file missing' },
  DPR311: { severity: 'notice', category: 'reference', title: 'symlink followed inside the repository' },
  DPR312: { severity: 'error', category: 'reference', title: 'entrypoint module missing' },
  DPR313: { severity: 'error', category: 'reference', title: 'reference is not a file' },
} as const satisfies Record<string, CodeInfo>;
