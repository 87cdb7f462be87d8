import { describe, expect, it } from 'vitest';
import { capNotes, changelogSection, GITHUB_BODY_LIMIT, prReleaseNotes } from '../../src/github/notes.js';
import {
  isPrerelease,
  normalizeTag,
  pluginType,
  renderTag,
  unknownPlaceholders,
} from '../../src/github/tags.js';
import { parseYamlBytes } from '../../src/yaml/parse-bytes.js';

describe('tag patterns', () => {
  const facts = { name: 'google', version: '0.2.1', author: 'acme', type: 'tools' };
  it('renders the three layouts the issue names', () => {
    expect(renderTag('v{version}', facts).tag).toBe('v0.2.1');
    expect(renderTag('{name}/v{version}', facts).tag).toBe('google/v0.2.1');
    expect(renderTag('{type}/{name}/{version}', facts).tag).toBe('tools/google/0.2.1');
    expect(renderTag('{type}/{name}', { ...facts, type: undefined }).missing).toBe('type');
    expect(unknownPlaceholders('{versoin}-{name}')).toEqual(['versoin']);
    expect(normalizeTag('refs/tags/v1.0.0')).toBe('v1.0.0');
  });

  it('{type} is the folder the official repository uses for the provider kind', () => {
    const m = (plugins: string) =>
      parseYamlBytes('manifest.yaml', Buffer.from(`name: x\nplugins:\n${plugins}`));
    expect(pluginType(m('  tools:\n    - a.yaml\n'))).toBe('tools');
    expect(pluginType(m('  endpoints:\n    - e.yaml\n'))).toBe('extensions');
    expect(pluginType(m('  endpoints:\n    - e.yaml\n  models:\n    - m.yaml\n'))).toBe('models');
    expect(pluginType(m('  agent_strategies:\n    - s.yaml\n'))).toBe('agent-strategies');
  });

  it('pre-releases by PEP 440 (as Dify orders versions) and semver', () => {
    for (const v of ['1.0.0-beta1', '1.0.0rc1', '0.0.1b1', '1.0.0.dev3', '1.0.0-alpha'])
      expect(isPrerelease(v), v).toBe(true);
    for (const v of ['1.0.0', '1.0.0-1', '2.3.4+local']) expect(isPrerelease(v), v).toBe(false);
  });
});

describe('release notes', () => {
  const log = `# Changelog

## [Unreleased]
- soon

## [1.2.0] - 2025-05-01
### Added
- a thing

## 1.1.0
- older

[1.2.0]: https://example.com/compare
`;
  it('takes the version’s Keep a Changelog section, up to the next one or the link definitions', () => {
    expect(changelogSection(log, '1.2.0')).toBe('### Added\n- a thing');
    expect(changelogSection(log, '1.1.0')).toBe('- older');
    expect(changelogSection(log, '1.2')).toBeUndefined();
    expect(changelogSection('## v3.0.0 (2025-01-01)\nbig\n', '3.0.0')).toBe('big');
  });

  it('reads a PR’s Release Notes section, comments removed', () => {
    expect(prReleaseNotes('## Release Notes\n<!-- fill in -->\n- fixed\n\n## Other\nx')).toBe('- fixed');
    expect(prReleaseNotes('no sections')).toBeUndefined();
  });

  it('cuts at a line to GitHub’s limit and says so', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `line ${i} ${'y'.repeat(30)}`).join('\n');
    const c = capNotes(text, 'CHANGELOG.md');
    expect(c.cut).toBe(true);
    expect(c.text.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(c.text).toMatch(
      /line \d+ y+\n\n… cut to GitHub’s 125000-character limit; the full notes are in CHANGELOG\.md\.$/,
    );
    expect(capNotes('short', 'x')).toEqual({ text: 'short', cut: false });
  });
});
