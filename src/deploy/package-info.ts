/**
 * What the gates read from the package: the artifact (digest, identifier, signature against the
 * trusted keys) and the manifest's values, with the permissions it requests flattened to names
 * (`tool`, `model.llm`, `storage`, …) as the daemon's `PluginPermissionRequirement` declares them.
 */
import { inspectOpen } from '../artifact/read.js';
import type { Artifact } from '../core/artifact.js';
import { CheckFailedError } from '../core/errors.js';
import { loadPublicKey } from '../signing/keys.js';
import { officialKey, type TrustedKey } from '../signing/verify.js';
import { openPackage } from '../zip/reader.js';

export interface Permissions {
  /** Sorted names: `tool`, `model`, `model.llm`, …, `node`, `endpoint`, `app`, `storage`. */
  names: string[];
  /** `storage.size`, when storage is requested. */
  storageBytes?: number;
}

export interface PackageInfo {
  artifact: Artifact;
  /** The manifest as parsed (`{}` when it cannot be read). */
  manifest: Record<string, unknown>;
  permissions: Permissions;
}

const MODEL_KINDS = ['llm', 'text_embedding', 'rerank', 'tts', 'speech2text', 'moderation'] as const;

/** The trusted keys: the official one, then the given public key files. */
export function trustedKeys(files: readonly string[], env?: NodeJS.ProcessEnv): TrustedKey[] {
  const seen = new Set<string>();
  const keys: TrustedKey[] = [officialKey()];
  for (const file of files) {
    if (seen.has(file)) continue;
    seen.add(file);
    keys.push({ ...loadPublicKey({ file }, env), official: false });
  }
  return keys;
}

export async function readPackageInfo(file: string, keys: readonly TrustedKey[]): Promise<PackageInfo> {
  const pkg = await openPackage(file);
  try {
    const detail = await inspectOpen(pkg, file, { keys });
    if (!detail.artifact.identifier) {
      throw new CheckFailedError(
        `${file} has no manifest.yaml with a name: it is not a Dify plugin package`,
        'Build it with `dify-plugin-release package`.',
      );
    }
    const manifest = (detail.manifest?.value ?? {}) as Record<string, unknown>;
    return { artifact: detail.artifact, manifest, permissions: permissionsOf(manifest) };
  } finally {
    await pkg.close();
  }
}

/** The permissions a declaration (a manifest, or the target's installed declaration) requests. */
export function permissionsOf(declaration: Record<string, unknown> | undefined): Permissions {
  const resource = obj(obj(declaration).resource);
  const p = obj(resource.permission);
  const names: string[] = [];
  const on = (v: unknown) => obj(v).enabled === true;
  if (on(p.tool)) names.push('tool');
  if (on(p.model)) {
    names.push('model');
    for (const k of MODEL_KINDS) if (obj(p.model)[k] === true) names.push(`model.${k}`);
  }
  if (on(p.node)) names.push('node');
  if (on(p.endpoint)) names.push('endpoint');
  if (on(p.app)) names.push('app');
  let storageBytes: number | undefined;
  if (on(p.storage)) {
    names.push('storage');
    const size = Number(obj(p.storage).size);
    if (Number.isFinite(size)) storageBytes = size;
  }
  return { names: names.sort(), ...(storageBytes !== undefined ? { storageBytes } : {}) };
}

function obj(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
