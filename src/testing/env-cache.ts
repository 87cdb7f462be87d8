import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, hostname } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { EnvironmentError } from '../core/errors.js';
import { onInterrupt } from '../io/process.js';
import type { Fingerprints } from './integrity.js';
import { removeTree } from './integrity.js';
import type { Interpreter } from './interpreter.js';
import type { Dependencies, DependencyMode } from './requirements.js';

/** Bump when the layout of an environment or its marker changes: old entries are then rebuilt. */
export const ENV_FORMAT = 2;
const MARKER = 'dpr-env.json';

/** A requirement that could not be installed, and why. */
export interface MissingRequirement {
  requirement: string;
  name?: string;
  file?: string;
  line?: number;
  reason: string;
}

/** Written last into a finished environment: an entry without a valid one is rebuilt. */
export interface EnvMarker {
  format: number;
  key: string;
  python: { executable: string; version: string };
  mode: DependencyMode;
  file?: string;
  createdAt: string;
  /** Requirements that could not be installed when the environment was built. */
  missing: MissingRequirement[];
  /** When installing the missing requirements was last tried (default: `createdAt`). */
  missingTriedAt?: string;
  /**
   * Where pytest comes from: the plugin's own dependencies, copied from the interpreter into the
   * environment's overlay (offline), or installed from an index.
   */
  pytest: 'interpreter' | 'dependencies' | 'installed';
  /** The dify_plugin version the environment has (the start check runs only with one). */
  difyPlugin?: string;
  /** Of the venv and the pytest overlay, taken when the environment was (last) finished. */
  fingerprints: Fingerprints;
}

/** One cached environment on disk. */
export interface EnvEntry {
  key: string;
  dir: string;
  venv: string;
  python: string;
  marker: string;
  /** pytest and its dependencies, copied from the interpreter (when the dependencies lack pytest). */
  overlay: string;
}

/** The directories whose files the environment's fingerprints cover. */
export function entryRoots(entry: EnvEntry): string[] {
  return existsSync(entry.overlay) ? [entry.venv, entry.overlay] : [entry.venv];
}

/** `--cache-dir`, else `$DPR_CACHE_DIR`, else `~/.cache/dify-plugin-release/envs`. */
export function cacheDirectory(option: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string {
  if (option) return path.resolve(cwd, option);
  if (env.DPR_CACHE_DIR) return path.resolve(cwd, env.DPR_CACHE_DIR);
  return path.join(homedir(), '.cache', 'dify-plugin-release', 'envs');
}

/** The cache key: the interpreter (path, prefix and version) and the dependency files' content. */
export function environmentKey(python: Interpreter, deps: Dependencies): string {
  const hash = createHash('sha256')
    .update(
      JSON.stringify([
        ENV_FORMAT,
        python.realpath,
        python.prefix,
        python.version,
        deps.mode,
        deps.fingerprint,
      ]),
    )
    .digest('hex')
    .slice(0, 16);
  const [major, minor] = python.version.split('.');
  return `py${major}.${minor}-${deps.mode}-${hash}`;
}

export function entryFor(cacheDir: string, key: string): EnvEntry {
  const dir = path.join(cacheDir, key);
  const venv = path.join(dir, 'venv');
  const python =
    process.platform === 'win32'
      ? path.join(venv, 'Scripts', 'python.exe')
      : path.join(venv, 'bin', 'python');
  return { key, dir, venv, python, marker: path.join(dir, MARKER), overlay: path.join(dir, 'pytest') };
}

/**
 * The marker of a finished, intact environment; `undefined` when the entry is absent, unfinished or
 * corrupted (no marker, a marker for another key or format, the venv or its interpreter gone).
 */
export function readMarker(entry: EnvEntry): EnvMarker | undefined {
  let marker: EnvMarker;
  try {
    marker = JSON.parse(readFileSync(entry.marker, 'utf8')) as EnvMarker;
  } catch {
    return undefined;
  }
  if (!marker || marker.format !== ENV_FORMAT || marker.key !== entry.key) return undefined;
  if (!Array.isArray(marker.missing)) return undefined;
  if (typeof marker.fingerprints?.tree !== 'string' || typeof marker.fingerprints?.content !== 'string')
    return undefined;
  // existsSync follows the venv's symlink to the base interpreter: a removed Python shows here.
  if (!existsSync(path.join(entry.venv, 'pyvenv.cfg')) || !existsSync(entry.python)) return undefined;
  return marker;
}

export function writeMarker(entry: EnvEntry, marker: EnvMarker): void {
  const temp = `${entry.marker}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(marker, null, 2)}\n`);
  renameSync(temp, entry.marker);
}

/** Remove an entry (a corrupted or half-built one) so it can be rebuilt from scratch. */
export function discard(entry: EnvEntry): void {
  removeTree(entry.dir);
}

export interface LockOptions {
  /** Give up waiting for another run after this long. */
  waitMs?: number;
  /** A lock older than this, or whose owner is gone, is taken over. */
  staleMs?: number;
  /** Told once when another run holds the lock. */
  onWait?: (owner: string) => void;
}

/**
 * Run `body` holding the entry's lock (a directory created atomically next to it), so two runs that
 * need the same environment do not build it at once: the second waits, then finds it built.
 */
export async function withLock<T>(
  entry: EnvEntry,
  body: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const lock = `${entry.dir}.lock`;
  const waitMs = options.waitMs ?? 30 * 60_000;
  const staleMs = options.staleMs ?? 60 * 60_000;
  const started = Date.now();
  let told = false;
  mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'owner'), `${hostname()} ${process.pid}`);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new EnvironmentError(
          `cannot create the environment cache in ${path.dirname(lock)}: ${(error as Error).message}`,
          'Pass --cache-dir (or set DPR_CACHE_DIR) to a writable directory.',
        );
      }
      const owner = readOwner(lock);
      if (isStale(lock, owner, staleMs)) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() - started > waitMs) {
        throw new EnvironmentError(
          `another run (${owner || 'unknown'}) has been building the test environment ${entry.key} for too long`,
          `If no other run is active, delete ${lock}.`,
        );
      }
      if (!told) options.onWait?.(owner);
      told = true;
      await sleep(200);
    }
  }
  const unlock = (): void => rmSync(lock, { recursive: true, force: true });
  const release = onInterrupt(unlock);
  try {
    return await body();
  } finally {
    release();
    unlock();
  }
}

function readOwner(lock: string): string {
  try {
    return readFileSync(path.join(lock, 'owner'), 'utf8').trim();
  } catch {
    return '';
  }
}

function isStale(lock: string, owner: string, staleMs: number): boolean {
  let age = 0;
  try {
    age = Date.now() - statSync(lock).mtimeMs;
  } catch {
    return false; // Gone already: the next mkdir will tell.
  }
  if (age > staleMs) return true;
  const [host, pid] = owner.split(' ');
  if (!owner) return age > 10_000; // An owner that never wrote its name: crashed right after mkdir.
  if (host !== hostname() || !pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
