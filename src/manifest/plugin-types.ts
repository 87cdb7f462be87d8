// The shape of a loaded plugin: provider and declaration kinds, the manifest's name, and the loaded result.
import type { Finding } from '../core/finding.js';
import type { YamlFile } from '../yaml/yaml-file.js';
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
