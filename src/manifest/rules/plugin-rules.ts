import { finding } from '../../core/codes.js';
import type { Finding } from '../../core/finding.js';
import { getAt } from '../../yaml/pointer.js';
import type { YamlFile } from '../../yaml/yaml-file.js';
import { type LoadedPlugin, PLUGIN_KINDS, type PluginKind } from '../plugin-types.js';
import { isPep440 } from './compat-rules.js';

/** The kind names the daemon uses in its messages. */
const KIND_NAME: Record<PluginKind, string> = {
  tools: 'tool',
  endpoints: 'endpoint',
  models: 'model',
  agent_strategies: 'agent_strategy',
  datasources: 'datasource',
  triggers: 'trigger',
};

/** ManifestValidate(): at least one kind; only tool + endpoint may be combined; one provider per kind. */
export function kindRules(plugin: LoadedPlugin): Finding[] {
  const m = plugin.manifest;
  const out: Finding[] = [];
  const lists = (getAt(m.value, '/plugins') ?? {}) as Record<string, unknown>;
  const declared = PLUGIN_KINDS.filter((k) => Array.isArray(lists[k]) && (lists[k] as unknown[]).length > 0);
  if (declared.length === 0 && m.has('/plugins')) {
    out.push(
      finding(
        'DPR201',
        'the plugin declares no tools, models, endpoints, agent strategies, datasources or triggers',
        {
          ...m.locate('/plugins', 'key'),
          fix: 'List at least one provider file, e.g. `plugins: {tools: [provider/my_tool.yaml]}`.',
        },
      ),
    );
  }
  const exclusive = declared.filter((k) => k !== 'tools' && k !== 'endpoints');
  if (exclusive.length > 0 && declared.length > 1) {
    const [first] = exclusive as [PluginKind];
    const others = declared.filter((k) => k !== first).map((k) => KIND_NAME[k]);
    out.push(
      finding(
        'DPR202',
        `a ${KIND_NAME[first]} plugin cannot also declare ${others.join(', ')}: the daemon refuses it`,
        {
          ...m.locate(`/plugins/${first}`, 'key'),
          fix: 'Only tools and endpoints may share a plugin; split the others into separate plugins.',
        },
      ),
    );
  }
  for (const kind of declared) {
    const list = lists[kind] as unknown[];
    if (list.length > 1) {
      out.push(
        finding(
          'DPR203',
          `plugins.${kind} lists ${list.length} providers; the daemon keeps only the last one`,
          {
            ...m.locate(`/plugins/${kind}/1`),
            fix: 'Put every declaration of this kind under one provider file.',
          },
        ),
      );
    }
  }
  return out;
}

const MIB = 1024 * 1024;

/**
 * Reverse invocations in the plugin's code (`self.session.model.llm.invoke(…)`, `session.tool…`,
 * `session.app…`, `session.storage…`, `session.workflow_node…`): the daemon refuses each one unless
 * the manifest grants its permission under `resource.permission`.
 */
const REVERSE_CALL = /\bsession\.(model|tool|app|storage|workflow_node)\s*\.\s*\w+/g;
/** Python sources larger than this are not scanned for call sites. */
const MAX_SCANNED = 1024 * 1024;

/**
 * A top-level `permission` block: Dify ignores it and installs the plugin, so it is a warning;
 * when the code makes reverse invocations, the daemon refuses them all at run time: an error naming
 * the call sites.
 */
export async function permissionRules(plugin: LoadedPlugin): Promise<Finding[]> {
  const m = plugin.manifest;
  if (!m.has('/permission')) return [];
  const sites: string[] = [];
  for (const file of plugin.files) {
    if (!file.endsWith('.py') || sites.length >= 5) continue;
    const bytes = await plugin.source.read(file);
    if (!bytes || bytes.length > MAX_SCANNED) continue;
    const text = Buffer.from(bytes).toString('utf8');
    for (const match of text.matchAll(REVERSE_CALL)) {
      const line = text.slice(0, match.index).split('\n').length;
      sites.push(`${file}:${line} (${match[0].replace(/\s+/g, '')})`);
      if (sites.length >= 5) break;
    }
  }
  const at = m.locate('/permission', 'key');
  const fix = 'Move the block under resource: `resource: {permission: {...}}`.';
  if (sites.length === 0) {
    return [
      finding(
        'DPR204',
        'permission is at the top level, where Dify ignores it: the plugin gets no permissions',
        {
          ...at,
          fix,
        },
      ),
    ];
  }
  return [
    finding(
      'DPR204',
      `permission is at the top level, where Dify ignores it, and the code makes reverse invocations the daemon will refuse without it: ${sites.join(', ')}`,
      { ...at, severity: 'error', fix },
    ),
  ];
}

/** Permissions: placed under resource, endpoints need the endpoint permission, plausible memory. */
export function resourceRules(plugin: LoadedPlugin): Finding[] {
  const m = plugin.manifest;
  const out: Finding[] = [];
  const endpoints = getAt(m.value, '/plugins/endpoints');
  const allowed = getAt(m.value, '/resource/permission/endpoint/enabled') === true;
  if (Array.isArray(endpoints) && endpoints.length > 0 && !allowed) {
    out.push(
      finding(
        'DPR205',
        'the plugin declares endpoints but not the endpoint permission: Dify will not register them',
        {
          ...(m.has('/resource/permission')
            ? m.locate('/resource/permission', 'key')
            : m.locate('/plugins/endpoints', 'key')),
          fix: 'Add `endpoint: {enabled: true}` under resource.permission.',
        },
      ),
    );
  }
  const memory = getAt(m.value, '/resource/memory');
  if (typeof memory === 'number' && memory > 0 && memory < MIB) {
    out.push(
      finding('DPR206', `resource.memory is ${memory} bytes, which no Python plugin can run in`, {
        ...m.locate('/resource/memory'),
        fix: 'resource.memory is in bytes: 268435456 is 256 MiB.',
      }),
    );
  }
  return out;
}

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

/** Field rules the schema cannot say: UUID authors, the manifest format version, timestamps. */
export function fieldRules(plugin: LoadedPlugin, now: Date = new Date()): Finding[] {
  const m = plugin.manifest;
  const out: Finding[] = [];
  const author = getAt(m.value, '/author');
  if (typeof author === 'string' && UUID.test(author)) {
    out.push(
      finding(
        'DPR208',
        `author "${author}" is a UUID, which the daemon reserves for remote-debugging runtimes`,
        {
          ...m.locate('/author'),
          fix: 'Use your organisation or user name as the author.',
        },
      ),
    );
  }
  // meta.version is not checked: nothing in Dify reads its value (the daemon only requires it to be
  // set), so a bumped meta.version is noise, not a finding.
  const version = m.scalarText('/version');
  if (typeof version === 'string' && /^\d{1,4}(\.\d{1,4}){2}-\w{1,16}$/.test(version) && !isPep440(version)) {
    out.push(
      finding(
        'DPR214',
        `version ${version} is valid for the daemon, but Dify (PEP 440) cannot read its suffix`,
        {
          ...m.locate('/version'),
          fix: 'Use a PEP 440 suffix: -alpha1, -beta2, -rc1, -post1 or -dev1.',
        },
      ),
    );
  }
  out.push(...createdAt(m, now));
  return out;
}

/**
 * created_at: yaml.v3 reads an unquoted timestamp in several layouts, but a quoted one only through
 * time.Time's RFC 3339 parser. A time in the future is refused by the marketplace.
 */
function createdAt(m: YamlFile, now: Date): Finding[] {
  const value = getAt(m.value, '/created_at');
  if (typeof value !== 'string' || value === '') return [];
  const at = m.locate('/created_at');
  const rfc3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;
  const loose =
    /^\d{4}-\d{1,2}-\d{1,2}([Tt ]\d{1,2}:\d{1,2}:\d{1,2}(\.\d+)?\s*([Zz]|[+-]\d{1,2}(:\d{2})?)?)?$/;
  const quoted = !m.plainNonStrings.has('/created_at') && isQuoted(m, '/created_at');
  const ok = quoted ? rfc3339.test(value) : loose.test(value);
  if (!ok) {
    return [
      finding('DPR115', `created_at "${value}" is not an RFC 3339 timestamp`, {
        ...at,
        fix: 'Write it like "2024-07-12T08:03:44Z" (UTC, with a T and a Z or an offset).',
      }),
    ];
  }
  const ms = Date.parse(value.replace(/(\.\d{3})\d+/, '$1').replace(' ', 'T'));
  if (!Number.isNaN(ms) && ms > now.getTime() + 24 * 3600 * 1000) {
    return [
      finding('DPR210', `created_at ${value} is in the future; the marketplace refuses it`, {
        ...at,
        fix: 'Set created_at to the time the plugin was created.',
      }),
    ];
  }
  return [];
}

function isQuoted(m: YamlFile, pointer: string): boolean {
  const loc = m.locate(pointer);
  const line = m.text.split(/\r?\n/)[(loc.line ?? 1) - 1] ?? '';
  const ch = line[(loc.column ?? 1) - 1];
  return ch === '"' || ch === "'";
}
