/**
 * Wheel file names (PEP 427, tags per PEP 425/600/656) and whether a wheel installs on a target: the
 * same question uv and pip answer on the daemon, asked here without the daemon.
 */
import { normalizeName } from '../python/project.js';
import { platformTags, type Target } from './targets.js';

export interface WheelName {
  /** The file's base name. */
  file: string;
  /** The distribution as the file name spells it (`dify_plugin`). */
  name: string;
  /** PEP 503 normalized (`dify-plugin`). */
  key: string;
  version: string;
  build?: string;
  /** Every tag the file name expands to (`py2.py3-none-any` → two). */
  tags: string[];
}

/** `name-version(-build)?-python-abi-platform.whl`, or undefined when the name is not a wheel's. */
export function parseWheelName(file: string): WheelName | undefined {
  if (!file.endsWith('.whl')) return undefined;
  const parts = file.slice(0, -4).split('-');
  if (parts.length !== 5 && parts.length !== 6) return undefined;
  const [name, version] = parts as [string, string];
  const build = parts.length === 6 ? parts[2] : undefined;
  const [py, abi, plat] = parts.slice(-3) as [string, string, string];
  if (!name || !version || !py || !abi || !plat) return undefined;
  const tags: string[] = [];
  for (const p of py.split('.'))
    for (const a of abi.split('.')) for (const t of plat.split('.')) tags.push(`${p}-${a}-${t}`);
  return { file, name, key: normalizeName(name), version, ...(build ? { build } : {}), tags };
}

/** Source archives pip and uv would have to build (nothing is built on the daemon offline). */
export function isSourceArchive(file: string): boolean {
  return /\.(?:tar\.gz|tar\.bz2|tar\.xz|zip|tgz)$/i.test(file);
}

/** The distribution and version a source archive's name gives (`numpy-2.1.3.tar.gz`). */
export function parseSourceName(file: string): { key: string; version: string } | undefined {
  const m = /^(.+)-([0-9][^-]*?)\.(?:tar\.gz|tar\.bz2|tar\.xz|zip|tgz)$/i.exec(file);
  return m ? { key: normalizeName(m[1]!), version: m[2]! } : undefined;
}

/**
 * The tags CPython `3.N` on the target supports, in the order pip and uv prefer them (packaging's
 * `sys_tags`): the interpreter's own ABI, then the stable ABI of every earlier 3.x, then pure Python.
 */
export function supportedTags(t: Target): string[] {
  const n = Number(t.python.nodot.slice(1));
  const cp = `cp3${n}`;
  const plats = platformTags(t);
  const out: string[] = [];
  for (const p of plats) out.push(`${cp}-${cp}-${p}`);
  for (const p of plats) out.push(`${cp}-abi3-${p}`);
  for (const p of plats) out.push(`${cp}-none-${p}`);
  for (let minor = n - 1; minor >= 2; minor--) for (const p of plats) out.push(`cp3${minor}-abi3-${p}`);
  const pys = [`py3${n}`, 'py3', ...Array.from({ length: n }, (_, i) => `py3${n - 1 - i}`)];
  for (const py of pys) for (const p of plats) out.push(`${py}-none-${p}`);
  out.push(`${cp}-none-any`);
  for (const py of pys) out.push(`${py}-none-any`);
  return out;
}

export type Compatibility = { ok: true; tag: string; rank: number } | { ok: false; reason: string };

const cache = new WeakMap<Target, Map<string, number>>();

function ranks(t: Target): Map<string, number> {
  let m = cache.get(t);
  if (!m) {
    m = new Map(supportedTags(t).map((tag, i) => [tag, i]));
    cache.set(t, m);
  }
  return m;
}

/** Does the wheel install on the target? With the best tag it matches, or why not, in words. */
export function compatibility(wheel: WheelName, t: Target): Compatibility {
  const supported = ranks(t);
  let best: { tag: string; rank: number } | undefined;
  for (const tag of wheel.tags) {
    const rank = supported.get(tag);
    if (rank !== undefined && (!best || rank < best.rank)) best = { tag, rank };
  }
  if (best) return { ok: true, ...best };
  return { ok: false, reason: whyNot(wheel.tags, t) };
}

/** The first reason that rules out every tag: platform, then interpreter and ABI. */
function whyNot(tags: readonly string[], t: Target): string {
  const reasons = new Set<string>();
  for (const tag of tags) {
    const [py = '', abi = '', plat = ''] = tag.split('-');
    const platReason = platformReason(plat, t);
    if (platReason) {
      reasons.add(platReason);
      continue;
    }
    reasons.add(interpreterReason(py, abi, t));
  }
  return [...reasons].join('; ');
}

function platformReason(plat: string, t: Target): string | undefined {
  if (plat === 'any') return undefined;
  const many = /^manylinux_(\d+)_(\d+)_(.+)$/.exec(plat);
  const legacy = /^manylinux(1|2010|2014)_(.+)$/.exec(plat);
  const arch = many?.[3] ?? legacy?.[2];
  if (arch !== undefined) {
    if (arch !== t.machine) return `built for ${arch}, the target is ${t.machine}`;
    if (many) {
      const [major, minor] = [Number(many[1]), Number(many[2])];
      if (major > t.glibc.major || (major === t.glibc.major && minor > t.glibc.minor)) {
        return `needs glibc ${major}.${minor}, the daemon image has ${t.glibc.major}.${t.glibc.minor}`;
      }
    }
    return undefined;
  }
  if (plat.startsWith('musllinux_')) return `${plat} is for musl libc; the daemon image (Ubuntu) uses glibc`;
  if (plat.startsWith('linux_')) {
    return `${plat} was built for one machine and promises no glibc level (repair it into a manylinux wheel with auditwheel)`;
  }
  if (plat.startsWith('macosx_')) return `${plat} is for macOS`;
  if (plat.startsWith('win')) return `${plat} is for Windows`;
  return `${plat} is not a Linux ${t.machine} platform`;
}

function interpreterReason(py: string, abi: string, t: Target): string {
  const want = `cp${t.python.nodot}`;
  if (/^(?:pp|ip|jy|graalpy)/.test(py)) return `${py} is not CPython`;
  if (py.startsWith('py2') || py.startsWith('cp2')) return `${py} is Python 2`;
  if (abi === 'abi3') return `${py}-abi3 needs a newer CPython than ${t.python.minor}`;
  if (abi.startsWith('cp') && abi !== want)
    return `built for ${abi}, the daemon runs CPython ${t.python.minor} (${want})`;
  if (py.startsWith('cp') && py !== want)
    return `built for ${py}, the daemon runs CPython ${t.python.minor} (${want})`;
  return `${py}-${abi} is not supported by CPython ${t.python.minor}`;
}
