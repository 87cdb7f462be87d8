/**
 * The embedded daemon's state, in a data directory that survives a crash:
 *
 *   state.json              installations per tenant, install tasks, plugin records, permissions
 *   packages/<key>.difypkg  uploaded packages, by identifier (key = sha256 of the identifier)
 *   declarations/<key>.json the declaration decoded at upload
 *   assets/<asset id>       icons, as the daemon stores them (sha256(content ‖ name) + extension)
 *
 * Every file is written whole (temporary name, fsync, rename: src/io/files.ts), and a file is
 * written before `state.json` refers to it, so a `kill -9` at any point leaves either the state
 * before or the state after an operation, never half of one. Installing is one write of
 * `state.json` (the installation and the task's success together). On load, tasks left `pending` or
 * `running` by a process that died are failed with the reason, never left running.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { EnvironmentError, errorMessage } from '../core/errors.js';
import { writeAtomic } from '../io/files.js';
import { lockDirectory, unlockDirectory } from './lock.js';
import type {
  DeclarationIndex,
  InstallationRecord,
  PermissionRecord,
  PluginRecord,
  TaskRecord,
} from './records.js';

export type {
  DeclarationIndex,
  InstallationRecord,
  PermissionRecord,
  PluginRecord,
  TaskPluginRecord,
  TaskRecord,
  TaskStatus,
} from './records.js';

interface State {
  format: 1;
  declarations: Record<string, DeclarationIndex>;
  plugins: Record<string, PluginRecord>;
  installations: Record<string, Record<string, InstallationRecord>>;
  tasks: Record<string, TaskRecord>;
  permissions: Record<string, PermissionRecord>;
}

/** Succeeded tasks go after this long, as the daemon deletes them (tasks/install_plugin_utils.go). */
export const SUCCESS_TASK_TTL_MS = 120_000;

/** The reason a task left running by a dead process is failed with. */
export const RESTART_REASON =
  'the embedded daemon stopped while this task was running (killed or crashed); it was failed on restart: install again';

const DECLARATION_CACHE = 64;

export class DaemonStore {
  private state: State = empty();
  private readonly cache = new Map<string, Record<string, unknown>>();
  /** Tasks failed at load because their process had died. */
  recovered: string[] = [];

  constructor(readonly dir: string) {}

  /**
   * Create the directory layout, take the lock (a second daemon on the directory is refused), read
   * the state, fail what a dead process left running.
   */
  load(now: Date, pid: number = process.pid): void {
    try {
      for (const sub of ['packages', 'declarations', 'assets', 'tmp', 'cwd']) {
        mkdirSync(path.join(this.dir, sub), { recursive: true });
      }
    } catch (error) {
      throw new EnvironmentError(`cannot create the data directory ${this.dir}: ${errorMessage(error)}`);
    }
    this.lock(pid);
    const file = this.stateFile();
    if (existsSync(file)) {
      let parsed: State;
      try {
        parsed = JSON.parse(readFileSync(file, 'utf8')) as State;
      } catch (error) {
        this.unlock(pid);
        throw new EnvironmentError(
          `${file} cannot be read as the embedded daemon's state: ${errorMessage(error)}`,
          'It is written atomically, so this is not a crash: restore it from a backup or move the data directory away.',
        );
      }
      this.state = { ...empty(), ...parsed };
    }
    const stamp = now.toISOString();
    this.recovered = [];
    for (const task of Object.values(this.state.tasks)) {
      if (task.status === 'success' && now.getTime() - Date.parse(task.updated_at) > SUCCESS_TASK_TTL_MS) {
        delete this.state.tasks[task.id];
        continue;
      }
      if (task.status !== 'pending' && task.status !== 'running') continue;
      task.status = 'failed';
      task.updated_at = stamp;
      for (const p of task.plugins) {
        if (p.status === 'success') continue;
        p.status = 'failed';
        p.message = RESTART_REASON;
      }
      this.recovered.push(task.id);
    }
    this.save();
  }

  /** Write the state; `durable: false` for progress notes (whole after a crash, not flushed to disk). */
  save(durable = true): void {
    writeAtomic(this.stateFile(), `${JSON.stringify(this.state)}\n`, 0o600, { fsync: durable });
  }

  // Packages, declarations, assets --------------------------------------------------------------

  packagePath(identifier: string): string {
    return path.join(this.dir, 'packages', `${key(identifier)}.difypkg`);
  }

  hasPackage(identifier: string): boolean {
    return existsSync(this.packagePath(identifier));
  }

  putPackage(identifier: string, bytes: Buffer): void {
    writeAtomic(this.packagePath(identifier), bytes, 0o600);
  }

  putAsset(id: string, bytes: Buffer): void {
    const target = this.assetPath(id);
    if (!existsSync(target)) writeAtomic(target, bytes, 0o644);
  }

  assetPath(id: string): string {
    return path.join(this.dir, 'assets', path.basename(id));
  }

  /** Record an uploaded package's declaration (its package file must be written first). */
  putDeclaration(identifier: string, declaration: Record<string, unknown>, index: DeclarationIndex): void {
    writeAtomic(this.declarationPath(identifier), JSON.stringify(declaration), 0o600);
    if (!this.state.declarations[identifier]) {
      this.state.declarations[identifier] = index;
      this.save();
    }
    this.remember(identifier, declaration);
  }

  declarationIndex(identifier: string): DeclarationIndex | undefined {
    return this.state.declarations[identifier];
  }

  /** The declaration of an uploaded identifier (a few kept in memory, the rest read from disk). */
  declaration(identifier: string): Record<string, unknown> | undefined {
    if (!this.state.declarations[identifier]) return undefined;
    const cached = this.cache.get(identifier);
    if (cached) {
      this.cache.delete(identifier);
      this.cache.set(identifier, cached);
      return cached;
    }
    try {
      const parsed = JSON.parse(readFileSync(this.declarationPath(identifier), 'utf8')) as Record<
        string,
        unknown
      >;
      this.remember(identifier, parsed);
      return parsed;
    } catch {
      return undefined;
    }
  }

  // Plugin records (a runtime exists for the identifier) ----------------------------------------

  plugin(identifier: string): PluginRecord | undefined {
    return this.state.plugins[identifier];
  }

  // Installations ------------------------------------------------------------------------------

  installations(tenant: string): InstallationRecord[] {
    return Object.values(this.state.installations[tenant] ?? {}).sort((a, b) =>
      a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0,
    );
  }

  installationByPluginId(tenant: string, pluginId: string): InstallationRecord | undefined {
    return this.state.installations[tenant]?.[pluginId];
  }

  installationById(tenant: string, id: string): InstallationRecord | undefined {
    return Object.values(this.state.installations[tenant] ?? {}).find((i) => i.id === id);
  }

  /** Every identifier some tenant has installed (runtimes to start after a restart). */
  installedIdentifiers(): string[] {
    const out = new Set<string>();
    for (const byId of Object.values(this.state.installations))
      for (const i of Object.values(byId)) out.add(i.plugin_unique_identifier);
    return [...out];
  }

  /** Install (or replace) a tenant's installation of a plugin id; with `task`, in the same write. */
  setInstallation(record: InstallationRecord, task?: TaskRecord): void {
    if (!this.state.installations[record.tenant_id]) this.state.installations[record.tenant_id] = {};
    const byId = this.state.installations[record.tenant_id]!;
    const before = byId[record.plugin_id];
    if (before && before.plugin_unique_identifier !== record.plugin_unique_identifier)
      this.unrefer(before.plugin_unique_identifier);
    if (!before || before.plugin_unique_identifier !== record.plugin_unique_identifier)
      this.refer(record.plugin_unique_identifier, record.created_at);
    byId[record.plugin_id] = record;
    if (task) this.state.tasks[task.id] = task;
    this.save();
  }

  /** Remove an installation; returns whether the identifier is still installed anywhere. */
  removeInstallation(
    tenant: string,
    pluginId: string,
  ): { identifier: string; stillUsed: boolean } | undefined {
    const byId = this.state.installations[tenant];
    const record = byId?.[pluginId];
    if (!byId || !record) return undefined;
    delete byId[pluginId];
    this.unrefer(record.plugin_unique_identifier);
    this.save();
    return {
      identifier: record.plugin_unique_identifier,
      stillUsed: Boolean(this.state.plugins[record.plugin_unique_identifier]),
    };
  }

  // Tasks --------------------------------------------------------------------------------------

  task(id: string): TaskRecord | undefined {
    return this.state.tasks[id];
  }

  tasks(tenant: string): TaskRecord[] {
    return Object.values(this.state.tasks)
      .filter((t) => t.tenant_id === tenant)
      .sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0));
  }

  putTask(task: TaskRecord, durable = true): void {
    this.state.tasks[task.id] = task;
    this.save(durable);
  }

  deleteTask(id: string): void {
    if (!this.state.tasks[id]) return;
    delete this.state.tasks[id];
    this.save();
  }

  deleteTasks(tenant: string): void {
    for (const t of Object.values(this.state.tasks))
      if (t.tenant_id === tenant) delete this.state.tasks[t.id];
    this.save();
  }

  // Console permissions ------------------------------------------------------------------------

  permission(tenant: string): PermissionRecord | undefined {
    return this.state.permissions[tenant];
  }

  setPermission(tenant: string, permission: PermissionRecord): void {
    this.state.permissions[tenant] = permission;
    this.save();
  }

  // -------------------------------------------------------------------------------------------

  /** A scratch file for an upload in progress (deleted by the caller; stale ones at start). */
  tempFile(name: string): string {
    return path.join(this.dir, 'tmp', name);
  }

  clearTemp(): void {
    rmSync(path.join(this.dir, 'tmp'), { recursive: true, force: true });
    mkdirSync(path.join(this.dir, 'tmp'), { recursive: true });
  }

  lock(pid: number): void {
    lockDirectory(this.dir, pid);
  }

  unlock(pid: number): void {
    unlockDirectory(this.dir, pid);
  }

  private stateFile(): string {
    return path.join(this.dir, 'state.json');
  }

  private declarationPath(identifier: string): string {
    return path.join(this.dir, 'declarations', `${key(identifier)}.json`);
  }

  private remember(identifier: string, declaration: Record<string, unknown>): void {
    this.cache.set(identifier, declaration);
    while (this.cache.size > DECLARATION_CACHE) this.cache.delete(this.cache.keys().next().value as string);
  }

  private refer(identifier: string, at: string): void {
    const p = this.state.plugins[identifier] ?? { refers: 0, install_type: 'local', created_at: at };
    p.refers++;
    this.state.plugins[identifier] = p;
  }

  private unrefer(identifier: string): void {
    const p = this.state.plugins[identifier];
    if (!p) return;
    p.refers--;
    if (p.refers <= 0) delete this.state.plugins[identifier];
  }
}

function empty(): State {
  return { format: 1, declarations: {}, plugins: {}, installations: {}, tasks: {}, permissions: {} };
}

function key(identifier: string): string {
  return createHash('sha256').update(identifier).digest('hex');
}
