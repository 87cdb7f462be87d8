import { existsSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { applyPolicy, countFindings, type Finding, type SeverityPolicy } from '../core/finding.js';
import type { HttpClient } from '../io/http.js';
import { type ProcessRunner, processRunner } from '../io/process.js';
import { type PythonFile, startCompiler } from '../python/compile.js';
import { capRepeated } from './cap-findings.js';
import { changedPlugins, Git } from './changed.js';
import { discoverPlugins } from './discover.js';
import { type ConfigKind, rootMarkers } from './kinds.js';
import { loadPlugin } from './plugin.js';
import { type LoadedPlugin, MANIFEST, type ParsedFile } from './plugin-types.js';
import { compatRules } from './rules/compat-rules.js';
import { declarationRules } from './rules/declaration-rules.js';
import { fieldRules, kindRules, permissionRules, resourceRules } from './rules/plugin-rules.js';
import {
  globRules,
  iconRules,
  listingRules,
  orphanRules,
  privacyRules,
  pythonRules,
} from './rules/reference-rules.js';
import { DirSource, type PluginSource } from './source.js';

export interface ValidateOptions extends SeverityPolicy {
  /** Only plugins with files changed since this git ref (merge base with HEAD). */
  changedSince?: string;
  cwd?: string;
  /** "Now", for the created_at rule; tests pin it. */
  now?: Date;
  onProgress?: (label: string, done: number, total: number) => void;
  /** Only find the plugins (for `--matrix`): read each manifest's name and version, run no rule. */
  listOnly?: boolean;
  /** Other configuration kinds to discover and check beside Dify plugins (Coze Studio). */
  kinds?: readonly ConfigKind[];
  /** Coze Studio configurations: check that every OpenAPI server URL answers. */
  probeServers?: boolean;
  /** The run's HTTP port, for the kinds that probe servers. */
  http?: HttpClient;
  /** Compile every Python file each plugin ships (default true): one Python process for all. */
  compile?: boolean;
  /** The process runner the Python compile check uses. */
  runner?: ProcessRunner;
  env?: NodeJS.ProcessEnv;
}

/** One plugin's outcome. */
export interface PluginValidation {
  /** Plugin root relative to the working directory (`.` when it is the working directory). */
  path: string;
  /** A Dify plugin, or a Coze Studio plugin configuration. */
  kind: string;
  name?: string;
  version?: string;
  author?: string;
  findings: Finding[];
  files: number;
  declarations: number;
  /** Wall time spent on this plugin, in milliseconds. */
  ms: number;
}

export interface ValidateResult {
  plugins: PluginValidation[];
  /** Plugins removed since `changedSince` (relative to the repository root). */
  removed: string[];
  /** All findings, each with its plugin. */
  findings: Finding[];
}

/** Every rule, over a loaded plugin: the one place that lists them. */
export async function runRules(plugin: LoadedPlugin, now = new Date()): Promise<Finding[]> {
  const out = [...plugin.findings];
  if (!plugin.usable) return capRepeated(out);
  out.push(
    ...kindRules(plugin),
    ...resourceRules(plugin),
    ...fieldRules(plugin, now),
    ...compatRules(plugin),
    ...iconRules(plugin),
    ...pythonRules(plugin),
    ...privacyRules(plugin),
    ...globRules(plugin),
    ...declarationRules(plugin),
    ...(await listingRules(plugin)),
    ...(await orphanRules(plugin)),
    ...(await permissionRules(plugin)),
  );
  return capRepeated(out);
}

/** Validate one plugin from any source (a directory, later a package). */
export async function validateSource(
  source: PluginSource,
  now?: Date,
  manifest?: ParsedFile,
): Promise<{ plugin: LoadedPlugin; findings: Finding[] }> {
  const plugin = await loadPlugin(source, { manifest });
  return { plugin, findings: await runRules(plugin, now) };
}

/**
 * The `validate` stage: find the plugins under the given paths (or those changed since a ref),
 * check each, and return findings with the severity policy applied.
 */
export async function validate(
  paths: readonly string[],
  options: ValidateOptions = {},
): Promise<ValidateResult> {
  const cwd = options.cwd ?? process.cwd();
  const scope = (paths.length > 0 ? paths : ['.']).map((p) => path.resolve(cwd, p));
  const kinds = options.kinds ?? [];
  const markers = rootMarkers(kinds);
  let roots = await discoverPlugins(scope, cwd, markers);
  let removed: string[] = [];
  if (options.changedSince !== undefined) {
    const changed = await changedPlugins(scope, options.changedSince, new Git(cwd), markers);
    roots = changed.changed;
    removed = changed.removed;
  } else if (roots.length === 0) {
    throw new UsageError(
      `no Dify plugin found under ${paths.join(', ') || '.'} (no manifest.yaml)`,
      'Pass a plugin directory, or a folder whose sub-folders are plugins.',
    );
  }
  const plugins: PluginValidation[] = [];
  /** The usable plugins (a Dify manifest): only their compile findings count. */
  const compiled = new Set<string>();
  /** The first usable plugin that gave the compiler files: a notice that nothing compiled goes there. */
  let firstWithPython: string | undefined;
  const attach = (index: string, found: Finding[]) => {
    const p = plugins[Number(index)]!;
    p.findings.push(...applyPolicy(found, options).map((f) => ({ ...f, plugin: p.path })));
  };
  // Python starts with the first file not known to compile, and compiles while the rules run.
  const compiler =
    options.listOnly || options.compile === false || roots.length === 0
      ? undefined
      : startCompiler(options.runner ?? processRunner, { env: options.env ?? process.env, cwd });
  try {
    for (const [i, root] of roots.entries()) {
      const rel = path.relative(cwd, root) || '.';
      const shown = rel.split(path.sep).join('/');
      options.onProgress?.(rel, i, roots.length);
      const started = Date.now(); // not `performance`: loading it costs a dozen of Node’s own modules
      const kind = existsSync(path.join(root, MANIFEST))
        ? undefined
        : kinds.find((k) => existsSync(path.join(root, k.marker)));
      if (kind) {
        plugins.push(await validateKind(kind, root, rel, options));
        continue;
      }
      const source = new DirSource(root, rel);
      const index = String(plugins.length);
      // The plugin's Python goes to the compiler first, so it compiles while the declarations are
      // checked; what it finds counts only if the plugin turns out usable.
      const python: PythonFile[] = [];
      if (compiler) {
        for (const file of await source.files()) {
          if (!file.endsWith('.py')) continue;
          const bytes = await source.read(file);
          if (bytes) python.push({ plugin: index, path: file, bytes });
        }
        compiler.add(python);
      }
      const { plugin, findings } = options.listOnly
        ? { plugin: await loadPlugin(source, { declarations: false }), findings: [] }
        : await validateSource(source, options.now);
      if (plugin.usable) {
        compiled.add(index);
        if (python.length > 0) firstWithPython ??= index;
      }
      plugins.push({
        path: shown,
        kind: 'dify',
        name: plugin.manifest.scalarText('/name'),
        version: plugin.manifest.scalarText('/version'),
        author: plugin.manifest.scalarText('/author'),
        findings: applyPolicy(findings, options).map((f) => ({ ...f, plugin: shown })),
        files: plugin.files.length,
        declarations: new Set(plugin.declarations.map((d) => d.file)).size,
        ms: Date.now() - started,
      });
    }
  } catch (error) {
    void compiler?.finish();
    throw error;
  }
  if (compiler) {
    const outcome = await compiler.finish();
    for (const [index, found] of outcome.byPlugin) if (compiled.has(index)) attach(index, found);
    if (outcome.notice && firstWithPython !== undefined) attach(firstWithPython, [outcome.notice]);
  }
  options.onProgress?.('done', roots.length, roots.length);
  return { plugins, removed, findings: plugins.flatMap((p) => p.findings) };
}

/** A configuration of another registered kind (Coze Studio), reported like a plugin. */
async function validateKind(
  kind: ConfigKind,
  root: string,
  rel: string,
  options: ValidateOptions,
): Promise<PluginValidation> {
  const started = Date.now(); // not `performance`: loading it costs a dozen of Node’s own modules
  const path_ = rel.split(path.sep).join('/');
  const findings = options.listOnly
    ? []
    : await kind.check(root, { probeServers: options.probeServers, http: options.http });
  return {
    path: path_,
    name: kind.label,
    kind: kind.id,
    findings: applyPolicy(findings, options).map((f) => ({ ...f, plugin: path_ })),
    files: 0,
    declarations: 0,
    ms: Date.now() - started,
  };
}

/** The matrix for workflow fan-out: `strategy.matrix: ${{ fromJSON(outputs.matrix) }}`. */
export function matrixOf(result: ValidateResult): {
  include: { path: string; name: string; version: string }[];
} {
  return {
    include: result.plugins.map((p) => ({ path: p.path, name: p.name ?? '', version: p.version ?? '' })),
  };
}

/** Headline counts for reports. */
export function describe(result: ValidateResult): string {
  const n = result.plugins.length;
  const failed = result.plugins.filter((p) => countFindings(p.findings).errors > 0).length;
  return `${n} plugin${n === 1 ? '' : 's'} validated${failed ? `, ${failed} with errors` : ''}`;
}
