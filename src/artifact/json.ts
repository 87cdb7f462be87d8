import type { Artifact } from '../core/artifact.js';

/** The artifact as `--json` and outputs show it. */
export function artifactJson(a: Artifact): Record<string, unknown> {
  return {
    path: a.path,
    sha256: a.sha256,
    size: a.size,
    identifier: a.identifier,
    checksum: a.checksum,
    pluginId: a.pluginId,
    version: a.version,
    signature: {
      state: a.signature.state,
      reason: a.signature.reason,
      category: a.signature.category ?? null,
      fingerprint: a.signature.signer?.fingerprint ?? null,
      official: a.signature.signer?.official ?? null,
    },
  };
}
