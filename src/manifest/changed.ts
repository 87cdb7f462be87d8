import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Git } from '../io/git.js';
import { MANIFEST } from './plugin-types.js';
import { byteOrder, isInside } from './source.js';

export { Git } from '../io/git.js';

/** What changed since a ref: plugins to check, and plugins whose manifest is gone. */
export interface ChangedPlugins {
  /** Plugin roots (absolute) with at least one changed file, that still exist. */
  changed: string[];
  /** Plugin roots (relative to the repository) that existed at the ref and are gone now. */
  removed: string[];
  /** The commit compared against (the merge base of the ref and HEAD). */
  base: string;
}

/**
 * Map every path changed since `ref` to its nearest plugin root (the closest ancestor holding
 * `manifest.yaml` or a Coze `plugin_meta.yaml`, skipping dot-directories as the official monorepo's script does), keeping only
 * plugins under `scope`. A root whose manifest existed at the base but not now is reported removed.
 */
export async function changedPlugins(
  scope: readonly string[],
  ref: string,
  git: Git,
  markers: readonly string[] = [MANIFEST],
): Promise<ChangedPlugins> {
  const top = await git.topLevel();
  const base = await git.mergeBase(ref);
  const before = new Set<string>();
  for (const marker of markers) for (const f of await git.filesNamed(base, marker)) before.add(f);
  const changed = new Set<string>();
  const removed = new Set<string>();
  for (const rel of await git.changedPaths(base)) {
    const parts = rel.split('/');
    if (parts.some((p, i) => i < parts.length - 1 && p.startsWith('.'))) continue;
    for (let i = parts.length - 1; i >= 0; i--) {
      const dirRel = parts.slice(0, i).join('/');
      const dir = path.join(top, ...parts.slice(0, i));
      if (markers.some((m) => existsSync(path.join(dir, m)))) {
        changed.add(dir);
        break;
      }
      if (markers.some((m) => before.has(dirRel ? `${dirRel}/${m}` : m))) {
        removed.add(dirRel || '.');
        break;
      }
    }
  }
  const inScope = (dir: string) => scope.some((s) => isInside(s, dir));
  return {
    changed: [...changed].filter(inScope).sort(byteOrder),
    removed: [...removed].filter((r) => inScope(path.join(top, r))).sort(byteOrder),
    base,
  };
}
