import { realpathSync } from 'node:fs';
import { EnvironmentError } from '../core/errors.js';
import type { ProcessRunner } from '../core/process.js';
import { PROBE_SCRIPT } from './python-scripts.js';

/** Where the interpreter came from, for messages. */
export type InterpreterSource = '--python' | 'DPR_PYTHON' | 'PATH';

/** A Python interpreter the tests can run on, with what it already has. */
export interface Interpreter {
  /** What was asked for (`--python`, `$DPR_PYTHON` or `python3`). */
  requested: string;
  source: InterpreterSource;
  /** `sys.executable`: the real interpreter behind shims such as pyenv's. */
  executable: string;
  /** `executable` with symlinks resolved: part of the environment cache key. */
  realpath: string;
  /** `major.minor.micro`. */
  version: string;
  hasPytest: boolean;
  hasPip: boolean;
  hasVenv: boolean;
  hasEnsurepip: boolean;
  /** `sys.prefix`: with a virtual environment's python, that environment (part of the cache key). */
  prefix: string;
  /** The interpreter is itself a virtual environment's: its packages are added to the test environment. */
  isVenv: boolean;
  /** Its site-packages directories. */
  sitePackages: string[];
}

export interface ProbeResult {
  executable: string;
  version: string;
  prefix: string;
  base_prefix: string;
  pytest: boolean;
  pip: boolean;
  venv: boolean;
  ensurepip: boolean;
  site: string[];
  purelib: string;
}

/** The interpreter to use: `--python` if given, else `$DPR_PYTHON`, else `python3` on PATH. */
export function chooseInterpreter(
  option: string | undefined,
  env: NodeJS.ProcessEnv,
): { requested: string; source: InterpreterSource } {
  if (option) return { requested: option, source: '--python' };
  if (env.DPR_PYTHON) return { requested: env.DPR_PYTHON, source: 'DPR_PYTHON' };
  return { requested: 'python3', source: 'PATH' };
}

/** Run the probe script with a Python and parse its answer; `undefined` when it is not a Python 3. */
export async function probePython(
  runner: ProcessRunner,
  python: string,
  env: NodeJS.ProcessEnv,
  cwd?: string,
): Promise<{ result?: ProbeResult; code: number; stderr: string }> {
  const r = await runner.run(python, ['-c', PROBE_SCRIPT], { env, cwd });
  if (r.code !== 0) return { code: r.code, stderr: r.stderr };
  try {
    const line = r.stdout.trim().split('\n').pop() ?? '';
    return { result: JSON.parse(line) as ProbeResult, code: 0, stderr: r.stderr };
  } catch {
    return { code: 1, stderr: `unexpected output: ${r.stdout.slice(0, 200)}` };
  }
}

/** Find and probe the interpreter; an environment error (exit 2) naming the fix when it is unusable. */
export async function findInterpreter(
  runner: ProcessRunner,
  option: string | undefined,
  env: NodeJS.ProcessEnv,
  cwd?: string,
): Promise<Interpreter> {
  const { requested, source } = chooseInterpreter(option, env);
  const how = source === 'PATH' ? 'python3 on PATH' : `${requested} (${source})`;
  const probe = await probePython(runner, requested, env, cwd);
  if (!probe.result) {
    if (probe.code === 127) {
      throw new EnvironmentError(
        `${how} was not found`,
        source === 'PATH'
          ? 'Install Python 3 (in GitHub Actions, actions/test sets up the version the manifest declares), or pass --python PATH.'
          : `Point ${source} at a Python 3 interpreter.`,
      );
    }
    throw new EnvironmentError(
      `${how} does not run as a Python 3 interpreter: ${lastLine(probe.stderr) || `exit code ${probe.code}`}`,
      'Pass --python with the path of a working Python 3 interpreter.',
    );
  }
  const p = probe.result;
  if (!p.venv) {
    throw new EnvironmentError(
      `${how} (Python ${p.version}) has no venv module, which the isolated test environment needs`,
      'Install it (Debian/Ubuntu: apt-get install python3-venv), or pass --python another interpreter.',
    );
  }
  let realpath = p.executable;
  try {
    realpath = realpathSync(p.executable);
  } catch {
    // Keep sys.executable as reported.
  }
  return {
    requested,
    source,
    executable: p.executable,
    realpath,
    version: p.version,
    hasPytest: p.pytest,
    hasPip: p.pip,
    hasVenv: p.venv,
    hasEnsurepip: p.ensurepip,
    prefix: p.prefix,
    isVenv: p.prefix !== p.base_prefix,
    sitePackages: p.site ?? [],
  };
}

/**
 * Whether an interpreter version satisfies the manifest's `meta.runner.version` (`"3.12"`, or a
 * full `"3.12.7"`): the parts the manifest gives must match.
 */
export function versionMatches(declared: string, actual: string): boolean {
  const want = declared.trim().split('.');
  const have = actual.split('.');
  return want.every((part, i) => part === have[i]);
}

function lastLine(text: string): string {
  return (
    text
      .trim()
      .split('\n')
      .filter((l) => l.trim())
      .pop() ?? ''
  );
}
