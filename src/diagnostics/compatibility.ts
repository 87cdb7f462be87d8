/**
 * The compatibility gate before deploy and promote: the target's Dify version against what the
 * plugin needs, i.e. `meta.minimum_dify_version` and every feature it uses (the feature → version
 * table validate keeps, manifest/data/dify-features.json). Dify never checks either at install, so
 * a plugin that needs a newer Dify installs and then fails at run time; this gate refuses first.
 *
 * Deploy calls {@link checkCompatibility} (or {@link pluginNeeds} once and {@link compatibilityGate}
 * per target) and treats a `failed` gate as a refusal; `skipped` means the version is not known.
 */
import path from 'node:path';
// The functions alone: the whole package is 70 KB to load for a comparison or two.
import coerce from 'semver/functions/coerce.js';
import gt from 'semver/functions/gt.js';
import lt from 'semver/functions/lt.js';
import type { Code } from '../core/codes.js';
import type { Gate } from '../core/report.js';
import type { DifyTarget } from '../daemon/types.js';
import { loadPlugin } from '../manifest/plugin.js';
import type { LoadedPlugin } from '../manifest/plugin-types.js';
import { usedFeatures } from '../manifest/rules/compat-rules.js';
import { PackageSource } from '../package/package-source.js';
import { openPackage } from '../zip/reader.js';

/** A gate this folder decides, with the finding code of its failure. */
export interface DiagnosticGate extends Gate {
  code?: Code;
  /** Post-upgrade check: the caller should roll back (the state dropped). */
  rollback?: boolean;
}

export interface FeatureNeed {
  id: string;
  feature: string;
  minimum: string;
  /** Where the plugin uses it (`plugins.tools`, `tools/x.yaml: a dynamic-select parameter`). */
  where: string;
}

/** What a plugin needs of Dify. */
export interface PluginNeeds {
  /** `meta.minimum_dify_version` as written (absent when not set). */
  minimumDifyVersion?: string;
  features: FeatureNeed[];
  /** The highest of the declared minimum and every feature's (semver); absent when nothing is known. */
  required?: string;
  /** What decides `required`: the declared minimum, or the feature that needs the most. */
  requiredBy?: string;
}

/** Where the target's Dify version came from. */
export interface DifyVersionFact {
  version?: string;
  source: 'api' | 'configured' | 'unknown';
}

export const COMPATIBILITY_GATE = 'compatibility';

/** The needs of a loaded plugin (a directory or a package). */
export function needsOfPlugin(plugin: LoadedPlugin): PluginNeeds {
  const raw = plugin.manifest.scalarText('/meta/minimum_dify_version');
  const declared = raw ? raw : undefined;
  const features = usedFeatures(plugin).map(({ feature, where }) => ({
    id: feature.id,
    feature: feature.feature,
    minimum: feature.minimum,
    where,
  }));
  let required: string | undefined;
  let requiredBy: string | undefined;
  const declaredSemver = declared ? coerce(declared)?.version : undefined;
  if (declaredSemver) {
    required = declaredSemver;
    requiredBy = `meta.minimum_dify_version ${declared}`;
  }
  for (const f of features) {
    if (!required || gt(f.minimum, required)) {
      required = f.minimum;
      requiredBy = `${f.feature} (${f.where})`;
    }
  }
  return {
    ...(declared ? { minimumDifyVersion: declared } : {}),
    features,
    ...(required ? { required, requiredBy } : {}),
  };
}

/** The needs of a `.difypkg`, read as the daemon will read it. */
export async function pluginNeeds(file: string, cwd = process.cwd()): Promise<PluginNeeds> {
  const abs = path.resolve(cwd, file);
  const pkg = await openPackage(abs);
  try {
    return needsOfPlugin(await loadPlugin(new PackageSource(pkg, abs)));
  } finally {
    await pkg.close();
  }
}

/** The target's Dify version: what its API says (a console), else the configured one. */
export async function targetDifyVersion(target: DifyTarget, configured?: string): Promise<DifyVersionFact> {
  const versions = await target.versions();
  if (versions.dify) return { version: versions.dify, source: 'api' };
  if (configured) return { version: configured, source: 'configured' };
  return { source: 'unknown' };
}

/** The gate: failed when the target's Dify is older than what the plugin needs. */
export function compatibilityGate(needs: PluginNeeds, dify: DifyVersionFact): DiagnosticGate {
  const base = { id: COMPATIBILITY_GATE, title: 'the target’s Dify runs this plugin', required: true };
  const evidence = [
    needs.minimumDifyVersion
      ? `meta.minimum_dify_version: ${needs.minimumDifyVersion}`
      : 'meta.minimum_dify_version: not set',
    ...needs.features.map((f) => `uses ${f.feature} (${f.where}): Dify ≥ ${f.minimum}`),
  ];
  if (!needs.required) {
    return {
      ...base,
      status: 'passed',
      reason: 'the plugin names no Dify version and uses no versioned feature',
      evidence,
    };
  }
  if (!dify.version) {
    return {
      ...base,
      status: 'skipped',
      reason: `the target does not say which Dify it runs (the plugin needs ${needs.required})`,
      evidence,
      code: 'DPR1337',
      fix: 'Set environments.<name>.dify-version in .dify-release.yml (a daemon’s API does not tell Dify’s version; a console does).',
    };
  }
  const have = coerce(dify.version)?.version;
  evidence.unshift(`target: Dify ${dify.version} (${dify.source === 'api' ? 'from its API' : 'configured'})`);
  if (!have) {
    return {
      ...base,
      status: 'skipped',
      reason: `the target’s Dify version "${dify.version}" is not a version`,
      evidence,
      code: 'DPR1337',
      fix: 'Write environments.<name>.dify-version as MAJOR.MINOR.PATCH.',
    };
  }
  if (lt(have, needs.required)) {
    const older = needs.features.filter((f) => lt(have, f.minimum)).map((f) => f.feature);
    return {
      ...base,
      status: 'failed',
      reason: `the target runs Dify ${dify.version}; the plugin needs Dify ${needs.required} (${needs.requiredBy})`,
      evidence: [...evidence, ...(older.length ? [`not on Dify ${have}: ${older.join('; ')}`] : [])],
      code: 'DPR1350',
      fix: `Upgrade Dify on the target to ${needs.required} or later, or deploy a version of the plugin that needs no more than ${have}.`,
    };
  }
  return {
    ...base,
    status: 'passed',
    reason: `the target runs Dify ${dify.version}, at least the ${needs.required} the plugin needs`,
    evidence,
  };
}

/** The gate for a package on a target (what deploy and promote call before uploading). */
export async function checkCompatibility(
  target: DifyTarget,
  needs: PluginNeeds,
  options: { configuredDifyVersion?: string } = {},
): Promise<DiagnosticGate> {
  return compatibilityGate(needs, await targetDifyVersion(target, options.configuredDifyVersion));
}
