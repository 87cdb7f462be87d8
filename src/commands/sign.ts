import { createPublicKey } from 'node:crypto';
import path from 'node:path';
import { finding } from '../core/codes.js';
import { CheckFailedError, UsageError } from '../core/errors.js';
import { applyPolicy, countFindings } from '../core/finding.js';
import { display, formatSize } from '../core/format.js';
import { validateSource } from '../manifest/validate.js';
import { formatIdentifier } from '../package/checksum.js';
import { PackageSource } from '../package/package-source.js';
import type { Reporter } from '../report/index.js';
import { type KeySource, loadPrivateKey } from '../signing/keys.js';
import { parseCategory, signPackage } from '../signing/sign.js';
import { short, verifyPackage } from '../signing/verify.js';
import { openPackage } from '../zip/reader.js';
import { type CommandOutcome, guarded } from './outcome.js';

export interface SignCommandInput {
  /** The `.difypkg` to sign. */
  package: string;
  /** The private key: a file, an environment variable's name, or the PEM text (action input). */
  key: KeySource;
  category?: string;
  outDir?: string;
  /** Uncompressed size limit of the input, MiB. */
  maxSize?: number;
  /** Replace the input when the signed package would take its name (`X.signed.difypkg`). */
  force?: boolean;
  strict?: boolean;
  ignore?: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * `sign`: validate the package as it is, sign it into `<name>.signed.difypkg`, then verify the result
 * with the key's public half before reporting success. Outputs: path, sha256, identifier.
 */
export function signCommand(input: SignCommandInput, reporter: Reporter): Promise<CommandOutcome> {
  return guarded(reporter, async (): Promise<CommandOutcome> => {
    const cwd = input.cwd ?? process.cwd();
    if (!input.package) throw new UsageError('no package to sign', 'Pass the path of a .difypkg.');
    const category = parseCategory(input.category);
    const key = loadPrivateKey(input.key, input.env);
    const file = path.resolve(cwd, input.package);
    const limits = { maxUncompressed: input.maxSize ? input.maxSize * 1024 * 1024 : undefined };
    const pkg = await openPackage(file, limits);
    let signed: Awaited<ReturnType<typeof signPackage>>;
    let findings: ReturnType<typeof applyPolicy>;
    let author: string;
    let name: string;
    let version: string;
    try {
      const validated = await validateSource(new PackageSource(pkg, input.package));
      findings = applyPolicy(validated.findings, input);
      author = validated.plugin.manifest.scalarText('/author') ?? '';
      name = validated.plugin.manifest.scalarText('/name') ?? '';
      version = validated.plugin.manifest.scalarText('/version') ?? '';
      if (countFindings(findings).errors > 0) {
        await reporter.report({
          command: 'sign',
          findings,
          headline: `${input.package} not signed: it does not validate`,
          summary: { path: null },
        });
        return { exitCode: 1, outputs: {} };
      }
      if (key.bits !== 4096) reporter.info(`note: the key has ${key.bits} bits; Dify's own keys have 4096`);
      const outDir = input.outDir ? path.resolve(cwd, input.outDir) : undefined;
      const publicKey = { ...key, key: createPublicKey(key.key), official: false };
      // The result is verified with the key's public half before it is renamed into place: a package
      // that does not verify is never left behind, nor listed in SHA256SUMS.
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

    const identifier = formatIdentifier(author, name, version, signed.checksum);
    const shown = display(cwd, signed.path);
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
        {
          fix: 'On the daemon: THIRD_PARTY_SIGNATURE_VERIFICATION_ENABLED=true and THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS=/app/storage/public_keys/<name>.public.pem (restart with docker compose down/up).',
        },
      ),
    );
    await reporter.report({
      command: 'sign',
      findings,
      headline: `signed ${shown} (${category}${signed.resigned ? ', replacing the previous signature' : ''})`,
      summary: {
        path: signed.path,
        sha256: signed.sha256,
        size: signed.size,
        checksum: signed.checksum,
        identifier,
        category,
        time: signed.time,
        fingerprint: key.fingerprint,
        resigned: signed.resigned,
        sha256sums: signed.sumsFile,
      },
      tables: [
        {
          title: 'Signed package',
          header: ['', 'value'],
          rows: [
            ['file', shown],
            ['identifier', identifier],
            ['sha256', signed.sha256],
            ['size', formatSize(signed.size)],
            ['category', category],
            ['key', short(key.fingerprint)],
            ['time', new Date(signed.time * 1000).toISOString()],
          ],
        },
      ],
    });
    return {
      exitCode: 0,
      outputs: { path: signed.path, sha256: signed.sha256, identifier, checksum: signed.checksum },
    };
  });
}
