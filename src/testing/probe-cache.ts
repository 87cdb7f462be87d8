/**
 * The interpreter probe, remembered: probing costs a Python start-up on every run. A probe is
 * reused only for the same binary (path, real path, size, time, inode: a real executable, not a
 * shim script such as pyenv's, whose answer depends on the directory), the same virtual environment
 * configuration, the same variables that change what Python sees, and site directories unchanged
 * since (installing pytest changes them).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readRegularText } from '../io/read.js';
import { isCompiledExecutable, onPath } from '../python/executable.js';
import type { ProbeResult } from './interpreter.js';

/** The directory of the environment cache where probes are kept. */
export const PROBE_CACHE = 'interpreters';

const SETTINGS = [
  'PYTHONHOME',
  'PYTHONPATH',
  'PYTHONUSERBASE',
  'PYTHONNOUSERSITE',
  'PYTHONPLATLIBDIR',
  'PYTHONSAFEPATH',
  'HOME',
];

function stamp(file: string): string {
  try {
    const s = statSync(file);
    return `${s.ino}:${s.size}:${s.mtimeMs}`;
  } catch {
    return '-';
  }
}

/** The key of a probe, or `undefined` when it must not be cached. */
export function probeKey(command: string, env: NodeJS.ProcessEnv): string | undefined {
  if (process.platform === 'win32') return undefined;
  const resolved = onPath(command, env, process.cwd());
  if (!resolved) return undefined;
  let real: string;
  try {
    real = realpathSync(resolved);
  } catch {
    return undefined;
  }
  if (!isCompiledExecutable(real)) return undefined;
  const venv = path.join(path.dirname(resolved), '..', 'pyvenv.cfg');
  const facts = [
    resolved,
    real,
    stamp(real),
    stamp(venv),
    process.getuid?.() ?? 0,
    ...SETTINGS.map((n) => env[n] ?? null),
  ];
  return createHash('sha256').update(JSON.stringify(facts)).digest('hex').slice(0, 24);
}

interface Stored {
  result: ProbeResult;
  /** The site directories' stamps when probed. */
  sites: [string, string][];
}

function sitesOf(result: ProbeResult): [string, string][] {
  const dirs = [...new Set([...(result.site ?? []), result.purelib, result.usersite ?? ''].filter(Boolean))];
  return dirs.map((d) => [d, stamp(d)]);
}

export function readProbe(cacheDir: string, key: string): ProbeResult | undefined {
  try {
    const stored = JSON.parse(
      readRegularText(path.join(cacheDir, PROBE_CACHE, `${key}.json`), { maxBytes: 1 << 20 }),
    ) as Stored;
    if (!stored?.result || !Array.isArray(stored.sites)) return undefined;
    if (stored.sites.some(([dir, s]) => stamp(dir) !== s)) return undefined;
    return stored.result;
  } catch {
    return undefined;
  }
}

export function writeProbe(cacheDir: string, key: string, result: ProbeResult): void {
  try {
    const dir = path.join(cacheDir, PROBE_CACHE);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${key}.json`);
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ result, sites: sitesOf(result) } satisfies Stored));
    renameSync(temp, file);
  } catch {
    // A read-only cache: probed again next time.
  }
}
