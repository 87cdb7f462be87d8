/**
 * Install tasks on a target, seen and cleaned through its API (never its database): the supported
 * way out of the stuck "Installing" state operators otherwise fix with `delete from install_tasks`
 * (dify#17375, #35250, #35882, #30825).
 *
 * A task is `failed` (it ended badly: the daemon keeps it until it is deleted), `success` (the daemon
 * deletes it itself after a minute or two), `running` (pending or running, and active recently), or
 * `stale`: pending or running with no change for longer than any install takes (the daemon gives up
 * on a task after PYTHON_ENV_INIT_TIMEOUT plus a minute, and on an install after PLUGIN_INSTALL_TIMEOUT;
 * a task that still says running long after is one nobody will finish). Cleanup deletes failed and
 * stale tasks; it refuses while a task is running unless forced, and then keeps the running ones.
 * Running it again deletes nothing: it is idempotent.
 */
import type { DifyTarget, InstallTask, TaskStatus } from '../daemon/types.js';
import { classifyFailure, type FailureDiagnosis } from './failures.js';

/** Default: a task unchanged for 30 minutes is stale (longer than every timeout the daemon applies). */
export const DEFAULT_STALE_AFTER_MS = 30 * 60_000;

export type TaskState = 'running' | 'stale' | 'failed' | 'success';

export interface TaskItemView {
  identifier: string;
  status: TaskStatus;
  message: string;
  /** Why it failed, for failed items. */
  diagnosis?: FailureDiagnosis;
}

export interface TaskView {
  id: string;
  status: TaskStatus;
  state: TaskState;
  createdAt: string;
  updatedAt: string;
  /** Milliseconds since the task last changed (its update time, else its creation). */
  idleMs: number;
  plugins: TaskItemView[];
}

export interface TasksOptions {
  now: () => Date;
  staleAfterMs?: number;
}

/** A task as operators see it: its state, its plugins, and why the failed ones failed. */
export function viewTask(task: InstallTask, now: Date, staleAfterMs = DEFAULT_STALE_AFTER_MS): TaskView {
  const last = Date.parse(task.updatedAt) || Date.parse(task.createdAt);
  const idleMs = Number.isFinite(last) ? Math.max(0, now.getTime() - last) : 0;
  const active = task.status === 'pending' || task.status === 'running';
  // A failed task whose other plugins still install is running until they end.
  const itemsActive = task.plugins.some((p) => p.status === 'pending' || p.status === 'running');
  const state: TaskState =
    active || (task.status === 'failed' && itemsActive)
      ? idleMs > staleAfterMs
        ? 'stale'
        : 'running'
      : task.status === 'failed'
        ? 'failed'
        : 'success';
  return {
    id: task.id,
    status: task.status,
    state,
    createdAt: task.createdAt,
    updatedAt: task.updatedAt,
    idleMs,
    plugins: task.plugins.map((p) => ({
      identifier: p.identifier,
      status: p.status,
      message: p.message,
      ...(p.status === 'failed'
        ? { diagnosis: classifyFailure(p.message || 'failed without a message') }
        : {}),
    })),
  };
}

/** Every install task of the target's tenant or workspace, newest first (every page). */
export async function fetchTasks(target: DifyTarget): Promise<InstallTask[]> {
  const pageSize = 256;
  const out: InstallTask[] = [];
  const seen = new Set<string>();
  for (let page = 1; page <= 64; page++) {
    const batch = await target.tasks({ page, pageSize });
    for (const t of batch) {
      if (seen.has(t.id)) continue;
      seen.add(t.id);
      out.push(t);
    }
    if (batch.length < pageSize) break;
  }
  return out;
}

export async function listTasks(target: DifyTarget, options: TasksOptions): Promise<TaskView[]> {
  const now = options.now();
  return (await fetchTasks(target)).map((t) => viewTask(t, now, options.staleAfterMs));
}

export interface CleanupOptions extends TasksOptions {
  /** Delete failed and stale tasks even while another task runs (the running ones are kept). */
  force?: boolean;
  /** Say what would be deleted; delete nothing. */
  dryRun?: boolean;
  log?: (message: string) => void;
}

export interface CleanupResult {
  /** The tasks found before anything was deleted. */
  found: TaskView[];
  /** Deleted (or, in a dry run, to be deleted): the failed and stale ones. */
  deleted: TaskView[];
  /** Left alone: running and succeeded tasks (and everything, when refused). */
  kept: TaskView[];
  /** Cleanup refused because these run (and --force was not given). */
  refusedFor: TaskView[];
  /** Tasks still listed after the cleanup that it meant to delete (should be none). */
  remaining: TaskView[];
  dryRun: boolean;
}

export async function cleanupTasks(target: DifyTarget, options: CleanupOptions): Promise<CleanupResult> {
  const found = await listTasks(target, options);
  const doomed = found.filter((t) => t.state === 'failed' || t.state === 'stale');
  const running = found.filter((t) => t.state === 'running');
  const base = { found, remaining: [], dryRun: options.dryRun === true };
  if (running.length > 0 && !options.force) {
    return { ...base, deleted: [], kept: found, refusedFor: running };
  }
  const kept = found.filter((t) => !doomed.includes(t));
  if (options.dryRun || doomed.length === 0) return { ...base, deleted: doomed, kept, refusedFor: [] };
  for (const t of doomed) {
    options.log?.(`Deleting ${t.state} task ${t.id} (${t.plugins.map((p) => p.identifier).join(', ')})`);
    await target.deleteTask(t.id);
  }
  const after = new Set((await fetchTasks(target)).map((t) => t.id));
  return {
    ...base,
    deleted: doomed,
    kept,
    refusedFor: [],
    remaining: doomed.filter((t) => after.has(t.id)),
  };
}

export { idleText } from './text.js';
