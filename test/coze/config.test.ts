import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCozeConfig, isCozeConfigDir } from '../../src/coze/index.js';
import { isGoSemver } from '../../src/coze/meta-rules.js';
import { jsonErrorOffset } from '../../src/coze/oauth-schema.js';
import { change, edit, lineOf, META, makeConfig, NOTES, OAUTH, show, VALID, WEATHER } from './helpers.js';

describe('isCozeConfigDir', () => {
  it('recognises the directory holding plugin_meta.yaml, and only that one', () => {
    expect(isCozeConfigDir(path.join(VALID, 'pluginproduct'))).toBe(true);
    expect(isCozeConfigDir(VALID)).toBe(false);
    expect(isCozeConfigDir(path.join(VALID, 'common'))).toBe(false);
    expect(isCozeConfigDir(path.join(VALID, 'no-such-dir'))).toBe(false);
  });
});

describe('files Coze needs to start', () => {
  it('reports a missing common/oauth_schema.json as an error at the expected path', async () => {
    const findings = await checkCozeConfig(makeConfig({ [OAUTH]: null }));
    expect(findings).toContainEqual(
      expect.objectContaining({ code: 'DPR739', severity: 'error', file: OAUTH, line: 1 }),
    );
  });

  it('reports an unreadable plugin_meta.yaml without checking further', async () => {
    const findings = await checkCozeConfig(makeConfig({ [META]: null }));
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual(['DPR701']);
  });

  it('reports an empty plugin_meta.yaml (Coze would start with no plugin)', async () => {
    const findings = await checkCozeConfig(makeConfig({ [META]: '# nothing yet\n' }));
    expect(findings).toContainEqual(expect.objectContaining({ code: 'DPR701', file: META }));
  });

  it('works on a directory with no configuration around it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dpr-coze-empty-'));
    try {
      const findings = await checkCozeConfig(dir);
      expect(findings.map((f) => f.code).sort()).toEqual(['DPR701', 'DPR739']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('what Coze skips is an error, and what it loads stays quiet', () => {
  it('counts a deprecated tool as listed: its operation is not reported as unlisted', async () => {
    const dir = makeConfig(
      change(
        META,
        '    - tool_id: 320002\n      deprecated: false',
        '    - tool_id: 320002\n      deprecated: true',
      ),
    );
    const codes = (await checkCozeConfig(dir)).map((f) => f.code);
    expect(codes).toContain('DPR716');
    expect(codes).not.toContain('DPR736');
  });

  it('does not check the document of a deprecated plugin', async () => {
    const dir = makeConfig({
      ...change(META, '  deprecated: false\n  version: v1.2.0', '  deprecated: true\n  version: v1.2.0'),
      [NOTES]: 'not: [an, openapi, document]\n',
    });
    const findings = await checkCozeConfig(dir);
    expect(
      findings.filter((f) => f.file === NOTES),
      show(findings),
    ).toEqual([]);
  });

  it('accepts the yaml.v3 booleans and Go semver shorthands Coze accepts', async () => {
    const dir = makeConfig({
      ...change(META, '  deprecated: false\n  version: v1.2.0', '  deprecated: no\n  version: v1.2'),
    });
    const findings = await checkCozeConfig(dir);
    expect(
      findings.filter((f) => f.severity !== 'notice'),
      show(findings),
    ).toEqual([]);
  });

  it('counts an operation as listed when any plugin sharing the document lists it', async () => {
    const dir = makeConfig({
      [META]: (t: string) =>
        edit(
          '    - tool_id: 310002\n      deprecated: false\n      method: get\n      sub_url: /v1/cities/{city_id}\n',
          '',
        )(t)
          .replace('openapi_doc_file: daily_quote.yaml', 'openapi_doc_file: weather_lookup.yaml')
          .replace('      sub_url: /quote', '      sub_url: /v1/cities/{city_id}'),
    });
    const findings = await checkCozeConfig(dir);
    expect(
      findings.filter((f) => f.severity !== 'notice'),
      show(findings),
    ).toEqual([]);
  });

  it('reports an OpenAPI YAML syntax error in the document, not in plugin_meta.yaml', async () => {
    const dir = makeConfig(change(WEATHER, '  title: Weather Lookup', '  title: "Weather Lookup'));
    const findings = await checkCozeConfig(dir);
    expect(findings).toContainEqual(
      expect.objectContaining({ code: 'DPR001', severity: 'error', file: WEATHER }),
    );
  });

  it('resolves $ref to components: a referenced object schema satisfies the 200 rule', async () => {
    const findings = await checkCozeConfig(makeConfig());
    expect(findings.filter((f) => f.file === NOTES)).toEqual([]);
  });

  it('reports a logo_url missing from the bundled icon directory, naming the icon', async () => {
    const dir = makeConfig(
      change(
        META,
        'logo_url: official_plugin_icon/plugin_note_keeper.svg',
        'logo_url: official_plugin_icon/missing.png',
      ),
    );
    const findings = await checkCozeConfig(dir);
    const icon = findings.find((f) => f.code === 'DPR715');
    expect(icon?.severity).toBe('warning');
    expect(icon?.message).toContain('official_plugin_icon/missing.png');
  });
});

describe('icons in a Coze Studio checkout', () => {
  it('finds them in docker/volumes/minio/ of the enclosing repository', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'dpr-coze-repo-'));
    try {
      const conf = path.join(root, 'backend', 'conf', 'plugin');
      cpSync(path.join(VALID, 'pluginproduct'), path.join(conf, 'pluginproduct'), { recursive: true });
      cpSync(path.join(VALID, 'common'), path.join(conf, 'common'), { recursive: true });
      const icons = path.join(root, 'docker', 'volumes', 'minio', 'official_plugin_icon');
      cpSync(path.join(VALID, 'official_plugin_icon'), icons, { recursive: true });
      const dir = path.join(conf, 'pluginproduct');
      expect((await checkCozeConfig(dir)).filter((f) => f.code === 'DPR715')).toEqual([]);
      rmSync(path.join(icons, 'plugin_daily_quote.svg'));
      const missing = (await checkCozeConfig(dir)).filter((f) => f.code === 'DPR715');
      const line = lineOf(
        readFileSync(path.join(dir, META), 'utf8'),
        'logo_url: official_plugin_icon/plugin_daily_quote',
      );
      expect(missing.map((f) => [f.severity, f.line])).toEqual([['warning', line]]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('says once, as a notice, when there is no icon directory to check against', async () => {
    const dir = makeConfig();
    rmSync(path.join(dir, '..', 'official_plugin_icon'), { recursive: true });
    const icons = (await checkCozeConfig(dir)).filter((f) => f.code === 'DPR715');
    expect(icons.map((f) => f.severity)).toEqual(['notice']);
  });
});

describe('Go semver (golang.org/x/mod/semver.IsValid)', () => {
  it.each([
    ['v1.0.0', true],
    ['v1', true],
    ['v1.2', true],
    ['v1.2.3-beta.1+build.5', true],
    ['1.0.0', false],
    ['v1.0.0.0', false],
    ['v01.0.0', false],
    ['v1.2-beta', false],
    ['v1.0.0-01', false],
    ['V1.0.0', false],
  ] as const)('%s → %s', (version, valid) => {
    expect(isGoSemver(version)).toBe(valid);
  });
});

describe('jsonErrorOffset', () => {
  it.each([
    ['[1, 2]', undefined],
    ['{"a": [true, null, -1.5e3, "x\\u00e9"]}', undefined],
    ['[1,]', 3],
    ['{"a" 1}', 5],
    ['[1] x', 4],
    ['', 0],
    ['\ufeff[]', 0],
    ["{'a': 1}", 1],
  ] as const)('%j → %j', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });
});
