import type { CodeInfo } from './info.js';

/** DPR2xx: plugin-level rules. Codes are stable: never renumber, only add. */
export const PLUGIN_CODES = {
  DPR201: { severity: 'error', category: 'manifest', title: 'no plugin kind declared' },
  DPR202: { severity: 'error', category: 'manifest', title: 'plugin kinds that cannot be combined' },
  DPR203: { severity: 'warning', category: 'manifest', title: 'more than one provider of a kind' },
  DPR204: { severity: 'error', category: 'manifest', title: 'permission outside resource' },
  DPR205: { severity: 'error', category: 'manifest', title: 'endpoints without the endpoint permission' },
  DPR206: { severity: 'warning', category: 'manifest', title: 'resource.memory implausibly small' },
  DPR207: { severity: 'warning', category: 'manifest', title: 'unknown locale' },
  DPR208: { severity: 'error', category: 'manifest', title: 'author reserved for remote debugging' },
  DPR209: {
    severity: 'warning',
    category: 'manifest',
    title: 'meta.version is not the manifest format version',
  },
  DPR210: { severity: 'warning', category: 'manifest', title: 'created_at in the future' },
  DPR211: { severity: 'error', category: 'compatibility', title: 'minimum_dify_version is not a version' },
  DPR212: { severity: 'warning', category: 'compatibility', title: 'minimum_dify_version missing' },
  DPR213: {
    severity: 'warning',
    category: 'compatibility',
    title: 'minimum_dify_version older than a feature used',
  },
  DPR214: { severity: 'error', category: 'manifest', title: 'plugin version not PEP 440' },
  DPR220: { severity: 'warning', category: 'declaration', title: 'duplicate name' },
  DPR221: { severity: 'error', category: 'declaration', title: 'option list problem' },
  DPR222: { severity: 'error', category: 'declaration', title: 'parameter default does not fit its type' },
  DPR223: {
    severity: 'error',
    category: 'declaration',
    title: '`multiple` on a parameter type that cannot hold several values',
  },
  DPR224: { severity: 'warning', category: 'declaration', title: 'position file lists an unknown model' },
  DPR225: { severity: 'error', category: 'declaration', title: 'scope not valid for this type' },
  DPR226: {
    severity: 'warning',
    category: 'declaration',
    title: 'parameter type the SDK does not declare for this kind',
  },
} as const satisfies Record<string, CodeInfo>;
