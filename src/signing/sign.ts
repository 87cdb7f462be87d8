/**
 * Signing as the daemon's `signature sign` does it (dify-format.md §3.2, withkey/sign_with_key.go):
 * every entry rewritten in the input's order, `.verification.dify.json` appended last, and
 *
 *   data = SHA256(entry 1) ‖ … ‖ SHA256(entry n) ‖ SHA256(verification) ‖ ascii(unix time)
 *   signature = RSASSA-PKCS1-v1_5(SHA-256(data))
 *
 * stored in the zip comment as `{"signature":"<base64>","time":<t>}`. Re-signing replaces the
 * verification entry instead of appending a second one (which the daemon's signer would do).
 */
import { type KeyObject, sign as rsaSign } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { commit, ensureDir, outputFailure, tempPathFor } from '../io/files.js';
import { checksumOf } from '../package/checksum.js';
import { updateSums } from '../package/sums.js';
import type { PackItem } from '../zip/parallel-deflate.js';
import type { OpenPackage } from '../zip/reader.js';
import { type WrittenEntry, ZipWriter } from '../zip/writer.js';

import { assertSigningStrength } from './keys.js';
import { VERIFICATION_FILE } from './text.js';

export { VERIFICATION_FILE } from './text.js';

/** Entries up to this size are read whole and compressed in batches of about {@link BATCH_BYTES}. */
const BATCH_ENTRY = 1024 * 1024;
const BATCH_BYTES = 8 * 1024 * 1024;
export const CATEGORIES = ['langgenius', 'partner', 'community'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The verification record, byte-for-byte as Go's json.Marshal writes it. */
export function verificationJson(category: string): Buffer {
  return Buffer.from(JSON.stringify({ authorized_category: category }), 'utf8');
}

/** The bytes the signature covers: entry hashes in zip order, then the time in decimal. */
export function signedData(entryHashes: readonly Buffer[], time: number): Buffer {
  return Buffer.concat([...entryHashes, Buffer.from(String(time), 'ascii')]);
}

/** The zip comment of a signed package (keys in Go's map order: signature, time). */
export function signatureComment(signature: Buffer, time: number): string {
  return JSON.stringify({ signature: signature.toString('base64'), time });
}

/** The signed package's name: `<base>.signed<ext>` next to the input (Dify's), or in `outDir`. */
export function signedPath(input: string, outDir?: string): string {
  const base = path.basename(input);
  const ext = path.extname(base);
  const stem = base.slice(0, base.length - ext.length);
  const name = stem.endsWith('.signed') ? base : `${stem}.signed${ext}`;
  return path.join(outDir ?? path.dirname(input), name);
}

/** Whether two paths name the same file (the same real path, or the same inode through a hard link). */
function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false; // the target does not exist yet
  }
}

/** Accept a category case-insensitively, as the CLI does, and write it lower-case. */
export function parseCategory(value: string | undefined): Category {
  const v = (value ?? 'community').trim().toLowerCase();
  if ((CATEGORIES as readonly string[]).includes(v)) return v as Category;
  throw new UsageError(
    `category "${value}" is not one of ${CATEGORIES.join(', ')}`,
    'Pass --category community (or partner, or langgenius for official plugins).',
  );
}

/** The signing time: SOURCE_DATE_EPOCH when set (reproducible signatures), else now. */
export function signingTime(env: NodeJS.ProcessEnv = process.env): number {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && /^\d+$/.test(epoch)) return Number(epoch);
  return Math.floor(Date.now() / 1000);
}

export interface SignInput {
  pkg: OpenPackage;
  /** The package's path (for the output name). */
  file: string;
  key: KeyObject;
  /** Where the key came from, for messages (a path, `$VAR`, `input`). */
  keyOrigin?: string;
  /** Replace the input when the signed package would take its name (`X.signed.difypkg`). */
  force?: boolean;
  category: Category;
  outDir?: string;
  time?: number;
  /**
   * Checks the finished temporary file before it is renamed into place (the signature verified with
   * the key's public half); when it throws, nothing is written and SHA256SUMS is left alone.
   */
  check?: (temp: string) => Promise<void>;
}

export interface SignResult {
  path: string;
  size: number;
  sha256: string;
  /** Dify's checksum of the signed package (it includes the verification entry). */
  checksum: string;
  time: number;
  category: Category;
  /** The input was signed already; its verification entry was replaced. */
  resigned: boolean;
  entries: WrittenEntry[];
  sumsFile: string;
}

/**
 * Sign an open package into a new file (written to a temporary name, checked by `input.check`, then
 * renamed). The input package is closed once read.
 */
export async function signPackage(input: SignInput): Promise<SignResult> {
  assertSigningStrength(input.key, input.keyOrigin);
  const target = signedPath(input.file, input.outDir);
  if (!input.force && sameFile(target, input.file)) {
    throw new UsageError(
      `signing ${path.basename(input.file)} would overwrite it: the signed package's name is the input's (it is signed already)`,
      'Write the result elsewhere with -o DIR, or replace the input with --force (its previous signature is then lost).',
    );
  }
  ensureDir(path.dirname(target));
  const temp = tempPathFor(target);
  const time = input.time ?? signingTime();
  const writer = await ZipWriter.create(temp);
  let resigned = false;
  try {
    const hashes: Buffer[] = [];
    // Entries are rewritten in order: small ones in batches through the parallel compressor (no
    // stream and no zlib state to set up for each of thousands of tiny files), large ones streamed.
    // Loaded here: `verify` and `inspect` import this module and must not load the compressor.
    const { writeItems } = await import('../zip/parallel-deflate.js');
    let batch: PackItem[] = [];
    let batchBytes = 0;
    const flush = async () => {
      for (const w of await writeItems(writer, batch)) hashes.push(w.sha256);
      batch = [];
      batchBytes = 0;
    };
    for (const { name, size } of input.pkg.entries) {
      if (name === VERIFICATION_FILE) {
        resigned = true;
        continue;
      }
      if (size <= BATCH_ENTRY) {
        batch.push({ path: name, data: await input.pkg.read(name) });
        batchBytes += size;
        if (batchBytes >= BATCH_BYTES || batch.length >= 4096) await flush();
        continue;
      }
      await flush();
      const written = await writer.addStream(name, await input.pkg.stream(name));
      hashes.push(written.sha256);
    }
    await flush();
    const verification = await writer.addBuffer(VERIFICATION_FILE, verificationJson(input.category));
    hashes.push(verification.sha256);
    const signature = rsaSign('sha256', signedData(hashes, time), input.key);
    const done = await writer.finish(signatureComment(signature, time));
    await input.pkg.close();
    await input.check?.(temp);
    commit(temp, target);
    return {
      path: target,
      size: done.size,
      sha256: done.sha256,
      checksum: checksumOf(done.entries),
      time,
      category: input.category,
      resigned,
      entries: done.entries,
      sumsFile: updateSums(path.dirname(target), path.basename(target), done.sha256),
    };
  } catch (error) {
    await writer.abort();
    // Reading the input fails as a BadPackageError; a system error here is the output failing.
    throw outputFailure(error, target);
  }
}
