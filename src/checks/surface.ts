import type { Location } from '../core/finding.js';
import type { DeclKind, LoadedPlugin, PluginKind } from '../manifest/plugin-types.js';
import { PLUGIN_KINDS } from '../manifest/plugin-types.js';
import { getAt } from '../yaml/pointer.js';
import type { YamlFile } from '../yaml/yaml-file.js';

/** What users of a plugin depend on: what a version bump must account for. */
export interface Surface {
  version: string;
  kinds: Set<PluginKind>;
  /** Tools, strategies, datasources, events, endpoints and models, by `kind:name`. */
  callables: Map<string, Callable>;
  /** Credential, setting and subscription fields, by set name then field name. */
  fields: Map<string, Map<string, Field>>;
  modelTypes: Map<string, Location>;
  /** Granted permissions (`tool`, `model.llm`, `storage`, …), with where each is granted. */
  permissions: Map<string, Location>;
  storageSize: number;
  manifest: YamlFile;
}

export interface Callable {
  kind: string;
  name: string;
  params: Map<string, Param>;
  at: Location;
}

export interface Param {
  name: string;
  type: string;
  required: boolean;
  form: string;
  options?: Set<string>;
  at: Location;
}

export interface Field {
  name: string;
  type: string;
  required: boolean;
  options?: Set<string>;
  at: Location;
}

const CALLABLE: Partial<Record<DeclKind, string>> = {
  tool: 'tool',
  'agent-strategy': 'agent strategy',
  datasource: 'datasource',
  event: 'event',
  endpoint: 'endpoint',
  model: 'model',
};

export function surfaceOf(plugin: LoadedPlugin): Surface {
  const m = plugin.manifest;
  const version = m.scalarText('/version') ?? '';
  const lists = (getAt(m.value, '/plugins') ?? {}) as Record<string, unknown>;
  const surface: Surface = {
    version,
    kinds: new Set(PLUGIN_KINDS.filter((k) => Array.isArray(lists[k]) && (lists[k] as unknown[]).length > 0)),
    callables: new Map(),
    fields: new Map(),
    modelTypes: new Map(),
    permissions: permissionsOf(m),
    storageSize: Number(getAt(m.value, '/resource/permission/storage/size') ?? 0) || 0,
    manifest: m,
  };
  const seen = new Set<YamlFile>();
  for (const decl of plugin.declarations) {
    if (seen.has(decl.file)) continue;
    seen.add(decl.file);
    const kind = CALLABLE[decl.kind];
    if (kind) addCallable(surface, kind, decl.file, '');
    if (decl.kind === 'tool-provider') {
      const tools = getAt(decl.file.value, '/tools');
      if (Array.isArray(tools)) {
        tools.forEach((t, i) => {
          if (t && typeof t === 'object') addCallable(surface, 'tool', decl.file, `/tools/${i}`);
        });
      }
    }
    for (const [set, pointer, key] of FIELD_SETS[decl.kind] ?? [])
      addFields(surface, set, decl.file, pointer, key);
    if (decl.kind === 'model-provider') {
      const types = getAt(decl.file.value, '/supported_model_types');
      if (Array.isArray(types)) {
        for (const [i, t] of types.entries()) {
          surface.modelTypes.set(String(t), decl.file.locate(`/supported_model_types/${i}`));
        }
      }
    }
  }
  return surface;
}

/** Field sets per declaration kind: [set name, pointer, the key naming a field]. */
const FIELD_SETS: Partial<Record<DeclKind, [string, string, string][]>> = {
  'tool-provider': [
    ['tool credentials', '/credentials_schema', 'name'],
    ['tool credentials', '/credentials_for_provider', 'name'],
    ['tool OAuth client', '/oauth_schema/client_schema', 'name'],
    ['tool OAuth credentials', '/oauth_schema/credentials_schema', 'name'],
  ],
  'endpoint-group': [['endpoint settings', '/settings', 'name']],
  'model-provider': [
    ['provider credentials', '/provider_credential_schema/credential_form_schemas', 'variable'],
    ['model credentials', '/model_credential_schema/credential_form_schemas', 'variable'],
  ],
  'datasource-provider': [
    ['datasource credentials', '/credentials_schema', 'name'],
    ['datasource OAuth client', '/oauth_schema/client_schema', 'name'],
    ['datasource OAuth credentials', '/oauth_schema/credentials_schema', 'name'],
  ],
  'trigger-provider': [
    ['trigger subscription', '/subscription_schema', 'name'],
    ['trigger subscription parameters', '/subscription_constructor/parameters', 'name'],
    ['trigger credentials', '/subscription_constructor/credentials_schema', 'name'],
    ['trigger OAuth client', '/subscription_constructor/oauth_schema/client_schema', 'name'],
    ['trigger OAuth credentials', '/subscription_constructor/oauth_schema/credentials_schema', 'name'],
  ],
};

function addCallable(surface: Surface, kind: string, file: YamlFile, base: string): void {
  const v = getAt(file.value, base) as Record<string, unknown> | undefined;
  if (!v || typeof v !== 'object') return;
  let name: string | undefined;
  let namePointer = `${base}/identity/name`;
  if (kind === 'endpoint') {
    name = `${String(v.method ?? '').toUpperCase()} ${String(v.path ?? '')}`;
    namePointer = `${base}/path`;
  } else if (kind === 'model') {
    name = `${String(v.model_type ?? '')}/${String(v.model ?? '')}`;
    namePointer = `${base}/model`;
  } else {
    const id = getAt(v, '/identity/name');
    name = typeof id === 'string' ? id : undefined;
  }
  if (!name) return;
  const params = new Map<string, Param>();
  const listPointer = kind === 'model' ? `${base}/parameter_rules` : `${base}/parameters`;
  const list = getAt(file.value, listPointer);
  if (Array.isArray(list)) {
    list.forEach((p, i) => {
      if (!p || typeof p !== 'object') return;
      const q = p as Record<string, unknown>;
      if (typeof q.name !== 'string') return;
      params.set(q.name, {
        name: q.name,
        type: String(q.type ?? q.use_template ?? ''),
        required: q.required === true,
        form: String(q.form ?? ''),
        options: optionValues(q.options),
        at: file.locate(`${listPointer}/${i}`),
      });
    });
  }
  surface.callables.set(`${kind}:${name}`, { kind, name, params, at: file.locate(namePointer) });
}

function addFields(surface: Surface, set: string, file: YamlFile, pointer: string, key: string): void {
  const value = getAt(file.value, pointer);
  if (!value || typeof value !== 'object') return;
  const entries: [string, unknown, string][] = Array.isArray(value)
    ? value.map((f, i) => [String((f as Record<string, unknown> | null)?.[key] ?? ''), f, `${pointer}/${i}`])
    : Object.entries(value).map(([k, f]) => [k, f, `${pointer}/${k}`]);
  const fields = surface.fields.get(set) ?? new Map<string, Field>();
  for (const [name, f, at] of entries) {
    if (!name || !f || typeof f !== 'object') continue;
    const field = f as Record<string, unknown>;
    fields.set(name, {
      name,
      type: String(field.type ?? ''),
      required: field.required === true,
      options: optionValues(field.options),
      at: file.locate(at),
    });
  }
  surface.fields.set(set, fields);
}

function optionValues(options: unknown): Set<string> | undefined {
  if (!Array.isArray(options)) return undefined;
  return new Set(
    options.map((o) => (o && typeof o === 'object' ? String((o as { value?: unknown }).value) : String(o))),
  );
}

const PERMISSIONS = ['tool', 'model', 'node', 'endpoint', 'app', 'storage'] as const;
const MODEL_PERMISSIONS = ['llm', 'text_embedding', 'rerank', 'tts', 'speech2text', 'moderation'] as const;

/** Effective grants, as the daemon computes them (`block != nil && block.enabled`). */
function permissionsOf(m: YamlFile): Map<string, Location> {
  const out = new Map<string, Location>();
  for (const p of PERMISSIONS) {
    if (getAt(m.value, `/resource/permission/${p}/enabled`) === true) {
      out.set(p, m.locate(`/resource/permission/${p}/enabled`));
    }
  }
  if (out.has('model')) {
    for (const t of MODEL_PERMISSIONS) {
      if (getAt(m.value, `/resource/permission/model/${t}`) === true) {
        out.set(`model.${t}`, m.locate(`/resource/permission/model/${t}`));
      }
    }
  }
  return out;
}
