import { UsageError } from '../core/errors.js';
import type { Location } from '../core/finding.js';
import { loadPlugin, MANIFEST } from '../manifest/plugin.js';
import { DirSource } from '../manifest/source.js';

/** What the test stage needs from the manifest. */
export interface PluginInfo {
  /** `meta.runner.version` as written (`"3.12"`), when present. */
  runnerVersion?: string;
  runnerVersionAt: Location;
}

/**
 * Read the manifest the way `validate` does (without the declarations: `test` does not judge them).
 * A directory without `manifest.yaml` is a usage error: it is not a plugin.
 */
export async function readPluginInfo(root: string, label: string, packaged: boolean): Promise<PluginInfo> {
  const plugin = await loadPlugin(new DirSource(root, label), { declarations: false });
  const at: Location = { file: MANIFEST };
  if (!plugin.usable) {
    if (plugin.findings.some((f) => f.code === 'DPR005')) {
      throw new UsageError(
        packaged
          ? `${label} has no ${MANIFEST}: it is not a Dify plugin package`
          : `${label} is not a Dify plugin: it has no ${MANIFEST}`,
        packaged
          ? 'Give a .difypkg built by `dify-plugin-release package` or `dify plugin package`.'
          : 'Give the plugin directory (the one holding manifest.yaml), or --packaged with a built .difypkg.',
      );
    }
    // A manifest `validate` rejects: the tests can still run; `validate` reports the manifest.
    return { runnerVersionAt: at };
  }
  const m = plugin.manifest;
  const raw = m.scalarText('/meta/runner/version');
  if (raw === undefined || raw === null || raw === '') return { runnerVersionAt: at };
  return {
    runnerVersion: String(raw),
    runnerVersionAt: { file: MANIFEST, ...m.locate('/meta/runner/version') },
  };
}
