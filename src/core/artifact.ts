/**
 * The artifact every stage after `package` carries: the package file, its digest, its Dify
 * identifier and its signature state. Built once (src/artifact/read.ts) and re-checked by digest at
 * every later hop (release asset, marketplace PR, staging install, production upgrade).
 */
export type SignatureState = 'verified' | 'unsigned' | 'modified' | 'untrusted' | 'invalid';

export interface Artifact {
  /** Absolute path of the `.difypkg`. */
  path: string;
  /** SHA-256 of the file's bytes (lower-case hex): what release assets and SHA256SUMS record. */
  sha256: string;
  /** Size of the file in bytes. */
  size: number;
  author: string;
  name: string;
  version: string;
  /** The daemon's checksum: SHA-256 over the entries' hashes (the identifier's last part). */
  checksum: string;
  /** `author/name:version@checksum`, as the daemon names the package. */
  identifier: string;
  /** `author/name`, the plugin id installations are keyed by. */
  pluginId: string;
  signature: {
    state: SignatureState;
    /** One sentence: why. */
    reason: string;
    /** The authorized category (`community`, `partner`, `langgenius`) when signed. */
    category?: string;
    /** The key that made the signature, when known. */
    signer?: { fingerprint: string; official: boolean; origin: string };
    /** Unix seconds of signing. */
    time?: number;
  };
}
