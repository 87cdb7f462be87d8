import { describe, expect, it } from 'vitest';
import { edit, TOOL_PLUGIN, writePlugin } from '../helpers/plugins.js';
import { assertCase, findingsOf, type RuleCase } from '../helpers/rule-cases.js';

const M = 'manifest.yaml';
const m = (from: string, to: string) => ({ [M]: edit(M, from, to) });

describe('the base fixture', () => {
  it('is clean, so every case below is caused by its one change', async () => {
    const findings = await findingsOf(writePlugin());
    expect(findings.filter((f) => f.severity !== 'notice')).toEqual([]);
  });
});

/** One seeded defect per manifest rule: code, file, line and severity are asserted. */
// biome-ignore format: one case per line reads as a table
const cases: RuleCase[] = [
  { name: 'version with two parts', code: 'DPR110', severity: 'error', file: M, at: 'version: "1.0"', changes: m('version: 0.1.0', 'version: "1.0"') },
  { name: 'version with a five-digit part', code: 'DPR110', severity: 'error', file: M, at: 'version: 10000', changes: m('version: 0.1.0', 'version: 10000.0.0') },
  { name: 'version suffix PEP 440 cannot read', code: 'DPR214', severity: 'error', file: M, at: 'version: 1.0.0-hotfix', changes: m('version: 0.1.0', 'version: 1.0.0-hotfix') },
  { name: 'type is not plugin', code: 'DPR103', severity: 'error', file: M, at: 'type: plugins', changes: m('type: plugin', 'type: plugins') },
  { name: 'uppercase author', code: 'DPR111', severity: 'error', file: M, at: 'author: Acme', changes: m('author: acme', 'author: Acme') },
  { name: 'missing author', code: 'DPR111', severity: 'error', file: M, at: 'version: 0.1.0', changes: m('author: acme\n', '') },
  { name: 'UUID author', code: 'DPR208', severity: 'error', file: M, at: 'author: 3f2b', changes: m('author: acme', 'author: 3f2b6e4c-1d2a-4b5c-8d9e-0f1a2b3c4d5e') },
  { name: 'name with a space', code: 'DPR112', severity: 'error', file: M, at: 'name: demo tool', changes: m('name: demo_tool', 'name: demo tool') },
  { name: 'label without en_US', code: 'DPR101', severity: 'error', file: M, at: 'label:', changes: m('  en_US: Demo tool\n', '') },
  { name: 'missing icon', code: 'DPR101', severity: 'error', file: M, at: 'version: 0.1.0', changes: m('icon: icon.svg\n', '') },
  { name: 'memory zero', code: 'DPR105', severity: 'error', file: M, at: 'memory: 0', changes: m('memory: 268435456', 'memory: 0') },
  { name: 'memory quoted as text', code: 'DPR102', severity: 'error', file: M, at: 'memory: "lots"', changes: m('memory: 268435456', 'memory: "lots"') },
  { name: 'memory of a few hundred bytes', code: 'DPR206', severity: 'warning', file: M, at: 'memory: 512', changes: m('memory: 268435456', 'memory: 512') },
  { name: 'storage size below 1 KiB', code: 'DPR114', severity: 'error', file: M, at: 'size: 10', changes: m('    tool:\n      enabled: true\n', '    tool:\n      enabled: true\n    storage:\n      enabled: false\n      size: 10\n') },
  { name: 'storage block without size', code: 'DPR114', severity: 'error', file: M, at: 'storage:', changes: m('    tool:\n      enabled: true\n', '    tool:\n      enabled: true\n    storage:\n      enabled: true\n') },
  { name: 'permission at the top level (Dify ignores it)', code: 'DPR204', severity: 'warning', file: M, at: 'permission:\n  tool', changes: m('tags:', 'permission:\n  tool:\n    enabled: true\ntags:') },
  { name: 'permission at the top level, code making reverse invocations', code: 'DPR204', severity: 'error', file: M, at: 'permission:\n  model', changes: { ...m('tags:', 'permission:\n  model:\n    enabled: true\ntags:'), 'tools/echo.py': 'class Echo:\n    def _invoke(self, p):\n        return self.session.model.llm.invoke(model_config=None, prompt_messages=[])\n' } },
  { name: 'unknown key under resource.permission', code: 'DPR106', severity: 'warning', file: M, at: 'toool:', changes: m('    tool:\n      enabled: true\n', '    toool:\n      enabled: true\n') },
  { name: 'misspelt top-level key', code: 'DPR106', severity: 'warning', file: M, at: 'minimun_dify_version', changes: m('tags:', 'minimun_dify_version: "1.0.0"\ntags:') },
  { name: 'unsupported arch', code: 'DPR103', severity: 'error', file: M, at: '- x86', changes: m('    - arm64', '    - x86') },
  { name: 'empty arch list', code: 'DPR105', severity: 'warning', file: M, at: 'arch: []', changes: m('  arch:\n    - amd64\n    - arm64\n', '  arch: []\n') },
  { name: 'runner language go', code: 'DPR103', severity: 'error', file: M, at: 'language: go', changes: m('language: python', 'language: go') },
  { name: 'missing entrypoint', code: 'DPR101', severity: 'error', file: M, at: 'runner:', changes: m('    entrypoint: main\n', '') },
  { name: 'unknown tag', code: 'DPR113', severity: 'error', file: M, at: '- tooling', changes: m('  - utilities', '  - tooling') },
  { name: 'created_at not a timestamp', code: 'DPR115', severity: 'error', file: M, at: 'created_at: "yesterday"', changes: m('created_at: "2025-01-15T10:00:00Z"', 'created_at: "yesterday"') },
  { name: 'quoted created_at without a time', code: 'DPR115', severity: 'error', file: M, at: 'created_at: "2025-01-15"', changes: m('created_at: "2025-01-15T10:00:00Z"', 'created_at: "2025-01-15"') },
  { name: 'created_at in the future', code: 'DPR210', severity: 'warning', file: M, at: 'created_at: "2099', changes: m('created_at: "2025-01-15T10:00:00Z"', 'created_at: "2099-01-01T00:00:00Z"') },
  { name: 'repo that is not a URL', code: 'DPR116', severity: 'error', file: M, at: 'repo: acme/demo', changes: m('privacy: PRIVACY.md', 'privacy: PRIVACY.md\nrepo: acme/demo') },
  { name: 'no plugin kind', code: 'DPR201', severity: 'error', file: M, at: 'plugins:', changes: m('  tools:\n    - provider/demo.yaml\n', '  tools: []\n') },
  { name: 'model combined with tools', code: 'DPR202', severity: 'error', file: M, at: 'models:', changes: m('    - provider/demo.yaml\n', '    - provider/demo.yaml\n  models:\n    - provider/demo.yaml\n') },
  { name: 'two tool providers', code: 'DPR203', severity: 'warning', file: M, at: '- provider/other.yaml', changes: { ...m('    - provider/demo.yaml\n', '    - provider/demo.yaml\n    - provider/other.yaml\n'), 'provider/other.yaml': TOOL_PLUGIN['provider/demo.yaml']!.replace('name: demo', 'name: other') } },
  { name: 'endpoints without the endpoint permission', code: 'DPR205', severity: 'error', file: M, at: 'permission:', changes: { ...m('    - provider/demo.yaml\n', '    - provider/demo.yaml\n  endpoints:\n    - group/hooks.yaml\n'), 'group/hooks.yaml': 'settings: []\nendpoints: []\n' } },
  { name: 'unknown locale zh_CN', code: 'DPR207', severity: 'warning', file: M, at: 'zh_CN', changes: m('  zh_Hans: 演示工具', '  zh_CN: 演示工具') },
  { name: 'locale the daemon drops', code: 'DPR207', severity: 'notice', file: M, at: 'ko_KR', changes: m('  zh_Hans: 演示工具', '  ko_KR: 데모') },
  { name: 'minimum_dify_version missing', code: 'DPR212', severity: 'warning', file: M, at: 'meta:', changes: m('  minimum_dify_version: "1.0.0"\n', '') },
  { name: 'minimum_dify_version not a version', code: 'DPR211', severity: 'error', file: M, at: 'minimum_dify_version: latest', changes: m('minimum_dify_version: "1.0.0"', 'minimum_dify_version: latest') },
  { name: 'minimum_dify_version not semver', code: 'DPR211', severity: 'warning', file: M, at: 'minimum_dify_version: "1.9"', changes: m('minimum_dify_version: "1.0.0"', 'minimum_dify_version: "1.9"') },
  { name: 'unquoted runner version PyYAML reads as a float', code: 'DPR007', severity: 'warning', file: M, at: 'version: 3.10', changes: m('version: "3.12"', 'version: 3.10') },
  { name: 'entrypoint module missing', code: 'DPR312', severity: 'error', file: M, at: 'entrypoint: main', changes: { 'main.py': null } },
  { name: 'manifest icon missing from _assets', code: 'DPR305', severity: 'error', file: M, at: 'icon: logo.png', changes: m('icon: icon.svg', 'icon: logo.png') },
  { name: 'dark icon missing from _assets', code: 'DPR305', severity: 'error', file: M, at: 'icon_dark: dark.svg', changes: m('icon: icon.svg', 'icon: icon.svg\nicon_dark: dark.svg') },
  { name: 'privacy file missing', code: 'DPR310', severity: 'warning', file: M, at: 'privacy: PRIVACY.md', changes: { 'PRIVACY.md': null } },
  { name: 'provider file missing', code: 'DPR301', severity: 'error', file: M, at: '- provider/demo.yaml', changes: { 'provider/demo.yaml': null, 'provider/demo.py': null } },
  { name: 'provider path with ./', code: 'DPR304', severity: 'error', file: M, at: '- ./provider/demo.yaml', changes: m('- provider/demo.yaml', '- ./provider/demo.yaml') },
  { name: 'provider path leaving the plugin', code: 'DPR302', severity: 'error', file: M, at: '- ../shared/demo.yaml', changes: m('- provider/demo.yaml', '- ../shared/demo.yaml') },
  { name: 'provider path with the wrong case', code: 'DPR301', severity: 'error', file: M, at: '- provider/Demo.yaml', changes: m('- provider/demo.yaml', '- provider/Demo.yaml') },
  { name: 'duplicate key under a decoded mapping', code: 'DPR003', severity: 'error', file: M, at: '  memory: 1', changes: m('  memory: 268435456\n', '  memory: 268435456\n  memory: 1048576\n') },
  { name: 'duplicate key under an ignored key', code: 'DPR002', severity: 'warning', file: M, at: '  b: 2', changes: m('tags:', 'contact_info:\n  b: 1\n  b: 2\ntags:') },
];

describe('manifest rules: each seeded defect yields its code at its file and line', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    await assertCase(c);
  });
});
