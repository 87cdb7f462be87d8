/**
 * The ledger: what is deployed where, and what was there before (design §6). One history per
 * environment, newest first; every deploy, promote and rollback is an entry that starts
 * `in_progress` BEFORE anything changes on the target (it carries the backup: what each tenant ran)
 * and ends `success` or `failure`. Rollback reads only this; nothing else may guess.
 *
 * Two stores behind one interface: a local file written atomically (ledger-local.ts: a workstation,
 * the embedded daemon) and GitHub Deployments (ledger-github.ts: in Actions). The states are
 * GitHub's own: `in_progress`, `success`, `failure`, `inactive`.
 */

export type EntryState = 'in_progress' | 'success' | 'failure' | 'inactive';
export type EntryAction = 'deploy' | 'promote' | 'rollback';

/** How a later command settled an entry its own process could not finish (kill -9, a dead target). */
export interface Resolution {
  outcome: 'finished' | 'rolled-back' | 'abandoned';
  /** The entry (or command) that settled it. */
  by: string;
  at: string;
  /** One sentence for people. */
  message: string;
}

/** The compact checklist an entry carries (the whole record is a file: record.ts). */
export interface ChecklistSummary {
  version: 1;
  /** Every required gate passed. */
  passed: boolean;
  gates: { id: string; status: string; required: boolean }[];
  /** Where the full record was written (local), when it was. */
  record?: string;
  /** Figures for the next release to compare with (performance). */
  metrics?: { sizeBytes?: number; installMs?: number; startupMs?: number };
  /** The permissions the package requested (permissions: escalations against the last release). */
  permissions?: string[];
}

export interface LedgerEntry {
  id: string;
  environment: string;
  action: EntryAction;
  pluginId: string;
  identifier: string;
  version: string;
  /** sha256 of the package file. */
  digest: string;
  state: EntryState;
  /** The tenants this entry changes, in order (canaries first). */
  tenants: string[];
  /** The backup: what each tenant ran before (an identifier, or null when the plugin was not installed). */
  previous: Record<string, string | null>;
  /** Digests of the previous identifiers, when the ledger knew them. */
  previousDigests?: Record<string, string>;
  /** Where the package can be had again (a local copy, the release asset). */
  source?: { file?: string; url?: string };
  checklist?: ChecklistSummary;
  /** Tenants already changed (local ledger; GitHub keeps them in the status description). */
  done?: string[];
  description: string;
  createdAt: string;
  updatedAt: string;
  /** Who ran it. */
  runner?: { pid?: number; host?: string; run?: string };
  resolution?: Resolution;
}

export type NewEntry = Omit<LedgerEntry, 'id' | 'state' | 'createdAt' | 'updatedAt'>;

export interface EntryChange {
  state?: EntryState;
  description?: string;
  done?: string[];
  resolution?: Resolution;
  checklist?: ChecklistSummary;
}

export interface Ledger {
  readonly kind: 'local' | 'github';
  readonly environment: string;
  /** Where it lives, for people (`.dify-release/envs/production/ledger.json`, `GitHub Deployments of o/r`). */
  readonly where: string;
  /** Newest first. */
  history(): Promise<LedgerEntry[]>;
  /** Record an entry `in_progress` (before any change). */
  record(entry: NewEntry, at: Date): Promise<LedgerEntry>;
  update(entry: LedgerEntry, change: EntryChange, at: Date): Promise<LedgerEntry>;
  /**
   * Hold the environment so two deployments never interleave: a lock file locally (released by
   * the returned function; a dead holder's lock is taken over); in Actions the workflows'
   * `concurrency` groups do it, and `lock` is a no-op (an entry left in progress is settled as interrupted).
   */
  lock(command: string): Promise<() => Promise<void>>;
}

/** What the environment runs according to the ledger: the newest entry that succeeded. */
export function currentEntry(history: readonly LedgerEntry[]): LedgerEntry | undefined {
  return history.find((e) => e.state === 'success');
}

/** Entries still `in_progress`: with the lock held, their process is gone (kill -9, a crash). */
export function unsettled(history: readonly LedgerEntry[]): LedgerEntry[] {
  return history.filter((e) => e.state === 'in_progress');
}

/**
 * The last good version before the current one: what the newest successful deploy or promote
 * replaced (its backup), when every tenant ran the same identifier. Undefined when the ledger knows
 * no earlier version.
 */
export function lastGood(
  history: readonly LedgerEntry[],
): { identifier: string; digest?: string; entry: LedgerEntry } | undefined {
  const current = currentEntry(history);
  if (!current) return undefined;
  const before = Object.values(current.previous).filter((p): p is string => Boolean(p));
  const identifier = before[0];
  if (!identifier || before.some((p) => p !== identifier)) return undefined;
  const digest =
    current.previousDigests?.[Object.keys(current.previous)[0]!] ??
    history.find((e) => e.identifier === identifier && e.digest)?.digest;
  return { identifier, ...(digest ? { digest } : {}), entry: current };
}

/** The newest entry of a version (or identifier) that succeeded: `rollback --to VERSION`. */
export function entryOfVersion(history: readonly LedgerEntry[], version: string): LedgerEntry | undefined {
  return history.find(
    (e) =>
      (e.version === version || e.identifier === version) &&
      (e.state === 'success' || e.state === 'inactive'),
  );
}
