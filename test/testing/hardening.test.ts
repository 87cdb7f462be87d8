import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import type { ProcessRunner } from '../../src/io/process.js';
import { pluginEnvironment, redactCredentials } from '../../src/testing/child-env.js';
import { errorTail, networkReason } from '../../src/testing/install.js';
import { chooseInterpreter } from '../../src/testing/interpreter.js';
import { MAX_TIMEOUT_SECONDS } from '../../src/testing/limits.js';
import { classify, outcomeFindings } from '../../src/testing/outcome.js';
import { monorepoTests, type PytestRun, runPytest } from '../../src/testing/pytest-run.js';
import { parseRecord } from '../../src/testing/records.js';
import { parseRequirementsFile, readDependencies } from '../../src/testing/requirements.js';
import { testPlugin } from '../../src/testing/run.js';
import { tempDir } from '../helpers/plugins.js';
import { fixture, offlineEnv, RUNNER_SECRETS } from './helpers.js';

function write(dir: string, files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe("the plugin's environment", () => {
  it('hides the runner internals (tokens, command files, inputs), keeps runner facts, lets --pass-env through', () => {
    const env = { ...RUNNER_SECRETS, RUNNER_TEMP: '/tmp/runner', GITHUB_WORKSPACE: '/w', CI: 'true' };
    const { env: child, hidden } = pluginEnvironment(env);
    expect(Object.keys(child).sort()).toEqual(['CI', 'GITHUB_WORKSPACE', 'RUNNER_TEMP']);
    expect(hidden).toEqual(Object.keys(RUNNER_SECRETS).sort());
    const passed = pluginEnvironment(env, ['GITHUB_TOKEN']).env;
    expect(passed.GITHUB_TOKEN).toBe(RUNNER_SECRETS.GITHUB_TOKEN);
    expect(passed).not.toHaveProperty('ACTIONS_ID_TOKEN_REQUEST_TOKEN');
    expect(() => pluginEnvironment(env, ['A=B'])).toThrow(UsageError);
  });
});

describe('installer output in findings', () => {
  it('loses the credentials of index URLs and token query values', () => {
    const output = [
      'Looking in indexes: https://alice:s3cr3t-PASS@pypi.corp.example/simple',
      'ERROR: Could not fetch https://__token__:pypi-AgEIcHlwaS5vcmc@upload.example/x?token=abc123&x=1',
      'ERROR: No matching distribution found for nosuch==9',
    ].join('\n');
    const tail = errorTail(output);
    expect(tail).not.toMatch(/s3cr3t|pypi-AgE|abc123|alice/);
    expect(tail).toContain('https://***@pypi.corp.example/simple');
    expect(tail).toContain('?token=***&x=1');
    expect(networkReason('  Caused by: failed to connect to https://bob:hunter2@mirror.example/simple')).toBe(
      'failed to connect to https://***@mirror.example/simple',
    );
    expect(redactCredentials('git+https://ghp_abcdef0123456789abcd@github.com/a/b.git')).toBe(
      'git+https://***@github.com/a/b.git',
    );
  });
});

describe('the interpreter', () => {
  it('resolves a path from --python or DPR_PYTHON against the working directory, / or \\ alike', () => {
    const cwd = path.resolve('/work/here');
    expect(chooseInterpreter('.venv/bin/python', {}, cwd).command).toBe(path.join(cwd, '.venv/bin/python'));
    expect(chooseInterpreter(undefined, { DPR_PYTHON: '.venv/bin/python' }, cwd)).toMatchObject({
      source: 'DPR_PYTHON',
      requested: '.venv/bin/python',
      command: path.join(cwd, '.venv/bin/python'),
    });
    expect(chooseInterpreter(undefined, { DPR_PYTHON: '.venv\\Scripts\\python.exe' }, cwd).command).toBe(
      path.resolve(cwd, '.venv\\Scripts\\python.exe'),
    );
    expect(chooseInterpreter('python3.12', {}, cwd).command).toBe('python3.12');
    expect(chooseInterpreter(undefined, {}, cwd)).toMatchObject({ source: 'PATH', command: 'python3' });
  });
});

describe('locating tests outside the plugin', () => {
  it('never looks above the repository the plugin is the root of', () => {
    const outer = tempDir('dpr-outer-');
    write(outer, { 'tests/repo/test_x.py': '', 'repo/manifest.yaml': '', 'repo/.git/HEAD': '' });
    expect(monorepoTests(path.join(outer, 'repo'))).toBeUndefined();
    // Inside the repository the monorepo layout still counts.
    write(outer, { 'repo/tests/tools/demo/test_x.py': '', 'repo/tools/demo/manifest.yaml': '' });
    expect(monorepoTests(path.join(outer, 'repo/tools/demo'))).toBe(
      path.join(outer, 'repo/tests/tools/demo'),
    );
  });
});

describe('running pytest', () => {
  /** A tree runner that records the arguments and fails as a crashed pytest would, writing no report. */
  function crashing(): { tree: ProcessRunner; args: string[][] } {
    const args: string[][] = [];
    return {
      args,
      tree: {
        run: async (_command, a) => {
          args.push([...a]);
          return { code: 3, stdout: '', stderr: 'INTERNALERROR> boom', timedOut: false, durationMs: 1 };
        },
      },
    };
  }

  it("removes a stale --junit-xml report, and puts the user's arguments before its own", async () => {
    const dir = tempDir();
    const keep = path.join(dir, 'junit.xml');
    writeFileSync(keep, '<testsuite tests="1"/>');
    const { tree, args } = crashing();
    const run = await runPytest({
      python: 'python3',
      venv: dir,
      cwd: dir,
      targets: [],
      args: ['-o', 'junit_family=xunit2', '-k', 'x'],
      env: {},
      timeoutMs: 0,
      keepJunit: keep,
      tree,
    });
    expect(run.junit).toBeUndefined();
    expect(existsSync(keep)).toBe(false);
    const a = args[0]!;
    // Ours come last, so they win: the report is always written, always in the family we read.
    expect(a.indexOf('-k')).toBeLessThan(a.findIndex((x) => x.startsWith('--junitxml=')));
    expect(a.lastIndexOf('-o')).toBeGreaterThan(a.indexOf('junit_family=xunit2'));
    expect(a.at(-1)).toBe('junit_family=xunit1');
  });

  it('refuses --junitxml in the pytest arguments, pointing to --junit-xml', async () => {
    for (const arg of ['--junitxml=out.xml', '--junit-xml', '--junitxml']) {
      const error = await testPlugin({ path: fixture('passing'), pytestArgs: [arg] }).catch((e) => e);
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).fix).toMatch(/--junit-xml FILE/);
    }
  });

  it('refuses a --timeout the timers cannot hold', async () => {
    const error = await testPlugin({
      path: fixture('passing'),
      timeout: MAX_TIMEOUT_SECONDS + 1,
      env: offlineEnv(),
    }).catch((e) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain(`up to ${MAX_TIMEOUT_SECONDS}`);
  });
});

describe('outcomes', () => {
  const ctx = { runRoot: '/p', external: [], missing: [], sourceRoot: '/p', packaged: false };
  const base: PytestRun = { code: 0, timedOut: false, durationMs: 1, output: '' };

  it('exit code 0 without a report: passed when the progress record says pytest finished, with a warning', () => {
    const record = parseRecord('{"e":"start"}\n{"e":"collected","n":0}\n{"e":"end","exitstatus":0}\n');
    const finished = { ...base, record };
    expect(classify(finished, [])).toBe('passed');
    const findings = outcomeFindings('passed', finished, [], ctx, {}, false);
    expect(findings).toEqual([expect.objectContaining({ code: 'DPR810', severity: 'warning' })]);
    expect(outcomeFindings('passed', { ...finished, junit: '<testsuite/>' }, [], ctx, {}, false)).toEqual([]);
    // Without the record, exit code 0 means nothing: pytest never got as far as starting the session.
    expect(classify(base, [])).toBe('crashed');
  });

  it('a timeout that left processes running does not say everything was killed', () => {
    const run: PytestRun = { ...base, code: 137, timedOut: true, survivors: [4242] };
    const [f] = outcomeFindings('timeout', run, [], ctx, { timeout: 5 }, false);
    expect(f!.message).toContain('a process it started could not be (PID 4242)');
    expect(f!.message).not.toContain('everything it started were killed');
    const [all] = outcomeFindings(
      'timeout',
      { ...run, survivors: undefined },
      [],
      ctx,
      { timeout: 5 },
      false,
    );
    expect(all!.message).toContain('the test process and everything it started were killed');
  });
});

describe('the environment cache key', () => {
  it('covers -c constraints files and the content of local-path requirements', () => {
    const dir = write(tempDir(), {
      'requirements.txt':
        '-c constraints.txt\nrequests\n./vendor/pkg\n-e ./local\nwheels/x-1.0-py3-none-any.whl\n',
      'constraints.txt': 'requests==2.32.3\n',
      'vendor/pkg/setup.py': 'v1',
      'local/mod.py': 'v1',
      'wheels/x-1.0-py3-none-any.whl': 'v1',
    });
    const reqs = parseRequirementsFile(dir, 'requirements.txt');
    expect(reqs.map((r) => [r.text, r.name ?? null])).toEqual([
      ['requests', 'requests'],
      ['./vendor/pkg', null],
      ['./local', null],
      ['wheels/x-1.0-py3-none-any.whl', null],
    ]);
    const fingerprints = new Set([readDependencies(dir).fingerprint]);
    for (const [file, text] of [
      ['constraints.txt', 'requests==2.31.0\n'],
      ['vendor/pkg/setup.py', 'v2'],
      ['local/mod.py', 'v2'],
      ['wheels/x-1.0-py3-none-any.whl', 'v2'],
    ] as const) {
      writeFileSync(path.join(dir, file), text);
      fingerprints.add(readDependencies(dir).fingerprint);
    }
    expect(fingerprints.size).toBe(5);
  });
});
