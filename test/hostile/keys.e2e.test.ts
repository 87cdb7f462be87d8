/**
 * Small truths about keys: the hint for a key Dify cannot use must be a command that works (none
 * converts Ed25519 or EC to RSA), and signing refuses keys weaker than 2048 bits.
 */
import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { loadPrivateKey, loadPublicKey } from '../../src/signing/keys.js';
import { tempDir, writePlugin } from '../helpers/plugins.js';
import { runCliBounded } from './helpers.js';

function pem(type: 'ed25519' | 'ec'): { privateKey: string; publicKey: string } {
  return generateKeyPairSync(
    type as 'ed25519',
    {
      ...(type === 'ec' ? { namedCurve: 'P-256' } : {}),
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    } as never,
  ) as unknown as { privateKey: string; publicKey: string };
}

describe('hostile keys: hints that work', () => {
  for (const type of ['ed25519', 'ec'] as const) {
    it(`a PKCS#8 ${type} private key is named as such, with no openssl rsa command (which fails for it)`, () => {
      const error = (() => {
        try {
          loadPrivateKey({ text: pem(type).privateKey });
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).message).toMatch(
        type === 'ed25519' ? /an Ed25519 private key/ : /elliptic-curve/,
      );
      expect(`${(error as UsageError).message} ${(error as UsageError).fix}`).not.toMatch(/openssl rsa/);
      expect((error as UsageError).fix).toMatch(/keygen/);
    });

    it(`an SPKI ${type} public key is named as such, with no openssl rsa command`, () => {
      const error = (() => {
        try {
          loadPublicKey({ text: pem(type).publicKey });
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(UsageError);
      expect(`${(error as UsageError).message} ${(error as UsageError).fix}`).not.toMatch(/openssl rsa/);
    });
  }
});

describe('hostile keys: weak keys do not sign', () => {
  it('sign refuses a 1024-bit RSA key (it signed with a note), exit 2, nothing written', () => {
    const dir = tempDir();
    const built = runCliBounded(['package', writePlugin({ '.difyignore': '' }), '-o', dir]);
    expect(built.status).toBe(0);
    const { privateKey } = generateKeyPairSync('rsa', {
      modulusLength: 1024,
      privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
      publicKeyEncoding: { type: 'pkcs1', format: 'pem' },
    });
    writeFileSync(path.join(dir, 'weak.pem'), privateKey);
    const r = runCliBounded([
      'sign',
      path.join(dir, 'demo_tool-0.1.0.difypkg'),
      '--key',
      path.join(dir, 'weak.pem'),
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/1024-bit RSA key; signing needs at least 2048 bits/);
    expect(runCliBounded(['inspect', path.join(dir, 'demo_tool-0.1.0.signed.difypkg')]).status).not.toBe(0);
  });
});
