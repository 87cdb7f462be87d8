/**
 * The machines an offline package is built for: the plugin daemon's image on each architecture.
 *
 * Read from langgenius/dify-plugin-daemon (docker/local.dockerfile, every version since 2025-01):
 * the image is `ubuntu:24.04` (glibc 2.39) with Ubuntu's `python3.12` (3.12.3), and the daemon makes
 * each plugin's environment with `uv venv .venv --python 3.12`
 * (internal/core/local_runtime/setup_python_environment.go), whatever the manifest says. So a wheel
 * installs there when one of its tags is a tag CPython 3.12 on glibc 2.39 Linux supports.
 */
import { UsageError } from '../core/errors.js';

export type TargetName = 'linux/amd64' | 'linux/arm64';

export const TARGET_NAMES: readonly TargetName[] = ['linux/amd64', 'linux/arm64'];

/** What the daemon's image is: for the reports. */
export const DAEMON_IMAGE = {
  base: 'ubuntu:24.04',
  glibc: { major: 2, minor: 39 },
  python: '3.12.3',
  venvPython: '3.12',
} as const;

export interface Target {
  name: TargetName;
  /** For file names: `linux-amd64`. */
  slug: string;
  /** The machine as Python names it (`platform.machine()`, wheel platform tags). */
  machine: 'x86_64' | 'aarch64';
  /** glibc of the target (the daemon image's). */
  glibc: { major: number; minor: number };
  /** The Python the wheels are for: `3.12`, and the full version markers see. */
  python: { minor: string; full: string; nodot: string };
}

/** `linux/amd64` → the target; an unknown name is a usage error listing the known ones. */
export function target(name: string, python: string = DAEMON_IMAGE.venvPython): Target {
  const n = name.trim().toLowerCase();
  const machine = n === 'linux/amd64' ? 'x86_64' : n === 'linux/arm64' ? 'aarch64' : undefined;
  if (!machine) {
    throw new UsageError(
      `--target ${name}: unknown target`,
      `Use ${TARGET_NAMES.join(' or ')} (the architectures the plugin daemon's image is published for).`,
    );
  }
  const m = /^3\.(\d{1,2})$/.exec(python.trim());
  if (!m) {
    throw new UsageError(
      `--python ${python}: give a CPython minor version such as 3.12`,
      `The plugin daemon runs its plugins on Python ${DAEMON_IMAGE.venvPython}.`,
    );
  }
  const minor = `3.${m[1]}`;
  return {
    name: n as TargetName,
    slug: n.replace('/', '-'),
    machine,
    glibc: { ...DAEMON_IMAGE.glibc },
    python: {
      minor,
      full: minor === DAEMON_IMAGE.venvPython ? DAEMON_IMAGE.python : `${minor}.0`,
      nodot: minor.replace('.', ''),
    },
  };
}

/**
 * The targets asked for; without any, the architectures the manifest declares (`meta.arch`), which
 * are the ones the plugin says it runs on.
 */
export function targetsFor(
  names: readonly string[] | undefined,
  arch: readonly string[],
  python?: string,
): Target[] {
  const wanted = names?.flatMap((n) => n.split(',')).filter((n) => n.trim()) ?? [];
  const list = wanted.length > 0 ? wanted : arch.map((a) => `linux/${a}`);
  if (list.length === 0) {
    throw new UsageError(
      'no target for the offline package: the manifest declares no meta.arch',
      `Pass --target ${TARGET_NAMES.join(' or --target ')}.`,
    );
  }
  const out: Target[] = [];
  for (const n of list) {
    const t = target(n, python);
    if (!out.some((o) => o.name === t.name)) out.push(t);
  }
  return out;
}

/**
 * The manylinux platform tags the target accepts, best first, with the legacy aliases next to the
 * glibc level they stand for (PEP 600: `manylinux_2_X` runs on glibc ≥ 2.X; `manylinux2014` is
 * 2.17, `manylinux2010` 2.12, `manylinux1` 2.5, the last two for x86 only). `linux_<arch>` wheels
 * are left out on purpose: they were built for one machine and promise nothing about the daemon's.
 */
export function platformTags(t: Target): string[] {
  const lowest = t.machine === 'x86_64' ? 5 : 17;
  const tags: string[] = [];
  for (let minor = t.glibc.minor; minor >= lowest; minor--) {
    tags.push(`manylinux_${t.glibc.major}_${minor}_${t.machine}`);
    if (minor === 17) tags.push(`manylinux2014_${t.machine}`);
    if (minor === 12 && t.machine === 'x86_64') tags.push(`manylinux2010_${t.machine}`);
    if (minor === 5 && t.machine === 'x86_64') tags.push(`manylinux1_${t.machine}`);
  }
  return tags;
}

/** What PEP 508 markers see on the target: the daemon image's Python on Linux. */
export function markerEnvironment(t: Target): Record<string, string> {
  return {
    implementation_name: 'cpython',
    implementation_version: t.python.full,
    os_name: 'posix',
    platform_machine: t.machine,
    platform_python_implementation: 'CPython',
    platform_release: '',
    platform_system: 'Linux',
    platform_version: '',
    python_full_version: t.python.full,
    python_version: t.python.minor,
    sys_platform: 'linux',
  };
}

/** pip's options that make it choose wheels for the target instead of the machine it runs on. */
export function pipTargetArgs(t: Target): string[] {
  return [
    '--only-binary=:all:',
    ...platformTags(t).flatMap((p) => ['--platform', p]),
    '--python-version',
    t.python.minor,
    '--implementation',
    'cp',
    '--abi',
    `cp${t.python.nodot}`,
  ];
}

/** One line for people: `linux/amd64 (CPython 3.12, manylinux ≤ 2.39 x86_64)`. */
export function describeTarget(t: Target): string {
  return `${t.name} (CPython ${t.python.minor}, manylinux ≤ ${t.glibc.major}.${t.glibc.minor} ${t.machine})`;
}
