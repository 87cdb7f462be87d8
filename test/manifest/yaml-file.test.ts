import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkSchema } from '../../src/manifest/schema-check.js';
import { parseYamlBytes } from '../../src/yaml/parse-bytes.js';
import { pointerToPath } from '../../src/yaml/pointer.js';
import { pythonStr, pyyamlPlain } from '../../src/yaml/pyyaml.js';
import { YamlFile } from '../../src/yaml/yaml-file.js';
import { edit, writePlugin } from '../helpers/plugins.js';
import { findingsOf } from '../helpers/rule-cases.js';

describe('YamlFile: the hazards real plugins contain', () => {
  it('keeps positions through a BOM and CRLF line endings', () => {
    const f = new YamlFile('m.yaml', '\uFEFFname: x\r\nmeta:\r\n  version: 0.0.1\r\n');
    expect(f.problems).toEqual([]);
    expect(f.value).toEqual({ name: 'x', meta: { version: '0.0.1' } });
    expect(f.locate('/name')).toMatchObject({ line: 1, column: 7 });
    expect(f.locate('/meta/version')).toMatchObject({ line: 3, column: 12 });
    expect(f.locate('/meta/version', 'key')).toMatchObject({ line: 3, column: 3 });
  });

  it('keeps unquoted timestamps with nanoseconds as their text', () => {
    const f = new YamlFile('m.yaml', 'created_at: 2024-09-20T08:03:44.658609186Z\n');
    expect(f.value).toEqual({ created_at: '2024-09-20T08:03:44.658609186Z' });
  });

  it('resolves anchors, aliases and merge keys, with the merged values at their new pointers', () => {
    const f = new YamlFile('m.yaml', 'base: &b\n  x: 3.10\n  y: 1\nuse: *b\nmerged:\n  <<: *b\n  y: 2\n');
    expect(f.value).toEqual({ base: { x: 3.1, y: 1 }, use: { x: 3.1, y: 1 }, merged: { x: 3.1, y: 2 } });
    expect(f.plainText.get('/merged/x')).toBe('3.10');
    expect(f.goValue()).toMatchObject({ merged: { x: '3.10', y: '2' } });
  });

  it('keeps the last of duplicate keys and records both positions', () => {
    const f = new YamlFile('m.yaml', 'a: 1\nb: 2\na: 3\n');
    expect(f.value).toEqual({ a: 3, b: 2 });
    expect(f.duplicates).toEqual([
      {
        parent: '',
        key: 'a',
        first: { file: 'm.yaml', line: 1, column: 1 },
        second: { file: 'm.yaml', line: 3, column: 1 },
      },
    ]);
  });

  it('reports bad YAML as one finding with its position, never a throw', () => {
    const f = new YamlFile('m.yaml', 'name: x\nlabel:\n  en_US: "unclosed\nicon: a.svg\n');
    expect(f.value).toBeUndefined();
    expect(f.problems).toHaveLength(1);
    expect(f.problems[0]).toMatchObject({ code: 'DPR001', severity: 'error', file: 'm.yaml' });
    expect(f.problems[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('reports a file that is not UTF-8', () => {
    const f = parseYamlBytes('m.yaml', new Uint8Array([0x6e, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
    expect(f.problems).toMatchObject([{ code: 'DPR004', line: 1 }]);
  });

  it('survives alias bombs and keys such as __proto__', () => {
    const bomb = `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n__proto__: {polluted: true}\n`;
    const f = new YamlFile('m.yaml', bomb);
    expect(f.problems).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(f.value as object)).toContain('__proto__');
  });

  it('names pointers the way users write fields', () => {
    expect(pointerToPath('/meta/runner/version')).toBe('meta.runner.version');
    expect(pointerToPath('/parameters/2/options/0/value')).toBe('parameters[2].options[0].value');
    expect(pointerToPath('')).toBe('(document)');
  });
});

describe('a plugin with those hazards validates cleanly', () => {
  it('accepts BOM + CRLF + nanosecond timestamps + anchors in real files', async () => {
    const manifest = edit(
      'manifest.yaml',
      'created_at: "2025-01-15T10:00:00Z"',
      'created_at: 2025-01-15T10:00:00.658609186Z',
    )
      .replace('label:\n  en_US: Demo tool', 'label: &label\n  en_US: Demo tool')
      .replace(/\n/g, '\r\n');
    const dir = writePlugin({ 'manifest.yaml': `\uFEFF${manifest}` });
    const findings = await findingsOf(dir);
    expect(findings.filter((f) => f.severity !== 'notice')).toEqual([]);
  });

  it('reports a syntax error in a declaration file with its position and nothing else from that file', async () => {
    const dir = writePlugin({ 'tools/echo.yaml': 'identity:\n  name: echo\n   author: acme\n' });
    const findings = (await findingsOf(dir)).filter((f) => f.file === 'tools/echo.yaml');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'DPR001', severity: 'error', line: 2, column: 9 });
  });

  it('gives one clear finding for a manifest.yaml that is not a Dify manifest', async () => {
    const k8s = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n';
    const findings = await findingsOf(writePlugin({ 'manifest.yaml': k8s }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'DPR006', severity: 'error', file: 'manifest.yaml', line: 1 });
    expect(findings[0]!.message).toContain('apiVersion');
  });

  it('recognises a bundle manifest and points at its type', async () => {
    const bundle = 'name: b\nlabels:\n  en_US: B\ntype: bundle\nversion: 0.0.1\n';
    const findings = await findingsOf(writePlugin({ 'manifest.yaml': bundle }));
    expect(findings).toMatchObject([{ code: 'DPR006', line: 4 }]);
  });

  it('treats an empty manifest as not a manifest', async () => {
    const findings = await findingsOf(writePlugin({ 'manifest.yaml': '' }));
    expect(findings).toMatchObject([{ code: 'DPR006' }]);
  });
});

describe('schema checks on numbers written without quotes', () => {
  it('reads plain scalars as Go does for string fields, and numbers for number fields', async () => {
    const f = new YamlFile(
      'tools/x.yaml',
      'identity:\n  name: 123\n  author: acme\n  label:\n    en_US: 1.10\ndescription:\n  human:\n    en_US: ok\n  llm: ok\nextra:\n  python:\n    source: tools/x.py\n',
    );
    const codes = (await checkSchema(f, 'tool.schema.json')).map((x) => `${x.code}@${x.line}`);
    // en_US 1.10 is "1.10" to the daemon, but the float 1.1 to PyYAML: a warning, not a type error.
    expect(codes).toEqual(['DPR007@5']);
  });
});

describe('pyyamlPlain: PyYAML 1.1 readings', () => {
  const table: [string, string, string][] = [
    ['3.10', 'float', '3.1'],
    ['010', 'int', '8'],
    ['1_000', 'int', '1000'],
    ['1e3', 'str', '1e3'],
    ['yes', 'bool', 'True'],
    ['No', 'bool', 'False'],
    ['on', 'bool', 'True'],
    ['0', 'int', '0'],
    ['1.0', 'float', '1.0'],
    ['12:30', 'int', '750'],
    ['.5', 'float', '0.5'],
    ['~', 'NoneType', 'None'],
    ['0x1F', 'int', '31'],
    ['true', 'bool', 'True'],
    ['plain text', 'str', 'plain text'],
  ];
  it.each(table)('%s is a %s (%s)', (text, type, str) => {
    const v = pyyamlPlain(text);
    expect(v.type).toBe(type);
    if (type !== 'datetime') expect(pythonStr(v)).toBe(str);
  });

  const python = spawnSync('python3', ['-c', 'import yaml'], { encoding: 'utf8' });
  it.skipIf(python.status !== 0)('agrees with the real PyYAML (when python3 has it)', () => {
    const script = `import yaml,sys,json\nout=[]\nfor t in json.load(sys.stdin):\n  v=yaml.safe_load('a: '+t)['a']\n  out.append([type(v).__name__, str(v)])\nprint(json.dumps(out))`;
    const texts = table.map(([t]) => t);
    const r = spawnSync('python3', ['-c', script], { input: JSON.stringify(texts), encoding: 'utf8' });
    const real = JSON.parse(r.stdout) as [string, string][];
    expect(real).toEqual(texts.map((t) => [pyyamlPlain(t).type, pythonStr(pyyamlPlain(t))]));
  });
});
