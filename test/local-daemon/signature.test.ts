/**
 * Signatures on upload as the daemon enforces them (dify-format.md §3.4–3.5), with the signing
 * vectors: the official key always trusted, `--trusted-key` keys besides it, forced verification
 * (FORCE_VERIFYING_SIGNATURE) or `verify_signature=true` on one upload, the verification record
 * (`legacy` packages default to langgenius), a package modified after signing refused.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPrivateKey } from '../../src/signing/keys.js';
import { signPackage } from '../../src/signing/sign.js';
import { openPackage } from '../../src/zip/reader.js';
import { tempDir } from '../helpers/plugins.js';
import { skipNote, VECTORS } from '../helpers/shared.js';
import { buildPackage, daemonTarget, startTestDaemon } from '../helpers/targets.js';

/** Vendored vectors first (test/fixtures/vectors), then ../shared (or DPR_VECTORS) next to a developer checkout. */
const FIXTURES = path.resolve(__dirname, '../fixtures/vectors');
const DIR = existsSync(FIXTURES) ? FIXTURES : (process.env.DPR_VECTORS ?? VECTORS);
const hasVectors = existsSync(path.join(DIR, 'test_key_pair_1.public.pem'));
const v = (name: string) => path.join(DIR, name);
const REFUSED =
  'plugin verification has been enabled, and the plugin you want to install has a bad signature';

async function signWith(keyFile: string): Promise<string> {
  const pkg = await buildPackage();
  const out = tempDir('dpr-signed-');
  const input = path.join(out, path.basename(pkg.path));
  copyFileSync(pkg.path, input);
  const key = loadPrivateKey({ file: keyFile });
  const signed = await signPackage({
    pkg: await openPackage(input),
    file: input,
    key: key.key,
    category: 'community',
    outDir: out,
    time: 1_700_000_000,
  });
  return signed.path;
}

describe.skipIf(!hasVectors)(
  `signature enforcement with the vectors${skipNote('signing vectors', hasVectors)}`,
  () => {
    let signed1: string;
    beforeAll(async () => {
      signed1 = await signWith(v('test_key_pair_1.private.pem'));
    });

    it('verifies the official marketplace package with the embedded official key (legacy: category langgenius)', async () => {
      const target = daemonTarget(await startTestDaemon({ forceVerify: true }));
      const up = await target.upload(v('langgenius-agent_0.0.14.difypkg'));
      expect(up.identifier).toBe(
        'langgenius/agent:0.0.14@26958a0e80a10655ce73812bdb7c35a66ce7b16f5ac346d298bda17ff85efd1e',
      );
      expect(up.verified).toBe(true);
      expect(up.manifest.verified).toBe(true);
      expect(up.verification).toEqual({ authorized_category: 'langgenius' });
      const strategy = up.manifest.agent_strategy as { strategies: unknown[]; identity: { icon: string } };
      expect(strategy.strategies).toHaveLength(2);
      expect(strategy.identity.icon).toMatch(/^[0-9a-f]{64}\.svg$/);
    });

    it('refuses the unsigned vectors when verification is forced, and stores them unverified when it is not', async () => {
      const forced = daemonTarget(await startTestDaemon({ forceVerify: true }));
      for (const name of ['openai.difypkg', 'dummy_plugin.difypkg'])
        await expect(forced.upload(v(name))).rejects.toMatchObject({
          serverMessage: REFUSED,
          code: 'DPR1105',
        });
      const lax = daemonTarget(await startTestDaemon());
      const up = await lax.upload(v('openai.difypkg'));
      expect(up.identifier).toMatch(/@ee25cddb7264169044e305955abbf97eff0876a151ced2bf20c5907430ad5727$/);
      expect(up.verified).toBe(false);
      expect(up.verification).toBeNull();
      // verify_signature=true asks for verification on this one upload.
      await expect(lax.upload(v('dummy_plugin.difypkg'), { verifySignature: true })).rejects.toMatchObject({
        serverMessage: REFUSED,
      });
    });

    it('accepts a package signed with a trusted third-party key, with its category', async () => {
      const target = daemonTarget(
        await startTestDaemon({ forceVerify: true, trustedKeys: [v('test_key_pair_1.public.pem')] }),
      );
      const up = await target.upload(signed1);
      expect(up.verified).toBe(true);
      expect(up.verification).toEqual({ authorized_category: 'community' });
      // The official key stays trusted next to it.
      expect((await target.upload(v('langgenius-agent_0.0.14.difypkg'))).verified).toBe(true);
    });

    it('refuses a package signed with a key it does not trust, and one modified after signing', async () => {
      const other = daemonTarget(
        await startTestDaemon({ forceVerify: true, trustedKeys: [v('test_key_pair_2.public.pem')] }),
      );
      await expect(other.upload(signed1)).rejects.toMatchObject({ serverMessage: REFUSED });
      const trusting = daemonTarget(
        await startTestDaemon({ forceVerify: true, trustedKeys: [v('test_key_pair_1.public.pem')] }),
      );
      // Flip one byte of the comment's signature: the zip stays readable, the signature no longer verifies.
      const bytes = readFileSync(signed1);
      const at = bytes.lastIndexOf(Buffer.from('"signature":"')) + 13;
      bytes[at] = bytes[at] === 0x41 ? 0x42 : 0x41;
      const tampered = path.join(tempDir('dpr-tampered-'), 'tampered.difypkg');
      writeFileSync(tampered, bytes);
      await expect(trusting.upload(tampered)).rejects.toMatchObject({
        serverMessage: REFUSED,
        code: 'DPR1105',
      });
    });

    it('refuses to start with a trusted key that is not a PKCS#1 public key', async () => {
      await expect(startTestDaemon({ trustedKeys: [v('test_key_pair_1.private.pem')] })).rejects.toThrow(
        /private key/,
      );
    });
  },
);
