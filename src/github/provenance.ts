/**
 * Provenance for a package digest. In GitHub Actions with `id-token: write`, `@actions/attest`
 * signs an SLSA provenance statement for the digest through Sigstore and stores it with GitHub;
 * the bundle is attached to the release as `<package>.sigstore.json`.
 *
 * Offline, `verify --provenance` checks what the bundle itself can prove, and says so:
 * 1. it is a Sigstore bundle (JSON) with a DSSE envelope holding an in-toto statement (or a message
 *    signature over the file);
 * 2. one of the statement's subjects has the package's sha256;
 * 3. the envelope's signature verifies with the public key of the certificate in the bundle.
 * Not checked offline: that the certificate chains to Sigstore's root (Fulcio), that the signature
 * is in the transparency log (Rekor), and the signer's identity policy: `gh attestation verify` does that.
 */
import { createHash, verify as cryptoVerify, X509Certificate } from 'node:crypto';
import { finding } from '../core/codes.js';
import type { Finding } from '../core/finding.js';

export interface Attestor {
  /** Attest one subject; the Sigstore bundle (JSON) comes back. */
  attest(subject: { name: string; sha256: string }): Promise<{ bundle: unknown; attestationId?: string }>;
}

/** `@actions/attest` (loaded on first use): SLSA build provenance, signed with the job's OIDC token. */
export function actionsAttestor(token: string): Attestor {
  return {
    async attest(subject) {
      const { attestProvenance } = await import('@actions/attest');
      const a = await attestProvenance({
        subjects: [{ name: subject.name, digest: { sha256: subject.sha256 } }],
        token,
      });
      return { bundle: a.bundle, ...(a.attestationID ? { attestationId: a.attestationID } : {}) };
    },
  };
}

/** Whether this job may mint an OIDC token (`permissions: id-token: write`). */
export function canAttest(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}

export function bundleName(packageName: string): string {
  return `${packageName}.sigstore.json`;
}

export interface ProvenanceCheck {
  status: 'verified' | 'mismatch' | 'invalid' | 'bad-signature';
  /** One sentence: what was found. */
  reason: string;
  mediaType?: string;
  predicateType?: string;
  subjects: { name: string; sha256?: string }[];
  /** The certificate's subject alternative name (the workflow that signed), as claimed. */
  signer?: string;
  certificateIssuer?: string;
  /** What was verified, and what an offline check cannot verify. */
  checked: string[];
  notChecked: string[];
}

const NOT_CHECKED = [
  'the certificate chains to the Sigstore (Fulcio) root',
  'the signature is recorded in the transparency log (Rekor)',
  'the signer identity matches your repository and workflow',
];

type Json = Record<string, unknown>;

/** Check a Sigstore bundle against a package's sha256 (and bytes, for a message signature), offline. */
export function checkBundle(text: string, sha256: string, fileBytes?: () => Uint8Array): ProvenanceCheck {
  const base = {
    subjects: [] as ProvenanceCheck['subjects'],
    checked: [] as string[],
    notChecked: NOT_CHECKED,
  };
  let bundle: Json;
  try {
    bundle = JSON.parse(text) as Json;
  } catch (error) {
    return { ...base, status: 'invalid', reason: `not JSON: ${(error as Error).message}` };
  }
  if (!bundle || typeof bundle !== 'object' || Array.isArray(bundle))
    return { ...base, status: 'invalid', reason: 'not a Sigstore bundle (a JSON object is expected)' };
  const mediaType = typeof bundle.mediaType === 'string' ? bundle.mediaType : undefined;
  if (!mediaType?.startsWith('application/vnd.dev.sigstore.bundle'))
    return {
      ...base,
      status: 'invalid',
      reason: `mediaType is ${mediaType ?? 'missing'}, not a Sigstore bundle`,
    };
  const cert = certificateOf(bundle.verificationMaterial as Json | undefined);
  const signer = cert ? identity(cert) : {};
  const out = { ...base, mediaType, ...signer };
  out.checked.push(`a Sigstore bundle (${mediaType})`);

  const envelope = bundle.dsseEnvelope as Json | undefined;
  if (envelope) {
    const payloadType = String(envelope.payloadType ?? '');
    const payload = Buffer.from(String(envelope.payload ?? ''), 'base64');
    let statement: Json;
    try {
      statement = JSON.parse(payload.toString('utf8')) as Json;
    } catch {
      return { ...out, status: 'invalid', reason: 'the DSSE payload is not JSON' };
    }
    if (
      payloadType !== 'application/vnd.in-toto+json' ||
      !String(statement._type ?? '').startsWith('https://in-toto.io/Statement/')
    )
      return {
        ...out,
        status: 'invalid',
        reason: `the DSSE payload is ${payloadType || 'untyped'}, not an in-toto statement`,
      };
    const subjects = ((statement.subject as Json[] | undefined) ?? []).map((s) => ({
      name: String(s.name ?? ''),
      ...(typeof (s.digest as Json | undefined)?.sha256 === 'string'
        ? { sha256: String((s.digest as Json).sha256).toLowerCase() }
        : {}),
    }));
    const withSubjects = { ...out, subjects, predicateType: String(statement.predicateType ?? '') };
    const sigs = (envelope.signatures as Json[] | undefined) ?? [];
    if (!cert)
      return {
        ...withSubjects,
        status: 'invalid',
        reason: 'the bundle holds no certificate to check the signature with',
      };
    const pae = paeOf(payloadType, payload);
    const good = sigs.some((s) => verifies(cert, pae, Buffer.from(String(s.sig ?? ''), 'base64')));
    if (!good)
      return {
        ...withSubjects,
        status: 'bad-signature',
        reason: 'the envelope’s signature does not verify with the bundled certificate’s key',
      };
    withSubjects.checked.push('the DSSE signature verifies with the public key of the bundled certificate');
    const match = subjects.find((s) => s.sha256 === sha256);
    if (!match)
      return {
        ...withSubjects,
        status: 'mismatch',
        reason: `no subject has sha256 ${sha256} (subjects: ${subjects.map((s) => `${s.name} ${s.sha256 ?? '?'}`).join(', ') || 'none'})`,
      };
    withSubjects.checked.push(`subject ${match.name} has the package’s sha256`);
    return {
      ...withSubjects,
      status: 'verified',
      reason: `statement for ${match.name} signed by ${signer.signer ?? 'an unnamed signer'}`,
    };
  }

  const message = bundle.messageSignature as Json | undefined;
  if (message) {
    const digest = message.messageDigest as Json | undefined;
    const hex = Buffer.from(String(digest?.digest ?? ''), 'base64').toString('hex');
    const subjects = [{ name: '(the signed file)', sha256: hex }];
    if (String(digest?.algorithm ?? '') !== 'SHA2_256' || hex !== sha256)
      return {
        ...out,
        subjects,
        status: 'mismatch',
        reason: `the message digest is ${hex || 'missing'}, not ${sha256}`,
      };
    out.checked.push('the message digest is the package’s sha256');
    if (!cert)
      return {
        ...out,
        subjects,
        status: 'invalid',
        reason: 'the bundle holds no certificate to check the signature with',
      };
    const bytes = fileBytes?.();
    if (bytes && !verifies(cert, bytes, Buffer.from(String(message.signature ?? ''), 'base64')))
      return {
        ...out,
        subjects,
        status: 'bad-signature',
        reason: 'the signature does not verify with the bundled certificate’s key',
      };
    if (bytes)
      out.checked.push('the signature over the file verifies with the public key of the bundled certificate');
    return {
      ...out,
      subjects,
      status: 'verified',
      reason: `message signature by ${signer.signer ?? 'an unnamed signer'}`,
    };
  }
  return {
    ...out,
    status: 'invalid',
    reason: 'the bundle has neither a DSSE envelope nor a message signature',
  };
}

function certificateOf(material: Json | undefined): X509Certificate | undefined {
  const raw =
    (material?.certificate as Json | undefined)?.rawBytes ??
    ((material?.x509CertificateChain as Json | undefined)?.certificates as Json[] | undefined)?.[0]?.rawBytes;
  if (typeof raw !== 'string') return undefined;
  try {
    return new X509Certificate(Buffer.from(raw, 'base64'));
  } catch {
    return undefined;
  }
}

function identity(cert: X509Certificate): { signer?: string; certificateIssuer?: string } {
  const san = cert.subjectAltName
    ?.split(/,\s*/)
    .map((s) => s.replace(/^(URI|email):/, ''))
    .join(', ');
  const issuer = cert.issuer.replace(/\n/g, ', ');
  return { ...(san ? { signer: san } : {}), ...(issuer ? { certificateIssuer: issuer } : {}) };
}

/** DSSE's pre-authentication encoding of a payload. */
export function paeOf(type: string, payload: Uint8Array): Buffer {
  const t = Buffer.from(type, 'utf8');
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${t.length} `),
    t,
    Buffer.from(` ${payload.length} `),
    Buffer.from(payload),
  ]);
}

function verifies(cert: X509Certificate, data: Uint8Array, signature: Buffer): boolean {
  if (signature.length === 0) return false;
  for (const hash of ['sha256', 'sha384']) {
    try {
      if (cryptoVerify(hash, data, cert.publicKey, signature)) return true;
    } catch {
      // not this key type or hash
    }
  }
  return false;
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The findings `verify --provenance` reports for a check (one error, or the offline-only notice). */
export function provenanceFindings(check: ProvenanceCheck, file: string): Finding[] {
  const code =
    check.status === 'verified'
      ? 'DPR1033'
      : check.status === 'mismatch'
        ? 'DPR1030'
        : check.status === 'bad-signature'
          ? 'DPR1032'
          : 'DPR1031';
  const message =
    check.status === 'verified'
      ? `${file}: ${check.reason}; checked offline: ${check.checked.join('; ')}; not checked: ${check.notChecked.join('; ')}`
      : `${file}: ${check.reason}`;
  return [finding(code, message, { file })];
}
