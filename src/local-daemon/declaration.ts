/**
 * The declaration as the daemon decodes it at upload (pkg/plugin_packager/decoder/helper.go
 * `Manifest`): `manifest.yaml`, then each provider file of `plugins.*` with its children (tool,
 * endpoint, strategy, datasource and event files; model globs and position files), the last provider
 * of a kind kept, defaults filled. No struct validation here, as on the daemon: a file that is
 * missing or does not parse fails the upload with the daemon's wording. The JSON built keeps the
 * manifest fields the daemon's struct has, and the providers as written with their children loaded
 * (the tool provider as the daemon marshals it: `credentials_schema` as a list, `tools` loaded).
 */
import { goMatch } from '../manifest/go-glob.js';
import { POSITION_TYPES } from '../manifest/plugin-types.js';
import { parseYamlBytes } from '../yaml/parse-bytes.js';
import type { YamlFile } from '../yaml/yaml-file.js';
import type { OpenPackage } from '../zip/reader.js';
import { joined } from './envelope.js';

export type Json = Record<string, unknown>;

/** A decoding failure: the text the daemon would send. */
export class DecodeError extends Error {}

const MANIFEST_FIELDS = [
  'version',
  'type',
  'author',
  'name',
  'label',
  'description',
  'icon',
  'icon_dark',
  'resource',
  'plugins',
  'meta',
  'tags',
  'created_at',
  'privacy',
  'repo',
] as const;

const EXTENSION_KEYS = ['tools', 'models', 'endpoints', 'agent_strategies', 'datasources', 'triggers'];

export interface DecodedManifest {
  declaration: Json;
  manifest: YamlFile;
}

export async function decodeManifest(pkg: OpenPackage): Promise<DecodedManifest> {
  const names = new Set(pkg.entries.map((e) => e.name));
  const read = async (file: string): Promise<Buffer> => {
    if (!names.has(file)) throw new DecodeError(`open ${file}: file does not exist`);
    return pkg.read(file);
  };
  const parse = (file: string, bytes: Buffer): YamlFile => {
    const yaml = parseYamlBytes(file, bytes);
    if (yaml.problems.length > 0) throw new DecodeError(`yaml: ${yaml.problems[0]!.message}`);
    return yaml;
  };
  /** Read and parse a referenced file, with the daemon's two-line error when it cannot be. */
  const load = async (file: string, readWhat: string, parseWhat = readWhat): Promise<unknown> => {
    let bytes: Buffer;
    try {
      bytes = await read(file);
    } catch (error) {
      throw new DecodeError(joined((error as Error).message, `failed to read ${readWhat} file: ${file}`));
    }
    try {
      return parse(file, bytes).value ?? {};
    } catch (error) {
      throw new DecodeError(
        joined((error as Error).message, `failed to unmarshal ${parseWhat} file: ${file}`),
      );
    }
  };

  const manifest = parse('manifest.yaml', await read('manifest.yaml'));
  const raw = isObject(manifest.value) ? manifest.value : {};
  const declaration: Json = {};
  for (const key of MANIFEST_FIELDS) {
    if (!(key in raw)) continue;
    declaration[key] = ['version', 'author', 'name'].includes(key)
      ? (manifest.scalarText(`/${key}`) ?? raw[key])
      : raw[key];
  }
  for (const key of ['version', 'type', 'author', 'name', 'icon', 'icon_dark'])
    if (declaration[key] === undefined) declaration[key] = '';
  const plugins = isObject(raw.plugins) ? raw.plugins : {};
  declaration.plugins = Object.fromEntries(
    EXTENSION_KEYS.map((k) => [k, Array.isArray(plugins[k]) ? plugins[k].map(String) : null]),
  );
  if (!Array.isArray(declaration.tags)) declaration.tags = [];

  const files = (kind: string) =>
    Array.isArray(plugins[kind]) ? (plugins[kind] as unknown[]).map(String) : [];
  for (const file of files('tools')) {
    const provider = obj(await load(file, 'tool', 'plugin'));
    const tools: unknown[] = [];
    for (const item of list(provider.tools)) {
      if (typeof item === 'string') tools.push(await load(item, 'tool'));
      else if (isObject(item)) tools.push(item);
    }
    const credentials = provider.credentials_schema ?? provider.credentials_for_provider;
    declaration.tool = {
      identity: provider.identity ?? {},
      credentials_schema: isObject(credentials)
        ? Object.entries(credentials).map(([name, c]) => ({ ...(isObject(c) ? c : {}), name }))
        : Array.isArray(credentials)
          ? credentials
          : [],
      oauth_schema: provider.oauth_schema ?? null,
      tools,
    };
  }
  for (const file of files('endpoints')) {
    const provider = obj(await load(file, 'endpoint', 'plugin'));
    declaration.endpoint = { ...provider, endpoints: await children(provider.endpoints, 'endpoint', load) };
  }
  for (const file of files('models')) declaration.model = await loadModel(file, pkg, load);
  for (const file of files('agent_strategies')) {
    const provider = obj(await load(file, 'agent strategy', 'plugin'));
    declaration.agent_strategy = {
      ...provider,
      strategies: await children(provider.strategies, 'agent strategy', load),
    };
  }
  for (const file of files('datasources')) {
    const provider = obj(await load(file, 'datasource', 'plugin'));
    declaration.datasource = {
      ...provider,
      datasources: await children(provider.datasources, 'datasource', load),
    };
  }
  for (const file of files('triggers')) {
    const provider = obj(await load(file, 'trigger', 'plugin'));
    declaration.trigger = { ...provider, events: await children(provider.events, 'event', load) };
  }
  fillDefaults(declaration);
  return { declaration, manifest };
}

async function children(
  items: unknown,
  what: string,
  load: (file: string, what: string) => Promise<unknown>,
): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const item of list(items)) {
    if (typeof item === 'string') out.push(await load(item, what));
    else if (isObject(item)) out.push(item);
  }
  return out;
}

/** A model provider: its position files, and every file its `predefined` globs match (in zip order). */
async function loadModel(
  file: string,
  pkg: OpenPackage,
  load: (file: string, what: string, parseWhat?: string) => Promise<unknown>,
): Promise<Json> {
  const provider = obj(await load(file, 'model', 'plugin'));
  const models = isObject(provider.models) ? provider.models : {};
  const position: Json = {};
  const patterns: string[] = [];
  for (const type of POSITION_TYPES) {
    const entry = models[type];
    if (!isObject(entry)) continue;
    if (typeof entry.position === 'string' && entry.position !== '') {
      const what = `${type.replace('_', ' ')} position`;
      position[type] = await load(entry.position, what);
    }
    for (const p of list(entry.predefined)) if (typeof p === 'string') patterns.push(p);
  }
  const loaded: unknown[] = [];
  for (const { name } of pkg.entries) {
    if (name.endsWith('_position.yaml')) continue;
    for (const pattern of patterns) if (goMatch(pattern, name)) loaded.push(await load(name, 'model'));
  }
  const { models: _files, ...rest } = provider;
  return { ...rest, ...(Object.keys(position).length > 0 ? { position } : {}), models: loaded };
}

/** The daemon's FillInDefaultValues: provider descriptions and tags default to the plugin's. */
function fillDefaults(d: Json): void {
  for (const kind of ['tool', 'trigger']) {
    const provider = d[kind];
    if (!isObject(provider)) continue;
    const identity: Json = isObject(provider.identity) ? provider.identity : {};
    provider.identity = identity;
    const description = isObject(identity.description) ? identity.description : {};
    if (!description.en_US) identity.description = d.description ?? {};
    if (!Array.isArray(identity.tags) || identity.tags.length === 0) identity.tags = d.tags ?? [];
  }
  if (isObject(d.model) && d.model.description === undefined) d.model.description = d.description ?? {};
}

export function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function obj(value: unknown): Json {
  return isObject(value) ? value : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
