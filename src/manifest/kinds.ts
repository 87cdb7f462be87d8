import type { Finding } from '../core/finding.js';
import type { HttpClient } from '../io/http.js';
import { MANIFEST } from './plugin-types.js';

/**
 * A kind of configuration that `validate` discovers and checks beside Dify plugins: a directory
 * holding `marker`. Coze Studio plugs in here (src/coze/kind.ts); `manifest/` never imports it.
 */
export interface ConfigKind {
  /** `coze`: the `kind` of each validated entry. */
  id: string;
  /** The file that makes a directory one of these (`plugin_meta.yaml`). */
  marker: string;
  /** What the entry is called in reports (`coze-config`). */
  label: string;
  /** Check the configuration in `dir`; finding paths relative to `dir`. */
  check(dir: string, options: { probeServers?: boolean; http?: HttpClient }): Promise<Finding[]>;
}

/** The files that mark a directory for `validate`: a Dify manifest, or any registered kind's marker. */
export function rootMarkers(kinds: readonly ConfigKind[] = []): string[] {
  return [MANIFEST, ...kinds.map((k) => k.marker)];
}
