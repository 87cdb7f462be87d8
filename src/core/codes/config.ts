import type { CodeInfo } from './info.js';

/** DPR9xx: the configuration file (.dify-release.yml) and usage. Codes are stable: never renumber, only add. */
export const CONFIG_CODES = () =>
  ({
    DPR901: {
      severity: 'error',
      category: 'config',
      title: 'configuration file cannot be read',
      layer: 'tool',
      fix: 'Make .dify-release.yml a readable regular file, or pass another with --config.',
    },
    DPR902: {
      severity: 'error',
      category: 'config',
      title: 'configuration file is not valid YAML',
      layer: 'tool',
      fix: 'Fix the YAML syntax at this position.',
    },
    DPR903: {
      severity: 'warning',
      category: 'config',
      title: 'unknown key in the configuration (ignored)',
      layer: 'tool',
      fix: 'Remove it, or correct its spelling (schemas/dify-release.schema.json lists every key).',
    },
    DPR904: {
      severity: 'error',
      category: 'config',
      title: 'configuration value of the wrong type or out of range',
      layer: 'tool',
      fix: 'Write a value of the kind the key takes (schemas/dify-release.schema.json).',
    },
    DPR905: {
      severity: 'error',
      category: 'config',
      title: 'unknown finding code in the configuration',
      layer: 'tool',
      fix: 'Use a code that exists: `dify-plugin-release explain --list`.',
    },
    DPR906: {
      severity: 'warning',
      category: 'config',
      title: 'duplicate key in the configuration (the last one wins)',
      layer: 'tool',
      fix: 'Keep one of them.',
    },
    DPR907: {
      severity: 'error',
      category: 'config',
      title: 'a secret written into the configuration file',
      layer: 'tool',
      fix: 'Keep secrets out of the repository: name the environment variable (or the CI secret) that holds it instead.',
    },
  }) as const satisfies Record<string, CodeInfo>;
