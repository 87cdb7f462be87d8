import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import "./chunk-V6G54X4G.js";

// src/coze/kind.ts
var cozeKind = {
  id: "coze",
  marker: "plugin_meta.yaml",
  label: "coze-config",
  check: async (dir, options) => (await import("./coze-AP5MUHCM.js")).checkCozeConfig(dir, {
    probeServers: options.probeServers,
    http: options.http
  })
};
export {
  cozeKind
};
