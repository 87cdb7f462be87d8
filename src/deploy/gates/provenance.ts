/**
 * `provenance` (确认插件包来源可信): the package's sha256 equals the digest recorded when it was
 * built: `--digest` (the package step's output, or the release asset's digest), the SHA256SUMS
 * written beside it, an attestation's subject. On promote, the same digest passed staging.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { GateContext, GateSpec, GateVerdict } from './types.js';

const short = (d: string) => `${d.slice(0, 12)}…`;

export const provenanceGate: GateSpec = {
  id: 'provenance',
  title: 'the package is the one that was built (digest)',
  phase: 'before',
  commands: ['deploy', 'promote'],
  async run(c) {
    const { artifact } = c.pkg;
    const file = path.basename(artifact.path);
    const evidence: string[] = [`sha256 ${artifact.sha256}`];
    const mismatches: string[] = [];
    let matched = 0;
    if (c.provenance.digest) {
      const want = c.provenance.digest.trim().toLowerCase();
      if (want === artifact.sha256) {
        matched++;
        evidence.push('equals the digest given with --digest');
      } else mismatches.push(`--digest says ${short(want)}`);
    }
    const sums = c.provenance.sums ?? path.join(path.dirname(artifact.path), 'SHA256SUMS');
    const recorded = sumsEntry(sums, file);
    if (recorded) {
      if (recorded === artifact.sha256) {
        matched++;
        evidence.push(`equals ${path.basename(sums)}'s line for ${file}`);
      } else mismatches.push(`${path.basename(sums)} records ${short(recorded)} for ${file}`);
    } else if (c.provenance.sums) {
      mismatches.push(`${c.provenance.sums} has no line for ${file}`);
    }
    const attestation = c.provenance.attestation ?? `${artifact.path}.sigstore.json`;
    const att = existsSync(attestation) ? attestationSubjects(attestation) : undefined;
    if (att) {
      if (att.error) mismatches.push(`${path.basename(attestation)}: ${att.error}`);
      else if (att.digests.includes(artifact.sha256)) {
        matched++;
        evidence.push(
          `an attestation subject in ${path.basename(attestation)} has this digest (its signature and signer are checked by \`gh attestation verify\`)`,
        );
      } else
        mismatches.push(
          `${path.basename(attestation)} attests ${att.digests.map(short).join(', ') || 'no digest'}`,
        );
    } else if (c.checklist.provenance.attestation === 'required') {
      mismatches.push(
        `no attestation (${path.basename(attestation)}) though checklist.provenance.attestation is required`,
      );
    }
    if (c.staging) {
      evidence.push(`the same sha256 passed ${c.staging.environment} (${c.staging.when})`);
      matched++;
    }
    if (mismatches.length > 0) return tampered(evidence, mismatches);
    if (matched === 0) {
      return {
        status: 'failed',
        reason: `no digest was recorded for ${file}: its origin cannot be checked`,
        evidence,
        fix: 'Deploy the file `package` or `sign` wrote (SHA256SUMS is next to it), or pass --digest with the sha256 the build reported.',
      };
    }
    return { status: 'passed', evidence };
  },
};

function tampered(evidence: string[], mismatches: string[]): GateVerdict {
  return {
    status: 'failed',
    reason: `the package's digest differs from the one recorded at build: ${mismatches.join('; ')}`,
    evidence,
    fix: 'Do not deploy this file: download the release asset again (or rebuild), and check nothing rewrote it between the stages.',
  };
}

/** The sha256 SHA256SUMS records for a file name, if the file has a line for it. */
export function sumsEntry(file: string, name: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  for (const line of text.split('\n')) {
    const m = /^([0-9a-fA-F]{64}) [ *](.+?)\r?$/.exec(line);
    if (m && path.basename(m[2]!) === name) return m[1]!.toLowerCase();
  }
  return undefined;
}

/**
 * The sha256 digests an attestation names as its subjects: a Sigstore bundle (the in-toto statement
 * in its DSSE envelope) or a bare in-toto statement.
 */
function attestationSubjects(file: string): { digests: string[]; error?: string } {
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return { digests: [], error: 'not JSON' };
  }
  let statement = doc;
  const envelope = doc.dsseEnvelope as { payload?: string } | undefined;
  if (envelope?.payload) {
    try {
      statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as Record<
        string,
        unknown
      >;
    } catch {
      return { digests: [], error: 'its envelope does not hold an in-toto statement' };
    }
  }
  const subjects = Array.isArray(statement.subject) ? statement.subject : [];
  const digests = subjects
    .map((s) => String((s as { digest?: { sha256?: string } })?.digest?.sha256 ?? '').toLowerCase())
    .filter((d) => /^[0-9a-f]{64}$/.test(d));
  if (subjects.length === 0) return { digests, error: 'no in-toto subject' };
  return { digests };
}

export type { GateContext };
