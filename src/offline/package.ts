/**
 * `package --offline`: one `.difypkg` per target that installs on a Dify with no internet. Every
 * runtime dependency is a wheel under `wheels/` chosen for the target's tags, `requirements.txt`
 * pins exactly those and installs from `./wheels` only, and `pyproject.toml`/`uv.lock` are left out,
 * so every daemon version takes the requirements path (layout.ts). The package is written by the
 * package stage itself: validated, reproducible, ready to be signed like any other.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { readArtifact } from '../artifact/read.js';
import type { Artifact } from '../core/artifact.js';
import { finding } from '../core/codes.js';
import { UsageError } from '../core/errors.js';
import { countFindings, type Finding } from '../core/finding.js';
import type { StageContext } from '../io/context.js';
import { MANIFEST } from '../manifest/plugin-types.js';
import { type PackageResult, packagePlugin } from '../package/package.js';
import { withTempDir } from '../testing/temp.js';
import { parseYamlBytes } from '../yaml/parse-bytes.js';
import { getAt } from '../yaml/pointer.js';
import { extractPackage } from '../zip/extract.js';
import { offlineRequirements, REPLACED, WHEELS_DIR } from './layout.js';
import { type RuntimeRequirements, readRuntimeRequirements } from './requirements.js';
import { type ResolvedWheel, resolveForTarget, withoutPassword } from './resolve.js';
import { type SizeReport, sizeFindings, sizeReport, unpackLimit } from './sizes.js';
import { DAEMON_IMAGE, describeTarget, type Target, targetsFor } from './targets.js';

export interface OfflineInput {
  /** The plugin directory, or a `.difypkg` to repackage (a marketplace download, an earlier offline package). */
  path: string;
  output?: string;
  targets?: string[];
  /** The target's Python minor version (default 3.12, the daemon's). */
  python?: string;
  indexUrl?: string;
  findLinks?: string[];
  maxSize?: number;
  allowFile?: string[];
}

export interface OfflineWheel {
  file: string;
  name: string;
  version: string;
  tag: string;
  size: number;
}

export interface OfflinePackage {
  target: Target;
  /** The target for people: `linux/amd64 (CPython 3.12, manylinux ≤ 2.39 x86_64)`. */
  description: string;
  result?: PackageResult;
  artifact?: Artifact;
  wheels: OfflineWheel[];
  /** The generated requirements.txt. */
  requirements?: string;
  leftOut: { requirement: string; marker: string }[];
  sizes?: SizeReport;
  findings: Finding[];
  /** The pip command that chose the wheels. */
  command: string;
}

export interface OfflineResult {
  /** The input as given, for messages. */
  label: string;
  input: 'directory' | 'package';
  requirementsFrom: RuntimeRequirements['source'];
  /** Where wheels came from: folders, and the index (none: the wheelhouses only). */
  sources: { findLinks: string[]; index: string | null };
  pip?: { pip: string; python: string };
  packages: OfflinePackage[];
  findings: Finding[];
}

export async function packageOffline(input: OfflineInput, ctx: StageContext): Promise<OfflineResult> {
  const file = path.resolve(ctx.cwd, input.path || '.');
  let isPackage = false;
  try {
    isPackage = statSync(file).isFile();
  } catch {
    throw new UsageError(`${input.path} does not exist`, 'Pass the plugin directory or a .difypkg.');
  }
  if (!isPackage) return packageRoot(file, 'directory', input, ctx);
  if (!file.endsWith('.difypkg')) {
    throw new UsageError(`${input.path} is a file, not a plugin directory or a .difypkg`);
  }
  return withTempDir('dpr-offline-src-', async (dir) => {
    const root = path.join(dir, 'plugin');
    await extractPackage(file, root, { maxUncompressed: unpackLimit(input.maxSize) });
    return packageRoot(root, 'package', input, ctx);
  });
}

async function packageRoot(
  root: string,
  kind: OfflineResult['input'],
  input: OfflineInput,
  ctx: StageContext,
): Promise<OfflineResult> {
  const manifest = parseYamlBytes(MANIFEST, readManifest(root, input.path));
  const arch = getAt(manifest.value, '/meta/arch');
  const targets = targetsFor(input.targets, Array.isArray(arch) ? arch.map(String) : [], input.python);
  if (targets.length > 1 && input.output?.endsWith('.difypkg')) {
    throw new UsageError(
      `-o ${input.output}: one file name for ${targets.length} targets`,
      'Give an output directory, or one --target.',
    );
  }
  const findings: Finding[] = [];
  if (targets[0]!.python.minor !== DAEMON_IMAGE.venvPython) {
    findings.push(
      finding(
        'DPR446',
        `the wheels are chosen for Python ${targets[0]!.python.minor}, but the daemon creates every plugin environment with \`uv venv --python ${DAEMON_IMAGE.venvPython}\`: wheels for ${targets[0]!.python.minor} only will not install there`,
      ),
    );
  }
  const reqs = readRuntimeRequirements(root);
  findings.push(...reqs.findings);
  const findLinks = [...reqs.wheelhouses, ...(input.findLinks ?? []).map((d) => wheelhouse(ctx.cwd, d))];
  const noIndex = !input.indexUrl && findLinks.length > 0;
  const result: OfflineResult = {
    label: input.path,
    input: kind,
    requirementsFrom: reqs.source,
    sources: {
      findLinks: findLinks.map((d) => (d.startsWith(root) ? path.relative(root, d) || '.' : d)),
      index: noIndex
        ? null
        : input.indexUrl
          ? withoutPassword(input.indexUrl)
          : 'https://pypi.org/simple (pip’s default)',
    },
    packages: [],
    findings,
  };
  if (countFindings(ctx.policy.apply(findings)).errors > 0) return result;
  const python = ctx.env.DPR_PYTHON || 'python3';
  const inRoot = reqs.wheelhouses.map((d) => path.relative(root, d).split(path.sep).join('/'));
  for (const t of targets) {
    ctx.log(`Choosing wheels for ${describeTarget(t)}`);
    const pkg = await withTempDir('dpr-offline-', async (work) => {
      const resolved = await resolveForTarget({
        python,
        target: t,
        requirements: reqs.requirements,
        constraints: reqs.constraints,
        findLinks,
        indexUrl: input.indexUrl,
        noIndex,
        workDir: work,
        env: ctx.env,
        runner: ctx.ports.processes,
        http: ctx.ports.http,
      });
      result.pip ??= resolved.pip;
      const out: OfflinePackage = {
        target: t,
        description: describeTarget(t),
        wheels: resolved.wheels.map(offlineWheel),
        leftOut: resolved.leftOut,
        findings: [...resolved.findings, ...leftOutFindings(resolved.leftOut, t)],
        command: resolved.command,
      };
      if (countFindings(ctx.policy.apply(out.findings)).errors > 0) return out;
      out.requirements = offlineRequirements(t, resolved.wheels, reqs.requirements);
      out.result = await packagePlugin({
        path: root,
        outDir: input.output,
        cwd: ctx.cwd,
        maxSizeMiB: input.maxSize,
        allowFiles: input.allowFile,
        policy: (f) => ctx.policy.apply(f),
        runner: ctx.ports.processes,
        env: ctx.env,
        onProgress: ctx.progress,
        rewrite: {
          baseName: (name, version) => `${name}-${version}-offline-${t.slug}`,
          exclude: [
            ...REPLACED,
            new RegExp(
              `^(?:${[WHEELS_DIR, ...inRoot].map(escapeRegex).join('|')})/[^/]+\\.(?:whl|tar\\.gz|tar\\.bz2|tar\\.xz|zip|tgz)$`,
            ),
          ],
          add: resolved.wheels.map(asSelected),
          generated: new Map([['requirements.txt', Buffer.from(out.requirements)]]),
        },
      });
      out.findings.push(...out.result.findings);
      if (out.result.path) {
        out.sizes = sizeReport(out.result.size ?? 0, out.result.files);
        out.findings.push(...sizeFindings(out.sizes, path.basename(out.result.path)));
        out.artifact = await readArtifact(out.result.path, {
          limits: { maxUncompressed: unpackLimit(input.maxSize) },
        });
      }
      return out;
    });
    result.packages.push(pkg);
  }
  return result;
}

function offlineWheel(w: ResolvedWheel): OfflineWheel {
  return { file: w.wheel.file, name: w.wheel.name, version: w.wheel.version, tag: w.tag, size: w.size };
}

function asSelected(w: ResolvedWheel): { path: string; size: number; source: string } {
  return { path: `${WHEELS_DIR}/${w.wheel.file}`, size: w.size, source: w.file };
}

function leftOutFindings(leftOut: OfflinePackage['leftOut'], t: Target): Finding[] {
  return leftOut.map((l) =>
    finding(
      'DPR443',
      `${l.requirement} is not packaged for ${t.name}: its marker \`${l.marker}\` is false there`,
      {
        file: 'requirements.txt',
      },
    ),
  );
}

function wheelhouse(cwd: string, dir: string): string {
  const full = path.resolve(cwd, dir);
  let ok = false;
  try {
    ok = statSync(full).isDirectory();
  } catch {
    // reported below
  }
  if (!ok) throw new UsageError(`--find-links ${dir}: no such directory`, 'Give a folder of .whl files.');
  return full;
}

function readManifest(root: string, label: string): Buffer {
  try {
    return readFileSync(path.join(root, MANIFEST));
  } catch {
    throw new UsageError(
      `no manifest.yaml in ${label}: it is not a Dify plugin`,
      'Pass the plugin directory (the folder holding manifest.yaml) or its .difypkg.',
    );
  }
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
