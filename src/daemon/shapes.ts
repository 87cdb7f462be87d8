/**
 * The daemon's JSON (dify-format.md §5.2, and the daemon's models) read into the target types. Both
 * doors return the same objects: the console passes the daemon's task and installation objects
 * through. Fields a version lacks are left out rather than invented.
 */
import type {
  Installation,
  InstallTask,
  MissingDependency,
  PluginDeclarationJson,
  RuntimeState,
  TaskPlugin,
  TaskStatus,
  UploadResult,
} from './types.js';

type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

const STATUSES: readonly TaskStatus[] = ['pending', 'running', 'success', 'failed'];

function status(value: unknown): TaskStatus {
  return STATUSES.includes(value as TaskStatus) ? (value as TaskStatus) : 'pending';
}

/** `author/name` of `author/name:version@checksum`. */
export function pluginIdOf(identifier: string): string {
  const colon = identifier.indexOf(':');
  return colon === -1 ? identifier : identifier.slice(0, colon);
}

export function versionOf(identifier: string): string {
  const colon = identifier.indexOf(':');
  const at = identifier.lastIndexOf('@');
  return colon === -1 ? '' : identifier.slice(colon + 1, at === -1 ? undefined : at);
}

export function checksumOfIdentifier(identifier: string): string {
  const at = identifier.lastIndexOf('@');
  return at === -1 ? '' : identifier.slice(at + 1);
}

export function readTask(value: unknown): InstallTask | undefined {
  if (!isObject(value) || typeof value.id !== 'string') return undefined;
  const plugins: TaskPlugin[] = Array.isArray(value.plugins)
    ? value.plugins.filter(isObject).map((p) => ({
        identifier: str(p.plugin_unique_identifier),
        pluginId: str(p.plugin_id) || pluginIdOf(str(p.plugin_unique_identifier)),
        status: status(p.status),
        message: str(p.message),
        source: str(p.source),
      }))
    : [];
  return {
    id: value.id,
    status: status(value.status),
    tenantId: str(value.tenant_id),
    createdAt: str(value.created_at),
    updatedAt: str(value.updated_at),
    totalPlugins: num(value.total_plugins) ?? plugins.length,
    completedPlugins: num(value.completed_plugins) ?? 0,
    plugins,
  };
}

/** An installation: a `/list` item, an `/installation/fetch/batch` row, or a console `PluginEntity`. */
export function readInstallation(value: unknown): Installation | undefined {
  if (!isObject(value)) return undefined;
  const identifier = str(value.plugin_unique_identifier);
  if (!identifier) return undefined;
  const declaration = isObject(value.declaration) ? (value.declaration as PluginDeclarationJson) : undefined;
  const installationId = str(value.installation_id) || str(value.id);
  const out: Installation = {
    installationId,
    pluginId: str(value.plugin_id) || pluginIdOf(identifier),
    identifier,
    version: str(value.version) || versionOf(identifier),
    checksum: str(value.checksum) || checksumOfIdentifier(identifier),
    source: str(value.source),
    runtimeType: str(value.runtime_type),
  };
  if (value.created_at) out.createdAt = str(value.created_at);
  if (value.updated_at) out.updatedAt = str(value.updated_at);
  if (declaration) out.declaration = declaration;
  const setups = num(value.endpoints_setups);
  const active = num(value.endpoints_active);
  if (setups !== undefined) out.endpointsSetups = setups;
  if (active !== undefined) out.endpointsActive = active;
  const runtime = readRuntime(value.runtime);
  if (runtime) out.runtime = runtime;
  return out;
}

function readRuntime(value: unknown): RuntimeState | undefined {
  if (!isObject(value) || typeof value.status !== 'string') return undefined;
  const out: RuntimeState = { status: value.status as RuntimeState['status'] };
  if (num(value.pid) !== undefined) out.pid = num(value.pid);
  if ('exit_code' in value) out.exitCode = (num(value.exit_code) ?? null) as number | null;
  if (value.message) out.message = str(value.message);
  if (value.started_at) out.startedAt = str(value.started_at);
  return out;
}

export function readUpload(value: unknown): UploadResult | undefined {
  if (!isObject(value) || typeof value.unique_identifier !== 'string') return undefined;
  const manifest = isObject(value.manifest) ? (value.manifest as PluginDeclarationJson) : {};
  const verification = isObject(value.verification)
    ? { authorized_category: str(value.verification.authorized_category) }
    : null;
  return {
    identifier: value.unique_identifier,
    pluginId: pluginIdOf(value.unique_identifier),
    version: versionOf(value.unique_identifier),
    manifest,
    verification,
    verified: manifest.verified === true,
  };
}

export function readMissing(value: unknown): MissingDependency[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter(isObject).map((m) => ({
    identifier: str(m.plugin_unique_identifier),
    ...(m.current_identifier ? { currentIdentifier: str(m.current_identifier) } : {}),
  }));
}

/** The providers, models and tools a declaration exposes (for the post-upgrade state check). */
export function declarationCounts(declaration: PluginDeclarationJson | undefined): {
  providers: number;
  tools: number;
  models: number;
  endpoints: number;
  strategies: number;
  datasources: number;
  events: number;
} {
  const d = declaration ?? {};
  const list = (o: unknown, key: string) => (isObject(o) && Array.isArray(o[key]) ? o[key].length : 0);
  const kinds = ['tool', 'model', 'endpoint', 'agent_strategy', 'datasource', 'trigger'];
  return {
    providers: kinds.filter((k) => isObject(d[k])).length,
    tools: list(d.tool, 'tools'),
    models: list(d.model, 'models'),
    endpoints: list(d.endpoint, 'endpoints'),
    strategies: list(d.agent_strategy, 'strategies'),
    datasources: list(d.datasource, 'datasources'),
    events: list(d.trigger, 'events'),
  };
}
