/**
 * Hostile plugins against the `test` stage (issue 10, "Plugin code is untrusted code"): one case per
 * defect, each failing before its fix. Fixture plugins use the standard library only.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CheckFailedError, EnvironmentError } from '../../src/core/errors.js';
import { isSecretVariable, secretVariables } from '../../src/core/secrets.js';
import { pluginEnvironment } from '../../src/testing/child-env.js';
import { type TestOptions, type TestRunResult, testPlugin } from '../../src/testing/run.js';
import { tempDir, writePlugin } from '../helpers/plugins.js';
import { fixture, jsonOf, offlineEnv, processesWith, ROOT, runBundledCli } from '../testing/helpers.js';

// Each test builds environments offline (seconds each, more on a loaded machine).
vi.setConfig({ testTimeout: 180_000 });

const MANIFEST = readFileSync(fixture('passing/manifest.yaml'), 'utf8');
const cacheDir = tempDir('dpr-envs-hostile-');

/** A plugin with these files besides its manifest. */
function plugin(files: Record<string, string>): string {
  return writePlugin(files, { 'manifest.yaml': MANIFEST });
}

function stage(dir: string, options: TestOptions = {}): Promise<TestRunResult> {
  return testPlugin({ path: dir, cacheDir, env: offlineEnv(), cwd: path.dirname(dir), ...options });
}

/** Whether the run had the sandbox (no DPR814 notice saying it ran without). */
function sandboxed(r: { findings: { code: string }[] }): boolean {
  return !r.findings.some((f) => f.code === 'DPR814');
}

/** Wait until `done()` or the deadline (not a timed assertion: what is asserted is `done()`). */
async function until(done: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!done() && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
}

const SENTINEL = 'ghs_dprSentinel0123456789abcdefABCDEF0123';

/** A test that tries every way out this issue found, and writes what it found to $DPR_FIXTURE_OUT. */
const SPY = `
import glob, json, os

def test_spy():
    found = {"environ": [], "pipe": False, "command_files": []}
    for environ in glob.glob("/proc/[0-9]*/environ"):
        try:
            with open(environ, "rb") as f:
                if b"dprSentinel" in f.read():
                    found["environ"].append(environ)
        except OSError:
            pass
    # The runner's pipe: the stdout of the process that started pytest.
    try:
        with open("/proc/%d/fd/1" % os.getppid(), "w") as f:
            f.write("DPR-DIRECT-WRITE ::warning::pwned\\n")
        found["pipe"] = True
    except OSError:
        pass
    # The runner's command files, where they always are.
    for name in glob.glob(os.path.join(os.environ.get("RUNNER_TEMP", "/nonexistent"), "_runner_file_commands", "*")):
        try:
            with open(name, "a") as f:
                f.write("EVIL=1\\n")
            found["command_files"].append(name)
        except OSError:
            pass
    with open(os.environ["DPR_FIXTURE_OUT"], "w") as f:
        json.dump(found, f)
`;

describe('plugin code cannot reach the action', () => {
  function runner(): { env: NodeJS.ProcessEnv; out: string; githubEnv: string } {
    const temp = tempDir('dpr-runner-temp-');
    const commands = path.join(temp, '_runner_file_commands');
    mkdirSync(commands);
    const githubEnv = path.join(commands, 'set_env_0001');
    writeFileSync(githubEnv, '');
    const out = path.join(tempDir(), 'found.json');
    const env = offlineEnv({
      RUNNER_TEMP: temp,
      GITHUB_ENV: githubEnv,
      GITHUB_TOKEN: SENTINEL,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: `oidc-${SENTINEL}`,
      INPUT_KEY: `key-${SENTINEL}`,
      DPR_FIXTURE_OUT: out,
    });
    return { env, out, githubEnv };
  }

  it('refuses to run plugin tests while its environment holds secrets', () => {
    const { env, out } = runner();
    const dir = plugin({ 'tests/test_spy.py': SPY });
    const r = runBundledCli(['test', dir, '--json', '--cache-dir', cacheDir], env);
    expect(r.status).toBe(2);
    const doc = jsonOf(r);
    expect(doc.error?.message).toMatch(/refusing to run the plugin's tests/);
    expect(doc.error?.message).toContain('ACTIONS_ID_TOKEN_REQUEST_TOKEN, GITHUB_TOKEN, INPUT_KEY');
    expect(r.stdout).not.toContain('dprSentinel');
    expect(existsSync(out)).toBe(false); // Nothing of the plugin ran.
  });

  it('refuses while the checkout persists git credentials (actions/checkout persist-credentials)', async () => {
    const repo = tempDir('dpr-repo-');
    mkdirSync(path.join(repo, '.git'));
    writeFileSync(
      path.join(repo, '.git', 'config'),
      '[core]\n\tbare = false\n[include]\n\tpath = credentials.config\n',
    );
    writeFileSync(
      path.join(repo, '.git', 'credentials.config'),
      `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${Buffer.from(`x-access-token:${SENTINEL}`).toString('base64')}\n`,
    );
    const dir = writePlugin(
      { 'tests/test_x.py': 'def test_x():\n    pass\n' },
      { 'manifest.yaml': MANIFEST },
      path.join(repo, 'plugin'),
    );
    const error = await stage(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EnvironmentError);
    expect((error as Error).message).toContain('git credentials persisted in');
    expect((error as Error).message).not.toContain(SENTINEL);
    expect((await stage(dir, { allowSecretsInTest: true })).outcome).toBe('passed');
  });

  it('with secrets allowed: the tests cannot read the parent environment, the runner pipe or GITHUB_ENV', () => {
    const { env, out, githubEnv } = runner();
    const dir = plugin({ 'tests/test_spy.py': SPY });
    const r = runBundledCli(['test', dir, '--json', '--allow-secrets-in-test', '--cache-dir', cacheDir], env);
    const doc = jsonOf(r);
    expect(doc.summary.outcome).toBe('passed');
    const found = JSON.parse(readFileSync(out, 'utf8'));
    if (!sandboxed(doc)) {
      // Without user namespaces nothing stops a same-user process: the run says so.
      expect(doc.findings.some((f) => f.code === 'DPR814')).toBe(true);
      return;
    }
    expect(found.environ).toEqual([]);
    expect(found.pipe).toBe(false);
    expect(r.stdout).not.toContain('DPR-DIRECT-WRITE');
    expect(readFileSync(githubEnv, 'utf8')).toBe('');
  });

  it("with secrets allowed: a dependency's build script is confined like the tests", () => {
    const { env, out, githubEnv } = runner();
    // A local requirement built by an in-tree PEP 517 backend (no setuptools, offline): pip runs it.
    const backend = `import os, zipfile
${SPY.replace('def test_spy():', 'def spy():')}

def get_requires_for_build_wheel(config_settings=None):
    return []

def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    spy()
    name = "dpr_build_spy-1.0-py3-none-any.whl"
    info = "dpr_build_spy-1.0.dist-info"
    with zipfile.ZipFile(os.path.join(wheel_directory, name), "w") as z:
        z.writestr("dpr_build_spy.py", "X = 1\\n")
        z.writestr(info + "/METADATA", "Metadata-Version: 2.1\\nName: dpr-build-spy\\nVersion: 1.0\\n")
        z.writestr(info + "/WHEEL", "Wheel-Version: 1.0\\nGenerator: dpr\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n")
        z.writestr(info + "/RECORD", "dpr_build_spy.py,,\\n" + info + "/METADATA,,\\n" + info + "/WHEEL,,\\n" + info + "/RECORD,,\\n")
    return name
`;
    const dir = plugin({
      'requirements.txt': './spy\n',
      'spy/pyproject.toml':
        '[build-system]\nrequires = []\nbuild-backend = "backend"\nbackend-path = ["."]\n',
      'spy/backend.py': backend,
      'tests/test_x.py': 'def test_x():\n    import dpr_build_spy\n',
    });
    const r = runBundledCli(
      ['test', dir, '--json', '--allow-secrets-in-test', '--cache-dir', tempDir('dpr-envs-spy-')],
      env,
    );
    const doc = jsonOf(r);
    expect(doc.summary.outcome).toBe('passed'); // The build script ran, and its package was installed.
    const found = JSON.parse(readFileSync(out, 'utf8'));
    if (!sandboxed(doc)) return;
    expect(found.environ).toEqual([]);
    expect(found.pipe).toBe(false);
    expect(r.stdout).not.toContain('DPR-DIRECT-WRITE');
    expect(readFileSync(githubEnv, 'utf8')).toBe('');
  });

  it('hides every secret-bearing variable from the tests, GH_ENTERPRISE_TOKEN and API keys included', async () => {
    const seen = path.join(tempDir(), 'names.json');
    const dir = plugin({
      'tests/test_env.py': `import json, os\n\ndef test_env():\n    json.dump(sorted(os.environ), open(${JSON.stringify(seen)}, "w"))\n`,
    });
    const secrets = {
      GITHUB_TOKEN: SENTINEL,
      GH_ENTERPRISE_TOKEN: SENTINEL,
      GITHUB_ENTERPRISE_TOKEN: SENTINEL,
      OPENAI_API_KEY: 'sk-dpr',
      HF_TOKEN: 'hf_dpr',
      AWS_SECRET_ACCESS_KEY: 'dpr',
      DPR_PRIVATE_KEY: '-----BEGIN PRIVATE KEY-----',
      SOME_URL: 'https://user:hunter2@index.example/simple',
    };
    const r = await stage(dir, { env: offlineEnv({ ...secrets, KEEP_ME: '1' }), allowSecretsInTest: true });
    expect(r.outcome).toBe('passed');
    const names = JSON.parse(readFileSync(seen, 'utf8')) as string[];
    expect(names).toContain('KEEP_ME');
    for (const name of Object.keys(secrets)) expect(names, name).not.toContain(name);
    // One list: what is hidden is what is refused (and what the reporter masks).
    expect(secretVariables(secrets)).toEqual(Object.keys(secrets).sort());
    expect(pluginEnvironment(secrets).hidden).toEqual(Object.keys(secrets).sort());
    expect(isSecretVariable('INPUT_KEY-FILE')).toBe(false);
  });
});

describe('where the machine refuses user namespaces (Ubuntu 24.04 restricts them through AppArmor)', () => {
  /** The bundled CLI in a user namespace that may create no more: the sandbox is refused there. */
  function refusedCli(args: string[], env: NodeJS.ProcessEnv) {
    return spawnSync(
      'unshare',
      [
        '--user',
        '--map-root-user',
        'sh',
        '-c',
        'echo 0 > /proc/sys/user/max_user_namespaces && exec "$0" "$@"',
        process.execPath,
        path.join(process.env.DPR_TEST_BUNDLE!, 'cli.js'),
        ...args,
      ],
      { env, encoding: 'utf8', timeout: 120_000 },
    );
  }
  const usable =
    spawnSync('unshare', [
      '--user',
      '--map-root-user',
      'sh',
      '-c',
      'echo 0 > /proc/sys/user/max_user_namespaces',
    ]).status === 0;

  it.skipIf(!usable)(
    'runs the tests supervised, kills what they left, and says what did not hold',
    async () => {
      const tag = `dpr-refused-${process.pid}-${Date.now()}`;
      const dir = plugin({
        'tests/test_daemon.py': `
import os, sys, time

def test_daemon():
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            os.execv(sys.executable, [sys.executable, "-c", "import time; time.sleep(300)", ${JSON.stringify(tag)}])
        os._exit(0)
    time.sleep(0.5)
`,
      });
      const r = refusedCli(
        ['test', dir, '--json', '--cache-dir', tempDir('dpr-envs-refused-')],
        offlineEnv(),
      );
      const doc = jsonOf({ status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr });
      expect(doc.summary.outcome).toBe('passed');
      const notice = doc.findings.find((f) => f.code === 'DPR814')!;
      expect(notice).toMatchObject({ severity: 'notice' });
      expect(notice.message).toMatch(/without the sandbox \(unshare: No space left on device\)/);
      await until(() => processesWith(tag).length === 0, 3000);
      expect(processesWith(tag)).toEqual([]);
    },
  );

  it.skipIf(!usable)('DPR_SANDBOX=required refuses to run the tests without it', () => {
    const dir = plugin({ 'tests/test_x.py': 'def test_x():\n    pass\n' });
    const r = refusedCli(
      ['test', dir, '--json', '--cache-dir', tempDir('dpr-envs-refused-')],
      offlineEnv({ DPR_SANDBOX: 'required' }),
    );
    expect(r.status).toBe(2);
    expect(jsonOf({ status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }).error?.message).toMatch(
      /the sandbox the tests must run in is not available: unshare/,
    );
  });
});

describe('processes the tests start', () => {
  const DAEMON = (tag: string, hang: boolean) => `
import os, subprocess, sys, time

def test_daemon():
    # Double fork and setsid: the daemon leaves pytest's process tree and session.
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            os.execv(sys.executable, [sys.executable, "-c", "import time; time.sleep(300)", ${JSON.stringify(tag)}])
        os._exit(0)
    time.sleep(0.5)
    ${hang ? 'time.sleep(3600)' : 'assert True'}
`;

  for (const sandbox of ['auto', 'off'] as const) {
    it(`a daemon a test started does not outlive the run (sandbox ${sandbox})`, async () => {
      const tag = `dpr-daemon-${sandbox}-${process.pid}-${Date.now()}`;
      const r = await stage(plugin({ 'tests/test_daemon.py': DAEMON(tag, false) }), { sandbox });
      expect(r.outcome).toBe('passed');
      await until(() => processesWith(tag).length === 0, 3000);
      expect(processesWith(tag)).toEqual([]);
      expect(r.findings.find((f) => f.code === 'DPR815')?.message).toMatch(/left \d+ process/);
    });

    it(`on a timeout, the daemon is killed too and the message is true (sandbox ${sandbox})`, async () => {
      const tag = `dpr-daemon-timeout-${sandbox}-${process.pid}-${Date.now()}`;
      const r = await stage(plugin({ 'tests/test_daemon.py': DAEMON(tag, true) }), { sandbox, timeout: 3 });
      expect(r.outcome).toBe('timeout');
      await until(() => processesWith(tag).length === 0, 3000);
      expect(processesWith(tag)).toEqual([]);
      expect(r.findings.find((f) => f.code === 'DPR804')?.message).toContain(
        'everything it started were killed',
      );
    });

    it(`a test run killed with SIGKILL takes pytest and its children down (sandbox ${sandbox})`, async () => {
      const tag = `dpr-orphan-${sandbox}-${process.pid}-${Date.now()}`;
      const ready = path.join(tempDir(), 'ready');
      const dir = plugin({
        'tests/test_wait.py': `
import os, subprocess, sys, time

def test_wait():
    subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)", ${JSON.stringify(tag)}])
    open(${JSON.stringify(ready)}, "w").close()
    time.sleep(300)
`,
      });
      const script = `
        import { testPlugin } from ${JSON.stringify(path.join(ROOT, 'src/testing/run.ts'))};
        await testPlugin({ path: ${JSON.stringify(dir)}, cacheDir: ${JSON.stringify(cacheDir)}, sandbox: ${JSON.stringify(sandbox)},
          env: ${JSON.stringify(offlineEnv())}, timeout: 0 });
      `;
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: ROOT,
        stdio: 'ignore',
      });
      await until(() => existsSync(ready), 60_000);
      expect(existsSync(ready)).toBe(true);
      expect(processesWith(tag).length).toBe(1);
      child.kill('SIGKILL');
      await until(() => processesWith(tag).length === 0);
      expect(processesWith(tag)).toEqual([]);
    }, 90_000);
  }
});

describe('the verdict comes from what ran', () => {
  const EXITS = `
import os

def test_a_fails():
    assert 1 + 1 == 3

def test_b_exits():
    os._exit(0)

def test_c_never_runs():
    pass
`;

  it('a failing test followed by os._exit(0) is not a pass, with --require-tests too', async () => {
    for (const requireTests of [false, true]) {
      const r = await stage(plugin({ 'tests/test_exit.py': EXITS }), { requireTests });
      expect(r.outcome).not.toBe('passed');
      expect(r.pytest?.exitCode).toBe(0);
      const errors = r.findings.filter((f) => f.severity === 'error');
      expect(errors.map((f) => f.code)).toEqual(expect.arrayContaining(['DPR811', 'DPR801']));
      const unfinished = errors.find((f) => f.code === 'DPR811')!;
      expect(unfinished.message).toContain('tests/test_exit.py::test_b_exits was running');
      expect(unfinished).toMatchObject({ file: 'tests/test_exit.py', line: 7 });
      expect(errors.find((f) => f.code === 'DPR801')).toMatchObject({ file: 'tests/test_exit.py', line: 5 });
    }
  });

  it('an exit code changed after pytest decided is not a pass either', async () => {
    const r = await stage(
      plugin({
        'tests/conftest.py': 'import atexit, os\natexit.register(lambda: os._exit(0))\n',
        'tests/test_x.py': 'def test_x():\n    assert False\n',
      }),
    );
    expect(r.outcome).toBe('failed');
    expect(r.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['DPR801', 'DPR812']));
  });

  it('a segfault is annotated honestly: the signal, at the test that was running, never at <string>', async () => {
    const r = await stage(
      plugin({ 'tests/test_crash.py': 'import ctypes\n\n\ndef test_segfault():\n    ctypes.string_at(0)\n' }),
    );
    expect(r.outcome).toBe('crashed');
    const crash = r.findings.find((f) => f.severity === 'error')!;
    expect(crash.message).toContain('signal SIGSEGV');
    expect(crash.message).toContain('tests/test_crash.py::test_segfault');
    expect(crash.file).toBe('tests/test_crash.py');
    expect(crash.line).toBe(4);
    expect(r.findings.some((f) => f.file?.includes('<'))).toBe(false);
  });
});

describe('the shared environment cache', () => {
  for (const sandbox of ['auto', 'off'] as const) {
    it(`one plugin's test cannot leave a .pth that the next plugin's run executes (sandbox ${sandbox})`, async () => {
      const cache = tempDir('dpr-envs-pth-');
      const executed = path.join(tempDir(), 'executed');
      const poison = plugin({
        'requirements.txt': '# the same requirements as the victim\n',
        'tests/test_poison.py': `
import site, sys

def test_poison():
    # Only inside the environment (sys.prefix): never into the machine's own Python, should the
    # environment ever see it again.
    for d in [p for p in site.getsitepackages() if p.startswith(sys.prefix + "/")] + [sys.prefix]:
        try:
            open(d + "/zz_dpr_evil.pth", "w").write('import os; open(%r, "w")\\n' % ${JSON.stringify(executed)})
        except OSError:
            pass
`,
      });
      const victim = plugin({
        'requirements.txt': '# the same requirements as the victim\n',
        'tests/test_ok.py': 'def test_ok():\n    pass\n',
      });
      const a = await stage(poison, { cacheDir: cache, sandbox });
      const b = await stage(victim, { cacheDir: cache, sandbox });
      expect(a.outcome).toBe('passed');
      expect(b.environment!.key).toBe(a.environment!.key);
      expect(b.outcome).toBe('passed');
      expect(existsSync(executed)).toBe(false);
      if (sandbox === 'auto' && sandboxed(a)) {
        // Mounted read-only: the write failed, nothing changed.
        expect(a.findings.some((f) => f.code === 'DPR816')).toBe(false);
      } else if (process.getuid?.() === 0) {
        // Root writes through the read-only mode bits: not stopped, but found, thrown away, rebuilt.
        expect(a.findings.some((f) => f.code === 'DPR816')).toBe(true);
        expect(b.environment!.reused).toBe(false);
      }
    });
  }
});

describe('bounded output and files that are not files', () => {
  it("a test's stdout goes to the log head and tail only, the whole of it to a file", async () => {
    const lines: string[] = [];
    const r = await testPlugin(
      {
        path: plugin({
          'tests/test_loud.py':
            'def test_loud():\n    for i in range(200000):\n        print("line", i)\n    assert False\n',
        }),
        cacheDir,
        env: offlineEnv(),
        pytestArgs: ['-s'],
      },
      { onOutput: (line) => lines.push(line) },
    );
    expect(r.outcome).toBe('failed');
    expect(lines.length).toBeLessThan(1000);
    expect(lines.join('\n').length).toBeLessThan(512 * 1024);
    expect(lines.some((l) => l.includes('line 0'))).toBe(true);
    expect(lines.some((l) => /1 failed/.test(l))).toBe(true); // The tail: pytest's summary.
    const file = r.output!.file!;
    expect(lines.some((l) => l.includes(file))).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('line 199999');
  });

  it('a FIFO as requirements.txt is a clear error, not a hang past --timeout', async () => {
    const dir = plugin({ 'tests/test_x.py': 'def test_x():\n    pass\n' });
    const { execFileSync } = await import('node:child_process');
    execFileSync('mkfifo', [path.join(dir, 'requirements.txt')]);
    const error = await stage(dir, { timeout: 5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CheckFailedError);
    expect((error as Error).message).toMatch(/requirements\.txt .*a named pipe/);
  });

  it('--junit-xml DIR writes DIR/junit.xml', async () => {
    const out = tempDir('dpr-junit-dir-');
    const r = await stage(fixture('passing'), { junitXml: out });
    expect(r.outcome).toBe('passed');
    expect(statSync(path.join(out, 'junit.xml')).isFile()).toBe(true);
    expect(readFileSync(path.join(out, 'junit.xml'), 'utf8')).toContain('<testsuite');
  });
});
