/**
 * `.dify-release.yml`: found at the repository root (or --config), findings with file and line for
 * what is wrong in it, and one precedence everywhere: a flag or an action input, else the file, else
 * the default. Paths in the file are relative to the file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageCommand } from '../../src/commands/package.js';
import { validateCommand } from '../../src/commands/validate.js';
import { loadConfig } from '../../src/config/load.js';
import { edit, tempDir, writePlugin } from '../helpers/plugins.js';
import { runCommand } from '../helpers/stage.js';

/** A repository (a `.git` marker) holding one plugin with a warning (DPR206: tiny memory) and a config. */
function repo(config: string | undefined, pluginEdit = true): string {
  const root = tempDir('dpr-config-');
  mkdirSync(path.join(root, '.git'));
  writePlugin(
    pluginEdit
      ? { 'manifest.yaml': edit('manifest.yaml', 'memory: 268435456', 'memory: 512'), '.difyignore': '' }
      : { '.difyignore': '' },
    undefined,
    path.join(root, 'plugins', 'demo'),
  );
  if (config !== undefined) writeFileSync(path.join(root, '.dify-release.yml'), config);
  return root;
}

describe('loading .dify-release.yml', () => {
  it('no file: an empty configuration, no findings', () => {
    const { config, findings } = loadConfig(repo(undefined));
    expect(findings).toEqual([]);
    expect(config.values.size).toBe(0);
  });

  it('is found at the repository root from a sub-directory', () => {
    const root = repo('strict: true\n');
    const { config } = loadConfig(path.join(root, 'plugins', 'demo'));
    expect(config.file).toBe(path.join(root, '.dify-release.yml'));
    expect(config.values.get('strict')?.value).toBe(true);
  });

  it('unknown keys, bad values, unknown codes, duplicates and secrets are findings with file and line', () => {
    const root = repo(
      [
        'strict: yes-please', // 1: not a boolean
        'pakage:', // 2: unknown, near "package"
        '  max-size: 10',
        'ignore: [DPR212, DPR2121]', // 4: DPR2121 is no code
        'package:',
        '  max-size: -3', // 6: out of range
        'signing:',
        '  key-env: "-----BEGIN RSA PRIVATE KEY-----"', // 8: a secret, and not a variable name
        'check:',
        '  profile: offical', // 10: not an allowed value
        'check:', // 11: duplicate
        '  profile: official',
        '',
      ].join('\n'),
    );
    const { findings } = loadConfig(root);
    const at = (code: string) => findings.filter((f) => f.code === code).map((f) => f.line);
    expect(at('DPR904')).toEqual(expect.arrayContaining([1, 6]));
    expect(at('DPR903')).toEqual([2]);
    expect(findings.find((f) => f.code === 'DPR903')!.fix).toBe('Did you mean "package"?');
    expect(at('DPR905')).toEqual([4]);
    expect(findings.find((f) => f.code === 'DPR905')!.fix).toBe('Did you mean DPR212?');
    expect(at('DPR907')).toEqual([8]);
    expect(at('DPR906')).toEqual([11]);
    for (const f of findings) expect(f.file).toBe('.dify-release.yml');
    expect(JSON.stringify(findings)).not.toContain('BEGIN RSA PRIVATE KEY-----"');
  });

  it('a YAML syntax error is one finding at its line', () => {
    const { findings } = loadConfig(repo('strict: true\n  bad: [\n'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'DPR902', file: '.dify-release.yml', severity: 'error' });
  });
});

describe('precedence: flag or input > configuration > default', () => {
  it('strict from the file makes a warning fail; --ignore on the command line replaces the file’s list', async () => {
    const root = repo('strict: true\n');
    const strict = await runCommand(validateCommand, { paths: ['plugins/demo'] }, { cwd: root });
    expect(strict.exitCode).toBe(1);
    expect(strict.reporter.sections[0]!.findings.find((f) => f.code === 'DPR206')?.severity).toBe('error');
    const flag = await runCommand(validateCommand, { paths: ['plugins/demo'], strict: false }, { cwd: root });
    expect(flag.exitCode).toBe(0);

    const ignoring = repo('ignore: [DPR206]\n');
    const ignored = await runCommand(validateCommand, { paths: ['plugins/demo'] }, { cwd: ignoring });
    expect(ignored.reporter.sections[0]!.findings.map((f) => f.code)).not.toContain('DPR206');
  });

  it('per-plugin overrides apply to that plugin only', async () => {
    const root = repo('overrides:\n  plugins/demo:\n    strict: true\n');
    writePlugin(
      { 'manifest.yaml': edit('manifest.yaml', 'memory: 268435456', 'memory: 512') },
      undefined,
      path.join(root, 'plugins', 'other'),
    );
    const r = await runCommand(validateCommand, { paths: ['plugins'] }, { cwd: root });
    const bySeverity = r.reporter.sections[0]!.findings.filter((f) => f.code === 'DPR206')
      .map((f) => `${f.plugin}:${f.severity}`)
      .sort();
    expect(bySeverity).toEqual(['plugins/demo:error', 'plugins/other:warning']);
  });

  it('the plugins to validate and the package output directory come from the file, relative to it', async () => {
    const root = repo('plugins: [plugins]\npackage:\n  output-dir: built\n', false);
    const v = await runCommand(validateCommand, {}, { cwd: path.join(root, 'plugins', 'demo') });
    expect(v.outputs.plugins).toBe('["."]');
    const p = await runCommand(packageCommand, { path: 'plugins/demo' }, { cwd: root });
    expect(p.exitCode, p.reporter.text).toBe(0);
    expect(p.outputs.path).toBe(path.join(root, 'built', 'demo_tool-0.1.0.difypkg'));
    expect(existsSync(p.outputs.path!)).toBe(true);
  });

  it('an error in the file stops the run with exit 2 before anything happens; --config names another file', async () => {
    const root = repo('package:\n  max-size: lots\n');
    const r = await runCommand(packageCommand, { path: 'plugins/demo' }, { cwd: root });
    expect(r.exitCode).toBe(2);
    expect(r.reporter.sections[0]).toMatchObject({ stage: 'config' });
    expect(existsSync(path.join(root, 'demo_tool-0.1.0.difypkg'))).toBe(false);

    writeFileSync(path.join(root, 'other.yml'), 'strict: false\n');
    const other = await runCommand(
      packageCommand,
      { path: 'plugins/demo', config: 'other.yml', output: tempDir() },
      { cwd: root },
    );
    expect(other.exitCode, other.reporter.text).toBe(0);

    const missing = await runCommand(
      packageCommand,
      { path: 'plugins/demo', config: 'nope.yml' },
      { cwd: root },
    );
    expect(missing.exitCode).toBe(2);
    expect(missing.reporter.fatals[0]).toMatch(/the configuration file nope\.yml does not exist/);
  });
});
