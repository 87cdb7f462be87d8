import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type DiffResult, diffPlugins } from '../../src/checks/diff.js';
import { DirSource } from '../../src/manifest/source.js';
import { runCli } from '../helpers/cli.js';
import { ENDPOINT_PLUGIN } from '../helpers/kinds.js';
import { edit, type PluginFiles, TOOL_PLUGIN, tempDir, writePlugin } from '../helpers/plugins.js';

const T = 'tools/echo.yaml';
const P = 'provider/demo.yaml';
const M = 'manifest.yaml';

async function diff(changes: PluginFiles, version = '0.1.0'): Promise<DiffResult> {
  const old = writePlugin();
  const manifest = (changes[M] as string | undefined) ?? TOOL_PLUGIN[M]!;
  const neu = writePlugin({ ...changes, [M]: manifest.replace('version: 0.1.0', `version: ${version}`) });
  return diffPlugins(new DirSource(old), new DirSource(neu));
}

const second = TOOL_PLUGIN[T]!.replace('name: echo', 'name: shout').replace(
  'tools/echo.py',
  'tools/shout.py',
);
const withSecondTool = {
  [P]: edit(P, '  - tools/echo.yaml\n', '  - tools/echo.yaml\n  - tools/shout.yaml\n'),
  'tools/shout.yaml': second,
  'tools/shout.py': '',
};
const optionalParam = `  - name: suffix
    type: string
    required: false
    form: llm
    label:
      en_US: Suffix
    human_description:
      en_US: Appended.
`;

/** Every change class with the bump it needs (the version is raised enough, so only the class is tested). */
// biome-ignore format: one case per line reads as a table
const classes: [string, PluginFiles, 'none' | 'patch' | 'minor' | 'major', RegExp][] = [
  ['nothing', {}, 'none', /^$/],
  ['a label', { [T]: edit(T, 'en_US: Echo\n', 'en_US: Echo back\n') }, 'patch', /files changed/],
  ['a Python file', { 'tools/echo.py': 'print("fixed")\n' }, 'patch', /files changed/],
  ['an added tool', withSecondTool, 'minor', /added tool "shout"/],
  ['a removed tool', { [P]: edit(P, '  - tools/echo.yaml\n', '  - tools/shout.yaml\n'), 'tools/shout.yaml': second }, 'major', /removed tool "echo"/],
  ['a new optional parameter', { [T]: edit(T, 'parameters:\n', `parameters:\n${optionalParam}`) }, 'minor', /new optional parameter "suffix"/],
  ['a new required parameter', { [T]: edit(T, 'parameters:\n', `parameters:\n${optionalParam.replace('required: false', 'required: true')}`) }, 'major', /new required parameter "suffix"/],
  ['a removed parameter', { [T]: edit(T, '  - name: mode\n', '  - name: mode_\n') }, 'major', /removed parameter "mode"/],
  ['a renamed parameter', { [T]: edit(T, '  - name: text\n', '  - name: input\n') }, 'major', /removed parameter "text"/],
  ['a parameter that became required', { [T]: edit(T, 'required: false\n    form: form', 'required: true\n    form: form') }, 'major', /"mode" became required/],
  ['a changed type', { [T]: edit(T, 'type: string\n    required: true', 'type: number\n    required: true') }, 'major', /changed type string → number/],
  ['a narrowed option list', { [T]: edit(T, '      - value: upper\n        label:\n          en_US: Upper case\n', '') }, 'major', /options removed: upper/],
  ['a widened option list', { [T]: edit(T, '      - value: upper\n', '      - value: lower\n        label:\n          en_US: Lower\n      - value: upper\n') }, 'minor', /options added: lower/],
  ['a parameter moved from llm to form', { [T]: edit(T, 'form: llm', 'form: form') }, 'major', /moved from form llm to form/],
  ['a removed credential field', { [P]: edit(P, 'credentials_for_provider:\n  api_key:\n    type: secret-input\n    required: true\n    label:\n      en_US: API key\n', '') }, 'major', /tool credentials: removed field "api_key"/],
  ['a new required credential', { [P]: edit(P, 'credentials_for_provider:\n', 'credentials_for_provider:\n  region:\n    type: text-input\n    required: true\n    label:\n      en_US: Region\n') }, 'major', /new required field "region"/],
  ['a new optional credential', { [P]: edit(P, 'credentials_for_provider:\n', 'credentials_for_provider:\n  region:\n    type: text-input\n    required: false\n    label:\n      en_US: Region\n') }, 'minor', /new optional field "region"/],
];

describe('diff: every change class needs its bump', () => {
  it.each(
    classes.map(([name, changes, bump, message]) => [`${name} → ${bump}`, changes, bump, message] as const),
  )('%s', async (_name, changes, bump, message) => {
    const result = await diff(changes, '9.0.0');
    expect(result.required).toBe(bump);
    expect(result.changes.map((c) => c.message).join('\n')).toMatch(message);
    expect(result.ok).toBe(true);
  });

  it('a plugin against itself is empty', async () => {
    const dir = writePlugin();
    const result = await diffPlugins(new DirSource(dir), new DirSource(dir));
    expect(result).toMatchObject({ changes: [], escalations: [], required: 'none', ok: true, findings: [] });
  });

  it('points each change at its line: a new parameter in the new file, a removed one in the old file', async () => {
    const result = await diff({ [T]: edit(T, '  - name: mode\n', '  - name: style\n') }, '9.0.0');
    const removed = result.changes.find((c) => c.message.includes('removed parameter "mode"'))!;
    const added = result.changes.find((c) => c.message.includes('new optional parameter "style"'))!;
    expect(removed).toMatchObject({ side: 'old', at: { file: T, line: 20 } });
    expect(added).toMatchObject({ side: 'new', at: { file: T, line: 20 } });
  });
});

describe('diff: the version bump must cover the changes', () => {
  const removedTool = {
    [P]: edit(P, '  - tools/echo.yaml\n', '  - tools/shout.yaml\n'),
    'tools/shout.yaml': second,
  };

  it('a breaking change released as a patch fails, naming the auto-upgrade risk and the version to use', async () => {
    const result = await diff(removedTool, '0.1.1');
    expect(result.ok).toBe(false);
    const f = result.findings.find((x) => x.code === 'DPR610')!;
    expect(f).toMatchObject({ severity: 'error', file: M, line: 1, fix: 'Set version: 0.2.0.' });
    expect(f.message).toContain('fix_only');
  });

  it('in 0.x a minor bump is the breaking bump; from 1.0 a major one is needed', async () => {
    expect((await diff(removedTool, '0.2.0')).ok).toBe(true);
    const old = writePlugin({ [M]: edit(M, 'version: 0.1.0', 'version: 1.4.2') });
    const neu = writePlugin({ ...removedTool, [M]: edit(M, 'version: 0.1.0', 'version: 1.5.0') });
    const result = await diffPlugins(new DirSource(old), new DirSource(neu));
    expect(result).toMatchObject({ required: 'major', actual: 'minor', ok: false, suggested: '2.0.0' });
  });

  it('in 0.x an addition needs a patch bump; from 1.0 a minor one; an unchanged or lower version fails', async () => {
    expect(await diff(withSecondTool, '0.1.1')).toMatchObject({ required: 'minor', ok: true });
    const old = writePlugin({ [M]: edit(M, 'version: 0.1.0', 'version: 1.4.2') });
    const neu = writePlugin({ ...withSecondTool, [M]: edit(M, 'version: 0.1.0', 'version: 1.4.3') });
    expect(await diffPlugins(new DirSource(old), new DirSource(neu))).toMatchObject({
      required: 'minor',
      ok: false,
      suggested: '1.5.0',
    });
    expect(await diff({ 'tools/echo.py': 'x = 1\n' }, '0.1.0')).toMatchObject({ actual: 'none', ok: false });
    expect(await diff({ 'tools/echo.py': 'x = 1\n' }, '0.0.9')).toMatchObject({
      actual: 'downgrade',
      ok: false,
    });
  });

  it('a new provider’s required credential is a minor change (no installation has the provider yet)', async () => {
    const old = writePlugin({ [M]: edit(M, 'version: 0.1.0', 'version: 1.4.2') });
    const manifest = edit(M, 'version: 0.1.0', 'version: 1.5.0')
      .replace(
        '    tool:\n      enabled: true\n',
        '    tool:\n      enabled: true\n    endpoint:\n      enabled: true\n',
      )
      .replace(
        '    - provider/demo.yaml\n',
        '    - provider/demo.yaml\n  endpoints:\n    - group/demo.yaml\n',
      );
    const neu = writePlugin({
      [M]: manifest,
      'group/demo.yaml': ENDPOINT_PLUGIN['group/demo.yaml']!,
      'endpoints/hook.yaml': ENDPOINT_PLUGIN['endpoints/hook.yaml']!,
      'endpoints/hook.py': '',
    });
    const result = await diffPlugins(new DirSource(old), new DirSource(neu));
    const required = result.changes.filter((c) => /api_key/.test(c.message));
    expect(required.map((c) => c.bump)).toEqual(['minor']);
  });

  it('reports removed permissions', async () => {
    const result = await diff(
      { [M]: edit(M, '  permission:\n    tool:\n      enabled: true\n', '') },
      '0.1.1',
    );
    const f = result.findings.find((x) => x.code === 'DPR613');
    expect(f?.message).toContain('no longer requests the tool permission');
  });

  it('reports permission escalations separately from the bump', async () => {
    const result = await diff(
      {
        [M]: edit(
          M,
          '    tool:\n      enabled: true\n',
          '    tool:\n      enabled: true\n    app:\n      enabled: true\n',
        ),
      },
      '0.1.1',
    );
    expect(result.escalations.map((e) => e.message)).toEqual(['now requests the app permission']);
    expect(result.findings.find((f) => f.code === 'DPR612')).toMatchObject({
      severity: 'warning',
      file: M,
      line: 17,
    });
  });
});

describe('diff on the example plugin', () => {
  const example = path.resolve('examples/unit-converter');
  function copy(): string {
    const dir = tempDir();
    cpSync(example, dir, {
      recursive: true,
      filter: (src) => !src.includes('__pycache__') && !src.includes('.pytest_cache'),
    });
    return dir;
  }
  function setVersion(dir: string, version: string): void {
    const file = path.join(dir, 'manifest.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^version: .*$/m, `version: ${version}`));
  }

  it('a breaking change (a tool removed) shipped as a patch fails', async () => {
    const dir = copy();
    const provider = path.join(dir, 'provider/unit_converter.yaml');
    writeFileSync(
      provider,
      readFileSync(provider, 'utf8').replace(/^\s*- tools\/convert_temperature\.yaml\n/m, ''),
    );
    rmSync(path.join(dir, 'tools/convert_temperature.yaml'));
    setVersion(dir, '0.1.1');
    const result = await diffPlugins(new DirSource(example), new DirSource(dir));
    expect(result.required).toBe('major');
    expect(result.changes.map((c) => c.message)).toContain('removed tool "convert_temperature"');
    expect(result.ok).toBe(false);
  });

  it('a compatible change (a new optional parameter) with a minor bump passes', async () => {
    const dir = copy();
    const tool = path.join(dir, 'tools/convert_temperature.yaml');
    const text = readFileSync(tool, 'utf8');
    const extra = `  - name: note\n    type: string\n    required: false\n    form: llm\n    label:\n      en_US: Note\n    human_description:\n      en_US: A note to echo.\n    llm_description: A note to echo.\n`;
    writeFileSync(tool, text.replace(/^parameters:\n/m, `parameters:\n${extra}`));
    setVersion(dir, '0.2.0');
    const result = await diffPlugins(new DirSource(example), new DirSource(dir));
    expect(result).toMatchObject({ required: 'minor', actual: 'minor', ok: true });
  });
});

describe('dify-plugin-release diff (CLI) against a git ref', () => {
  it('compares the working tree with HEAD and exits 1 when the bump is too small', () => {
    const dir = writePlugin();
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@e',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@e',
    };
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync('git', ['add', '-A'], { cwd: dir });
    execFileSync('git', ['commit', '-qm', 'v0.1.0'], { cwd: dir, env });
    writeFileSync(
      path.join(dir, T),
      edit(T, 'type: string\n    required: true', 'type: number\n    required: true'),
    );
    writeFileSync(path.join(dir, M), edit(M, 'version: 0.1.0', 'version: 0.1.1'));
    const r = runCli(['diff', 'HEAD', '--json'], { cwd: dir });
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.summary).toMatchObject({
      oldVersion: '0.1.0',
      newVersion: '0.1.1',
      required: 'major',
      actual: 'patch',
      versionOk: false,
      suggested: '0.2.0',
    });
    expect(doc.findings.map((f: { code: string }) => f.code)).toEqual(['DPR610', 'DPR601']);
    const same = runCli(['diff', 'HEAD', 'HEAD:'], { cwd: dir }); // two commits: a ref on both sides
    expect(same.status).toBe(0);
    expect(same.stdout).toContain('no changes');
    const badRef = runCli(['diff', 'no-such-ref'], { cwd: dir });
    expect(badRef.status).toBe(2);
    expect(badRef.stderr).toContain('"no-such-ref" is not a commit');
    const clean = runCli(['diff', dir, dir]);
    expect(clean.status).toBe(0);
    expect(clean.stdout).toContain('no changes');
  });
});

describe('validate --against REF runs the semver guard per plugin', () => {
  it('flags the changed plugin whose bump is too small and skips a plugin new since the ref', () => {
    const root = tempDir();
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@e',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@e',
    };
    writePlugin({}, undefined, path.join(root, 'tools', 'old'));
    execFileSync('git', ['init', '-q'], { cwd: root });
    execFileSync('git', ['add', '-A'], { cwd: root });
    execFileSync('git', ['commit', '-qm', 'base'], { cwd: root, env });
    writeFileSync(
      path.join(root, 'tools/old', P),
      edit(P, '  - tools/echo.yaml\n', '  - tools/shout.yaml\n'),
    );
    writeFileSync(path.join(root, 'tools/old/tools/shout.yaml'), second);
    writePlugin({}, undefined, path.join(root, 'tools', 'new'));
    const r = runCli(['validate', '.', '--against', 'HEAD', '--json'], { cwd: root });
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout);
    const codes = doc.findings.map((f: { plugin: string; code: string }) => `${f.plugin} ${f.code}`);
    expect(codes).toContain('tools/old DPR610');
    expect(codes).toContain('tools/old DPR601');
    expect(codes.filter((c: string) => c.startsWith('tools/new'))).toEqual([]);
  });
});

describe('diff: like for like, whatever the sides are', () => {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@e',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@e',
  };

  it('an unchanged plugin against its commit is empty, even with tracked files .difyignore drops', () => {
    const dir = writePlugin({
      '.difyignore': '.github/\n.gitignore\n',
      '.gitignore': '__pycache__/\n',
      '.github/workflows/ci.yml': 'on: push\n',
    });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync('git', ['add', '-A'], { cwd: dir });
    execFileSync('git', ['commit', '-qm', 'base'], { cwd: dir, env });
    const r = runCli(['diff', 'HEAD', '--json'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ required: 'none', changes: [] });
  });

  it('compares two built packages', async () => {
    const out = tempDir();
    const a = writePlugin();
    const b = writePlugin({
      [T]: edit(T, 'type: string\n    required: true', 'type: number\n    required: true'),
      [M]: edit(M, 'version: 0.1.0', 'version: 0.1.1'),
    });
    expect(runCli(['package', a, '-o', path.join(out, 'a')]).status).toBe(0);
    expect(runCli(['package', b, '-o', path.join(out, 'b')]).status).toBe(0);
    const r = runCli([
      'diff',
      path.join(out, 'a/demo_tool-0.1.0.difypkg'),
      path.join(out, 'b/demo_tool-0.1.1.difypkg'),
      '--json',
    ]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).summary).toMatchObject({
      required: 'major',
      actual: 'patch',
      suggested: '0.2.0',
    });
  });

  it('refuses a side that is not a plugin, exit 2', () => {
    const r = runCli(['diff', tempDir(), writePlugin()]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is not a Dify plugin');
  });
});

describe('diff: versions are ordered as Dify orders them (PEP 440)', () => {
  it.each([
    ['1.0.0-beta9', '1.0.0-beta10', true],
    ['1.0.0', '1.0.0-1', true], // a post-release
    ['1.0.0-rc1', '1.0.0', true],
    ['1.0.0', '1.0.0-rc1', false], // a pre-release of the same version is lower
  ])('%s → %s is an increase: %s', async (from, to, increases) => {
    const old = writePlugin({ [M]: edit(M, 'version: 0.1.0', `version: ${from}`) });
    const neu = writePlugin({
      [M]: edit(M, 'version: 0.1.0', `version: ${to}`),
      'tools/echo.py': '# fixed\n',
    });
    const result = await diffPlugins(new DirSource(old), new DirSource(neu));
    expect(result.required).toBe('patch');
    expect(result.ok).toBe(increases);
  });
});
