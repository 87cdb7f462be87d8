import type { YamlFile } from '../yaml/yaml-file.js';
import { child, isObj, kindOf, type Obj, type Sink, str } from './load.js';

/**
 * How Go's yaml.v3 decodes plugin_meta.yaml into Coze's structs (`pluginProductMeta`,
 * `toolProductMeta`, `PluginManifest`, `AuthV2`, `APIDesc`, `CommonParamSchema`): a wrong type
 * fails the whole file, an unknown key is dropped without a word.
 * Source: backend/domain/plugin/conf/load_plugin.go:40-55, crossdomain/plugin/model/plugin_manifest.go.
 */
type Shape =
  | { kind: 'int' | 'bool' | 'string' }
  | { kind: 'map'; fields: Record<string, Shape> }
  | { kind: 'dict'; values: Shape }
  | { kind: 'list'; items: Shape };

const INT: Shape = { kind: 'int' };
const BOOL: Shape = { kind: 'bool' };
const STR: Shape = { kind: 'string' };

const MANIFEST: Shape = {
  kind: 'map',
  fields: {
    schema_version: STR,
    name_for_model: STR,
    name_for_human: STR,
    description_for_model: STR,
    description_for_human: STR,
    auth: { kind: 'map', fields: { type: STR, sub_type: STR, payload: STR } },
    logo_url: STR,
    api: { kind: 'map', fields: { type: STR } },
    common_params: {
      kind: 'dict',
      values: { kind: 'list', items: { kind: 'map', fields: { name: STR, value: STR } } },
    },
  },
};

const TOOL: Shape = { kind: 'map', fields: { tool_id: INT, deprecated: BOOL, method: STR, sub_url: STR } };

const PLUGIN: Shape = {
  kind: 'map',
  fields: {
    plugin_id: INT,
    deprecated: BOOL,
    version: STR,
    plugin_type: INT,
    openapi_doc_file: STR,
    manifest: MANIFEST,
    tools: { kind: 'list', items: TOOL },
  },
};

/** Keys Coze's own file carries although nothing reads them: say why, not just "unknown". */
const IGNORED_WHY: Record<string, string> = {
  product_id: 'Coze Studio stopped reading product_id (it was removed from the loader in #2265)',
  key: 'Coze reads the credential name from the payload\'s "key", not from auth.key',
};

/** The strings yaml.v3 still accepts for a Go bool field (YAML 1.1 compatibility). */
const YAML11_BOOLS = new Set([
  'y',
  'Y',
  'yes',
  'Yes',
  'YES',
  'on',
  'On',
  'ON',
  'n',
  'N',
  'no',
  'No',
  'NO',
  'off',
  'Off',
  'OFF',
]);
const YAML11_TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON']);

const TYPE_WORD = {
  int: 'an integer',
  bool: 'a boolean',
  string: 'text',
  map: 'a mapping',
  dict: 'a mapping',
  list: 'a list',
};

function checkShape(file: YamlFile, pointer: string, value: unknown, shape: Shape, sink: Sink): void {
  if (value === null || value === undefined) return; // yaml.v3 leaves the zero value
  const bad = (): void => {
    const name = pointer.split('/').pop() ?? '';
    sink.at(
      file,
      pointer,
      'DPR702',
      `\`${name}\` must be ${TYPE_WORD[shape.kind]}, found ${kindOf(value)}: Go's yaml.v3 fails on it and Coze Studio loads no plugin at all`,
      `Write \`${name}\` as ${TYPE_WORD[shape.kind]}${shape.kind === 'int' ? ' without quotes' : ''}.`,
    );
  };
  switch (shape.kind) {
    case 'int':
      if (typeof value !== 'number' || !Number.isInteger(value)) bad();
      return;
    case 'bool':
      if (typeof value !== 'boolean' && !(typeof value === 'string' && YAML11_BOOLS.has(value))) bad();
      return;
    case 'string':
      if (typeof value === 'object') bad();
      return;
    case 'list':
      if (!Array.isArray(value)) {
        bad();
        return;
      }
      for (const [i, item] of value.entries()) checkShape(file, child(pointer, i), item, shape.items, sink);
      return;
    case 'dict':
      if (!isObj(value)) {
        bad();
        return;
      }
      for (const [k, v] of Object.entries(value)) checkShape(file, child(pointer, k), v, shape.values, sink);
      return;
    case 'map':
      if (!isObj(value)) {
        bad();
        return;
      }
      for (const [k, v] of Object.entries(value)) {
        const sub = shape.fields[k];
        const at = child(pointer, k);
        if (sub) checkShape(file, at, v, sub, sink);
        else
          sink.at(
            file,
            at,
            'DPR703',
            `unknown key \`${k}\`: ${IGNORED_WHY[k] ?? `Coze Studio does not read it (known keys: ${Object.keys(shape.fields).join(', ')})`}`,
            'Delete the key, or correct its spelling to a key Coze reads.',
            { part: 'key' },
          );
      }
  }
}

export interface ToolEntry {
  pointer: string;
  /** The id as written, for duplicate detection (ids can exceed 2^53). */
  idText: string;
  id: number;
  deprecated: boolean;
  method: string;
  subUrl: string;
}

export interface PluginEntry {
  pointer: string;
  idText: string;
  id: number;
  deprecated: boolean;
  version: string;
  pluginType: unknown;
  docFile: string;
  manifest: Obj | undefined;
  tools: ToolEntry[];
}

/** Check the decoding of plugin_meta.yaml and return its entries (decodable or not). */
export function readPluginMeta(file: YamlFile, sink: Sink): PluginEntry[] {
  const root = file.value;
  if (!Array.isArray(root)) {
    sink.at(
      file,
      '',
      'DPR701',
      root === null || root === undefined
        ? 'plugin_meta.yaml is empty: Coze Studio starts with no built-in plugin'
        : `plugin_meta.yaml must be a list of plugins, found ${kindOf(root)}: Coze Studio refuses to start`,
      'Write the file as a YAML list, one `- plugin_id: …` entry per plugin.',
    );
    return [];
  }
  const plugins: PluginEntry[] = [];
  root.forEach((item, i) => {
    const pointer = `/${i}`;
    if (!isObj(item)) {
      sink.at(
        file,
        pointer,
        'DPR701',
        `plugin entry ${i + 1} is ${kindOf(item)}, not a mapping: ${item === null ? 'Coze Studio crashes on the empty entry' : "Go's yaml.v3 fails on it and Coze Studio loads no plugin"}`,
        'Make each list item a mapping with plugin_id, version, plugin_type, openapi_doc_file, manifest and tools.',
      );
      return;
    }
    checkShape(file, pointer, item, PLUGIN, sink);
    const tools = Array.isArray(item.tools) ? item.tools : [];
    plugins.push({
      pointer,
      idText: idText(file, child(pointer, 'plugin_id'), item.plugin_id),
      id: typeof item.plugin_id === 'number' ? item.plugin_id : 0,
      deprecated: boolValue(item.deprecated),
      version: str(file, child(pointer, 'version'), item.version),
      pluginType: item.plugin_type,
      docFile: str(file, child(pointer, 'openapi_doc_file'), item.openapi_doc_file),
      manifest: isObj(item.manifest) ? item.manifest : undefined,
      tools: tools.flatMap((t, j): ToolEntry[] => {
        if (!isObj(t)) return [];
        const tp = child(child(pointer, 'tools'), j);
        return [
          {
            pointer: tp,
            idText: idText(file, child(tp, 'tool_id'), t.tool_id),
            id: typeof t.tool_id === 'number' ? t.tool_id : 0,
            deprecated: boolValue(t.deprecated),
            method: str(file, child(tp, 'method'), t.method),
            subUrl: str(file, child(tp, 'sub_url'), t.sub_url),
          },
        ];
      }),
    });
  });
  return plugins;
}

function boolValue(value: unknown): boolean {
  return value === true || (typeof value === 'string' && YAML11_TRUE.has(value));
}

function idText(file: YamlFile, pointer: string, value: unknown): string {
  if (typeof value !== 'number') return '';
  const text = file.plainText.get(pointer);
  try {
    return text ? BigInt(text.replace(/_/g, '')).toString() : String(value);
  } catch {
    return String(value);
  }
}
