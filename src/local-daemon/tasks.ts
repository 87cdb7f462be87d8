/**
 * Install and upgrade as the daemon runs them (internal/service/install_plugin.go,
 * internal/tasks/install_plugin*.go): a task is created `running` with its plugins `pending`, then
 * each plugin goes `running` ("starting", info messages), then `success` ("installed",
 * "upgraded") or `failed` (the error, first and last 512 characters); any failure fails the task,
 * all successes succeed it, and a succeeded task is deleted two minutes later. "Installed" is per
 * tenant by plugin id. The installation and the task's success are written together, so a crash
 * leaves either both or neither.
 */
import { randomUUID } from 'node:crypto';
import { pluginIdOf } from '../daemon/shapes.js';
import { badRequest, internalError, joined, notFound } from './envelope.js';
import type { PythonRuntime } from './runtime.js';
import {
  type DaemonStore,
  type InstallationRecord,
  SUCCESS_TASK_TTL_MS,
  type TaskPluginRecord,
  type TaskRecord,
} from './store.js';

export interface TaskStartData {
  all_installed: boolean;
  task_id: string;
}

/** The reason tasks running at a graceful stop are failed with (the daemon's RecycleTasks). */
export const SHUTDOWN_REASON = 'An unexpected daemon shutdown occurred';

export class TaskEngine {
  private readonly running = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(
    private readonly store: DaemonStore,
    private readonly now: () => Date,
    private readonly runtime?: PythonRuntime,
  ) {}

  install(
    tenant: string,
    identifiers: string[],
    source: string,
    metas: Record<string, unknown>[],
  ): TaskStartData {
    const needs = identifiers.map((id) => !this.store.installationByPluginId(tenant, pluginIdOf(id)));
    if (needs.every((n) => !n)) return { all_installed: true, task_id: '' };
    const declarations = identifiers.map((id) => {
      const d = this.store.declaration(id);
      if (!d) throw internalError(joined('plugin not found', 'failed to get plugin declaration'));
      return d;
    });
    const task = this.createTask(tenant, identifiers, declarations, source);
    identifiers.forEach((identifier, i) => {
      void this.job(task.id, identifier, () =>
        this.installOne(tenant, identifier, needs[i]!, source, metas[i] ?? {}),
      );
    });
    return { all_installed: false, task_id: task.id };
  }

  upgrade(
    tenant: string,
    original: string,
    next: string,
    source: string,
    meta: Record<string, unknown>,
  ): TaskStartData {
    const installation = this.store
      .installations(tenant)
      .find((i) => i.plugin_unique_identifier === original);
    if (!installation) throw notFound('plugin installation not found for this tenant');
    if (!this.store.declaration(original)) throw internalError('plugin not found');
    if (this.store.plugin(next)) {
      // The new version runs already (installed for another tenant): the upgrade is immediate.
      if (!this.store.declaration(next)) throw internalError('plugin not found');
      this.store.setInstallation(this.record(tenant, next, source, meta, installation));
      return { all_installed: true, task_id: '' };
    }
    const task = this.createTask(tenant, [next], [{}], source);
    void this.job(task.id, next, async () => {
      const declaration = this.store.declaration(next);
      if (!declaration || !this.store.hasPackage(next))
        throw new Error('failed to start installation: plugin package not found, please upload it firstly');
      await this.ensureRuntime(next);
      const current = this.store.installationByPluginId(tenant, pluginIdOf(next));
      return {
        record: this.record(tenant, next, source, meta, current),
        message: 'upgraded',
        previous: original,
      };
    });
    return { all_installed: false, task_id: task.id };
  }

  /** Fail the tasks still running (a graceful stop), as the daemon's finalizer does. */
  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    for (const id of this.running) {
      const task = this.store.task(id);
      if (!task) continue;
      task.status = 'failed';
      task.updated_at = this.now().toISOString();
      for (const p of task.plugins) {
        p.status = 'failed';
        p.message = SHUTDOWN_REASON;
      }
      this.store.putTask(task);
    }
    this.running.clear();
  }

  // -------------------------------------------------------------------------------------------

  private createTask(
    tenant: string,
    identifiers: string[],
    declarations: Record<string, unknown>[],
    source: string,
  ): TaskRecord {
    const stamp = this.now().toISOString();
    const plugins: TaskPluginRecord[] = identifiers.map((identifier, i) => {
      const d = declarations[i] ?? {};
      return {
        plugin_unique_identifier: identifier,
        labels: (d.label as Record<string, string> | undefined) ?? {},
        icon: typeof d.icon === 'string' ? d.icon : '',
        icon_dark: typeof d.icon_dark === 'string' ? d.icon_dark : '',
        plugin_id: pluginIdOf(identifier),
        status: 'pending',
        message: '',
        source,
      };
    });
    const task: TaskRecord = {
      id: randomUUID(),
      created_at: stamp,
      updated_at: stamp,
      status: 'running',
      tenant_id: tenant,
      total_plugins: plugins.length,
      completed_plugins: 0,
      plugins,
    };
    this.store.putTask(task);
    return task;
  }

  private async installOne(
    tenant: string,
    identifier: string,
    needsRuntime: boolean,
    source: string,
    meta: Record<string, unknown>,
  ): Promise<{ record?: InstallationRecord; message: string }> {
    // Already installed for this plugin id: the daemon records nothing new and says "installed".
    if (!needsRuntime || this.store.installationByPluginId(tenant, pluginIdOf(identifier)))
      return { message: 'installed' };
    await this.ensureRuntime(identifier);
    return { record: this.record(tenant, identifier, source, meta), message: 'installed' };
  }

  /** With `--runtime python`: the environment made and the plugin started (it must stay up). */
  private async ensureRuntime(identifier: string): Promise<void> {
    if (!this.runtime) return;
    if (this.runtime.state(identifier).status === 'running') return;
    // Progress goes to every running task that installs this identifier (an info message each).
    const say = (message: string) => {
      for (const id of this.running) this.setItem(id, identifier, undefined, message);
    };
    const dir = await this.runtime.prepare(identifier, this.store.packagePath(identifier), say);
    const meta = (this.store.declaration(identifier)?.meta ?? {}) as { runner?: { entrypoint?: string } };
    say('starting the plugin');
    await this.runtime.launch(identifier, dir, meta.runner?.entrypoint || 'main');
  }

  /** Start the runtimes of what is installed (after a restart), in the background. */
  restartRuntimes(): void {
    if (!this.runtime) return;
    for (const identifier of this.store.installedIdentifiers()) {
      void this.ensureRuntime(identifier).catch(() => {
        // The runtime state says why (failed, with its output).
      });
    }
  }

  private record(
    tenant: string,
    identifier: string,
    source: string,
    meta: Record<string, unknown>,
    previous?: InstallationRecord,
  ): InstallationRecord {
    const stamp = this.now().toISOString();
    return {
      id: previous?.id ?? randomUUID(),
      created_at: previous?.created_at ?? stamp,
      updated_at: stamp,
      tenant_id: tenant,
      plugin_id: pluginIdOf(identifier),
      plugin_unique_identifier: identifier,
      runtime_type: 'local',
      endpoints_setups: previous?.endpoints_setups ?? 0,
      endpoints_active: previous?.endpoints_active ?? 0,
      source,
      meta,
    };
  }

  /** Run one plugin of a task: running → success (with its installation, in one write) or failed. */
  private async job(
    taskId: string,
    identifier: string,
    work: () => Promise<{ record?: InstallationRecord; message: string; previous?: string }>,
  ): Promise<void> {
    this.running.add(taskId);
    await new Promise((r) => setImmediate(r));
    try {
      this.setItem(taskId, identifier, 'running', 'starting');
      const outcome = await work();
      if (this.closed) return;
      const task = this.update(taskId, identifier, 'success', outcome.message);
      if (outcome.record) this.store.setInstallation(outcome.record, task);
      else if (task) this.store.putTask(task);
      if (
        outcome.previous &&
        outcome.previous !== identifier &&
        this.runtime &&
        !this.store.plugin(outcome.previous)
      )
        await this.runtime.stop(outcome.previous);
      if (task?.status === 'success') this.expire(taskId);
    } catch (error) {
      if (this.closed) return;
      const task = this.update(taskId, identifier, 'failed', (error as Error).message || String(error));
      if (task) this.store.putTask(task);
    } finally {
      this.running.delete(taskId);
    }
  }

  private setItem(
    taskId: string,
    identifier: string,
    status: TaskRecord['status'] | undefined,
    message: string,
  ): void {
    if (this.closed) return;
    const task = this.update(taskId, identifier, status, message);
    if (task) this.store.putTask(task);
  }

  /** The daemon's status rules (SetTaskStatusForOnePlugin, UpdateTaskStatus), applied in memory. */
  private update(
    taskId: string,
    identifier: string,
    status: TaskRecord['status'] | undefined,
    message: string,
  ): TaskRecord | undefined {
    const task = this.store.task(taskId);
    const item = task?.plugins.find((p) => p.plugin_unique_identifier === identifier);
    if (!task || !item) return undefined;
    const before = item.status;
    item.message = truncate(message);
    if (status) item.status = status;
    if (status === 'success' && before !== 'success') task.completed_plugins++;
    if (status === 'failed') {
      task.status = 'failed';
      if (before === 'success' && task.completed_plugins > 0) task.completed_plugins--;
    }
    if (task.plugins.every((p) => p.status === 'success')) task.status = 'success';
    task.updated_at = this.now().toISOString();
    return task;
  }

  private expire(taskId: string): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.closed && this.store.task(taskId)?.status === 'success') this.store.deleteTask(taskId);
    }, SUCCESS_TASK_TTL_MS);
    timer.unref();
    this.timers.add(timer);
  }
}

/** The daemon keeps the first and last 512 characters of a message over 1024. */
export function truncate(message: string): string {
  return message.length > 1024 ? `${message.slice(0, 512)}...${message.slice(-512)}` : message;
}

export { badRequest };
