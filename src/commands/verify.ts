import { readFileSync } from 'node:fs';
import path from 'node:path';
import { artifactJson } from '../artifact/json.js';
import type { VerifyStageResult } from '../artifact/verify.js';
import { UsageError } from '../core/errors.js';
import type { ProvenanceCheck } from '../github/provenance.js';
import type { KeySource } from '../signing/keys.js';
import { categoryText, short } from '../signing/text.js';
import { defineCommand } from './declare.js';
import { maxSizeOption, publicKeysOption } from './options.js';

export interface VerifyInput {
  package: string;
  key?: string[];
  keyEnv?: string[];
  official: boolean;
  maxSize?: number;
  provenance?: string;
}

export type VerifyOutcome = VerifyStageResult & { provenance?: ProvenanceCheck };

export const verifyCommand = defineCommand<VerifyInput, VerifyOutcome>({
  name: 'verify',
  summary: 'check a package’s signature as the daemon does; says why when it fails',
  args: [{ key: 'package', kind: 'path', required: true, description: 'the .difypkg to verify' }],
  options: [
    publicKeysOption('also trust this public key (PKCS#1 PEM file; repeatable)'),
    {
      key: 'keyEnv',
      kind: 'list',
      value: 'variable',
      description: 'also trust the public key in this environment variable (repeatable)',
    },
    {
      key: 'official',
      kind: 'boolean',
      default: true,
      negatable: true,
      description: 'trust the official Dify key (turn off to check against the given keys only)',
    },
    maxSizeOption(),
    {
      key: 'provenance',
      kind: 'path',
      value: 'file',
      description:
        'also check this Sigstore provenance bundle (the release’s <package>.sigstore.json) against the package’s sha256, offline: the statement’s subject digest and the signature with the bundled certificate’s key',
    },
  ],
  common: ['config', 'annotate-notices'],
  outputs: [
    { name: 'status', description: 'verified, unsigned, modified, untrusted or invalid' },
    { name: 'category', description: 'the authorized category in the signature' },
    { name: 'fingerprint', description: 'the SHA-256 fingerprint of the key that signed it' },
    { name: 'identifier', description: 'the Dify identifier of the package' },
    { name: 'sha256', description: 'sha256 of the package file' },
    { name: 'provenance', description: 'with --provenance: verified, mismatch, bad-signature or invalid' },
  ],
  subaction: 'node',

  async run(input, ctx) {
    const { verifyStage } = await import('../artifact/verify.js');
    const keys: KeySource[] = [
      ...(input.key ?? []).map((file) => ({ file })),
      ...(input.keyEnv ?? []).map((env) => ({ env })),
    ];
    const result: VerifyOutcome = await verifyStage(
      { package: input.package, keys, official: input.official, maxSize: input.maxSize },
      ctx,
    );
    if (input.provenance) {
      const { checkBundle, provenanceFindings } = await import('../github/provenance.js');
      const file = path.resolve(ctx.cwd, input.provenance);
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        throw new UsageError(
          `--provenance ${input.provenance} cannot be read`,
          'Pass the bundle file (JSON).',
        );
      }
      result.provenance = checkBundle(text, result.artifact.sha256, () =>
        readFileSync(path.resolve(ctx.cwd, input.package)),
      );
      result.findings.push(...provenanceFindings(result.provenance, input.provenance));
    }
    return result;
  },

  present({ findings, artifact, verify, provenance }, input) {
    const ok = verify.status === 'verified' && (!provenance || provenance.status === 'verified');
    return {
      sections: [
        {
          stage: 'verify',
          headline: ok
            ? `${input.package}: ${verify.reason}${provenance ? '; provenance checked offline' : ''}`
            : `${input.package} does not verify${provenance && provenance.status !== 'verified' ? ` (provenance: ${provenance.status})` : ''}`,
          findings,
          summary: {
            ...artifactJson(artifact),
            status: verify.status,
            reason: verify.reason,
            signer: verify.signer
              ? {
                  origin: verify.signer.origin,
                  fingerprint: verify.signer.fingerprint,
                  official: verify.signer.official,
                }
              : null,
            category: verify.category ?? null,
            categorySource: verify.categorySource ?? null,
            time: verify.time ?? null,
            provenance: provenance ?? null,
            keys: verify.keys.map((k) => ({
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
                ['status', verify.status],
                ...(verify.signer
                  ? [['key', `${verify.signer.origin} ${short(verify.signer.fingerprint)}`]]
                  : []),
                ...(verify.category !== undefined ? [['category', categoryText(verify)]] : []),
                ...(verify.time ? [['signed at', new Date(verify.time * 1000).toISOString()]] : []),
              ],
            },
            ...(provenance
              ? [
                  {
                    title: 'Provenance (checked offline)',
                    header: ['', 'value'],
                    rows: [
                      ['status', provenance.status],
                      ['why', provenance.reason],
                      ...(provenance.signer ? [['signer (as claimed)', provenance.signer]] : []),
                      ...(provenance.predicateType ? [['predicate', provenance.predicateType]] : []),
                      ['checked', provenance.checked.join('; ') || '-'],
                      ['not checked', provenance.notChecked.join('; ')],
                    ],
                  },
                ]
              : []),
          ],
        },
      ],
      outputs: {
        ...(provenance ? { provenance: provenance.status } : {}),
        status: verify.status,
        category: verify.category ?? '',
        fingerprint: verify.signer?.fingerprint ?? '',
        identifier: artifact.identifier,
        sha256: artifact.sha256,
      },
      exitCode: ok ? undefined : 1,
    };
  },
});
