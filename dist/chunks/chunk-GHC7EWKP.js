import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);

// src/config/empty.ts
function emptyConfig(root) {
  return { root, values: /* @__PURE__ */ new Map(), overrides: [], environments: {} };
}

export {
  emptyConfig
};
