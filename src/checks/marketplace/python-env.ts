/**
 * Consistency checks that break releases and installs today (user-pain-points.md §3-4, §6): the
 * manifest and pyproject versions, `requires-python` against the runner and the SDK, and a committed
 * `requirements.txt` against `uv.lock` (compared by pinned names and versions; uv is not run).
 *
 * Severities follow what actually breaks. Dify's runtime installs with its own interpreter (Python
 * 3.12, the only runner version the docs support; `meta.runner.version` does not choose it), so a
 * runner version the project excludes is misleading (warning) unless the project also excludes 3.12
 * (then `uv sync` fails: error). A `requires-python` that admits Pythons the SDK does not support
 * makes uv's resolution fail outright (dify-plugins#3089: "requirements are unsatisfiable").
 */
import { finding } from '../../core/codes.js';
import type { Finding } from '../../core/finding.js';
import {
  admits,
  admitsPython,
  keyLine,
  lowerBound,
  parseRequirement,
  pythonFiles,
  requirementName,
  safeCompare,
  stringLine,
  table,
} from '../../python/project.js';
import type { CheckContext } from './context.js';
import { requirementsFile } from './dependencies.js';

/** The interpreter Dify's plugin runtime uses. */
export const RUNTIME_PYTHON = '3.12';

/**
 * The oldest Python each SDK release line needs: dify-plugin 0.9.0 and later require Python 3.12
 * (user-pain-points.md §4, dify-plugins#3089). Earlier lines are not listed: their floor is not
 * settled by the spec, so nothing is claimed about them.
 */
const SDK_PYTHON: { from: string; python: string }[] = [{ from: '0.9.0', python: '3.12' }];

export async function pythonEnvRules(ctx: CheckContext): Promise<Finding[]> {
  const out: Finding[] = [];
  const { pyproject, lock } = await pythonFiles(ctx);
  const data = pyproject?.data;
  const project = table(data, 'project');
  const runner = ctx.manifestString('/meta/runner/version');

  // Manifest version against [project].version.
  const version = ctx.manifestString('/version');
  const dynamic = Array.isArray(project?.dynamic) && project.dynamic.includes('version');
  if (
    project &&
    typeof project.version === 'string' &&
    version &&
    !dynamic &&
    !sameVersion(project.version, version)
  ) {
    out.push(
      finding(
        'DPR572',
        `manifest.yaml says version ${version} but pyproject.toml's [project].version is ${project.version} (nothing in Dify or the marketplace reads the latter)`,
        {
          severity: 'notice',
          file: 'pyproject.toml',
          line: keyLine(pyproject!.text, 'project', 'version'),
          fix: `Set [project].version to ${version} (bump both together, or let a release script write both).`,
        },
      ),
    );
  }

  const requires =
    typeof project?.['requires-python'] === 'string' ? (project['requires-python'] as string) : undefined;
  const requiresAt = requires
    ? { file: 'pyproject.toml', line: keyLine(pyproject!.text, 'project', 'requires-python') }
    : {};
  if (requires && runner && /^\d+\.\d+(\.\d+)?$/.test(runner)) {
    const ok = admitsPython(runner, requires);
    if (ok === false) {
      const runtimeOk = admitsPython(RUNTIME_PYTHON, requires) === true;
      out.push(
        finding(
          'DPR580',
          `requires-python "${requires}" excludes meta.runner.version ${runner}${runtimeOk ? `; Dify installs with Python ${RUNTIME_PYTHON}, which it admits, so only the manifest is wrong` : `, and Python ${RUNTIME_PYTHON} that Dify installs with: uv sync fails`}`,
          {
            ...requiresAt,
            severity: runtimeOk ? 'warning' : 'error',
            fix: `Set meta.runner.version to "${RUNTIME_PYTHON}" and requires-python to ">=${RUNTIME_PYTHON}".`,
          },
        ),
      );
    }
  }

  // The SDK requirement: from pyproject's dependencies, else requirements.txt.
  const sdk = await sdkRequirement(ctx, data, pyproject?.text);
  const sdkPython = sdk && needsPython(sdk.spec);
  if (sdk && sdkPython && runner && /^\d+\.\d+/.test(runner) && safeCompare(runner, sdkPython) < 0) {
    out.push(
      finding(
        'DPR581',
        `${sdk.raw} needs Python ${sdkPython} or newer, but meta.runner.version is ${runner}`,
        { ...ctx.at('/meta/runner/version'), fix: `Set meta.runner.version to "${RUNTIME_PYTHON}".` },
      ),
    );
  }
  if (sdk?.file === 'pyproject.toml' && sdkPython && requires) {
    const older = olderPythons(sdkPython).find((v) => admitsPython(v, requires) === true);
    if (older) {
      out.push(
        finding(
          'DPR582',
          `requires-python "${requires}" admits Python ${older}, but ${sdk.raw} needs Python ${sdkPython}: uv cannot resolve the project ("requirements are unsatisfiable", dify-plugins#3089)`,
          { ...requiresAt, fix: `Set requires-python = ">=${sdkPython}".` },
        ),
      );
    }
  }

  if (lock && ctx.has('requirements.txt')) out.push(...(await lockRules(ctx, lock)));
  return out;
}

function sameVersion(a: string, b: string): boolean {
  return a === b || admits(a, `==${b}`) === true;
}

/** The oldest Python a specifier of the SDK allows, or undefined when the table says nothing. */
function needsPython(spec: string): string | undefined {
  const low = lowerBound(spec);
  if (!low) return undefined;
  let best: string | undefined;
  for (const row of SDK_PYTHON) if (safeCompare(low, row.from) >= 0) best = row.python;
  return best;
}

function olderPythons(python: string): string[] {
  const minor = Number(python.split('.')[1]);
  return Array.from({ length: Math.max(0, minor - 7) }, (_, i) => `3.${minor - 1 - i}`);
}

async function sdkRequirement(
  ctx: CheckContext,
  data: Record<string, unknown> | undefined,
  text: string | undefined,
): Promise<{ raw: string; spec: string; file: string; line?: number } | undefined> {
  const deps = table(data, 'project')?.dependencies;
  if (Array.isArray(deps)) {
    for (const d of deps) {
      const r = typeof d === 'string' ? parseRequirement(d) : undefined;
      if (r?.key === 'dify-plugin')
        return {
          raw: d as string,
          spec: r.spec,
          file: 'pyproject.toml',
          line: stringLine(text ?? '', d as string),
        };
    }
  }
  if (!ctx.has('requirements.txt')) return undefined;
  for (const r of await requirementsFile(ctx, 'requirements.txt', new Set(), [])) {
    const p = parseRequirement(r.raw);
    if (p?.key === 'dify-plugin') return { raw: r.raw, spec: p.spec, file: r.file, line: r.line };
  }
  return undefined;
}

/**
 * requirements.txt against uv.lock. A daemon with PIP_MIRROR_URL installs requirements.txt; others
 * run `uv sync --frozen` from uv.lock (user-pain-points.md §1): if the two disagree, users get
 * different dependencies depending on how their Dify is configured. The requirements are read as pip
 * reads them (`-r` includes followed, `\` continuations joined, `--hash` options dropped), so the
 * hash-pinned files `uv export` and `pip-compile --generate-hashes` write are compared too.
 */
async function lockRules(
  ctx: CheckContext,
  lock: Map<string, { name: string; version?: string; root: boolean; dependencies: string[] }>,
): Promise<Finding[]> {
  const out: Finding[] = [];
  const listed = new Set<string>();
  for (const req of await requirementsFile(ctx, 'requirements.txt', new Set(), [])) {
    if (req.raw.startsWith('-') || !requirementName(req.raw)) continue; // editable, URL or path
    const r = parseRequirement(req.raw);
    if (!r || r.url) continue;
    listed.add(r.key);
    const at = { file: req.file, line: req.line };
    const locked = lock.get(r.key);
    if (!locked) {
      out.push(
        finding('DPR584', `${req.file} lists ${r.name}, which uv.lock does not lock`, {
          ...at,
          fix: 'Add it to pyproject.toml and run `uv lock`, then regenerate requirements.txt with `uv export --no-dev --no-hashes`.',
        }),
      );
      continue;
    }
    if (!r.spec || !locked.version) continue;
    if (admits(locked.version, r.spec) === false) {
      out.push(
        finding(
          'DPR583',
          `${req.file} asks for ${r.name}${r.spec} but uv.lock locks ${locked.version}: Dify installs one or the other depending on its configuration`,
          {
            ...at,
            fix: 'Regenerate requirements.txt from the lock: `uv export --frozen --no-dev --no-hashes --no-emit-project > requirements.txt`.',
          },
        ),
      );
    }
  }
  const root = [...lock.values()].find((p) => p.root);
  const missing = (root?.dependencies ?? []).filter((d) => !listed.has(d));
  if (missing.length > 0) {
    out.push(
      finding(
        'DPR584',
        `uv.lock's project depends on ${missing.map((d) => lock.get(d)?.name ?? d).join(', ')}, which requirements.txt does not list`,
        {
          file: 'requirements.txt',
          fix: 'Regenerate requirements.txt from the lock: `uv export --frozen --no-dev --no-hashes --no-emit-project > requirements.txt`.',
        },
      ),
    );
  }
  return out;
}
