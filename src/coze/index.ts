import { type Finding, sortFindings } from '../core/finding.js';
import type { HttpClient } from '../io/http.js';
import { isFile, loadYaml, Sink } from './load.js';
import { checkPlugin, IconStore } from './meta-rules.js';
import { readPluginMeta } from './meta-shape.js';
import { checkOauthSchema } from './oauth-schema.js';
import { type CheckedDoc, checkOpenapiDoc } from './openapi-doc.js';
import { probeServers } from './probe.js';
import { checkIds, checkTools, checkUnlisted } from './tools.js';

/**
 * Coze Studio built-in plugin configuration: `pluginproduct/plugin_meta.yaml`, one OpenAPI document
 * per plugin beside it, and `common/oauth_schema.json` (Coze Studio's backend/conf/plugin/).
 * Rules and their sources: ../shared/spec/coze-config.md Part A. Where Coze logs and skips a plugin
 * or a tool, we report an error; keys Coze ignores are warnings.
 */

export const PLUGIN_META = 'plugin_meta.yaml';

/** A Coze Studio configuration directory is one holding `plugin_meta.yaml`. */
export function isCozeConfigDir(dir: string): boolean {
  return isFile(dir, PLUGIN_META);
}

export interface CozeCheckOptions {
  /** Check that every OpenAPI server URL answers (off by default: it goes to the network). */
  probeServers?: boolean;
  fetch?: typeof fetch;
  /** The run's HTTP port, used when no `fetch` is given. */
  http?: HttpClient;
  /** Per-server timeout for the probe, in milliseconds (default 10 000). */
  timeoutMs?: number;
}

/** Check the configuration in `dir`; finding paths are relative to `dir`. */
export async function checkCozeConfig(dir: string, options: CozeCheckOptions = {}): Promise<Finding[]> {
  const sink = new Sink();
  const meta = loadYaml(dir, PLUGIN_META, sink, () =>
    sink.atFile(
      PLUGIN_META,
      'DPR701',
      `${PLUGIN_META} cannot be read: Coze Studio refuses to start`,
      'Make plugin_meta.yaml a readable file.',
    ),
  );
  checkOauthSchema(dir, sink);
  if (!meta || meta.problems.length > 0) return sortFindings(sink.findings);

  const plugins = readPluginMeta(meta, sink);
  checkIds(meta, plugins, sink);
  const icons = new IconStore(dir);
  const docs = new Map<string, CheckedDoc | undefined>();
  // A document shared by several plugins: an operation is listed when any of them lists it.
  const usage = new Map<CheckedDoc, { listed: Set<string>; ids: string[] }>();
  for (const plugin of plugins) {
    const rel = checkPlugin(meta, plugin, dir, icons, sink);
    if (rel === undefined) continue;
    if (!docs.has(rel)) {
      const file = loadYaml(dir, rel, sink, () => undefined);
      docs.set(rel, file && file.problems.length === 0 ? checkOpenapiDoc(file, sink) : undefined);
    }
    const doc = docs.get(rel);
    if (!doc) continue;
    const use = usage.get(doc) ?? { listed: new Set<string>(), ids: [] };
    for (const key of checkTools(meta, plugin, doc, sink)) use.listed.add(key);
    use.ids.push(plugin.idText || '?');
    usage.set(doc, use);
  }
  for (const [doc, use] of usage) checkUnlisted(doc, use.listed, use.ids, sink);
  if (options.probeServers) {
    const checked = [...docs.values()].filter((d): d is CheckedDoc => d !== undefined);
    await probeServers(
      checked,
      {
        ...(options.fetch ? { fetch: options.fetch } : {}),
        ...(options.http ? { http: options.http } : {}),
        ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      },
      sink,
    );
  }
  return sortFindings(dropEchoes(sink.findings));
}

/** A schema error (DPR720) on a line where a Coze rule already reported an error says it twice. */
function dropEchoes(findings: Finding[]): Finding[] {
  const covered = new Set(
    findings.filter((f) => f.code !== 'DPR720' && f.severity === 'error').map((f) => `${f.file}:${f.line}`),
  );
  return findings.filter((f) => f.code !== 'DPR720' || !covered.has(`${f.file}:${f.line}`));
}
