import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);

// src/core/defaults.ts
var DEFAULT_TIMEOUT_SECONDS = 600;
var DEFAULT_KEY_NAME = "dify_plugin_signing_key";

export {
  DEFAULT_TIMEOUT_SECONDS,
  DEFAULT_KEY_NAME
};
