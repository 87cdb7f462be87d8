import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/plugins.js';
import {
  fixture,
  fixtureLine,
  jsonOf,
  offlineEnv,
  processesWith,
  ROOT,
  runBundledCli,
  runSourceCli,
} from './helpers.js';

// The real CLI as a child process: argument parsing, exit codes, --json and terminal output. The bundle
// built from the current sources for this run, and once from source with tsx.
let cacheDir: string;
let env: NodeJS.ProcessEnv;
beforeAll(() => {
  cacheDir = tempDir('dpr-envs-cli-');
  // pip's own retry settings this time: its connection errors show in its normal output.
  env = offlineEnv({ PIP_RETRIES: undefined });
  delete env.PIP_RETRIES;
});

function cli(...args: string[]) {
  return runBundledCli(['test', ...args, '--cache-dir', cacheDir], env);
}

describe('dify-plugin-release test (CLI)', () => {
  it('exits 0 when the tests pass (from source with tsx), reuses the environment, keeps the JUnit report', () => {
    const junit = path.join(tempDir(), 'reports', 'junit.xml');
    const first = runSourceCli(['test', fixture('passing'), '--json', '--cache-dir', cacheDir], env);
    expect(first.status).toBe(0);
    const doc = jsonOf(first);
    expect(doc.summary).toMatchObject({
      ok: true,
      outcome: 'passed',
      tests: { total: 7, passed: 6, skipped: 1 },
    });
    const second = jsonOf(cli(fixture('passing'), '--json', '--junit-xml', junit));
    expect(second.summary.environment).toMatchObject({ reused: true, key: doc.summary.environment!.key });
    expect(readFileSync(junit, 'utf8')).toContain('<testsuite ');
  });

  it('exits 1 with each failure at its file and line (terminal and JSON)', () => {
    const text = cli('test/fixtures/testing/failing');
    expect(text.status).toBe(1);
    const line = fixtureLine('failing/tests/test_calc.py', 'assert total == 5');
    expect(text.stdout).toContain(
      `test/fixtures/testing/failing/tests/test_calc.py:${line}  error  DPR801  tests/test_calc.py::test_add_is_wrong failed: assert 4 == 5`,
    );
    expect(text.stdout).toMatch(/Passed\s+Failed\s+Errors\s+Skipped\s+Time\n\s+1\s+2\s+1\s+0\s/);
    expect(text.stdout).toContain('Slowest tests');
    expect(text.stderr).toContain('short test summary info'); // pytest's own output, streamed

    const doc = jsonOf(cli(fixture('failing'), '--json'));
    expect(doc.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.file, f.line])).toEqual([
      ['DPR801', 'tests/test_calc.py', fixtureLine('failing/tests/test_calc.py', 'assert value > 0')],
      ['DPR801', 'tests/test_calc.py', line],
      ['DPR802', 'tests/test_calc.py', fixtureLine('failing/tests/test_calc.py', 'raise RuntimeError')],
    ]);
  });

  it('exits 1 when a test module cannot be imported', () => {
    const r = cli(fixture('import-error'), '--json');
    expect(r.status).toBe(1);
    expect(jsonOf(r).findings.find((f) => f.code === 'DPR803')).toMatchObject({
      file: 'tests/test_broken.py',
      line: fixtureLine('import-error/tests/test_broken.py', 'import calc_helpers_that_do_not_exist'),
    });
  });

  it('exits 1 on a timeout, with the process tree killed', async () => {
    const pidFile = path.join(tempDir(), 'child.pid');
    const token = `dpr-hanging-${process.pid}-${Date.now()}`;
    const r = runSourceCli(
      ['test', fixture('hanging'), '--timeout', '2', '--json', '--cache-dir', cacheDir],
      {
        ...env,
        DPR_FIXTURE_PID_FILE: pidFile,
        DPR_FIXTURE_TAG: token,
      },
    );
    expect(r.status).toBe(1);
    const doc = jsonOf(r);
    expect(doc.summary.outcome).toBe('timeout');
    expect(doc.findings.find((f) => f.code === 'DPR804')).toMatchObject({ file: 'tests/test_hang.py' });
    expect(existsSync(pidFile)).toBe(true); // The child was started.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(processesWith(token)).toEqual([]);
  });

  it('no tests: exit 0 with a notice, exit 1 with --require-tests', () => {
    const r = cli(fixture('no-tests'), '--require-tests', '--json');
    expect(r.status).toBe(1);
    expect(jsonOf(r).findings.find((f) => f.code === 'DPR806')?.severity).toBe('error');
  });

  it('warns about a requirement no index has, and the test that needs it says so', () => {
    const r = cli(fixture('unobtainable'), '--json');
    expect(r.status).toBe(1);
    const doc = jsonOf(r);
    expect(doc.findings.find((f) => f.code === 'DPR808')).toMatchObject({
      severity: 'warning',
      file: 'requirements.txt',
      line: 2,
    });
    expect(doc.findings.find((f) => f.code === 'DPR801')?.message).toContain('could not be installed');
    expect(doc.summary.tests).toMatchObject({ passed: 1, failed: 1 });
  });

  it('exits 2 on usage and environment errors', () => {
    const notPlugin = cli(tempDir(), '--json');
    expect(notPlugin.status).toBe(2);
    expect(jsonOf(notPlugin).error?.message).toMatch(/not a Dify plugin/);
    const badTimeout = cli(fixture('passing'), '--timeout', 'soon');
    expect(badTimeout.status).toBe(2);
    expect(badTimeout.stderr).toContain('must be a number of seconds');
    // Past what Node's timers hold (2^31-1 ms), a limit would fire at once: refused.
    const hugeTimeout = cli(fixture('passing'), '--timeout', '3000000');
    expect(hugeTimeout.status).toBe(2);
    expect(hugeTimeout.stderr).toContain('at most 2147483');
    const junit = jsonOf(cli(fixture('passing'), '--pytest-args', '--junitxml=out.xml', '--json'));
    expect(junit.error).toMatchObject({
      message: expect.stringContaining('--junitxml'),
      fix: expect.stringContaining('--junit-xml'),
    });
    const passEnv = cli(
      fixture('passing'),
      '--pass-env',
      'GITHUB_TOKEN',
      '--pass-env',
      'NOT A NAME',
      '--json',
    );
    expect(passEnv.status).toBe(2);
    expect(jsonOf(passEnv).error?.message).toContain('--pass-env "NOT A NAME"');
  });
});

// The acceptance case for --packaged: the real package stage builds the .difypkg (honouring
// .difyignore), the real safe zip reader unpacks it. Skipped when src/zip/ has no zip reader.
const packageStage = existsSync(path.join(ROOT, 'src/zip/reader.ts'));

describe('dify-plugin-release test --packaged (CLI)', () => {
  it.skipIf(!packageStage)(
    'catches a module the tests import that .difyignore drops from the package',
    async () => {
      const { packagePlugin } = await import('../../src/package/package.js');
      const out = tempDir('dpr-pkg-');
      const built = await packagePlugin({ path: fixture('difyignore'), outDir: out });
      expect(built.path).toBeDefined();
      expect(built.files.map((f) => f.path)).not.toContain('helpers.py');

      expect(cli(fixture('difyignore')).status).toBe(0); // the source tree passes
      const r = cli(fixture('difyignore'), '--packaged', built.path!, '--json');
      expect(r.status).toBe(1);
      const doc = jsonOf(r);
      expect(doc.summary.outcome).toBe('collection-error');
      const error = doc.findings.find((f) => f.code === 'DPR803')!;
      expect(error).toMatchObject({ file: 'tests/test_shouting.py', line: 3 });
      expect(error.message).toContain('helpers.py is in the source tree but not in the package');
    },
  );
});
