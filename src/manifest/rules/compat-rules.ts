// The functions alone: the whole package is 70 KB to load for a comparison or two.
import coerce from 'semver/functions/coerce.js';
import gt from 'semver/functions/gt.js';
import lt from 'semver/functions/lt.js';
import valid from 'semver/functions/valid.js';
import { finding } from '../../core/codes.js';
import type { Finding } from '../../core/finding.js';
import { getAt } from '../../yaml/pointer.js';
import table from '../data/dify-features.json' with { type: 'json' };
import type { LoadedPlugin } from '../plugin-types.js';

/** How a feature is recognised in a plugin (see data/dify-features.json). */
export type Detect =
  | { kind: string }
  | { tag: string }
  | { providerKey: string; providerKind: string }
  | { parameterType: string }
  | { parameterKey: string }
  | { configType: string }
  | { modelType: string }
  | { toolKey: string };

export interface Feature {
  id: string;
  feature: string;
  detect: Detect;
  minimum: string;
  source: string;
}

export const FEATURES: readonly Feature[] = (table as { features: Feature[] }).features;

/** PEP 440, as `packaging.version.Version` accepts it (the canonical pattern from the PEP's appendix). */
const PEP440 =
  /^\s*v?(?:(?:[0-9]+!)?[0-9]+(?:\.[0-9]+)*(?:[-_.]?(?:a|b|c|rc|alpha|beta|pre|preview)[-_.]?[0-9]*)?(?:-[0-9]+|[-_.]?(?:post|rev|r)[-_.]?[0-9]*)?(?:[-_.]?dev[-_.]?[0-9]*)?)(?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?\s*$/i;

export function isPep440(version: string): boolean {
  return PEP440.test(version);
}

/** The features a plugin uses, each with where it is used. */
export function usedFeatures(plugin: LoadedPlugin): { feature: Feature; where: string }[] {
  const m = plugin.manifest.value;
  const out: { feature: Feature; where: string }[] = [];
  const decls = plugin.declarations;
  const params = decls
    .filter((d) => ['tool', 'agent-strategy', 'datasource', 'event'].includes(d.kind))
    .flatMap((d) => {
      const list = getAt(d.file.value, '/parameters');
      return Array.isArray(list)
        ? list.map((p) => ({ p: p as Record<string, unknown>, file: d.file.path }))
        : [];
    });
  for (const feature of FEATURES) {
    const d = feature.detect as Record<string, string>;
    let where: string | undefined;
    if (d.kind !== undefined) {
      const list = getAt(m, `/plugins/${d.kind}`);
      if (Array.isArray(list) && list.length > 0) where = `plugins.${d.kind}`;
    } else if (d.tag !== undefined) {
      const tags = getAt(m, '/tags');
      if (Array.isArray(tags) && tags.includes(d.tag)) where = `tag "${d.tag}"`;
    } else if (d.providerKey !== undefined) {
      const provider = plugin.providers[d.providerKind as keyof LoadedPlugin['providers']];
      const value = provider ? getAt(provider.file.value, `/${d.providerKey}`) : undefined;
      if (nonEmpty(value)) where = `${provider!.file.path}: ${d.providerKey}`;
    } else if (d.parameterType !== undefined) {
      const hit = params.find(({ p }) => p && p.type === d.parameterType);
      if (hit) where = `${hit.file}: a ${d.parameterType} parameter`;
    } else if (d.parameterKey !== undefined) {
      const key = d.parameterKey;
      const hit = params.find(({ p }) => p && nonEmpty(p[key]));
      if (hit) where = `${hit.file}: ${d.parameterKey}`;
    } else if (d.configType !== undefined) {
      const type = d.configType;
      const hit = decls.find((decl) => configTypes(decl.file.value).has(type));
      if (hit) where = `${hit.file.path}: a ${d.configType} field`;
    } else if (d.modelType !== undefined) {
      const provider = plugin.providers.models;
      const types = provider ? getAt(provider.file.value, '/supported_model_types') : undefined;
      if (Array.isArray(types) && types.includes(d.modelType)) where = `model type ${d.modelType}`;
    } else if (d.toolKey !== undefined) {
      const hit = decls.find(
        (decl) => decl.kind === 'tool' && nonEmpty(getAt(decl.file.value, `/${d.toolKey}`)),
      );
      if (hit) where = `${hit.file.path}: ${d.toolKey}`;
    }
    if (where) out.push({ feature, where });
  }
  return out;
}

function nonEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** The `type` of every credential/setting field in a provider (list or map form, OAuth included). */
function configTypes(value: unknown): Set<string> {
  const types = new Set<string>();
  const visit = (fields: unknown) => {
    const list = Array.isArray(fields)
      ? fields
      : fields && typeof fields === 'object'
        ? Object.values(fields)
        : [];
    for (const f of list)
      if (f && typeof f === 'object' && typeof (f as { type?: unknown }).type === 'string')
        types.add((f as { type: string }).type);
  };
  for (const key of [
    '/credentials_schema',
    '/credentials_for_provider',
    '/settings',
    '/subscription_schema',
  ]) {
    visit(getAt(value, key));
  }
  visit(getAt(value, '/oauth_schema/client_schema'));
  visit(getAt(value, '/oauth_schema/credentials_schema'));
  return types;
}

/**
 * meta.minimum_dify_version: Dify never checks it at install, so a plugin using a newer feature
 * installs on an older Dify and fails at run time. It must parse for the SDK (PEP 440) and for the
 * web UI (semver), and be at least the version of every feature used.
 */
export function compatRules(plugin: LoadedPlugin): Finding[] {
  const m = plugin.manifest;
  const out: Finding[] = [];
  const raw = m.scalarText('/meta/minimum_dify_version');
  const used = usedFeatures(plugin);
  const needed = used.reduce<{ version: string; feature?: Feature; where?: string }>(
    (best, u) => (gt(u.feature.minimum, best.version) ? { version: u.feature.minimum, ...u } : best),
    { version: '1.0.0' },
  );
  if (raw === undefined || raw === null || raw === '') {
    const why = needed.feature
      ? `; it uses ${needed.feature.feature} (${needed.where}), which needs Dify ${needed.version}`
      : '';
    out.push(
      finding('DPR212', `meta.minimum_dify_version is not set, so older Dify versions install it${why}`, {
        ...(m.has('/meta') ? m.locate('/meta', 'key') : m.locate('')),
        fix: `Add \`minimum_dify_version: "${needed.version}"\` under meta.`,
      }),
    );
    return out;
  }
  const text = String(raw);
  const at = m.locate('/meta/minimum_dify_version');
  if (!isPep440(text)) {
    out.push(
      finding('DPR211', `meta.minimum_dify_version "${text}" is not a version Dify can read`, {
        ...at,
        fix: 'Write a Dify release version such as "1.9.0".',
      }),
    );
    return out;
  }
  const version = valid(text) ?? undefined;
  if (!version) {
    out.push(
      finding(
        'DPR211',
        `meta.minimum_dify_version "${text}" is not MAJOR.MINOR.PATCH; Dify's web UI cannot compare it`,
        {
          ...at,
          severity: 'warning',
          fix: `Write it in full, e.g. "${coerce(text)?.version ?? '1.9.0'}".`,
        },
      ),
    );
    return out;
  }
  for (const u of used) {
    if (lt(version, u.feature.minimum)) {
      out.push(
        finding(
          'DPR213',
          `meta.minimum_dify_version is ${text}, but ${u.feature.feature} (${u.where}) needs Dify ${u.feature.minimum}`,
          { ...at, fix: `Raise minimum_dify_version to "${needed.version}". Source: ${u.feature.source}` },
        ),
      );
    }
  }
  return out;
}
