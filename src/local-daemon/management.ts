/**
 * The daemon's door: `/plugin/{tenant_id}/management/…` behind `X-Api-Key`, the routes the daemon
 * client and Dify's API server use (internal/server/http_server.go `pluginManagementGroup`), with
 * gin's binding rules: a JSON body only under exactly `Content-Type: application/json`, validation
 * failures as HTTP 400 with go-playground/validator's message, business errors as HTTP 200 with
 * the code in the envelope.
 */
import { IDENTIFIER_PATTERN } from '../package/checksum.js';
import type { DaemonCore } from './core.js';
import { badRequest, DaemonFailure, internalError, success } from './envelope.js';
import { jsonBody, parseForm, type Reply, type Request, type Route, route } from './http-util.js';

const BASE = '/plugin/:tenant/management';
/** What PostgreSQL takes for a `uuid` column (the daemon's tenant_id). */
const UUID = /^\{?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\}?$/i;
/** Routes that only read packages and declarations: the tenant is not looked up there. */
const NO_TENANT = /\/(install\/upload\/package|decode\/from_identifier|fetch\/manifest|fetch\/identifier)$/;

export function managementRoutes(core: DaemonCore): Route[] {
  const r = (method: string, path: string, handler: (req: Request) => Promise<unknown> | unknown): Route =>
    route(method, `${BASE}${path}`, async (req) => {
      try {
        // The daemon stores tenant ids in uuid columns: anything else fails in the database.
        if (!NO_TENANT.test(req.path) && !UUID.test(req.params.tenant ?? ''))
          throw internalError(
            `ERROR: invalid input syntax for type uuid: "${req.params.tenant}" (SQLSTATE 22P02)`,
          );
        return ok(await handler(req));
      } catch (error) {
        if (error instanceof DaemonFailure) return { status: error.httpStatus, json: error.envelope() };
        throw error;
      }
    });
  return [
    r('POST', '/install/upload/package', (req) => upload(core, req)),
    r('POST', '/install/identifiers', (req) => {
      const body = bound(req);
      const ids = validateIdentifiers(body.plugin_unique_identifiers, 'PluginUniqueIdentifiers', 64);
      const source = requireString(body.source, 'Source');
      check([...ids.errors, ...source.errors]);
      const metas = Array.isArray(body.metas) ? body.metas.map((m) => (isObject(m) ? m : {})) : [];
      if (metas.length !== ids.value.length)
        throw badRequest('the number of metas must be equal to the number of plugin unique identifiers');
      return core.install(req.params.tenant!, ids.value, source.value, metas);
    }),
    r('POST', '/install/upgrade', (req) => {
      const body = bound(req);
      const original = requireIdentifier(
        body.original_plugin_unique_identifier,
        'OriginalPluginUniqueIdentifier',
      );
      const next = requireIdentifier(body.new_plugin_unique_identifier, 'NewPluginUniqueIdentifier');
      const source = requireString(body.source, 'Source');
      check([...original.errors, ...next.errors, ...source.errors]);
      if (original.value === next.value)
        throw badRequest('original and new plugin unique identifier are the same');
      if (pluginId(original.value) !== pluginId(next.value))
        throw badRequest('original and new plugin id are different');
      return core.upgrade(
        req.params.tenant!,
        original.value,
        next.value,
        source.value,
        isObject(body.meta) ? body.meta : {},
      );
    }),
    r('GET', '/install/tasks/:id', (req) => core.task(req.params.tenant!, req.params.id!)),
    r('POST', '/install/tasks/delete_all', (req) => core.deleteAllTasks(req.params.tenant!)),
    r('POST', '/install/tasks/:id/delete', (req) => core.deleteTask(req.params.tenant!, req.params.id!)),
    r('POST', '/install/tasks/:id/delete/*identifier', (req) => {
      const identifier = req.params.identifier!.replace(/^\/+/, '');
      if (!IDENTIFIER_PATTERN.test(identifier))
        throw badRequest(`plugin_unique_identifier is not valid: ${identifier}`);
      return core.deleteTaskItem(req.params.tenant!, req.params.id!, identifier);
    }),
    r('GET', '/install/tasks', (req) => {
      const { page, pageSize } = paging(req);
      return core.tasks(req.params.tenant!, page, pageSize);
    }),
    r('GET', '/decode/from_identifier', (req) => core.decoded(queryIdentifier(req))),
    r('GET', '/fetch/manifest', (req) => core.manifest(queryIdentifier(req))),
    r('GET', '/fetch/identifier', (req) => core.hasPlugin(queryIdentifier(req))),
    r('POST', '/uninstall', async (req) => {
      const body = bound(req);
      const id = requireString(body.plugin_installation_id, 'PluginInstallationID');
      check(id.errors);
      return core.uninstall(req.params.tenant!, id.value);
    }),
    r('GET', '/list', (req) => {
      const { page, pageSize } = paging(req);
      return core.list(req.params.tenant!, page, pageSize);
    }),
    r('POST', '/installation/fetch/batch', (req) => {
      const body = bound(req);
      const ids = body.plugin_ids;
      if (!Array.isArray(ids)) check([tagError('PluginIDs', 'required')]);
      if ((ids as unknown[]).length > 256) check([tagError('PluginIDs', 'max')]);
      return core.batch(req.params.tenant!, (ids as unknown[]).map(String));
    }),
    r('POST', '/installation/missing', (req) => {
      const body = bound(req);
      const ids = validateIdentifiers(body.plugin_unique_identifiers, 'PluginUniqueIdentifiers', 256);
      check(ids.errors);
      return core.missing(req.params.tenant!, ids.value);
    }),
  ];
}

async function upload(core: DaemonCore, req: Request): Promise<unknown> {
  // The part is larger than MAX_PLUGIN_PACKAGE_SIZE: the daemon answers so (HTTP 200).
  if (req.tooLarge) throw badRequest('file size exceeds the maximum limit');
  const form = await parseForm(req);
  if ('error' in form) throw badRequest(form.error);
  const file = form.get('dify_pkg');
  if (!(file instanceof Blob)) throw badRequest('http: no such file');
  if (file.size > core.policy.maxBytes) throw badRequest('file size exceeds the maximum limit');
  const verify = form.get('verify_signature') === 'true';
  return core.upload(Buffer.from(await file.arrayBuffer()), verify);
}

function ok(data: unknown): Reply {
  return { status: 200, json: success(data) };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function pluginId(identifier: string): string {
  return identifier.slice(0, identifier.indexOf(':'));
}

/** The body as gin binds it: JSON only under exactly `application/json`, else nothing. */
function bound(req: Request): Record<string, unknown> {
  const body = jsonBody(req);
  return isObject(body) ? body : {};
}

/** go-playground/validator's text for one failed field (anonymous request structs: no namespace). */
function tagError(field: string, tag: string): string {
  return `Key: '${field}' Error:Field validation for '${field}' failed on the '${tag}' tag`;
}

/** Validation failures answer HTTP 400 (gin's BindRequest), not 200. */
function check(errors: string[]): void {
  if (errors.length > 0) throw badRequest(errors.join('\n'), 400);
}

function requireString(value: unknown, field: string): { value: string; errors: string[] } {
  return typeof value === 'string' && value !== ''
    ? { value, errors: [] }
    : { value: '', errors: [tagError(field, 'required')] };
}

function requireIdentifier(value: unknown, field: string): { value: string; errors: string[] } {
  const s = requireString(value, field);
  if (s.errors.length > 0) return s;
  return IDENTIFIER_PATTERN.test(s.value)
    ? s
    : { value: s.value, errors: [tagError(field, 'plugin_unique_identifier')] };
}

function validateIdentifiers(
  value: unknown,
  field: string,
  max: number,
): { value: string[]; errors: string[] } {
  if (!Array.isArray(value)) return { value: [], errors: [tagError(field, 'required')] };
  if (value.length > max) return { value: [], errors: [tagError(field, 'max')] };
  const errors: string[] = [];
  value.forEach((v, i) => {
    if (typeof v !== 'string' || !IDENTIFIER_PATTERN.test(v))
      errors.push(tagError(`${field}[${i}]`, 'plugin_unique_identifier'));
  });
  return { value: value.map(String), errors };
}

function queryIdentifier(req: Request): string {
  const id = req.query.get('plugin_unique_identifier') ?? '';
  if (!id) check([tagError('PluginUniqueIdentifier', 'required')]);
  if (!IDENTIFIER_PATTERN.test(id)) check([tagError('PluginUniqueIdentifier', 'plugin_unique_identifier')]);
  return id;
}

function paging(req: Request): { page: number; pageSize: number } {
  const page = Number(req.query.get('page') ?? 0);
  const pageSize = Number(req.query.get('page_size') ?? 0);
  const errors: string[] = [];
  if (!Number.isInteger(page) || page === 0) errors.push(tagError('Page', 'required'));
  else if (page < 1) errors.push(tagError('Page', 'min'));
  if (!Number.isInteger(pageSize) || pageSize === 0) errors.push(tagError('PageSize', 'required'));
  else if (pageSize < 1) errors.push(tagError('PageSize', 'min'));
  else if (pageSize > 256) errors.push(tagError('PageSize', 'max'));
  check(errors);
  return { page, pageSize };
}
