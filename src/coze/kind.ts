import type { ConfigKind } from '../manifest/kinds.js';
import { checkCozeConfig, PLUGIN_META } from './index.js';

/** Coze Studio built-in plugin configurations, as `validate` discovers them. */
export const cozeKind: ConfigKind = {
  id: 'coze',
  marker: PLUGIN_META,
  label: 'coze-config',
  check: (dir, options) => checkCozeConfig(dir, { probeServers: options.probeServers, http: options.http }),
};
