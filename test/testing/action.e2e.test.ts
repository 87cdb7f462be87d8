import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runAction } from '../helpers/cli.js';
import { tempDir } from '../helpers/plugins.js';
import { fixtureLine, offlineEnv, ROOT } from './helpers.js';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface ActionYaml {
  inputs: Record<string, unknown>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

/** A GitHub Actions expression as the workflow file writes it. */
const expr = (inside: string): string => `\${{ ${inside} }}`;

const action = parse(readFileSync(path.join(ROOT, 'actions/test/action.yml'), 'utf8')) as ActionYaml;

/** `name<<delimiter\nvalue\ndelimiter` and `name=value` lines of a GITHUB_OUTPUT file. */
function outputsOf(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      out[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i]!.includes('=')) {
      const [name, ...value] = lines[i]!.split('=');
      out[name!] = value.join('=');
    }
  }
  return out;
}

describe('actions/test/action.yml', () => {
  it('sets up Node only when the runner has none new enough, the Python the manifest declares, uv only for uv.lock, and caches the environments', () => {
    expect(action.runs.using).toBe('composite');
    const uses = action.runs.steps.map((s) => s.uses?.split('@')[0]).filter(Boolean);
    expect(uses).toEqual([
      'actions/setup-node',
      'actions/setup-python',
      'astral-sh/setup-uv',
      'actions/cache/restore',
      'actions/cache/save',
    ]);
    // Every third-party action pinned by full commit SHA, its version in a comment.
    const raw = readFileSync(path.join(ROOT, 'actions/test/action.yml'), 'utf8');
    for (const m of raw.matchAll(/uses: (\S+)(.*)/g)) {
      expect(m[1], m[0]).toMatch(/@[0-9a-f]{40}$/);
      expect(m[2], m[0]).toMatch(/# v\d+/);
    }
    expect(action.runs.steps.find((s) => s.uses?.startsWith('actions/setup-node'))!.if).toBe(
      "steps.node.outputs.ready != 'true'",
    );
    const python = action.runs.steps.find((s) => s.uses?.startsWith('actions/setup-python'))!;
    expect(python.with?.['python-version']).toContain('steps.plan.outputs.python-version');
    expect(action.runs.steps.find((s) => s.uses?.startsWith('astral-sh/setup-uv'))!.if).toBe(
      "steps.plan.outputs.uv == 'true'",
    );
    const run = action.runs.steps.find((s) => s.id === 'run')!;
    expect(run.run).toBe('node "$GITHUB_ACTION_PATH/../../dist/stages/test.js"');
    // Every input reaches the command (rebuild: an exact cache key is never overwritten, so a stale
    // environment can only be thrown away by the stage; pass-env: what the tests may see).
    for (const name of Object.keys(action.inputs)) {
      if (['python-version', 'setup-python', 'cache'].includes(name)) continue;
      expect(run.env, name).toHaveProperty(`INPUT_${name.toUpperCase()}`);
    }
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['rebuild', 'pass-env']));
  });

  it("saves the cache under the stage's own environment key, after the tests, whatever they said", () => {
    const steps = action.runs.steps;
    const restore = steps.findIndex((s) => s.uses?.startsWith('actions/cache/restore'));
    const run = steps.findIndex((s) => s.id === 'run');
    const save = steps.findIndex((s) => s.uses?.startsWith('actions/cache/save'));
    expect(restore).toBeLessThan(run);
    expect(save).toBeGreaterThan(run);
    const saved = steps[save]!;
    expect(saved.with?.key).toContain(expr('steps.run.outputs.environment-key'));
    expect(saved.with?.path).toBe(steps[restore]!.with?.path);
    expect(saved.if).toMatch(/^always\(\) && inputs\.cache == 'true'/);
    // Not when the cache restored was that very key (keys are never overwritten).
    expect(saved.if).toContain('steps.cache.outputs.cache-matched-key !=');
    expect(steps[restore]!.id).toBe('cache');
    // The restored cache is the newest for these dependency files, else for this runner and Python.
    expect(steps[restore]!.with?.['restore-keys']).toContain(
      `${expr('steps.plan.outputs.cache-prefix')}-${expr('steps.plan.outputs.deps-hash')}-`,
    );
    expect(action.outputs['environment-key']!.value).toBe(expr('steps.run.outputs.environment-key'));
  });

  it("plans the set-up with the bundle's test-plan command: meta.runner.version and the dependency hash", () => {
    const plan = action.runs.steps.find((s) => s.id === 'plan')!;
    expect(plan.run).toBe('node "$GITHUB_ACTION_PATH/../../dist/action.js"');
    expect(plan.env?.INPUT_COMMAND).toBe('test-plan');
    const output = path.join(tempDir(), 'output');
    const run = (plugin: string, pythonVersion = '') => {
      writeFileSync(output, '');
      const r = runAction(
        {
          GITHUB_WORKSPACE: ROOT,
          GITHUB_OUTPUT: output,
          INPUT_COMMAND: 'test-plan',
          INPUT_PATH: plugin,
          'INPUT_PYTHON-VERSION': pythonVersion,
        },
        ROOT,
      );
      expect(r.status, r.stdout).toBe(0);
      return outputsOf(output);
    };
    const example = run('examples/unit-converter');
    expect(example).toMatchObject({ 'python-version': '3.12', uv: 'false' });
    expect(example['deps-hash']).toMatch(/^[0-9a-f]{16}$/);
    expect(run('test/fixtures/testing/passing')['deps-hash']).not.toBe(example['deps-hash']);
    expect(run('examples/unit-converter', '3.13')['python-version']).toBe('3.13');
  });
});

describe('the action entry with command: test', () => {
  it('annotates failures on their lines, writes the job summary tables and the outputs', () => {
    const dir = tempDir();
    const files = {
      GITHUB_OUTPUT: path.join(dir, 'output'),
      GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
    };
    for (const f of Object.values(files)) writeFileSync(f, '');
    const r = spawnSync(
      path.join(ROOT, 'node_modules/.bin/tsx'),
      [path.join(ROOT, 'src/action/umbrella.ts')],
      {
        cwd: ROOT,
        env: {
          ...offlineEnv(),
          ...files,
          GITHUB_ACTIONS: 'true',
          GITHUB_WORKSPACE: ROOT,
          INPUT_COMMAND: 'test',
          INPUT_PATH: 'test/fixtures/testing/failing',
          'INPUT_CACHE-DIR': path.join(dir, 'envs'),
          INPUT_TIMEOUT: '120',
        },
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(1);
    const line = fixtureLine('failing/tests/test_calc.py', 'assert total == 5');
    expect(r.stdout).toContain(
      `::error title=DPR801,file=test/fixtures/testing/failing/tests/test_calc.py,line=${line}::tests/test_calc.py::test_add_is_wrong failed: assert 4 == 5`,
    );
    // pytest's output sits in a collapsed group, and none of its lines can act as a workflow command:
    // the reporter escapes every line that would start with `::`.
    const start = r.stdout.indexOf('::group::pytest output');
    const end = r.stdout.indexOf('::endgroup::');
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    // Inside, workflow commands are off (::stop-commands::<token> … ::<token>::), and no line could
    // act as one anyway.
    const inside = r.stdout.slice(start, end).split('\n').slice(1);
    const token = /^::stop-commands::([0-9a-f]+)$/.exec(inside[0] ?? '')?.[1];
    expect(token).toBeDefined();
    expect(
      inside.filter((l) => /^\s*::/.test(l) && l !== `::stop-commands::${token}` && l !== `::${token}::`),
    ).toEqual([]);
    // The runner's command files and tokens are not the tests' to use.
    expect(r.stdout).toContain('Hidden from the tests and installers: GITHUB_OUTPUT, GITHUB_STEP_SUMMARY');
    const summary = readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8');
    expect(summary).toContain('### Tests');
    expect(summary).toContain('### Slowest tests');
    expect(outputsOf(files.GITHUB_OUTPUT)).toMatchObject({
      outcome: 'failed',
      'tests-passed': '1',
      'tests-failed': '2',
      'tests-errors': '1',
      errors: '3',
    });
  });
});
