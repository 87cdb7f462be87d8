/**
 * `bundle`: a bundle directory (manifest.yaml with `type: bundle`, `_assets/`, README files) →
 * `<name>-<version>.difybndl` (dify-format.md §4). The manifest is checked as the daemon's entities
 * define it, each problem at its line; embedded packages are opened with the safe reader. The zip is
 * written like a package (sorted, deterministic), unlike the Dify CLI, whose map order varies.
 */
import { closeSync, type Dirent, lstatSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { finding } from '../core/codes.js';
import { CheckFailedError, errorMessage, UsageError } from '../core/errors.js';
import { countFindings, type Finding } from '../core/finding.js';
import { LIMITS } from '../core/limits.js';
import { byteOrder, isInside, repositoryRoot } from '../core/paths.js';
import { commit, ensureDir, outputFailure, tempPathFor } from '../io/files.js';
import { FileReadError, openRegularFile, readRegularFile, refusalFix } from '../io/read.js';
import { GIT_DIR_REASON, inGitDir, secretReason } from '../selection/file-rules.js';
import { parseYamlBytes } from '../yaml/parse-bytes.js';
import { getAt } from '../yaml/pointer.js';
import { ZipWriter } from '../zip/writer.js';
import { checkDependency, checkManifest } from './bundle-manifest.js';
import { updateSums } from './sums.js';

export { GITHUB_PATTERN, MARKETPLACE_PATTERN } from './bundle-manifest.js';

const MANIFEST = 'manifest.yaml';

export interface BundleDependency {
  type: string;
  value: Record<string, unknown>;
}

export interface BundleResult {
  path?: string;
  sha256?: string;
  size?: number;
  name?: string;
  version?: string;
  dependencies: BundleDependency[];
  files: string[];
  findings: Finding[];
}

export async function bundle(options: {
  path: string;
  outDir?: string;
  cwd?: string;
}): Promise<BundleResult> {
  const cwd = options.cwd ?? process.cwd();
  const root = path.resolve(cwd, options.path);
  let bytes: Buffer;
  try {
    bytes = readRegularFile(path.join(root, MANIFEST), { maxBytes: LIMITS.maxYamlBytes, label: MANIFEST });
  } catch (error) {
    if (error instanceof FileReadError && error.reason !== 'missing') {
      throw new CheckFailedError(
        `${options.path}: ${error.message}`,
        refusalFix(error, 'the bundle directory'),
      );
    }
    throw new UsageError(
      `no manifest.yaml in ${options.path}: not a bundle directory`,
      'Pass the bundle directory.',
    );
  }
  const yaml = parseYamlBytes(MANIFEST, bytes);
  const findings: Finding[] = [...yaml.problems];
  const assets = listAssets(root);
  const result: BundleResult = { dependencies: [], files: [], findings };
  if (yaml.problems.length > 0) return result;
  findings.push(...checkManifest(yaml, assets));
  const deps = getAt(yaml.value, '/dependencies');
  const referenced = new Set<string>([String(getAt(yaml.value, '/icon') ?? '')]);
  if (Array.isArray(deps)) {
    for (const [i, dep] of deps.entries()) {
      const checked = await checkDependency(yaml, i, dep, root, assets);
      findings.push(...checked.findings);
      if (checked.asset) referenced.add(checked.asset);
      if (dep && typeof dep === 'object') result.dependencies.push(dep as BundleDependency);
    }
  }
  for (const asset of assets) {
    if (!referenced.has(asset) && (asset.endsWith('.difypkg') || /^[0-9a-f]{64}$/.test(asset))) {
      findings.push(
        finding('DPR423', `_assets/${asset} looks like a plugin package, but no dependency names it`, {
          file: `_assets/${asset}`,
          fix: 'Add a `package` dependency with this path, or remove the file.',
        }),
      );
    }
  }
  result.name = yaml.scalarText('/name');
  result.version = yaml.scalarText('/version');
  if (countFindings(findings).errors > 0 || !result.name || !result.version) return result;

  const readmes = readReadmes(root, findings);
  for (const asset of assets) {
    const problem = unreadable(path.join(root, '_assets', ...asset.split('/')), `_assets/${asset}`);
    if (problem) {
      findings.push(
        finding('DPR407', problem.message, {
          file: `_assets/${asset}`,
          fix: problem.fix ?? 'Fix its permissions, or remove it from _assets/.',
        }),
      );
    }
  }
  if (countFindings(findings).errors > 0) return result;
  const entries = [MANIFEST, ...readmes.keys(), ...assets.map((a) => `_assets/${a}`)].sort(byteOrder);
  const outDir = path.resolve(cwd, options.outDir ?? '.');
  ensureDir(outDir);
  const fileName = `${safeName(result.name)}-${safeName(result.version)}.difybndl`;
  const target = path.join(outDir, fileName);
  const temp = tempPathFor(target);
  const writer = await ZipWriter.create(temp);
  try {
    for (const entry of entries) {
      const data = readmes.get(entry) ?? readSource(root, entry);
      await writer.addBuffer(entry, data);
    }
    const done = await writer.finish();
    commit(temp, target);
    Object.assign(result, { path: target, sha256: done.sha256, size: done.size, files: entries });
    updateSums(outDir, fileName, done.sha256);
  } catch (error) {
    await writer.abort();
    throw outputFailure(error, target);
  }
  return result;
}

/**
 * The root files whose name starts with README, as the Dify CLI bundles them, read now: a symlink is
 * followed only inside the bundle directory's repository (never to /etc/hostname), and a broken
 * link or an unreadable file is a finding, not a crash.
 */
function readReadmes(root: string, findings: Finding[]): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const realRoot = realpathOr(root);
  const boundary = realpathOr(repositoryRoot(root) ?? root);
  const names = readdirSync(root)
    .filter((f) => f.startsWith('README'))
    .sort(byteOrder);
  for (const name of names) {
    const full = path.join(root, name);
    let stats: ReturnType<typeof lstatSync>;
    try {
      stats = lstatSync(full);
    } catch {
      continue; // gone meanwhile
    }
    if (stats.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(full);
      } catch {
        findings.push(
          finding('DPR303', `${name} is a broken symlink`, {
            file: name,
            fix: 'Remove the link or point it at a file in the bundle directory.',
          }),
        );
        continue;
      }
      if (!isInside(boundary, target)) {
        findings.push(
          finding(
            'DPR303',
            `${name} is a symlink to ${target}, outside the ${boundary === realRoot ? 'bundle directory' : 'repository'} (${boundary})`,
            {
              file: name,
              fix: 'Copy the file into the bundle directory instead: a link out of it is not reproducible.',
            },
          ),
        );
        continue;
      }
      const targetRel = path.relative(boundary, target).split(path.sep).join('/');
      const secret = inGitDir(targetRel) ? GIT_DIR_REASON : secretReason(targetRel);
      if (secret) {
        findings.push(
          finding('DPR401', `${name} is a symlink to ${targetRel}, which looks like a secret: ${secret}`, {
            file: name,
            fix: 'Point it at the README it stands for, or copy that README into the bundle directory.',
          }),
        );
        continue;
      }
      try {
        stats = lstatSync(target);
      } catch {
        continue;
      }
    }
    if (stats.isDirectory()) continue;
    if (!stats.isFile()) {
      findings.push(
        finding('DPR407', `${name} is not a regular file (a socket, pipe or device)`, {
          file: name,
          fix: 'Remove it from the bundle directory.',
        }),
      );
      continue;
    }
    try {
      out.set(name, readRegularFile(full, { maxBytes: LIMITS.maxTextBytes, root: boundary, label: name }));
    } catch (error) {
      findings.push(
        finding(
          'DPR407',
          error instanceof FileReadError ? error.message : `${name} cannot be read (${whyUnreadable(error)})`,
          {
            file: name,
            fix: 'Fix its permissions, or remove it from the bundle directory.',
          },
        ),
      );
    }
  }
  return out;
}

/**
 * Why an asset cannot be bundled, or `undefined` when it can: opened as the one reader opens (a
 * pipe or a device is refused, never waited on), at most the daemon's bundle size.
 */
function unreadable(file: string, label: string): { message: string; fix?: string } | undefined {
  try {
    closeSync(openRegularFile(file, { maxBytes: LIMITS.maxBundleBytes, label }).fd);
    return undefined;
  } catch (error) {
    if (error instanceof FileReadError) return { message: error.message, fix: refusalFix(error, '_assets/') };
    return { message: `${label} cannot be read (${whyUnreadable(error)})` };
  }
}

function whyUnreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : errorMessage(error);
}

/** An asset's bytes; a file that fails now (after the readability check) is the bundle's problem. */
function readSource(root: string, entry: string): Buffer {
  try {
    return readRegularFile(path.join(root, ...entry.split('/')), {
      maxBytes: LIMITS.maxBundleBytes,
      label: entry,
    });
  } catch (error) {
    throw new CheckFailedError(
      `${entry} cannot be read while bundling: ${whyUnreadable(error)}`,
      'Check that nothing else is changing the bundle directory while it is bundled.',
    );
  }
}

function realpathOr(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

function listAssets(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string, depth: number) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory() && depth < LIMITS.maxTreeDepth) walk(path.join(dir, e.name), r, depth + 1);
      else if (e.isFile()) out.push(r);
    }
  };
  walk(path.join(root, '_assets'), '', 0);
  return out.sort(byteOrder);
}

function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '_');
}
