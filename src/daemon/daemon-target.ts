/**
 * The plugin daemon's management API (dify-format.md §5; the daemon's internal/server/http_server.go
 * and controllers/plugins.go): `X-Api-Key`, routes under `/plugin/{tenant}/management`, every answer
 * a `{code, message, data}` envelope. Business errors come back as HTTP 200 (or 400 for a request
 * the daemon could not bind) with `code != 0` and `message` holding a JSON string with `error_type`;
 * they become {@link TargetError}s carrying the daemon's own text.
 */
import { UsageError } from '../core/errors.js';
import type { HttpClient, HttpMethod } from '../io/http.js';
import { classifyDaemonError, parseDaemonErrorMessage, TargetError } from './errors.js';
import { type CallResult, call, clean, protocolError } from './http-call.js';
import { waitFor } from './poll.js';
import { isObject, readInstallation, readMissing, readTask, readUpload } from './shapes.js';
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
  UploadOptions,
  UploadResult,
  WaitOptions,
} from './types.js';

export interface DaemonTargetOptions {
  /** The daemon's base URL, e.g. `http://plugin_daemon:5002`. */
  url: string;
  apiKey: string;
  tenant: string;
  http: HttpClient;
  embedded?: boolean;
  /** Called by `close()` (the embedded daemon stops with its target). */
  onClose?: () => Promise<void>;
}

const UUID = /^\{?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\}?$/i;

/** The daemon's largest page (`page_size` validates `max=256`). */
const PAGE = 256;

export class DaemonTarget implements DifyTarget {
  readonly info: TargetInfo;
  readonly capabilities = { upgrade: 'in-place' } as const;
  private readonly base: string;

  constructor(private readonly options: DaemonTargetOptions) {
    if (!options.apiKey) throw new UsageError('the daemon target needs an API key');
    if (!UUID.test(options.tenant)) {
      throw new UsageError(
        `the daemon tenant "${options.tenant}" is not a Dify workspace id (a UUID): the daemon keys installations by it`,
        'Use the workspace id (in the console URL, or the tenants table), e.g. tenants: [6f2c…-…] in .dify-release.yml.',
      );
    }
    this.base = options.url.replace(/\/+$/, '');
    this.info = {
      kind: 'daemon',
      url: this.base,
      tenant: options.tenant,
      ...(options.embedded ? { embedded: true } : {}),
    };
  }

  secrets(): string[] {
    return [this.options.apiKey];
  }

  async health(): Promise<TargetHealth> {
    const result = await call(this.options.http, {
      method: 'GET',
      url: `${this.base}/health/check`,
      route: 'GET /health/check',
      secrets: this.secrets(),
    });
    if (result.status !== 200 || !isObject(result.body) || result.body.status !== 'ok') {
      throw protocolError('GET /health/check', result, this.secrets(), 'a plugin daemon');
    }
    // Health needs no key: one small authenticated call proves the key and the tenant.
    await this.management('GET', '/list', { query: { page: 1, page_size: 1 } });
    const { status: _status, ...details } = result.body;
    const version = typeof result.body.version === 'string' ? result.body.version : undefined;
    return { ok: true, ...(version ? { daemonVersion: version } : {}), details };
  }

  async versions(): Promise<TargetVersions> {
    const h = await this.health();
    return h.daemonVersion ? { daemon: h.daemonVersion } : {};
  }

  async upload(file: string, options: UploadOptions = {}): Promise<UploadResult> {
    const data = await this.management('POST', '/install/upload/package', {
      file: { field: 'dify_pkg', path: file },
      fields: { verify_signature: options.verifySignature ? 'true' : 'false' },
      upload: true,
    });
    const upload = readUpload(data);
    if (!upload) throw this.shapeError('POST /install/upload/package', data);
    return upload;
  }

  async install(identifiers: readonly string[], options: { source?: string } = {}): Promise<TaskStart> {
    const data = await this.management('POST', '/install/identifiers', {
      json: {
        plugin_unique_identifiers: identifiers,
        source: options.source ?? 'package',
        metas: identifiers.map(() => ({})),
      },
    });
    return this.taskStart('POST /install/identifiers', data);
  }

  async upgrade(original: string, next: string, options: { source?: string } = {}): Promise<TaskStart> {
    const data = await this.management('POST', '/install/upgrade', {
      json: {
        original_plugin_unique_identifier: original,
        new_plugin_unique_identifier: next,
        source: options.source ?? 'package',
        meta: {},
      },
    });
    return this.taskStart('POST /install/upgrade', data);
  }

  async task(id: string): Promise<InstallTask> {
    const data = await this.management('GET', `/install/tasks/${encodeURIComponent(id)}`);
    const task = readTask(data);
    if (!task) throw this.shapeError('GET /install/tasks/{id}', data);
    return task;
  }

  waitForTask(id: string, options?: WaitOptions): Promise<InstallTask> {
    return waitFor((t) => this.task(t), id, options);
  }

  async tasks(options: { page?: number; pageSize?: number } = {}): Promise<InstallTask[]> {
    const data = await this.management('GET', '/install/tasks', {
      query: { page: options.page ?? 1, page_size: options.pageSize ?? PAGE },
    });
    if (!Array.isArray(data)) throw this.shapeError('GET /install/tasks', data);
    return data.map(readTask).filter((t): t is InstallTask => t !== undefined);
  }

  async deleteTask(id: string): Promise<void> {
    await this.management('POST', `/install/tasks/${encodeURIComponent(id)}/delete`, { idempotent: true });
  }

  async deleteTaskItem(id: string, identifier: string): Promise<void> {
    await this.management('POST', `/install/tasks/${encodeURIComponent(id)}/delete/${identifier}`, {
      idempotent: true,
    });
  }

  async installations(): Promise<Installation[]> {
    const out: Installation[] = [];
    for (let page = 1; ; page++) {
      const data = await this.management('GET', '/list', { query: { page, page_size: PAGE } });
      if (!isObject(data) || !Array.isArray(data.list)) throw this.shapeError('GET /list', data);
      for (const item of data.list) {
        const i = readInstallation(item);
        if (i) out.push(i);
      }
      const total = typeof data.total === 'number' ? data.total : undefined;
      if (data.list.length < PAGE || (total !== undefined && out.length >= total)) return out;
    }
  }

  async installation(pluginId: string): Promise<Installation | undefined> {
    const data = await this.management('POST', '/installation/fetch/batch', {
      json: { plugin_ids: [pluginId] },
      idempotent: true,
    });
    if (!Array.isArray(data)) throw this.shapeError('POST /installation/fetch/batch', data);
    return data.map(readInstallation).find((i) => i?.pluginId === pluginId);
  }

  async missing(identifiers: readonly string[]): Promise<MissingDependency[]> {
    const data = await this.management('POST', '/installation/missing', {
      json: { plugin_unique_identifiers: identifiers },
      idempotent: true,
    });
    const missing = readMissing(data);
    if (!missing) throw this.shapeError('POST /installation/missing', data);
    return missing;
  }

  async uninstall(installationId: string): Promise<void> {
    await this.management('POST', '/uninstall', {
      json: { plugin_installation_id: installationId },
      idempotent: true,
    });
  }

  async manifest(identifier: string): Promise<PluginDeclarationJson> {
    const data = await this.management('GET', '/fetch/manifest', {
      query: { plugin_unique_identifier: identifier },
    });
    if (!isObject(data)) throw this.shapeError('GET /fetch/manifest', data);
    return data;
  }

  async close(): Promise<void> {
    await this.options.onClose?.();
  }

  // -------------------------------------------------------------------------------------------

  private taskStart(route: string, data: unknown): TaskStart {
    if (!isObject(data) || typeof data.all_installed !== 'boolean') throw this.shapeError(route, data);
    return { allInstalled: data.all_installed, taskId: typeof data.task_id === 'string' ? data.task_id : '' };
  }

  private shapeError(route: string, data: unknown): TargetError {
    return new TargetError(
      `${route}: the daemon's data is not of the expected shape (${clean(JSON.stringify(data) ?? 'null', this.secrets()).slice(0, 200)})`,
      { kind: 'protocol', code: 'DPR1109', route },
      'Check the daemon version: this client follows dify-plugin-daemon’s management API.',
    );
  }

  /** One management call: the envelope unwrapped, business errors thrown as typed errors. */
  private async management(
    method: HttpMethod,
    path: string,
    options: {
      json?: unknown;
      query?: Record<string, string | number>;
      file?: { field: string; path: string };
      fields?: Record<string, string>;
      idempotent?: boolean;
      upload?: boolean;
    } = {},
  ): Promise<unknown> {
    const tenant = encodeURIComponent(this.options.tenant);
    const route = `${method} /plugin/${this.options.tenant}/management${path.replace(/\/install\/tasks\/[^/]+/, '/install/tasks/{id}')}`;
    const result = await call(this.options.http, {
      method,
      url: `${this.base}/plugin/${tenant}/management${path}`,
      route,
      headers: { 'X-Api-Key': this.options.apiKey },
      json: options.json,
      query: options.query,
      file: options.file,
      fields: options.fields,
      idempotent: options.idempotent,
      secrets: this.secrets(),
    });
    return this.unwrap(route, result, options.upload === true);
  }

  private unwrap(route: string, result: CallResult, upload: boolean): unknown {
    const body = result.body;
    if (!isObject(body) || typeof body.code !== 'number') {
      if (result.status === 404 && isObject(body) && body.code === 'not_found') {
        throw new TargetError(
          `${route}: the daemon has no such route (HTTP 404 "route not found")`,
          { kind: 'protocol', code: 'DPR1109', route, status: 404, serverCode: 'not_found' },
          'Check the URL (the daemon’s root, not the Dify site) and the daemon version.',
        );
      }
      throw protocolError(route, result, this.secrets(), 'a plugin daemon');
    }
    if (body.code === 0) return body.data;
    const raw = typeof body.message === 'string' ? body.message : '';
    const inner = parseDaemonErrorMessage(raw);
    const text = clean(inner?.message ?? raw, this.secrets());
    const { kind, code } = classifyDaemonError(inner?.errorType, text, result.status);
    const finalCode = upload && code === 'DPR1114' ? 'DPR1104' : code;
    const detail = {
      kind,
      code: finalCode,
      route,
      status: result.status,
      serverCode: body.code,
      serverMessage: text,
      ...(inner ? { errorType: inner.errorType } : {}),
    } as const;
    if (kind === 'auth') {
      throw new TargetError(
        `${route}: the daemon refused the API key (${inner?.errorType ?? `code ${body.code}`}: ${text})`,
        detail,
        'Set the API key to the daemon’s SERVER_KEY (Dify’s PLUGIN_DAEMON_KEY) in the variable the configuration names.',
      );
    }
    throw new TargetError(
      `${route}: the daemon answered ${inner?.errorType ?? `code ${body.code}`}: ${text}`,
      detail,
      fixFor(finalCode),
    );
  }
}

function fixFor(code: string): string | undefined {
  switch (code) {
    case 'DPR1104':
      return 'Run `dify-plugin-release validate` and `verify` on the package; the daemon’s message says what it refused.';
    case 'DPR1105':
      return 'Sign the package with a key the daemon trusts (THIRD_PARTY_SIGNATURE_VERIFICATION_ENABLED=true, THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS=<its .public.pem>); do not turn verification off.';
    default:
      return undefined;
  }
}
