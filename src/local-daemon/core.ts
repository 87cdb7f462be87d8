/**
 * What the embedded daemon does, behind both doors: upload (decode, check, store), install and
 * upgrade (tasks), the installations of a tenant, uninstall, tasks, declarations. Answers are the
 * daemon's objects with its field names (internal/service/manage_plugin.go); failures are
 * {@link DaemonFailure}s with its error types and texts.
 */

import { checksumOfIdentifier, pluginIdOf, versionOf } from '../daemon/shapes.js';
import { type DecodedPackage, decodeUpload, type UploadPolicy } from './decode.js';
import { badRequest, internalError } from './envelope.js';
import type { PythonRuntime } from './runtime.js';
import type { DaemonStore, InstallationRecord } from './store.js';
import { TaskEngine, type TaskStartData } from './tasks.js';

export class DaemonCore {
  readonly engine: TaskEngine;

  constructor(
    readonly store: DaemonStore,
    readonly policy: UploadPolicy,
    readonly now: () => Date,
    readonly runtime?: PythonRuntime,
  ) {
    this.engine = new TaskEngine(store, now, runtime);
  }

  /** Decode, check and store an uploaded package (its bytes); the daemon's upload answer. */
  async upload(bytes: Buffer, verifySignature: boolean): Promise<Record<string, unknown>> {
    const decoded: DecodedPackage = await decodeUpload(bytes, this.policy, verifySignature);
    // The package before its declaration, the declaration before the state that names it.
    this.store.putPackage(decoded.identifier, bytes);
    for (const [id, content] of decoded.assets) this.store.putAsset(id, content);
    this.store.putDeclaration(decoded.identifier, decoded.declaration, {
      plugin_id: decoded.pluginId,
      verified: decoded.verified,
      verification: decoded.verification,
      created_at: this.now().toISOString(),
    });
    return {
      unique_identifier: decoded.identifier,
      manifest: decoded.declaration,
      verification: decoded.verification,
    };
  }

  install(
    tenant: string,
    identifiers: string[],
    source: string,
    metas: Record<string, unknown>[],
  ): TaskStartData {
    return this.engine.install(tenant, identifiers, source, metas);
  }

  upgrade(
    tenant: string,
    original: string,
    next: string,
    source: string,
    meta: Record<string, unknown>,
  ): TaskStartData {
    return this.engine.upgrade(tenant, original, next, source, meta);
  }

  task(tenant: string, id: string): Record<string, unknown> {
    const task = this.store.task(id);
    if (!task || task.tenant_id !== tenant) throw internalError('record not found');
    return { ...task };
  }

  tasks(tenant: string, page: number, pageSize: number): Record<string, unknown>[] {
    return this.store
      .tasks(tenant)
      .slice((page - 1) * pageSize, page * pageSize)
      .map((t) => ({ ...t }));
  }

  deleteTask(tenant: string, id: string): true {
    if (this.store.task(id)?.tenant_id === tenant) this.store.deleteTask(id);
    return true;
  }

  deleteAllTasks(tenant: string): true {
    this.store.deleteTasks(tenant);
    return true;
  }

  deleteTaskItem(tenant: string, id: string, identifier: string): true {
    const task = this.store.task(id);
    if (!task || task.tenant_id !== tenant) return true;
    task.plugins = task.plugins.filter((p) => p.plugin_unique_identifier !== identifier);
    if (task.plugins.every((p) => p.status === 'success')) this.store.deleteTask(id);
    else this.store.putTask(task);
    return true;
  }

  /** `GET /list`: `{list, total}`, newest first. */
  list(tenant: string, page: number, pageSize: number): Record<string, unknown> {
    const all = this.store.installations(tenant);
    return {
      list: all.slice((page - 1) * pageSize, page * pageSize).map((i) => this.listItem(i)),
      total: all.length,
    };
  }

  /** `POST /installation/fetch/batch`: installation rows with version, checksum and declaration. */
  batch(tenant: string, pluginIds: string[]): Record<string, unknown>[] {
    return pluginIds
      .map((id) => this.store.installationByPluginId(tenant, id))
      .filter((i): i is InstallationRecord => i !== undefined)
      .slice(0, 256)
      .map((i) => ({
        ...i,
        version: versionOf(i.plugin_unique_identifier),
        checksum: checksumOfIdentifier(i.plugin_unique_identifier),
        declaration: this.declarationOf(i.plugin_unique_identifier),
        ...this.runtimeOf(i.plugin_unique_identifier),
      }));
  }

  missing(tenant: string, identifiers: string[]): Record<string, unknown>[] {
    return identifiers.flatMap((identifier) => {
      const installed = this.store.installationByPluginId(tenant, pluginIdOf(identifier));
      if (!installed) return [{ plugin_unique_identifier: identifier, current_identifier: '' }];
      if (installed.plugin_unique_identifier !== identifier)
        return [
          { plugin_unique_identifier: identifier, current_identifier: installed.plugin_unique_identifier },
        ];
      return [];
    });
  }

  async uninstall(tenant: string, installationId: string): Promise<true> {
    const installation = this.store.installationById(tenant, installationId);
    if (!installation) return true;
    const removed = this.store.removeInstallation(tenant, installation.plugin_id);
    if (removed && !removed.stillUsed) await this.runtime?.stop(removed.identifier);
    return true;
  }

  manifest(identifier: string): Record<string, unknown> {
    const declaration = this.store.declaration(identifier);
    if (!declaration) throw badRequest('plugin not found');
    return declaration;
  }

  /** `GET /decode/from_identifier`: the stored package's identifier, declaration and verification. */
  decoded(identifier: string): Record<string, unknown> {
    const index = this.store.declarationIndex(identifier);
    if (!index || !this.store.hasPackage(identifier))
      throw badRequest('plugin package not found, please upload it firstly');
    return {
      unique_identifier: identifier,
      manifest: this.store.declaration(identifier) ?? {},
      verification: index.verification,
    };
  }

  hasPlugin(identifier: string): boolean {
    return this.store.plugin(identifier) !== undefined;
  }

  private listItem(i: InstallationRecord): Record<string, unknown> {
    const declaration = this.declarationOf(i.plugin_unique_identifier);
    return {
      id: i.id,
      name: typeof declaration.name === 'string' ? declaration.name : '',
      plugin_id: i.plugin_id,
      tenant_id: i.tenant_id,
      plugin_unique_identifier: i.plugin_unique_identifier,
      endpoints_active: i.endpoints_active,
      endpoints_setups: i.endpoints_setups,
      installation_id: i.id,
      declaration,
      runtime_type: i.runtime_type,
      version: versionOf(i.plugin_unique_identifier),
      created_at: i.created_at,
      updated_at: i.updated_at,
      source: i.source,
      checksum: checksumOfIdentifier(i.plugin_unique_identifier),
      meta: i.meta,
      ...this.runtimeOf(i.plugin_unique_identifier),
    };
  }

  private declarationOf(identifier: string): Record<string, unknown> {
    const d = this.store.declaration(identifier);
    if (!d) throw internalError('plugin not found');
    return d;
  }

  /** Only the embedded daemon says whether the plugin's process runs (an added field). */
  private runtimeOf(identifier: string): { runtime: Record<string, unknown> } {
    const s = this.runtime?.state(identifier) ?? { status: 'not started' as const };
    return {
      runtime: {
        status: s.status,
        ...(s.pid !== undefined ? { pid: s.pid } : {}),
        ...(s.exitCode !== undefined ? { exit_code: s.exitCode } : {}),
        ...(s.message ? { message: s.message } : {}),
        ...(s.startedAt ? { started_at: s.startedAt } : {}),
      },
    };
  }
}
