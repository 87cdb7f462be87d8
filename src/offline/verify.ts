/**
 * `verify --offline-install`: the proof, before shipping, that the intranet install will work.
 * Gates, in order: the daemon takes the requirements path whatever its settings; every wheel
 * installs on the target; the wheels hold every dependency (pip resolves requirements.txt against
 * them for the target, on any machine); and, on a machine of the target's platform with its
 * Python, a fresh environment installs them with no network and imports the plugin's entrypoint.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { finding } from '../core/codes.js';
import { DprError, errorMessage } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import { isInside } from '../core/paths.js';
import type { Gate } from '../core/report.js';
import type { StageContext } from '../io/context.js';
import { MANIFEST } from '../manifest/plugin-types.js';
import { parseRequirementsText } from '../python/project.js';
import { withTempDir } from '../testing/temp.js';
import { parseYamlBytes } from '../yaml/parse-bytes.js';
import { getAt } from '../yaml/pointer.js';
import { extractPackage } from '../zip/extract.js';
import { type InstallOutcome, installAndImport } from './install.js';
import { type Isolation, probeIsolation } from './isolation.js';
import { daemonPath, installsFromWheels } from './layout.js';
import { resolveForTarget } from './resolve.js';
import { unpackLimit } from './sizes.js';
import { compatibility, parseWheelName } from './tags.js';
import { describeTarget, type Target } from './targets.js';
import { findUv, hostProblem } from './verify-host.js';
import { inferTarget, listFiles, type TargetSource, wheelProblem } from './verify-package.js';

export interface OfflineInstallInput {
  package: string;
  maxSize?: number;
  /** Cut the network with a namespace when the machine allows it (default); false: never (tests). */
  isolate?: boolean;
  /** The machine, as Node names it (default: this one). */
  host?: { platform: NodeJS.Platform; arch: string };
}

export interface OfflineInstallResult {
  target?: Target;
  /** How the target was known. */
  targetFrom: TargetSource;
  gates: Gate[];
  findings: Finding[];
  wheels: { file: string; tag?: string; problem?: string }[];
  install?: InstallOutcome & { isolation: Isolation['kind']; python: string };
}

export async function verifyOfflineInstall(
  input: OfflineInstallInput,
  ctx: StageContext,
): Promise<OfflineInstallResult> {
  const file = path.resolve(ctx.cwd, input.package);
  return withTempDir('dpr-offline-verify-', async (work) => {
    const dir = path.join(work, 'package');
    await extractPackage(file, dir, { maxUncompressed: unpackLimit(input.maxSize) });
    return check(dir, work, input, ctx);
  });
}

async function check(
  dir: string,
  work: string,
  input: OfflineInstallInput,
  ctx: StageContext,
): Promise<OfflineInstallResult> {
  const findings: Finding[] = [];
  const gates: Gate[] = [];
  const files = new Set(listFiles(dir));
  const requirementsText = files.has('requirements.txt')
    ? readFileSync(path.join(dir, 'requirements.txt'), 'utf8')
    : '';
  const manifest = files.has(MANIFEST)
    ? parseYamlBytes(MANIFEST, readFileSync(path.join(dir, MANIFEST)))
    : undefined;

  // 1. The install path, as every daemon version chooses it.
  const paths = [
    { settings: 'PIP_MIRROR_URL unset', path: daemonPath(files, { mirror: false }) },
    { settings: 'PIP_MIRROR_URL set', path: daemonPath(files, { mirror: true }) },
    {
      settings: 'PLUGIN_IGNORE_UV_LOCK=true',
      path: daemonPath(files, { mirror: false, ignoreUvLock: true }),
    },
  ];
  const layout: string[] = [];
  for (const p of paths)
    if (p.path !== 'uv pip install -r requirements.txt')
      layout.push(`with ${p.settings} the daemon runs ${p.path}`);
  const links = installsFromWheels(requirementsText);
  const wheelsDir = links.findLinks ? path.resolve(dir, links.findLinks) : undefined;
  if (!files.has('requirements.txt')) layout.push('there is no requirements.txt');
  else {
    if (!links.noIndex) layout.push('requirements.txt does not say --no-index, so uv asks an index');
    if (!wheelsDir || !isInside(dir, wheelsDir) || !existsSync(wheelsDir)) {
      layout.push(
        `requirements.txt names no --find-links folder inside the package${links.findLinks ? ` (${links.findLinks})` : ''}`,
      );
    }
  }
  for (const l of layout) findings.push(finding('DPR450', l, { file: 'requirements.txt' }));
  gates.push({
    id: 'install-path',
    title: 'every daemon takes the requirements path, from ./wheels only',
    status: layout.length ? 'failed' : 'passed',
    required: true,
    evidence: paths.map((p) => `${p.settings}: ${p.path}`),
    ...(layout.length ? { reason: layout.join('; ') } : {}),
  });

  // 2. The target, and every wheel's tags against it.
  const wheelFiles = wheelsDir && existsSync(wheelsDir) ? readdirSync(wheelsDir).sort() : [];
  const { t, from } = inferTarget(requirementsText, wheelFiles, manifest?.value, input.host);
  const wheels: OfflineInstallResult['wheels'] = [];
  for (const f of wheelFiles) {
    const w = parseWheelName(f);
    if (!w) {
      wheels.push({ file: f, problem: 'not a wheel file name' });
      findings.push(
        finding('DPR456', `${links.findLinks}/${f} is not a wheel: nothing is built on the daemon offline`),
      );
      continue;
    }
    const damaged = await wheelProblem(path.join(wheelsDir!, f), w.name, w.version);
    if (damaged) {
      wheels.push({ file: f, problem: damaged });
      findings.push(finding('DPR456', `${links.findLinks}/${f}: ${damaged}`));
      continue;
    }
    const c = compatibility(w, t);
    wheels.push(c.ok ? { file: f, tag: c.tag } : { file: f, problem: c.reason });
    if (!c.ok) findings.push(finding('DPR451', `${f} does not install on ${describeTarget(t)}: ${c.reason}`));
  }
  const badWheels = wheels.filter((w) => w.problem);
  gates.push({
    id: 'wheel-tags',
    title: `every wheel installs on ${t.name}`,
    status: badWheels.length ? 'failed' : 'passed',
    required: true,
    evidence: [
      `target ${describeTarget(t)}, from ${from}`,
      `${wheels.length - badWheels.length} of ${wheels.length} wheels fit`,
    ],
    ...(badWheels.length ? { reason: badWheels.map((w) => `${w.file}: ${w.problem}`).join('; ') } : {}),
  });

  // 3. The wheels hold every dependency: pip resolves requirements.txt against them for the target.
  const requirements = parseRequirementsText(requirementsText)
    .filter((l) => l.kind === 'requirement')
    .map((l) => l.value);
  gates.push(await resolutionGate(requirements, wheelsDir, t, work, ctx, findings));

  // 4 and 5. A real install with no network, and the import, where this machine can run the target.
  const entrypoint = String(getAt(manifest?.value, '/meta/runner/entrypoint') ?? 'main');
  const result: OfflineInstallResult = { target: t, targetFrom: from, gates, findings, wheels };
  if (gates.some((g) => g.status === 'failed')) {
    for (const id of ['install', 'import'])
      gates.push({
        id,
        title: titleOf(id, entrypoint),
        status: 'skipped',
        required: true,
        evidence: [],
        reason: 'an earlier gate failed',
      });
    return result;
  }
  const host = input.host ?? { platform: process.platform, arch: process.arch };
  const cannot = await hostProblem(host, t, wheels, ctx);
  if ('reason' in cannot) {
    findings.push(
      finding(
        'DPR454',
        `the wheels were checked against ${t.name} (tags and resolution), but the install and the import could not be run here: ${cannot.reason}`,
      ),
    );
    for (const id of ['install', 'import'])
      gates.push({
        id,
        title: titleOf(id, entrypoint),
        status: 'skipped',
        required: true,
        evidence: [],
        reason: cannot.reason,
      });
    return result;
  }
  const isolation: Isolation =
    input.isolate === false
      ? { kind: 'none', prefix: [], reason: 'turned off' }
      : await probeIsolation(ctx.ports.processes, host.platform);
  if (isolation.kind === 'none') {
    findings.push(
      finding(
        'DPR455',
        `no network namespace (${isolation.reason}): the install ran with the installer's --no-index/--offline only`,
      ),
    );
  }
  const uv = await findUv(ctx);
  const outcome = await installAndImport({
    runner: ctx.ports.processes,
    isolation,
    python: cannot.python,
    packageDir: dir,
    workDir: path.join(work, 'env'),
    entrypoint,
    uv,
    env: ctx.env,
  });
  result.install = { ...outcome, isolation: isolation.kind, python: cannot.python };
  const evidence = [
    `${outcome.installer} on ${cannot.python} (${cannot.version})`,
    isolation.kind === 'namespace'
      ? `no network: ${isolation.prefix.join(' ')}`
      : `network not cut (${isolation.reason})`,
    ...outcome.commands,
  ];
  if (!outcome.installed) {
    findings.push(
      finding('DPR452', `the offline install failed on ${t.name}: ${outcome.output ?? ''}`, {
        file: 'requirements.txt',
      }),
    );
  } else if (!outcome.imported) {
    findings.push(
      finding('DPR453', `import ${entrypoint} failed after the offline install: ${outcome.output ?? ''}`),
    );
  }
  gates.push({
    id: 'install',
    title: titleOf('install', entrypoint),
    status: outcome.installed ? 'passed' : 'failed',
    required: true,
    evidence,
    ...(outcome.installed ? {} : { reason: outcome.output }),
  });
  gates.push({
    id: 'import',
    title: titleOf('import', entrypoint),
    status: !outcome.installed ? 'skipped' : outcome.imported ? 'passed' : 'failed',
    required: true,
    evidence: outcome.installed ? [`cwd: the unpacked package; python -c "import ${entrypoint}"`] : [],
    ...(!outcome.installed
      ? { reason: 'the install failed' }
      : outcome.imported
        ? {}
        : { reason: outcome.output }),
  });
  return result;
}

function titleOf(id: string, entrypoint: string): string {
  return id === 'install'
    ? 'a fresh environment installs the wheels with no network'
    : `the entrypoint imports (import ${entrypoint})`;
}

async function resolutionGate(
  requirements: string[],
  wheelsDir: string | undefined,
  t: Target,
  work: string,
  ctx: StageContext,
  findings: Finding[],
): Promise<Gate> {
  const base = { id: 'resolution', title: 'the wheels hold every dependency for the target', required: true };
  if (!wheelsDir || !existsSync(wheelsDir))
    return { ...base, status: 'failed', evidence: [], reason: 'no wheels folder' };
  try {
    const resolved = await resolveForTarget({
      python: ctx.env.DPR_PYTHON || 'python3',
      target: t,
      requirements,
      constraints: [],
      findLinks: [wheelsDir],
      noIndex: true,
      workDir: path.join(work, 'resolve'),
      env: ctx.env,
      runner: ctx.ports.processes,
    });
    const problems = resolved.findings.map((f) =>
      finding(
        'DPR452',
        `a wheel is missing from the package: ${f.message.replace(/the wheelhouse/g, 'wheels/')}`,
        {
          file: 'requirements.txt',
        },
      ),
    );
    findings.push(...problems);
    return {
      ...base,
      status: problems.length ? 'failed' : 'passed',
      evidence: [
        `pip ${resolved.pip?.pip ?? '?'} --no-index --find-links wheels/ for ${t.name}: ${resolved.wheels.length} wheels`,
      ],
      ...(problems.length ? { reason: problems.map((p) => p.message).join('; ') } : {}),
    };
  } catch (error) {
    if (!(error instanceof DprError)) throw error;
    return { ...base, status: 'skipped', evidence: [], reason: errorMessage(error) };
  }
}
