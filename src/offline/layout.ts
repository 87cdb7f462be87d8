/**
 * What an offline package holds besides the plugin, and how the daemon takes it: a fully pinned
 * `requirements.txt` that installs from `./wheels` only, and no `pyproject.toml` or `uv.lock`.
 *
 * The daemon's choice (setup_python_environment.go, `detectDependencyFileType`, read at HEAD
 * 2026-08-21 and unchanged in substance since the requirements path was the only one): with
 * PIP_MIRROR_URL set and requirements.txt present → `uv pip install -i MIRROR -r requirements.txt`;
 * else pyproject.toml present → `uv sync --no-dev` (`--frozen` with uv.lock unless
 * PLUGIN_IGNORE_UV_LOCK); else requirements.txt → `uv pip install -r requirements.txt`. uv ORs a
 * requirements file's `--no-index` with the command line's (IndexLocations::combine), so a mirror
 * given with `-i` is never asked either.
 */
import type { ResolvedWheel } from './resolve.js';
import type { Target } from './targets.js';

export const WHEELS_DIR = 'wheels';

/** The files an offline package never carries from its source (they would change the install path or be stale). */
export const REPLACED = ['requirements.txt', 'pyproject.toml', 'uv.lock', '.verification.dify.json'] as const;

/** The first line of an offline requirements.txt, and how a later run recognises the target. */
export const TARGET_LINE = /^# target: (linux\/(?:amd64|arm64)) python (3\.\d+)$/m;

/**
 * The plugin's own requirements, kept as comments in an offline requirements.txt: packaging it again
 * (for another target too) resolves them afresh, with the pins below them as constraints.
 */
export const REQUIREMENT_COMMENT = /^# requirement: (.+)$/gm;

/**
 * The requirements.txt of an offline package: the target, the plugin's requirements (comments),
 * the options, then one `name==version` per wheel, sorted.
 */
export function offlineRequirements(
  t: Target,
  wheels: readonly ResolvedWheel[],
  requirements: readonly string[],
): string {
  const pins = wheels.map((w) => `${w.wheel.name}==${w.wheel.version}`).sort();
  return [
    `# target: ${t.name} python ${t.python.minor}`,
    '# Offline requirements (dify-plugin-release package --offline): every dependency is a wheel',
    '# under ./wheels, pinned here; nothing is downloaded when the plugin daemon installs it.',
    '# The plugin requires:',
    ...requirements.map((r) => `# requirement: ${r.replace(/[\r\n]+/g, ' ')}`),
    '--no-index',
    `--find-links ./${WHEELS_DIR}`,
    ...pins,
    '',
  ].join('\n');
}

export type DaemonPath =
  | 'uv pip install -r requirements.txt'
  | 'uv sync --no-dev'
  | 'uv sync --no-dev --frozen'
  | 'none';

/** The install command the daemon runs for a package with these files (see the file comment). */
export function daemonPath(
  files: ReadonlySet<string>,
  settings: { mirror: boolean; ignoreUvLock?: boolean },
): DaemonPath {
  if (settings.mirror && files.has('requirements.txt')) return 'uv pip install -r requirements.txt';
  if (files.has('pyproject.toml')) {
    return files.has('uv.lock') && !settings.ignoreUvLock ? 'uv sync --no-dev --frozen' : 'uv sync --no-dev';
  }
  if (files.has('requirements.txt')) return 'uv pip install -r requirements.txt';
  return 'none';
}

/** Whether a requirements.txt installs from `./wheels` only (`--no-index` and a local `--find-links wheels`). */
export function installsFromWheels(text: string): { noIndex: boolean; findLinks: string | undefined } {
  let noIndex = false;
  let findLinks: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    const tokens = line.split(/\s+/);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token === '--no-index') noIndex = true;
      const eq = /^(?:-f|--find-links)=(.+)$/.exec(token)?.[1];
      const value = eq ?? (token === '-f' || token === '--find-links' ? tokens[i + 1] : undefined);
      if (value) findLinks = value;
    }
  }
  return { noIndex, findLinks };
}
