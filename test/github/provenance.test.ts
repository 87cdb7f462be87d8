/**
 * `verify --provenance`: a Sigstore bundle checked offline against the package's sha256. Bundles are
 * made here as actions/attest makes them (a DSSE envelope over an in-toto statement, signed with an
 * ECDSA P-256 key whose certificate rides in the bundle); the certificate comes from openssl.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, createPrivateKey, sign } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { signCommand } from '../../src/commands/sign.js';
import { verifyCommand } from '../../src/commands/verify.js';
import { checkBundle, paeOf } from '../../src/github/provenance.js';
import { generateKeyPairPem } from '../../src/signing/keys.js';
import { tempDir } from '../helpers/plugins.js';
import { runCommand } from '../helpers/stage.js';
import { buildPackage } from './helpers.js';

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

/** An EC key and a self-signed certificate naming a workflow, as Fulcio's would. */
function signer(dir: string) {
  const key = path.join(dir, 'ec.pem');
  const cert = path.join(dir, 'cert.der');
  execFileSync('openssl', ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', key]);
  execFileSync('openssl', [
    'req',
    '-new',
    '-x509',
    '-key',
    key,
    '-days',
    '1',
    '-subj',
    '/O=sigstore.dev',
    '-outform',
    'DER',
    '-out',
    cert,
    '-addext',
    'subjectAltName=URI:https://github.com/acme/demo-tool/.github/workflows/release.yml@refs/tags/v0.1.0',
  ]);
  return { key: createPrivateKey(readFileSync(key)), cert: readFileSync(cert) };
}

function bundle(s: ReturnType<typeof signer>, subjects: { name: string; sha256: string }[], tamper = false) {
  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: subjects.map((x) => ({ name: x.name, digest: { sha256: x.sha256 } })),
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: { buildDefinition: { buildType: 'https://actions.github.io/buildtypes/workflow/v1' } },
  };
  const payload = Buffer.from(JSON.stringify(statement));
  const sig = sign('sha256', paeOf('application/vnd.in-toto+json', payload), s.key);
  const sent = tamper ? Buffer.from(JSON.stringify({ ...statement, predicate: {} })) : payload;
  return JSON.stringify({
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: { certificate: { rawBytes: s.cert.toString('base64') }, tlogEntries: [] },
    dsseEnvelope: {
      payload: sent.toString('base64'),
      payloadType: 'application/vnd.in-toto+json',
      signatures: [{ sig: sig.toString('base64'), keyid: '' }],
    },
  });
}

describe.skipIf(!hasOpenssl)('verify --provenance', () => {
  it('a bundle for the package’s digest verifies offline, and says what it could not check', async () => {
    const dir = tempDir();
    const pkg = await buildPackage();
    const { privatePem, publicPem } = await generateKeyPairPem(2048);
    writeFileSync(path.join(dir, 'k.private.pem'), privatePem);
    writeFileSync(path.join(dir, 'k.public.pem'), publicPem);
    const signed = await runCommand(
      signCommand,
      { package: pkg, key: path.join(dir, 'k.private.pem') },
      { cwd: dir },
    );
    const file = signed.outputs.path!;
    const digest = createHash('sha256').update(readFileSync(file)).digest('hex');
    const s = signer(dir);
    const good = path.join(dir, 'good.sigstore.json');
    writeFileSync(good, bundle(s, [{ name: path.basename(file), sha256: digest }]));
    const r = await runCommand(
      verifyCommand,
      { package: file, key: [path.join(dir, 'k.public.pem')], provenance: good },
      { cwd: dir },
    );
    expect(r.exitCode, r.reporter.text).toBe(0);
    expect(r.outputs.provenance).toBe('verified');
    const notice = r.reporter.sections[0]!.findings.find((f) => f.code === 'DPR1033')!;
    expect(notice.message).toContain('the DSSE signature verifies');
    expect(notice.message).toContain('not checked: the certificate chains to the Sigstore (Fulcio) root');
    const summary = r.reporter.sections[0]!.summary.provenance as { signer: string };
    expect(summary.signer).toContain('.github/workflows/release.yml@refs/tags/v0.1.0');

    // Another package's digest, a tampered payload, not a bundle: each refused with its code.
    const other = path.join(dir, 'other.json');
    writeFileSync(other, bundle(s, [{ name: 'x.difypkg', sha256: '0'.repeat(64) }]));
    const m = await runCommand(
      verifyCommand,
      { package: file, key: [path.join(dir, 'k.public.pem')], provenance: other },
      { cwd: dir },
    );
    expect(m.exitCode).toBe(1);
    expect(m.outputs.provenance).toBe('mismatch');
    expect(m.reporter.text).toContain('DPR1030');
    const tampered = path.join(dir, 'tampered.json');
    writeFileSync(tampered, bundle(s, [{ name: 'x', sha256: digest }], true));
    const t = await runCommand(
      verifyCommand,
      { package: file, key: [path.join(dir, 'k.public.pem')], provenance: tampered },
      { cwd: dir },
    );
    expect(t.outputs.provenance).toBe('bad-signature');
    expect(t.reporter.text).toContain('DPR1032');
    const junk = path.join(dir, 'junk.json');
    writeFileSync(junk, '{"mediaType": "text/plain"}');
    const j = await runCommand(
      verifyCommand,
      { package: file, key: [path.join(dir, 'k.public.pem')], provenance: junk },
      { cwd: dir },
    );
    expect(j.outputs.provenance).toBe('invalid');
    expect(j.reporter.text).toContain('DPR1031');
  });

  it('a message-signature bundle (cosign sign-blob) is checked against the file’s digest and bytes', () => {
    const dir = tempDir();
    const s = signer(dir);
    const bytes = Buffer.from('the package bytes');
    const digest = createHash('sha256').update(bytes).digest();
    const make = (sig: Buffer) =>
      JSON.stringify({
        mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        verificationMaterial: { certificate: { rawBytes: s.cert.toString('base64') } },
        messageSignature: {
          messageDigest: { algorithm: 'SHA2_256', digest: digest.toString('base64') },
          signature: sig.toString('base64'),
        },
      });
    const good = checkBundle(make(sign('sha256', bytes, s.key)), digest.toString('hex'), () => bytes);
    expect(good.status).toBe('verified');
    const forged = checkBundle(
      make(sign('sha256', Buffer.from('other'), s.key)),
      digest.toString('hex'),
      () => bytes,
    );
    expect(forged.status).toBe('bad-signature');
    expect(checkBundle(make(Buffer.alloc(0)), '1'.repeat(64)).status).toBe('mismatch');
  });
});
