import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testPlugin } from '../../src/testing/run.js';
import { tempDir } from '../helpers/plugins.js';
import {
  copyFixture,
  errorsOf,
  fixture,
  fixtureLine,
  offlineEnv,
  processesWith,
  RUNNER_SECRETS,
  sharedStage,
} from './helpers.js';

const run = sharedStage();

describe('test: outcomes, through the stage with the real interpreter and pytest', () => {
  it('passes a plugin whose tests pass, and says which Python ran them when it is not the declared one', async () => {
    const r = await run(fixture('passing'));
    expect(r.outcome).toBe('passed');
    expect(r.counts).toEqual({ total: 7, passed: 6, failed: 0, errors: 0, skipped: 1 });
    expect(errorsOf(r)).toEqual([]);
    const differs = !r.python.version.startsWith('3.12.');
    expect(r.findings.some((f) => f.code === 'DPR809')).toBe(differs);
    if (differs) {
      expect(r.findings[0]).toMatchObject({
        code: 'DPR809',
        severity: 'notice',
        file: 'manifest.yaml',
        line: fixtureLine('passing/manifest.yaml', '    version: "3.12"'),
        plugin: 'passing',
      });
      expect(r.findings[0]!.message).toContain(`Python ${r.python.version}`);
    }
  });

  it('reports each failure at the failing line of the test file, and a fixture error at its line', async () => {
    const r = await run(fixture('failing'));
    expect(r.outcome).toBe('failed');
    expect(r.counts).toMatchObject({ passed: 1, failed: 2, errors: 1 });
    const found = errorsOf(r).map((f) => [f.code, f.file, f.line, f.severity]);
    expect(found).toEqual(
      expect.arrayContaining([
        [
          'DPR801',
          'tests/test_calc.py',
          fixtureLine('failing/tests/test_calc.py', 'assert total == 5'),
          'error',
        ],
        [
          'DPR801',
          'tests/test_calc.py',
          fixtureLine('failing/tests/test_calc.py', 'assert value > 0'),
          'error',
        ],
        [
          'DPR802',
          'tests/test_calc.py',
          fixtureLine('failing/tests/test_calc.py', 'raise RuntimeError("resource unavailable")'),
          'error',
        ],
      ]),
    );
    expect(found).toHaveLength(3);
    const wrong = errorsOf(r).find(
      (f) => f.line === fixtureLine('failing/tests/test_calc.py', 'assert total == 5'),
    );
    expect(wrong!.message).toBe('tests/test_calc.py::test_add_is_wrong failed: assert 4 == 5');
  });

  it('reports a module that cannot be imported at the import line', async () => {
    const r = await run(fixture('import-error'));
    expect(r.outcome).toBe('collection-error');
    expect(errorsOf(r)).toEqual([
      expect.objectContaining({
        code: 'DPR803',
        file: 'tests/test_broken.py',
        line: fixtureLine('import-error/tests/test_broken.py', 'import calc_helpers_that_do_not_exist'),
      }),
    ]);
    expect(errorsOf(r)[0]!.message).toContain("No module named 'calc_helpers_that_do_not_exist'");
  });

  it('kills a hanging run and everything it started, naming the test that hung', async () => {
    const pidFile = path.join(tempDir(), 'child.pid');
    const token = `dpr-hanging-${process.pid}-${Date.now()}`;
    const r = await testPlugin({
      path: fixture('hanging'),
      cacheDir: run.cacheDir(),
      timeout: 2,
      env: offlineEnv({ DPR_FIXTURE_PID_FILE: pidFile, DPR_FIXTURE_TAG: token }),
    });
    expect(r.outcome).toBe('timeout');
    expect(errorsOf(r)).toEqual([
      expect.objectContaining({
        code: 'DPR804',
        file: 'tests/test_hang.py',
        line: fixtureLine('hanging/tests/test_hang.py', 'def test_waits_forever'),
      }),
    ]);
    expect(errorsOf(r)[0]!.message).toMatch(
      /tests\/test_hang\.py::test_waits_forever did not finish within 2 s/,
    );
    // The grandchild ignores SIGTERM: it must be gone all the same.
    expect(existsSync(pidFile)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(processesWith(token)).toEqual([]);
  });

  it('gives a notice when there are no tests, an error with requireTests', async () => {
    const r = await run(fixture('no-tests'));
    expect(r.outcome).toBe('no-tests');
    expect(errorsOf(r)).toEqual([expect.objectContaining({ code: 'DPR806', severity: 'notice' })]);
    const required = await run(fixture('no-tests'), { requireTests: true });
    expect(errorsOf(required)).toEqual([expect.objectContaining({ code: 'DPR806', severity: 'error' })]);
  });

  it('reports a pytest crash (internal error) with the place in conftest.py', async () => {
    const r = await run(fixture('crash'));
    expect(r.outcome).toBe('crashed');
    expect(r.pytest?.exitCode).toBe(3);
    expect(errorsOf(r)).toEqual([
      expect.objectContaining({
        code: 'DPR805',
        file: 'tests/conftest.py',
        line: fixtureLine('crash/tests/conftest.py', 'raise RuntimeError'),
      }),
    ]);
    expect(errorsOf(r)[0]!.message).toContain('a conftest hook broke');
  });

  it('runs tests kept outside the plugin: the monorepo layout, and --tests-dir', async () => {
    const plugin = fixture('monorepo/tools/demo');
    const auto = await run(plugin);
    expect(auto.outcome).toBe('failed');
    expect(auto.counts).toMatchObject({ total: 2, passed: 1, failed: 1 });
    expect(errorsOf(auto)).toEqual([
      expect.objectContaining({
        code: 'DPR801',
        file: '../../tests/tools/demo/test_demo.py',
        line: fixtureLine('monorepo/tests/tools/demo/test_demo.py', 'assert greet("Dify") == "Hi, Dify!"'),
      }),
    ]);
    // The same plugin away from its monorepo finds no tests, unless told where they are.
    const alone = copyFixture('monorepo/tools/demo');
    expect((await run(alone)).outcome).toBe('no-tests');
    const told = await run(alone, { testsDir: fixture('monorepo/tests/tools/demo') });
    expect(told.counts).toMatchObject({ total: 2, failed: 1 });
  });
});

describe('test: what the tests see', () => {
  it('a test printing its environment sees no runner internals, except what --pass-env lets through', async () => {
    const plugin = copyFixture('passing');
    rmSync(path.join(plugin, 'tests', 'test_calc.py'));
    const seen = path.join(tempDir(), 'environ.json');
    writeFileSync(
      path.join(plugin, 'tests', 'test_environ.py'),
      [
        'import json, os',
        '',
        'def test_prints_what_it_sees():',
        '    names = sorted(os.environ)',
        '    print(names)',
        '    with open(os.environ["DPR_FIXTURE_ENV_FILE"], "w", encoding="utf-8") as f:',
        '        json.dump(names, f)',
        '',
      ].join('\n'),
    );
    const r = await run(plugin, {
      passEnv: ['GITHUB_TOKEN'],
      allowSecretsInTest: true,
      env: offlineEnv({ ...RUNNER_SECRETS, RUNNER_TEMP: tempDir(), DPR_FIXTURE_ENV_FILE: seen }),
    });
    expect(r.outcome).toBe('passed');
    const names = JSON.parse(readFileSync(seen, 'utf8')) as string[];
    expect(names).toContain('RUNNER_TEMP');
    expect(names).toContain('GITHUB_TOKEN');
    for (const hidden of Object.keys(RUNNER_SECRETS).filter((n) => n !== 'GITHUB_TOKEN')) {
      expect(names, hidden).not.toContain(hidden);
    }
  });

  it('pytest exiting 0 without a report (a hook turned it off): passed, with a warning', async () => {
    const plugin = copyFixture('passing');
    writeFileSync(
      path.join(plugin, 'tests', 'conftest.py'),
      [
        readFileSync(fixture('passing/tests/conftest.py'), 'utf8'),
        'import pytest',
        '',
        '@pytest.hookimpl(tryfirst=True)',
        'def pytest_configure(config):',
        '    config.option.xmlpath = None',
        '',
      ].join('\n'),
    );
    const r = await run(plugin);
    expect(r.pytest?.exitCode).toBe(0);
    expect(r.outcome).toBe('passed');
    expect(errorsOf(r)).toEqual([expect.objectContaining({ code: 'DPR810', severity: 'warning' })]);
  });
});
