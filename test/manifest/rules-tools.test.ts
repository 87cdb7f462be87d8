import { describe, it } from 'vitest';
import { edit } from '../helpers/plugins.js';
import { assertCase, type RuleCase } from '../helpers/rule-cases.js';

const P = 'provider/demo.yaml';
const T = 'tools/echo.yaml';
const p = (from: string, to: string) => ({ [P]: edit(P, from, to) });
const t = (from: string, to: string) => ({ [T]: edit(T, from, to) });

/** Tool provider and tool rules: the daemon's struct, plus what the SDK refuses at start-up. */
// biome-ignore format: one case per line reads as a table
const cases: RuleCase[] = [
  { name: 'provider without identity.description (the SDK requires it)', code: 'DPR101', severity: 'error', file: P, at: 'identity:', changes: p('  description:\n    en_US: Demo provider\n', '') },
  { name: 'provider without extra (the SDK cannot find its class)', code: 'DPR101', severity: 'error', file: P, at: 'identity:', changes: p('extra:\n  python:\n    source: provider/demo.py\n', '') },
  { name: 'provider tag agent (not an SDK tool label)', code: 'DPR113', severity: 'error', file: P, at: '- agent', changes: p('  icon: icon.svg\n', '  icon: icon.svg\n  tags:\n    - agent\n') },
  { name: 'provider icon missing from _assets', code: 'DPR305', severity: 'error', file: P, at: 'icon: missing.svg', changes: p('icon: icon.svg', 'icon: missing.svg') },
  { name: 'provider name with a dot', code: 'DPR117', severity: 'error', file: P, at: 'name: demo.v2', changes: p('name: demo', 'name: demo.v2') },
  { name: 'credentials_for_provider as a list (the SDK calls .items())', code: 'DPR102', severity: 'error', file: P, at: '- name: api_key', changes: p('credentials_for_provider:\n  api_key:\n    type: secret-input\n    required: true\n    label:\n      en_US: API key\n', 'credentials_for_provider:\n  - name: api_key\n    type: secret-input\n    label:\n      en_US: API key\n') },
  { name: 'credential of a type the daemon does not know', code: 'DPR103', severity: 'error', file: P, at: 'type: password', changes: p('type: secret-input', 'type: password') },
  { name: 'tool written inline (the SDK wants a path)', code: 'DPR102', severity: 'error', file: P, at: '- identity:', changes: p('  - tools/echo.yaml\n', '  - identity:\n      name: inline\n') },
  { name: 'tool file missing', code: 'DPR301', severity: 'error', file: P, at: '- tools/missing.yaml', changes: p('- tools/echo.yaml', '- tools/missing.yaml') },
  { name: 'provider Python source missing', code: 'DPR307', severity: 'error', file: P, at: 'source: provider/demo.py', changes: { 'provider/demo.py': null } },
  { name: 'tool without extra.python.source', code: 'DPR101', severity: 'error', file: T, at: 'python: {}', changes: t('  python:\n    source: tools/echo.py\n', '  python: {}\n') },
  { name: 'tool without description.llm', code: 'DPR101', severity: 'error', file: T, at: 'description:', changes: t('  llm: Returns the given text.\n', '') },
  { name: 'tool name with a space', code: 'DPR117', severity: 'error', file: T, at: 'name: echo it', changes: t('name: echo\n', 'name: echo it\n') },
  { name: 'parameter without form', code: 'DPR101', severity: 'error', file: T, at: '- name: text', changes: t('    form: llm\n', '') },
  { name: 'parameter of an unknown type', code: 'DPR103', severity: 'error', file: T, at: 'type: text\n', changes: t('type: string\n', 'type: text\n') },
  { name: 'parameter form that does not exist', code: 'DPR103', severity: 'error', file: T, at: 'form: prompt', changes: t('form: llm', 'form: prompt') },
  { name: 'multiple on a string parameter (SDK rule)', code: 'DPR223', severity: 'error', file: T, at: 'multiple: true', changes: t('    required: true\n    form: llm\n', '    required: true\n    multiple: true\n    form: llm\n') },
  { name: 'select default not among its options', code: 'DPR222', severity: 'warning', file: T, at: 'default: loud', changes: t('default: plain', 'default: loud') },
  { name: 'select without options', code: 'DPR221', severity: 'warning', file: T, at: '- name: mode', changes: t('    options:\n      - value: plain\n        label:\n          en_US: Plain\n      - value: upper\n        label:\n          en_US: Upper case\n', '') },
  { name: 'two parameters with one name', code: 'DPR220', severity: 'warning', file: T, at: 'name: text\n    type: select', changes: t('  - name: mode\n', '  - name: text\n') },
  { name: 'option value PyYAML reads as a boolean', code: 'DPR007', severity: 'warning', file: T, at: 'value: yes', changes: t('value: upper', 'value: yes') },
  { name: 'tool-level icon missing (the CLI accepts it, Dify shows it broken)', code: 'DPR306', severity: 'warning', file: T, at: 'icon: tool.svg', changes: t('  author: acme\n', '  author: acme\n  icon: tool.svg\n') },
  { name: 'a tool file nothing lists', code: 'DPR308', severity: 'warning', file: 'tools/forgotten.yaml', at: 'identity:', changes: { 'tools/forgotten.yaml': edit(T, 'name: echo', 'name: forgotten') } },
  { name: 'duplicate key under extra (only PyYAML reads it)', code: 'DPR002', severity: 'warning', file: T, at: '    source: tools/echo2.py', changes: t('    source: tools/echo.py\n', '    source: tools/echo.py\n    source: tools/echo2.py\n') },
  { name: 'duplicate key in a parameter the daemon decodes', code: 'DPR003', severity: 'error', file: T, at: 'required: true\n    form: form', changes: t('    required: false\n', '    required: false\n    required: true\n') },
];

describe('tool provider and tool rules: each seeded defect yields its code at its file and line', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    await assertCase(c);
  });
});
