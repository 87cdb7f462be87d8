import { lstatSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import type { Location } from '../core/finding.js';
import { LIMITS } from '../core/limits.js';
import { readRegularFile } from '../io/read.js';
import { parseYamlBytes } from '../yaml/parse-bytes.js';

/** The manifest's file name (as manifest/plugin.ts has it; not imported: that module brings the schemas). */
const MANIFEST = 'manifest.yaml';

/** What the test stage needs from the manifest. */
export interface PluginInfo {
  /** `meta.runner.version` as written (`"3.12"`), when present. */
  runnerVersion?: string;
  runnerVersionAt: Location;
}

/**
 * `meta.runner.version` from the manifest, read as `validate` reads YAML (the same reader), without
 * judging the manifest: `test` does not need the schemas (and does not pay for loading them). A
 * directory without `manifest.yaml` is a usage error: it is not a plugin. A manifest that cannot be
 * read or parsed leaves the version unknown: the tests still run, and `validate` reports it.
 */
export async function readPluginInfo(root: string, label: string, packaged: boolean): Promise<PluginInfo> {
  const at: Location = { file: MANIFEST };
  const file = path.join(root, MANIFEST);
  try {
    lstatSync(file);
  } catch {
    throw new UsageError(
      packaged
        ? `${label} has no ${MANIFEST}: it is not a Dify plugin package`
        : `${label} is not a Dify plugin: it has no ${MANIFEST}`,
      packaged
        ? 'Give a .difypkg built by `dify-plugin-release package` or `dify plugin package`.'
        : 'Give the plugin directory (the one holding manifest.yaml), or --packaged with a built .difypkg.',
    );
  }
  let bytes: Buffer;
  try {
    bytes = readRegularFile(file, { maxBytes: LIMITS.maxYamlBytes, root });
  } catch {
    return { runnerVersionAt: at };
  }
  const manifest = parseYamlBytes(MANIFEST, bytes);
  if (manifest.problems.length > 0) return { runnerVersionAt: at };
  const raw = manifest.scalarText('/meta/runner/version');
  if (raw === undefined || raw === '') return { runnerVersionAt: at };
  return {
    runnerVersion: raw,
    runnerVersionAt: { file: MANIFEST, ...manifest.locate('/meta/runner/version') },
  };
}
