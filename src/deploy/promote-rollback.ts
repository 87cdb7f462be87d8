/**
 * Promote's way back: every tenant the failed promotion touched is put back on its backup, the
 * newest first; when one cannot be (the target stopped answering), the ledger entry stays in
 * progress with the reason, and the next command for the environment settles it.
 */
import { errorMessage } from '../core/errors.js';
import type { Gate } from '../core/report.js';
import type { StageContext } from '../io/context.js';
import { summaryOf } from './context.js';
import type { TenantReport } from './deploy-stage.js';
import type { GateContext, GateVerdict, TenantChange } from './gates/types.js';
import type { LedgerEntry } from './ledger.js';
import type { PromoteResult } from './promote-stage.js';
import { isUnreachable, putBack } from './reinstall.js';
import { type gatesOf, mergeTenants, skippedGate } from './run-gates.js';
import type { Session } from './session.js';

export async function rollBackTouched(
  s: Session,
  c: GateContext,
  touched: TenantChange[],
  entry: LedgerEntry,
  failure: { gate?: string; message: string; error?: unknown },
  r: {
    tenants: TenantReport[];
    perGate: Map<string, { tenant: string; verdict: GateVerdict }[]>;
    after: ReturnType<typeof gatesOf>;
    before: Gate[];
    finish: (
      o: PromoteResult['outcome'],
      g: Gate[],
      e: LedgerEntry | undefined,
      x?: Partial<PromoteResult>,
    ) => Promise<PromoteResult>;
    ctx: StageContext;
    notes: string[];
  },
): Promise<PromoteResult> {
  const { ctx } = r;
  ctx.log(`Promotion failed (${failure.message}): rolling back ${touched.map((t) => t.tenant).join(', ')}`);
  const rolledBack: TenantReport[] = [];
  const stuck: string[] = [];
  let unreachable = false;
  for (const t of [...touched].reverse()) {
    const to = t.previous?.identifier ?? null;
    try {
      const done = await putBack(t.target, to, {
        pluginId: c.pkg.artifact.pluginId,
        ...(entry.previousDigests?.[t.tenant] ? { digest: entry.previousDigests[t.tenant] } : {}),
        sources: { store: s.store },
        wait: s.wait,
        log: (m) => ctx.log(`${touched.length > 1 ? `${t.tenant}: ` : ''}${m}`),
        ctx,
      });
      rolledBack.push({
        tenant: t.tenant,
        ...(done.from ? { from: done.from } : {}),
        to: to ?? '(not installed)',
        action: done.action,
        ...(done.absentMs !== undefined ? { absentMs: done.absentMs } : {}),
      });
    } catch (error) {
      if (isUnreachable(error)) unreachable = true;
      stuck.push(`${t.tenant}: ${errorMessage(error)}`);
    }
  }
  const afterGates = r.after.map((spec) =>
    (r.perGate.get(spec.id)?.length ?? 0) > 0
      ? mergeTenants(spec, c, r.perGate.get(spec.id)!)
      : skippedGate(spec, c, 'not run: the promotion stopped before this tenant'),
  );
  const gates = [...r.before, ...afterGates];
  const untouched = r.tenants.filter((t) => !touched.some((x) => x.tenant === t.tenant)).map((t) => t.tenant);
  if (stuck.length) {
    // The state is not known (the target stopped answering) or a tenant is stuck: the entry stays in
    // progress, and the next command for the environment settles it from what the target runs.
    const description = unreachable
      ? `the target stopped answering during the promotion of ${c.pkg.artifact.version}; what it runs is not known (${stuck.join('; ')}): the next command checks it and finishes or rolls back`
      : `the promotion of ${c.pkg.artifact.version} failed and ${stuck.length} tenant(s) could not be put back: ${stuck.join('; ')}`;
    const e = await s.ledger.update(entry, { description }, ctx.now());
    return r.finish('failed', gates, e, { rolledBack, failure, unresolved: description });
  }
  const message = `rolled back after: ${failure.message}`;
  const e = await s.ledger.update(
    entry,
    {
      state: 'failure',
      description:
        `promotion of ${c.pkg.artifact.version} failed and was rolled back: ${failure.message}`.slice(0, 400),
      resolution: {
        outcome: 'rolled-back',
        by: `promote (entry ${entry.id})`,
        at: ctx.now().toISOString(),
        message,
      },
      checklist: summaryOf(gates, c.pkg, touched),
    },
    ctx.now(),
  );
  if (untouched.length)
    r.notes.push(`not touched: ${untouched.join(', ')} (still on their previous version)`);
  return r.finish('rolled-back', gates, e, { rolledBack, failure });
}
