/**
 * Tag patterns: how a plugin's version becomes a git tag. `v{version}` for a repository of one
 * plugin, `{name}/v{version}` or `{type}/{name}/{version}` for a repository of many, where `{type}`
 * is the folder the official repository keeps such plugins in (tools, models, extensions,
 * agent-strategies, datasources, triggers). Also: whether a version is a pre-release.
 */
import { explain } from '@renovatebot/pep440';
// The functions alone: the whole package is 70 KB to load for a comparison or two.
import prerelease from 'semver/functions/prerelease.js';
import type { YamlFile } from '../yaml/yaml-file.js';

export const DEFAULT_TAG_PATTERN = 'v{version}';

/** The manifest's `plugins.<kind>` key → the monorepo folder `{type}` stands for. */
const TYPE_FOLDERS: Record<string, string> = {
  tools: 'tools',
  models: 'models',
  endpoints: 'extensions',
  agent_strategies: 'agent-strategies',
  datasources: 'datasources',
  triggers: 'triggers',
};

export interface TagFacts {
  name: string;
  version: string;
  author: string;
  /** The `{type}` folder, when the manifest declares a provider. */
  type?: string;
}

/** `{type}` of a manifest: the first provider kind it declares (endpoints only: extensions). */
export function pluginType(manifest: YamlFile | undefined): string | undefined {
  const root = manifest?.value;
  const plugins = root && typeof root === 'object' ? (root as Record<string, unknown>).plugins : undefined;
  if (!plugins || typeof plugins !== 'object') return undefined;
  const kinds = Object.entries(plugins as Record<string, unknown>)
    .filter(([, v]) => Array.isArray(v) && v.length > 0)
    .map(([k]) => k);
  const main = kinds.find((k) => k !== 'endpoints') ?? kinds[0];
  return main ? TYPE_FOLDERS[main] : undefined;
}

/** A tag without `refs/tags/`. */
export function normalizeTag(tag: string): string {
  return tag.trim().replace(/^refs\/tags\//, '');
}

const PLACEHOLDER = /\{(version|name|author|type)\}/g;

/** The tag a pattern gives for a package, or why it cannot give one. */
export function renderTag(pattern: string, facts: TagFacts): { tag?: string; missing?: string } {
  let missing: string | undefined;
  const tag = pattern.replace(PLACEHOLDER, (_, key: keyof TagFacts) => {
    const v = facts[key];
    if (!v) missing = key;
    return v ?? '';
  });
  return missing ? { missing } : { tag };
}

/** Unknown placeholders in a pattern (a typo like `{versoin}`), for a usage error. */
export function unknownPlaceholders(pattern: string): string[] {
  return [...pattern.matchAll(/\{([^}]*)\}/g)]
    .map((m) => m[1]!)
    .filter((k) => !/^(version|name|author|type)$/.test(k));
}

/** A pre-release under PEP 440 (`1.0.0rc1`, `1.0.0.dev1`) or semver (`1.0.0-beta.1`). */
export function isPrerelease(version: string): boolean {
  try {
    const e = explain(version);
    // PEP 440 (which Dify orders versions by): `1.0.0-1` is a post-release, not a pre-release.
    if (e) return e.is_prerelease || e.is_devrelease;
  } catch {
    // not PEP 440: semver decides
  }
  return (prerelease(version)?.length ?? 0) > 0;
}
