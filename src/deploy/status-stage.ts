/**
 * `status [--env NAME]`: what each environment runs according to its ledger, and what came before
 * (newest first). It reads the ledger only (no lock, no target): an entry left `in_progress` is
 * shown as such, and the next deploy, promote or rollback settles it.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { StageContext } from '../io/context.js';
import { currentEntry, type LedgerEntry, lastGood, unsettled } from './ledger.js';
import type { LedgerChoice } from './ledger-open.js';
import { readOtherLedger } from './session.js';
import type { TargetFlags } from './tenants.js';

export interface StatusInput extends TargetFlags {
  env?: string;
  ledger?: LedgerChoice;
  token?: string;
  /** How many earlier entries to show (default 10). */
  limit?: number;
}

export interface HistoryItem {
  id: string;
  action: LedgerEntry['action'];
  state: LedgerEntry['state'];
  identifier: string;
  version: string;
  digest: string;
  tenants: string[];
  previous: Record<string, string | null>;
  description: string;
  createdAt: string;
  updatedAt: string;
  resolution?: LedgerEntry['resolution'];
}

export interface EnvironmentStatus {
  environment: string;
  ledger: { kind: 'local' | 'github'; where: string };
  /** What runs there by the ledger (the newest entry that succeeded); null when nothing did. */
  current: {
    identifier: string;
    version: string;
    digest: string;
    entry: string;
    action: string;
    at: string;
  } | null;
  /** What `rollback` would put back; null when the ledger knows no earlier version. */
  rollbackTo: { identifier: string } | null;
  /** Entries still in progress (an interrupted run, or one running now). */
  inProgress: string[];
  history: HistoryItem[];
}

export interface StatusResult {
  environments: EnvironmentStatus[];
}

export async function statusStage(input: StatusInput, ctx: StageContext): Promise<StatusResult> {
  const names = input.env ? [input.env] : environmentNames(ctx);
  const environments: EnvironmentStatus[] = [];
  for (const name of names) {
    const ledger = await readOtherLedger(
      name,
      { ...(input.ledger ? { ledger: input.ledger } : {}), ...(input.token ? { token: input.token } : {}) },
      ctx,
      input,
    );
    const history = await ledger.history();
    const current = currentEntry(history);
    const back = current?.action === 'rollback' ? undefined : lastGood(history);
    environments.push({
      environment: name,
      ledger: { kind: ledger.kind, where: ledger.where },
      current: current
        ? {
            identifier: current.identifier,
            version: current.version,
            digest: current.digest,
            entry: current.id,
            action: current.action,
            at: current.updatedAt,
          }
        : null,
      rollbackTo: back ? { identifier: back.identifier } : null,
      inProgress: unsettled(history).map((e) => e.id),
      history: history.slice(0, input.limit ?? 10).map(item),
    });
  }
  return { environments };
}

function item(e: LedgerEntry): HistoryItem {
  return {
    id: e.id,
    action: e.action,
    state: e.state,
    identifier: e.identifier,
    version: e.version,
    digest: e.digest,
    tenants: e.tenants,
    previous: e.previous,
    description: e.description,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    ...(e.resolution ? { resolution: e.resolution } : {}),
  };
}

/** The configured environments, then those with local state under .dify-release/envs/. */
function environmentNames(ctx: StageContext): string[] {
  const names = new Set(Object.keys(ctx.config.environments));
  const dir = path.join(ctx.cwd, '.dify-release', 'envs');
  if (existsSync(dir)) {
    for (const d of readdirSync(dir, { withFileTypes: true }))
      if (d.isDirectory() && existsSync(path.join(dir, d.name, 'ledger.json'))) names.add(d.name);
  }
  if (names.size === 0) names.add('staging').add('production');
  return [...names];
}
