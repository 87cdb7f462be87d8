import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);

// src/artifact/json.ts
function artifactJson(a) {
  return {
    path: a.path,
    sha256: a.sha256,
    size: a.size,
    identifier: a.identifier,
    checksum: a.checksum,
    pluginId: a.pluginId,
    version: a.version,
    signature: {
      state: a.signature.state,
      reason: a.signature.reason,
      category: a.signature.category ?? null,
      fingerprint: a.signature.signer?.fingerprint ?? null,
      official: a.signature.signer?.official ?? null
    }
  };
}

export {
  artifactJson
};
