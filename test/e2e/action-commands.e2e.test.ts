/**
 * Every command runs through the umbrella action (the real bundle, `INPUT_*` variables, a
 * GITHUB_OUTPUT file), and every node sub-action's entry runs its command with the same inputs.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/registry.js';
import { actionEnv, readOutputs, runAction, runStage } from '../helpers/cli.js';
import { edit, tempDir, writePlugin } from '../helpers/plugins.js';
import { fixture, offlineEnv } from '../testing/helpers.js';

const BUNDLE = `type: bundle
name: starter_pack
author: acme
version: 0.0.1
icon: icon.svg
labels:
  en_US: Starter pack
description:
  en_US: A few plugins to start with.
dependencies:
  - type: marketplace
    value:
      marketplace_pattern: langgenius/openai:0.0.x
`;

/** One workspace holding everything the commands act on, built step by step by the action itself. */
const ws = tempDir('dpr-e2e-');
writePlugin({ '.difyignore': '' }, undefined, path.join(ws, 'plugin'));
writePlugin(
  { '.difyignore': '', 'manifest.yaml': edit('manifest.yaml', 'version: 0.1.0', 'version: 0.1.1') },
  undefined,
  path.join(ws, 'plugin-next'),
);
mkdirSync(path.join(ws, 'bundle', '_assets'), { recursive: true });
writeFileSync(path.join(ws, 'bundle', 'manifest.yaml'), BUNDLE);
writeFileSync(path.join(ws, 'bundle', '_assets', 'icon.svg'), '<svg/>');

function action(command: string, inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  const e = actionEnv(ws, { command, ...inputs });
  const r = runAction({ ...e, ...env }, ws);
  return {
    ...r,
    outputs: readOutputs(e.GITHUB_OUTPUT!),
    summary: readFileSync(e.GITHUB_STEP_SUMMARY!, 'utf8'),
  };
}

describe('every command through the umbrella action', () => {
  const seen = new Set<string>();
  const run = (command: string, inputs: Record<string, string>, env?: NodeJS.ProcessEnv) => {
    seen.add(command);
    return action(command, inputs, env);
  };

  it('validate, check, diff, explain', () => {
    const v = run('validate', { path: 'plugin' });
    expect(v.status, v.stdout).toBe(0);
    expect(v.outputs).toMatchObject({ plugins: '["plugin"]', 'has-changes': 'true', errors: '0' });
    expect(v.summary).toContain('## dify-plugin-release validate');

    const c = run('check', { path: 'plugin' });
    expect(c.outputs.profile).toBe('marketplace');
    expect(c.outputs.errors).toMatch(/^\d+$/);

    const d = run('diff', { old: 'plugin', new: 'plugin-next' });
    expect(d.status, d.stdout).toBe(0);
    expect(d.outputs).toMatchObject({ required: 'none', actual: 'patch', ok: 'true' });

    const x = run('explain', { code: 'dpr212' });
    expect(x.status).toBe(0);
    expect(x.outputs.severity).toBe('warning');
  });

  it('package, keygen, sign, verify, inspect, bundle', () => {
    const p = run('package', { path: 'plugin', 'output-dir': 'out' });
    expect(p.status, p.stdout).toBe(0);
    expect(p.outputs.path).toBe(path.join(ws, 'out', 'demo_tool-0.1.0.difypkg'));
    expect(p.outputs.identifier).toBe(`acme/demo_tool:0.1.0@${p.outputs.checksum}`);
    expect(p.outputs.sha256).toMatch(/^[0-9a-f]{64}$/);

    const k = run('keygen', { name: 'e2e', 'output-dir': 'keys' });
    expect(k.status, k.stdout).toBe(0);
    expect(k.outputs['private-key']).toBe(path.join(ws, 'keys', 'e2e.private.pem'));

    // The key as a secret input: masked before anything runs.
    const pem = readFileSync(k.outputs['private-key']!, 'utf8');
    const s = run('sign', { package: p.outputs.path!, key: pem });
    expect(s.status, s.stdout).toBe(0);
    expect(s.stdout).toContain('::add-mask::');
    expect(s.stdout.replace(/::add-mask::.*\n/g, '')).not.toContain(pem.split('\n')[1]!);
    expect(s.outputs.path).toBe(path.join(ws, 'out', 'demo_tool-0.1.0.signed.difypkg'));
    expect(s.outputs.fingerprint).toBe(k.outputs.fingerprint);

    const ver = run('verify', { package: s.outputs.path!, 'key-file': k.outputs['public-key']! });
    expect(ver.status, ver.stdout).toBe(0);
    expect(ver.outputs).toMatchObject({ status: 'verified', identifier: s.outputs.identifier });

    const i = run('inspect', { package: s.outputs.path! });
    expect(i.outputs).toMatchObject({ identifier: s.outputs.identifier, sha256: s.outputs.sha256 });

    const b = run('bundle', { path: 'bundle', 'output-dir': 'out' });
    expect(b.status, b.stdout).toBe(0);
    expect(b.outputs.path).toBe(path.join(ws, 'out', 'starter_pack-0.0.1.difybndl'));
  });

  it('test and test-plan', () => {
    const plan = run('test-plan', { path: fixture('passing') }, { RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64' });
    expect(plan.status, plan.stdout).toBe(0);
    expect(plan.outputs).toMatchObject({ 'python-version': '3.12', uv: 'false' });
    expect(plan.outputs['cache-prefix']).toBe('dpr-test-env-Linux-X64-py3.12');
    const t = run('test', { path: fixture('passing'), 'cache-dir': path.join(ws, 'envs') }, offlineEnv());
    expect(t.status, t.stdout).toBe(0);
    expect(t.outputs.outcome).toBe('passed');
  });

  it('release and submit, as dry runs (the GitHub calls as a plan; no server needed)', () => {
    const p = run('package', { path: 'plugin', 'output-dir': 'out-release' });
    const r = run('release', {
      package: p.outputs.path!,
      tag: 'v0.1.0',
      repo: 'acme/demo-tool',
      'dry-run': 'true',
    });
    expect(r.status, r.stdout).toBe(0);
    expect(r.outputs.outcome).toBe('planned');
    expect(JSON.parse(r.outputs.digests!)).toEqual({
      'demo_tool-0.1.0.difypkg': p.outputs.sha256,
      SHA256SUMS: expect.any(String),
    });
    expect(r.summary).toContain('Planned GitHub calls');

    // The workspace's plugin has no repo and contact in its manifest: the marketplace refuses it.
    const s = run('submit', { package: p.outputs.path!, 'dry-run': 'true' });
    expect(s.status, s.stdout).toBe(1);
    expect(s.outputs.outcome).toBe('refused');
    expect(s.stdout).toContain('DPR1021');
  });

  it('deploy, promote, status, rollback (the embedded daemons, the local ledger)', () => {
    const p = run('package', { path: 'plugin', 'output-dir': 'out-deploy' });
    const k = run('keygen', { name: 'deploy', 'output-dir': 'keys-deploy' });
    const s = run('sign', { package: p.outputs.path!, key: readFileSync(k.outputs['private-key']!, 'utf8') });
    const trusted = { 'trusted-key': k.outputs['public-key']! };
    const d = run('deploy', { package: s.outputs.path!, env: 'staging', ...trusted });
    expect(d.status, d.stdout).toBe(0);
    expect(d.outputs).toMatchObject({
      outcome: 'passed',
      promotable: 'true',
      identifier: s.outputs.identifier,
    });
    expect(d.summary).toContain('### Checklist &#40;staging&#41;');
    expect(d.summary).toContain('<td>provenance</td>');
    const pr = run('promote', { package: s.outputs.path!, env: 'production', ...trusted });
    expect(pr.status, pr.stdout).toBe(0);
    expect(pr.outputs.outcome).toBe('passed');
    const st = run('status', { env: 'production' });
    expect(st.outputs.identifier).toBe(s.outputs.identifier);
    expect(JSON.parse(st.outputs.status!).current.digest).toBe(s.outputs.sha256);
    // The first installation there: nothing earlier to roll back to, said with the fix.
    const r = run('rollback', { env: 'production' });
    expect(r.status, r.stdout).toBe(1);
    expect(r.stdout).toMatch(/the ledger knows no earlier version/);
  });

  it('pipeline --local on the example plugin (embedded daemons, a throwaway key, GitHub as a plan)', () => {
    cpSync(path.resolve('examples/unit-converter'), path.join(ws, 'example'), { recursive: true });
    const p = run(
      'pipeline',
      { path: 'example', local: 'true', submit: 'false' },
      offlineEnv({ GITHUB_ACTIONS: 'true' }),
    );
    expect(p.status, p.stdout).toBe(0);
    expect(p.outputs.outcome).toBe('passed');
    expect(p.outputs.identifier).toMatch(/^example-org\/unit_converter:0\.1\.0@/);
    expect(p.summary).toContain('## dify-plugin-release pipeline');
    expect(p.summary).toContain('promote to production');
  }, 180_000);

  it('tasks and doctor against the default embedded daemon', () => {
    // No environment named: the default embedded daemon, as deploy uses for an unconfigured one.
    const t = run('tasks', { 'tasks-action': 'list' });
    expect(t.status, t.stdout).toBe(0);
    expect(t.outputs.tasks).toMatch(/^\d+$/);
    const d = run('doctor', { github: 'false' });
    expect([0, 1]).toContain(d.status);
    expect(Number(d.outputs.checks)).toBeGreaterThan(0);
    expect(d.summary).toContain('## dify-plugin-release doctor');
  });

  it('covered every command the action runs', () => {
    const runnable = COMMANDS.filter((c) => c.surfaces?.action !== false).map((c) => c.name);
    expect([...seen].sort()).toEqual(runnable.sort());
  });

  it('a usage error is one annotation with the fix on its own line, exit 2', () => {
    const r = action('validate', { path: 'plugin', strict: 'yes please' });
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(
      /^::error title=dify-plugin-release validate::input "strict" is "yes please"; it must be true or false%0AFix: Set strict: true or false\.$/m,
    );
  });

  it('an unknown code in ignore names the nearest one', () => {
    const r = action('validate', { path: 'plugin', ignore: 'DPR2121' });
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/input "ignore" "DPR2121" is not a finding code%0AFix: Did you mean DPR212\?/);
  });
});

describe('every node sub-action entry runs its own command', () => {
  for (const decl of COMMANDS.filter((c) => c.subaction === 'node')) {
    it(decl.name, () => {
      const e = actionEnv(ws, {});
      const r = runStage(
        decl.name,
        { ...e, INPUT_PATH: 'plugin', INPUT_PACKAGE: 'nope.difypkg', INPUT_OLD: 'plugin' },
        ws,
      );
      // Whatever the verdict, the entry ran this command (no `command` input given): the summary says which.
      expect(readFileSync(e.GITHUB_STEP_SUMMARY!, 'utf8'), r.stdout).toContain(
        `## dify-plugin-release ${decl.name}`,
      );
      expect(r.stdout + r.stderr).not.toMatch(/internal error|TypeError|Cannot find/);
    });
  }
});
