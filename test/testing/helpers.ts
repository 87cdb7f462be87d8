import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { devNull } from 'node:os';
import path from 'node:path';
import { beforeAll } from 'vitest';
import { secretVariables } from '../../src/core/secrets.js';
import { type ProcessRunner, processRunner, type RunOptions } from '../../src/io/process.js';
import { type TestDeps, type TestOptions, type TestRunResult, testPlugin } from '../../src/testing/run.js';
import { lineOf, tempDir } from '../helpers/plugins.js';

export const ROOT = path.resolve(__dirname, '../..');
export const FIXTURES = path.join(ROOT, 'test/fixtures/testing');
export const EXAMPLE = path.join(ROOT, 'examples/unit-converter');

export function fixture(name: string): string {
  return path.join(FIXTURES, name);
}

/** The 1-based line of `needle` in a fixture file. */
export function fixtureLine(file: string, needle: string): number {
  return lineOf(readFileSync(path.join(FIXTURES, file), 'utf8'), needle);
}

/**
 * The environment the tests run the stage in: no package index reachable, whatever the machine
 * (pip is pointed at a closed local port, local wheel folders and config files are ignored), no
 * colours, not inside GitHub Actions, no third-party pytest plugins (the fixtures use none).
 */
export function offlineEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  // Whatever secrets the machine running the tests has, the stage would refuse to run with them.
  const own = { ...process.env };
  for (const name of secretVariables(own)) delete own[name];
  const env: NodeJS.ProcessEnv = {
    ...own,
    PIP_CONFIG_FILE: devNull,
    PIP_INDEX_URL: 'http://127.0.0.1:9/simple',
    PIP_RETRIES: '0',
    PIP_DEFAULT_TIMEOUT: '5',
    NO_COLOR: '1',
    GITHUB_ACTIONS: '',
    // pytest plugins installed next to the interpreter (hypothesis, …) cost a second per run.
    PYTEST_DISABLE_PLUGIN_AUTOLOAD: '1',
    ...extra,
  };
  for (const name of [
    'PIP_FIND_LINKS',
    'PIP_EXTRA_INDEX_URL',
    'PIP_NO_INDEX',
    'DPR_CACHE_DIR',
    'GITHUB_STEP_SUMMARY',
  ])
    if (!(name in extra)) delete env[name];
  return env;
}

/**
 * A runner that records every command the stage starts: program and arguments (those the supervisor
 * runs, for supervised ones), environment, options.
 */
export function recording(): {
  deps: Partial<TestDeps>;
  calls: string[][];
  envs: NodeJS.ProcessEnv[];
  options: (RunOptions | undefined)[];
} {
  const calls: string[][] = [];
  const envs: NodeJS.ProcessEnv[] = [];
  const options: (RunOptions | undefined)[] = [];
  const tree: ProcessRunner = {
    run: (command, args, o) => {
      // A program run under the stage's supervisor is recorded as the program it runs.
      const supervised = args[0] === '-I' && args[2] === '-c' && args[3]?.includes('PR_SET_CHILD_SUBREAPER');
      calls.push(supervised ? (JSON.parse(args[4]!) as { argv: string[] }).argv : [command, ...args]);
      envs.push(o?.env ?? process.env);
      options.push(o);
      return processRunner.run(command, args, o);
    },
  };
  return { deps: { tree }, calls, envs, options };
}

/** Did any recorded command create a venv or install anything? */
export function installs(calls: readonly string[][]): string[][] {
  return calls.filter(
    (c) => c.includes('venv') || c.includes('pip') || c.includes('ensurepip') || c[0] === 'uv',
  );
}

/** A copy of a fixture in a temporary directory (to change it, or to move it out of a layout). */
export function copyFixture(name: string): string {
  const dir = path.join(tempDir('dpr-testing-'), path.basename(name));
  cpSync(fixture(name), dir, { recursive: true });
  return dir;
}

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * The CLI bundled from the current sources for this vitest run (test/global-setup.ts), as a child
 * process: what users run, and it starts in a fraction of tsx's time.
 */
export function runBundledCli(args: string[], env: NodeJS.ProcessEnv, cwd = ROOT): CliRun {
  const dir = process.env.DPR_TEST_BUNDLE;
  if (!dir)
    throw new Error('DPR_TEST_BUNDLE is not set: run the tests with vitest (see test/global-setup.ts)');
  const r = spawnSync(process.execPath, [path.join(dir, 'cli.js'), ...args], {
    cwd,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The real CLI from source, as a child process (`tsx src/cli/index.ts …`). */
export function runSourceCli(args: string[], env: NodeJS.ProcessEnv, cwd = ROOT): CliRun {
  const r = spawnSync(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    [path.join(ROOT, 'src/cli/index.ts'), ...args],
    { cwd, env, encoding: 'utf8', timeout: 120_000 },
  );
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The JSON document a `--json` run printed. */
export function jsonOf(run: CliRun): {
  findings: {
    code: string;
    severity: string;
    message: string;
    file: string | null;
    line: number | null;
    fix: string | null;
    plugin: string | null;
  }[];
  summary: {
    ok?: boolean;
    outcome?: string;
    tests?: { total: number; passed: number; failed: number; errors: number; skipped: number };
    environment?: { reused: boolean; key: string } | null;
    python?: { version: string };
  };
  error?: { message: string; fix: string | null };
} {
  try {
    return JSON.parse(run.stdout);
  } catch {
    throw new Error(`not JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
}

/** Gone, or a zombie waiting for its (killed) parent's reaper: either way not running. */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
}

/**
 * A wheel of a one-module distribution in `dir` (for `PIP_FIND_LINKS`: pip installs it with
 * `--no-index`, no network needed). The module holds `VERSION`.
 */
export function makeWheel(dir: string, name: string, version: string): string {
  const module = name.replace(/-/g, '_');
  const file = path.join(dir, `${module}-${version}-py3-none-any.whl`);
  const script = [
    'import sys, zipfile',
    'file, module, name, version = sys.argv[1:]',
    'info = f"{module}-{version}.dist-info"',
    'with zipfile.ZipFile(file, "w") as z:',
    '    z.writestr(f"{module}.py", f"VERSION = {version!r}\\n")',
    '    z.writestr(f"{info}/METADATA", f"Metadata-Version: 2.1\\nName: {name}\\nVersion: {version}\\n")',
    '    z.writestr(f"{info}/WHEEL", "Wheel-Version: 1.0\\nGenerator: dpr-tests\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n")',
    '    z.writestr(f"{info}/RECORD", f"{module}.py,,\\n{info}/METADATA,,\\n{info}/WHEEL,,\\n{info}/RECORD,,\\n")',
  ].join('\n');
  const r = spawnSync(process.env.DPR_PYTHON ?? 'python3', ['-c', script, file, module, name, version], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`cannot build a wheel: ${r.stderr}`);
  return file;
}

/**
 * A wheel of a distribution with these files (paths inside the wheel, `/`-separated), built locally
 * for `PIP_FIND_LINKS`: pip installs it with `--no-index`, no network needed.
 */
export function makeWheelWith(
  dir: string,
  name: string,
  version: string,
  files: Record<string, string>,
): string {
  const module = name.replace(/-/g, '_');
  const file = path.join(dir, `${module}-${version}-py3-none-any.whl`);
  const script = [
    'import json, sys, zipfile',
    'file, module, name, version, files = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], json.loads(sys.argv[5])',
    'info = f"{module}-{version}.dist-info"',
    'with zipfile.ZipFile(file, "w") as z:',
    '    for path, text in files.items():',
    '        z.writestr(path, text)',
    '    z.writestr(f"{info}/METADATA", f"Metadata-Version: 2.1\\nName: {name}\\nVersion: {version}\\n")',
    '    z.writestr(f"{info}/WHEEL", "Wheel-Version: 1.0\\nGenerator: dpr-tests\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n")',
    '    z.writestr(f"{info}/RECORD", "".join(f"{p},,\\n" for p in [*files, f"{info}/METADATA", f"{info}/WHEEL", f"{info}/RECORD"]))',
  ].join('\n');
  const r = spawnSync(
    process.env.DPR_PYTHON ?? 'python3',
    ['-c', script, file, module, name, version, JSON.stringify(files)],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`cannot build a wheel: ${r.stderr}`);
  return file;
}

/** Variables a GitHub Actions runner sets that the plugin's code must not see. */
export const RUNNER_SECRETS: Record<string, string> = {
  ACTIONS_RUNTIME_TOKEN: 'runtime-token',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-token',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/oidc',
  GITHUB_ENV: '/tmp/dpr-never/env',
  GITHUB_PATH: '/tmp/dpr-never/path',
  GITHUB_OUTPUT: '/tmp/dpr-never/output',
  GITHUB_STATE: '/tmp/dpr-never/state',
  GITHUB_STEP_SUMMARY: '/tmp/dpr-never/summary',
  GITHUB_TOKEN: 'ghs_notARealTokenButHiddenAnyway000',
  'INPUT_PYTEST-ARGS': '-x',
};

/**
 * The stage, offline, with one environment cache for the whole test file (the fixtures without
 * requirements share one environment).
 */
export function sharedStage(): ((
  plugin: string,
  options?: TestOptions,
  deps?: Partial<TestDeps>,
) => Promise<TestRunResult>) & { cacheDir: () => string } {
  let cacheDir = '';
  beforeAll(() => {
    cacheDir = tempDir('dpr-envs-');
  });
  const run = (plugin: string, options: TestOptions = {}, deps: Partial<TestDeps> = {}) =>
    testPlugin({ path: plugin, cacheDir, env: offlineEnv(), cwd: path.dirname(plugin), ...options }, deps);
  return Object.assign(run, { cacheDir: () => cacheDir });
}

/**
 * The findings other than the notices that depend on the machine: the interpreter's version
 * (DPR809), the sandbox refused (DPR814), no dify_plugin to start the plugin with (DPR818).
 */
export const MACHINE_NOTICES = ['DPR809', 'DPR814', 'DPR818'];
export function errorsOf(r: TestRunResult) {
  return r.findings.filter((f) => !MACHINE_NOTICES.includes(f.code));
}

/**
 * Processes of this machine whose command line holds `token` (a test's children are named by a
 * token, since in the sandbox their own PIDs are those of its namespace). Zombies do not count.
 */
export function processesWith(token: string): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      if (cmdline.includes(token) && isRunning(Number(name))) out.push(Number(name));
    } catch {
      // Gone meanwhile.
    }
  }
  return out;
}
