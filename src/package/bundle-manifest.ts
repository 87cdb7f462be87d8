import path from 'node:path';
import common from '../../schemas/common.schema.json' with { type: 'json' };
import { finding } from '../core/codes.js';
import type { Finding } from '../core/finding.js';
import { getAt } from '../yaml/pointer.js';
import type { YamlFile } from '../yaml/yaml-file.js';
import { openPackage } from '../zip/reader.js';

/** The bundle manifest and its dependencies, checked as the daemon's bundle entities define them. */

const V = String.raw`\d{1,4}(\.\d{1,4}){2}(-\w{1,16})?`;
const X = String.raw`(\d{1,4}|[xX])`;
const VER = String.raw`([~^]?${V}|${X}(\.${X}){2}|${V}-${V})`;
/** bundle_entities/dependency.go: GITHUB_DEPENDENCY_PATTERN, MARKETPLACE_DEPENDENCY_PATTERN. */
export const GITHUB_PATTERN = new RegExp(`^[a-z0-9_-]{1,64}/[a-z0-9_-]{1,128}:${VER}/[^/]+$`);
export const MARKETPLACE_PATTERN = new RegExp(`^[a-z0-9_-]{1,64}/[a-z0-9_-]{1,128}:${VER}$`);
const VERSION = new RegExp(`^${V}$`);
const TAGS = new Set<string>(common.definitions.tag.enum);

export function checkManifest(yaml: YamlFile, assets: readonly string[]): Finding[] {
  const m = yaml.value;
  const out: Finding[] = [];
  const bad = (pointer: string, message: string, fix?: string) =>
    out.push(finding('DPR420', message, { ...yaml.locate(pointer, 'key'), fix }));
  if (!m || typeof m !== 'object' || Array.isArray(m)) {
    bad('', 'the bundle manifest is not a mapping');
    return out;
  }
  const type = getAt(m, '/type');
  if (type !== 'bundle') {
    bad(
      '/type',
      type === 'plugin'
        ? 'this is a plugin manifest (type: plugin); bundles have type: bundle'
        : 'type must be "bundle"',
      type === 'plugin' ? 'To build a plugin, run `dify-plugin-release package`.' : 'Set `type: bundle`.',
    );
  }
  for (const key of ['name', 'author', 'icon']) {
    const v = getAt(m, `/${key}`);
    if (typeof v !== 'string' || v.trim() === '') bad(`/${key}`, `missing required field "${key}"`);
  }
  for (const key of ['labels', 'description']) {
    const en = getAt(m, `/${key}/en_US`);
    if (typeof en !== 'string' || en === '') {
      bad(
        `/${key}`,
        `"${key}" needs an en_US text`,
        key === 'labels' ? 'Note the plural: labels, not label.' : undefined,
      );
    }
  }
  const version = yaml.scalarText('/version');
  if (!version || !VERSION.test(version)) bad('/version', `version "${version ?? ''}" is not like 1.2.3`);
  const icon = getAt(m, '/icon');
  if (typeof icon === 'string' && icon && !assets.includes(icon)) {
    bad('/icon', `icon ${icon} is not in _assets/`, `Put the icon at _assets/${icon}.`);
  }
  const tags = getAt(m, '/tags');
  if (tags !== undefined && tags !== null) {
    if (!Array.isArray(tags)) bad('/tags', 'tags must be a list');
    else {
      tags.forEach((t, i) => {
        if (!TAGS.has(String(t)))
          bad(`/tags/${i}`, `tag "${t}" is not one of Dify's tags (${[...TAGS].join(', ')})`);
      });
    }
  }
  if (!Array.isArray(getAt(m, '/dependencies'))) {
    bad(
      '/dependencies',
      'missing required list "dependencies"',
      'List the plugins of the bundle under dependencies.',
    );
  }
  return out;
}

export async function checkDependency(
  yaml: YamlFile,
  i: number,
  dep: unknown,
  root: string,
  assets: readonly string[],
): Promise<{ findings: Finding[]; asset?: string }> {
  const at = `/dependencies/${i}`;
  const out: Finding[] = [];
  const bad = (pointer: string, message: string, fix?: string, code: 'DPR421' | 'DPR422' = 'DPR421') =>
    out.push(finding(code, message, { ...yaml.locate(pointer), fix }));
  const type = getAt(dep, '/type');
  const value = getAt(dep, '/value');
  if (!['github', 'marketplace', 'package'].includes(String(type))) {
    bad(`${at}/type`, `dependency ${i + 1}: type "${type ?? ''}" is not github, marketplace or package`);
    return { findings: out };
  }
  if (!value || typeof value !== 'object') {
    bad(at, `dependency ${i + 1}: missing "value"`);
    return { findings: out };
  }
  if (type === 'github') {
    const p = getAt(value, '/repo_pattern');
    if (typeof p !== 'string' || !GITHUB_PATTERN.test(p)) {
      bad(
        `${at}/value/repo_pattern`,
        `dependency ${i + 1}: repo_pattern "${p ?? ''}" is not owner/repo:<version>/<asset>`,
        'For example: langgenius/openai:0.0.1/openai.difypkg (versions: 1.2.3, ^1.2.3, ~1.2.3, 1.x.x, 1.0.0-2.0.0).',
      );
    }
  } else if (type === 'marketplace') {
    const p = getAt(value, '/marketplace_pattern');
    if (typeof p !== 'string' || !MARKETPLACE_PATTERN.test(p)) {
      bad(
        `${at}/value/marketplace_pattern`,
        `dependency ${i + 1}: marketplace_pattern "${p ?? ''}" is not organization/plugin:<version>`,
        'For example: langgenius/openai:^0.0.1 (versions: 1.2.3, ^1.2.3, ~1.2.3, 1.x.x, 1.0.0-2.0.0).',
      );
    }
  } else {
    const p = getAt(value, '/path');
    if (typeof p !== 'string' || p === '') {
      bad(`${at}/value`, `dependency ${i + 1}: missing "path" (a .difypkg under _assets/)`);
      return { findings: out };
    }
    if (!assets.includes(p)) {
      bad(`${at}/value/path`, `dependency ${i + 1}: _assets/${p} does not exist`, undefined, 'DPR422');
      return { findings: out, asset: p };
    }
    try {
      const pkg = await openPackage(path.join(root, '_assets', ...p.split('/')));
      const ok = pkg.entries.some((e) => e.name === 'manifest.yaml');
      await pkg.close();
      if (!ok)
        bad(
          `${at}/value/path`,
          `dependency ${i + 1}: _assets/${p} has no manifest.yaml`,
          undefined,
          'DPR422',
        );
    } catch (error) {
      bad(`${at}/value/path`, `dependency ${i + 1}: ${(error as Error).message}`, undefined, 'DPR422');
    }
    return { findings: out, asset: p };
  }
  return { findings: out };
}
