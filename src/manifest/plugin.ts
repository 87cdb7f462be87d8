import { finding } from '../core/codes.js';
import { FileReadError, refusalFix } from '../io/read.js';
import { parseYamlBytes } from '../yaml/parse-bytes.js';
import { escapePointer, getAt } from '../yaml/pointer.js';
import type { YamlFile } from '../yaml/yaml-file.js';
import { goMatch } from './go-glob.js';
import { notADifyManifest } from './not-manifest.js';
import {
  type Declaration,
  type DeclKind,
  type LoadedPlugin,
  MANIFEST,
  type ParsedFile,
  PLUGIN_KINDS,
  type PluginKind,
  POSITION_TYPES,
  type RefSite,
} from './plugin-types.js';
import { resolveReference } from './references.js';
import { checkSchema } from './schema-check.js';
import type { SchemaId } from './schemas.js';
import type { PluginSource } from './source.js';

const PROVIDER: Record<PluginKind, { kind: DeclKind; children?: { key: string; kind: DeclKind } }> = {
  tools: { kind: 'tool-provider', children: { key: 'tools', kind: 'tool' } },
  endpoints: { kind: 'endpoint-group', children: { key: 'endpoints', kind: 'endpoint' } },
  models: { kind: 'model-provider' },
  agent_strategies: {
    kind: 'agent-strategy-provider',
    children: { key: 'strategies', kind: 'agent-strategy' },
  },
  datasources: { kind: 'datasource-provider', children: { key: 'datasources', kind: 'datasource' } },
  triggers: { kind: 'trigger-provider', children: { key: 'events', kind: 'event' } },
};

export async function loadPlugin(
  source: PluginSource,
  options: { declarations?: boolean; manifest?: ParsedFile } = {},
): Promise<LoadedPlugin> {
  const files = options.declarations === false ? [] : await source.files();
  const read = await readFrom(source, MANIFEST);
  const bytes = read.bytes;
  // A manifest the caller parsed already (package reads it first) is not parsed a second time.
  const known = options.manifest;
  const manifest =
    known && bytes && Buffer.from(bytes).equals(known.bytes)
      ? known.file
      : parseYamlBytes(MANIFEST, bytes ?? new Uint8Array());
  const plugin: LoadedPlugin = {
    source,
    manifest,
    declarations: [],
    providers: {},
    globs: [],
    files,
    findings: [],
    usable: false,
  };
  if (!bytes) {
    plugin.findings.push(
      finding('DPR005', `${MANIFEST} cannot be read${read.why ? `: ${read.why}` : ''}`, {
        file: MANIFEST,
        fix: read.fix,
      }),
    );
    return plugin;
  }
  if (manifest.problems.length > 0) {
    plugin.findings.push(...manifest.problems);
    return plugin;
  }
  plugin.findings.push(...manifest.warnings);
  const notManifest = notADifyManifest(manifest);
  if (notManifest) {
    plugin.findings.push(notManifest);
    return plugin;
  }
  plugin.usable = true;
  if (options.declarations === false) return plugin;
  plugin.findings.push(...(await checkSchema(manifest, 'manifest.schema.json')));
  const loader = new Loader(plugin);
  const lists = (getAt(manifest.value, '/plugins') ?? {}) as Record<string, unknown>;
  for (const kind of PLUGIN_KINDS) {
    const list = lists[kind];
    if (!Array.isArray(list)) continue;
    for (const [i, entry] of list.entries()) {
      if (typeof entry !== 'string' || entry === '') continue;
      const site = { file: manifest, pointer: `/plugins/${kind}/${i}` };
      const decl = await loader.load(entry, PROVIDER[kind].kind, site, PROVIDER[kind].children);
      if (decl) {
        plugin.providers[kind] = decl;
        await loader.children(kind, decl);
      }
    }
  }
  return plugin;
}

/**
 * A child declaration (a tool, a strategy, an event, a datasource) rather than its provider: it has
 * no list of children, and the child's own `parameters` or `description: {human: …}`.
 */
function looksLikeChild(value: unknown, childrenKey: string): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  if (childrenKey in v || 'credentials_for_provider' in v || 'subscription_schema' in v) return false;
  const description = v.description as Record<string, unknown> | undefined;
  const human = description && typeof description === 'object' && 'human' in description;
  return Array.isArray(v.parameters) || Boolean(human);
}

/**
 * A file's bytes through the source, or why it cannot be had: the one reader's refusal (a pipe, a
 * device, too large, a link out of the repository), or the reason the listing left it out.
 */
async function readFrom(
  source: PluginSource,
  file: string,
): Promise<{ bytes?: Uint8Array; why?: string; fix?: string }> {
  try {
    const bytes = await source.read(file);
    if (bytes) return { bytes };
    const missing = source.whyMissing?.(file);
    return missing ? { why: missing } : {};
  } catch (error) {
    if (error instanceof FileReadError) {
      return {
        why: error.message.startsWith(file) ? error.message.slice(file.length + 1) : error.message,
        fix: refusalFix(error),
      };
    }
    throw error;
  }
}

/** The identity of every declaration kind: which schema checks it. */
const SCHEMA: Record<DeclKind, SchemaId> = {
  'tool-provider': 'tool-provider.schema.json',
  tool: 'tool.schema.json',
  'endpoint-group': 'endpoint-group.schema.json',
  endpoint: 'endpoint.schema.json',
  'model-provider': 'model-provider.schema.json',
  model: 'model.schema.json',
  'model-position': 'model-position.schema.json',
  'agent-strategy-provider': 'agent-strategy-provider.schema.json',
  'agent-strategy': 'agent-strategy.schema.json',
  'datasource-provider': 'datasource-provider.schema.json',
  datasource: 'datasource.schema.json',
  'trigger-provider': 'trigger-provider.schema.json',
  event: 'event.schema.json',
};

class Loader {
  private readonly loaded = new Map<string, YamlFile>();
  private readonly fileSet: Set<string>;

  constructor(private readonly plugin: LoadedPlugin) {
    this.fileSet = new Set(plugin.files);
  }

  /** Resolve, read, parse and schema-check one referenced declaration file. */
  async load(
    ref: string,
    kind: DeclKind,
    from: RefSite,
    /** For a provider: its children, to recognise a child listed where the provider belongs. */
    children?: { key: string; kind: DeclKind },
  ): Promise<Declaration | undefined> {
    const target = resolveReference(ref, from, this.fileSet, this.plugin.findings, 'declaration', (f) =>
      this.plugin.source.whyMissing?.(f),
    );
    if (!target) return undefined;
    let file = this.loaded.get(target);
    const fresh = !file;
    if (!file) {
      const { bytes, why, fix } = await readFrom(this.plugin.source, target);
      if (!bytes) {
        this.plugin.findings.push(
          finding('DPR005', `${target} is listed but cannot be read${why ? `: ${why}` : ''}`, {
            ...from.file.locate(from.pointer),
            fix: fix ?? 'Check the file permissions (the package is built from what can be read).',
          }),
        );
        return undefined;
      }
      file = parseYamlBytes(target, bytes);
      this.loaded.set(target, file);
    }
    const decl: Declaration = { kind, file, from };
    this.plugin.declarations.push(decl);
    if (!fresh) return decl;
    this.plugin.findings.push(...file.warnings);
    if (file.problems.length > 0) {
      this.plugin.findings.push(...file.problems);
      return undefined;
    }
    if (children && looksLikeChild(file.value, children.key)) {
      // One finding naming the mistake, instead of every provider field the file lacks.
      const child = children.kind.replace('-', ' ');
      this.plugin.findings.push(
        finding(
          'DPR107',
          `${target} is a ${child} declaration, listed where a ${kind.replace('-', ' ')} belongs`,
          {
            ...from.file.locate(from.pointer),
            fix: `List the ${kind.replace('-', ' ')} YAML here (the file with identity and \`${children.key}:\`), and ${target} under its \`${children.key}:\`.`,
          },
        ),
      );
      return undefined;
    }
    this.plugin.findings.push(...(await checkSchema(file, SCHEMA[kind])));
    if (kind === 'model-position' && (file.value === null || file.value === undefined)) {
      // The daemon decodes an empty file as a null list, and Dify's API server refuses the install
      // on it (four official releases broke this way).
      this.plugin.findings.push(
        finding(
          'DPR008',
          `${target} is empty: Dify refuses to install a model provider whose position file is null`,
          {
            ...from.file.locate(from.pointer),
            fix: 'List the models in the order to show them (`- model-name`), or remove the `position:` line.',
          },
        ),
      );
    }
    return decl;
  }

  async children(kind: PluginKind, provider: Declaration): Promise<void> {
    const spec = PROVIDER[kind];
    if (kind === 'models') return this.models(provider);
    if (!spec.children) return;
    const list = getAt(provider.file.value, `/${spec.children.key}`);
    if (!Array.isArray(list)) return;
    for (const [i, item] of list.entries()) {
      // Items are file paths, or declarations written inline (checked by the provider's schema).
      if (typeof item !== 'string') continue;
      const site = { file: provider.file, pointer: `/${spec.children.key}/${i}` };
      await this.load(item, spec.children.kind, site);
    }
  }

  private async models(provider: Declaration): Promise<void> {
    const models = getAt(provider.file.value, '/models');
    if (!models || typeof models !== 'object' || Array.isArray(models)) return;
    const patterns: { pattern: string; site: RefSite }[] = [];
    for (const type of POSITION_TYPES) {
      const entry = (models as Record<string, unknown>)[type];
      if (!entry || typeof entry !== 'object') continue;
      const base = `/models/${escapePointer(type)}`;
      const position = (entry as Record<string, unknown>).position;
      if (typeof position === 'string' && position !== '') {
        await this.load(position, 'model-position', { file: provider.file, pointer: `${base}/position` });
      }
      const predefined = (entry as Record<string, unknown>).predefined;
      if (Array.isArray(predefined)) {
        predefined.forEach((p, i) => {
          if (typeof p === 'string')
            patterns.push({ pattern: p, site: { file: provider.file, pointer: `${base}/predefined/${i}` } });
        });
      }
    }
    // As the daemon: walk every file, skip `_position.yaml`, load each glob match (a file matched twice loads twice).
    for (const { pattern, site } of patterns) {
      const matches = this.plugin.files.filter((f) => !f.endsWith('_position.yaml') && goMatch(pattern, f));
      this.plugin.globs.push({ site, pattern, matches });
      for (const match of matches) await this.load(match, 'model', site);
    }
  }
}
