/**
 * The console's door (`/console/api/…`), in front of the same state as the daemon's door, the way
 * Dify's API server sits in front of its daemon (api/controllers/console/workspace/plugin.py,
 * workspace.py, version.py): login and sessions (console-auth.ts), the workspace, the plugin
 * permission, and the plugin routes the web UI uses for a local package. Daemon failures pass
 * through as Dify passes them: `400 {"code": "plugin_error", "message": <the daemon's text>}`,
 * or `500 Internal Server Error` for the daemon's own internal errors.
 */

import { type ConsoleAccountConfig, type ConsoleAuth, error } from './console-auth.js';
import type { DaemonCore } from './core.js';
import { badRequest, DaemonFailure } from './envelope.js';
import { jsonBody, parseForm, type Reply, type Request, type Route, route } from './http-util.js';
import type { PermissionRecord } from './store.js';

export interface ConsoleOptions {
  auth: ConsoleAuth;
  tenant: string;
  workspaceName: string;
  /** What `GET /console/api/version` says (Dify's own version). */
  difyVersion: string;
  /** PLUGIN_MAX_PACKAGE_SIZE of the API server. */
  maxUploadBytes: number;
  /** PluginDebuggingKeyApi's answer: the key, PLUGIN_REMOTE_INSTALL_HOST and _PORT. */
  debugging?: { key: string; host: string; port: number };
  createdAt: number;
}

const FORBIDDEN =
  "You don't have the permission to access the requested resource. It is either read-protected or not readable by the server.";
const P = '/console/api/workspaces/current/plugin';

export function consoleRoutes(core: DaemonCore, o: ConsoleOptions): Route[] {
  const tenant = o.tenant;
  const permission = (): PermissionRecord =>
    core.store.permission(tenant) ?? { install_permission: 'everyone', debug_permission: 'everyone' };
  /** `login_required` (+ CSRF), then `plugin_permission_required(install_required=True)` when asked. */
  const authed = (
    method: string,
    path: string,
    handler: (req: Request, account: ConsoleAccountConfig) => Promise<unknown> | unknown,
    install = false,
  ): Route =>
    route(method, path, async (req) => {
      const auth = o.auth.authenticate(req);
      if ('reply' in auth) return auth.reply;
      if (install && !allowed(permission().install_permission, auth.account))
        return error(403, 'forbidden', FORBIDDEN);
      try {
        const out = await handler(req, auth.account);
        return isReply(out) ? out : { status: 200, json: out };
      } catch (e) {
        if (e instanceof DaemonFailure) return daemonFailure(e);
        throw e;
      }
    });
  const category = (d: Record<string, unknown>) => ({ ...d, category: categoryOf(d) });

  return [
    route('POST', '/console/api/login', (req) => o.auth.login(jsonBody(req, false))),
    route('POST', '/console/api/refresh-token', (req) => o.auth.refreshTokens(req, jsonBody(req, false))),
    route('POST', '/console/api/logout', () => o.auth.logout()),
    route('GET', '/console/api/version', (req) => {
      if (!req.query.get('current_version'))
        return {
          status: 400,
          json: { message: { current_version: 'Missing required parameter in the query string' } },
        };
      return {
        status: 200,
        json: {
          version: o.difyVersion,
          release_date: '',
          release_notes: '',
          can_auto_update: false,
          features: { can_replace_logo: false, model_load_balancing_enabled: false },
        },
      };
    }),
    // PluginDebuggingKeyApi (plugin_permission_required(debug_required=True)): the key and where to connect.
    authed('GET', `${P}/debugging-key`, (_req, account) => {
      if (!allowed(permission().debug_permission, account)) return error(403, 'forbidden', FORBIDDEN);
      return o.debugging ?? { key: `embedded-${tenant}`, host: 'localhost', port: 5003 };
    }),
    authed('GET', '/console/api/workspaces', () => ({
      workspaces: [
        {
          id: tenant,
          name: o.workspaceName,
          plan: 'sandbox',
          status: 'normal',
          created_at: o.createdAt,
          current: true,
        },
      ],
    })),
    authed('POST', '/console/api/workspaces/current', (_req, account) => ({
      id: tenant,
      name: o.workspaceName,
      plan: 'sandbox',
      status: 'normal',
      created_at: o.createdAt,
      role: account.role ?? 'owner',
      in_trial: null,
      trial_end_reason: null,
      custom_config: {},
    })),
    authed('GET', `${P}/permission/fetch`, () => permission()),
    authed('POST', `${P}/permission/change`, (req, account) => {
      if (!isAdmin(account)) return error(403, 'forbidden', FORBIDDEN);
      const body = object(jsonBody(req, false));
      const values = ['everyone', 'admins', 'noone'];
      const install = String(body.install_permission ?? 'everyone');
      const debug = String(body.debug_permission ?? 'everyone');
      if (!values.includes(install) || !values.includes(debug))
        return error(
          400,
          'invalid_param',
          `'${values.includes(install) ? debug : install}' is not a valid permission`,
        );
      core.store.setPermission(tenant, {
        install_permission: install as PermissionRecord['install_permission'],
        debug_permission: debug as PermissionRecord['debug_permission'],
      });
      return { success: true };
    }),
    authed(
      'POST',
      `${P}/upload/pkg`,
      async (req) => {
        if (req.tooLarge) return error(400, 'invalid_param', 'File size exceeds the maximum allowed size');
        const form = await parseForm(req);
        const file = 'error' in form ? undefined : form.get('pkg');
        if (!(file instanceof Blob))
          return error(
            400,
            'bad_request',
            'The browser (or proxy) sent a request that this server could not understand.',
          );
        if (file.size > o.maxUploadBytes)
          return error(400, 'invalid_param', 'File size exceeds the maximum allowed size');
        const uploaded = await core.upload(Buffer.from(await file.arrayBuffer()), false);
        return { ...uploaded, manifest: category(uploaded.manifest as Record<string, unknown>) };
      },
      true,
    ),
    authed(
      'POST',
      `${P}/install/pkg`,
      (req) => {
        const body = jsonBody(req, false);
        const ids = object(body).plugin_unique_identifiers;
        if (!Array.isArray(ids) || ids.some((i) => typeof i !== 'string'))
          return error(
            400,
            'invalid_param',
            'plugin_unique_identifiers: Input should be a valid list of strings',
          );
        for (const id of ids as string[]) core.decoded(id);
        // Dify sends one empty meta whatever the count (PluginService.install_from_local_pkg), so
        // the daemon refuses more than one identifier at a time.
        if (ids.length !== 1)
          throw badRequest('the number of metas must be equal to the number of plugin unique identifiers');
        return core.install(tenant, ids as string[], 'package', [{}]);
      },
      true,
    ),
    authed(
      'GET',
      `${P}/fetch-manifest`,
      (req) => ({
        manifest: category(core.manifest(req.query.get('plugin_unique_identifier') ?? '')),
      }),
      true,
    ),
    authed(
      'GET',
      `${P}/tasks`,
      (req) => {
        const page = Number(req.query.get('page') ?? 1) || 1;
        const size = Math.min(256, Number(req.query.get('page_size') ?? 256) || 256);
        return { tasks: core.tasks(tenant, page, size) };
      },
      true,
    ),
    authed('POST', `${P}/tasks/delete_all`, () => ({ success: core.deleteAllTasks(tenant) }), true),
    authed('GET', `${P}/tasks/:id`, (req) => ({ task: core.task(tenant, req.params.id!) }), true),
    authed(
      'POST',
      `${P}/tasks/:id/delete`,
      (req) => ({ success: core.deleteTask(tenant, req.params.id!) }),
      true,
    ),
    authed(
      'POST',
      `${P}/tasks/:id/delete/*identifier`,
      (req) => ({ success: core.deleteTaskItem(tenant, req.params.id!, req.params.identifier!) }),
      true,
    ),
    authed('GET', `${P}/list`, (req) => {
      const page = Number(req.query.get('page') ?? 1) || 1;
      const size = Math.min(256, Number(req.query.get('page_size') ?? 256) || 256);
      const { list, total } = core.list(tenant, page, size) as {
        list: Record<string, unknown>[];
        total: number;
      };
      return {
        plugins: list.map((p) => ({ ...p, declaration: category(p.declaration as Record<string, unknown>) })),
        total,
      };
    }),
    authed('POST', `${P}/list/installations/ids`, (req) => {
      const ids = object(jsonBody(req, false)).plugin_ids;
      if (!Array.isArray(ids)) return error(400, 'invalid_param', 'plugin_ids: Field required');
      return { plugins: core.batch(tenant, ids.map(String)) };
    }),
    authed(
      'POST',
      `${P}/uninstall`,
      async (req) => {
        const id = object(jsonBody(req, false)).plugin_installation_id;
        if (typeof id !== 'string')
          return error(400, 'invalid_param', 'plugin_installation_id: Field required');
        return { success: await core.uninstall(tenant, id) };
      },
      true,
    ),
  ];
}

/** How Dify's API server answers a daemon error (core/plugin/impl/base.py): client-side errors as `plugin_error`. */
function daemonFailure(e: DaemonFailure): Reply {
  if (e.errorType === 'PluginDaemonInternalServerError')
    return { status: 500, json: { message: 'Internal Server Error', code: 'unknown', status: 500 } };
  return { status: 400, json: { code: 'plugin_error', message: e.message } };
}

function allowed(setting: PermissionRecord['install_permission'], account: ConsoleAccountConfig): boolean {
  if (setting === 'noone') return false;
  if (setting === 'admins') return isAdmin(account);
  return true;
}

function isAdmin(account: ConsoleAccountConfig): boolean {
  return (account.role ?? 'owner') === 'owner' || account.role === 'admin';
}

/** Dify's category, recomputed from the providers (first match wins). */
export function categoryOf(d: Record<string, unknown>): string {
  const has = (k: string) => d[k] !== null && typeof d[k] === 'object';
  if (has('tool')) return 'tool';
  if (has('model')) return 'model';
  if (has('datasource')) return 'datasource';
  if (has('agent_strategy')) return 'agent-strategy';
  if (has('trigger')) return 'trigger';
  return 'extension';
}

function object(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function isReply(v: unknown): v is Reply {
  return (
    v !== null && typeof v === 'object' && typeof (v as Reply).status === 'number' && 'json' in (v as object)
  );
}
