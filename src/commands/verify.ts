import path from 'node:path';
import { finding } from '../core/codes.js';
import { UsageError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import { MANIFEST } from '../manifest/plugin.js';
import type { Reporter } from '../report/index.js';
import { type KeySource, loadPublicKey } from '../signing/keys.js';
import {
  categoryText,
  officialKey,
  short,
  type TrustedKey,
  type VerifyResult,
  verifyPackage,
} from '../signing/verify.js';
import { getAt, parseYamlBytes } from '../yaml/yaml-file.js';
import { openPackage } from '../zip/reader.js';
import { type CommandOutcome, guarded } from './outcome.js';

export interface VerifyCommandInput {
  package: string;
  /** Extra trusted public keys (files, environment variables, or PEM texts). */
  keys?: KeySource[];
  /** Trust the official Dify key too (default true). */
  official?: boolean;
  maxSize?: number;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

const DAEMON_TRUST =
  'On the daemon: THIRD_PARTY_SIGNATURE_VERIFICATION_ENABLED=true and THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS=/app/storage/public_keys/<name>.public.pem (comma-separated; restart with docker compose down/up).';

/** `verify`: exit 0 when a trusted key verifies the package, 1 with the reason otherwise. */
export function verifyCommand(input: VerifyCommandInput, reporter: Reporter): Promise<CommandOutcome> {
  return guarded(reporter, async (): Promise<CommandOutcome> => {
    const cwd = input.cwd ?? process.cwd();
    const keys: TrustedKey[] = input.official === false ? [] : [officialKey()];
    const findings: Finding[] = [];
    for (const source of input.keys ?? []) {
      const key = loadPublicKey(source, input.env);
      keys.push({ ...key, official: false });
      if (key.daemonProblem) {
        findings.push(
          finding(
            'DPR430',
            `${key.origin}: ${key.daemonProblem}; it is accepted here but not by the daemon`,
            {
              file: source.file,
              fix: 'Rewrite the file with exactly the PEM block and one final newline (keygen writes it so).',
            },
          ),
        );
      }
    }
    if (keys.length === 0) {
      throw new UsageError('no key to verify with', 'Pass --key FILE, or drop --no-official.');
    }
    const file = path.resolve(cwd, input.package);
    const pkg = await openPackage(file, { maxUncompressed: input.maxSize && input.maxSize * 1024 * 1024 });
    let result: VerifyResult;
    let author = '';
    try {
      result = await verifyPackage(pkg, keys);
      if (pkg.entries.some((e) => e.name === MANIFEST)) {
        author = String(getAt(parseYamlBytes(MANIFEST, await pkg.read(MANIFEST)).value, '/author') ?? '');
      }
    } finally {
      await pkg.close();
    }
    findings.push(...verdictFindings(result, author));
    const ok = result.status === 'verified';
    await reporter.report({
      command: 'verify',
      findings,
      headline: ok ? `${input.package}: ${result.reason}` : `${input.package} does not verify`,
      summary: {
        path: file,
        status: result.status,
        reason: result.reason,
        signer: result.signer
          ? {
              origin: result.signer.origin,
              fingerprint: result.signer.fingerprint,
              official: result.signer.official,
            }
          : null,
        category: result.category ?? null,
        categorySource: result.categorySource ?? null,
        time: result.time ?? null,
        keys: result.keys.map((k) => ({
          origin: k.origin,
          fingerprint: k.fingerprint,
          official: k.official,
        })),
      },
      tables: [
        {
          title: 'Signature',
          header: ['', 'value'],
          rows: [
            ['status', result.status],
            ...(result.signer
              ? [['key', `${result.signer.origin} ${short(result.signer.fingerprint)}`]]
              : []),
            ...(result.category !== undefined ? [['category', categoryText(result)]] : []),
            ...(result.time ? [['signed at', new Date(result.time * 1000).toISOString()]] : []),
          ],
        },
      ],
    });
    return {
      exitCode: ok ? 0 : 1,
      outputs: {
        status: result.status,
        category: result.category ?? '',
        fingerprint: result.signer?.fingerprint ?? '',
      },
    };
  });
}

function verdictFindings(result: VerifyResult, author: string): Finding[] {
  const out: Finding[] = [];
  switch (result.status) {
    case 'verified':
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
      break;
    case 'unsigned':
      out.push(
        finding('DPR434', result.reason, {
          fix: `Sign it: dify-plugin-release sign PKG --key <name>.private.pem (keys from keygen). ${DAEMON_TRUST} Daemons refuse unsigned packages unless FORCE_VERIFYING_SIGNATURE=false.`,
        }),
      );
      break;
    case 'modified':
      out.push(
        finding('DPR434', result.reason, {
          fix: 'Rebuild and sign the package again; never edit a signed package.',
        }),
      );
      break;
    case 'untrusted':
      out.push(
        finding('DPR434', result.reason, {
          fix: `Pass the signer's public key with --key to check it. ${DAEMON_TRUST}`,
        }),
      );
      break;
    case 'invalid':
      out.push(finding('DPR434', result.reason, { fix: 'Rebuild and sign the package again.' }));
      break;
  }
  return out;
}
