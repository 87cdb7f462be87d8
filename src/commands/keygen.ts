import { createPublicKey } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { display } from '../core/format.js';
import { ensureDir, writeAtomicFiles } from '../io/files.js';
import type { Reporter } from '../report/index.js';
import { fingerprint, generateKeyPairPem } from '../signing/keys.js';
import { short } from '../signing/verify.js';
import { type CommandOutcome, guarded } from './outcome.js';

export interface KeygenInput {
  /** Base name of the two files (Dify's default: dify_plugin_signing_key). */
  name?: string;
  outDir?: string;
  /** Replace existing key files. */
  force?: boolean;
  cwd?: string;
  /** Key size; 4096 like Dify's. Tests use smaller keys for speed. */
  bits?: number;
}

import { DEFAULT_KEY_NAME } from '../core/defaults.js';

export { DEFAULT_KEY_NAME };

/**
 * `keygen`: an RSA-4096 key pair as Dify makes it, `<name>.private.pem` (mode 0600, never printed)
 * and `<name>.public.pem`, each exactly one PEM block with one final newline (what the daemon's
 * strict loader needs).
 */
export function keygenCommand(input: KeygenInput, reporter: Reporter): Promise<CommandOutcome> {
  return guarded(reporter, async (): Promise<CommandOutcome> => {
    const cwd = input.cwd ?? process.cwd();
    const name = input.name ?? DEFAULT_KEY_NAME;
    if (name === '' || name.includes('/') || name.includes('\\')) {
      throw new UsageError(
        `--name "${name}" must be a plain file name`,
        'Use --output DIR to choose the folder.',
      );
    }
    const dir = path.resolve(cwd, input.outDir ?? '.');
    const privatePath = path.join(dir, `${name}.private.pem`);
    const publicPath = path.join(dir, `${name}.public.pem`);
    for (const p of [privatePath, publicPath]) {
      if (existsSync(p) && !input.force) {
        throw new UsageError(
          `${display(cwd, p)} exists; refusing to overwrite a key`,
          'Choose another --name, or pass --force if you really mean to replace it.',
        );
      }
    }
    ensureDir(dir);
    reporter.info(`generating an RSA-${input.bits ?? 4096} key pair…`);
    const { privatePem, publicPem } = await generateKeyPairPem(input.bits);
    // Both files are written to temporary names created with their final modes, then renamed: a
    // replaced key file never keeps the looser mode of the file it replaces (writeFileSync's mode
    // applies only on create), a failure leaves no private key without its public half, and without
    // --force an existing file is never replaced, even one made meanwhile.
    writeAtomicFiles(
      [
        { target: privatePath, data: privatePem, mode: 0o600 },
        { target: publicPath, data: publicPem, mode: 0o644 },
      ],
      { exclusive: !input.force },
    );
    const print = createPublicKey(publicPem);
    const fp = fingerprint(print);
    const shownPrivate = display(cwd, privatePath);
    const shownPublic = display(cwd, publicPath);
    await reporter.report({
      command: 'keygen',
      findings: [],
      headline: `key pair ${short(fp)} written`,
      summary: { privateKey: privatePath, publicKey: publicPath, fingerprint: fp },
      tables: [
        {
          title: 'Key pair',
          header: ['', 'value'],
          rows: [
            ['private key', `${shownPrivate} (mode 0600: keep it secret, e.g. a CI secret; never commit it)`],
            ['public key', `${shownPublic} (give it to the daemons that must trust your plugins)`],
            ['fingerprint', fp],
            ['sign', `dify-plugin-release sign PKG --key ${shownPrivate}`],
            [
              'trust',
              `copy ${path.basename(publicPath)} to docker/volumes/plugin_daemon/public_keys/ and set THIRD_PARTY_SIGNATURE_VERIFICATION_ENABLED=true, THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS=/app/storage/public_keys/${path.basename(publicPath)}`,
            ],
          ],
        },
      ],
    });
    return {
      exitCode: 0,
      outputs: { 'private-key': privatePath, 'public-key': publicPath, fingerprint: fp },
    };
  });
}
