/**
 * `bundle`: a bundle directory (manifest.yaml with `type: bundle`, `_assets/`, README files) →
 * `<name>-<version>.difybndl` (dify-format.md §4). The manifest is checked as the daemon's entities
 * define it, each problem at its line; embedded packages are opened with the safe reader. The zip is
 * written like a package (sorted, deterministic), unlike the Dify CLI, whose map order varies.
 */
import {
  closeSync,
  type Dirent,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
} from 'node:fs';
import path from 'node:path';
import common from '../../schemas/common.schema.json' with { type: 'json' };
import { finding } from '../core/codes.js';
import { CheckFailedError, DprError, EnvironmentError, errorMessage, UsageError } from '../core/errors.js';
import { countFindings, type Finding } from '../core/finding.js';
import { byteOrder, isInside, repositoryRoot } from '../core/paths.js';
import { getAt, parseYamlBytes, type YamlFile } from '../manifest/yaml-file.js';
import { GIT_DIR_REASON, inGitDir, secretReason } from './file-rules.js';
import { commit, ensureDir, tempPathFor, updateSums } from './output.js';
import { openPackage } from './zip-reader.js';
import { ZipWriter } from './zip-writer.js';

const V = String.raw`\d{1,4}(\.\d{1,4}){2}(-\w{1,16})?`;
const X = String.raw`(\d{1,4}|[xX])`;
const VER = String.raw`([~^]?${V}|${X}(\.${X}){2}|${V}-${V})`;
/** bundle_entities/dependency.go: GITHUB_DEPENDENCY_PATTERN, MARKETPLACE_DEPENDENCY_PATTERN. */
export const GITHUB_PATTERN = new RegExp(`^[a-z0-9_-]{1,64}/[a-z0-9_-]{1,128}:${VER}/[^/]+$`);
export const MARKETPLACE_PATTERN = new RegExp(`^[a-z0-9_-]{1,64}/[a-z0-9_-]{1,128}:${VER}$`);
const VERSION = new RegExp(`^${V}$`);
const TAGS = new Set<string>(common.definitions.tag.enum);
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
    bytes = readFileSync(path.join(root, MANIFEST));
  } catch {
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
  result.name = str(getAt(yaml.value, '/name'));
  result.version = str(yaml.plainNonStrings.get('/version') ?? getAt(yaml.value, '/version'));
  if (countFindings(findings).errors > 0 || !result.name || !result.version) return result;

  const readmes = readReadmes(root, findings);
  for (const asset of assets) {
    const problem = unreadable(path.join(root, '_assets', ...asset.split('/')));
    if (problem) {
      findings.push(
        finding('DPR407', `_assets/${asset} cannot be read (${problem})`, {
          file: `_assets/${asset}`,
          fix: 'Fix its permissions, or remove it from _assets/.',
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
    if (!(error instanceof DprError) && typeof (error as NodeJS.ErrnoException)?.code === 'string') {
      throw new EnvironmentError(
        `cannot write ${target}: ${errorMessage(error)}`,
        'Free some space on the output file system, or choose a writable output directory with -o.',
      );
    }
    throw error;
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
      out.set(name, readFileSync(full));
    } catch (error) {
      findings.push(
        finding('DPR407', `${name} cannot be read (${whyUnreadable(error)})`, {
          file: name,
          fix: 'Fix its permissions, or remove it from the bundle directory.',
        }),
      );
    }
  }
  return out;
}

/** Why a file cannot be opened for reading, or `undefined` when it can. */
function unreadable(file: string): string | undefined {
  try {
    closeSync(openSync(file, 'r'));
    return undefined;
  } catch (error) {
    return whyUnreadable(error);
  }
}

function whyUnreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : errorMessage(error);
}

/** An asset's bytes; a file that fails now (after the readability check) is the bundle's problem. */
function readSource(root: string, entry: string): Buffer {
  try {
    return readFileSync(path.join(root, ...entry.split('/')));
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

function checkManifest(yaml: YamlFile, assets: readonly string[]): Finding[] {
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
  const version = str(yaml.plainNonStrings.get('/version') ?? getAt(m, '/version'));
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

async function checkDependency(
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

function listAssets(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(dir, e.name), r);
      else if (e.isFile()) out.push(r);
    }
  };
  walk(path.join(root, '_assets'), '');
  return out.sort(byteOrder);
}

function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '_');
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}
