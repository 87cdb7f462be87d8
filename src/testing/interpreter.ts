import { realpathSync } from 'node:fs';
import path from 'node:path';
import { EnvironmentError } from '../core/errors.js';
import type { ProcessRunner } from '../io/process.js';
import { QUICK_TIMEOUT_MS } from './limits.js';
import { probeKey, readProbe, writeProbe } from './probe-cache.js';
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
  /** `sys.prefix`: with a virtual environment's python, that environment (part of the cache key). */
  prefix: string;
  /** The interpreter is itself a virtual environment's: its packages are added to the test environment. */
  isVenv: boolean;
  /** Its site-packages directories. */
  sitePackages: string[];
  /** `sys.base_prefix`: the installation itself (its standard library), made read-only in the sandbox. */
  basePrefix: string;
}

export interface ProbeResult {
  executable: string;
  version: string;
  prefix: string;
  base_prefix: string;
  pytest: boolean;
  venv: boolean;
  site: string[];
  purelib: string;
  /** The version of dify_plugin the interpreter (or environment) has, or null. */
  dify_plugin?: string | null;
  /** The user's site-packages directory. */
  usersite?: string;
}

/**
 * The interpreter to use: `--python` if given, else `$DPR_PYTHON`, else `python3` on PATH. A value
 * with a `/` or `\\` is a path, relative to the working directory (whichever option gave it); a bare
 * name is looked up on PATH.
 */
export function chooseInterpreter(
  option: string | undefined,
  env: NodeJS.ProcessEnv,
  cwd: string,
): { requested: string; source: InterpreterSource; command: string } {
  const { requested, source } = option
    ? { requested: option, source: '--python' as const }
    : env.DPR_PYTHON
      ? { requested: env.DPR_PYTHON, source: 'DPR_PYTHON' as const }
      : { requested: 'python3', source: 'PATH' as const };
  return { requested, source, command: /[\\/]/.test(requested) ? path.resolve(cwd, requested) : requested };
}

/** Run the probe script with a Python and parse its answer; `undefined` when it is not a Python 3. */
export async function probePython(
  tree: ProcessRunner,
  python: string,
  env: NodeJS.ProcessEnv,
  cwd?: string,
): Promise<{ result?: ProbeResult; code: number; stderr: string }> {
  const r = await tree.run(python, ['-c', PROBE_SCRIPT], { env, cwd, timeoutMs: QUICK_TIMEOUT_MS });
  if (r.timedOut) return { code: 124, stderr: `it did not answer within ${QUICK_TIMEOUT_MS / 1000} s` };
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
  tree: ProcessRunner,
  option: string | undefined,
  env: NodeJS.ProcessEnv,
  options: { cwd: string; childEnv?: NodeJS.ProcessEnv; cacheDir?: string },
): Promise<Interpreter> {
  const { requested, source, command } = chooseInterpreter(option, env, options.cwd);
  const how = source === 'PATH' ? 'python3 on PATH' : `${requested} (${source})`;
  const childEnv = options.childEnv ?? env;
  const key = options.cacheDir ? probeKey(command, childEnv) : undefined;
  const cached = key && options.cacheDir ? readProbe(options.cacheDir, key) : undefined;
  const probe = cached
    ? { result: cached, code: 0, stderr: '' }
    : await probePython(tree, command, childEnv, options.cwd);
  if (!cached && probe.result && key && options.cacheDir) writeProbe(options.cacheDir, key, probe.result);
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
    prefix: p.prefix,
    isVenv: p.prefix !== p.base_prefix,
    sitePackages: p.site ?? [],
    basePrefix: p.base_prefix,
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
