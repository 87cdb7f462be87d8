import type { CodeInfo } from './info.js';

/** DPR0xx: files and YAML. Codes are stable: never renumber, only add. */
export const FILES_CODES = {
  DPR001: { severity: 'error', category: 'yaml', title: 'YAML syntax error' },
  DPR002: { severity: 'warning', category: 'yaml', title: 'duplicate key (ignored by the daemon)' },
  DPR003: { severity: 'error', category: 'yaml', title: 'duplicate key the daemon rejects' },
  DPR004: { severity: 'error', category: 'yaml', title: 'file is not valid UTF-8' },
  DPR005: { severity: 'error', category: 'yaml', title: 'file cannot be read' },
  DPR006: { severity: 'error', category: 'manifest', title: 'not a Dify plugin manifest' },
  DPR007: { severity: 'warning', category: 'yaml', title: 'unquoted value read differently by Python' },
  DPR008: { severity: 'error', category: 'yaml', title: 'YAML document is empty or not a mapping' },
  DPR009: {
    severity: 'warning',
    category: 'yaml',
    title: 'not portable YAML (only lenient parsers read it)',
  },
} as const satisfies Record<string, CodeInfo>;
