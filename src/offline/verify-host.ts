/** What this machine can do for `verify --offline-install`: run the target's wheels, and with which tools. */
import type { StageContext } from '../io/context.js';
import { findTargetPython } from './install.js';
import type { Target } from './targets.js';

/** Why this machine cannot install the target's wheels, or the interpreter that can. */
export async function hostProblem(
  host: { platform: NodeJS.Platform; arch: string },
  t: Target,
  wheels: readonly { file: string; tag?: string }[],
  ctx: StageContext,
): Promise<{ reason: string } | { python: string; version: string }> {
  const machine = host.arch === 'x64' ? 'x86_64' : host.arch === 'arm64' ? 'aarch64' : host.arch;
  if (host.platform !== 'linux' || machine !== t.machine) {
    return { reason: `this machine is ${host.platform}/${host.arch}, the package is for ${t.name}` };
  }
  const found = await findTargetPython(ctx.ports.processes, t.python.minor, ctx.env);
  if ('tried' in found) {
    return { reason: `no CPython ${t.python.minor} with venv here (${found.tried.join('; ')})` };
  }
  const glibc = found.probe.libc === 'glibc' ? found.probe.libcVersion.split('.').map(Number) : undefined;
  if (!glibc) return { reason: `this machine's C library is ${found.probe.libc || 'unknown'}, not glibc` };
  for (const w of wheels) {
    const m = /manylinux_(\d+)_(\d+)_/.exec(w.tag ?? '');
    const need = m ? [Number(m[1]), Number(m[2])] : /manylinux2014/.test(w.tag ?? '') ? [2, 17] : undefined;
    if (need && (need[0]! > glibc[0]! || (need[0] === glibc[0] && need[1]! > (glibc[1] ?? 0)))) {
      return {
        reason: `${w.file} needs glibc ${need.join('.')}, this machine has ${found.probe.libcVersion}`,
      };
    }
  }
  return { python: found.python, version: found.probe.version };
}

/** uv, when the machine has it (`UV_PATH`, else on PATH): the daemon's installer. */
export async function findUv(ctx: StageContext): Promise<string | undefined> {
  const uv = ctx.env.UV_PATH || 'uv';
  const r = await ctx.ports.processes.run(uv, ['--version'], { env: ctx.env, timeoutMs: 10_000 });
  return r.code === 0 ? uv : undefined;
}
