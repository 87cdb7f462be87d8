import type { ConfigKind } from '../manifest/kinds.js';

/**
 * Coze Studio built-in plugin configurations, as `validate` discovers them. The checker (with its
 * OpenAPI schemas) loads only when a configuration is found.
 */
export const cozeKind: ConfigKind = {
  id: 'coze',
  marker: 'plugin_meta.yaml',
  label: 'coze-config',
  check: async (dir, options) =>
    (await import('./index.js')).checkCozeConfig(dir, {
      probeServers: options.probeServers,
      http: options.http,
    }),
};
