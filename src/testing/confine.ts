/** What the sandbox around the plugin's code hides and protects, and what the run says about it. */
import { homedir } from 'node:os';
import path from 'node:path';
import { parse } from 'smol-toml';
import { finding } from '../core/codes.js';
import type { Finding } from '../core/finding.js';
import type { Interpreter } from './interpreter.js';
import type { Confinement, PytestRun } from './pytest-run.js';
import type { Dependencies } from './requirements.js';
import type { IsolatedRunOptions, SandboxPolicy } from './sandbox.js';

/** The files through which a step talks to GitHub Actions: masked by /dev/null in the sandbox. */
const RUNNER_FILES = ['GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'];

export function confinementFor(o: {
  policy: SandboxPolicy;
  /** The stage's own environment (where the runner's command files are named). */
  env: NodeJS.ProcessEnv;
  /** The environment cache: every environment in it, the locks, the interpreter probes. */
  cacheDir: string;
  interpreter: Interpreter;
  writable: readonly string[];
}): Confinement {
  return {
    policy: o.policy,
    mask: RUNNER_FILES.flatMap((name) => (o.env[name] ? [o.env[name]!] : [])),
    // The shared environments (all of them: a forged one for other requirements would pass its own
    // checks), the interpreter whose standard library every environment runs, and the installers'
    // caches (a wheel left there would be installed into the next plugin's environment).
    readonly: [o.cacheDir, o.interpreter.basePrefix, ...installerCaches(o.env)].filter(Boolean),
    writable: o.writable,
  };
}

/**
 * The installers (pip, uv, the build scripts of the plugin's dependencies) run confined too, with
 * the same hiding, but they write the environment being built and their own caches: the cache is
 * read-only except that environment.
 */
export function installerConfinement(o: {
  policy: SandboxPolicy;
  env: NodeJS.ProcessEnv;
  cacheDir: string;
  entryDir: string;
  interpreter: Interpreter;
  writable: readonly string[];
}): Omit<IsolatedRunOptions, 'cwd' | 'workDir'> {
  return {
    policy: o.policy,
    supervisorPython: o.interpreter.executable,
    mask: RUNNER_FILES.flatMap((name) => (o.env[name] ? [o.env[name]!] : [])),
    readonly: [o.cacheDir, o.interpreter.basePrefix].filter(Boolean),
    rebind: [o.entryDir],
    writable: o.writable,
  };
}

/** Where pip and uv keep the wheels they download and build (Linux defaults, or as configured). */
function installerCaches(env: NodeJS.ProcessEnv): string[] {
  const xdg = env.XDG_CACHE_HOME || path.join(env.HOME || homedir(), '.cache');
  return [env.PIP_CACHE_DIR || path.join(xdg, 'pip'), env.UV_CACHE_DIR || path.join(xdg, 'uv')];
}

/**
 * A uv project the CI's `uv sync` installs (it has a build system, or says `tool.uv.package =
 * true`), which puts the project on `sys.path` there: a virtual project (the usual plugin) is not.
 */
export function projectIsPackage(deps: Dependencies): boolean {
  if (deps.mode !== 'uv' || !deps.pyproject) return false;
  try {
    const doc = parse(deps.pyproject) as Record<string, unknown>;
    const uv = ((doc.tool as Record<string, unknown> | undefined)?.uv ?? {}) as Record<string, unknown>;
    if (typeof uv.package === 'boolean') return uv.package;
    return typeof doc['build-system'] === 'object' && doc['build-system'] !== null;
  } catch {
    return false;
  }
}

/** Notices on how the tests were contained: a fallback from the sandbox, processes left, a changed cache. */
export function isolationFindings(run: PytestRun, discarded: readonly string[]): Finding[] {
  const out: Finding[] = [];
  const iso = run.isolation;
  if (iso && iso.mode !== 'sandbox') {
    const weaker =
      iso.mode === 'supervised'
        ? 'the tests could read what this process can (its environment and descriptors through /proc, the runner’s command files) and write to the shared test environment (checked after the run) and the interpreter; every process they started was still found and killed (a subreaper)'
        : 'the tests could read what this process can and write to the shared test environment (checked after the run); processes that left the process tree may outlive the run';
    out.push(
      finding('DPR814', `the tests ran without the sandbox (${iso.reason ?? 'not available'}): ${weaker}`),
    );
  }
  if (run.leftovers && !run.timedOut) {
    out.push(
      finding(
        'DPR815',
        `the tests left ${run.leftovers} process${run.leftovers === 1 ? '' : 'es'} running when pytest ended; ${run.leftovers === 1 ? 'it was' : 'they were'} killed`,
      ),
    );
  }
  if (discarded.length > 0) {
    out.push(
      finding(
        'DPR816',
        `the cached test environment${discarded.length === 1 ? '' : 's'} ${discarded.join(', ')} changed while the plugin's code ran (other plugins with the same requirements share ${discarded.length === 1 ? 'it' : 'them'}): discarded, the next run builds ${discarded.length === 1 ? 'it' : 'them'} again`,
      ),
    );
  }
  return out;
}
