/**
 * `deploy PKG --env staging`: check the package before anything changes (provenance, signature,
 * permissions, backup), upload and install or upgrade it on every tenant of the environment,
 * wait for the tasks, check it there (staging, dependencies, performance), tell (notify), and record
 * the checklist: a versioned record, and the ledger entry promote reads for the same digest.
 */
import { errorMessage } from '../core/errors.js';
import type { Gate } from '../core/report.js';
import { deployPackage, PluginAbsentError } from '../daemon/flow.js';
import { installFailureGate } from '../diagnostics/index.js';
import type { StageContext } from '../io/context.js';
import { keep } from './artifact-store.js';
import { readChecklist } from './checklist-config.js';
import {
  baselineFor,
  changesOf,
  gateContext,
  packageFor,
  previousOnEnvironment,
  type ReleaseInput,
  resultBase,
  saveRecord,
  summaryOf,
} from './context.js';
import { GATES } from './gates/index.js';
import type { GateVerdict } from './gates/types.js';
import type { LedgerEntry } from './ledger.js';
import type { PackageInfo } from './package-info.js';
import type { Settled } from './recover.js';
import { putBack } from './reinstall.js';
import {
  gatesOf,
  mergeTenants,
  promotable,
  runOnce,
  runOnTenant,
  skippedGate,
  takeSnapshots,
} from './run-gates.js';
import { openSession } from './session.js';

export interface DeployInput extends ReleaseInput {
  package: string;
}

export interface TenantReport {
  tenant: string;
  from?: string;
  to?: string;
  action?: string;
  absentMs?: number;
  error?: string;
}

export interface DeployResult {
  command: 'deploy' | 'promote';
  environment: string;
  pkg: PackageInfo;
  gates: Gate[];
  /** passed: installed and every required gate passed; failed: not; refused: nothing changed. */
  outcome: 'passed' | 'failed' | 'refused' | 'rolled-back';
  promotable: boolean;
  tenants: TenantReport[];
  entry?: LedgerEntry;
  ledger: { kind: 'local' | 'github'; where: string };
  record?: string;
  recordCopy?: string;
  settled: Settled[];
  notes: string[];
  /** Under --dry-run: what would be done. */
  plan?: string[];
  target: { kind: 'daemon' | 'console'; url: string; embedded: boolean };
}

export async function deployStage(input: DeployInput, ctx: StageContext): Promise<DeployResult> {
  const startedAt = ctx.now();
  // The package is read (and a bad one refused) before the environment is locked or its target opened.
  const { keys, pkg } = await packageFor(input.package, input, readChecklist(ctx.config), ctx);
  const s = await openSession('deploy', input, ctx);
  try {
    const { artifact } = pkg;
    const changes = await changesOf(s, artifact.pluginId);
    const c = gateContext('deploy', s, pkg, input, ctx, {
      keys,
      changes,
      baseline: await baselineFor(s, pkg, changes, input, ctx),
      previousOnEnvironment: previousOnEnvironment(s, pkg),
    });
    const notes: string[] = [];
    const tenants: TenantReport[] = changes.map((t) => ({
      tenant: t.tenant,
      ...(t.previous ? { from: t.previous.identifier } : {}),
    }));
    const before = await runOnce(gatesOf(GATES, 'deploy', 'before'), c);
    const blocking = before.filter((g) => g.required && g.status === 'failed');
    const after = gatesOf(GATES, 'deploy', 'after');
    const base = resultBase('deploy', s, pkg, tenants, notes);
    const finish = async (
      outcome: DeployResult['outcome'],
      gates: Gate[],
      entry: LedgerEntry | undefined,
      extra: Partial<DeployResult> = {},
    ): Promise<DeployResult> => {
      c.outcome = `${outcome}${entry ? ` (ledger entry ${entry.id})` : ''}`;
      c.decided = order(gates); // the final gates (notify) see every verdict, after ones included
      const final = await runOnce(gatesOf(GATES, 'deploy', 'final'), c);
      const all = order([...gates, ...final]);
      const saved = saveRecord('deploy', s, pkg, all, outcome, { startedAt, finishedAt: ctx.now() }, ctx, {
        ...(entry ? { entry } : {}),
        ...(input.record ? { copy: input.record } : {}),
        notes,
      });
      let done = entry;
      if (entry) {
        const passed = promotable(all);
        done = await s.ledger.update(
          entry,
          {
            state: outcome === 'refused' || tenants.some((t) => t.error) ? 'failure' : 'success',
            description: `checklist ${passed ? 'passed' : 'failed'}: ${describeGates(all)}`,
            checklist: summaryOf(all, pkg, changes, saved?.kept),
            done: tenants.filter((t) => t.to).map((t) => t.tenant),
          },
          ctx.now(),
        );
      }
      return {
        ...base,
        gates: all,
        outcome,
        promotable: promotable(all),
        ...(done ? { entry: done } : {}),
        ...(saved ? { record: saved.kept, ...(saved.copy ? { recordCopy: saved.copy } : {}) } : {}),
        ...extra,
      };
    };

    if (blocking.length > 0) {
      const why = `not run: nothing was installed because ${blocking.map((g) => g.id).join(', ')} did not pass`;
      const entry = ctx.dryRun
        ? undefined
        : await s.ledger.record(newEntry(s, pkg, changes, input, 'refused before any change'), ctx.now());
      return await finish('refused', [...before, ...after.map((g) => skippedGate(g, c, why))], entry);
    }
    if (ctx.dryRun) {
      const plan = changes.map(
        (t) =>
          `${t.tenant}: upload ${artifact.identifier}, then ${t.previous ? (t.previous.identifier === artifact.identifier ? 'nothing (already installed)' : s.targets.kind === 'console' ? `uninstall ${t.previous.identifier} and install it` : `upgrade ${t.previous.identifier} to it`) : 'install it'}`,
      );
      return await finish(
        'passed',
        [...before, ...after.map((g) => skippedGate(g, c, 'dry run: nothing was installed'))],
        undefined,
        { plan },
      );
    }

    const stored = keep(s.store, artifact);
    const entry = await s.ledger.record(
      newEntry(
        s,
        pkg,
        changes,
        { ...input, storedFile: stored },
        `deploying ${artifact.version} to ${changes.length} tenant${changes.length > 1 ? 's' : ''}`,
      ),
      ctx.now(),
    );
    const perGate = new Map<string, { tenant: string; verdict: GateVerdict }[]>();
    for (const [i, t] of changes.entries()) {
      await takeSnapshots(after, c, t);
      try {
        t.outcome = await deployPackage(
          t.target,
          { path: artifact.path, identifier: artifact.identifier, sha256: artifact.sha256 },
          { wait: s.wait, log: (m) => ctx.log(changes.length > 1 ? `${t.tenant}: ${m}` : m) },
        );
        tenants[i] = {
          ...tenants[i]!,
          to: artifact.identifier,
          action: t.outcome.action,
          ...(t.outcome.absentMs !== undefined ? { absentMs: t.outcome.absentMs } : {}),
        };
        notes.push(...t.outcome.notes.map((n) => (changes.length > 1 ? `${t.tenant}: ${n}` : n)));
      } catch (error) {
        tenants[i] = { ...tenants[i]!, error: errorMessage(error) };
        if (error instanceof PluginAbsentError && t.previous) {
          // A console removed the previous version and could not install the new one: put it back.
          await putBack(t.target, t.previous.identifier, {
            pluginId: artifact.pluginId,
            sources: { store: s.store },
            wait: s.wait,
            log: (m) => ctx.log(m),
            ctx,
          })
            .then(() =>
              notes.push(`${t.tenant}: ${t.previous!.identifier} was reinstalled after the failed install`),
            )
            .catch((e) =>
              notes.push(
                `${t.tenant}: ${t.previous!.identifier} could not be reinstalled: ${errorMessage(e)}`,
              ),
            );
        }
        // Why the install failed, classified (no wheel, Python mismatch, network, size limit, …) with
        // the target's own text kept verbatim in the evidence.
        const diagnosed = installFailureGate(error, { id: 'staging', title: 'staging' });
        for (const spec of after) {
          const verdict: GateVerdict =
            spec.id === 'staging'
              ? {
                  status: 'failed',
                  reason: `the install on ${t.tenant} failed: ${diagnosed?.reason ?? errorMessage(error)}`,
                  evidence: diagnosed?.evidence ?? [],
                  fix:
                    diagnosed?.fix ??
                    (error as { fix?: string }).fix ??
                    'Read the target’s message; fix the package or the target, then deploy again.',
                }
              : { status: 'skipped', reason: `not run: the install on ${t.tenant} failed`, evidence: [] };
          perGate.set(spec.id, [...(perGate.get(spec.id) ?? []), { tenant: t.tenant, verdict }]);
        }
        continue;
      }
      await s.ledger.update(entry, { done: tenants.filter((x) => x.to).map((x) => x.tenant) }, ctx.now());
      for (const { spec, verdict } of await runOnTenant(after, c, t))
        perGate.set(spec.id, [...(perGate.get(spec.id) ?? []), { tenant: t.tenant, verdict }]);
    }
    const afterGates = after.map((spec) => mergeTenants(spec, c, perGate.get(spec.id) ?? []));
    const gates = [...before, ...afterGates];
    return await finish(promotable(gates) ? 'passed' : 'failed', gates, entry);
  } finally {
    await s.close();
  }
}

/** The gates in the checklist's order. */
export function order(gates: Gate[]): Gate[] {
  const rank = new Map(GATES.map((g, i) => [g.id, i]));
  return [...gates].sort((a, b) => (rank.get(a.id) ?? 99) - (rank.get(b.id) ?? 99));
}

/** `8 passed, 1 skipped` (what fits a GitHub status description). */
export function describeGates(gates: readonly Gate[]): string {
  const counts = new Map<string, number>();
  for (const g of gates) counts.set(g.status, (counts.get(g.status) ?? 0) + 1);
  const failed = gates.filter((g) => g.status === 'failed').map((g) => g.id);
  return (
    [...counts].map(([k, n]) => `${n} ${k}`).join(', ') + (failed.length ? ` (${failed.join(', ')})` : '')
  );
}

export function newEntry(
  s: { environment: string },
  pkg: PackageInfo,
  changes: { tenant: string; previous?: { identifier: string } }[],
  input: { assetUrl?: string; storedFile?: string },
  description: string,
  action: LedgerEntry['action'] = 'deploy',
  previousDigests?: Record<string, string>,
): Omit<LedgerEntry, 'id' | 'state' | 'createdAt' | 'updatedAt'> {
  const { artifact } = pkg;
  return {
    environment: s.environment,
    action,
    pluginId: artifact.pluginId,
    identifier: artifact.identifier,
    version: artifact.version,
    digest: artifact.sha256,
    tenants: changes.map((t) => t.tenant),
    previous: Object.fromEntries(changes.map((t) => [t.tenant, t.previous?.identifier ?? null])),
    ...(previousDigests && Object.keys(previousDigests).length ? { previousDigests } : {}),
    ...(input.storedFile || input.assetUrl
      ? {
          source: {
            ...(input.storedFile ? { file: input.storedFile } : {}),
            ...(input.assetUrl ? { url: input.assetUrl } : {}),
          },
        }
      : {}),
    checklist: { version: 1, passed: false, gates: [], permissions: pkg.permissions.names },
    description,
  };
}
