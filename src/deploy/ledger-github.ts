/**
 * The ledger in GitHub Actions: GitHub's Deployments API, one environment per target environment.
 * A deploy, promote or rollback is a deployment whose payload carries the identifier and digest
 * (and the backup: what each tenant ran before, the tenants, where the package can be had again);
 * its statuses are `in_progress` (recorded before anything changes), then `success` (earlier
 * deployments of the environment made `inactive` by GitHub) or `failure`. A payload cannot change
 * after creation, so what happens later (tenants done, the checklist's verdict, how a later run
 * settled an interrupted one) is in the statuses' descriptions.
 *
 * Concurrency: the workflows give deploy, promote and rollback jobs a `concurrency` group per
 * environment, so `lock` only has to be a no-op here.
 */
import type { EntryChange, EntryState, Ledger, LedgerEntry, NewEntry, Resolution } from './ledger.js';

/**
 * The GitHub Deployments client this adapter uses: the `Deployments` interface of
 * src/github/deployments.ts (branch `release`), the members used here. Once that module is on
 * main, `restDeployments(api, repo)` is passed in as is (see github-link.ts).
 */
export interface DeploymentsPort {
  create(d: {
    ref: string;
    environment: string;
    payload: { identifier: string; digest: string; [key: string]: unknown };
    description?: string;
    transient?: boolean;
    production?: boolean;
  }): Promise<{ id: number; environment: string; createdAt: string; payload: Record<string, unknown> }>;
  setStatus(
    deploymentId: number,
    s: {
      state: string;
      description?: string;
      logUrl?: string;
      environmentUrl?: string;
      autoInactive?: boolean;
    },
  ): Promise<{ id: number; state: string; createdAt: string }>;
  list(query: { environment: string; limit?: number }): Promise<
    {
      id: number;
      environment: string;
      description: string;
      payload: Record<string, unknown>;
      createdAt: string;
    }[]
  >;
  statuses(deploymentId: number): Promise<{ state: string; description: string; createdAt: string }[]>;
}

const HISTORY = 20;
const RESOLUTION = /^\[(finished|rolled-back|abandoned) by ([^\]]+)\] /;

export class GitHubLedger implements Ledger {
  readonly kind = 'github' as const;
  readonly where: string;

  constructor(
    readonly environment: string,
    private readonly deployments: DeploymentsPort,
    private readonly options: { repo: string; ref: string; runUrl?: string; productionEnv?: string },
  ) {
    this.where = `GitHub Deployments of ${options.repo} (environment ${environment})`;
  }

  async history(): Promise<LedgerEntry[]> {
    const list = await this.deployments.list({ environment: this.environment, limit: HISTORY });
    const statuses = await Promise.all(list.map((d) => this.deployments.statuses(d.id)));
    return list.map((d, i) => toEntry(d, statuses[i]![0], this.environment));
  }

  async record(entry: NewEntry, at: Date): Promise<LedgerEntry> {
    const { description, environment: _e, ...rest } = entry;
    const payload = {
      ...rest,
      runner: { ...(entry.runner ?? {}), ...(this.options.runUrl ? { run: this.options.runUrl } : {}) },
    };
    const d = await this.deployments.create({
      ref: this.options.ref,
      environment: this.environment,
      payload,
      description: `${entry.action} ${entry.version}`,
      production: this.environment === (this.options.productionEnv ?? 'production'),
    });
    await this.deployments.setStatus(d.id, {
      state: 'in_progress',
      description,
      ...(this.options.runUrl ? { logUrl: this.options.runUrl } : {}),
    });
    const stamp = at.toISOString();
    return {
      ...entry,
      id: String(d.id),
      state: 'in_progress',
      createdAt: d.createdAt || stamp,
      updatedAt: stamp,
    };
  }

  async update(entry: LedgerEntry, change: EntryChange, at: Date): Promise<LedgerEntry> {
    const state = change.state ?? entry.state;
    const resolution = change.resolution ?? entry.resolution;
    const text = change.description ?? entry.description;
    const description = resolution ? `[${resolution.outcome} by ${resolution.by}] ${text}` : text;
    await this.deployments.setStatus(Number(entry.id), {
      state,
      description,
      ...(this.options.runUrl ? { logUrl: this.options.runUrl } : {}),
      ...(state === 'success' ? { autoInactive: true } : {}),
    });
    return { ...entry, ...change, state, description: text, updatedAt: at.toISOString() };
  }

  async lock(): Promise<() => Promise<void>> {
    return async () => {};
  }
}

function toEntry(
  d: {
    id: number;
    environment: string;
    description: string;
    payload: Record<string, unknown>;
    createdAt: string;
  },
  status: { state: string; description: string; createdAt: string } | undefined,
  environment: string,
): LedgerEntry {
  const p = d.payload;
  const text = status?.description ?? d.description;
  const m = RESOLUTION.exec(text);
  const resolution: Resolution | undefined = m
    ? {
        outcome: m[1] as Resolution['outcome'],
        by: m[2]!,
        at: status?.createdAt ?? '',
        message: text.slice(m[0].length),
      }
    : undefined;
  const record = (v: unknown): Record<string, string | null> =>
    v && typeof v === 'object' ? (v as Record<string, string | null>) : {};
  return {
    id: String(d.id),
    environment: d.environment || environment,
    action: (['deploy', 'promote', 'rollback'].includes(String(p.action))
      ? p.action
      : 'deploy') as LedgerEntry['action'],
    pluginId: String(p.pluginId ?? String(p.identifier ?? '').split(':')[0]),
    identifier: String(p.identifier ?? ''),
    version: String(p.version ?? ''),
    digest: String(p.digest ?? ''),
    state: stateOf(status?.state),
    tenants: Array.isArray(p.tenants) ? p.tenants.map(String) : [],
    previous: record(p.previous),
    ...(p.previousDigests ? { previousDigests: record(p.previousDigests) as Record<string, string> } : {}),
    ...(p.source && typeof p.source === 'object' ? { source: p.source as LedgerEntry['source'] } : {}),
    ...checklistOf(text.replace(RESOLUTION, ''), p.checklist),
    description: m ? text.slice(m[0].length) : text,
    createdAt: d.createdAt,
    updatedAt: status?.createdAt ?? d.createdAt,
    ...(p.runner && typeof p.runner === 'object' ? { runner: p.runner as LedgerEntry['runner'] } : {}),
    ...(resolution ? { resolution } : {}),
  };
}

/** GitHub's states as the ledger's: a queued or pending deployment has not finished either. */
function stateOf(state: string | undefined): EntryState {
  if (state === 'success' || state === 'inactive') return state;
  if (state === 'failure' || state === 'error') return 'failure';
  return 'in_progress';
}

/**
 * The checklist an entry carries on GitHub: the permissions the package requested (in the payload,
 * written before the change), and the verdict its final status's description states.
 */
function checklistOf(text: string, payload: unknown): { checklist?: LedgerEntry['checklist'] } {
  const verdict = /checklist (passed|failed)/.exec(text)?.[1];
  const promoted = /^promoted /.test(text);
  const perms = (payload as { permissions?: unknown } | undefined)?.permissions;
  const permissions = Array.isArray(perms) ? perms.map(String) : undefined;
  if (!verdict && !promoted && !permissions) return {};
  return {
    checklist: {
      version: 1,
      passed: verdict === 'passed' || (promoted && verdict !== 'failed'),
      gates: [],
      ...(permissions ? { permissions } : {}),
    },
  };
}
