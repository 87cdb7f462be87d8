import path from 'node:path';
import type { Artifact } from '../core/artifact.js';
import { finding } from '../core/codes.js';
import { UsageError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import type { StageContext } from '../io/context.js';
import { type KeySource, loadPublicKey } from '../signing/keys.js';
import {
  categoryText,
  DAEMON_TRUST,
  officialKey,
  short,
  type TrustedKey,
  type VerifyResult,
} from '../signing/verify.js';
import { openPackage } from '../zip/reader.js';
import { inspectOpen } from './read.js';

export interface VerifyStageInput {
  package: string;
  /** Extra trusted public keys (files, environment variables, or PEM texts). */
  keys?: KeySource[];
  /** Trust the official Dify key too (default true). */
  official?: boolean;
  maxSize?: number;
}

export interface VerifyStageResult {
  findings: Finding[];
  artifact: Artifact;
  verify: VerifyResult;
}

/** `verify`: is the package signed by a trusted key? Says why not, and how to make a daemon trust it. */
export async function verifyStage(input: VerifyStageInput, ctx: StageContext): Promise<VerifyStageResult> {
  const keys: TrustedKey[] = input.official === false ? [] : [officialKey()];
  const findings: Finding[] = [];
  for (const source of input.keys ?? []) {
    const key = loadPublicKey(source, ctx.env);
    keys.push({ ...key, official: false });
    if (key.daemonProblem) {
      findings.push(
        finding('DPR430', `${key.origin}: ${key.daemonProblem}; it is accepted here but not by the daemon`, {
          file: source.file,
          fix: 'Rewrite the file with exactly the PEM block and one final newline (keygen writes it so).',
        }),
      );
    }
  }
  if (keys.length === 0) {
    throw new UsageError(
      'no key to verify with',
      'Give a public key to trust, or trust the official key again.',
    );
  }
  const file = path.resolve(ctx.cwd, input.package);
  const pkg = await openPackage(file, { maxUncompressed: input.maxSize && input.maxSize * 1024 * 1024 });
  let detail: Awaited<ReturnType<typeof inspectOpen>>;
  try {
    detail = await inspectOpen(pkg, file, { keys });
  } finally {
    await pkg.close();
  }
  findings.push(...verdictFindings(detail.verify, detail.artifact.author));
  return { findings, artifact: detail.artifact, verify: detail.verify };
}

function verdictFindings(result: VerifyResult, author: string): Finding[] {
  switch (result.status) {
    case 'verified': {
      const out: Finding[] = [];
      if (result.signer && !result.signer.official) {
        out.push(
          finding(
            'DPR431',
            `signed by ${result.signer.origin} (${short(result.signer.fingerprint)}), which a Dify daemon does not trust by default`,
            { fix: DAEMON_TRUST },
          ),
        );
      }
      if (author.toLowerCase() === 'langgenius' && result.category !== 'langgenius') {
        out.push(
          finding('DPR432', `the author is langgenius but the category is ${categoryText(result)}`, {
            fix: 'Daemons with ENFORCE_LANGGENIUS_PLUGIN_SIGNATURES=true (the default) refuse it in bundles.',
          }),
        );
      }
      return out;
    }
    case 'unsigned':
      return [
        finding('DPR434', result.reason, {
          fix: `Sign it: dify-plugin-release sign PKG --key <name>.private.pem (keys from keygen). ${DAEMON_TRUST} A daemon with its default settings refuses unsigned packages.`,
        }),
      ];
    case 'modified':
      return [
        finding('DPR434', result.reason, {
          fix: 'Rebuild and sign the package again; never edit a signed package.',
        }),
      ];
    case 'untrusted':
      return [
        finding('DPR434', result.reason, {
          fix: `Check it against the signer's public key (give it as a trusted key). ${DAEMON_TRUST}`,
        }),
      ];
    case 'invalid':
      return [finding('DPR434', result.reason, { fix: 'Rebuild and sign the package again.' })];
  }
}
