/** Installing a uv.lock plugin's dependencies, as the official CI does (`uv sync --all-groups --frozen`). */
import { EnvironmentError } from '../core/errors.js';
import type { MissingRequirement } from './env-cache.js';
import { installOneByOne } from './install.js';
import {
  errorTail,
  type InstallContext,
  InstallFailedError,
  installerEnv,
  isNetworkFailure,
  networkReason,
} from './install-context.js';
import { QUICK_TIMEOUT_MS } from './limits.js';
import { parseRequirementsString, type Requirement } from './requirements.js';

/** `uv sync --frozen` into the cached venv (offline first). Without uv: an environment error naming the fix. */
export async function uvSync(ctx: InstallContext): Promise<MissingRequirement[]> {
  await requireUv(ctx);
  const env = { ...installerEnv(ctx), UV_PROJECT_ENVIRONMENT: ctx.venv };
  // --no-install-project: the tests import the plugin from its root (or the unpacked package), never
  // from a copy installed into a cached environment that other checkouts share.
  const base = [
    'sync',
    '--frozen',
    '--all-groups',
    '--no-install-project',
    '--compile-bytecode',
    '--python',
    ctx.python,
  ];
  const uv = (args: string[]) => ctx.tree.run('uv', args, { cwd: ctx.root, env, timeoutMs: ctx.timeoutMs });
  ctx.log('Installing uv.lock (uv sync --frozen, offline first)');
  if ((await uv([...base, '--offline'])).code === 0) return [];
  const online = await uv(base);
  if (online.code === 0) return [];
  const output = `${online.stdout}\n${online.stderr}`;
  if (online.timedOut || !isNetworkFailure(output)) {
    throw new InstallFailedError(
      'uv sync --frozen',
      online.timedOut ? `timed out after ${ctx.timeoutMs / 1000} s` : errorTail(output),
    );
  }
  const reason = `no package index could be reached (${networkReason(output)})`;
  const requirements = await uvRequirements(ctx, env);
  return installOneByOne(ctx, requirements, reason, (text) =>
    uv(['pip', 'install', '--offline', '--python', ctx.python, text]),
  );
}

async function requireUv(ctx: InstallContext): Promise<void> {
  const r = await ctx.tree.run('uv', ['--version'], { env: ctx.env, timeoutMs: QUICK_TIMEOUT_MS });
  if (r.code === 0) return;
  throw new EnvironmentError(
    'the plugin has uv.lock, and installing it needs uv, which is not installed',
    'Install uv (https://docs.astral.sh/uv/getting-started/installation/); in GitHub Actions, actions/test sets it up when the plugin has uv.lock.',
  );
}

/** The locked requirements as pip lines (`uv export` reads the lock only: no network). */
async function uvRequirements(ctx: InstallContext, env: NodeJS.ProcessEnv): Promise<Requirement[]> {
  const r = await ctx.tree.run(
    'uv',
    [
      'export',
      '--frozen',
      '--all-groups',
      '--no-hashes',
      '--no-emit-project',
      '--no-header',
      '--no-annotate',
    ],
    { cwd: ctx.root, env, timeoutMs: QUICK_TIMEOUT_MS },
  );
  if (r.code !== 0) return [];
  return parseRequirementsString(r.stdout, 'uv.lock').map((q) => ({ ...q, line: 0 }));
}
