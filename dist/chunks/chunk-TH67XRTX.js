import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);

// src/testing/limits.ts
var MAX_TIMEOUT_SECONDS = 2147483;
var QUICK_TIMEOUT_MS = 6e4;
var TOP_UP_TIMEOUT_MS = 2 * 6e4;
function validTimeout(seconds) {
  return Number.isFinite(seconds) && seconds >= 0 && seconds <= MAX_TIMEOUT_SECONDS;
}

export {
  MAX_TIMEOUT_SECONDS,
  QUICK_TIMEOUT_MS,
  TOP_UP_TIMEOUT_MS,
  validTimeout
};
