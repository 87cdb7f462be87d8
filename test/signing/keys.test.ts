import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keygenCommand } from '../../src/commands/keygen.js';
import { UsageError } from '../../src/core/errors.js';
import { fingerprint, loadPrivateKey, loadPublicKey } from '../../src/signing/keys.js';
import { OFFICIAL_PUBLIC_KEY } from '../../src/signing/official-key.js';
import { officialKey } from '../../src/signing/verify.js';
import { tempDir } from '../helpers/plugins.js';
import { runCommand } from '../helpers/stage.js';
import { VECTORS } from '../package/zip-util.js';

/** A small key pair for speed (the loaders check the format, not the size). */
const pair = generateKeyPairSync('rsa', {
  modulusLength: 1024,
  publicKeyEncoding: { type: 'pkcs1', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
});

describe('keys: what CI secret stores do to PEM text is undone', () => {
  const body = pair.privateKey;
  const expected = fingerprint(createPublicKey(pair.publicKey));
  const variants: [string, string][] = [
    ['as written', body],
    ['CRLF line ends', body.replace(/\n/g, '\r\n')],
    ['surrounding white space', `\n\n   ${body}  \n\n`],
    ['no final newline', body.trimEnd()],
    ['newlines written as \\n', body.trimEnd().replace(/\n/g, '\\n')],
    ['newlines turned into spaces', body.trimEnd().replace(/\n/g, ' ')],
    ['base64 of the whole PEM', Buffer.from(body).toString('base64')],
  ];
  for (const [what, text] of variants) {
    it(`reads a private key with ${what}, from an environment variable`, () => {
      const key = loadPrivateKey({ env: 'DPR_TEST_KEY' }, { DPR_TEST_KEY: text });
      expect(key.fingerprint).toBe(expected);
      expect(key.origin).toBe('$DPR_TEST_KEY');
    });
  }

  it('reads the official key and the vectors’ test keys', () => {
    expect(officialKey().bits).toBe(4096);
    expect(loadPublicKey({ text: OFFICIAL_PUBLIC_KEY }).fingerprint).toBe(officialKey().fingerprint);
    const priv = loadPrivateKey({ file: path.join(VECTORS, 'test_key_pair_1.private.pem') });
    const pub = loadPublicKey({ file: path.join(VECTORS, 'test_key_pair_1.public.pem') });
    expect(priv.fingerprint).toBe(pub.fingerprint);
    // The key built into the tool is the daemon's own official key, byte for byte in meaning.
    expect(loadPublicKey({ file: path.join(VECTORS, 'official.public.pem') }).fingerprint).toBe(
      officialKey().fingerprint,
    );
  });

  it('refuses a PKCS#8 private key, saying how to convert it, without printing it', () => {
    const pkcs8 = createPrivateKey(pair.privateKey).export({ type: 'pkcs8', format: 'pem' }) as string;
    const error = (() => {
      try {
        loadPrivateKey({ env: 'K' }, { K: pkcs8 });
      } catch (e) {
        return e as UsageError;
      }
    })();
    expect(error).toBeInstanceOf(UsageError);
    expect(error?.exitCode).toBe(2);
    expect(error?.message).toMatch(/PKCS#8/);
    expect(error?.fix).toMatch(/openssl rsa -in .* -traditional/);
    const keyLine = pkcs8.split('\n')[1]!;
    expect(`${error?.message} ${error?.fix}`).not.toContain(keyLine);
  });

  it('refuses an SPKI public key, saying how to convert it', () => {
    const spki = createPublicKey(pair.publicKey).export({ type: 'spki', format: 'pem' }) as string;
    expect(() => loadPublicKey({ text: spki })).toThrow(/SPKI/);
    try {
      loadPublicKey({ text: spki });
    } catch (e) {
      expect((e as UsageError).fix).toContain('-RSAPublicKey_out');
    }
  });

  it('refuses the wrong half, encrypted keys, other key types and garbage', () => {
    expect(() => loadPrivateKey({ text: pair.publicKey })).toThrow(
      /public key; signing needs the private key/,
    );
    expect(() => loadPublicKey({ text: pair.privateKey })).toThrow(/is a private key/);
    const encrypted = createPrivateKey(pair.privateKey).export({
      type: 'pkcs8',
      format: 'pem',
      cipher: 'aes-256-cbc',
      passphrase: 'x',
    }) as string;
    expect(() => loadPrivateKey({ text: encrypted })).toThrow(/encrypted/);
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
      type: 'sec1',
      format: 'pem',
    }) as string;
    expect(() => loadPrivateKey({ text: ec })).toThrow(/EC PRIVATE KEY/);
    expect(() => loadPrivateKey({ text: 'hello' })).toThrow(/does not hold a PEM key/);
    expect(() => loadPrivateKey({ env: 'NOPE' }, {})).toThrow(/NOPE is not set/);
    expect(() => loadPrivateKey({ file: '/nonexistent/key.pem' })).toThrow(/cannot read the key file/);
  });

  it('warns when a public key file is one the daemon’s strict loader would refuse', () => {
    const dir = tempDir();
    const good = path.join(dir, 'good.pem');
    const blank = path.join(dir, 'blank.pem');
    const indented = path.join(dir, 'indented.pem');
    writeFileSync(good, pair.publicKey);
    writeFileSync(blank, `${pair.publicKey}\n`);
    writeFileSync(indented, `  ${pair.publicKey}`);
    expect(loadPublicKey({ file: good }).daemonProblem).toBeUndefined();
    expect(loadPublicKey({ file: path.join(dir, 'good.pem') }).daemonProblem).toBeUndefined();
    expect(loadPublicKey({ file: blank }).daemonProblem).toMatch(/extra data included in the PEM block/);
    expect(loadPublicKey({ file: indented }).daemonProblem).toMatch(/start of a line/);
    writeFileSync(good, pair.publicKey.trimEnd());
    expect(loadPublicKey({ file: good }).daemonProblem).toBeUndefined();
  });
});

describe('keygen', () => {
  it('writes a PKCS#1 pair, the private key 0600, never printed, and refuses to overwrite it', async () => {
    const dir = tempDir();
    const outcome = await runCommand(keygenCommand, { name: 'team', bits: 2048 }, { cwd: dir });
    const reporter = outcome.reporter;
    expect(outcome.exitCode).toBe(0);
    const priv = readFileSync(path.join(dir, 'team.private.pem'), 'utf8');
    const pub = readFileSync(path.join(dir, 'team.public.pem'), 'utf8');
    expect(priv.startsWith('-----BEGIN RSA PRIVATE KEY-----\n')).toBe(true);
    expect(pub.startsWith('-----BEGIN RSA PUBLIC KEY-----\n')).toBe(true);
    expect(pub.endsWith('-----END RSA PUBLIC KEY-----\n')).toBe(true);
    expect(statSync(path.join(dir, 'team.private.pem')).mode & 0o777).toBe(0o600);
    expect(loadPublicKey({ file: path.join(dir, 'team.public.pem') }).daemonProblem).toBeUndefined();
    expect(loadPrivateKey({ file: path.join(dir, 'team.private.pem') }).fingerprint).toBe(
      outcome.outputs.fingerprint,
    );
    expect(reporter.text).not.toContain(priv.split('\n')[2]!);

    const again = await runCommand(keygenCommand, { name: 'team', bits: 2048 }, { cwd: dir });
    expect(again.exitCode).toBe(2);
    expect(readFileSync(path.join(dir, 'team.private.pem'), 'utf8')).toBe(priv);
  });

  it('makes 4096-bit keys by default, as Dify does', async () => {
    const dir = tempDir();
    await runCommand(keygenCommand, {}, { cwd: dir });
    const key = loadPrivateKey({ file: path.join(dir, 'dify_plugin_signing_key.private.pem') });
    expect(key.bits).toBe(4096);
  });
});
