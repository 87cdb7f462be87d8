import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EnvironmentError } from '../../src/core/errors.js';
import { entryFor } from '../../src/testing/env-cache.js';
import { type InstallContext, installPytest } from '../../src/testing/install.js';
import { setWritable } from '../../src/testing/integrity.js';
import { probeKey } from '../../src/testing/probe-cache.js';
import { type TestDeps, type TestOptions, type TestRunResult, testPlugin } from '../../src/testing/run.js';
import { tempDir } from '../helpers/plugins.js';
import {
  copyFixture,
  EXAMPLE,
  fixture,
  fixtureLine,
  installs,
  makeWheel,
  offlineEnv,
  RUNNER_SECRETS,
  recording,
} from './helpers.js';

// Each test builds environments offline (seconds each, more on a loaded machine).
vi.setConfig({ testTimeout: 180_000 });

/** One cache for the file: the fixtures without requirements share one environment. */
let cacheDir: string;
beforeAll(() => {
  cacheDir = tempDir('dpr-envs-');
});

function run(path_: string, options: TestOptions = {}, deps = {}): Promise<TestRunResult> {
  return testPlugin({ path: path_, cacheDir, env: offlineEnv(), cwd: path.dirname(path_), ...options }, deps);
}

describe('test: dependencies that cannot be downloaded', () => {
  it('warns, naming the requirement, runs the tests, and says why a test importing it failed', async () => {
    const r = await run(fixture('unobtainable'));
    expect(r.outcome).toBe('failed');
    expect(r.counts).toMatchObject({ total: 2, passed: 1, failed: 1 });
    const warning = r.findings.find((f) => f.code === 'DPR808');
    expect(warning).toMatchObject({ severity: 'warning', file: 'requirements.txt', line: 2 });
    expect(warning!.message).toMatch(
      /^dpr-fixture-unobtainable==1\.0\.0 could not be installed: no package index could be reached/,
    );
    const failure = r.findings.find((f) => f.code === 'DPR801');
    expect(failure).toMatchObject({
      file: 'tests/test_optional.py',
      line: fixtureLine('unobtainable/tests/test_optional.py', 'import dpr_fixture_unobtainable'),
    });
    expect(failure!.message).toContain("No module named 'dpr_fixture_unobtainable'");
    expect(failure!.message).toContain('dpr-fixture-unobtainable==1.0.0, which could not be installed');
  });

  it("runs the example plugin's 85 tests (dify_plugin cannot be downloaded here: a warning)", async () => {
    const r = await run(EXAMPLE);
    expect(r.outcome).toBe('passed');
    expect(r.counts).toEqual({ total: 85, passed: 85, failed: 0, errors: 0, skipped: 0 });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const missing = r.environment!.missing.map((m) => m.requirement);
    // Where an index is reachable dify_plugin installs; here it cannot be: then it is the one warning.
    expect(r.findings.filter((f) => f.code === 'DPR808').map((f) => f.message.split(' ')[0])).toEqual(
      missing,
    );
  });
});

describe('test: the environment cache', () => {
  /** Make a cached environment's last install attempt look 11 minutes old. */
  function ageMarker(cache: string, key: string): void {
    const file = entryFor(cache, key).marker;
    const marker = JSON.parse(readFileSync(file, 'utf8'));
    const old = new Date(Date.now() - 11 * 60_000).toISOString();
    writeFileSync(file, JSON.stringify({ ...marker, createdAt: old, missingTriedAt: old }));
  }

  it('builds once; the second run reuses it and tries again only what could not be installed', async () => {
    const cache = tempDir('dpr-envs-fresh-');
    const env = offlineEnv(RUNNER_SECRETS);
    const first = recording();
    const stage = (deps: Partial<TestDeps>) =>
      testPlugin({ path: fixture('unobtainable'), cacheDir: cache, env, allowSecretsInTest: true }, deps);
    const a = await stage(first.deps);
    expect(a.environment?.reused).toBe(false);
    expect(installs(first.calls).some((c) => c.includes('venv'))).toBe(true);
    expect(installs(first.calls).some((c) => c.includes('pip'))).toBe(true);
    // The installers (which run the plugin's build scripts) never see the runner's internals.
    for (const seen of first.envs) {
      for (const name of Object.keys(RUNNER_SECRETS)) expect(seen, name).not.toHaveProperty(name);
    }

    // Soon after: the missing requirement is not tried again (offline, each try costs seconds).
    const soon = recording();
    const early = await stage(soon.deps);
    expect(early.environment).toMatchObject({ reused: true, key: a.environment!.key });
    expect(early.environment?.updated).toBeUndefined();
    expect(installs(soon.calls)).toEqual([]);
    expect(early.findings.some((f) => f.code === 'DPR808')).toBe(true);

    // Ten minutes later it is.
    ageMarker(cache, a.environment!.key);
    const second = recording();
    const b = await stage(second.deps);
    expect(b.environment).toMatchObject({ reused: true, updated: true, key: a.environment!.key });
    expect(installs(second.calls).some((c) => c.includes('venv'))).toBe(false);
    // Offline first: the one missing requirement is tried again, not the environment rebuilt.
    const pips = installs(second.calls).filter((c) => c.includes('pip') && c.includes('install'));
    expect(pips[0]).toEqual(expect.arrayContaining(['--no-index', '-r', 'requirements.txt']));
    expect(b.counts).toEqual(a.counts);
    // Still missing: said again, without sending the user to --rebuild.
    const warning = b.findings.find((f) => f.code === 'DPR808')!;
    expect(warning.message).toMatch(/^dpr-fixture-unobtainable==1\.0\.0 could not be installed/);
    expect(warning.message).not.toContain('--rebuild');
    for (const seen of second.envs) expect(seen).not.toHaveProperty('ACTIONS_RUNTIME_TOKEN');
    // Every command the stage started had a time limit (a hanging interpreter cannot hang `test`).
    expect(second.options.every((o) => (o?.timeoutMs ?? 0) > 0)).toBe(true);
  }, 180_000);

  it('installs on reuse what an environment built offline lacked, once the package can be had', async () => {
    const cache = tempDir('dpr-envs-offline-');
    const a = await testPlugin({ path: fixture('unobtainable'), cacheDir: cache, env: offlineEnv() });
    expect(a.environment?.missing).toHaveLength(1);
    const marker = entryFor(cache, a.environment!.key).marker;

    // The package turns up (a wheel folder, as a mirror would serve it): the next try installs it.
    ageMarker(cache, a.environment!.key);
    const wheels = tempDir('dpr-wheels-');
    makeWheel(wheels, 'dpr-fixture-unobtainable', '1.0.0');
    const b = await testPlugin({
      path: fixture('unobtainable'),
      cacheDir: cache,
      env: offlineEnv({ PIP_FIND_LINKS: wheels }),
    });
    expect(b.environment).toMatchObject({ reused: true, updated: true, missing: [] });
    expect(b.outcome).toBe('passed');
    expect(b.findings.filter((f) => f.code === 'DPR808')).toEqual([]);
    expect(JSON.parse(readFileSync(marker, 'utf8')).missing).toEqual([]);

    // Now complete: the next run checks it (one Python call) and installs nothing.
    const third = recording();
    const c = await testPlugin(
      { path: fixture('unobtainable'), cacheDir: cache, env: offlineEnv() },
      third.deps,
    );
    expect(c.environment).toMatchObject({ reused: true, missing: [] });
    expect(c.environment?.updated).toBeUndefined();
    expect(installs(third.calls)).toEqual([]);
    // pytest under its supervisor, nothing else: the interpreter probe is remembered (for a real
    // executable; a wrapper script such as a pyenv shim may pick another Python each time, so it
    // is probed again).
    const remembered = probeKey('python3', offlineEnv()) !== undefined;
    expect(third.calls.map((c) => c[0])).toHaveLength(remembered ? 1 : 2);
  }, 180_000);

  it('rebuilds a corrupted entry: no marker, or an interpreter that does not run', async () => {
    const cache = tempDir('dpr-envs-broken-');
    const a = await testPlugin({ path: fixture('passing'), cacheDir: cache, env: offlineEnv() });
    const entry = entryFor(cache, a.environment!.key);

    setWritable([entry.venv], true); // Built read-only: damage it as a user could.
    unlinkSync(path.join(entry.venv, 'pyvenv.cfg'));
    const b = await testPlugin({ path: fixture('passing'), cacheDir: cache, env: offlineEnv() });
    expect(b.environment?.reused).toBe(false);
    expect(b.outcome).toBe('passed');

    // Looks whole, does not run: its fingerprint tells, and it is rebuilt.
    setWritable([entry.venv], true);
    unlinkSync(entry.python);
    writeFileSync(entry.python, '#!/bin/sh\nexit 127\n', { mode: 0o755 });
    const c = await testPlugin({ path: fixture('passing'), cacheDir: cache, env: offlineEnv() });
    expect(c.outcome).toBe('passed');
    expect(c.environment?.reused).toBe(false);
  });
});

describe('test: plugins locked with uv', () => {
  /** A stand-in for uv that logs its arguments; `sync` fails like uv without a network when asked to. */
  function fakeUv(failSync: boolean): { path: string; log: string } {
    const bin = tempDir('dpr-fake-uv-');
    const log = path.join(bin, 'calls.log');
    const script = [
      '#!/bin/sh',
      `echo "$UV_PROJECT_ENVIRONMENT|$*" >> ${log}`,
      'case "$1" in',
      '  --version) echo "uv 0.0.0 (fake)"; exit 0 ;;',
      failSync
        ? '  sync) echo "error: Failed to fetch: \\`https://pypi.org/simple/dpr-fixture-unobtainable/\\`" >&2; echo "  Caused by: dns error: failed to lookup address information" >&2; exit 2 ;;'
        : '  sync) exit 0 ;;',
      '  export) echo "dpr-fixture-unobtainable==1.0.0"; exit 0 ;;',
      '  pip) exit 1 ;;',
      'esac',
      'exit 0',
      '',
    ].join('\n');
    writeFileSync(path.join(bin, 'uv'), script, { mode: 0o755 });
    return { path: `${bin}${path.delimiter}${process.env.PATH}`, log };
  }

  function uvPlugin(): string {
    const dir = copyFixture('unobtainable');
    writeFileSync(path.join(dir, 'uv.lock'), 'version = 1\n');
    writeFileSync(path.join(dir, 'pyproject.toml'), '[project]\nname = "p"\nversion = "0.1.0"\n');
    return dir;
  }

  it('installs with uv sync --frozen into the cached environment, offline first', async () => {
    const uv = fakeUv(false);
    const r = await testPlugin({ path: uvPlugin(), cacheDir, env: offlineEnv({ PATH: uv.path }) });
    expect(r.environment).toMatchObject({ mode: 'uv', file: 'uv.lock', missing: [] });
    const calls = readFileSync(uv.log, 'utf8').trim().split('\n');
    const venv = entryFor(cacheDir, r.environment!.key).venv;
    const sync = calls.find((c) => c.includes('sync'))!;
    expect(sync).toBe(
      `${venv}|sync --frozen --all-groups --no-install-project --compile-bytecode --python ${path.join(venv, 'bin', 'python')} --offline`,
    );
    expect(calls.filter((c) => c.includes('sync'))).toHaveLength(1);
  });

  it('without a network, names the locked packages it could not install and still runs the tests', async () => {
    const uv = fakeUv(true);
    const fresh = tempDir('dpr-envs-uv-');
    const r = await testPlugin({ path: uvPlugin(), cacheDir: fresh, env: offlineEnv({ PATH: uv.path }) });
    expect(r.outcome).toBe('failed');
    expect(r.findings.find((f) => f.code === 'DPR808')).toMatchObject({
      file: 'uv.lock',
      message: expect.stringMatching(
        /^dpr-fixture-unobtainable==1\.0\.0 could not be installed: no package index could be reached \(dns error/,
      ),
    });
    expect(r.findings.find((f) => f.code === 'DPR801')?.message).toContain('which could not be installed');
  });
});

describe('test: dependencies that fail to install', () => {
  it('reports a requirement the (reachable) index does not have, with the pip error tail, and runs no tests', async () => {
    const emptyIndex = tempDir('dpr-empty-index-');
    const r = await testPlugin({
      path: fixture('unobtainable'),
      cacheDir: tempDir('dpr-envs-fail-'),
      env: offlineEnv({ PIP_INDEX_URL: `file://${emptyIndex}` }),
    });
    expect(r.outcome).toBe('install-failed');
    expect(r.pytest).toBeUndefined();
    const error = r.findings.find((f) => f.code === 'DPR807')!;
    expect(error).toMatchObject({ severity: 'error', file: 'requirements.txt', line: 2 });
    expect(error.message).toContain('pip install -r requirements.txt failed:');
    expect(error.message).toContain('No matching distribution found for dpr-fixture-unobtainable==1.0.0');
    expect(error.message).not.toMatch(/Traceback/);
  });

  it('is an environment error when pytest is missing and cannot be downloaded', async () => {
    const fail = { code: 1, stdout: '', stderr: '', timedOut: false, durationMs: 1 };
    const ctx: InstallContext = {
      python: 'python3',
      venv: tempDir(),
      root: tempDir(),
      env: offlineEnv(),
      tree: {
        run: async (_c, args) =>
          args.includes('import pip')
            ? { ...fail, code: 0 }
            : args.includes('--no-index')
              ? { ...fail, stderr: 'ERROR: No matching distribution found for pytest' }
              : {
                  ...fail,
                  stderr:
                    "connection broken by 'NewConnectionError(... [Errno 101] Network is unreachable')'",
                },
      },
      log: () => {},
      timeoutMs: 1000,
    };
    await expect(installPytest(ctx, 'pip')).rejects.toThrow(
      /pytest is not installed and could not be installed: no package index could be reached \(\[Errno 101\] Network is unreachable\)/,
    );
    await expect(installPytest(ctx, 'pip')).rejects.toBeInstanceOf(EnvironmentError);
  });
});

describe('test --python with a virtual environment', () => {
  it("does not see that environment's packages: only pytest comes from the interpreter, offline", async () => {
    const dir = tempDir('dpr-user-venv-');
    const venv = path.join(dir, '.venv');
    // The user's environment has pytest (from the system) and the plugin's requirement.
    const created = spawnSync(offlineEnv().DPR_PYTHON ?? 'python3', [
      '-m',
      'venv',
      '--system-site-packages',
      '--without-pip',
      venv,
    ]);
    expect(created.status).toBe(0);
    const purelib = spawnSync(path.join(venv, 'bin', 'python'), [
      '-c',
      'import sysconfig; print(sysconfig.get_paths()["purelib"])',
    ])
      .stdout.toString()
      .trim();
    mkdirSync(purelib, { recursive: true });
    writeFileSync(path.join(purelib, 'dpr_fixture_unobtainable.py'), 'VERSION = "1.0.0"\n');
    const info = path.join(purelib, 'dpr_fixture_unobtainable-1.0.0.dist-info');
    mkdirSync(info);
    writeFileSync(
      path.join(info, 'METADATA'),
      'Metadata-Version: 2.1\nName: dpr-fixture-unobtainable\nVersion: 1.0.0\n',
    );

    // DPR_PYTHON, relative, is relative to the working directory (as --python is), not to the plugin.
    const r = await testPlugin({
      path: fixture('unobtainable'),
      cwd: dir,
      cacheDir: tempDir('dpr-envs-venv-'),
      env: offlineEnv({ DPR_PYTHON: path.join('.venv', 'bin', 'python') }),
    });
    expect(r.python).toMatchObject({ source: 'DPR_PYTHON' });
    expect(r.environment).toMatchObject({ pytest: 'interpreter' });
    // As in the official CI: what is not installed from the plugin's requirements is not there.
    expect(r.outcome).toBe('failed');
    expect(r.findings.filter((f) => f.code === 'DPR808')).toHaveLength(1);
    expect(r.findings.find((f) => f.code === 'DPR801')?.message).toContain(
      "No module named 'dpr_fixture_unobtainable'",
    );

    // Installed from a wheel (as from an index), it is there.
    const wheels = tempDir('dpr-wheels-');
    makeWheel(wheels, 'dpr-fixture-unobtainable', '1.0.0');
    const again = await testPlugin({
      path: fixture('unobtainable'),
      cwd: dir,
      cacheDir: tempDir('dpr-envs-venv-'),
      env: offlineEnv({ DPR_PYTHON: path.join('.venv', 'bin', 'python'), PIP_FIND_LINKS: wheels }),
    });
    expect(again.outcome).toBe('passed');
    expect(again.findings.filter((f) => f.code === 'DPR808')).toEqual([]);
  }, 180_000);
});
