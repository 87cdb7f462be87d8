/**
 * The `package` stage: a plugin directory → `<name>-<version>.difypkg`, byte-for-byte reproducible,
 * laid out as the Dify CLI lays it out, refused when `validate` or the file guards find errors.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { finding } from '../core/codes.js';
import { CheckFailedError, errorMessage, UsageError } from '../core/errors.js';
import { applyPolicy, countFindings, type Finding, type SeverityPolicy } from '../core/finding.js';
import { LIMITS } from '../core/limits.js';
import { byteOrder } from '../core/paths.js';
import { vendorTokens } from '../core/secret-patterns.js';
import { commit, discardTemp, ensureDir, outputFailure, tempNamePattern, tempPathFor } from '../io/files.js';
import { type ProcessRunner, processRunner } from '../io/process.js';
import { FileReadError, readRegularFile } from '../io/read.js';
import { MANIFEST } from '../manifest/plugin-types.js';
import { validateSource } from '../manifest/validate.js';
import { compilePython, type PythonFile } from '../python/compile.js';
import { PrivateKeySniffer } from '../selection/file-rules.js';
import { patternMatcher } from '../selection/ignore.js';
import { DEFAULT_MAX_SIZE, type SelectedFile, selectFiles } from '../selection/select.js';
import { parseYamlBytes } from '../yaml/parse-bytes.js';
import { getAt } from '../yaml/pointer.js';
import { type PackItem, SourceReadError, writeItems } from '../zip/parallel-deflate.js';
import { type WrittenEntry, ZipWriter } from '../zip/writer.js';
import {
  checksumOf,
  formatIdentifier,
  isValidIdentifier,
  NAME_PATTERN,
  VERSION_PATTERN,
} from './checksum.js';
import { SelectionSource } from './package-source.js';
import { generateRequirements, needsGeneratedRequirements, REQUIREMENTS } from './requirements.js';
import { SUMS_FILE, SUMS_LOCK, updateSums } from './sums.js';

export interface PackageOptions extends SeverityPolicy {
  /** The run's severity policy (per-plugin overrides included); default: `strict` and `ignore` above. */
  policy?: (findings: Finding[]) => Finding[];
  /** The plugin directory (default: the working directory). */
  path?: string;
  /**
   * Where the package goes (default: the working directory): a directory, or a file name ending in
   * `.difypkg` (the Dify CLI's `-o out/x.difypkg` habit), unless a directory of that name exists.
   */
  outDir?: string;
  cwd?: string;
  /** Uncompressed size limit in MiB (default 50, the daemon's). */
  maxSizeMiB?: number;
  /** Secret-looking files to package anyway (gitignore patterns or paths). */
  allowFiles?: string[];
  runner?: ProcessRunner;
  env?: NodeJS.ProcessEnv;
  onProgress?: (label: string, done: number, total: number) => void;
  /**
   * A rewritten package (the offline packager): its file name without `.difypkg` (default
   * `<name>-<version>`), selected paths left out, files added from elsewhere (read from `source`),
   * and generated files (in memory; a generated requirements.txt replaces the Dify CLI's `uv export`).
   */
  rewrite?: {
    baseName: (name: string, version: string) => string;
    exclude: readonly (string | RegExp)[];
    add: readonly SelectedFile[];
    generated: ReadonlyMap<string, Buffer>;
  };
}

export interface PackageResult {
  /** Absolute path of the package, when written. */
  path?: string;
  name?: string;
  version?: string;
  author?: string;
  size?: number;
  /** SHA-256 of the package file. */
  sha256?: string;
  /** Dify's checksum of the content (dify-format.md §2.9). */
  checksum?: string;
  identifier?: string;
  files: { path: string; size: number; compressedSize?: number }[];
  generated: string[];
  ignoreFile: string | null;
  totalSize: number;
  sumsFile?: string;
  findings: Finding[];
}

/** Files scanned for pasted private keys (as the marketplace's secret scan, larger files skipped). */
const SNIFF_LIMIT = 1024 * 1024;

export async function packagePlugin(options: PackageOptions = {}): Promise<PackageResult> {
  const cwd = options.cwd ?? process.cwd();
  const root = path.resolve(cwd, options.path ?? '.');
  const label = path.relative(cwd, root) || '.';
  const manifestBytes = readManifest(root, label);
  // Parsed once: validation reuses it (a large manifest is not held in memory twice).
  const manifest = parseYamlBytes(MANIFEST, manifestBytes);
  const name = manifest.scalarText('/name');
  const version = manifest.scalarText('/version');
  const language = getAt(manifest.value, '/meta/runner/language');

  const generated = new Map<string, Buffer>(options.rewrite?.generated ?? []);
  const early: Finding[] = [];
  if (!generated.has(REQUIREMENTS) && needsGeneratedRequirements(root, language)) {
    generated.set(REQUIREMENTS, await generateRequirements(root, options.runner, options.env));
    early.push(
      finding(
        'DPR409',
        'requirements.txt is generated from uv.lock with `uv export` (as the Dify CLI does)',
        {
          file: REQUIREMENTS,
        },
      ),
    );
  }

  const maxSize = maxSizeBytes(options.maxSizeMiB);
  const output = resolveOutput(path.resolve(cwd, options.outDir ?? '.'));
  const outDir = output.dir;
  const rewrite = options.rewrite;
  const baseName = (n: string | undefined, v: string | undefined) =>
    rewrite && n && v ? rewrite.baseName(n, v) : `${n}-${v}`;
  const selection = selectFiles(root, {
    allowFiles: options.allowFiles,
    maxSize,
    extra: [...[...generated].map(([p, data]) => ({ path: p, size: data.length })), ...(rewrite?.add ?? [])],
    exclude: [...outputsInside(root, outDir, name, version, baseName), ...(rewrite?.exclude ?? [])],
  });
  if (rewrite) {
    selection.files = [...selection.files, ...rewrite.add].sort((a, b) => byteOrder(a.path, b.path));
  }
  const packaged = new Set([...selection.files.map((f) => f.path), ...generated.keys()]);
  if (language === 'python' && !packaged.has(REQUIREMENTS) && !packaged.has('pyproject.toml')) {
    early.push(
      finding(
        'DPR413',
        'neither requirements.txt nor pyproject.toml is packaged: Dify installs no dependencies',
        {
          fix: 'Add requirements.txt (or pyproject.toml with uv.lock), and check that .difyignore does not exclude it.',
        },
      ),
    );
  }

  // Compression (thread pool) and validation (main thread) run side by side; the package is kept
  // only when both succeed, so nothing that validate rejects is ever left in the output directory.
  const selectionOk = countFindings(policyOf(options)([...early, ...selection.findings])).errors === 0;
  // The name and version become a file name: only what the identifier allows ([a-z0-9_-], digits and
  // dots), so `name: ../../x` never writes outside the output directory. Validation reports the rest.
  const nameOk = NAME_PATTERN.test(name ?? '') && VERSION_PATTERN.test(version ?? '');
  const fileName = output.file ?? `${baseName(name, version)}.difypkg`;
  const target = path.join(outDir, fileName);
  let writing: Promise<Written> | undefined;
  if (selectionOk && nameOk) {
    if (path.dirname(target) !== outDir) {
      throw new Error(`the package name ${JSON.stringify(fileName)} would leave the output directory`);
    }
    ensureDir(outDir);
    writing = writePackage(
      target,
      selection.boundary,
      selection.files,
      generated,
      patternMatcher(options.allowFiles ?? []),
      options.onProgress,
    );
    writing.catch(() => undefined); // awaited below
  }
  let validated: Awaited<ReturnType<typeof validateSource>>;
  let compiled: Finding[];
  try {
    const compiling = compileShipped(selection.files, options, selection.boundary);
    validated = await validateSource(
      new SelectionSource(selection.files, generated, label, selection.boundary, selection.refused),
      undefined,
      { bytes: manifestBytes, file: manifest },
    );
    compiled = await compiling;
  } catch (error) {
    await writing?.then((w) => w.discard()).catch(() => undefined);
    throw error;
  }
  const { plugin, findings: validation } = validated;
  const findings = policyOf(options)([...early, ...selection.findings, ...validation, ...compiled]);
  const result: PackageResult = {
    name: plugin.manifest.scalarText('/name'),
    version: plugin.manifest.scalarText('/version'),
    author: plugin.manifest.scalarText('/author') ?? '',
    files: selection.files.map((f) => ({ path: f.path, size: f.size })),
    generated: [...generated.keys()],
    ignoreFile: selection.ignoreFile,
    totalSize: selection.totalSize,
    findings,
  };
  if (countFindings(findings).errors > 0 || !writing) {
    await writing?.then((w) => w.discard()).catch(() => undefined);
    if (countFindings(findings).errors === 0 && selectionOk && !nameOk) {
      throw new CheckFailedError(
        `the name "${name ?? ''}" and version "${version ?? ''}" do not make a valid identifier; Dify would refuse the package`,
        'Use a lower-case name ([a-z0-9_-]) and a version like 1.2.3.',
      );
    }
    return result;
  }
  const written = await writing;
  result.findings.push(...policyOf(options)(written.leaks));
  const checksum = checksumOf(written.entries);
  const identifier = formatIdentifier(result.author ?? '', name!, version!, checksum);
  if (countFindings(result.findings).errors > 0 || !isValidIdentifier(identifier)) {
    await written.discard();
    if (countFindings(result.findings).errors > 0) return result;
    throw new CheckFailedError(
      `the identifier ${identifier} does not match the daemon's pattern; Dify would refuse the package`,
      'Use a lower-case author and name ([a-z0-9_-]) and a version like 1.2.3.',
    );
  }
  commit(written.temp, target);
  const sizes = new Map(written.entries.map((e) => [e.name, e.compressedSize]));
  result.files = [
    ...selection.files.map((f) => ({ path: f.path, size: f.size, compressedSize: sizes.get(f.path) })),
    ...[...generated].map(([p, d]) => ({ path: p, size: d.length, compressedSize: sizes.get(p) })),
  ].sort((a, b) => byteOrder(a.path, b.path));
  Object.assign(result, { path: target, size: written.size, sha256: written.sha256, checksum, identifier });
  result.sumsFile = updateSums(outDir, fileName, written.sha256);
  return result;
}

/**
 * `-o DIR` is a directory; `-o out/x.difypkg` (a name ending in .difypkg that is not an existing
 * directory) is the package file itself, as the Dify CLI's `--output_path` takes it.
 */
export function resolveOutput(full: string): { dir: string; file?: string } {
  if (!full.toLowerCase().endsWith('.difypkg')) return { dir: full };
  try {
    if (statSync(full).isDirectory()) return { dir: full };
  } catch {
    // Not there yet: the file to write.
  }
  return { dir: path.dirname(full), file: path.basename(full) };
}

/** Compile every Python file the package ships (one Python process for all of them). */
async function compileShipped(
  files: readonly SelectedFile[],
  options: PackageOptions,
  boundary: string,
): Promise<Finding[]> {
  const py: PythonFile[] = [];
  for (const f of files) {
    if (!f.path.endsWith('.py')) continue;
    try {
      py.push({
        plugin: '.',
        path: f.path,
        bytes: readRegularFile(f.source, { maxBytes: LIMITS.maxPackageBytes, root: boundary, label: f.path }),
      });
    } catch {
      // Unreadable files are the selection's finding (DPR407).
    }
  }
  const outcome = await compilePython(py, options.runner ?? processRunner, {
    env: options.env ?? process.env,
  });
  return [...(outcome.byPlugin.get('.') ?? []), ...(outcome.notice ? [outcome.notice] : [])];
}

interface Written {
  temp: string;
  size: number;
  sha256: string;
  entries: WrittenEntry[];
  /** Files found to hold a private key (DPR411). */
  leaks: Finding[];
  /** Delete the temporary file. */
  discard(): Promise<void>;
}

/** Write the zip to a temporary name beside `target`; the caller renames it or discards it. */
async function writePackage(
  target: string,
  boundary: string,
  files: readonly SelectedFile[],
  generated: ReadonlyMap<string, Buffer>,
  allowed: (rel: string) => boolean,
  onProgress?: (label: string, done: number, total: number) => void,
): Promise<Written> {
  const leaks: Finding[] = [];
  /** Each sniffed file's bytes, scanned for vendor-shaped tokens once written (files are ≤ 1 MiB). */
  const contents = new Map<string, Buffer[]>();
  const sniff = (rel: string, size: number): PackItem['tap'] => {
    if (size > SNIFF_LIMIT || allowed(rel)) return undefined;
    const sniffer = new PrivateKeySniffer();
    let reported = false;
    const chunks: Buffer[] = [];
    contents.set(rel, chunks);
    return (chunk) => {
      chunks.push(Buffer.from(chunk)); // the reader may reuse its buffers
      sniffer.push(chunk);
      if (sniffer.found && !reported) {
        reported = true;
        leaks.push(
          finding('DPR411', `${rel} contains a PEM private key; refusing to package it`, {
            file: rel,
            fix: `Remove the key from the file (load it from a credential at run time), or if it is a test fixture, allow it with --allow-file ${rel}.`,
          }),
        );
      }
    };
  };
  const items: PackItem[] = [
    ...files.map((f) => ({
      path: f.path,
      source: f.source,
      // A file reached through a link is checked to still lead inside the repository.
      root: f.linked ? boundary : undefined,
      tap: sniff(f.path, f.size),
    })),
    ...[...generated].map(([p, data]) => ({ path: p, data })),
  ].sort((a, b) => byteOrder(a.path, b.path));

  const temp = tempPathFor(target);
  const writer = await ZipWriter.create(temp);
  try {
    await writeItems(writer, items, onProgress).catch((error: unknown) => {
      throw writeFailure(error, target);
    });
    const done = await writer.finish().catch((error: unknown) => {
      throw writeFailure(error, target);
    });
    leaks.push(...tokenLeaks(contents));
    return {
      temp,
      ...done,
      leaks,
      discard: async () => discardTemp(temp),
    };
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

/**
 * High-confidence secrets inside packaged files: vendor-shaped tokens (not placeholders) in text
 * files, as `check` finds them (DPR510). A package is published: once in it, a token is leaked.
 */
function tokenLeaks(contents: ReadonlyMap<string, Buffer[]>): Finding[] {
  const out: Finding[] = [];
  for (const [rel, chunks] of contents) {
    const bytes = Buffer.concat(chunks);
    if (bytes.subarray(0, 4096).includes(0)) continue; // binary
    for (const t of vendorTokens(bytes.toString('utf8')).slice(0, 3)) {
      out.push(
        finding('DPR414', `${rel} holds ${t.what} (${t.masked}); refusing to package it`, {
          file: rel,
          line: t.line,
          column: t.column,
          fix: `Remove the token (revoke it if it is real) and read it from the provider's credentials at run time; if it is a fake for tests, allow the file with --allow-file ${rel}.`,
        }),
      );
    }
  }
  return out;
}

/**
 * Who is to blame when writing the zip fails: a file of the plugin that cannot be read is the
 * plugin's problem (exit 1); the output failing (ENOSPC, EACCES, EIO) is the environment's (exit 2).
 */
function writeFailure(error: unknown, target: string): unknown {
  if (error instanceof SourceReadError) {
    return new CheckFailedError(
      `a file cannot be read while packaging: ${errorMessage(error)}`,
      'Check that nothing else is changing the plugin while it is packaged.',
    );
  }
  return outputFailure(error, target, 'the package ');
}

function readManifest(root: string, label: string): Buffer {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(root);
  } catch {
    throw new UsageError(
      `${label} does not exist`,
      'Pass the plugin directory (the folder holding manifest.yaml).',
    );
  }
  if (!stats.isDirectory()) {
    throw new UsageError(
      `${label} is a file; package takes a plugin directory`,
      root.endsWith('.difypkg') ? 'To look inside a package, run `dify-plugin-release inspect`.' : undefined,
    );
  }
  try {
    // Through the one reader, before anything else reads it: a named pipe must not hang us, nor a
    // link to /dev/zero grow without end. Its size is capped as any declaration's.
    return readRegularFile(path.join(root, MANIFEST), { maxBytes: LIMITS.maxYamlBytes, label: MANIFEST });
  } catch (error) {
    if (error instanceof FileReadError && error.reason === 'missing') {
      throw new UsageError(
        `no manifest.yaml in ${label}: it is not a Dify plugin directory`,
        'Pass the plugin directory (the folder holding manifest.yaml).',
      );
    }
    // Refused or unreadable: the selection and validation report why (DPR407, DPR005) with the rest.
    return Buffer.alloc(0);
  }
}

function maxSizeBytes(mib: number | undefined): number {
  if (mib === undefined) return DEFAULT_MAX_SIZE;
  if (!Number.isFinite(mib) || mib <= 0) {
    throw new UsageError(`--max-size must be a positive number of MiB, not ${mib}`);
  }
  return Math.floor(mib * 1024 * 1024);
}

/**
 * The package and SHA256SUMS, when they are written inside the plugin, and our own temporary files
 * beside them (left by a run killed outright): never packaged themselves.
 */
function outputsInside(
  root: string,
  outDir: string,
  name: string | undefined,
  version: string | undefined,
  baseName: (name: string | undefined, version: string | undefined) => string,
): (string | RegExp)[] {
  const rel = path.relative(root, outDir);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return [];
  const prefix = rel ? `${rel.split(path.sep).join('/')}/` : '';
  // This run's package, and the others `package` writes for this version (plain and offline).
  const bases = [...new Set([baseName(name, version), `${name}-${version}`])];
  const files = [
    SUMS_FILE,
    ...(name && version ? bases.flatMap((b) => [`${b}.difypkg`, `${b}.signed.difypkg`]) : []),
  ];
  const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const escaped = esc(prefix);
  return [
    ...files.map((f) => `${prefix}${f}`),
    `${prefix}${SUMS_LOCK}`,
    new RegExp(`^${escaped}(?:${files.map(tempNamePattern).join('|')})$`),
    ...(name && version
      ? [
          new RegExp(
            `^${escaped}${esc(`${name}-${version}`)}-offline-[a-z0-9]+-[a-z0-9]+(?:\\.signed)?\\.difypkg$`,
          ),
        ]
      : []),
  ];
}

function policyOf(options: PackageOptions): (findings: Finding[]) => Finding[] {
  return options.policy ?? ((findings) => applyPolicy(findings, options));
}
