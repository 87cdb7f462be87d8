import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import { validate } from '../../src/manifest/validate.js';
import { packagePlugin } from '../../src/package/package.js';
import { getAt } from '../../src/yaml/pointer.js';
import { YamlFile } from '../../src/yaml/yaml-file.js';
import { MODEL_PLUGIN } from '../helpers/kinds.js';
import { edit, tempDir, writePlugin } from '../helpers/plugins.js';
import { findingsOf } from '../helpers/rule-cases.js';
import { hasOfficialRepo, OFFICIAL_REPO, skipNote } from '../helpers/shared.js';

/**
 * Verdicts Dify would give: what a Dify layer refuses is an error, what Dify accepts is at most a
 * warning. Each class has a fixture written here, and the published plugin it was met on.
 */

const errors = (findings: Finding[]) => findings.filter((f) => f.severity === 'error');

describe('YAML both of Dify’s parsers read is never a syntax error', () => {
  it('a double-quoted value whose continuation lines sit at the key’s indentation is read, with a portability warning', async () => {
    const tool = edit(
      'tools/echo.yaml',
      '  llm: Returns the given text.',
      '  llm: "Returns the text,\\\n  exactly as given\n  and nothing else."',
    );
    const dir = writePlugin({ 'tools/echo.yaml': tool });
    const findings = await findingsOf(dir);
    expect(errors(findings)).toEqual([]);
    const warning = findings.find((f) => f.code === 'DPR009');
    expect(warning).toMatchObject({ severity: 'warning', file: 'tools/echo.yaml', line: 10 });
    // The value PyYAML and yaml.v3 read: an escaped line break joins, a plain one folds to a space.
    const file = new YamlFile('tools/echo.yaml', tool);
    expect(getAt(file.value, '/description/llm')).toBe('Returns the text,exactly as given and nothing else.');
    expect(file.locate('/parameters/0/name').line).toBe(13);
  });

  it('an unclosed quote is still a syntax error', async () => {
    const tool = edit('tools/echo.yaml', '  llm: Returns the given text.', '  llm: "Returns the text');
    const findings = await findingsOf(writePlugin({ 'tools/echo.yaml': tool }));
    expect(findings.find((f) => f.code === 'DPR001')?.severity).toBe('error');
  });
});

describe('i18n objects: Go and pydantic ignore unknown keys', () => {
  it('placeholder indented under label is one warning that says what Dify shows, not a type error', async () => {
    const provider = edit(
      'provider/demo.yaml',
      '    label:\n      en_US: API key\n',
      '    label:\n      en_US: API key\n      placeholder:\n        en_US: Paste the key\n',
    );
    const findings = await findingsOf(writePlugin({ 'provider/demo.yaml': provider }));
    expect(errors(findings)).toEqual([]);
    const hit = findings.filter((f) => f.file === 'provider/demo.yaml' && f.code !== 'DPR212');
    expect(hit).toHaveLength(1);
    expect(hit[0]).toMatchObject({ code: 'DPR106', severity: 'warning' });
    expect(hit[0]!.message).toContain('Dify shows "API key"');
    expect(findings.some((f) => f.code === 'DPR207')).toBe(false);
  });

  it('a credential help the SDK does not read, written as {text: {...}}, is a warning', async () => {
    const provider = edit(
      'provider/demo.yaml',
      '      placeholder:\n        en_US: Enter your API key\n',
      '      placeholder:\n        en_US: Enter your API key\n      help:\n        text:\n          en_US: Where to find it\n',
      MODEL_PLUGIN,
    );
    const findings = await findingsOf(writePlugin({ 'provider/demo.yaml': provider }, MODEL_PLUGIN));
    expect(errors(findings)).toEqual([]);
    const help = findings.filter((f) => f.file === 'provider/demo.yaml' && /help/.test(f.message));
    expect(help.map((f) => f.severity)).toEqual(['warning', 'warning']);
    expect(help.some((f) => /remote debugging/.test(f.message))).toBe(true);
  });

  it('more than 32 credential fields: only remote debugging refuses it', async () => {
    const fields = Array.from(
      { length: 33 },
      (_, i) =>
        `    - variable: field_${i}\n      label:\n        en_US: Field ${i}\n      type: text-input\n      required: false\n`,
    ).join('');
    const provider = edit(
      'provider/demo.yaml',
      'provider_credential_schema:\n  credential_form_schemas:\n',
      `provider_credential_schema:\n  credential_form_schemas:\n${fields}`,
      MODEL_PLUGIN,
    );
    const findings = await findingsOf(writePlugin({ 'provider/demo.yaml': provider }, MODEL_PLUGIN));
    expect(errors(findings)).toEqual([]);
    const limit = findings.find((f) => f.code === 'DPR105');
    expect(limit?.severity).toBe('warning');
    expect(limit?.message).toMatch(/remote debugging/);
  });
});

describe('messages a newcomer needs', () => {
  it('entrypoint: main.py → write `entrypoint: main`', async () => {
    const manifest = edit('manifest.yaml', 'entrypoint: main', 'entrypoint: main.py');
    const hit = (await findingsOf(writePlugin({ 'manifest.yaml': manifest }))).find(
      (f) => f.code === 'DPR312',
    );
    expect(hit?.fix).toBe('Write `entrypoint: main` (a module name, without .py).');
  });

  it('version: 1.0 shows what was written and a valid example', async () => {
    const manifest = edit('manifest.yaml', 'version: 0.1.0', 'version: 1.0');
    const hit = (await findingsOf(writePlugin({ 'manifest.yaml': manifest }))).find(
      (f) => f.code === 'DPR110',
    );
    expect(hit?.message).toContain('version is 1.0');
    expect(hit?.fix).toContain('`version: 1.0.0`');
  });

  it('a tool YAML listed where the provider belongs: one finding naming the mistake', async () => {
    const manifest = edit('manifest.yaml', '    - provider/demo.yaml', '    - tools/echo.yaml');
    const findings = await findingsOf(writePlugin({ 'manifest.yaml': manifest }));
    const errs = errors(findings);
    expect(errs).toHaveLength(1);
    expect(errs[0]!.message).toBe(
      'tools/echo.yaml is a tool declaration, listed where a tool provider belongs',
    );
  });

  it('a missing file near an existing one, and an enum value near an allowed one: did you mean …', async () => {
    const provider = edit('provider/demo.yaml', '  - tools/echo.yaml', '  - tools/ecko.yaml');
    const tool = edit('tools/echo.yaml', 'type: select', 'type: selct');
    const findings = await findingsOf(
      writePlugin({ 'provider/demo.yaml': provider, 'tools/echo.yaml': tool }),
    );
    expect(findings.find((f) => f.code === 'DPR301')?.fix).toBe('Did you mean "tools/echo.yaml"?');
    const tool2 = await findingsOf(writePlugin({ 'tools/echo.yaml': tool }));
    expect(tool2.find((f) => f.code === 'DPR103')?.message).toContain('did you mean "select"?');
  });
});

describe('orphan declaration files', () => {
  const config = 'model: demo-large\nmodel_type: llm\nlabel:\n  en_US: Demo large\n';
  it('one the plugin’s own code loads (model_configurations/*.yaml read by llm.py) is not “never loaded”', async () => {
    const dir = writePlugin(
      {
        'models/llm/model_configurations/demo-large.yaml': config,
        'models/llm/llm.py':
          "import os\nHERE = os.path.dirname(__file__)\npath = os.path.join(HERE, 'model_configurations', f'{name}.yaml')\n",
      },
      MODEL_PLUGIN,
    );
    expect((await findingsOf(dir)).some((f) => f.code === 'DPR308')).toBe(false);
  });

  it('one nothing reads is still reported', async () => {
    const dir = writePlugin({ 'models/llm/model_configurations/demo-large.yaml': config }, MODEL_PLUGIN);
    expect((await findingsOf(dir)).find((f) => f.code === 'DPR308')?.file).toBe(
      'models/llm/model_configurations/demo-large.yaml',
    );
  });
});

describe('an empty _position.yaml', () => {
  it('is an error: the daemon reads it as null and Dify refuses the install', async () => {
    const dir = writePlugin({ 'models/llm/_position.yaml': '' }, MODEL_PLUGIN);
    const findings = await findingsOf(dir);
    const hit = findings.find((f) => f.code === 'DPR008');
    expect(hit).toMatchObject({ severity: 'error', file: 'provider/demo.yaml' });
    expect(hit!.message).toContain('models/llm/_position.yaml');
  });

  it('a comment-only file is empty too; a list is fine', async () => {
    const comment = await findingsOf(writePlugin({ 'models/llm/_position.yaml': '# order\n' }, MODEL_PLUGIN));
    expect(comment.some((f) => f.code === 'DPR008')).toBe(true);
    const fine = await findingsOf(writePlugin({}, MODEL_PLUGIN));
    expect(fine.some((f) => f.code === 'DPR008')).toBe(false);
  });
});

describe('no noise about what nothing reads', () => {
  it('a bumped meta.version is not reported (nothing in Dify reads its value)', async () => {
    const manifest = edit('manifest.yaml', '  version: 0.0.1\n  arch', '  version: 0.1.0\n  arch');
    const findings = await findingsOf(writePlugin({ 'manifest.yaml': manifest }));
    expect(findings.filter((f) => f.file === 'manifest.yaml')).toEqual([]);
  });
});

describe('every Python file the package ships must compile', () => {
  const broken = { 'tools/echo.py': 'def _invoke(self, params):\n    return [\n' };

  it('validate: a syntax error is an error with file and line (one Python for every plugin)', async () => {
    const a = writePlugin(broken);
    const result = await validate([a], { cwd: a });
    const hit = result.findings.find((f) => f.code === 'DPR415');
    expect(hit).toMatchObject({ severity: 'error', file: 'tools/echo.py', line: 2 });
    expect(hit!.message).toMatch(/does not compile with Python 3\./);
  });

  it('package: the same error, and no package written', async () => {
    const result = await packagePlugin({ path: writePlugin(broken), outDir: tempDir() });
    expect(result.findings.find((f) => f.code === 'DPR415')?.severity).toBe('error');
    expect(result.path).toBeUndefined();
  });

  it('without a Python, a notice says the files were not compiled (never a silent pass)', async () => {
    const dir = writePlugin(broken);
    const env = { ...process.env, DPR_PYTHON: path.join(dir, 'no-such-python') };
    const result = await validate([dir], { cwd: dir, env });
    expect(result.findings.some((f) => f.code === 'DPR415')).toBe(false);
    expect(result.findings.find((f) => f.code === 'DPR416')).toMatchObject({ severity: 'notice' });
  });
});

describe('package -o', () => {
  it('-o out/x.difypkg writes that file (the Dify CLI’s habit)', async () => {
    const out = tempDir();
    const result = await packagePlugin({ path: writePlugin(), outDir: path.join(out, 'dist', 'x.difypkg') });
    expect(result.path).toBe(path.join(out, 'dist', 'x.difypkg'));
    expect(existsSync(result.path!)).toBe(true);
  });

  it('-o DIR stays a directory, even one whose name ends in .difypkg', async () => {
    const out = tempDir();
    mkdirSync(path.join(out, 'odd.difypkg'));
    const result = await packagePlugin({ path: writePlugin(), outDir: path.join(out, 'odd.difypkg') });
    expect(result.path).toBe(path.join(out, 'odd.difypkg', 'demo_tool-0.1.0.difypkg'));
  });
});

describe(`published plugins Dify installs validate without errors${skipNote('the official repository', hasOfficialRepo)}`, () => {
  for (const plugin of ['tools/jiandaoyun', 'models/bedrock', 'models/openai_api_compatible']) {
    it.skipIf(!hasOfficialRepo)(plugin, async () => {
      const result = await validate([path.join(OFFICIAL_REPO, plugin)], { cwd: OFFICIAL_REPO });
      expect(errors(result.findings)).toEqual([]);
    });
  }
});
