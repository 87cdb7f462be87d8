import { createPublicKey } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_KEY_NAME } from '../core/defaults.js';
import { UsageError } from '../core/errors.js';
import { display } from '../core/format.js';
import type { StageContext } from '../io/context.js';
import { ensureDir, writeAtomicFiles } from '../io/files.js';
import { fingerprint, generateKeyPairPem } from './keys.js';

export interface KeygenInput {
  /** Base name of the two files (Dify's default: dify_plugin_signing_key). */
  name?: string;
  outDir?: string;
  /** Replace existing key files. */
  force?: boolean;
  /** Key size; 4096 like Dify's. Tests use smaller keys for speed. */
  bits?: number;
}

export interface KeygenResult {
  privateKey: string;
  publicKey: string;
  fingerprint: string;
}

/**
 * `keygen`: an RSA-4096 key pair as Dify makes it, `<name>.private.pem` (mode 0600, never printed)
 * and `<name>.public.pem`, each exactly one PEM block with one final newline (what the daemon's
 * strict loader needs).
 */
export async function keygenStage(input: KeygenInput, ctx: StageContext): Promise<KeygenResult> {
  const name = input.name ?? DEFAULT_KEY_NAME;
  if (name === '' || name.includes('/') || name.includes('\\')) {
    throw new UsageError(
      `the key name "${name}" must be a plain file name`,
      'Choose the folder with the output directory option instead.',
    );
  }
  const dir = path.resolve(ctx.cwd, input.outDir ?? '.');
  const privatePath = path.join(dir, `${name}.private.pem`);
  const publicPath = path.join(dir, `${name}.public.pem`);
  for (const p of [privatePath, publicPath]) {
    if (existsSync(p) && !input.force) {
      throw new UsageError(
        `${display(ctx.cwd, p)} exists; refusing to overwrite a key`,
        'Choose another name, or force it if you really mean to replace it.',
      );
    }
  }
  ensureDir(dir);
  ctx.log(`generating an RSA-${input.bits ?? 4096} key pair…`);
  const { privatePem, publicPem } = await generateKeyPairPem(input.bits);
  // Both files are written to temporary names created with their final modes, then renamed: a
  // replaced key file never keeps the looser mode of the file it replaces, a failure leaves no
  // private key without its public half, and without force an existing file is never replaced.
  writeAtomicFiles(
    [
      { target: privatePath, data: privatePem, mode: 0o600 },
      { target: publicPath, data: publicPem, mode: 0o644 },
    ],
    { exclusive: !input.force },
  );
  return {
    privateKey: privatePath,
    publicKey: publicPath,
    fingerprint: fingerprint(createPublicKey(publicPem)),
  };
}
