import path from 'node:path';
import type { Artifact } from '../core/artifact.js';
import { finding } from '../core/codes.js';
import type { Finding } from '../core/finding.js';
import { byteOrder } from '../core/paths.js';
import type { StageContext } from '../io/context.js';
import { PLUGIN_KINDS } from '../manifest/plugin-types.js';
import { type KeySource, loadPublicKey } from '../signing/keys.js';
import { VERIFICATION_FILE } from '../signing/sign.js';
import { officialKey, type TrustedKey, type VerifyResult } from '../signing/verify.js';
import { getAt } from '../yaml/pointer.js';
import type { YamlFile } from '../yaml/yaml-file.js';
import { type OpenPackage, openPackage, type PackageEntry } from '../zip/reader.js';
import { entryFlags } from '../zip/writer.js';
import { inspectOpen } from './read.js';

export interface InspectInput {
  package: string;
  /** Extra public keys to check the signature against (the official key is always tried). */
  keys?: KeySource[];
  maxSize?: number;
}

export interface InspectResult {
  artifact: Artifact;
  verify: VerifyResult;
  manifest: ManifestSummary;
  generated: { path: string; by: string }[];
  findings: Finding[];
  entries: { name: string; size: number; compressedSize: number }[];
  size: { files: number; uncompressed: number; compressed: number };
}

/** `inspect`: what is inside a package, what Dify will call it, and whether its signature holds. */
export async function inspectStage(input: InspectInput, ctx: StageContext): Promise<InspectResult> {
  const keys: TrustedKey[] = [
    officialKey(),
    ...(input.keys ?? []).map((k) => ({ ...loadPublicKey(k, ctx.env), official: false })),
  ];
  const file = path.resolve(ctx.cwd, input.package);
  const pkg = await openPackage(file, { maxUncompressed: input.maxSize && input.maxSize * 1024 * 1024 });
  try {
    const { artifact, verify, manifest } = await inspectOpen(pkg, file, { keys });
    return {
      artifact,
      verify,
      manifest: summarize(manifest),
      generated: generatedFiles(pkg.entries),
      findings: layoutFindings(pkg),
      entries: pkg.entries.map((e) => ({ name: e.name, size: e.size, compressedSize: e.compressedSize })),
      size: {
        files: pkg.entries.length,
        uncompressed: pkg.entries.reduce((n, e) => n + e.size, 0),
        compressed: pkg.entries.reduce((n, e) => n + e.compressedSize, 0),
      },
    };
  } finally {
    await pkg.close();
  }
}

export interface ManifestSummary {
  name?: string;
  author?: string;
  version?: string;
  type?: string;
  label?: string;
  description?: string;
  kinds: string[];
  runner?: string;
  minimumDifyVersion?: string;
  arch?: string[];
}

function summarize(yaml: YamlFile | undefined): ManifestSummary {
  if (!yaml) return { kinds: [] };
  const m = yaml.value;
  const runner = ['language', 'version', 'entrypoint'].map((k) => yaml.scalarText(`/meta/runner/${k}`));
  const plugins = (getAt(m, '/plugins') ?? {}) as Record<string, unknown>;
  return {
    name: yaml.scalarText('/name'),
    author: yaml.scalarText('/author'),
    version: yaml.scalarText('/version'),
    type: yaml.scalarText('/type'),
    label: yaml.scalarText('/label/en_US'),
    description: yaml.scalarText('/description/en_US'),
    kinds: PLUGIN_KINDS.filter((k) => Array.isArray(plugins[k]) && (plugins[k] as unknown[]).length > 0),
    runner: runner[0]
      ? `${runner[0]} ${runner[1] ?? ''} (${runner[2] ?? '?'})`.replace('  ', ' ')
      : undefined,
    minimumDifyVersion: yaml.scalarText('/meta/minimum_dify_version'),
    arch: archList(getAt(m, '/meta/arch')),
  };
}

/** `meta.arch` as a list of strings, whatever the manifest holds (a stranger's package). */
function archList(value: unknown): string[] | undefined {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return [value];
  return undefined;
}

/** Files a tool added rather than the author: the uv export and the verification record. */
function generatedFiles(entries: readonly PackageEntry[]): { path: string; by: string }[] {
  const names = new Set(entries.map((e) => e.name));
  const out: { path: string; by: string }[] = [];
  if (names.has('requirements.txt') && names.has('uv.lock') && names.has('pyproject.toml')) {
    out.push({ path: 'requirements.txt', by: 'probably exported from uv.lock while packaging' });
  }
  if (names.has(VERIFICATION_FILE)) out.push({ path: VERIFICATION_FILE, by: 'added by signing' });
  return out;
}

/** Where the package's zip layout differs from the Dify CLI's (dify-format.md §2.3). */
function layoutFindings(pkg: OpenPackage): Finding[] {
  const out: Finding[] = [];
  if (pkg.directories.length > 0) {
    out.push(
      finding(
        'DPR433',
        `the package has directory entries (${pkg.directories.slice(0, 3).join(', ')}); the daemon fails to read them`,
        {
          severity: 'error',
          fix: 'Rebuild it with `dify-plugin-release package` (or `dify plugin package`), not a generic zip tool.',
        },
      ),
    );
  }
  const odd = new Set<string>();
  const names = pkg.entries.map((e) => e.name);
  if (names.some((n, i) => i > 0 && byteOrder(names[i - 1]!, n) > 0 && n !== VERIFICATION_FILE)) {
    odd.add('entries are not sorted by path');
  }
  const flagged: PackageEntry[] = [];
  for (const e of pkg.entries) {
    if (e.method !== 8) odd.add('entries not deflated');
    if (e.dosTime !== 0 || e.dosDate !== 0) odd.add('timestamps set (not reproducible)');
    if (e.extraLength) odd.add('extra fields');
    if (e.externalAttributes) odd.add('file attributes');
    if (e.flags !== undefined && e.flags !== entryFlags(e.name)) flagged.push(e);
  }
  if (flagged.length > 0) {
    const e = flagged[0]!;
    odd.add(
      `general-purpose flags differ from what Dify's CLI (Go) writes in ${flagged.length} entr${flagged.length === 1 ? 'y' : 'ies'} (${e.name}: 0x${hex4(e.flags!)}, Go: 0x${hex4(entryFlags(e.name))})`,
    );
  }
  if (odd.size > 0) {
    out.push(
      finding('DPR433', `the zip layout differs from the Dify CLI's: ${[...odd].join(', ')}`, {
        fix: 'Packages from `dify-plugin-release package` are byte-for-byte reproducible; other tools may not be.',
      }),
    );
  }
  return out;
}

function hex4(n: number): string {
  return n.toString(16).padStart(4, '0');
}
