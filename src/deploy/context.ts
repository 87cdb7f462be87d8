/**
 * What deploy and promote share around the gates: the package read with the trusted keys, the
 * gate context, the baseline (the last release's permissions and figures), and the end of a run
 * (the checklist record written, the ledger entry's summary).
 */
import path from 'node:path';
import type { Gate } from '../core/report.js';
import type { StageContext } from '../io/context.js';
import type { ChecklistConfig } from './checklist-config.js';
import type { TenantReport } from './deploy-stage.js';
import type {
  Baseline,
  GateCommand,
  GateContext,
  ProvenanceInput,
  StagingProof,
  TenantChange,
} from './gates/types.js';
import { type ChecklistSummary, currentEntry, type LedgerEntry } from './ledger.js';
import { environmentDir } from './ledger-local.js';
import { type PackageInfo, permissionsOf, readPackageInfo, trustedKeys } from './package-info.js';
import { type ChecklistRecord, recordGates, recordPath, writeRecord } from './record.js';
import { promotable } from './run-gates.js';
import { readOtherLedger, type Session, type SessionInput } from './session.js';

export interface ReleaseInput extends SessionInput, ProvenanceInput {
  /** Where the release asset can be downloaded again (recorded for rollback). */
  assetUrl?: string;
  /** Also write the checklist record here. */
  record?: string;
}

/** The official key, `--trusted-key`, checklist.signature.trusted-keys, the environment's trusted keys. */
export function keysFor(input: SessionInput, checklist: ChecklistConfig, ctx: StageContext) {
  const env = ctx.config.environments[input.env];
  return trustedKeys(
    [
      ...(input.trustedKey ?? []).map((k) => path.resolve(ctx.cwd, k)),
      ...checklist.signature.trustedKeys,
      ...(env?.trustedKeys ?? []),
    ],
    ctx.env,
  );
}

export async function packageFor(
  file: string,
  input: SessionInput,
  checklist: ChecklistConfig,
  ctx: StageContext,
) {
  const keys = keysFor(input, checklist, ctx);
  return { keys, pkg: await readPackageInfo(path.resolve(ctx.cwd, file), keys) };
}

export function gateContext(
  command: GateCommand,
  s: Session,
  pkg: PackageInfo,
  input: ReleaseInput,
  ctx: StageContext,
  extra: {
    keys: GateContext['keys'];
    changes: TenantChange[];
    baseline?: Baseline;
    previousOnEnvironment?: Baseline;
    staging?: StagingProof;
    approved?: readonly string[];
  },
): GateContext {
  const memo = new Map<string, unknown>([['artifactStore', s.store]]);
  return {
    command,
    environment: s.environment,
    stage: ctx,
    pkg,
    checklist: s.checklist,
    settings: { required: true, enabled: true, manual: false },
    history: s.history,
    ...(extra.baseline ? { baseline: extra.baseline } : {}),
    ...(extra.previousOnEnvironment ? { previousOnEnvironment: extra.previousOnEnvironment } : {}),
    provenance: {
      ...(input.digest ? { digest: input.digest } : {}),
      ...(input.sums ? { sums: path.resolve(ctx.cwd, input.sums) } : {}),
      ...(input.attestation ? { attestation: path.resolve(ctx.cwd, input.attestation) } : {}),
    },
    keys: extra.keys,
    targetUrl: s.targets.url,
    changes: extra.changes,
    decided: [],
    ...(extra.staging ? { staging: extra.staging } : {}),
    approved: new Set(extra.approved ?? []),
    memo,
    permissions: pkg.permissions,
  };
}

/** The tenants' installations before the change. */
export async function changesOf(
  s: Session,
  pluginId: string,
  order = s.targets.tenants,
): Promise<TenantChange[]> {
  const out: TenantChange[] = [];
  for (const t of order) {
    const previous = await t.target.installation(pluginId);
    out.push({
      tenant: t.tenant,
      target: t.target,
      ...(previous ? { previous } : {}),
      snapshots: new Map(),
      facts: {},
    });
  }
  return out;
}

/**
 * The last release, for permission escalations: what the production environment runs according to
 * its ledger; when it has none, what this environment ran before.
 */
export async function baselineFor(
  s: Session,
  pkg: PackageInfo,
  changes: TenantChange[],
  input: SessionInput,
  ctx: StageContext,
): Promise<Baseline | undefined> {
  const prodEnv = s.checklist.productionEnv;
  let prodHistory: LedgerEntry[] = [];
  try {
    prodHistory =
      prodEnv === s.environment ? s.history : await (await readOtherLedger(prodEnv, input, ctx)).history();
  } catch {
    prodHistory = [];
  }
  const prod = currentEntry(prodHistory.filter((e) => e.pluginId === pkg.artifact.pluginId));
  if (prod?.checklist?.permissions) {
    return {
      label: `${prodEnv} ${prod.version} (ledger entry ${prod.id})`,
      identifier: prod.identifier,
      permissions: prod.checklist.permissions,
      ...(prod.checklist.metrics ? { metrics: prod.checklist.metrics } : {}),
    };
  }
  const before = changes.find((c) => c.previous)?.previous;
  if (before && before.identifier !== pkg.artifact.identifier && before.declaration) {
    return {
      label: `${s.environment} ${before.version} (installed before)`,
      identifier: before.identifier,
      permissions: permissionsOf(before.declaration).names,
    };
  }
  return undefined;
}

/** The previous release on this environment, for the performance comparison. */
export function previousOnEnvironment(s: Session, pkg: PackageInfo): Baseline | undefined {
  const e = currentEntry(s.history.filter((h) => h.pluginId === pkg.artifact.pluginId));
  if (!e || e.identifier === pkg.artifact.identifier || !e.checklist?.metrics) return undefined;
  return {
    label: `${e.version} on ${s.environment}`,
    identifier: e.identifier,
    metrics: e.checklist.metrics,
  };
}

export function summaryOf(
  gates: readonly Gate[],
  pkg: PackageInfo,
  changes: TenantChange[],
  record?: string,
): ChecklistSummary {
  const installMs = changes.map((c) => c.outcome?.durationMs).find((v) => v !== undefined);
  const startupMs = changes.map((c) => c.facts.startupMs).find((v) => v !== undefined);
  return {
    version: 1,
    passed: promotable(gates),
    gates: gates.map((g) => ({ id: g.id, status: g.status, required: g.required })),
    ...(record ? { record } : {}),
    metrics: {
      sizeBytes: pkg.artifact.size,
      ...(installMs !== undefined ? { installMs } : {}),
      ...(startupMs !== undefined ? { startupMs } : {}),
    },
    permissions: pkg.permissions.names,
  };
}

/** Write the checklist record (and the copy asked for); the kept path. */
export function saveRecord(
  command: GateCommand,
  s: Session,
  pkg: PackageInfo,
  gates: readonly Gate[],
  outcome: ChecklistRecord['outcome'],
  times: { startedAt: Date; finishedAt: Date },
  ctx: StageContext,
  extra: { entry?: LedgerEntry; copy?: string; notes?: string[] },
): { kept: string; copy?: string } | undefined {
  if (ctx.dryRun) return undefined;
  const record: ChecklistRecord = {
    kind: 'dify-plugin-release/checklist',
    version: 1,
    command,
    environment: s.environment,
    target: {
      kind: s.targets.kind,
      url: s.targets.url,
      embedded: s.targets.embedded,
      tenants: s.targets.tenants.map((t) => t.tenant),
    },
    package: {
      file: pkg.artifact.path,
      identifier: pkg.artifact.identifier,
      pluginId: pkg.artifact.pluginId,
      version: pkg.artifact.version,
      sha256: pkg.artifact.sha256,
      size: pkg.artifact.size,
    },
    startedAt: times.startedAt.toISOString(),
    finishedAt: times.finishedAt.toISOString(),
    outcome,
    promotable: promotable(gates),
    ledger: { kind: s.ledger.kind, where: s.ledger.where, ...(extra.entry ? { entry: extra.entry.id } : {}) },
    gates: recordGates(gates),
    ...(extra.notes?.length ? { notes: extra.notes } : {}),
  };
  const kept = writeRecord(
    recordPath(environmentDir(ctx.cwd, s.environment), pkg.artifact.sha256, command),
    record,
  );
  const copy = extra.copy ? writeRecord(path.resolve(ctx.cwd, extra.copy), record) : undefined;
  return { kept, ...(copy ? { copy } : {}) };
}

/** What every deploy and promote result starts with: where, what, and what the session settled. */
export function resultBase<C extends 'deploy' | 'promote'>(
  command: C,
  s: Session,
  pkg: PackageInfo,
  tenants: TenantReport[],
  notes: string[],
) {
  return {
    command,
    environment: s.environment,
    pkg,
    tenants,
    ledger: { kind: s.ledger.kind, where: s.ledger.where },
    settled: s.settled,
    notes,
    target: { kind: s.targets.kind, url: s.targets.url, embedded: s.targets.embedded },
  };
}
