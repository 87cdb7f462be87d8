import { createPublicKey } from 'node:crypto';
import path from 'node:path';
import type { Artifact } from '../core/artifact.js';
import { finding } from '../core/codes.js';
import { CheckFailedError, UsageError } from '../core/errors.js';
import { countFindings, type Finding } from '../core/finding.js';
import type { StageContext } from '../io/context.js';
import { validateSource } from '../manifest/validate.js';
import { PackageSource } from '../package/package-source.js';
import { type KeySource, loadPrivateKey } from '../signing/keys.js';
import { parseCategory, signPackage } from '../signing/sign.js';
import { DAEMON_TRUST, short, verifyPackage } from '../signing/verify.js';
import { openPackage } from '../zip/reader.js';
import { readArtifact } from './read.js';

export interface SignStageInput {
  /** The `.difypkg` to sign. */
  package: string;
  /** The private key: a file, an environment variable's name, or the PEM text (a secret input). */
  key: KeySource;
  category?: string;
  outDir?: string;
  /** Uncompressed size limit of the input, MiB. */
  maxSize?: number;
  /** Replace the input when the signed package would take its name. */
  force?: boolean;
}

export interface SignStageResult {
  findings: Finding[];
  /** The signed package, when it was written. */
  artifact?: Artifact;
  category: string;
  fingerprint?: string;
  resigned?: boolean;
  sumsFile?: string;
}

/**
 * `sign`: validate the package as it is, sign it into `<name>.signed.difypkg`, verify the result with
 * the key's public half before it is renamed into place, and read it back as an artifact.
 */
export async function signStage(input: SignStageInput, ctx: StageContext): Promise<SignStageResult> {
  if (!input.package) throw new UsageError('no package to sign', 'Give the path of a .difypkg.');
  const category = parseCategory(input.category);
  const key = loadPrivateKey(input.key, ctx.env);
  const file = path.resolve(ctx.cwd, input.package);
  const limits = { maxUncompressed: input.maxSize ? input.maxSize * 1024 * 1024 : undefined };
  const pkg = await openPackage(file, limits);
  let findings: Finding[];
  let author: string;
  let signed: Awaited<ReturnType<typeof signPackage>>;
  try {
    const validated = await validateSource(new PackageSource(pkg, input.package));
    findings = ctx.policy.apply(validated.findings);
    author = validated.plugin.manifest.scalarText('/author') ?? '';
    if (countFindings(findings).errors > 0) return { findings, category };
    if (key.bits !== 4096) ctx.log(`note: the key has ${key.bits} bits; Dify's own keys have 4096`);
    const outDir = input.outDir ? path.resolve(ctx.cwd, input.outDir) : undefined;
    const publicKey = { ...key, key: createPublicKey(key.key), official: false };
    // Verified with the key's public half before it is renamed into place: a package that does not
    // verify is never left behind, nor listed in SHA256SUMS.
    const check = async (temp: string): Promise<void> => {
      const written = await openPackage(temp, limits);
      let verdict: Awaited<ReturnType<typeof verifyPackage>>;
      try {
        verdict = await verifyPackage(written, [publicKey]);
      } finally {
        await written.close();
      }
      if (verdict.status !== 'verified') {
        throw new CheckFailedError(
          `the signed package does not verify with the key's public half (${verdict.reason}); nothing was written`,
          'Sign it again; if it fails again, the input package or the disk is damaged.',
        );
      }
    };
    signed = await signPackage({
      pkg,
      file,
      key: key.key,
      keyOrigin: key.origin,
      category,
      outDir,
      check,
      force: input.force,
    });
  } finally {
    await pkg.close();
  }
  const artifact = await readArtifact(signed.path, {
    keys: [{ ...key, key: createPublicKey(key.key), official: false }],
    limits,
  });
  if (author.toLowerCase() === 'langgenius' && category !== 'langgenius') {
    findings.push(
      finding('DPR432', `the author is langgenius but the category is ${category}`, {
        file: 'manifest.yaml',
        fix: 'Daemons with ENFORCE_LANGGENIUS_PLUGIN_SIGNATURES=true (the default) refuse it in bundles; use your own author name.',
      }),
    );
  }
  findings.push(
    finding(
      'DPR431',
      `signed with key ${short(key.fingerprint)}; a Dify daemon accepts the signature only when it trusts the matching public key`,
      { fix: DAEMON_TRUST },
    ),
  );
  return {
    findings,
    artifact,
    category,
    fingerprint: key.fingerprint,
    resigned: signed.resigned,
    sumsFile: signed.sumsFile,
  };
}
