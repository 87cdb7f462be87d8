/**
 * What the plugin's code may have changed in the environment cache while it ran without the
 * sandbox (which mounts the whole cache read-only): its own environment's files, and any entry's
 * marker or any cached interpreter probe (a forged environment for other requirements, or new
 * fingerprints for a tampered one, would show there). What changed is thrown away: at worst an
 * environment another run finished meanwhile is built again.
 */
import { type Dirent, lstatSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { type EnvEntry, entryFor, entryRoots } from './env-cache.js';
import { removeTree, treeFingerprint } from './integrity.js';
import { PROBE_CACHE } from './probe-cache.js';

export type CacheSnapshot = Map<string, string>;

function stamp(file: string): string | undefined {
  try {
    const s = lstatSync(file, { bigint: true });
    return `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.mode}`;
  } catch {
    return undefined;
  }
}

function list(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** The cache as far as the check goes: the entry's own files, every marker, every probe. */
export function snapshotCache(cacheDir: string, entry: EnvEntry): CacheSnapshot {
  const snap: CacheSnapshot = new Map();
  snap.set(`tree:${entry.key}`, treeFingerprint([...entryRoots(entry), entry.marker]).hash);
  for (const e of list(cacheDir)) {
    if (e.name === PROBE_CACHE) {
      for (const p of list(path.join(cacheDir, PROBE_CACHE))) {
        snap.set(`probe:${p.name}`, stamp(path.join(cacheDir, PROBE_CACHE, p.name)) ?? '');
      }
    } else if (e.isDirectory() && !e.name.endsWith('.lock')) {
      snap.set(`entry:${e.name}`, stamp(entryFor(cacheDir, e.name).marker) ?? '');
    }
  }
  return snap;
}

/** Compare with an earlier snapshot; discard what changed. The names of the entries discarded. */
export function discardChanged(cacheDir: string, before: CacheSnapshot, after: CacheSnapshot): string[] {
  const changed = new Set<string>();
  for (const [name, value] of after) if (before.get(name) !== value) changed.add(name);
  const discarded: string[] = [];
  for (const name of changed) {
    const [kind, rest] = [name.slice(0, name.indexOf(':')), name.slice(name.indexOf(':') + 1)];
    if (kind === 'probe') rmSync(path.join(cacheDir, PROBE_CACHE, rest), { force: true });
    else {
      removeTree(entryFor(cacheDir, rest).dir);
      discarded.push(rest);
    }
  }
  return [...new Set(discarded)];
}
