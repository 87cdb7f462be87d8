import { existsSync, mkdirSync } from 'node:fs';
import { onInterrupt, type ProcessRunner } from '../io/process.js';
import {
  type BuildOptions,
  build,
  finish,
  installContext,
  installDependencies,
  probeEnvironment,
} from './build.js';
import {
  discard,
  type EnvEntry,
  type EnvMarker,
  entryFor,
  entryRoots,
  environmentKey,
  readMarker,
  withLock,
  writeMarker,
} from './env-cache.js';
import type { InstallContext } from './install.js';
import { setWritable, treeFingerprint, verify } from './integrity.js';
import type { Interpreter } from './interpreter.js';
import { TOP_UP_TIMEOUT_MS } from './limits.js';
import type { Dependencies } from './requirements.js';

export interface EnvironmentOptions {
  interpreter: Interpreter;
  deps: Dependencies;
  /** Where the dependency files are: the plugin root, or the unpacked package. */
  root: string;
  cacheDir: string;
  /** What the installers run with (the plugin's environment with the package index settings). */
  env: NodeJS.ProcessEnv;
  tree: ProcessRunner;
  log: (message: string) => void;
  /** Throw the cached environment away and build it again. */
  rebuild?: boolean;
  /** Time limit of each install command. */
  installTimeoutMs?: number;
}

export interface PreparedEnvironment {
  entry: EnvEntry;
  marker: EnvMarker;
  /** Taken from the cache, not built: at most the requirements it lacked were installed. */
  reused: boolean;
  /** A reused environment lacked requirements, and installing them was tried again. */
  updated?: boolean;
}

/**
 * The isolated environment the tests run in (see build.ts), cached by interpreter and dependency
 * files. A cached entry is used only when it is whole (a marker for its key) and unchanged since it
 * was finished (its fingerprints, see integrity.ts): one modified by a test of another plugin, or
 * damaged, is rebuilt. Requirements that could not be installed (no index reachable) are tried
 * again, quickly, now and then, so an environment built offline does not lack them for ever.
 */
export async function prepareEnvironment(o: EnvironmentOptions): Promise<PreparedEnvironment> {
  const entry = entryFor(o.cacheDir, environmentKey(o.interpreter, o.deps));
  if (!o.rebuild) {
    const marker = usable(o, entry);
    if (marker && !due(marker)) return { entry, marker, reused: true };
  }
  return withLock(
    entry,
    async () => {
      if (!o.rebuild) {
        // Another run may have built (or completed) it while this one waited for the lock.
        const marker = usable(o, entry);
        if (marker) {
          if (!due(marker)) return { entry, marker, reused: true };
          const updated = await topUp(o, entry, marker);
          writeMarker(entry, updated);
          return { entry, marker: updated, reused: true, updated: true };
        }
      }
      if (existsSync(entry.dir)) {
        if (o.rebuild) o.log(`Rebuilding the test environment ${entry.key}`);
        discard(entry);
      }
      mkdirSync(entry.dir, { recursive: true });
      // Interrupted half-way, the entry is removed (a later run would rebuild it anyway).
      const release = onInterrupt(() => discard(entry));
      try {
        const marker = await build(o as BuildOptions, entry);
        writeMarker(entry, marker);
        return { entry, marker, reused: false };
      } catch (error) {
        discard(entry);
        throw error;
      } finally {
        release();
      }
    },
    {
      onWait: (owner) =>
        o.log(`Waiting for another run (${owner}) to build the test environment ${entry.key}`),
    },
  );
}

/**
 * The marker of an entry that is whole and unchanged, else `undefined` (said in the log). Only
 * metadata changed (a restore from actions/cache): the new tree fingerprint is stored.
 */
function usable(o: EnvironmentOptions, entry: EnvEntry): EnvMarker | undefined {
  const marker = readMarker(entry);
  if (!marker) {
    if (existsSync(entry.dir))
      o.log(`The cached test environment ${entry.key} is incomplete or damaged: rebuilding it`);
    return undefined;
  }
  const check = verify(entryRoots(entry), marker.fingerprints);
  if (!check.intact) {
    o.log(
      `The cached test environment ${entry.key} was modified after it was built (by a test, or by hand): rebuilding it`,
    );
    return undefined;
  }
  if (check.refreshed) {
    const refreshed = { ...marker, fingerprints: { ...marker.fingerprints, tree: check.refreshed } };
    try {
      writeMarker(entry, refreshed);
    } catch {
      // A read-only cache (another user's): checked by content again next time.
    }
    return refreshed;
  }
  return marker;
}

/** Whether requirements that could not be installed are due to be tried again. */
function due(marker: EnvMarker): boolean {
  if (marker.missing.length === 0) return false;
  // Retry what could not be downloaded, but not on every run: offline, each try costs seconds.
  const tried = Date.parse(marker.missingTriedAt ?? marker.createdAt);
  return !(Date.now() - tried < RETRY_MISSING_AFTER_MS);
}

/** Install what a cached environment lacks (offline first, giving up quickly on an unreachable index). */
async function topUp(o: EnvironmentOptions, entry: EnvEntry, marker: EnvMarker): Promise<EnvMarker> {
  const ctx: InstallContext = { ...installContext(o as BuildOptions, entry, TOP_UP_TIMEOUT_MS), quick: true };
  o.log(
    `The cached test environment ${entry.key} lacks ${marker.missing.map((m) => m.requirement).join(', ')}: trying to install again`,
  );
  const roots = entryRoots(entry);
  setWritable(roots, true);
  try {
    const missing = await installDependencies(o as BuildOptions, ctx);
    const probe = await probeEnvironment(o as BuildOptions, entry, ctx);
    const { fingerprints: _old, difyPlugin: _was, ...rest } = marker;
    return finish(entry, {
      ...rest,
      ...(probe.dify_plugin ? { difyPlugin: probe.dify_plugin } : {}),
      missing,
      missingTriedAt: new Date().toISOString(),
    });
  } catch (error) {
    setWritable(roots, false);
    throw error;
  }
}

/** How long a cached environment's missing requirements are left alone before they are tried again. */
const RETRY_MISSING_AFTER_MS = 10 * 60_000;

/** The tree fingerprint of the environment now: compared after a run to tell whether the tests changed it. */
export function snapshot(entry: EnvEntry): string {
  return treeFingerprint([...entryRoots(entry), entry.marker]).hash;
}
