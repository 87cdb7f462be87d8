import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { isInside, repositoryRoot } from '../core/paths.js';
import type { ProcessRunner } from '../io/process.js';
import { PROGRESS_PLUGIN_MODULE, PROGRESS_PLUGIN_SCRIPT, PYTEST_LAUNCHER } from './python-scripts.js';
import { withTempDir } from './temp.js';

/** Which tests to run: pytest's own choice in the plugin (`testpaths`, else the plugin dir), or these. */
export interface TestLocation {
  /** Absolute paths given to pytest; empty: pytest's configuration decides, from the plugin root. */
  targets: string[];
  /** Test directories kept outside the plugin (`--tests-dir`, or the monorepo's `tests/<plugin path>`). */
  external: string[];
}

/**
 * Tests inside the plugin (`tests/`, or whatever its pytest configuration says), plus tests kept
 * outside it: `--tests-dir`, or, in the official monorepo layout, `tests/<plugin path>` under an
 * ancestor directory (up to the repository root).
 */
export function locateTests(
  sourceRoot: string,
  runRoot: string,
  testsDir: string | undefined,
  cwd: string,
): TestLocation {
  let external: string | undefined;
  if (testsDir) {
    external = path.resolve(cwd, testsDir);
    if (!isDirectory(external)) {
      throw new UsageError(
        `--tests-dir ${testsDir} is not a directory`,
        'Give the directory holding the tests.',
      );
    }
  } else {
    external = monorepoTests(sourceRoot);
  }
  if (!external) return { targets: [], external: [] };
  const inside = path.join(runRoot, 'tests');
  return { targets: [...(isDirectory(inside) ? [inside] : []), external], external: [external] };
}

/**
 * `<ancestor>/tests/<plugin path relative to ancestor>`, nearest ancestor first, never above the
 * repository (a plugin at the root of its repository has none); outside a repository, up to six
 * levels.
 */
export function monorepoTests(sourceRoot: string): string | undefined {
  const top = repositoryRoot(sourceRoot);
  let ancestor = path.dirname(sourceRoot);
  for (let depth = 0; depth < 6; depth++) {
    if (top !== undefined && !isInside(top, ancestor)) break;
    const candidate = path.join(ancestor, 'tests', path.relative(ancestor, sourceRoot));
    if (isDirectory(candidate)) return candidate;
    if (ancestor === top || path.dirname(ancestor) === ancestor) break;
    ancestor = path.dirname(ancestor);
  }
  return undefined;
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
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
}

/** What pytest was doing last, from the progress plugin: names the test that hung. */
export interface Progress {
  phase: 'collect' | 'collected' | 'run' | 'finished';
  nodeid: string;
  file?: string;
  /** 1-based. */
  line?: number;
}

export interface PytestRun {
  code: number;
  signal?: string;
  timedOut: boolean;
  durationMs: number;
  /** stdout then stderr (their tails). */
  output: string;
  /** The JUnit XML, when pytest got as far as writing it. */
  junit?: string;
  progress?: Progress;
  /** After a timeout: processes the tests started that could not be killed. */
  survivors?: number[];
}

/** Run pytest once, with a JUnit report and the progress plugin, killing the process tree on timeout. */
export async function runPytest(o: PytestOptions): Promise<PytestRun> {
  // A report left by an earlier run must not pass for this one's when this one writes none.
  if (o.keepJunit) rmSync(o.keepJunit, { force: true });
  return withTempDir('dpr-pytest-', async (work) => {
    writeFileSync(path.join(work, `${PROGRESS_PLUGIN_MODULE}.py`), PROGRESS_PLUGIN_SCRIPT);
    const junit = path.join(work, 'junit.xml');
    const progressFile = path.join(work, 'progress.txt');
    const args = [
      '-c',
      PYTEST_LAUNCHER,
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
    const r = await o.tree.run(o.python, args, {
      cwd: o.cwd,
      env,
      timeoutMs: o.timeoutMs,
      ...(o.onLine ? { onLine: o.onLine } : {}),
    });
    const xml = existsSync(junit) ? readFileSync(junit, 'utf8') : undefined;
    if (xml && o.keepJunit) {
      mkdirSync(path.dirname(o.keepJunit), { recursive: true });
      copyFileSync(junit, o.keepJunit);
    }
    return {
      code: r.code,
      ...(r.signal ? { signal: r.signal } : {}),
      timedOut: r.timedOut,
      durationMs: r.durationMs,
      output: `${r.stdout}\n${r.stderr}`,
      ...(xml ? { junit: xml } : {}),
      ...readProgress(progressFile),
      ...(r.survivors ? { survivors: r.survivors } : {}),
    };
  });
}

function readProgress(file: string): { progress?: Progress } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  const [phase, nodeid = '', where = '', line = ''] = text.split('\t');
  if (phase !== 'collect' && phase !== 'collected' && phase !== 'run' && phase !== 'finished') return {};
  const n = Number.parseInt(line, 10);
  return {
    progress: {
      phase,
      nodeid,
      ...(where ? { file: where } : {}),
      ...(Number.isFinite(n) ? { line: n + 1 } : {}),
    },
  };
}
