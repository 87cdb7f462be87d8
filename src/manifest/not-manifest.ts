// Recognising a manifest.yaml that is not a Dify plugin manifest at all.
import { finding } from '../core/codes.js';
import type { Finding } from '../core/finding.js';
import type { YamlFile } from '../yaml/yaml-file.js';
import { MANIFEST } from './plugin-types.js';

/**
 * One clear finding when `manifest.yaml` is not a Dify plugin manifest at all (a Kubernetes manifest,
 * a bundle, a Coze config), instead of a cascade of schema errors.
 */
export function notADifyManifest(manifest: YamlFile): Finding | undefined {
  const value = manifest.value;
  const at = { file: MANIFEST, line: 1, column: 1 };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return finding('DPR006', `${MANIFEST} is not a Dify plugin manifest: it is not a mapping of keys`, {
      ...at,
      fix: 'A Dify manifest starts with keys such as version, type: plugin, author, name, plugins and meta.',
    });
  }
  const v = value as Record<string, unknown>;
  if (v.type === 'bundle') {
    return finding('DPR006', `${MANIFEST} is a Dify bundle manifest, not a plugin manifest`, {
      ...manifest.locate('/type'),
      fix: 'Check bundles with `dify-plugin-release bundle`.',
    });
  }
  const hallmarks = ['plugins', 'meta', 'resource', 'created_at', 'label', 'icon'].filter(
    (k) => k in v,
  ).length;
  if (v.type !== 'plugin' && hallmarks < 2) {
    const keys = Object.keys(v).slice(0, 5).join(', ');
    return finding('DPR006', `${MANIFEST} is not a Dify plugin manifest (its keys: ${keys || 'none'})`, {
      ...at,
      fix: 'A Dify manifest has `type: plugin` with plugins, meta and resource; if this directory is not a plugin, validate its parent or another path.',
    });
  }
  return undefined;
}
