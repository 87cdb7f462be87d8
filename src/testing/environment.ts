import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EnvironmentError } from '../core/errors.js';
import { onInterrupt, type ProcessRunner } from '../io/process.js';
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
  unsatisfied,
  uvSync,
} from './install.js';
import { type Interpreter, probePython } from './interpreter.js';
import { QUICK_TIMEOUT_MS, TOP_UP_TIMEOUT_MS } from './limits.js';
import type { Dependencies } from './requirements.js';

export interface EnvironmentOptions {
  interpreter: Interpreter;
  deps: Dependencies;
  /** Where the dependency files are: the plugin root, or the unpacked package. */
  root: string;
  cacheDir: string;
  /** The plugin's environment (runner internals removed): every program here runs with it. */
  env: NodeJS.ProcessEnv;
  tree: ProcessRunner;
  log: (message: string) => void;
  /** Throw the cached environment away and build it again. */
  rebuild?: boolean;
  /** Time limit of each install command. */
  installTimeoutMs?: number;
}

export interface PreparedEnvironment {
  entry: EnvEntry;
  marker: EnvMarker;
  /** Taken from the cache, not built: at most the requirements it lacked were installed. */
  reused: boolean;
  /** A reused environment lacked requirements, and installing them was tried again. */
  updated?: boolean;
}

/**
 * The isolated environment the tests run in: a venv on top of the chosen interpreter (with its site
 * packages, so an interpreter that has pytest works offline), with the plugin's dependencies and
 * pytest. Cached by interpreter and dependency files; a missing or corrupted entry is rebuilt.
 *
 * A cached environment is checked before it is used: the base interpreter's packages (which it sees)
 * may have changed since, and requirements that could not be installed (no index reachable) are
 * tried again, quickly, so an environment built offline does not lack them for ever.
 */
export async function prepareEnvironment(o: EnvironmentOptions): Promise<PreparedEnvironment> {
  const entry = entryFor(o.cacheDir, environmentKey(o.interpreter, o.deps));
  if (!o.rebuild) {
    const marker = readMarker(entry);
    if (marker && !(await lacking(o, entry, marker))) return { entry, marker, reused: true };
  }
  return withLock(
    entry,
    async () => {
      if (!o.rebuild) {
        // Another run may have built (or completed) it while this one waited for the lock.
        const marker = readMarker(entry);
        if (marker) {
          if (!(await lacking(o, entry, marker))) return { entry, marker, reused: true };
          const updated = await topUp(o, entry, marker);
          writeMarker(entry, updated);
          return { entry, marker: updated, reused: true, updated: true };
        }
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
      // Interrupted half-way, the entry is removed (a later run would rebuild it anyway).
      const release = onInterrupt(() => discard(entry));
      try {
        const marker = await build(o, entry);
        writeMarker(entry, marker);
        return { entry, marker, reused: false };
      } catch (error) {
        discard(entry);
        throw error;
      } finally {
        release();
      }
    },
    {
      onWait: (owner) =>
        o.log(`Waiting for another run (${owner}) to build the test environment ${entry.key}`),
    },
  );
}

function installContext(o: EnvironmentOptions, entry: EnvEntry, timeoutMs: number): InstallContext {
  return {
    python: entry.python,
    venv: entry.venv,
    root: o.root,
    env: o.env,
    tree: o.tree,
    log: o.log,
    timeoutMs,
  };
}

/**
 * Whether a cached environment lacks requirements: some could not be installed when it was built,
 * or (pip) the interpreter it sees no longer satisfies one it relied on (one Python call). Requirements
 * that name no distribution (paths, URLs) are not checked: their content is in the cache key.
 */
async function lacking(o: EnvironmentOptions, entry: EnvEntry, marker: EnvMarker): Promise<boolean> {
  if (marker.missing.length > 0) {
    // Retry what could not be downloaded, but not on every run: offline, each try costs seconds.
    const tried = Date.parse(marker.missingTriedAt ?? marker.createdAt);
    if (!(Date.now() - tried < RETRY_MISSING_AFTER_MS)) return true;
  }
  if (o.deps.mode !== 'pip') return false;
  const known = new Set(marker.missing.map((m) => m.requirement));
  const named = o.deps.requirements.filter((q) => q.name && !known.has(q.text));
  return (await unsatisfied(installContext(o, entry, QUICK_TIMEOUT_MS), named)).length > 0;
}

/** Install what a cached environment lacks (offline first, giving up quickly on an unreachable index). */
async function topUp(o: EnvironmentOptions, entry: EnvEntry, marker: EnvMarker): Promise<EnvMarker> {
  const ctx: InstallContext = { ...installContext(o, entry, TOP_UP_TIMEOUT_MS), quick: true };
  o.log(
    marker.missing.length > 0
      ? `The cached test environment ${entry.key} lacks ${marker.missing.map((m) => m.requirement).join(', ')}: trying to install again`
      : `The cached test environment ${entry.key} no longer satisfies ${o.deps.file}: installing what it lacks`,
  );
  let missing: MissingRequirement[] = [];
  if (o.deps.mode === 'pip') missing = await pipInstall(ctx, o.deps.file!, o.deps.requirements);
  else if (o.deps.mode === 'uv') missing = await uvSync(ctx);
  return { ...marker, missing, missingTriedAt: new Date().toISOString() };
}

/** How long a cached environment's missing requirements are left alone before they are tried again. */
const RETRY_MISSING_AFTER_MS = 10 * 60_000;

async function build(o: EnvironmentOptions, entry: EnvEntry): Promise<EnvMarker> {
  const timeoutMs = o.installTimeoutMs ?? 15 * 60_000;
  o.log(`Creating the test environment (Python ${o.interpreter.version}) in ${entry.dir}`);
  const created = await o.tree.run(
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
  const ctx = installContext(o, entry, timeoutMs);
  let missing: MissingRequirement[] = [];
  if (o.deps.mode === 'pip') missing = await pipInstall(ctx, o.deps.file!, o.deps.requirements);
  else if (o.deps.mode === 'uv') missing = await uvSync(ctx);

  const probe = await probePython(o.tree, entry.python, installerEnv(ctx));
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
  const probe = await probePython(o.tree, entry.python, o.env);
  if (!probe.result || o.interpreter.sitePackages.length === 0) return;
  writeFileSync(
    path.join(probe.result.purelib, '_dpr_interpreter_venv.pth'),
    `${o.interpreter.sitePackages.join('\n')}\n`,
  );
  o.log(`The test environment also sees the packages of ${o.interpreter.prefix}`);
}
