// The package stage's inputs and outputs on disk: the plugin's manifest read safely, the --max-size
// limit, where the package goes (-o), and the output files never packaged themselves.
import { statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { LIMITS } from '../core/limits.js';
import { tempNamePattern } from '../io/files.js';
import { FileReadError, readRegularFile } from '../io/read.js';
import { MANIFEST } from '../manifest/plugin-types.js';
import { DEFAULT_MAX_SIZE } from '../selection/select.js';
import { SUMS_FILE, SUMS_LOCK } from './sums.js';

/**
 * `-o DIR` is a directory; `-o out/x.difypkg` (a name ending in .difypkg that is not an existing
 * directory) is the package file itself, as the Dify CLI's `--output_path` takes it.
 */
export function resolveOutput(full: string): { dir: string; file?: string } {
  if (!full.toLowerCase().endsWith('.difypkg')) return { dir: full };
  try {
    if (statSync(full).isDirectory()) return { dir: full };
  } catch {
    // Not there yet: the file to write.
  }
  return { dir: path.dirname(full), file: path.basename(full) };
}

export function readManifest(root: string, label: string): Buffer {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(root);
  } catch {
    throw new UsageError(
      `${label} does not exist`,
      'Pass the plugin directory (the folder holding manifest.yaml).',
    );
  }
  if (!stats.isDirectory()) {
    throw new UsageError(
      `${label} is a file; package takes a plugin directory`,
      root.endsWith('.difypkg') ? 'To look inside a package, run `dify-plugin-release inspect`.' : undefined,
    );
  }
  try {
    // Through the one reader, before anything else reads it: a named pipe must not hang us, nor a
    // link to /dev/zero grow without end. Its size is capped as any declaration's.
    return readRegularFile(path.join(root, MANIFEST), { maxBytes: LIMITS.maxYamlBytes, label: MANIFEST });
  } catch (error) {
    if (error instanceof FileReadError && error.reason === 'missing') {
      throw new UsageError(
        `no manifest.yaml in ${label}: it is not a Dify plugin directory`,
        'Pass the plugin directory (the folder holding manifest.yaml).',
      );
    }
    // Refused or unreadable: the selection and validation report why (DPR407, DPR005) with the rest.
    return Buffer.alloc(0);
  }
}

export function maxSizeBytes(mib: number | undefined): number {
  if (mib === undefined) return DEFAULT_MAX_SIZE;
  if (!Number.isFinite(mib) || mib <= 0) {
    throw new UsageError(`--max-size must be a positive number of MiB, not ${mib}`);
  }
  return Math.floor(mib * 1024 * 1024);
}

/**
 * The package and SHA256SUMS, when they are written inside the plugin, and our own temporary files
 * beside them (left by a run killed outright): never packaged themselves.
 */
export function outputsInside(
  root: string,
  outDir: string,
  name: string | undefined,
  version: string | undefined,
  baseName: (name: string | undefined, version: string | undefined) => string,
): (string | RegExp)[] {
  const rel = path.relative(root, outDir);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return [];
  const prefix = rel ? `${rel.split(path.sep).join('/')}/` : '';
  // This run's package, and the others `package` writes for this version (plain and offline).
  const bases = [...new Set([baseName(name, version), `${name}-${version}`])];
  const files = [
    SUMS_FILE,
    ...(name && version ? bases.flatMap((b) => [`${b}.difypkg`, `${b}.signed.difypkg`]) : []),
  ];
  const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const escaped = esc(prefix);
  return [
    ...files.map((f) => `${prefix}${f}`),
    `${prefix}${SUMS_LOCK}`,
    new RegExp(`^${escaped}(?:${files.map(tempNamePattern).join('|')})$`),
    ...(name && version
      ? [
          new RegExp(
            `^${escaped}${esc(`${name}-${version}`)}-offline-[a-z0-9]+-[a-z0-9]+(?:\\.signed)?\\.difypkg$`,
          ),
        ]
      : []),
  ];
}
