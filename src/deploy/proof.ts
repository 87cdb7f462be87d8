/**
 * What promote rests on: the newest deploy of the same digest to the staging environment, which
 * succeeded with every required gate passed (a manual gate counts once approved with --approve).
 * Anything else is a refusal that names the gate, its evidence and the next step.
 */
import path from 'node:path';
import { CheckFailedError } from '../core/errors.js';
import type { Gate } from '../core/report.js';
import type { StagingProof } from './gates/types.js';
import type { LedgerEntry } from './ledger.js';
import type { PackageInfo } from './package-info.js';
import { gatesOfRecord, readRecord } from './record.js';
import { promotable } from './run-gates.js';

export class PromoteError extends CheckFailedError {
  readonly code = 'DPR1214';
}

export interface ProofResult {
  proof?: StagingProof;
  /** Why promote refuses (one sentence naming the gate and its evidence). */
  refusal?: string;
  /** The next step when refused. */
  fix?: string;
  /** The staging gates as recorded (shown when refused too). */
  gates: Gate[];
  /** The gates that block, when refused by them. */
  blocking: Gate[];
}

export function stagingProof(
  environment: string,
  history: readonly LedgerEntry[],
  pkg: PackageInfo,
  cwd: string,
  approved: readonly string[],
  approver = 'the person running promote',
): ProofResult {
  const { artifact } = pkg;
  const digest = `sha256 ${artifact.sha256.slice(0, 12)}…`;
  const entry = history.find((e) => e.action === 'deploy' && e.digest === artifact.sha256);
  const deployAgain = `Deploy this exact file to ${environment} (\`deploy ${path.basename(artifact.path)} --env ${environment}\`) until every required gate passes, then promote it.`;
  if (!entry) {
    return {
      refusal: `${artifact.identifier} (${digest}) was never deployed to ${environment}: only what passed the ${environment} checklist is promoted`,
      fix: deployAgain,
      gates: [],
      blocking: [],
    };
  }
  const record = entry.checklist?.record ? readRecord(path.resolve(cwd, entry.checklist.record)) : undefined;
  let gates: Gate[] = record
    ? gatesOfRecord(record)
    : (entry.checklist?.gates ?? []).map((g) => ({
        id: g.id,
        title: g.id,
        status: g.status as Gate['status'],
        required: g.required,
        evidence: [],
      }));
  gates = gates.map((g) =>
    g.status === 'pending' && approved.includes(g.id)
      ? {
          ...g,
          status: 'passed' as const,
          evidence: [...g.evidence, `approved by ${approver}`],
          reason: undefined,
          fix: undefined,
        }
      : g,
  );
  const when = `ledger entry ${entry.id}, ${entry.updatedAt}`;
  if (entry.state !== 'success') {
    return {
      refusal: `the deploy of ${digest} to ${environment} (${when}) did not succeed: ${entry.resolution?.message ?? entry.description}`,
      fix: deployAgain,
      gates,
      blocking: gates.filter((g) => !promotable([g])),
    };
  }
  const blocking = gates.filter((g) => !promotable([g]));
  const passed = gates.length > 0 ? blocking.length === 0 : entry.checklist?.passed === true;
  if (!passed) {
    const b = blocking[0];
    const pendingOnly = blocking.length > 0 && blocking.every((g) => g.status === 'pending');
    return {
      refusal: b
        ? `the ${environment} checklist did not pass for ${digest} (${when}): gate ${b.id} ${b.status}${b.reason ? `: ${b.reason}` : ''}${b.evidence.length ? ` (evidence: ${b.evidence.slice(0, 3).join('; ')})` : ''}${
            blocking.length > 1
              ? `; also ${blocking
                  .slice(1)
                  .map((g) => `${g.id} ${g.status}`)
                  .join(', ')}`
              : ''
          }`
        : `the ${environment} checklist did not pass for ${digest} (${when}): ${entry.description}`,
      fix: pendingOnly
        ? `Check what the pending gate names, then promote with ${blocking.map((g) => `--approve ${g.id}`).join(' ')}.`
        : (b?.fix ? `${b.fix} ` : '') + deployAgain,
      gates,
      blocking,
    };
  }
  return { proof: { environment, entry, gates, when }, gates, blocking: [] };
}
