import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { MANIFEST } from './plugin-types.js';
import { byteOrder } from './source.js';

/** Directories never searched for plugins (the official monorepo's own rule skips dot-dirs too). */
const NOT_PLUGINS = new Set(['node_modules', 'venv', '__pycache__', 'dist', 'build', 'tests', 'test']);

/** How deep below a monorepo root plugins are looked for (`<category>/<name>/` is depth 2). */
const MAX_DEPTH = 4;

/**
 * The plugin roots under each path: the path itself when it holds `manifest.yaml` (or another
 * registered marker, see kinds.ts), else every directory below it that does (plugins do not nest).
 * Sorted, without duplicates, absolute.
 */
export async function discoverPlugins(
  paths: readonly string[],
  cwd = process.cwd(),
  markers: readonly string[] = [MANIFEST],
): Promise<string[]> {
  const found = new Set<string>();
  for (const p of paths) {
    const root = path.resolve(cwd, p);
    const info = await stat(root).catch(() => undefined);
    if (!info) throw new UsageError(`${p} does not exist`, 'Pass a plugin directory or a folder of plugins.');
    if (!info.isDirectory()) {
      throw new UsageError(
        `${p} is not a directory`,
        'Pass the plugin directory (the one holding manifest.yaml).',
      );
    }
    for (const dir of await search(root, 0, markers)) found.add(dir);
  }
  return [...found].sort(byteOrder);
}

async function search(dir: string, depth: number, markers: readonly string[]): Promise<string[]> {
  if (markers.some((m) => existsSync(path.join(dir, m)))) return [dir];
  if (depth >= MAX_DEPTH) return [];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const e of entries) {
    if (!e.isDirectory() || e.name.startsWith('.') || NOT_PLUGINS.has(e.name)) continue;
    out.push(...(await search(path.join(dir, e.name), depth + 1, markers)));
  }
  return out;
}
