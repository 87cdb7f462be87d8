/**
 * The checklist record: a versioned JSON document (schemas/checklist-record.schema.json) of what
 * deploy or promote checked for one package on one environment, every gate with its evidence.
 * Kept under `.dify-release/envs/<environment>/checklists/<sha256>.<command>.json` (promote reads
 * the staging one for the digest it promotes), and written where `--record FILE` says (a workflow
 * artifact).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Gate } from '../core/report.js';
import { ensureDir, writeAtomic } from '../io/files.js';
import type { GateCommand } from './gates/types.js';

export const RECORD_KIND = 'dify-plugin-release/checklist';
export const RECORD_VERSION = 1;

export interface ChecklistRecord {
  kind: typeof RECORD_KIND;
  version: typeof RECORD_VERSION;
  command: GateCommand;
  environment: string;
  target: { kind: 'daemon' | 'console'; url: string; embedded: boolean; tenants: string[] };
  package: {
    file: string;
    identifier: string;
    pluginId: string;
    version: string;
    sha256: string;
    size: number;
  };
  startedAt: string;
  finishedAt: string;
  outcome: 'passed' | 'failed' | 'refused' | 'rolled-back';
  promotable: boolean;
  ledger?: { kind: 'local' | 'github'; where: string; entry?: string };
  gates: {
    id: string;
    title: string;
    status: Gate['status'];
    required: boolean;
    reason: string | null;
    evidence: string[];
    fix: string | null;
  }[];
  notes?: string[];
}

export function recordGates(gates: readonly Gate[]): ChecklistRecord['gates'] {
  return gates.map((g) => ({
    id: g.id,
    title: g.title,
    status: g.status,
    required: g.required,
    reason: g.reason ?? null,
    evidence: g.evidence,
    fix: g.fix ?? null,
  }));
}

export function recordPath(envDir: string, sha256: string, command: GateCommand): string {
  return path.join(envDir, 'checklists', `${sha256}.${command}.json`);
}

export function writeRecord(file: string, record: ChecklistRecord): string {
  ensureDir(path.dirname(file));
  writeAtomic(file, `${JSON.stringify(record, null, 2)}\n`, 0o644);
  return file;
}

/** A record read back, or undefined when the file is absent or not one of ours. */
export function readRecord(file: string): ChecklistRecord | undefined {
  try {
    const r = JSON.parse(readFileSync(file, 'utf8')) as ChecklistRecord;
    return r.kind === RECORD_KIND && r.version === RECORD_VERSION && Array.isArray(r.gates) ? r : undefined;
  } catch {
    return undefined;
  }
}

export function gatesOfRecord(r: ChecklistRecord): Gate[] {
  return r.gates.map((g) => ({
    id: g.id,
    title: g.title,
    status: g.status,
    required: g.required,
    ...(g.reason ? { reason: g.reason } : {}),
    evidence: g.evidence,
    ...(g.fix ? { fix: g.fix } : {}),
  }));
}
