import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionEnv, runAction, runCli } from '../helpers/cli.js';
import { tempDir, writePlugin } from '../helpers/plugins.js';
import { MARKET_PLUGIN, manifestWith } from './marketplace-helpers.js';

const EXAMPLE = path.resolve('examples/unit-converter');

describe('dify-plugin-release check (the bundled CLI as a child process)', () => {
  it('the example plugin passes with no error and no warning', () => {
    const r = runCli(['check', EXAMPLE, '--json']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.command).toBe('check');
    expect(doc.findings).toEqual([]);
    expect(doc.summary).toMatchObject({
      kind: 'directory',
      profile: 'marketplace',
      name: 'unit_converter',
      errors: 0,
      ok: true,
    });
    expect(Object.keys(doc.summary.categories)).toEqual([
      'contents',
      'secrets',
      'binaries',
      'manifest',
      'readme',
      'dependencies',
      'icon',
      'version',
    ]);
  });

  it('exits 1 with the file, line, code and category of what the marketplace refuses', () => {
    const dir = writePlugin(
      { 'manifest.yaml': manifestWith('author: acme', 'author: dify-community'), 'debug.log': 'x' },
      MARKET_PLUGIN,
    );
    const r = runCli(['check', dir, '--json']);
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(
      doc.findings.map((f: { code: string; category: string; file: string; line: number | null }) => [
        f.code,
        f.category,
        f.file,
        f.line,
      ]),
    ).toEqual([
      ['DPR504', 'contents', 'debug.log', null],
      ['DPR532', 'manifest', 'manifest.yaml', 3],
    ]);
    expect(doc.summary.categories.contents).toEqual({ errors: 1, warnings: 0 });
  });

  it('prints a terminal report; --ignore drops a code', () => {
    const dir = writePlugin({ 'debug.log': 'x' }, MARKET_PLUGIN);
    const r = runCli(['check', '.'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('debug.log');
    expect(r.stdout).toContain('DPR504');
    expect(runCli(['check', '.', '--ignore', 'DPR504'], { cwd: dir }).status).toBe(0);
  });

  it('an unknown profile or a missing path exits 2', () => {
    expect(runCli(['check', EXAMPLE, '--profile', 'bogus']).status).toBe(2);
    expect(runCli(['check', path.join(tempDir(), 'nothing-here')]).status).toBe(2);
  });

  it('validate --marketplace adds the marketplace findings per plugin; --profile official changes the rules', () => {
    const dir = writePlugin(
      { 'manifest.yaml': manifestWith('author: acme', 'author: langgenius') },
      MARKET_PLUGIN,
    );
    const plain = JSON.parse(runCli(['validate', dir, '--json']).stdout);
    expect(plain.findings).toEqual([]);
    const market = runCli(['validate', dir, '--marketplace', '--json']);
    expect(market.status).toBe(1);
    expect(JSON.parse(market.stdout).findings.map((f: { code: string }) => f.code)).toEqual(['DPR532']);
    const official = JSON.parse(
      runCli(['validate', dir, '--marketplace', '--profile', 'official', '--json']).stdout,
    );
    expect(official.findings.map((f: { code: string }) => f.code)).toEqual(['DPR576']);
  });
});

describe('the action: command check, and validate with the marketplace input', () => {
  it('annotates the line, sets errors/warnings/profile outputs and a summary table', () => {
    const workspace = tempDir();
    writePlugin(
      { 'manifest.yaml': manifestWith('dev@acme.example.com', 'acme support') },
      MARKET_PLUGIN,
      path.join(workspace, 'plugin'),
    );
    const env = actionEnv(workspace, { command: 'check', path: 'plugin', profile: 'marketplace' });
    const r = runAction(env, workspace);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error title=DPR536,file=plugin\/manifest\.yaml,line=\d+/);
    const outputs = readFileSync(env.GITHUB_OUTPUT!, 'utf8');
    expect(outputs).toMatch(/errors<<ghadelimiter_[\w-]+\n1\n/);
    expect(outputs).toMatch(/profile<<ghadelimiter_[\w-]+\nmarketplace\n/);
    expect(readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8')).toContain('Marketplace checks');
  });

  it('validate with marketplace: official runs the official rules', () => {
    const workspace = tempDir();
    writePlugin({}, MARKET_PLUGIN, path.join(workspace, 'plugin'));
    const r = runAction(
      actionEnv(workspace, { command: 'validate', path: 'plugin', marketplace: 'official' }),
      workspace,
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('title=DPR533');
    expect(
      runAction(
        actionEnv(workspace, { command: 'validate', path: 'plugin', marketplace: 'false' }),
        workspace,
      ).status,
    ).toBe(0);
    expect(
      runAction(
        actionEnv(workspace, { command: 'validate', path: 'plugin', marketplace: 'sometimes' }),
        workspace,
      ).status,
    ).toBe(2);
  });
});
