import path from 'node:path';
import { EnvironmentError } from '../core/errors.js';
import type { RunResult } from '../io/process.js';
import { normalizeName } from '../python/project.js';
import type { MissingRequirement } from './env-cache.js';
import {
  errorTail,
  type InstallContext,
  InstallFailedError,
  installerEnv,
  isNetworkFailure,
  networkReason,
} from './install-context.js';
import { QUICK_TIMEOUT_MS } from './limits.js';
import { PRUNE_SCRIPT, UNSATISFIED_SCRIPT } from './python-scripts.js';
import type { Requirement } from './requirements.js';
import { withTempDir } from './temp.js';

export {
  errorTail,
  type InstallContext,
  InstallFailedError,
  installerEnv,
  isNetworkFailure,
  networkReason,
} from './install-context.js';
export { uvSync } from './install-uv.js';

/** Indexes of the requirements the environment does not satisfy (markers that do not apply count as met). */
export async function unsatisfied(
  ctx: InstallContext,
  requirements: readonly Requirement[],
): Promise<number[]> {
  if (requirements.length === 0) return [];
  const r = await ctx.tree.run(ctx.python, ['-c', UNSATISFIED_SCRIPT], {
    cwd: ctx.root,
    env: installerEnv(ctx),
    input: JSON.stringify(requirements.map((q) => q.text)),
    timeoutMs: QUICK_TIMEOUT_MS,
  });
  if (r.code !== 0) return requirements.map((_, i) => i);
  try {
    return JSON.parse(r.stdout.trim()) as number[];
  } catch {
    return requirements.map((_, i) => i);
  }
}

// ---------------------------------------------------------------------------------------------
// pip

function pipNetworkOptions(ctx: Pick<InstallContext, 'env' | 'quick'>): string[] {
  const options: string[] = [];
  if (!ctx.env.PIP_RETRIES) options.push('--retries', ctx.quick ? '0' : '2');
  if (!ctx.env.PIP_TIMEOUT && !ctx.env.PIP_DEFAULT_TIMEOUT)
    options.push('--timeout', ctx.quick ? '10' : '15');
  return options;
}

async function pip(ctx: InstallContext, args: string[]): Promise<RunResult> {
  return ctx.tree.run(ctx.python, ['-m', 'pip', 'install', '--no-input', ...args], {
    cwd: ctx.root,
    env: installerEnv(ctx),
    timeoutMs: ctx.timeoutMs,
  });
}

/**
 * `pip install -r requirements.txt`, offline first (`--no-index`: what the interpreter and local
 * wheels already satisfy), then from the index. When no index can be reached, returns what could
 * not be installed and why, rather than failing: the tests still run.
 */
export async function pipInstall(
  ctx: InstallContext,
  file: string,
  requirements: readonly Requirement[],
): Promise<MissingRequirement[]> {
  if ((await unsatisfied(ctx, requirements)).length === 0) {
    ctx.log(`${file}: every requirement is already satisfied by ${ctx.python}`);
    return [];
  }
  if (!(await ensurePip(ctx)))
    return notInstallable(ctx, requirements, 'pip is not available for this Python');
  ctx.log(`Installing ${file} (offline first)`);
  const offline = await pip(ctx, ['--no-index', '-r', file]);
  if (offline.code === 0) return [];
  ctx.log(`Installing ${file} from the package index`);
  const online = await pip(ctx, [...pipNetworkOptions(ctx), '-r', file]);
  if (online.code === 0) return [];
  const output = `${online.stdout}\n${online.stderr}`;
  if (online.timedOut) {
    throw new InstallFailedError(`pip install -r ${file}`, `timed out after ${ctx.timeoutMs / 1000} s`);
  }
  const network = isNetworkFailure(output) ? output : await diagnoseNotFound(ctx, output);
  if (!network) {
    throw new InstallFailedError(`pip install -r ${file}`, errorTail(output), namedIn(output, requirements));
  }
  const reason = `no package index could be reached (${networkReason(network)})`;
  return installOneByOne(ctx, requirements, reason, (text) => pip(ctx, ['--no-index', text]));
}

/**
 * pip says a requirement has no matching distribution but, with retries off, not that the index was
 * unreachable. Ask again for that one requirement, verbosely (`-vv` shows the connection errors):
 * the output when the index could not be reached, else `undefined` (the requirement really is not there).
 */
async function diagnoseNotFound(ctx: InstallContext, output: string): Promise<string | undefined> {
  const name =
    /No matching distribution found for (\S+)/.exec(output)?.[1] ??
    /Could not find a version that satisfies the requirement (\S+)/.exec(output)?.[1];
  if (!name) return undefined;
  return withTempDir('dpr-pip-probe-', async (dest) => {
    const r = await ctx.tree.run(
      ctx.python,
      ['-m', 'pip', 'download', '--no-input', '--no-deps', '--retries', '0', '-vv', '--dest', dest, name],
      { cwd: ctx.root, env: installerEnv(ctx), timeoutMs: ctx.timeoutMs },
    );
    const text = `${r.stdout}\n${r.stderr}`;
    return r.code !== 0 && isNetworkFailure(text) ? text : undefined;
  });
}

/** After a network failure: install what local wheels allow, one requirement at a time; the rest is missing. */
export async function installOneByOne(
  ctx: InstallContext,
  requirements: readonly Requirement[],
  reason: string,
  installOffline: (text: string) => Promise<RunResult>,
): Promise<MissingRequirement[]> {
  const missing: MissingRequirement[] = [];
  const left = await unsatisfied(ctx, requirements);
  for (const i of left) {
    const q = requirements[i]!;
    // With one left, the offline attempt of the whole file already failed on it.
    if (left.length > 1 && (await installOffline(q.text)).code === 0) continue;
    missing.push(missingOf(q, reason));
  }
  return missing;
}

function notInstallable(
  ctx: InstallContext,
  requirements: readonly Requirement[],
  reason: string,
): Promise<MissingRequirement[]> {
  return unsatisfied(ctx, requirements).then((idx) => idx.map((i) => missingOf(requirements[i]!, reason)));
}

function missingOf(q: Requirement, reason: string): MissingRequirement {
  return { requirement: q.text, ...(q.name ? { name: q.name } : {}), file: q.file, line: q.line, reason };
}

/**
 * pip for installing into the environment, without putting it there (the official CI's environments
 * have no pip): the pip wheel the interpreter bundles for ensurepip, unpacked next to the
 * environment and put on PYTHONPATH for the installers only. Without such a wheel, ensurepip
 * (slower; pruneTools removes what it brought when nothing needs it).
 */
async function ensurePip(ctx: InstallContext): Promise<boolean> {
  if (ctx.pipPath !== undefined) return true;
  const probe = await ctx.tree.run(ctx.python, ['-c', 'import pip'], {
    env: installerEnv(ctx),
    timeoutMs: QUICK_TIMEOUT_MS,
  });
  if (probe.code === 0) return true;
  const tools = path.join(path.dirname(ctx.venv), PIP_TOOLS);
  const unpacked = await ctx.tree.run(ctx.python, ['-I', '-c', PIP_WHEEL_SCRIPT, tools], {
    env: installerEnv(ctx),
    timeoutMs: QUICK_TIMEOUT_MS,
  });
  if (unpacked.code === 0 && unpacked.stdout.trim()) {
    ctx.pipPath = tools;
    ctx.log(`Installing with ${unpacked.stdout.trim()} (kept out of the test environment)`);
    return true;
  }
  ctx.log('Installing pip into the test environment (ensurepip, offline)');
  const r = await ctx.tree.run(ctx.python, ['-m', 'ensurepip', '--default-pip'], {
    env: installerEnv(ctx),
    timeoutMs: ctx.timeoutMs,
  });
  return r.code === 0;
}

/** The directory, next to the environment, where pip is unpacked while the environment is built. */
export const PIP_TOOLS = 'pip-tools';

/** Unpack the pip wheel ensurepip would install (bundled, or Debian's python-wheels) into argv[1]. */
const PIP_WHEEL_SCRIPT = `
import glob, os, sys, zipfile
import ensurepip
here = os.path.dirname(ensurepip.__file__)
wheels = glob.glob(os.path.join(here, "_bundled", "pip-*.whl")) + glob.glob("/usr/share/python-wheels/pip-*.whl")
if not wheels:
    sys.exit(1)
wheel = sorted(wheels)[-1]
zipfile.ZipFile(wheel).extractall(sys.argv[1])
print(os.path.basename(wheel))
`;

/**
 * Remove pip, setuptools and wheel from the environment when nothing there needs them (neither
 * `declared`, the plugin's own requirements, nor an installed distribution): ensurepip brought them
 * for installing, and a test importing them must fail as it does in the official CI.
 */
export async function pruneTools(ctx: InstallContext, declared: readonly string[]): Promise<void> {
  // What the environment itself holds: not the pip unpacked next to it for the installers.
  const r = await ctx.tree.run(ctx.python, ['-c', PRUNE_SCRIPT], {
    env: installerEnv({ ...ctx, pipPath: undefined }),
    input: JSON.stringify(declared),
    timeoutMs: QUICK_TIMEOUT_MS,
  });
  let unused: string[] = [];
  try {
    unused = JSON.parse(r.stdout.trim()) as string[];
  } catch {
    return;
  }
  if (r.code !== 0 || unused.length === 0) return;
  await ctx.tree.run(ctx.python, ['-m', 'pip', 'uninstall', '--yes', '--quiet', ...unused], {
    env: installerEnv(ctx),
    timeoutMs: ctx.timeoutMs,
  });
}

/** pip names the requirement it choked on: `No matching distribution found for X`. */
function namedIn(output: string, requirements: readonly Requirement[]): Requirement | undefined {
  const m =
    /No matching distribution found for ([A-Za-z0-9._-]+)/.exec(output) ??
    /Could not find a version that satisfies the requirement ([A-Za-z0-9._-]+)/.exec(output) ??
    /Failed to build ([A-Za-z0-9._-]+)/.exec(output);
  if (!m) return undefined;
  return requirements.find((q) => q.name && normalizeName(q.name) === normalizeName(m[1]!));
}

// ---------------------------------------------------------------------------------------------
// pytest

/** Install pytest into the environment (offline first); an environment error when it cannot be had. */
export async function installPytest(ctx: InstallContext, tool: 'pip' | 'uv'): Promise<void> {
  ctx.log('pytest is missing: installing it into the test environment');
  const run =
    tool === 'uv'
      ? (offline: boolean) =>
          ctx.tree.run(
            'uv',
            ['pip', 'install', ...(offline ? ['--offline'] : []), '--python', ctx.python, 'pytest'],
            { cwd: ctx.root, env: installerEnv(ctx), timeoutMs: ctx.timeoutMs },
          )
      : async (offline: boolean) => {
          if (!(await ensurePip(ctx))) return undefined;
          return pip(ctx, offline ? ['--no-index', 'pytest'] : [...pipNetworkOptions(ctx), 'pytest']);
        };
  const fix =
    'Install pytest for this interpreter (Debian/Ubuntu: apt-get install python3-pytest), pass --python an interpreter that has it, or list pytest in the plugin’s dev dependencies.';
  const offline = await run(true);
  if (!offline)
    throw new EnvironmentError(`pytest is not installed for ${ctx.python}, and pip is not available`, fix);
  if (offline.code === 0) return;
  const online = await run(false);
  if (online?.code === 0) return;
  const output = `${online?.stdout ?? ''}\n${online?.stderr ?? ''}`;
  const why = isNetworkFailure(output)
    ? `no package index could be reached (${networkReason(output)})`
    : errorTail(output, 3);
  throw new EnvironmentError(`pytest is not installed and could not be installed: ${why}`, fix);
}
