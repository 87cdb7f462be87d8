import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionEnv, runAction, runCli } from '../helpers/cli.js';
import { edit, tempDir, writePlugin } from '../helpers/plugins.js';

const EXAMPLE = path.resolve('examples/unit-converter');

describe('dify-plugin-release validate (the bundled CLI as a child process)', () => {
  it('exits 0 on the example plugin and says so', () => {
    const r = runCli(['validate', EXAMPLE]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/1 plugin validated: 0 errors, 0 warnings/);
  });

  it('exits 1 with file:line:column, severity, code, message and fix on an error', () => {
    const dir = writePlugin({ 'manifest.yaml': edit('manifest.yaml', 'author: acme', 'author: Acme') });
    const r = runCli(['validate', '.'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      'manifest.yaml:3:9  error  DPR111  author is "Acme", which does not match ^[a-z0-9_-]{1,64}$',
    );
    expect(r.stdout).toContain('fix: Use 1-64 lowercase letters');
  });

  it('--json prints exactly one object with the documented keys, paths relative to the plugin root', () => {
    const dir = writePlugin({ 'manifest.yaml': edit('manifest.yaml', 'memory: 268435456', 'memory: 512') });
    const r = runCli(['validate', dir, '--json']);
    expect(r.status).toBe(0); // a warning only
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual([
      'version',
      'command',
      'ok',
      'exitCode',
      'findings',
      'summary',
      'stages',
      'outputs',
    ]);
    expect(doc.findings).toHaveLength(1);
    expect(Object.keys(doc.findings[0])).toEqual([
      'code',
      'severity',
      'message',
      'file',
      'line',
      'column',
      'category',
      'fix',
      'plugin',
    ]);
    expect(doc.findings[0]).toMatchObject({
      code: 'DPR206',
      severity: 'warning',
      file: 'manifest.yaml',
      line: 12,
    });
    expect(doc.summary).toMatchObject({
      errors: 0,
      warnings: 1,
      ok: true,
      plugins: [{ name: 'demo_tool', version: '0.1.0' }],
    });
  });

  it('--strict turns that warning into an error (exit 1); --ignore drops it (exit 0, no findings)', () => {
    const dir = writePlugin({ 'manifest.yaml': edit('manifest.yaml', 'memory: 268435456', 'memory: 512') });
    const strict = runCli(['validate', dir, '--strict', '--json']);
    expect(strict.status).toBe(1);
    expect(JSON.parse(strict.stdout).findings[0].severity).toBe('error');
    const ignored = runCli(['validate', dir, '--ignore', 'DPR206', '--json']);
    expect(ignored.status).toBe(0);
    expect(JSON.parse(ignored.stdout).findings).toEqual([]);
  });

  it('bad YAML: one finding with its position, exit 1, no stack trace', () => {
    const dir = writePlugin({ 'manifest.yaml': 'version: 0.1.0\nlabel: [unclosed\n' });
    const r = runCli(['validate', dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/manifest\.yaml:\d+:\d+ {2}error {2}DPR001 {2}YAML syntax error/);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at /);
  });

  it('usage errors exit 2 with one clear line: a missing path, an unknown option, nothing to validate', () => {
    const missing = runCli(['validate', '/no/such/plugin']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('/no/such/plugin does not exist');
    expect(runCli(['validate', '--no-such-flag']).status).toBe(2);
    const empty = runCli(['validate', tempDir()]);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toMatch(/no Dify plugin found/);
    const json = runCli(['validate', '/no/such/plugin', '--json']);
    expect(json.status).toBe(2);
    expect(JSON.parse(json.stdout).error.message).toContain('does not exist');
  });

  it('--matrix prints the plugin matrix for a monorepo without validating', () => {
    const root = tempDir();
    writePlugin({}, undefined, path.join(root, 'tools', 'a'));
    writePlugin({ 'manifest.yaml': 'broken: [' }, undefined, path.join(root, 'tools', 'b'));
    const r = runCli(['validate', root, '--matrix']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      include: [
        {
          path: path.relative(process.cwd(), path.join(root, 'tools/a')),
          name: 'demo_tool',
          version: '0.1.0',
        },
        { path: path.relative(process.cwd(), path.join(root, 'tools/b')), name: '', version: '' },
      ],
    });
  });

  it('--help and --version exit 0', () => {
    expect(runCli(['--help']).status).toBe(0);
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('the action entry (dist/action.js) inside GitHub Actions', () => {
  it('annotates the exact line relative to the workspace, sets outputs, writes a summary, exits 1', () => {
    const workspace = tempDir();
    writePlugin(
      { 'manifest.yaml': edit('manifest.yaml', 'author: acme', 'author: Acme') },
      undefined,
      path.join(workspace, 'plugins', 'demo'),
    );
    const env = actionEnv(workspace, { command: 'validate', path: 'plugins' });
    const r = runAction(env, workspace);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      '::error title=DPR111,file=plugins/demo/manifest.yaml,line=3,col=9,endColumn=13::author is "Acme"',
    );
    const outputs = readFileSync(env.GITHUB_OUTPUT!, 'utf8');
    expect(outputs).toMatch(/errors<<ghadelimiter_[\w-]+\n1\n/);
    expect(outputs).toContain('{"include":[{"path":"plugins/demo","name":"demo_tool","version":"0.1.0"}]}');
    const summary = readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8');
    expect(summary).toContain('## dify-plugin-release validate');
    expect(summary).toContain('DPR111');
  });

  it('refuses an unknown command and a bad boolean input with exit 2', () => {
    const workspace = tempDir();
    writePlugin({}, undefined, workspace);
    expect(runAction(actionEnv(workspace, { command: 'deploy-everything' }), workspace).status).toBe(2);
    const bad = runAction(actionEnv(workspace, { command: 'validate', strict: 'yes please' }), workspace);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toContain('input "strict" is "yes please"');
  });
});
