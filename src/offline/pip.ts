/**
 * pip, driven for a target that is not the machine it runs on.
 *
 * `pip download --only-binary=:all: --platform … --python-version … --implementation cp --abi …`
 * chooses wheels by the target's tags, but pip evaluates environment markers (`sys_platform`,
 * `platform_machine`, `python_version`, …) for the interpreter running it, in the requirements and
 * in every dependency's `Requires-Dist`. The small script below corrects that: it replaces
 * packaging's `default_environment()` inside pip (the one function every marker evaluation reads)
 * with the target's, then runs pip's own command line. Everything else is pip's.
 */
import { devNull } from 'node:os';
import type { Target } from './targets.js';
import { markerEnvironment, pipTargetArgs } from './targets.js';

/** Runs `pip <args>` with markers evaluated for the given environment; writes pip's version to a file. */
export const PIP_FOR_TARGET = `
import json, sys
spec = json.loads(sys.argv[1])
try:
    import pip
    from pip._vendor.packaging import markers
    from pip._internal.cli.main import main
except Exception as error:
    sys.stderr.write("DPR-NO-PIP: %s\\n" % error)
    sys.exit(3)
target = dict(spec["markers"])
markers.default_environment = lambda: dict(target)
with open(spec["info"], "w") as f:
    json.dump({"pip": pip.__version__, "python": "%d.%d.%d" % tuple(sys.version_info[:3])}, f)
sys.exit(main(spec["args"]))
`;

/**
 * pip settings that change what is resolved, and are therefore not taken from the environment or
 * from pip's configuration files: the result depends on the command's inputs only. Settings about
 * how to reach an index (certificates, proxies, timeouts, trusted hosts) are kept.
 */
const KEPT_PIP_SETTINGS = new Set([
  'PIP_CERT',
  'PIP_CLIENT_CERT',
  'PIP_TRUSTED_HOST',
  'PIP_DEFAULT_TIMEOUT',
  'PIP_TIMEOUT',
  'PIP_RETRIES',
  'PIP_PROXY',
]);

/** The environment pip runs in: the caller's, without resolution settings, config files off. */
export function pipEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) continue;
    if (key.startsWith('PIP_') && !KEPT_PIP_SETTINGS.has(key)) continue;
    if (key === 'PYTHONPATH' || key === 'PYTHONHOME' || key === 'PYTHONUSERBASE') continue;
    out[key] = value;
  }
  // pip reads no configuration file at all when PIP_CONFIG_FILE is the null device.
  out.PIP_CONFIG_FILE = devNull;
  out.PIP_DISABLE_PIP_VERSION_CHECK = '1';
  out.PIP_NO_INPUT = '1';
  out.PIP_PROGRESS_BAR = 'off';
  out.PYTHONIOENCODING = 'utf-8';
  return out;
}

export interface DownloadArgs {
  requirements: string;
  constraints?: string;
  dest: string;
  findLinks: readonly string[];
  /** An index to use; `undefined` with find-links: the wheelhouse only (`--no-index`); neither: pip's default index. */
  indexUrl?: string;
  noIndex: boolean;
}

/** `pip download …` for the target. */
export function downloadArgs(t: Target, a: DownloadArgs): string[] {
  return [
    'download',
    '-r',
    a.requirements,
    ...(a.constraints ? ['-c', a.constraints] : []),
    '--dest',
    a.dest,
    ...pipTargetArgs(t),
    ...(a.noIndex ? ['--no-index'] : a.indexUrl ? ['--index-url', a.indexUrl] : []),
    ...a.findLinks.flatMap((d) => ['--find-links', d]),
  ];
}

/** The argument the script takes: the target's markers, pip's arguments, where to write pip's version. */
export function scriptSpec(t: Target, args: readonly string[], info: string): string {
  return JSON.stringify({ markers: markerEnvironment(t), args, info });
}
