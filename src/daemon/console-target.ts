/**
 * A Dify instance's console API (langgenius/dify api/controllers/console/workspace/plugin.py, and the
 * web client web/service/plugins.ts): the door the web UI uses, and the only one most self-hosted and
 * cloud installations open to a CI runner. Upload `POST …/plugin/upload/pkg` (part `pkg`), install
 * `POST …/plugin/install/pkg`, tasks, list, installations by id, uninstall, fetch-manifest. The
 * console passes the daemon's objects through; its own errors are `{code, message, status}` with
 * the daemon's text under `plugin_error`. There is no in-place upgrade of a local package: the web
 * UI uninstalls, then installs (install-from-local-package/steps/install.tsx); see flow.ts.
 */
import type { HttpClient, HttpMethod } from '../io/http.js';
import { forbiddenError, shapeError, unwrapConsole } from './console-errors.js';
import { type ConsoleAccount, ConsoleSession, type PasswordEncoding } from './console-session.js';
import { TargetError } from './errors.js';
import { type CallOptions, type CallResult, call } from './http-call.js';
import { waitFor } from './poll.js';
import { isObject, readInstallation, readTask, readUpload } from './shapes.js';
import type {
  DifyTarget,
  Installation,
  InstallTask,
  MissingDependency,
  PluginDeclarationJson,
  TargetHealth,
  TargetInfo,
  TargetVersions,
  TaskStart,
  UploadResult,
  WaitOptions,
} from './types.js';

export interface ConsoleTargetOptions {
  url: string;
  account: ConsoleAccount;
  http: HttpClient;
  /** The workspace (tenant) id or name the account must be in; absent: whichever is current. */
  workspace?: string;
  passwordEncoding?: PasswordEncoding;
  embedded?: boolean;
  onClose?: () => Promise<void>;
}

const PLUGIN = '/workspaces/current/plugin';
const PAGE = 256;
/** Sent as `current_version` to `/console/api/version`: an answer other than it is the instance's own version. */
const VERSION_PROBE = '99999.0.0';

export class ConsoleTarget implements DifyTarget {
  readonly info: TargetInfo;
  readonly capabilities = { upgrade: 'uninstall-install' } as const;
  private readonly session: ConsoleSession;
  private workspaceChecked = false;
  private readonly debugKeys: string[] = [];

  constructor(private readonly options: ConsoleTargetOptions) {
    this.session = new ConsoleSession({
      url: options.url,
      account: options.account,
      http: options.http,
      passwordEncoding: options.passwordEncoding,
    });
    this.info = { kind: 'console', url: this.session.site, ...(options.embedded ? { embedded: true } : {}) };
  }

  secrets(): string[] {
    return [...this.session.secrets(), ...this.debugKeys];
  }

  /** The authentication scheme the console used (after the first call). */
  get scheme() {
    return this.session.scheme;
  }

  async health(): Promise<TargetHealth> {
    const workspace = await this.workspace();
    const permission = await this.json('GET', `${PLUGIN}/permission/fetch`);
    const versions = await this.versions();
    return {
      ok: true,
      ...(versions.dify ? { difyVersion: versions.dify } : {}),
      details: {
        workspace: { id: workspace.id, name: workspace.name },
        scheme: this.session.scheme,
        ...(isObject(permission) ? { plugin_permission: permission } : {}),
      },
    };
  }

  /**
   * What Plugins → Debug shows (`GET …/plugin/debugging-key`): the workspace's remote-debugging key
   * and the host and port (PLUGIN_REMOTE_INSTALL_HOST/PORT) a plugin's `.env` should name. The key
   * is a secret: it is added to {@link secrets}.
   */
  async debuggingKey(): Promise<{ key: string; host: string; port: number }> {
    const data = await this.json('GET', `${PLUGIN}/debugging-key`);
    if (!isObject(data) || typeof data.key !== 'string')
      throw this.shapeError(`GET /console/api${PLUGIN}/debugging-key`, data);
    this.debugKeys.push(data.key);
    return { key: data.key, host: String(data.host ?? ''), port: Number(data.port) };
  }

  async versions(): Promise<TargetVersions> {
    // No login needed; Dify answers its own version unless a newer release exists than the one asked about.
    const r = await this.raw('GET', '/version', { query: { current_version: VERSION_PROBE } }, false);
    const v = isObject(r.body) && typeof r.body.version === 'string' ? r.body.version : undefined;
    return v && v !== VERSION_PROBE ? { dify: v } : {};
  }

  async upload(file: string): Promise<UploadResult> {
    const data = await this.json(
      'POST',
      `${PLUGIN}/upload/pkg`,
      { file: { field: 'pkg', path: file } },
      'upload',
    );
    const upload = readUpload(data);
    if (!upload) throw this.shapeError(`POST /console/api${PLUGIN}/upload/pkg`, data);
    return upload;
  }

  async install(identifiers: readonly string[]): Promise<TaskStart> {
    const data = await this.json('POST', `${PLUGIN}/install/pkg`, {
      json: { plugin_unique_identifiers: identifiers },
    });
    if (!isObject(data) || typeof data.all_installed !== 'boolean')
      throw this.shapeError(`POST /console/api${PLUGIN}/install/pkg`, data);
    return { allInstalled: data.all_installed, taskId: typeof data.task_id === 'string' ? data.task_id : '' };
  }

  async upgrade(original: string, next: string): Promise<TaskStart> {
    throw new TargetError(
      `a Dify console cannot upgrade ${original} to ${next} in place: it has no upgrade route for a local package`,
      { kind: 'unsupported', code: 'DPR1108' },
      'Uninstall the installed version, then install the new one (deployPackage does this and measures the gap), or deploy through the daemon.',
    );
  }

  async task(id: string): Promise<InstallTask> {
    const data = await this.json('GET', `${PLUGIN}/tasks/${encodeURIComponent(id)}`);
    const task = isObject(data) ? readTask(data.task) : undefined;
    if (!task) throw this.shapeError(`GET /console/api${PLUGIN}/tasks/{id}`, data);
    return task;
  }

  waitForTask(id: string, options?: WaitOptions): Promise<InstallTask> {
    return waitFor((t) => this.task(t), id, options);
  }

  async tasks(options: { page?: number; pageSize?: number } = {}): Promise<InstallTask[]> {
    const data = await this.json('GET', `${PLUGIN}/tasks`, {
      query: { page: options.page ?? 1, page_size: options.pageSize ?? PAGE },
    });
    if (!isObject(data) || !Array.isArray(data.tasks))
      throw this.shapeError(`GET /console/api${PLUGIN}/tasks`, data);
    return data.tasks.map(readTask).filter((t): t is InstallTask => t !== undefined);
  }

  async deleteTask(id: string): Promise<void> {
    await this.json('POST', `${PLUGIN}/tasks/${encodeURIComponent(id)}/delete`);
  }

  async deleteTaskItem(id: string, identifier: string): Promise<void> {
    await this.json('POST', `${PLUGIN}/tasks/${encodeURIComponent(id)}/delete/${identifier}`);
  }

  async installations(): Promise<Installation[]> {
    const out: Installation[] = [];
    for (let page = 1; ; page++) {
      const data = await this.json('GET', `${PLUGIN}/list`, { query: { page, page_size: PAGE } });
      if (!isObject(data) || !Array.isArray(data.plugins))
        throw this.shapeError(`GET /console/api${PLUGIN}/list`, data);
      for (const p of data.plugins) {
        const i = readInstallation(p);
        if (i) out.push(i);
      }
      // Older consoles return every plugin at once, without `total`.
      const total = typeof data.total === 'number' ? data.total : undefined;
      if (total === undefined || data.plugins.length < PAGE || out.length >= total) return out;
    }
  }

  async installation(pluginId: string): Promise<Installation | undefined> {
    const data = await this.json('POST', `${PLUGIN}/list/installations/ids`, {
      json: { plugin_ids: [pluginId] },
    });
    if (!isObject(data) || !Array.isArray(data.plugins))
      throw this.shapeError(`POST /console/api${PLUGIN}/list/installations/ids`, data);
    return data.plugins.map(readInstallation).find((i) => i?.pluginId === pluginId);
  }

  /** The console has no route for it: the same answer as the daemon's, from the installations. */
  async missing(identifiers: readonly string[]): Promise<MissingDependency[]> {
    const out: MissingDependency[] = [];
    for (const identifier of identifiers) {
      const pluginId = identifier.slice(0, identifier.indexOf(':'));
      const installed = await this.installation(pluginId);
      if (!installed) out.push({ identifier });
      else if (installed.identifier !== identifier)
        out.push({ identifier, currentIdentifier: installed.identifier });
    }
    return out;
  }

  async uninstall(installationId: string): Promise<void> {
    await this.json('POST', `${PLUGIN}/uninstall`, { json: { plugin_installation_id: installationId } });
  }

  async manifest(identifier: string): Promise<PluginDeclarationJson> {
    const data = await this.json('GET', `${PLUGIN}/fetch-manifest`, {
      query: { plugin_unique_identifier: identifier },
    });
    if (!isObject(data) || !isObject(data.manifest))
      throw this.shapeError(`GET /console/api${PLUGIN}/fetch-manifest`, data);
    return data.manifest;
  }

  async close(): Promise<void> {
    await this.options.onClose?.();
  }

  // -------------------------------------------------------------------------------------------

  /** The current workspace, checked once against the configured one. */
  private async workspace(): Promise<{ id: string; name: string }> {
    const r = await this.raw('GET', '/workspaces');
    const data = this.unwrap('GET /console/api/workspaces', r);
    const list = isObject(data) && Array.isArray(data.workspaces) ? data.workspaces.filter(isObject) : [];
    const current = list.find((w) => w.current === true) ?? list[0];
    if (!current || typeof current.id !== 'string')
      throw this.shapeError('GET /console/api/workspaces', data);
    const wanted = this.options.workspace;
    if (wanted && current.id !== wanted && current.name !== wanted) {
      const other = list.find((w) => w.id === wanted || w.name === wanted);
      throw new TargetError(
        `the console account’s current workspace is “${String(current.name)}” (${current.id}), not the configured “${wanted}”${
          other
            ? ''
            : `; the account’s workspaces: ${list.map((w) => `“${String(w.name)}”`).join(', ') || 'none'}`
        }`,
        { kind: 'workspace', code: 'DPR1103', route: 'GET /console/api/workspaces' },
        other
          ? `Switch the account to “${String(other.name)}” in the console (the workspace menu), or set workspace: ${current.id} in .dify-release.yml.`
          : 'Invite the account into the configured workspace, or correct `workspace` in .dify-release.yml.',
      );
    }
    this.info.tenant = current.id;
    this.info.workspaceName = String(current.name ?? '');
    this.workspaceChecked = true;
    return { id: current.id, name: String(current.name ?? '') };
  }

  private async raw(
    method: HttpMethod,
    path: string,
    options: Omit<CallOptions, 'method' | 'url' | 'route' | 'secrets'> = {},
    authenticated = true,
  ): Promise<CallResult> {
    if (!authenticated) {
      return call(this.options.http, {
        ...options,
        method,
        url: `${this.session.api}${path}`,
        route: `${method} /console/api${path}`,
        secrets: this.secrets(),
      });
    }
    return this.session.request(method, path, options);
  }

  /** An authenticated call in the checked workspace, its JSON returned, its errors typed. */
  private async json(
    method: HttpMethod,
    path: string,
    options: Omit<CallOptions, 'method' | 'url' | 'route' | 'secrets'> = {},
    purpose?: 'upload',
  ): Promise<unknown> {
    if (!this.workspaceChecked) await this.workspace();
    const route = `${method} /console/api${path.replace(/\/tasks\/[^/]+/, '/tasks/{id}')}`;
    const r = await this.raw(method, path, options);
    if (r.status === 403) throw await this.forbidden(route, r);
    return this.unwrap(route, r, purpose);
  }

  private unwrap(route: string, r: CallResult, purpose?: 'upload'): unknown {
    return unwrapConsole(route, r, this.secrets(), purpose);
  }

  /** A 403 says only “forbidden”: say which setting refuses, when the console tells. */
  private async forbidden(route: string, r: CallResult): Promise<TargetError> {
    let setting: string | undefined;
    try {
      const p = await this.raw('GET', `${PLUGIN}/permission/fetch`);
      if (isObject(p.body) && typeof p.body.install_permission === 'string')
        setting = p.body.install_permission;
    } catch {
      // Keep the plain answer.
    }
    return forbiddenError(route, r, this.secrets(), setting);
  }

  private shapeError(route: string, data: unknown): TargetError {
    return shapeError(route, data, this.secrets());
  }
}
