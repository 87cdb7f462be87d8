/**
 * Building a test environment, the way the official repository's CI does: a virtual environment
 * that sees none of the interpreter's packages (`uv venv` there), the plugin's dependencies
 * (`uv sync --all-groups --frozen`, or the requirements file), and pytest, which offline may come
 * from the interpreter (copied with its own dependencies only). Then it is locked (made read-only)
 * and fingerprinted, so its reuse can be checked.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { EnvironmentError } from '../core/errors.js';
import type { ProcessRunner } from '../io/process.js';
import {
  ENV_FORMAT,
  type EnvEntry,
  type EnvMarker,
  entryRoots,
  type MissingRequirement,
} from './env-cache.js';
import {
  errorTail,
  type InstallContext,
  installerEnv,
  installPytest,
  PIP_TOOLS,
  pipInstall,
  pruneTools,
  uvSync,
} from './install.js';
import { fingerprints, setWritable } from './integrity.js';
import { type Interpreter, type ProbeResult, probePython } from './interpreter.js';
import { buildPytestOverlay } from './overlay.js';
import type { Dependencies } from './requirements.js';

export interface BuildOptions {
  interpreter: Interpreter;
  deps: Dependencies;
  /** Where the dependency files are: the plugin root, or the unpacked package. */
  root: string;
  /** What the installers run with (the plugin's environment, with the package index settings). */
  env: NodeJS.ProcessEnv;
  tree: ProcessRunner;
  log: (message: string) => void;
  /** Time limit of each install command. */
  installTimeoutMs?: number;
}

export function installContext(o: BuildOptions, entry: EnvEntry, timeoutMs: number): InstallContext {
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

/** Install the plugin's dependencies into the environment; what could not be installed. */
export async function installDependencies(
  o: BuildOptions,
  ctx: InstallContext,
): Promise<MissingRequirement[]> {
  let missing: MissingRequirement[] = [];
  if (o.deps.mode === 'pip') missing = await pipInstall(ctx, o.deps.file!, o.deps.requirements);
  else if (o.deps.mode === 'uv') missing = await uvSync(ctx);
  // pip (and setuptools, wheel) came with ensurepip, not from the plugin: the CI's environments lack them.
  await pruneTools(
    ctx,
    o.deps.requirements.flatMap((q) => (q.name ? [q.name] : [])),
  );
  return missing;
}

/** Build the entry from nothing (its directory exists and is empty). */
export async function build(o: BuildOptions, entry: EnvEntry): Promise<EnvMarker> {
  const timeoutMs = o.installTimeoutMs ?? 15 * 60_000;
  o.log(`Creating the test environment (Python ${o.interpreter.version}) in ${entry.dir}`);
  const created = await o.tree.run(o.interpreter.executable, ['-m', 'venv', '--without-pip', entry.venv], {
    env: o.env,
    timeoutMs,
  });
  if (created.code !== 0 || !existsSync(entry.python)) {
    throw new EnvironmentError(
      `cannot create a virtual environment with ${o.interpreter.executable}: ${errorTail(`${created.stdout}\n${created.stderr}`, 3) || `exit code ${created.code}`}`,
      'Install the venv module (Debian/Ubuntu: apt-get install python3-venv), or pass --python another interpreter.',
    );
  }
  const ctx = installContext(o, entry, timeoutMs);
  const missing = await installDependencies(o, ctx);
  let probe = await probeEnvironment(o, entry, ctx);
  let pytest: EnvMarker['pytest'] = 'dependencies';
  if (!probe.pytest) {
    if (o.interpreter.hasPytest) {
      mkdirSync(entry.overlay, { recursive: true });
      const copied = await buildPytestOverlay({
        python: o.interpreter.executable,
        dest: entry.overlay,
        purelib: probe.purelib,
        env: o.env,
        tree: o.tree,
      });
      o.log(
        `pytest comes from ${o.interpreter.executable}, with only what it requires: ${copied.join(', ')}`,
      );
      pytest = 'interpreter';
    } else {
      await installPytest(ctx, o.deps.mode === 'uv' ? 'uv' : 'pip');
      await pruneTools(ctx, ['pytest']);
      pytest = 'installed';
    }
    probe = await probeEnvironment(o, entry, ctx);
  }
  return finish(entry, {
    format: ENV_FORMAT,
    key: entry.key,
    python: { executable: o.interpreter.executable, version: o.interpreter.version },
    mode: o.deps.mode,
    ...(o.deps.file ? { file: o.deps.file } : {}),
    createdAt: new Date().toISOString(),
    missing,
    pytest,
    ...(probe.dify_plugin ? { difyPlugin: probe.dify_plugin } : {}),
  });
}

/** The environment's python, probed: it must run. */
export async function probeEnvironment(
  o: BuildOptions,
  entry: EnvEntry,
  ctx: InstallContext,
): Promise<ProbeResult> {
  const probe = await probePython(o.tree, entry.python, installerEnv(ctx));
  if (!probe.result) {
    throw new EnvironmentError(
      `the test environment's python does not run: ${errorTail(probe.stderr, 3) || `exit code ${probe.code}`}`,
      `Delete ${entry.dir} and run again, or pass --python another interpreter.`,
    );
  }
  return probe.result;
}

/** Lock the environment (read-only) and take its fingerprints into the marker. */
export function finish(entry: EnvEntry, marker: Omit<EnvMarker, 'fingerprints'>): EnvMarker {
  rmSync(path.join(entry.dir, PIP_TOOLS), { recursive: true, force: true });
  const roots = entryRoots(entry);
  setWritable(roots, false);
  return { ...marker, fingerprints: fingerprints(roots) };
}
