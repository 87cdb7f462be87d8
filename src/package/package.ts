/**
 * The `package` stage: a plugin directory → `<name>-<version>.difypkg`, byte-for-byte reproducible,
 * laid out as the Dify CLI lays it out, refused when `validate` or the file guards find errors.
 */
import path from 'node:path';
import { finding } from '../core/codes.js';
import { CheckFailedError } from '../core/errors.js';
import { applyPolicy, countFindings, type Finding, type SeverityPolicy } from '../core/finding.js';
import { LIMITS } from '../core/limits.js';
import { byteOrder } from '../core/paths.js';
import { commit, ensureDir } from '../io/files.js';
import { type ProcessRunner, processRunner } from '../io/process.js';
import { readRegularFile } from '../io/read.js';
import { MANIFEST } from '../manifest/plugin-types.js';
import { validateSource } from '../manifest/validate.js';
import { compilePython, type PythonFile } from '../python/compile.js';
import { patternMatcher } from '../selection/ignore.js';
import { type SelectedFile, selectFiles } from '../selection/select.js';
import { parseYamlBytes } from '../yaml/parse-bytes.js';
import { getAt } from '../yaml/pointer.js';
import {
  checksumOf,
  formatIdentifier,
  isValidIdentifier,
  NAME_PATTERN,
  VERSION_PATTERN,
} from './checksum.js';
import { readSmallFiles } from './contents.js';
import { maxSizeBytes, outputsInside, readManifest, resolveOutput } from './package-paths.js';
import { SelectionSource } from './package-source.js';
import { type Written, writePackage } from './package-write.js';
import { generateRequirements, needsGeneratedRequirements, REQUIREMENTS } from './requirements.js';
import { updateSums } from './sums.js';

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
  const contents = readSmallFiles(selection.files, selection.boundary);
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
      contents,
      patternMatcher(options.allowFiles ?? []),
      options.onProgress,
    );
    writing.catch(() => undefined); // awaited below
  }
  let validated: Awaited<ReturnType<typeof validateSource>>;
  let compiled: Finding[];
  try {
    const compiling = compileShipped(selection.files, contents, options, selection.boundary);
    validated = await validateSource(
      new SelectionSource(selection.files, generated, label, selection.boundary, selection.refused, contents),
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

/** Compile every Python file the package ships (one Python process for all of them). */
async function compileShipped(
  files: readonly SelectedFile[],
  contents: ReadonlyMap<string, Buffer>,
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
        bytes:
          contents.get(f.path) ??
          readRegularFile(f.source, { maxBytes: LIMITS.maxPackageBytes, root: boundary, label: f.path }),
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

function policyOf(options: PackageOptions): (findings: Finding[]) => Finding[] {
  return options.policy ?? ((findings) => applyPolicy(findings, options));
}
