import type { CodeInfo } from './info.js';

/** DPR0xx: files and YAML. Codes are stable: never renumber, only add. */
export const FILES_CODES = () =>
  ({
    DPR001: {
      severity: 'error',
      category: 'yaml',
      title: 'YAML syntax error',
      layer: 'daemon',
      fix: 'Fix the YAML syntax at the position shown (indentation, a missing colon, an unclosed quote).',
    },
    DPR002: {
      severity: 'warning',
      category: 'yaml',
      title: 'duplicate key (ignored by the daemon)',
      layer: 'runtime',
      fix: 'Keep one of the two entries: the last one wins.',
    },
    DPR003: {
      severity: 'error',
      category: 'yaml',
      title: 'duplicate key the daemon rejects',
      layer: 'daemon',
      fix: 'Keep one of the two entries: yaml.v3 refuses a key written twice.',
    },
    DPR004: {
      severity: 'error',
      category: 'yaml',
      title: 'file is not valid UTF-8',
      layer: 'daemon',
      fix: 'Save the file as UTF-8.',
    },
    DPR005: {
      severity: 'error',
      category: 'yaml',
      title: 'file cannot be read',
      layer: 'cli',
      fix: 'Check that the file exists and can be read (permissions, a broken symlink).',
    },
    DPR006: {
      severity: 'error',
      category: 'manifest',
      title: 'not a Dify plugin manifest',
      layer: 'daemon',
      fix: 'Point at a plugin directory whose manifest.yaml has type: plugin, author, name, plugins and meta.',
    },
    DPR007: {
      severity: 'warning',
      category: 'yaml',
      title: 'unquoted value read differently by Python',
      layer: 'sdk',
      fix: 'Quote the value, e.g. "3.10" or "No".',
    },
    DPR008: {
      severity: 'error',
      category: 'yaml',
      title: 'YAML document is empty or not a mapping',
      layer: 'dify',
      fix: 'Write the file as a non-empty YAML list (or mapping) as its kind needs, or stop referencing it.',
    },
    DPR009: {
      severity: 'warning',
      category: 'yaml',
      title: 'not portable YAML (only lenient parsers read it)',
      layer: 'advice',
      fix: 'Indent the continuation lines of the quoted value deeper than its key.',
    },
  }) as const satisfies Record<string, CodeInfo>;
