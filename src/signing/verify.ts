/**
 * Verification as the daemon does it (dify-format.md §3.4, decoder/verifier.go): the zip comment's
 * `signature` and `time`, the SHA-256 of every entry in zip order (the verification entry included),
 * the time in decimal, RSASSA-PKCS1-v1_5 with SHA-256 against each trusted key. When no key verifies,
 * the signature is opened with each trusted key to tell "modified after signing" (a trusted key made
 * it, over other bytes) from "signed by a key that is not trusted".
 */
import { constants, createHash, publicDecrypt, verify as rsaVerify } from 'node:crypto';
import { entryHashes } from '../package/checksum.js';
import type { OpenPackage } from '../zip/reader.js';
import { type LoadedKey, loadPublicKey } from './keys.js';
import { OFFICIAL_PUBLIC_KEY } from './official-key.js';
import { signedData, VERIFICATION_FILE } from './sign.js';
import { NOT_SIGNED, short } from './text.js';

export { categoryText, short } from './text.js';

export type SignatureStatus = 'verified' | 'unsigned' | 'modified' | 'untrusted' | 'invalid';

export interface TrustedKey extends LoadedKey {
  official: boolean;
}

export interface VerifyResult {
  status: SignatureStatus;
  /** One sentence: why. */
  reason: string;
  /** The key that made the signature (verified, or modified after signing). */
  signer?: TrustedKey;
  /** Unix seconds from the comment. */
  time?: number;
  /**
   * `authorized_category` from the verification entry (`""` when the entry has none, as Go reads
   * `{}` or `null`); `langgenius` for legacy packages without the entry.
   */
  category?: string;
  /** Where the category comes from: the entry, or the daemon's legacy default. */
  categorySource?: 'entry' | 'legacy-default';
  /** The keys tried. */
  keys: TrustedKey[];
  /** SHA-256 of each entry in zip order (reused for the checksum). */
  hashes: { name: string; sha256: Buffer }[];
}

/** The official key, loaded once. */
export function officialKey(): TrustedKey {
  return {
    ...loadPublicKey({ text: OFFICIAL_PUBLIC_KEY }, {}),
    origin: 'the official Dify key',
    official: true,
  };
}

/** DER prefix of a SHA-256 DigestInfo inside a PKCS#1 v1.5 signature block. */
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

/** Verify an open package against trusted keys. Never throws for a bad signature: it says why. */
export async function verifyPackage(pkg: OpenPackage, keys: readonly TrustedKey[]): Promise<VerifyResult> {
  const hashes = await entryHashes(pkg);
  const base = { keys: [...keys], hashes };
  const comment = parseComment(pkg.comment);
  if (comment.kind === 'none') {
    return { ...base, status: 'unsigned', reason: NOT_SIGNED };
  }
  if (comment.kind === 'bad') return { ...base, status: 'unsigned', reason: comment.reason };
  const { signature, time } = comment;
  if (pkg.directories.length > 0) {
    return {
      ...base,
      time,
      status: 'invalid',
      reason: `the package has directory entries (${pkg.directories[0]}…), which the daemon cannot read, so it cannot verify it`,
    };
  }
  let category: string | undefined;
  let categorySource: VerifyResult['categorySource'];
  if (pkg.entries.some((e) => e.name === VERIFICATION_FILE)) {
    const parsed = parseVerification(await pkg.read(VERIFICATION_FILE));
    if (parsed === undefined) {
      return {
        ...base,
        time,
        status: 'invalid',
        reason: `${VERIFICATION_FILE} is not valid JSON of the daemon's shape, so the daemon treats the package as unverified`,
      };
    }
    // The daemon keeps a present entry as parsed: `{}` or `null` is a record with category "".
    category = parsed ?? '';
    categorySource = 'entry';
  }
  const data = signedData(
    hashes.map((h) => h.sha256),
    time,
  );
  for (const key of keys) {
    if (rsaVerify('sha256', data, key.key, signature)) {
      if (categorySource === undefined) {
        // Only a verified package without the entry gets the daemon's legacy default.
        category = 'langgenius';
        categorySource = 'legacy-default';
      }
      return {
        ...base,
        status: 'verified',
        reason: `signed by ${key.origin}`,
        signer: key,
        time,
        category,
        categorySource,
      };
    }
  }
  const digest = createHash('sha256').update(data).digest();
  for (const key of keys) {
    const recovered = recoverDigest(key, signature);
    if (recovered && !recovered.equals(digest)) {
      return {
        ...base,
        status: 'modified',
        reason: `signed by ${key.origin}, but modified after signing: an entry was changed, added or removed, or the signing time was edited`,
        signer: key,
        time,
        category,
        categorySource,
      };
    }
  }
  return {
    ...base,
    status: 'untrusted',
    reason: `signed by a key that is not trusted here (tried: ${keys.map((k) => `${k.origin} ${short(k.fingerprint)}`).join(', ')})`,
    time,
    category,
    categorySource,
  };
}

/** The SHA-256 digest a PKCS#1 v1.5 signature carries, when `key` made it; `undefined` otherwise. */
export function recoverDigest(key: TrustedKey, signature: Buffer): Buffer | undefined {
  try {
    const block = publicDecrypt({ key: key.key, padding: constants.RSA_PKCS1_PADDING }, signature);
    if (block.length !== SHA256_DIGEST_INFO.length + 32) return undefined;
    if (!block.subarray(0, SHA256_DIGEST_INFO.length).equals(SHA256_DIGEST_INFO)) return undefined;
    return block.subarray(SHA256_DIGEST_INFO.length);
  } catch {
    return undefined;
  }
}

type Comment =
  | { kind: 'none' }
  | { kind: 'bad'; reason: string }
  | { kind: 'ok'; signature: Buffer; time: number };

/** The comment as Go's json.Unmarshal into {Signature string; Time int64} reads it. */
function parseComment(text: string): Comment {
  if (text.trim() === '') return { kind: 'none' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {
      kind: 'bad',
      reason: 'the zip comment is not a signature (not JSON), so the package counts as unsigned',
    };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return {
      kind: 'bad',
      reason: 'the zip comment is not a signature object, so the package counts as unsigned',
    };
  }
  const { signature, time } = value as Record<string, unknown>;
  if (signature !== undefined && typeof signature !== 'string') {
    return { kind: 'bad', reason: 'the signature in the zip comment is not a string' };
  }
  if (time !== undefined && !(typeof time === 'number' && Number.isInteger(time))) {
    return { kind: 'bad', reason: 'the time in the zip comment is not a whole number of seconds' };
  }
  if (!signature)
    return { kind: 'bad', reason: 'the zip comment has no signature, so the package counts as unsigned' };
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(signature) || signature.length % 4 !== 0) {
    return { kind: 'bad', reason: 'the signature in the zip comment is not valid base64' };
  }
  return { kind: 'ok', signature: Buffer.from(signature, 'base64'), time: (time as number | undefined) ?? 0 };
}

/**
 * The category, `null` when the entry has none (`{}`, `null`, a null field: Go leaves it ""),
 * `undefined` when the daemon would fail to parse the entry.
 */
function parseVerification(bytes: Buffer): string | null | undefined {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
  if (value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) return undefined;
  const category = (value as Record<string, unknown>).authorized_category;
  if (category === undefined || category === null) return null;
  return typeof category === 'string' ? category : undefined;
}

/** A verification category for people: the legacy default and an empty category said as such. */

/** How to make a daemon trust a third-party key, without turning verification off. */
export const DAEMON_TRUST =
  'On the daemon: THIRD_PARTY_SIGNATURE_VERIFICATION_ENABLED=true and THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS=/app/storage/public_keys/<name>.public.pem (comma-separated; restart with docker compose down/up).';
