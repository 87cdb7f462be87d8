import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);

// src/signing/text.ts
var VERIFICATION_FILE = ".verification.dify.json";
function short(fingerprint) {
  return `SHA256:${fingerprint.slice(0, 16)}`;
}
function categoryText(result) {
  if (result.category === void 0) return "-";
  if (result.categorySource === "legacy-default") return `${result.category} (legacy default)`;
  return result.category === "" ? `none (${VERIFICATION_FILE} has no authorized_category)` : result.category;
}

export {
  VERIFICATION_FILE,
  short,
  categoryText
};
