import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);

// src/manifest/plugin-types.ts
var PLUGIN_KINDS = [
  "tools",
  "endpoints",
  "models",
  "agent_strategies",
  "datasources",
  "triggers"
];
var POSITION_TYPES = ["llm", "text_embedding", "tts", "speech2text", "moderation", "rerank"];
var MANIFEST = "manifest.yaml";

export {
  PLUGIN_KINDS,
  POSITION_TYPES,
  MANIFEST
};
