/**
 * The walk as a property (fast-check), its budget stated as work counted rather than time: a real
 * path is resolved once per symlink, never once per directory (each resolution walks the path from
 * the root, which made a deep tree cost time cubic in its depth: 22 s at depth 1,000).
 */
import type * as fs from 'node:fs';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { selectFiles } from '../../src/selection/select.js';
import { tempDir } from '../helpers/plugins.js';

// Count every real-path resolution of the walk (the module's own import of node:fs is this one).
const resolutions = { count: 0 };
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const counted = ((p: fs.PathLike, o?: unknown) => {
    resolutions.count++;
    return real.realpathSync(p, o as never);
  }) as typeof real.realpathSync;
  counted.native = ((p: fs.PathLike, o?: unknown) => {
    resolutions.count++;
    return real.realpathSync.native(p, o as never);
  }) as typeof real.realpathSync.native;
  return { ...real, default: { ...real, realpathSync: counted }, realpathSync: counted };
});

const RUNS = Number(process.env.DPR_FUZZ_RUNS ?? 40);
const SEED = Number(process.env.DPR_FUZZ_SEED ?? 20261201);

describe('hostile trees: the walk resolves real paths per link, not per directory (property)', () => {
  it('a tree of any shape and depth costs one resolution per symlink, plus the root and repository', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 4 }),
        (depth, width, links) => {
          const root = tempDir();
          writeFileSync(path.join(root, 'manifest.yaml'), 'name: x\n');
          let dir = root;
          for (let d = 0; d < depth; d++) {
            dir = path.join(dir, `d${d}`);
            mkdirSync(dir);
            for (let w = 0; w < width; w++) writeFileSync(path.join(dir, `f${w}`), 'x');
          }
          for (let l = 0; l < links; l++)
            symlinkSync(path.join('.', 'manifest.yaml'), path.join(root, `link${l}`));
          resolutions.count = 0;
          const selection = selectFiles(root, { boundary: root, maxSize: Number.POSITIVE_INFINITY });
          expect(selection.files.length).toBe(1 + depth * width + links);
          // The constructor resolves the root and the boundary; each link is resolved once.
          expect(resolutions.count).toBeLessThanOrEqual(2 + links);
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
