/**
 * `check PATH|PKG`: what the Dify marketplace will reject, caught before submitting. A directory is
 * seen through the package stage's own file selection (so the verdict is the one the built package
 * gets); a `.difypkg` through the safe reader, never unpacked to disk. The manifest is loaded and
 * validated by `validateSource`; each rule family of the marketplace toolkit then runs over the files.
 */
import { closeSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import { LIMITS } from '../../core/limits.js';
import { FileReadError, openRegularFile, readRegularFile, readRegularText } from '../../io/read.js';
import { MANIFEST } from '../../manifest/plugin-types.js';
import { validateSource } from '../../manifest/validate.js';
import { PackageSource, SelectionSource } from '../../package/package-source.js';
import { type Selection, selectFiles } from '../../selection/select.js';
import { type OpenPackage, openPackage } from '../../zip/reader.js';
import { binaryRules } from './binaries.js';
import { type CapabilityReport, scanCapabilities } from './capabilities.js';
import { contentsRules } from './contents.js';
import {
  CheckContext,
  type CheckedFile,
  type CheckOptions,
  type FileAccess,
  MAX_TEXT_BYTES,
  PROFILES,
  type Profile,
} from './context.js';
import officialGates from './data/official-gates.json' with { type: 'json' };
import { dependencyRules } from './dependencies.js';
import { iconRules } from './icon.js';
import { manifestRules } from './manifest.js';
import { pythonEnvRules } from './python-env.js';
import { readmeRules } from './readme.js';
import { secretRules } from './secrets.js';
import { prBodyRules, versionRules } from './submission.js';

export { PROFILES, type Profile } from './context.js';

/** Packages are opened with room above the 50 MiB limit, so an oversized one is a finding (DPR506), not a refusal. */
const READ_LIMIT = 1024 * 1024 * 1024;

export interface MarketplaceOptions {
  profile?: Profile;
  marketplaceDir?: string;
  /** Path of a file holding the pull request body. */
  prBodyFile?: string;
  cwd?: string;
  /** The pull request body as text (instead of a file), with the name findings give it. */
  prBody?: { text: string; file: string };
  /** Also scan the code for sensitive capabilities (the PR's security notes). */
  capabilities?: boolean;
}

export interface CheckTargetResult {
  label: string;
  kind: 'directory' | 'package';
  name?: string;
  version?: string;
  author?: string;
  files: number;
  findings: Finding[];
  /** With `capabilities`: what the code shows, by capability. */
  capabilities?: CapabilityReport;
}

/** The codes that mirror a gate of the official repository's CI (data/official-gates.json). */
export const OFFICIAL_GATE_CODES: ReadonlySet<string> = new Set(
  officialGates.gates.flatMap((g) => g.codes).filter((c) => c !== 'validation'),
);

/**
 * `--profile official` applies exactly the official CI's gates: a marketplace rule that mirrors none
 * of them is reported as a warning (the CI does not refuse the plugin for it).
 */
export function officialProfile(findings: Finding[]): Finding[] {
  return findings.map((f) =>
    f.severity === 'error' && !OFFICIAL_GATE_CODES.has(f.code)
      ? { ...f, severity: 'warning', message: `${f.message} (not a gate of the official repository's CI)` }
      : f,
  );
}

/** Every rule family, over one plugin. */
export async function marketplaceRules(ctx: CheckContext): Promise<Finding[]> {
  const out = await allRules(ctx);
  return ctx.profile === 'official' ? officialProfile(out) : out;
}

async function allRules(ctx: CheckContext): Promise<Finding[]> {
  const out: Finding[] = [...contentsRules(ctx), ...(await secretRules(ctx)), ...(await binaryRules(ctx))];
  // The manifest cannot be read: its errors say why, and the rules that do not need it still run.
  if (!ctx.plugin.usable) {
    out.push(...(await readmeRules(ctx)));
    return out;
  }
  out.push(
    ...(await manifestRules(ctx)),
    ...(await readmeRules(ctx)),
    ...(await dependencyRules(ctx)),
    ...(await pythonEnvRules(ctx)),
    ...(await iconRules(ctx)),
    ...(await versionRules(ctx)),
    ...(await prBodyRules(ctx)),
  );
  return out;
}

/** `check`: a plugin directory or a `.difypkg`. */
export async function checkTarget(
  target: string,
  options: MarketplaceOptions = {},
): Promise<CheckTargetResult> {
  const cwd = options.cwd ?? process.cwd();
  const full = path.resolve(cwd, target);
  const checkOptions = resolveOptions(options, cwd);
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(full);
  } catch {
    throw new UsageError(`${target} does not exist`, 'Pass a plugin directory or a .difypkg file.');
  }
  if (stats.isDirectory()) return checkDirectory(full, target, checkOptions, options.capabilities);
  if (!full.endsWith('.difypkg') && !full.endsWith('.zip')) {
    throw new UsageError(
      `${target} is neither a plugin directory nor a .difypkg`,
      'Pass a plugin directory or a .difypkg file.',
    );
  }
  const pkg = await openPackage(full, { maxUncompressed: READ_LIMIT, requireManifest: false });
  try {
    const source = new PackageSource(pkg, target);
    const { plugin, findings: validation } = await validateSource(source);
    const ctx = new CheckContext(packageAccess(pkg, full, stats.size), plugin, checkOptions);
    const market = await marketplaceRules(ctx);
    const r = result(target, 'package', ctx, [...mergeWithValidation(errorsOnly(validation), market)]);
    return options.capabilities ? { ...r, capabilities: await scanCapabilities(ctx) } : r;
  } finally {
    await pkg.close();
  }
}

async function checkDirectory(
  root: string,
  label: string,
  options: CheckOptions,
  capabilities = false,
): Promise<CheckTargetResult> {
  try {
    statSync(path.join(root, MANIFEST));
  } catch {
    throw new UsageError(
      `no manifest.yaml in ${label}: it is not a Dify plugin directory`,
      'Pass the plugin directory (the folder holding manifest.yaml), or a .difypkg.',
    );
  }
  const { findings, ctx, validation } = await directoryFindings(root, label, options);
  const r = result(label, 'directory', ctx, mergeWithValidation(errorsOnly(validation), findings));
  return capabilities ? { ...r, capabilities: await scanCapabilities(ctx) } : r;
}

/**
 * The marketplace findings for a plugin directory (for `check` and `validate --marketplace`): the
 * package stage's refusals (secret files it will not package, symlinks out of the repository,
 * unreadable files), then every marketplace rule over the files it selects.
 */
export async function directoryFindings(
  root: string,
  label: string,
  options: CheckOptions,
): Promise<{ findings: Finding[]; ctx: CheckContext; validation: Finding[] }> {
  const selection = selectFiles(root);
  const source = new SelectionSource(selection.files, new Map(), label);
  const { plugin, findings: validation } = await validateSource(source);
  const ctx = new CheckContext(directoryAccess(selection), plugin, options);
  const refusals = selection.findings
    .filter((f) => ['DPR401', 'DPR303', 'DPR407', 'DPR417'].includes(f.code))
    .map((f) => ({ ...f, category: 'contents' }));
  return { findings: [...refusals, ...(await marketplaceRules(ctx))], ctx, validation };
}

/** Turn command-line options into check options: the profile checked, the PR body read. */
export function resolveOptions(options: MarketplaceOptions, cwd: string): CheckOptions {
  const profile = options.profile ?? 'marketplace';
  if (!PROFILES.includes(profile)) {
    throw new UsageError(`unknown profile "${profile}"`, `Use --profile ${PROFILES.join(' or --profile ')}.`);
  }
  let prBody: CheckOptions['prBody'] = options.prBody;
  if (options.prBodyFile) {
    try {
      prBody = {
        text: readRegularText(path.resolve(cwd, options.prBodyFile), {
          maxBytes: LIMITS.maxTextBytes,
          label: options.prBodyFile,
        }),
        file: options.prBodyFile,
      };
    } catch (error) {
      throw new UsageError(
        error instanceof FileReadError && error.reason !== 'missing'
          ? `--pr-body ${error.message}`
          : `--pr-body ${options.prBodyFile} cannot be read`,
        'Pass a file holding the pull request body (gh pr view --json body -q .body > body.md).',
      );
    }
  }
  let marketplaceDir: string | undefined;
  if (options.marketplaceDir) {
    marketplaceDir = path.resolve(cwd, options.marketplaceDir);
    let isDir = false;
    try {
      isDir = statSync(marketplaceDir).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) {
      throw new UsageError(
        `--marketplace-dir ${options.marketplaceDir} is not a directory`,
        'Pass the <author>/<name>/ folder of a dify-plugins checkout.',
      );
    }
  }
  return { profile: profile as Profile, marketplaceDir, prBody };
}

/**
 * Marketplace rules that restate a `validate` finding at the same place, with the marketplace's
 * consequence: the validate one is dropped so a problem is reported once.
 */
const RESTATES: Record<string, string[]> = {
  DPR560: ['DPR305'],
  DPR531: ['DPR212'],
  DPR538: ['DPR310'],
  DPR535: ['DPR116'],
  DPR534: ['DPR103'],
};

export function mergeWithValidation(validation: Finding[], market: Finding[]): Finding[] {
  const drop = new Set<string>();
  const twins = new Set<string>();
  for (const m of market) {
    // The package stage's refusals (DPR303, DPR407) may reach validation too, through the source's listing.
    drop.add(`${m.code}|${m.file ?? ''}|${m.line ?? 0}`);
    // A restated finding is the same problem wherever each rule points in the file (a key, line 1).
    for (const twin of RESTATES[m.code] ?? []) twins.add(`${twin}|${m.file ?? ''}`);
  }
  return [
    ...validation.filter(
      (f) => !drop.has(`${f.code}|${f.file ?? ''}|${f.line ?? 0}`) && !twins.has(`${f.code}|${f.file ?? ''}`),
    ),
    ...market,
  ];
}

/** `check` reports the validator's errors (the daemon refuses such a package at upload) under `manifest`. */
function errorsOnly(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error').map((f) => ({ ...f, category: 'manifest' }));
}

function result(
  label: string,
  kind: 'directory' | 'package',
  ctx: CheckContext,
  findings: Finding[],
): CheckTargetResult {
  return {
    label,
    kind,
    name: ctx.plugin.manifest.scalarText('/name'),
    version: ctx.manifestString('/version'),
    author: ctx.plugin.manifest.scalarText('/author'),
    files: ctx.access.files.length,
    findings,
  };
}

function directoryAccess(selection: Selection): FileAccess {
  const byPath = new Map(selection.files.map((f) => [f.path, f]));
  // Every read through the one reader: regular files inside the repository, at most the package limit.
  const limits = (label: string) => ({ maxBytes: LIMITS.maxPackageBytes, root: selection.boundary, label });
  return {
    kind: 'directory',
    files: selection.files.map((f) => ({ path: f.path, size: f.size })),
    async read(file) {
      const f = byPath.get(file);
      if (!f) return undefined;
      try {
        return readRegularFile(f.source, limits(file));
      } catch {
        return undefined;
      }
    },
    async head(file, bytes) {
      const f = byPath.get(file);
      if (!f) return undefined;
      let fd: number | undefined;
      try {
        fd = openRegularFile(f.source, { ...limits(file), maxBytes: Number.POSITIVE_INFINITY }).fd;
        const buf = Buffer.alloc(bytes);
        const n = readSync(fd, buf, 0, bytes, 0);
        return buf.subarray(0, n);
      } catch {
        return undefined;
      } finally {
        if (fd !== undefined) closeSync(fd);
      }
    },
  };
}

function packageAccess(pkg: OpenPackage, file: string, size: number): FileAccess {
  const sizes = new Map(pkg.entries.map((e) => [e.name, e.size]));
  const files: CheckedFile[] = pkg.entries.map((e) => {
    const unix = e.versionMadeBy !== undefined && e.versionMadeBy >> 8 === 3;
    const mode =
      unix && e.externalAttributes !== undefined ? (e.externalAttributes >>> 16) & 0o7777 : undefined;
    return { path: e.name, size: e.size, ...(mode ? { mode } : {}) };
  });
  const whole = new Map<string, Promise<Buffer | undefined>>();
  const read = (name: string): Promise<Buffer | undefined> => {
    let p = whole.get(name);
    if (!p) {
      p = sizes.has(name) ? pkg.read(name) : Promise.resolve(undefined);
      whole.set(name, p);
    }
    return p;
  };
  return {
    kind: 'package',
    files,
    packageSize: size,
    packagePath: file,
    read,
    async head(name, bytes) {
      const entrySize = sizes.get(name);
      if (entrySize === undefined) return undefined;
      if (entrySize <= MAX_TEXT_BYTES) return (await read(name))?.subarray(0, bytes);
      const stream = await pkg.stream(name);
      const chunks: Buffer[] = [];
      let got = 0;
      for await (const chunk of stream) {
        chunks.push(chunk as Buffer);
        got += (chunk as Buffer).length;
        if (got >= bytes) break;
      }
      stream.destroy();
      return Buffer.concat(chunks).subarray(0, bytes);
    },
  };
}

/**
 * `validate --marketplace`: the same checks for every validated plugin directory, merged into its
 * findings (a validate finding the marketplace rule restates is dropped). Coze configurations are skipped.
 */
export async function checkMarketplace(
  plugins: { path: string; kind: string; findings: Finding[] }[],
  profile: Profile,
  cwd: string,
): Promise<void> {
  const options = resolveOptions({ profile }, cwd);
  for (const p of plugins) {
    if (p.kind !== 'dify') continue;
    const { findings } = await directoryFindings(path.resolve(cwd, p.path), p.path, options);
    p.findings = mergeWithValidation(
      p.findings,
      findings.map((f) => ({ ...f, plugin: p.path })),
    );
  }
}

/** The profile `validate --marketplace` runs: off for unset/false, `true` meaning the default profile. */
export function marketplaceProfile(
  value: string | boolean | undefined,
  profile?: string,
): Profile | undefined {
  if (value === undefined || value === false || value === '' || value === 'false') return undefined;
  const chosen = value === true || value === 'true' ? (profile ?? 'marketplace') : value;
  if (!PROFILES.includes(chosen as Profile)) {
    throw new UsageError(
      `unknown marketplace profile "${chosen}"`,
      `Use ${PROFILES.join(' or ')} (or true for marketplace).`,
    );
  }
  return chosen as Profile;
}
