/**
 * doctor's signature line: given a package and a target's configuration (the keys it trusts
 * besides the official one, whether it forces verification), would the target refuse it, and the
 * exact daemon settings that would accept it without turning verification off. As the daemon does
 * it (internal/service/plugin_decoder.go): an upload is refused when FORCE_VERIFYING_SIGNATURE
 * (default true) or the caller's verify_signature is set and the signature does not verify against
 * the official key or, with THIRD_PARTY_SIGNATURE_VERIFICATION_ENABLED, the keys listed in
 * THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS.
 */
import path from 'node:path';
import { loadPublicKey } from '../signing/keys.js';
import { officialKey, short, type TrustedKey, verifyPackage } from '../signing/verify.js';
import { openPackage } from '../zip/reader.js';
import { check, type DoctorCheck } from './doctor-check.js';

export interface SignatureTarget {
  label: string;
  /** Public key files the target trusts (absolute). */
  trustedKeys: readonly string[];
  /** FORCE_VERIFYING_SIGNATURE as the target has it. */
  forceVerify: boolean;
}

/** Where Dify's docker compose mounts the daemon's storage (docker/volumes/plugin_daemon). */
export const CONTAINER_KEY_DIR = '/app/storage/public_keys';

/** The settings that make a daemon accept packages signed by these key files, verification kept on. */
export function trustSettings(keyFiles: readonly string[]): string[] {
  const inContainer = keyFiles.map((f) => `${CONTAINER_KEY_DIR}/${path.basename(f)}`);
  return [
    'FORCE_VERIFYING_SIGNATURE=true',
    'THIRD_PARTY_SIGNATURE_VERIFICATION_ENABLED=true',
    `THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS=${inContainer.join(',')}`,
  ];
}

const APPLY =
  'Copy the .pem into docker/volumes/plugin_daemon/public_keys/, put the settings in docker/.env (the plugin_daemon service), then docker compose down && docker compose up -d (a restart does not re-read .env).';

/** The signature line for one target. `keys` are public keys the user has (e.g. the release key). */
/**
 * ENFORCE_LANGGENIUS_PLUGIN_SIGNATURES (default true): a plugin whose author is `langgenius` must
 * carry the official signature with the langgenius category. At daemon HEAD only bundle installs
 * check it (internal/service/plugin_decoder.go; the package upload's check is commented out).
 */
export function langgeniusCheck(
  author: string,
  verdict: { status: string; category?: string; signer?: { official: boolean } },
  subject: string,
): DoctorCheck | undefined {
  if (author.toLowerCase() !== 'langgenius') return undefined;
  if (verdict.status === 'verified' && verdict.signer?.official && verdict.category === 'langgenius')
    return undefined;
  return check(
    'signature',
    'langgenius author',
    subject,
    'warn',
    'the author is langgenius, and the package is not signed by Dify with the langgenius category: a bundle containing it is refused (“claims to be from Langgenius but lacks official signature verification”)',
    'Publish it under your own author name (a repackaged official plugin is yours now), and sign it with your key.',
    { code: 'DPR1342' },
  );
}

export async function signatureCheck(
  file: string,
  target: SignatureTarget,
  keys: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<DoctorCheck> {
  const subject = `${path.basename(file)} on ${target.label}`;
  const load = (f: string): TrustedKey => ({ ...loadPublicKey({ file: f }, env), official: false });
  const trusted = [officialKey(), ...target.trustedKeys.map(load)];
  const extra = keys.filter((k) => !target.trustedKeys.includes(k)).map((k) => ({ file: k, key: load(k) }));
  const pkg = await openPackage(file);
  let onTarget: Awaited<ReturnType<typeof verifyPackage>>;
  let withMine: Awaited<ReturnType<typeof verifyPackage>> | undefined;
  try {
    onTarget = await verifyPackage(pkg, trusted);

    if (onTarget.status !== 'verified' && extra.length > 0)
      withMine = await verifyPackage(pkg, [...trusted, ...extra.map((e) => e.key)]);
  } finally {
    await pkg.close();
  }
  if (onTarget.status === 'verified') {
    const by = onTarget.signer?.origin ?? 'a trusted key';
    return check(
      'signature',
      'signature',
      subject,
      'ok',
      `verified by ${by}${onTarget.signer ? ` (${short(onTarget.signer.fingerprint)})` : ''}: the target accepts it`,
      target.forceVerify
        ? 'Nothing to do; keep FORCE_VERIFYING_SIGNATURE=true.'
        : 'Turn verification on, which this package passes: FORCE_VERIFYING_SIGNATURE=true.',
    );
  }
  const signer = withMine?.status === 'verified' ? withMine.signer : undefined;
  const signerFile = signer ? extra.find((e) => e.key.fingerprint === signer.fingerprint)?.file : undefined;
  const keyFiles = [...target.trustedKeys, ...(signerFile ? [signerFile] : [])];
  let detail: string;
  let fix: string;
  let settings: string[];
  if (signerFile) {
    detail = `signed by ${signerFile} (${short(signer!.fingerprint)}), a key the target does not trust`;
    settings = trustSettings(keyFiles);
    fix = `Trust that key on the target: ${APPLY}`;
  } else if (onTarget.status === 'unsigned') {
    detail = `${onTarget.reason}`;
    settings = trustSettings(keyFiles.length ? keyFiles : ['<name>.public.pem']);
    fix = `Sign it (\`dify-plugin-release sign ${path.basename(file)} --key <name>.private.pem\`; \`keygen\` makes a pair), then trust the public key on the target: ${APPLY}`;
  } else if (onTarget.status === 'modified') {
    detail = `${onTarget.reason}`;
    settings = trustSettings(keyFiles.length ? keyFiles : ['<name>.public.pem']);
    fix = 'The package changed after it was signed: package and sign it again (sign last).';
  } else {
    detail = onTarget.reason;
    settings = trustSettings(keyFiles.length ? keyFiles : ['<name>.public.pem']);
    fix = `Sign it with your key and give doctor the public key (--key) to name the exact settings; ${APPLY}`;
  }
  if (!target.forceVerify) {
    return check(
      'signature',
      'signature',
      subject,
      'warn',
      `${detail}; the target does not force verification, so it accepts the package unverified`,
      `Keep verification on and make this package pass it: ${fix}`,
      { code: 'DPR1331', settings },
    );
  }
  return check(
    'signature',
    'signature',
    subject,
    'fail',
    `${detail}: the target (FORCE_VERIFYING_SIGNATURE=true) refuses it with “plugin verification has been enabled, and the plugin you want to install has a bad signature”`,
    fix,
    { code: 'DPR1330', settings },
  );
}

/** The signature lines of a package on a target: the verdict, and the langgenius-author warning. */
export async function signatureChecks(
  file: string,
  target: SignatureTarget,
  keys: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<DoctorCheck[]> {
  const line = await signatureCheck(file, target, keys, env);
  const pkg = await openPackage(file);
  try {
    const manifest = pkg.entries.some((e) => e.name === 'manifest.yaml')
      ? (await pkg.read('manifest.yaml')).toString('utf8')
      : '';
    const author = /^author:\s*["']?([^"'\s#]+)/m.exec(manifest)?.[1] ?? '';
    if (author.toLowerCase() !== 'langgenius') return [line];
    const verdict = await verifyPackage(pkg, [officialKey()]);
    const lg = langgeniusCheck(author, verdict, line.subject);
    return lg ? [line, lg] : [line];
  } finally {
    await pkg.close();
  }
}
