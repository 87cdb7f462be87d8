import type { CodeInfo } from './info.js';

/** DPR1xx: schema and field rules. Codes are stable: never renumber, only add. */
export const FIELDS_CODES = {
  DPR101: { severity: 'error', category: 'schema', title: 'required field missing' },
  DPR102: { severity: 'error', category: 'schema', title: 'wrong type' },
  DPR103: { severity: 'error', category: 'schema', title: 'value not allowed' },
  DPR104: { severity: 'error', category: 'schema', title: 'value has the wrong format' },
  DPR105: { severity: 'error', category: 'schema', title: 'value out of range' },
  DPR106: { severity: 'warning', category: 'schema', title: 'unknown key (ignored by Dify)' },
  DPR107: { severity: 'error', category: 'schema', title: 'invalid value' },
  DPR110: { severity: 'error', category: 'manifest', title: 'invalid plugin version' },
  DPR111: { severity: 'error', category: 'manifest', title: 'invalid author' },
  DPR112: { severity: 'error', category: 'manifest', title: 'invalid plugin name' },
  DPR113: { severity: 'error', category: 'manifest', title: 'tag not supported by Dify' },
  DPR114: { severity: 'error', category: 'manifest', title: 'storage size out of bounds' },
  DPR115: { severity: 'error', category: 'manifest', title: 'invalid created_at' },
  DPR116: { severity: 'error', category: 'manifest', title: 'invalid repo URL' },
  DPR117: { severity: 'error', category: 'declaration', title: 'invalid identity name' },
  DPR118: { severity: 'error', category: 'declaration', title: 'unknown model parameter template' },
} as const satisfies Record<string, CodeInfo>;
