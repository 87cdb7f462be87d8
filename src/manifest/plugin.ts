import path from 'node:path';
import { finding } from '../core/codes.js';
import type { Finding } from '../core/finding.js';
import { FileReadError, refusalFix } from '../io/read.js';
import { escapePointer, getAt, parseYamlBytes, type YamlFile } from '../yaml/yaml-file.js';
import { checkSchema, closest } from './schema-check.js';
import type { SchemaId } from './schemas.js';
import type { PluginSource } from './source.js';

/** The provider kinds of `plugins.*`, in the order the daemon loads them. */
export const PLUGIN_KINDS = [
  'tools',
  'endpoints',
  'models',
  'agent_strategies',
  'datasources',
  'triggers',
] as const;
export type PluginKind = (typeof PLUGIN_KINDS)[number];

export type DeclKind =
  | 'tool-provider'
  | 'tool'
  | 'endpoint-group'
  | 'endpoint'
  | 'model-provider'
  | 'model'
  | 'model-position'
  | 'agent-strategy-provider'
  | 'agent-strategy'
  | 'datasource-provider'
  | 'datasource'
  | 'trigger-provider'
  | 'event';

/** A place in a YAML file that names another file. */
export interface RefSite {
  file: YamlFile;
  pointer: string;
}

export interface Declaration {
  kind: DeclKind;
  file: YamlFile;
  /** Where it was referenced from (a glob match points at the glob). */
  from: RefSite;
}

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

/** The model types whose `position` files the daemon reads (model_declaration.go). */
export const POSITION_TYPES = ['llm', 'text_embedding', 'tts', 'speech2text', 'moderation', 'rerank'];

/** A plugin loaded the way the daemon loads it, with every file it reads checked against its schema. */
export interface LoadedPlugin {
  source: PluginSource;
  manifest: YamlFile;
  declarations: Declaration[];
  /** The provider the daemon keeps for each kind: the last one listed. */
  providers: Partial<Record<PluginKind, Declaration>>;
  /** Every model glob with the files it matched. */
  globs: { site: RefSite; pattern: string; matches: string[] }[];
  files: readonly string[];
  findings: Finding[];
  /** False when the manifest could not be read as a Dify manifest at all: no later rule should run. */
  usable: boolean;
}

export const MANIFEST = 'manifest.yaml';

/** A file already parsed, with the bytes it was parsed from. */
export interface ParsedFile {
  bytes: Uint8Array;
  file: YamlFile;
}

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
  plugin.findings.push(...checkSchema(manifest, 'manifest.schema.json'));
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
    this.plugin.findings.push(...checkSchema(file, SCHEMA[kind]));
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

/**
 * Check a path written in a YAML file the way the daemon opens it from the package: Go's
 * `fs.ValidPath` (no `./`, no `..`, no leading `/`, no `\`), case-sensitive, inside the plugin.
 * Returns the file to read, or `undefined` after reporting why it cannot be read.
 */
export function resolveReference(
  ref: string,
  from: RefSite,
  files: ReadonlySet<string>,
  findings: Finding[],
  what: 'declaration' | 'python' | 'privacy',
  /** Why a file absent from the listing is missing when it exists on disk (see `PluginSource.whyMissing`). */
  whyMissing?: (file: string) => string | undefined,
): string | undefined {
  const at = from.file.locate(from.pointer);
  const normalized = path.posix.normalize(ref.replace(/\\/g, '/'));
  if (
    ref.startsWith('/') ||
    /^[A-Za-z]:[\\/]/.test(ref) ||
    normalized === '..' ||
    normalized.startsWith('../')
  ) {
    findings.push(
      finding('DPR302', `"${ref}" points outside the plugin`, {
        ...at,
        fix: 'Reference files by their path relative to the plugin root, e.g. provider/tool.yaml.',
      }),
    );
    return undefined;
  }
  const exists = files.has(normalized);
  if (normalized !== ref) {
    findings.push(
      finding('DPR304', `"${ref}" works on disk but the daemon cannot open it inside the package`, {
        ...at,
        fix: `Write it as "${normalized}": the daemon opens package files by exact, clean paths.`,
      }),
    );
    return exists ? normalized : undefined;
  }
  if (!exists) {
    const code = what === 'python' ? 'DPR307' : what === 'privacy' ? 'DPR310' : 'DPR301';
    const excluded = whyMissing?.(normalized);
    const caseless = [...files].find((f) => f.toLowerCase() === normalized.toLowerCase());
    const near = caseless ? undefined : nearestFile(normalized, files);
    findings.push(
      finding(
        code,
        `${describeRef(what)} "${ref}" ${excluded ? `is not in the package: ${excluded}` : 'does not exist'}`,
        {
          ...at,
          fix: excluded
            ? 'Stop ignoring it (or reference a file that is packaged): the daemon reads only what is in the package.'
            : caseless
              ? `The file is "${caseless}": paths are case-sensitive inside the package.`
              : near
                ? `Did you mean "${near}"?`
                : `Create ${ref}, or fix the path (relative to the plugin root).`,
        },
      ),
    );
    return undefined;
  }
  return normalized;
}

/** A packaged file whose path is a near miss of a missing one (a typo, or the same name elsewhere). */
function nearestFile(missing: string, files: ReadonlySet<string>): string | undefined {
  const ext = path.posix.extname(missing);
  const candidates = [...files].filter((f) => path.posix.extname(f) === ext);
  const typo = closest(missing, candidates);
  if (typo) return typo;
  const base = path.posix.basename(missing);
  const moved = candidates.filter((f) => path.posix.basename(f) === base);
  return moved.length === 1 ? moved[0] : undefined;
}

function describeRef(what: string): string {
  return what === 'python' ? 'Python source' : what === 'privacy' ? 'privacy policy' : 'referenced file';
}

/**
 * Go's `filepath.Match` on `/` paths: `*` and `?` never cross `/`, `[...]` classes with `^`/`!`
 * negation and ranges, `\\` escapes. The pattern must match the whole path.
 */
export function goMatch(pattern: string, name: string): boolean {
  return compileGlob(pattern).test(name);
}

const globCache = new Map<string, RegExp>();

function compileGlob(pattern: string): RegExp {
  let re = globCache.get(pattern);
  if (re) return re;
  let out = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '\\' && i + 1 < pattern.length) out += escapeRegex(pattern[++i]!);
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end === -1) {
        out += '(?!)'; // Go reports ErrBadPattern: it matches nothing
        break;
      }
      let body = pattern.slice(i + 1, end);
      const negate = body.startsWith('^') || body.startsWith('!');
      if (negate) body = body.slice(1);
      out += `[${negate ? '^/' : ''}${body.replace(/\\/g, '\\\\').replace(/]/g, '\\]')}]`;
      i = end;
    } else out += escapeRegex(c);
  }
  re = new RegExp(`${out}$`, 'u');
  globCache.set(pattern, re);
  return re;
}

function escapeRegex(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * One clear finding when `manifest.yaml` is not a Dify plugin manifest at all (a Kubernetes manifest,
 * a bundle, a Coze config), instead of a cascade of schema errors.
 */
function notADifyManifest(manifest: YamlFile): Finding | undefined {
  const value = manifest.value;
  const at = { file: MANIFEST, line: 1, column: 1 };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return finding('DPR006', `${MANIFEST} is not a Dify plugin manifest: it is not a mapping of keys`, {
      ...at,
      fix: 'A Dify manifest starts with keys such as version, type: plugin, author, name, plugins and meta.',
    });
  }
  const v = value as Record<string, unknown>;
  if (v.type === 'bundle') {
    return finding('DPR006', `${MANIFEST} is a Dify bundle manifest, not a plugin manifest`, {
      ...manifest.locate('/type'),
      fix: 'Check bundles with `dify-plugin-release bundle`.',
    });
  }
  const hallmarks = ['plugins', 'meta', 'resource', 'created_at', 'label', 'icon'].filter(
    (k) => k in v,
  ).length;
  if (v.type !== 'plugin' && hallmarks < 2) {
    const keys = Object.keys(v).slice(0, 5).join(', ');
    return finding('DPR006', `${MANIFEST} is not a Dify plugin manifest (its keys: ${keys || 'none'})`, {
      ...at,
      fix: 'A Dify manifest has `type: plugin` with plugins, meta and resource; if this directory is not a plugin, validate its parent or another path.',
    });
  }
  return undefined;
}
