import type { YamlFile } from '../yaml/yaml-file.js';
import { child, type Sink } from './load.js';
import type { PluginEntry } from './meta-shape.js';
import type { CheckedDoc } from './openapi-doc.js';

/**
 * The registry rules of Coze's loader (backend/domain/plugin/conf/load_plugin.go:191-253):
 * duplicate plugin and tool ids (first wins, later ones skipped), each tool matched to an operation
 * by `(sub_url, UPPER(method))`, and, stricter than Coze, every operation listed as a tool.
 */

/** Duplicate ids across the file, and the `plugin_id × 10000 + n` convention of Coze's own tools. */
export function checkIds(meta: YamlFile, plugins: PluginEntry[], sink: Sink): void {
  const pluginIds = new Map<string, PluginEntry>();
  const toolIds = new Map<string, number>();
  for (const p of plugins) {
    if (p.deprecated) continue;
    if (p.idText !== '') {
      const first = pluginIds.get(p.idText);
      if (first)
        sink.at(
          meta,
          child(p.pointer, 'plugin_id'),
          'DPR708',
          `plugin_id ${p.idText} is already used by the plugin at line ${meta.locate(first.pointer).line}: Coze loads only the first`,
          'Give this plugin an id no other plugin uses.',
        );
      else pluginIds.set(p.idText, p);
    }
    for (const t of p.tools) {
      if (t.deprecated || t.idText === '') continue;
      const first = toolIds.get(t.idText);
      if (first !== undefined)
        sink.at(
          meta,
          child(t.pointer, 'tool_id'),
          'DPR709',
          `tool_id ${t.idText} is already used at line ${first}: Coze loads only the first tool with an id`,
          'Give this tool an id no other tool uses, by convention plugin_id × 10000 + n.',
        );
      else toolIds.set(t.idText, meta.locate(child(t.pointer, 'tool_id')).line ?? 0);
      if (p.idText !== '' && /^\d+$/.test(t.idText) && BigInt(t.idText) / 10000n !== BigInt(p.idText))
        sink.at(
          meta,
          child(t.pointer, 'tool_id'),
          'DPR710',
          `tool_id ${t.idText} is outside plugin ${p.idText}'s range ${p.idText}0001–${p.idText}9999 that Coze's own configuration follows`,
          `Number the plugin's tools ${p.idText}0001, ${p.idText}0002, … to keep ids unique as plugins are added.`,
        );
    }
  }
}

/** Match one plugin's tools to the operations of its document. */
export function checkTools(meta: YamlFile, plugin: PluginEntry, doc: CheckedDoc, sink: Sink): Set<string> {
  const ops = new Map(doc.operations.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o]));
  const listed = new Map<string, string>();
  for (const t of plugin.tools) {
    const key = `${t.method.toUpperCase()} ${t.subUrl}`;
    if (t.deprecated) {
      sink.at(
        meta,
        child(t.pointer, 'deprecated'),
        'DPR716',
        `tool ${key} is deprecated: Coze does not load it`,
        'Remove the tool and its operation once no agent uses it.',
      );
      listed.set(key, t.pointer);
      continue;
    }
    if (t.method === '' || t.subUrl === '') continue; // reported as a missing field
    if (!ops.has(key)) {
      sink.at(
        meta,
        child(t.pointer, 'sub_url'),
        'DPR735',
        `tool ${t.idText || '?'} names ${key}, which ${doc.file.path} does not define${hint(key, [...ops.keys()])}: Coze skips the tool`,
        `Set method and sub_url to an operation of ${doc.file.path}, with sub_url exactly as the path key (including {templates}).`,
      );
      continue;
    }
    const other = listed.get(key);
    if (other !== undefined)
      sink.at(
        meta,
        child(t.pointer, 'sub_url'),
        'DPR737',
        `${key} is already listed as a tool at line ${meta.locate(other).line}: Coze exposes the same operation twice`,
        'Delete the duplicate tool entry.',
      );
    listed.set(key, t.pointer);
  }
  return new Set(listed.keys());
}

/** Operations no plugin using the document lists as a tool: Coze never exposes them. */
export function checkUnlisted(doc: CheckedDoc, listed: Set<string>, pluginIds: string[], sink: Sink): void {
  for (const o of doc.operations) {
    const key = `${o.method.toUpperCase()} ${o.path}`;
    if (!listed.has(key))
      sink.at(
        doc.file,
        o.pointer,
        'DPR736',
        `${key} is not listed under the tools of plugin ${pluginIds.join(', ') || '?'} in plugin_meta.yaml: Coze never exposes it`,
        `Add a tool with method: ${o.method} and sub_url: ${o.path} (or list it with deprecated: true to keep it hidden).`,
        { part: 'key' },
      );
  }
}

/** A near miss: the same path with another method, or a path differing only in case or a slash. */
function hint(key: string, keys: string[]): string {
  const [method, p] = [key.slice(0, key.indexOf(' ')), key.slice(key.indexOf(' ') + 1)];
  const norm = (s: string): string => s.toLowerCase().replace(/\/+$/, '');
  const near =
    keys.find((k) => k.slice(k.indexOf(' ') + 1) === p) ??
    keys.find((k) => norm(k) === norm(`${method} ${p}`));
  return near ? ` (did you mean ${near}?)` : '';
}
