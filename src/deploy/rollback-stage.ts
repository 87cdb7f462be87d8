/**
 * `rollback --env NAME [--to VERSION]`: put every tenant of the environment back on the last good
 * identifier the ledger records (what the current deploy or promote replaced), or on the named
 * version, then check it and record it. It reads only the ledger: with no earlier version there it
 * refuses (it never guesses from the target). When the target lost the package it is uploaded
 * again from `--package`, the artifact store or the release asset, checked against the recorded
 * digest. A second run finds the environment already on that version and says so (no change).
 *
 * Target calls beyond the reinstall itself (upload when lost, upgrade or install, the task): one
 * read of what each tenant runs before, one read to check the result (the identifier, and the
 * plugin's process when the target reports it).
 */
import path from 'node:path';
import { CheckFailedError, errorMessage } from '../core/errors.js';
import type { Installation } from '../daemon/types.js';
import type { StageContext } from '../io/context.js';
import { currentEntry, entryOfVersion, type LedgerEntry, lastGood } from './ledger.js';
import type { Settled } from './recover.js';
import { type PutBack, putBack } from './reinstall.js';
import { openSession, readOtherLedger, type SessionInput } from './session.js';

export interface RollbackInput extends SessionInput {
  /** A version (`0.1.0`) or identifier the ledger has seen succeed on this environment. */
  to?: string;
  /** A local copy of the package to put back, when the target and the store lost it. */
  package?: string;
}

export interface RollbackTenant {
  tenant: string;
  from?: string;
  to: string;
  action: PutBack['action'];
  absentMs?: number;
  uploadedFrom?: string;
  durationMs: number;
}

export interface RollbackResult {
  environment: string;
  /** rolled-back: changed and verified; unchanged: already there (a second run); failed. */
  outcome: 'rolled-back' | 'unchanged' | 'failed';
  pluginId: string;
  identifier: string;
  version: string;
  digest?: string;
  /** The ledger entry rolled away from. */
  replaced?: { id: string; identifier: string; version: string; action: string };
  tenants: RollbackTenant[];
  entry?: LedgerEntry;
  ledger: { kind: 'local' | 'github'; where: string };
  target: { kind: 'daemon' | 'console'; url: string; embedded: boolean };
  settled: Settled[];
  notes: string[];
  durationMs: number;
  error?: { message: string; fix?: string };
  plan?: string[];
}

export class NoEarlierVersionError extends CheckFailedError {
  readonly code = 'DPR1209';
}

export class RollbackFailedError extends CheckFailedError {
  readonly code = 'DPR1206';
}

/** What `rollback` would put back, from the ledger alone. */
export function rollbackPoint(
  history: readonly LedgerEntry[],
  environment: string,
  to?: string,
): {
  identifier: string;
  version: string;
  digest?: string;
  source?: LedgerEntry['source'];
  replaced?: LedgerEntry;
} {
  const current = currentEntry(history);
  if (to) {
    const e = entryOfVersion(history, to);
    if (!e) {
      const seen = [
        ...new Set(
          history.filter((h) => h.state === 'success' || h.state === 'inactive').map((h) => h.version),
        ),
      ];
      throw new NoEarlierVersionError(
        `the ledger of ${environment} has no successful deployment of ${to}${seen.length ? ` (it has: ${seen.join(', ')})` : ''}`,
        `Name a version the ledger knows (\`status --env ${environment}\` lists them), or deploy and promote ${to} the usual way.`,
      );
    }
    return {
      identifier: e.identifier,
      version: e.version,
      digest: e.digest,
      ...(e.source ? { source: e.source } : {}),
      ...(current ? { replaced: current } : {}),
    };
  }
  if (!current) {
    throw new NoEarlierVersionError(
      `the ledger of ${environment} records no successful deployment: there is nothing to roll back to`,
      `Deploy (or promote) a version first; \`status --env ${environment}\` shows the ledger.`,
    );
  }
  // A rollback that succeeded is the point itself: a second run checks it and changes nothing.
  if (current.action === 'rollback')
    return {
      identifier: current.identifier,
      version: current.version,
      digest: current.digest,
      ...(current.source ? { source: current.source } : {}),
    };
  const good = lastGood(history);
  if (!good) {
    throw new NoEarlierVersionError(
      `${environment} runs ${current.identifier} (ledger entry ${current.id}), and the ledger knows no earlier version: it was the first installation there`,
      `Name a version with --to VERSION if one ever ran there, or fix forward: deploy and promote a fixed version.`,
    );
  }
  const e = history.find((h) => h.identifier === good.identifier);
  return {
    identifier: good.identifier,
    version: e?.version ?? good.identifier.split(':')[1]?.split('@')[0] ?? '',
    ...(good.digest ? { digest: good.digest } : {}),
    ...(e?.source ? { source: e.source } : {}),
    replaced: current,
  };
}

export async function rollbackStage(input: RollbackInput, ctx: StageContext): Promise<RollbackResult> {
  const started = Date.now();
  // An environment with no history at all has nothing in progress either: refused without the lock.
  const known = await (await readOtherLedger(input.env, input, ctx, input)).history();
  if (known.length === 0) rollbackPoint(known, input.env, input.to);
  const s = await openSession('rollback', input, ctx);
  try {
    const point = rollbackPoint(s.history, s.environment, input.to);
    const pluginId = point.identifier.split(':')[0]!;
    const notes: string[] = s.settled.map((x) => x.message);
    const base = {
      environment: s.environment,
      pluginId,
      identifier: point.identifier,
      version: point.version,
      ...(point.digest ? { digest: point.digest } : {}),
      ...(point.replaced
        ? {
            replaced: {
              id: point.replaced.id,
              identifier: point.replaced.identifier,
              version: point.replaced.version,
              action: point.replaced.action,
            },
          }
        : {}),
      ledger: { kind: s.ledger.kind, where: s.ledger.where },
      target: { kind: s.targets.kind, url: s.targets.url, embedded: s.targets.embedded },
      settled: s.settled,
      notes,
    };
    const running = new Map<string, Installation | null>();
    for (const t of s.targets.tenants) running.set(t.tenant, (await t.target.installation(pluginId)) ?? null);
    const toChange = s.targets.tenants.filter((t) => running.get(t.tenant)?.identifier !== point.identifier);
    if (toChange.length === 0) {
      const already = s.targets.tenants.map((t) => ({
        tenant: t.tenant,
        from: point.identifier,
        to: point.identifier,
        action: 'unchanged' as const,
        durationMs: 0,
      }));
      notes.push(`${s.environment} already runs ${point.identifier}: nothing to roll back`);
      return { ...base, outcome: 'unchanged', tenants: already, durationMs: Date.now() - started };
    }
    if (ctx.dryRun) {
      return {
        ...base,
        outcome: 'unchanged',
        tenants: [],
        plan: toChange.map(
          (t) =>
            `${t.tenant}: put ${running.get(t.tenant)?.identifier ?? 'nothing'} back to ${point.identifier}, then check it`,
        ),
        durationMs: Date.now() - started,
      };
    }
    let entry = await s.ledger.record(
      {
        environment: s.environment,
        action: 'rollback',
        pluginId,
        identifier: point.identifier,
        version: point.version,
        digest: point.digest ?? '',
        tenants: toChange.map((t) => t.tenant),
        previous: Object.fromEntries(
          toChange.map((t) => [t.tenant, running.get(t.tenant)?.identifier ?? null]),
        ),
        ...(point.source ? { source: point.source } : {}),
        description: `rolling back to ${point.version}${point.replaced ? ` from ${point.replaced.version}` : ''}`,
      },
      ctx.now(),
    );
    const tenants: RollbackTenant[] = [];
    const sources = {
      ...(input.package
        ? { file: path.resolve(ctx.cwd, input.package) }
        : point.source?.file
          ? { file: point.source.file }
          : {}),
      ...(point.source?.url ? { url: point.source.url } : {}),
      store: s.store,
    };
    try {
      for (const t of toChange) {
        const who = s.targets.tenants.length > 1 ? `${t.tenant}: ` : '';
        const done = await putBack(t.target, point.identifier, {
          pluginId,
          ...(point.digest ? { digest: point.digest } : {}),
          sources,
          wait: s.wait,
          log: (m) => ctx.log(`${who}${m}`),
          ctx,
          installed: running.get(t.tenant) ?? null,
        });
        // The check: the read after the reinstall (an authenticated call, so the target answers)
        // reports the identifier; and the plugin's process, when the target tells, has not failed.
        const rt = done.installation?.runtime;
        if (rt && (rt.status === 'failed' || rt.status === 'exited'))
          throw new RollbackFailedError(
            `${who}${point.identifier} is installed again but its process ${rt.status}${rt.message ? `: ${rt.message.slice(-200)}` : ''}`,
            'Look at the plugin’s log on the target; the ledger still names the versions to choose from (`status`).',
          );
        tenants.push({
          tenant: t.tenant,
          ...(done.from ? { from: done.from } : {}),
          to: point.identifier,
          action: done.action,
          ...(done.absentMs !== undefined ? { absentMs: done.absentMs } : {}),
          ...(done.uploadedFrom ? { uploadedFrom: done.uploadedFrom } : {}),
          durationMs: done.durationMs,
        });
        if (done.uploadedFrom)
          notes.push(
            `${who}the target had lost ${point.identifier}: uploaded again from ${done.uploadedFrom}`,
          );
        if (done.absentMs !== undefined)
          notes.push(
            `${who}the plugin was absent for ${done.absentMs} ms (the console uninstalls, then installs)`,
          );
        entry = await s.ledger.update(entry, { done: tenants.map((x) => x.tenant) }, ctx.now());
      }
    } catch (error) {
      const message = `the rollback of ${s.environment} to ${point.identifier} failed${tenants.length ? ` after ${tenants.map((x) => x.tenant).join(', ')}` : ''}: ${errorMessage(error)}`;
      entry = await s.ledger.update(
        entry,
        { state: 'failure', description: message.slice(0, 400) },
        ctx.now(),
      );
      const fix = (error as { fix?: string }).fix;
      return {
        ...base,
        outcome: 'failed',
        tenants,
        entry,
        durationMs: Date.now() - started,
        error: { message, ...(fix ? { fix } : {}) },
      };
    }
    entry = await s.ledger.update(
      entry,
      {
        state: 'success',
        description: `rolled back to ${point.version}${point.replaced ? ` from ${point.replaced.version} (ledger entry ${point.replaced.id})` : ''}; verified on ${tenants.length} tenant${tenants.length > 1 ? 's' : ''}`,
      },
      ctx.now(),
    );
    return { ...base, outcome: 'rolled-back', tenants, entry, durationMs: Date.now() - started };
  } finally {
    await s.close();
  }
}
