import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EnvironmentError } from '../core/errors.js';
import type { ProcessRunner } from '../core/process.js';
import type { TreeRunner } from '../core/process-tree.js';
import {
  discard,
  ENV_FORMAT,
  type EnvEntry,
  type EnvMarker,
  entryFor,
  environmentKey,
  type MissingRequirement,
  readMarker,
  withLock,
  writeMarker,
} from './env-cache.js';
import {
  errorTail,
  type InstallContext,
  installerEnv,
  installPytest,
  pipInstall,
  uvSync,
} from './install.js';
import { type Interpreter, probePython } from './interpreter.js';
import type { Dependencies } from './requirements.js';

export interface EnvironmentOptions {
  interpreter: Interpreter;
  deps: Dependencies;
  /** Where the dependency files are: the plugin root, or the unpacked package. */
  root: string;
  cacheDir: string;
  env: NodeJS.ProcessEnv;
  runner: ProcessRunner;
  tree: TreeRunner;
  log: (message: string) => void;
  /** Throw the cached environment away and build it again. */
  rebuild?: boolean;
  /** Time limit of each install command. */
  installTimeoutMs?: number;
}

export interface PreparedEnvironment {
  entry: EnvEntry;
  marker: EnvMarker;
  /** Taken from the cache as it was: nothing was created or installed. */
  reused: boolean;
}

/**
 * The isolated environment the tests run in: a venv on top of the chosen interpreter (with its site
 * packages, so an interpreter that has pytest works offline), with the plugin's dependencies and
 * pytest. Cached by interpreter and dependency files; a missing or corrupted entry is rebuilt.
 */
export async function prepareEnvironment(o: EnvironmentOptions): Promise<PreparedEnvironment> {
  const entry = entryFor(o.cacheDir, environmentKey(o.interpreter, o.deps));
  if (!o.rebuild) {
    const marker = readMarker(entry);
    if (marker) return { entry, marker, reused: true };
  }
  return withLock(
    entry,
    async () => {
      if (!o.rebuild) {
        // Another run may have built it while this one waited for the lock.
        const marker = readMarker(entry);
        if (marker) return { entry, marker, reused: true };
      }
      if (existsSync(entry.dir)) {
        o.log(
          o.rebuild
            ? `Rebuilding the test environment ${entry.key}`
            : `The cached test environment ${entry.key} is incomplete or damaged: rebuilding it`,
        );
        discard(entry);
      }
      mkdirSync(entry.dir, { recursive: true });
      try {
        const marker = await build(o, entry);
        writeMarker(entry, marker);
        return { entry, marker, reused: false };
      } catch (error) {
        discard(entry);
        throw error;
      }
    },
    {
      onWait: (owner) =>
        o.log(`Waiting for another run (${owner}) to build the test environment ${entry.key}`),
    },
  );
}

async function build(o: EnvironmentOptions, entry: EnvEntry): Promise<EnvMarker> {
  const timeoutMs = o.installTimeoutMs ?? 15 * 60_000;
  o.log(`Creating the test environment (Python ${o.interpreter.version}) in ${entry.dir}`);
  const created = await o.tree.runTree(
    o.interpreter.executable,
    ['-m', 'venv', '--system-site-packages', '--without-pip', entry.venv],
    { env: o.env, timeoutMs },
  );
  if (created.code !== 0 || !existsSync(entry.python)) {
    throw new EnvironmentError(
      `cannot create a virtual environment with ${o.interpreter.executable}: ${errorTail(`${created.stdout}\n${created.stderr}`, 3) || `exit code ${created.code}`}`,
      'Install the venv module (Debian/Ubuntu: apt-get install python3-venv), or pass --python another interpreter.',
    );
  }
  if (o.interpreter.isVenv) await inheritVenv(o, entry);
  const ctx: InstallContext = {
    python: entry.python,
    venv: entry.venv,
    root: o.root,
    env: o.env,
    runner: o.runner,
    tree: o.tree,
    log: o.log,
    timeoutMs,
  };
  let missing: MissingRequirement[] = [];
  if (o.deps.mode === 'pip') missing = await pipInstall(ctx, o.deps.file!, o.deps.requirements);
  else if (o.deps.mode === 'uv') missing = await uvSync(ctx);

  const probe = await probePython(o.runner, entry.python, installerEnv(ctx));
  if (!probe.result) {
    throw new EnvironmentError(
      `the test environment's python does not run: ${errorTail(probe.stderr, 3) || `exit code ${probe.code}`}`,
      `Delete ${entry.dir} and run again, or pass --python another interpreter.`,
    );
  }
  let pytest: EnvMarker['pytest'] = o.interpreter.hasPytest ? 'interpreter' : 'dependencies';
  if (!probe.result.pytest) {
    await installPytest(ctx, o.deps.mode === 'uv' ? 'uv' : 'pip');
    pytest = 'installed';
  }
  return {
    format: ENV_FORMAT,
    key: entry.key,
    python: { executable: o.interpreter.executable, version: o.interpreter.version },
    mode: o.deps.mode,
    ...(o.deps.file ? { file: o.deps.file } : {}),
    createdAt: new Date().toISOString(),
    missing,
    pytest,
  };
}

/**
 * A venv made from a virtual environment's python sees the base interpreter's packages, not that
 * environment's: add its site-packages with a `.pth` file, so `--python .venv/bin/python` means
 * "with what .venv has" (the test environment's own packages still come first).
 */
async function inheritVenv(o: EnvironmentOptions, entry: EnvEntry): Promise<void> {
  const probe = await probePython(o.runner, entry.python, o.env);
  if (!probe.result || o.interpreter.sitePackages.length === 0) return;
  writeFileSync(
    path.join(probe.result.purelib, '_dpr_interpreter_venv.pth'),
    `${o.interpreter.sitePackages.join('\n')}\n`,
  );
  o.log(`The test environment also sees the packages of ${o.interpreter.prefix}`);
}
