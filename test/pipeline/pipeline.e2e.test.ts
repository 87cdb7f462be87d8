/**
 * `pipeline --local` on the bundled example plugin, through the bundled CLI: the whole chain against
 * embedded staging and production daemons; then the example broken four ways (a failing test, a bad
 * manifest, a permission escalation, a package tampered with between stages), each stopping at its
 * stage with its message while production keeps the last good version.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pipelineStage } from '../../src/commands/pipeline-run.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/plugins.js';
import { testContext } from '../helpers/stage.js';
import { rewriteEntry } from '../offline/zip-edit.js';

const EXAMPLE = path.resolve('examples/unit-converter');

interface Doc {
  ok: boolean;
  exitCode: number;
  findings: { code: string; message: string }[];
  stages: { stage: string; summary?: Record<string, unknown> }[];
  outputs: Record<string, string>;
}

function workspace(): { dir: string; plugin: string } {
  const dir = tempDir('dpr-pipeline-');
  const plugin = path.join(dir, 'unit-converter');
  cpSync(EXAMPLE, plugin, { recursive: true });
  return { dir, plugin };
}

function pipeline(dir: string, ...extra: string[]): Doc {
  const r = runCli(['pipeline', 'unit-converter', '--local', '--json', ...extra], { cwd: dir });
  // Exactly one JSON document on stdout, whatever the stages printed.
  expect(r.stdout.trim().startsWith('{'), r.stderr).toBe(true);
  return JSON.parse(r.stdout) as Doc;
}

function production(dir: string): { version?: string; digest?: string } {
  const r = runCli(['status', '--env', 'production', '--json'], { cwd: dir });
  const doc = JSON.parse(r.stdout) as {
    stages: { summary: { current?: { version: string; digest: string } } }[];
  };
  const current = doc.stages.map((s) => s.summary?.current).find(Boolean);
  return { version: current?.version, digest: current?.digest };
}

function summaryOf(doc: Doc) {
  return doc.stages.find((s) => s.stage === 'pipeline')!.summary as {
    outcome: string;
    stages: { stage: string; exitCode: number; reason?: string }[];
    deployed: { env: string; outcome: string }[];
    rollback: string;
  };
}

function bump(plugin: string, version: string, more = ''): void {
  const file = path.join(plugin, 'manifest.yaml');
  const text = readFileSync(file, 'utf8').replace(/^version: .*$/m, `version: ${version}`);
  writeFileSync(file, text.replace('resource:\n', `resource:\n${more}`));
}

describe('pipeline --local', () => {
  it('runs the whole chain on the example plugin, then stops at the stage that breaks, production kept', async () => {
    const { dir, plugin } = workspace();
    const good = pipeline(dir);
    const s = summaryOf(good);
    expect(good.exitCode, JSON.stringify(s)).toBe(0);
    expect(s.outcome).toBe('passed');
    expect(s.stages.map((x) => x.stage)).toEqual([
      'validate',
      'check',
      'test',
      'package',
      'sign',
      'verify',
      'release',
      'submit',
      'deploy',
      'promote',
    ]);
    expect(s.deployed).toEqual([
      expect.objectContaining({ env: 'staging', outcome: 'passed' }),
      expect.objectContaining({ env: 'production', outcome: 'passed' }),
    ]);
    expect(s.rollback).toBe('dify-plugin-release rollback --env production');
    expect(good.outputs.identifier).toMatch(/^example-org\/unit_converter:0\.1\.0@[0-9a-f]{64}$/);
    const kept = production(dir);
    expect(kept.version).toBe('0.1.0');
    expect(kept.digest).toBe(good.outputs.sha256);
    // The throwaway key's private half is never written.
    expect(
      readFileSync(path.join(dir, '.dify-release/pipeline/pipeline-throwaway.public.pem'), 'utf8'),
    ).toMatch(/BEGIN (RSA )?PUBLIC KEY/);

    // 1. A failing test: stops at test; nothing is packaged or deployed.
    bump(plugin, '0.2.0');
    const tests = path.join(plugin, 'tests/test_conversions.py');
    const original = readFileSync(tests, 'utf8');
    writeFileSync(tests, `${original}\n\ndef test_broken():\n    assert 1 == 2\n`);
    const failing = pipeline(dir);
    expect(failing.exitCode).toBe(1);
    expect(summaryOf(failing).outcome).toBe('test');
    expect(summaryOf(failing).stages.map((x) => x.stage)).toEqual(['validate', 'check', 'test']);
    expect(failing.findings.find((f) => f.code === 'DPR1401')?.message).toMatch(/stopped at test/);
    expect(production(dir)).toEqual(kept);
    writeFileSync(tests, original);

    // 2. A bad manifest: stops at validate, naming the file.
    const manifest = path.join(plugin, 'manifest.yaml');
    const good0 = readFileSync(manifest, 'utf8');
    writeFileSync(manifest, good0.replace(/^type: plugin$/m, 'type: plugn'));
    const bad = pipeline(dir);
    expect(bad.exitCode).toBe(1);
    expect(summaryOf(bad).outcome).toBe('validate');
    expect(summaryOf(bad).stages).toHaveLength(1);
    expect(production(dir)).toEqual(kept);
    writeFileSync(manifest, good0);

    // 3. A permission escalation over what production runs: stops at deploy's permissions gate.
    bump(plugin, '0.3.0', '  permission:\n    storage:\n      enabled: true\n      size: 1048576\n');
    const escalated = pipeline(dir);
    const e = summaryOf(escalated);
    expect(escalated.exitCode, JSON.stringify(e)).not.toBe(0);
    expect(e.outcome).toBe('deploy');
    expect(e.stages.find((x) => x.stage === 'deploy')?.reason).toMatch(/permission/i);
    expect(e.stages.map((x) => x.stage)).not.toContain('promote');
    expect(production(dir)).toEqual(kept);
  }, 300_000);

  it('refuses a package tampered with between sign and deploy, before anything is installed', async () => {
    const { dir } = workspace();
    const ctx = testContext({ cwd: dir });
    const result = await pipelineStage(
      {
        path: 'unit-converter',
        local: true,
        staging: 'staging',
        production: 'production',
        submit: false,
        promote: true,
      },
      ctx,
      {
        async afterStep(step) {
          if (step.name !== 'sign') return;
          // The signed package's main.py changed after it was signed, signature comment kept.
          await rewriteEntry(step.outputs.path!, 'main.py', (data) =>
            Buffer.concat([data, Buffer.from('\nimport os  # injected\n')]),
          );
        },
      },
    );
    expect(result.failed?.name).toBe('verify');
    expect(result.failed?.reason ?? '').toMatch(/modified|does not verify|signature/i);
    expect(result.steps.map((s) => s.name)).not.toContain('deploy');
    expect(result.deployed).toEqual([]);
  }, 300_000);
});
