/**
 * Entries left `in_progress` by a process that is gone (kill -9, a crash, a target that stopped
 * answering): the next deploy, promote or rollback of the environment, holding its lock, looks at
 * what each tenant really runs (after letting running install tasks end) and settles them:
 * - a promotion that changed something is rolled back: every tenant it touched is put back on its
 *   backup (its own verification never finished, so the previous identifier is the known good one);
 * - a promotion that had changed nothing is abandoned (the environment runs what it ran);
 * - a rollback is finished (it is re-run: putting back is idempotent);
 * - a deploy's checklist never completed: it is abandoned, and promote will not take its digest.
 */
import { CheckFailedError, errorMessage } from '../core/errors.js';
import type { DifyTarget, WaitOptions } from '../daemon/types.js';
import type { StageContext } from '../io/context.js';
import type { ChecklistConfig } from './checklist-config.js';
import type { Ledger, LedgerEntry, Resolution } from './ledger.js';
import { unsettled } from './ledger.js';
import { isUnreachable, putBack } from './reinstall.js';
import type { TenantTarget } from './tenants.js';

export interface Settled {
  entry: LedgerEntry;
  outcome: Resolution['outcome'];
  message: string;
}

export interface SettleOptions {
  ledger: Ledger;
  tenants: readonly TenantTarget[];
  checklist: ChecklistConfig;
  store: string;
  wait: WaitOptions;
  targetUrl: string;
  /** The command settling them, for the record. */
  by: string;
}

export async function settleInterrupted(
  history: readonly LedgerEntry[],
  o: SettleOptions,
  ctx: StageContext,
): Promise<Settled[]> {
  const out: Settled[] = [];
  for (const entry of unsettled(history)) {
    if (ctx.dryRun) continue;
    out.push(await settle(entry, o, ctx));
  }
  return out;
}

async function settle(entry: LedgerEntry, o: SettleOptions, ctx: StageContext): Promise<Settled> {
  const log = (m: string) => ctx.log(m);
  const byName = new Map(o.tenants.map((t) => [t.tenant, t.target]));
  const targets = entry.tenants.map((t) => ({ tenant: t, target: byName.get(t) }));
  const missing = targets.filter((t) => !t.target).map((t) => t.tenant);
  if (missing.length) {
    throw new LedgerStateError(
      `ledger entry ${entry.id} (${entry.action} ${entry.version}) was interrupted on tenant${missing.length > 1 ? 's' : ''} ${missing.join(', ')}, which this command does not reach`,
      'Run the command with the same tenants as the interrupted one (--tenant, or environments.NAME.tenants).',
    );
  }
  const running: Record<string, string | null> = {};
  for (const { tenant, target } of targets) {
    await quiet(target!, entry.pluginId, o.wait);
    running[tenant] = (await target!.installation(entry.pluginId))?.identifier ?? null;
  }
  const say = (outcome: Resolution['outcome'], message: string): Settled => ({ entry, outcome, message });
  const resolve = async (
    outcome: Resolution['outcome'],
    state: 'success' | 'failure',
    message: string,
  ): Promise<Settled> => {
    await o.ledger.update(
      entry,
      {
        state,
        description: message,
        resolution: { outcome, by: o.by, at: ctx.now().toISOString(), message },
      },
      ctx.now(),
    );
    log(message);
    return say(outcome, message);
  };
  const label = `the interrupted ${entry.action} of ${entry.version} (ledger entry ${entry.id}, ${entry.createdAt})`;
  if (entry.action === 'rollback') {
    for (const { target } of targets)
      await putBack(target!, entry.identifier, {
        pluginId: entry.pluginId,
        digest: entry.digest,
        sources: { ...entry.source, store: o.store },
        wait: o.wait,
        log,
        ctx,
      });
    return resolve(
      'finished',
      'success',
      `${label} was finished: ${entry.environment} runs ${entry.identifier}`,
    );
  }
  const changed = targets.filter(({ tenant }) => running[tenant] !== (entry.previous[tenant] ?? null));
  if (entry.action === 'deploy') {
    return resolve(
      'abandoned',
      'failure',
      `${label} stopped before its checklist finished; ${entry.environment} runs ${Object.values(running)[0] ?? 'nothing'}: deploy again to check it`,
    );
  }
  if (changed.length === 0) {
    return resolve(
      'abandoned',
      'failure',
      `${label} had changed nothing yet: ${entry.environment} still runs ${describe(running)}`,
    );
  }
  for (const { tenant, target } of changed) {
    try {
      await putBack(target!, entry.previous[tenant] ?? null, {
        pluginId: entry.pluginId,
        ...(entry.previousDigests?.[tenant] ? { digest: entry.previousDigests[tenant] } : {}),
        sources: { store: o.store },
        wait: o.wait,
        log,
        ctx,
      });
    } catch (error) {
      if (isUnreachable(error)) throw error;
      throw new LedgerStateError(
        `${label} could not be rolled back on tenant ${tenant}: ${errorMessage(error)}`,
        'Fix what the message says, then run `rollback` for the environment: the ledger still holds the backup.',
      );
    }
  }
  return resolve(
    'rolled-back',
    'failure',
    `${label} was rolled back: ${changed.map((t) => t.tenant).join(', ')} put back on ${describe(entry.previous)}`,
  );
}

/** Let the plugin's running install tasks on a tenant end (the killed process may have left one). */
async function quiet(target: DifyTarget, pluginId: string, wait: WaitOptions): Promise<void> {
  const tasks = await target.tasks({ pageSize: 50 }).catch((error) => {
    if (isUnreachable(error)) throw error;
    return [];
  });
  for (const t of tasks) {
    if ((t.status === 'running' || t.status === 'pending') && t.plugins.some((p) => p.pluginId === pluginId))
      await target.waitForTask(t.id, wait).catch(() => undefined);
  }
}

function describe(map: Record<string, string | null>): string {
  const values = [...new Set(Object.values(map).map((v) => v ?? 'nothing'))];
  return values.join(', ');
}

export class LedgerStateError extends CheckFailedError {
  readonly code = 'DPR1206';
}
