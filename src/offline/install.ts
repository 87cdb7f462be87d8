/**
 * The install the daemon will do, done here first: a fresh environment on the target's Python, the
 * package's requirements.txt installed from its own wheels with no network, then the plugin's
 * entrypoint imported. uv when it is on the machine (the daemon's installer: `uv venv`, then
 * `uv pip install -r requirements.txt` in the package directory with VIRTUAL_ENV set), else the
 * interpreter's venv and pip.
 */
import path from 'node:path';
import type { ProcessRunner } from '../io/process.js';
import { type Isolation, isolated } from './isolation.js';

export const INSTALL_TIMEOUT_MS = 10 * 60 * 1000;
export const IMPORT_TIMEOUT_MS = 2 * 60 * 1000;

/** What the interpreter is and where it runs: the Python version, the machine, the C library. */
export const PROBE = `
import json, platform, sys
try:
    import venv
    has_venv = True
except Exception:
    has_venv = False
lib, ver = platform.libc_ver()
print(json.dumps({"version": "%d.%d.%d" % tuple(sys.version_info[:3]), "implementation": sys.implementation.name,
                  "machine": platform.machine(), "libc": lib, "libcVersion": ver, "venv": has_venv,
                  "executable": sys.executable}))
`;

const IMPORT = `
import importlib, os, sys
sys.path.insert(0, os.getcwd())
importlib.import_module(sys.argv[1])
sys.stdout.write("\\nDPR-IMPORT-OK\\n")
sys.stdout.flush()
os._exit(0)
`;

export interface Probe {
  version: string;
  implementation: string;
  machine: string;
  libc: string;
  libcVersion: string;
  venv: boolean;
  executable: string;
}

export async function probe(
  runner: ProcessRunner,
  python: string,
  env: NodeJS.ProcessEnv,
): Promise<Probe | undefined> {
  const r = await runner.run(python, ['-c', PROBE], { env, timeoutMs: 30_000 });
  if (r.code !== 0) return undefined;
  try {
    return JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as Probe;
  } catch {
    return undefined;
  }
}

/**
 * The target's interpreter on this machine: `$DPR_PYTHON`, `python3.N`, `python3`, the first that is
 * CPython 3.N with venv.
 */
export async function findTargetPython(
  runner: ProcessRunner,
  minor: string,
  env: NodeJS.ProcessEnv,
): Promise<{ python: string; probe: Probe } | { tried: string[] }> {
  const tried: string[] = [];
  const candidates = [env.DPR_PYTHON, `python${minor}`, 'python3'].filter((c): c is string => Boolean(c));
  for (const python of [...new Set(candidates)]) {
    const p = await probe(runner, python, env);
    if (!p) {
      tried.push(`${python}: not found`);
      continue;
    }
    const ok = p.implementation === 'cpython' && p.version.startsWith(`${minor}.`);
    if (ok && p.venv) return { python, probe: p };
    tried.push(`${python}: ${ok ? 'no venv module' : `${p.implementation} ${p.version}`}`);
  }
  return { tried };
}

export interface InstallInput {
  runner: ProcessRunner;
  isolation: Isolation;
  python: string;
  /** The unpacked package: requirements.txt and wheels/ are here, and the entrypoint. */
  packageDir: string;
  /** An empty directory for the environment and caches. */
  workDir: string;
  entrypoint: string;
  /** `uv` to use, when the machine has it. */
  uv?: string;
  env: NodeJS.ProcessEnv;
}

export interface InstallOutcome {
  installer: 'uv' | 'pip';
  /** The commands run, for people. */
  commands: string[];
  installed: boolean;
  imported?: boolean;
  /** The tail of the failing step's output. */
  output?: string;
}

export async function installAndImport(i: InstallInput): Promise<InstallOutcome> {
  const venv = path.join(i.workDir, 'venv');
  const python = path.join(venv, 'bin', 'python');
  const env: NodeJS.ProcessEnv = {
    PATH: i.env.PATH ?? '/usr/bin:/bin',
    HOME: i.workDir,
    LANG: i.env.LANG ?? 'C.UTF-8',
    PYTHONDONTWRITEBYTECODE: '1',
    PIP_CONFIG_FILE: '/dev/null',
    PIP_DISABLE_PIP_VERSION_CHECK: '1',
    PIP_NO_INPUT: '1',
    PIP_ROOT_USER_ACTION: 'ignore',
    UV_CACHE_DIR: path.join(i.workDir, 'uv-cache'),
    UV_NO_CONFIG: '1',
    UV_PYTHON_DOWNLOADS: 'never',
  };
  // Without a namespace, the installers' own switches keep them off the network.
  const offlineFlag = i.isolation.kind === 'none';
  const steps: [string, string[], NodeJS.ProcessEnv][] = i.uv
    ? [
        [i.uv, ['venv', venv, '--python', i.python], env],
        [
          i.uv,
          ['pip', 'install', '-r', 'requirements.txt', ...(offlineFlag ? ['--offline'] : [])],
          { ...env, VIRTUAL_ENV: venv },
        ],
      ]
    : [
        [i.python, ['-m', 'venv', venv], env],
        [python, ['-m', 'pip', 'install', '--no-index', '-r', 'requirements.txt', '--no-cache-dir'], env],
      ];
  const outcome: InstallOutcome = { installer: i.uv ? 'uv' : 'pip', commands: [], installed: false };
  for (const [command, args, stepEnv] of steps) {
    const [c, a] = isolated(i.isolation, command, args);
    outcome.commands.push([c, ...a].join(' '));
    const r = await i.runner.run(c, a, { cwd: i.packageDir, env: stepEnv, timeoutMs: INSTALL_TIMEOUT_MS });
    if (r.code !== 0) {
      outcome.output = tail(`${r.stdout}\n${r.stderr}`) || (r.timedOut ? 'timed out' : `exit code ${r.code}`);
      return outcome;
    }
  }
  outcome.installed = true;
  const [c, a] = isolated(i.isolation, python, ['-c', IMPORT, i.entrypoint]);
  outcome.commands.push(`${[c, ...a.slice(0, -3)].join(' ')} -c "import ${i.entrypoint}"`);
  const r = await i.runner.run(c, a, { cwd: i.packageDir, env, timeoutMs: IMPORT_TIMEOUT_MS });
  outcome.imported = r.code === 0 && r.stdout.includes('DPR-IMPORT-OK');
  if (!outcome.imported) {
    outcome.output = r.timedOut
      ? `the import did not finish within ${IMPORT_TIMEOUT_MS / 1000} s`
      : tail(`${r.stdout}\n${r.stderr}`) || `exit code ${r.code}`;
  }
  return outcome;
}

/** The last lines of an output: where tracebacks and installers' errors are. */
export function tail(text: string, lines = 12): string {
  return text
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim())
    .slice(-lines)
    .join('\n');
}
