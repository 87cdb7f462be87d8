/**
 * How the plugin's code runs: under the supervisor (supervisor-script.ts), in namespaces where the
 * machine allows it, else supervised without them; elsewhere than Linux, directly. What each mode
 * holds is written in the README's security section (and in the notice a fallback gives).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EnvironmentError, UsageError } from '../core/errors.js';
import { isInside } from '../core/paths.js';
import type { ProcessRunner, RunOptions, RunResult } from '../io/process.js';
import { SUPERVISOR_SCRIPT } from './supervisor-script.js';
import { withTempDir } from './temp.js';

/**
 * - `sandbox`: user, mount and PID namespaces, fresh /proc, runner command files masked, the cached
 *   environment and the interpreter read-only, no capabilities; the whole tree dies with the run.
 * - `supervised`: no namespaces; a subreaper supervisor kills every process left when the run ends.
 * - `none`: run directly (not Linux, or no ctypes): only the process group and its descendants by
 *   parent id are killed.
 */
export type IsolationMode = 'sandbox' | 'supervised' | 'none';

/** `auto`: the sandbox where it works, else less, with a notice; `required`: no run without it; `off`. */
export type SandboxPolicy = 'auto' | 'required' | 'off';

export interface Isolation {
  mode: IsolationMode;
  /** Why the sandbox was not used (the step that failed and the system's answer). */
  reason?: string;
}

export interface IsolatedRunOptions extends Omit<RunOptions, 'cwd'> {
  cwd: string;
  /** The interpreter that runs the supervisor (any Python 3 of this machine). */
  supervisorPython: string;
  /** Where the supervisor writes its status (a private work directory of this run). */
  workDir: string;
  /** Files hidden behind /dev/null in the sandbox (the runner's command files). */
  mask?: readonly string[];
  /** Directories made read-only in the sandbox (the cached environment, the interpreter). */
  readonly?: readonly string[];
  /** Paths the program needs to write: a read-only directory holding one of them is left alone. */
  writable?: readonly string[];
  /** Directories inside the read-only ones made writable again (the environment being built). */
  rebind?: readonly string[];
  policy: SandboxPolicy;
}

export interface IsolatedRun {
  result: RunResult;
  isolation: Isolation;
  /** Processes the program left running when it ended, killed by the supervisor (or the namespace). */
  leftovers: number;
}

/** The sandbox's refusal, remembered for the rest of the process (one probe per invocation). */
let refused: string | undefined;

/** Forget what the sandbox said (tests). */
export function resetSandboxProbe(): void {
  refused = undefined;
}

/** Run `argv` (absolute program path first) the most isolated way this machine allows. */
export async function runIsolated(
  tree: ProcessRunner,
  argv: readonly string[],
  o: IsolatedRunOptions,
): Promise<IsolatedRun> {
  const { supervisorPython, workDir, mask, readonly, writable, rebind, policy, ...run } = o;
  if (process.platform !== 'linux') {
    if (policy === 'required') throw unavailable('user namespaces exist on Linux only');
    const result = await tree.run(argv[0]!, argv.slice(1), run);
    return { result, isolation: { mode: 'none', reason: `${process.platform} is not Linux` }, leftovers: 0 };
  }
  const config = {
    cwd: o.cwd,
    argv,
    mask: (mask ?? []).filter((f) => existsSync(f)),
    readonly: (readonly ?? []).filter(
      (d) => d !== path.parse(d).root && !(writable ?? []).some((w) => isInside(d, w)),
    ),
    rebind: rebind ?? [],
  };
  if (policy !== 'off' && refused === undefined) {
    const attempt = await supervised(tree, supervisorPython, 'sandbox', config, workDir, run);
    if (!('error' in attempt)) return { ...attempt, isolation: { mode: 'sandbox' } };
    refused = attempt.error;
  }
  if (policy === 'required') throw unavailable(refused ?? 'turned off');
  const reason = policy === 'off' ? 'turned off (DPR_SANDBOX=off)' : refused;
  const attempt = await supervised(tree, supervisorPython, 'supervise', config, workDir, run);
  if (!('error' in attempt)) {
    return { ...attempt, isolation: { mode: 'supervised', ...(reason ? { reason } : {}) } };
  }
  const result = await tree.run(argv[0]!, argv.slice(1), run);
  return {
    result,
    isolation: { mode: 'none', reason: `${reason ? `${reason}; ` : ''}no supervisor: ${attempt.error}` },
    leftovers: 0,
  };
}

function unavailable(reason: string): EnvironmentError {
  return new EnvironmentError(
    `the sandbox the tests must run in is not available: ${reason}`,
    'Allow unprivileged user namespaces (Ubuntu 24.04, GitHub runners: sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0), or set DPR_SANDBOX=auto to run without it.',
  );
}

let runs = 0;

async function supervised(
  tree: ProcessRunner,
  python: string,
  mode: 'sandbox' | 'supervise',
  config: Record<string, unknown>,
  workDir: string,
  run: Omit<RunOptions, 'cwd'> & { cwd: string },
): Promise<{ result: RunResult; leftovers: number } | { error: string }> {
  const status = path.join(workDir, `supervisor-${process.pid}-${++runs}.jsonl`);
  const cfg = JSON.stringify({ ...config, mode, status });
  const result = await tree.run(python, ['-I', '-S', '-c', SUPERVISOR_SCRIPT, cfg], {
    ...run,
    channel: true,
  });
  // The supervisor's own word on fd 3, which the program cannot reach: did the program start?
  const said = (result.channel ?? '').split('\n')[0]?.trim() ?? '';
  if (said.startsWith('error ')) return { error: said.slice('error '.length) };
  if (!said.startsWith('ready')) {
    // The supervisor did not start (a broken interpreter, killed at once): not the machine's refusal.
    if (result.timedOut || result.signal) return { result, leftovers: 0 };
    return {
      error: `the supervisor did not start (exit code ${result.code}): ${result.stderr.trim().split('\n').pop() ?? ''}`,
    };
  }
  const records = readStatus(status);
  const end = records.findLast((r) => typeof r.leftovers === 'number');
  return { result, leftovers: Number(end?.leftovers ?? 0) };
}

function readStatus(file: string): Record<string, unknown>[] {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const out: Record<string, unknown>[] = [];
  for (const line of text.split('\n')) {
    try {
      if (line.trim()) out.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      // A line cut by a kill: ignored.
    }
  }
  return out;
}

/**
 * A process runner that runs every program the most isolated way (as `runIsolated`): for the
 * installers, which run the build scripts of the plugin's dependencies.
 */
export function confinedRunner(
  tree: ProcessRunner,
  o: Omit<IsolatedRunOptions, 'cwd' | 'workDir'>,
): ProcessRunner {
  return {
    run: (command, args, options = {}) =>
      withTempDir('dpr-install-', async (workDir) => {
        const { result } = await runIsolated(tree, [command, ...args], {
          ...o,
          ...options,
          cwd: options.cwd ?? process.cwd(),
          workDir,
        });
        return result;
      }),
  };
}

/** The policy given (`sandbox`), else `DPR_SANDBOX` (auto, required, off), else auto. */
export function sandboxPolicy(option: string | undefined, env: NodeJS.ProcessEnv): SandboxPolicy {
  if (option) {
    const o = option.trim().toLowerCase();
    if (o === 'auto' || o === 'required' || o === 'off') return o;
    throw new UsageError(
      `sandbox ${JSON.stringify(option)}: must be auto, required or off`,
      'auto runs the tests in the sandbox where the machine allows it; required refuses to run them without it; off never uses it.',
    );
  }
  const v = (env.DPR_SANDBOX ?? '').trim().toLowerCase();
  if (v === 'required' || v === 'off' || v === 'auto') return v;
  if (v === '0' || v === 'false' || v === 'no') return 'off';
  return 'auto';
}
