/**
 * The light commands (`keygen`, `verify`, `inspect`) must not load the packager: their static import
 * graphs are read from the sources and checked. And the Node version the code needs is declared.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Every source module `entry` loads through static value imports and re-exports (not `import type`). */
function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const pattern = /^(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.[^'"]+)['"]/gm;
    for (const m of text.matchAll(pattern)) {
      if (m[1]) continue; // type-only: erased
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), m[2]!));
      if (target.endsWith('.js')) visit(target.replace(/\.js$/, '.ts'));
    }
  };
  visit(entry);
  return seen;
}

const HEAVY = [
  'src/package/package.ts',
  'src/selection/select.ts',
  'src/zip/parallel-deflate.ts',
  'src/commands/package.ts',
  'src/manifest/validate.ts',
];

describe('light commands load no packager', () => {
  it.each(['src/commands/keygen.ts', 'src/commands/verify.ts', 'src/commands/inspect.ts'])('%s', (entry) => {
    const graph = importGraph(entry);
    expect(graph.has(entry)).toBe(true);
    expect(HEAVY.filter((m) => graph.has(m))).toEqual([]);
  });
});

describe('package.json', () => {
  it('declares the Node version zlib.crc32 needs (20.15)', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      engines: { node: string };
    };
    expect(semver.minVersion(pkg.engines.node)?.version).toBe('20.15.0');
  });
});
