import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ProcessRunner } from '../io/process.js';
import { FileReadError, readRegularText } from '../io/read.js';
import { PROGRESS_PLUGIN_MODULE, PROGRESS_PLUGIN_SCRIPT, pytestLauncher } from './python-scripts.js';
import { type Progress, type RunRecord, readRecord } from './records.js';
import { type Isolation, runIsolated, type SandboxPolicy } from './sandbox.js';
import { withTempDir } from './temp.js';

export { junitTarget, locateTests, monorepoTests, type TestLocation } from './locate.js';
export type { Progress };

/** What the sandbox around the tests needs to know. */
export interface Confinement {
  policy: SandboxPolicy;
  /** Files hidden behind /dev/null (the runner's command files). */
  mask: readonly string[];
  /** Directories made read-only (the cached environment, the interpreter). */
  readonly: readonly string[];
  /** Directories the tests may need to write (the plugin root, test directories outside it). */
  writable: readonly string[];
}

export interface PytestOptions {
  /** The environment's python. */
  python: string;
  venv: string;
  /** Where pytest runs: the plugin root or the unpacked package (also pytest's rootdir). */
  cwd: string;
  targets: readonly string[];
  /**
   * More pytest arguments, put before the stage's own (`--junitxml`, `--rootdir`, `-o junit_family`),
   * which therefore win: the report the stage reads is always written.
   */
  args?: readonly string[];
  env: NodeJS.ProcessEnv;
  /** `python -m pytest` from the plugin root (requirements.txt), or the `pytest` script (uv.lock). */
  rootOnPath?: boolean;
  /** Directories put on `sys.path` (the plugin root, for tests kept outside it). */
  pythonPath?: readonly string[];
  /** Extra variables for the tests (`PLUGIN_FILE_PATH`). */
  extraEnv?: Record<string, string>;
  /** 0: no limit. */
  timeoutMs: number;
  onLine?: (line: string) => void;
  /** Copy the JUnit XML here. */
  keepJunit?: string;
  tree: ProcessRunner;
  /** Default: supervised only where possible, nothing masked (unit tests of the runner). */
  confinement?: Confinement;
}

export interface PytestRun {
  code: number;
  signal?: string;
  timedOut: boolean;
  durationMs: number;
  /** stdout then stderr (their tails). */
  output: string;
  /** The JUnit XML, when pytest got as far as writing it (and it could be read). */
  junit?: string;
  /** What ran, from the progress record (absent: the stage's pytest plugin never started). */
  record?: RunRecord;
  progress?: Progress;
  /** After a timeout: processes the tests started that could not be killed. */
  survivors?: number[];
  /** How the tests were isolated. */
  isolation?: Isolation;
  /** Processes the tests left running when pytest ended (all killed). */
  leftovers?: number;
}

/** The most of a JUnit report that is read: far above what pytest writes for thousands of tests. */
const MAX_JUNIT_BYTES = 256 * 1024 * 1024;

/** Run pytest once, with a JUnit report and the progress record, the whole tree contained. */
export async function runPytest(o: PytestOptions): Promise<PytestRun> {
  // A report left by an earlier run must not pass for this one's when this one writes none.
  if (o.keepJunit) rmSync(o.keepJunit, { force: true });
  return withTempDir('dpr-pytest-', async (work) => {
    writeFileSync(path.join(work, `${PROGRESS_PLUGIN_MODULE}.py`), PROGRESS_PLUGIN_SCRIPT);
    const junit = path.join(work, 'junit.xml');
    const progressFile = path.join(work, 'progress.jsonl');
    const args = [
      '-c',
      pytestLauncher(o.rootOnPath ?? false),
      ...(o.args ?? []),
      '-p',
      PROGRESS_PLUGIN_MODULE,
      '-p',
      'no:cacheprovider',
      `--rootdir=${o.cwd}`,
      `--junitxml=${junit}`,
      '-o',
      'junit_family=xunit1',
      ...o.targets,
    ];
    const bin = path.dirname(o.python);
    const env: NodeJS.ProcessEnv = {
      ...o.env,
      VIRTUAL_ENV: o.venv,
      PATH: [bin, o.env.PATH].filter(Boolean).join(path.delimiter),
      PYTHONPATH: [work, ...(o.pythonPath ?? []), o.env.PYTHONPATH].filter(Boolean).join(path.delimiter),
      DPR_PROGRESS_FILE: progressFile,
      // Keep the plugin tree clean (no __pycache__ left for packaging to pick up).
      PYTHONDONTWRITEBYTECODE: o.env.PYTHONDONTWRITEBYTECODE ?? '1',
      ...o.extraEnv,
    };
    delete env.PYTHONHOME;
    const run = { cwd: o.cwd, env, timeoutMs: o.timeoutMs, ...(o.onLine ? { onLine: o.onLine } : {}) };
    const c = o.confinement;
    const {
      result: r,
      isolation,
      leftovers,
    } = c
      ? await runIsolated(o.tree, [o.python, ...args], {
          ...run,
          supervisorPython: o.python,
          workDir: work,
          mask: c.mask,
          readonly: c.readonly,
          writable: [...c.writable, work, o.cwd],
          policy: c.policy,
        })
      : { result: await o.tree.run(o.python, args, run), isolation: undefined, leftovers: 0 };
    const xml = readJunit(junit);
    if (xml && o.keepJunit) {
      mkdirSync(path.dirname(o.keepJunit), { recursive: true });
      copyFileSync(junit, o.keepJunit);
    }
    const record = readRecord(progressFile);
    return {
      code: r.code,
      ...(r.signal ? { signal: r.signal } : {}),
      timedOut: r.timedOut,
      durationMs: r.durationMs,
      output: `${r.stdout}\n${r.stderr}`,
      ...(xml ? { junit: xml } : {}),
      ...(record ? { record } : {}),
      ...(record?.progress ? { progress: record.progress } : {}),
      ...(r.survivors ? { survivors: r.survivors } : {}),
      ...(isolation ? { isolation } : {}),
      ...(leftovers > 0 ? { leftovers } : {}),
    };
  });
}

/** The JUnit report, if pytest wrote one that is a regular file (a test may have replaced it). */
function readJunit(file: string): string | undefined {
  try {
    return readRegularText(file, { maxBytes: MAX_JUNIT_BYTES });
  } catch (error) {
    if (error instanceof FileReadError) return undefined;
    throw error;
  }
}
