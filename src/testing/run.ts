import { existsSync } from 'node:fs';
import path from 'node:path';
import { finding } from '../core/codes.js';
import { UsageError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import { processRunner } from '../io/process.js';
import { discardChanged, snapshotCache } from './cache-watch.js';
import { pluginEnvironment } from './child-env.js';
import { confinementFor, installerConfinement, isolationFindings, projectIsPackage } from './confine.js';
import { cacheDirectory, discard, entryFor, environmentKey } from './env-cache.js';
import { type PreparedEnvironment, prepareEnvironment } from './environment.js';
import { type FindingContext, missingFindings } from './findings.js';
import { refuseSecrets, secretsInReach } from './guard.js';
import { InstallFailedError } from './install.js';
import { findInterpreter, versionMatches } from './interpreter.js';
import { countCases, type TestCounts } from './junit.js';
import { MAX_TIMEOUT_SECONDS, validTimeout } from './limits.js';
import {
  classify,
  DEFAULT_TIMEOUT_SECONDS,
  environmentBroken,
  outcomeFindings,
  safeParse,
  type TestOutcome,
} from './outcome.js';
import { BoundedOutput } from './output-log.js';
import { defaultUnpack, withPackage } from './packaged.js';
import { readPluginInfo } from './plugin-info.js';
import { junitTarget, locateTests, type PytestRun, runPytest } from './pytest-run.js';
import { recordCounts } from './records.js';
import { readDependencies } from './requirements.js';
import { confinedRunner, sandboxPolicy } from './sandbox.js';
import type { TestDeps, TestOptions, TestRunResult } from './stage-types.js';
import { checkStart, type StartCheck } from './start-check.js';

/** The `test` stage: the plugin's pytest suite in an isolated, cached environment, as CI runs it. */
export async function testPlugin(
  options: TestOptions,
  partial: Partial<TestDeps> = {},
): Promise<TestRunResult> {
  const started = Date.now();
  const deps: TestDeps = {
    tree: processRunner,
    unpack: defaultUnpack,
    log: () => {},
    onOutput: () => {},
    ...partial,
  };
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  const sourceRoot = path.resolve(cwd, options.path ?? '.');
  if (options.timeout !== undefined && !validTimeout(options.timeout)) {
    throw new UsageError(
      `--timeout ${options.timeout}: must be a number of seconds up to ${MAX_TIMEOUT_SECONDS}, 0 for no limit`,
    );
  }
  const pytestArgs = options.pytestArgs ?? [];
  const junitArg = pytestArgs.find((a) => /^--junit-?x/.test(a));
  if (junitArg) {
    throw new UsageError(
      `--pytest-args ${junitArg}: the test stage writes pytest's JUnit report itself`,
      'Use --junit-xml FILE (the junit-xml input of the action) to keep the report.',
    );
  }
  const junitXml = options.junitXml ? junitTarget(options.junitXml, cwd) : undefined;
  // Nothing of the plugin runs (not even its build scripts) while secrets are within its reach.
  refuseSecrets(secretsInReach(env, sourceRoot), options.allowSecretsInTest ?? false);
  // What the plugin's code (tests and installers) runs with: secrets and runner internals removed.
  const child = pluginEnvironment(env, options.passEnv);
  const policy = sandboxPolicy(options.sandbox, env);
  const cacheDir = cacheDirectory(options.cacheDir, env, cwd);
  const plugin = path.relative(cwd, sourceRoot).split(path.sep).join('/') || '.';
  return withPackage(options.packaged, cwd, deps, async (pkg) => {
    const runRoot = pkg?.dir ?? sourceRoot;
    const info = await readPluginInfo(runRoot, pkg ? path.relative(cwd, pkg.file) : plugin, Boolean(pkg));
    const location = locateTests(sourceRoot, runRoot, options.testsDir, cwd);
    if (child.hidden.length > 0) {
      deps.log(
        `Hidden from the tests and installers: ${child.hidden.join(', ')} (--pass-env NAME lets one through)`,
      );
    }
    // A path (not a bare name to look up on PATH) is relative to where the command was given.
    const interpreter = await findInterpreter(deps.tree, options.python, env, {
      cacheDir,
      cwd,
      childEnv: child.env,
    });
    const findings: Finding[] = [];
    if (info.runnerVersion && !versionMatches(info.runnerVersion, interpreter.version)) {
      findings.push(
        finding(
          'DPR809',
          `the tests ran on Python ${interpreter.version} (${interpreter.source === 'PATH' ? 'python3 on PATH' : interpreter.requested}); the plugin declares Python ${info.runnerVersion} (meta.runner.version)`,
          {
            ...info.runnerVersionAt,
            fix: `Pass --python (or set DPR_PYTHON) to a Python ${info.runnerVersion} interpreter; in GitHub Actions, actions/test sets it up.`,
          },
        ),
      );
    }
    const base = {
      plugin,
      ...(pkg ? { package: pkg.file } : {}),
      python: {
        executable: interpreter.executable,
        version: interpreter.version,
        requested: interpreter.requested,
        source: interpreter.source,
        ...(info.runnerVersion ? { declared: info.runnerVersion } : {}),
      },
    };
    const done = (
      outcome: TestOutcome,
      extra: Partial<TestRunResult> & { findings?: Finding[] } = {},
    ): TestRunResult => ({
      ...base,
      outcome,
      counts: { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0 },
      time: 0,
      cases: [],
      durationMs: Date.now() - started,
      ...extra,
      findings: [...findings, ...(extra.findings ?? [])].map((f) => ({ ...f, plugin })),
    });

    const deps0 = readDependencies(runRoot);
    const envOptions = {
      interpreter,
      deps: deps0,
      root: runRoot,
      cacheDir,
      env: child.installerEnv,
      // The installers run the build scripts of the plugin's dependencies: plugin code too.
      tree: confinedRunner(
        deps.tree,
        installerConfinement({
          policy,
          env,
          cacheDir,
          entryDir: entryFor(cacheDir, environmentKey(interpreter, deps0)).dir,
          interpreter,
          writable: [runRoot, ...location.external],
        }),
      ),
      log: deps.log,
      rebuild: options.rebuild ?? false,
    };
    /** The environment, or the result when the plugin's dependencies cannot be installed. */
    const prepare = async (): Promise<PreparedEnvironment | TestRunResult> => {
      try {
        return await prepareEnvironment(envOptions);
      } catch (error) {
        if (!(error instanceof InstallFailedError)) throw error;
        return done('install-failed', {
          findings: [
            finding(
              'DPR807',
              `the plugin's dependencies could not be installed: ${error.command} failed:\n${error.tail}`,
              {
                file: error.requirement?.file ?? deps0.file,
                ...(error.requirement ? { line: error.requirement.line } : {}),
                fix: 'Fix the requirement the installer names (a version that exists, a name spelled right), then run again.',
              },
            ),
          ],
        });
      }
    };
    let prepared = await prepare();
    if ('outcome' in prepared) return prepared;
    if (prepared.reused) deps.log(`Using the cached test environment ${prepared.entry.dir}`);

    const timeoutMs = (options.timeout ?? DEFAULT_TIMEOUT_SECONDS) * 1000;
    const output = new BoundedOutput(deps.onOutput);
    const confinement = confinementFor({
      policy,
      env,
      cacheDir,
      interpreter,
      writable: [runRoot, ...location.external],
    });
    const run = async (p: PreparedEnvironment): Promise<PytestRun> =>
      runPytest({
        python: p.entry.python,
        venv: p.entry.venv,
        cwd: runRoot,
        targets: location.targets,
        // As the official CI: `python -m pytest` from the root for requirements.txt, `pytest` for uv.lock.
        rootOnPath: deps0.mode !== 'uv',
        // Tests kept outside the plugin cannot find it from their own conftest.py, and a uv project
        // that is a package is installed (editable) by the CI's uv sync: the root goes on sys.path.
        pythonPath: location.external.length > 0 || projectIsPackage(deps0) ? [runRoot] : [],
        args: pytestArgs,
        env: child.env,
        extraEnv: pkg ? { PLUGIN_FILE_PATH: pkg.file } : {},
        timeoutMs,
        onLine: output.line,
        ...(junitXml ? { keepJunit: junitXml } : {}),
        tree: deps.tree,
        confinement,
      });
    let before = snapshotCache(cacheDir, prepared.entry);
    let result = await run(prepared);
    if (prepared.reused && environmentBroken(result)) {
      // The cache entry looked whole but does not run: build it again, once.
      deps.log(`The cached test environment ${prepared.entry.key} does not run pytest: rebuilding it`);
      discard(prepared.entry);
      prepared = await prepare();
      if ('outcome' in prepared) return prepared;
      before = snapshotCache(cacheDir, prepared.entry);
      result = await run(prepared);
    }
    const shown = output.end();
    if (shown.file) deps.log(`pytest's whole output is in ${shown.file}`);

    const missing = prepared.marker.missing;
    findings.push(...missingFindings(missing));
    const ctx: FindingContext = {
      runRoot,
      external: location.external,
      missing,
      sourceRoot,
      packaged: Boolean(pkg),
    };
    const report = result.junit ? safeParse(result.junit) : undefined;
    const cases = report?.cases ?? [];
    const outcome = classify(result, cases);
    const sourceHasTests = Boolean(pkg) && existsSync(path.join(sourceRoot, 'tests'));
    const out = outcomeFindings(
      outcome,
      result,
      cases,
      ctx,
      options,
      sourceHasTests,
      Boolean(result.junit) && !report,
    );
    let start: StartCheck | undefined;
    if (options.startCheck !== false) {
      const s = await checkStart({
        python: prepared.entry.python,
        venv: prepared.entry.venv,
        cwd: runRoot,
        env: child.env,
        ...(prepared.marker.difyPlugin ? { difyPlugin: prepared.marker.difyPlugin } : {}),
        tree: deps.tree,
        confinement,
      });
      start = s.check;
      out.push(...s.findings);
      if (s.check.ran)
        deps.log(
          `Start check (python -m main, as the official CI): ${s.check.ok ? 'the plugin starts' : 'the plugin does not start'}: ${s.check.detail}`,
        );
    }
    // The plugin's code must leave the shared cache as it found it (the sandbox mounts it read-only).
    const discarded = discardChanged(cacheDir, before, snapshotCache(cacheDir, prepared.entry));
    out.push(...isolationFindings(result, discarded));
    const counted = cases.length > 0 || !result.record ? countCases(cases) : fromRecord(result);
    return done(outcome, {
      findings: out,
      environment: {
        key: prepared.entry.key,
        path: prepared.entry.dir,
        reused: prepared.reused,
        ...(prepared.updated ? { updated: true } : {}),
        mode: prepared.marker.mode,
        ...(prepared.marker.file ? { file: prepared.marker.file } : {}),
        pytest: prepared.marker.pytest,
        missing,
      },
      counts: counted,
      time: report?.time ?? 0,
      cases,
      pytest: {
        exitCode: result.code,
        ...(result.signal ? { signal: result.signal } : {}),
        timedOut: result.timedOut,
        durationMs: result.durationMs,
        ...(result.survivors ? { survivors: result.survivors } : {}),
        ...(result.leftovers ? { leftovers: result.leftovers } : {}),
      },
      ...(result.isolation ? { isolation: result.isolation } : {}),
      ...(start ? { start } : {}),
      output: shown,
    });
  });
}

/** Counts from the progress record, when there is no JUnit report to count from. */
function fromRecord(run: PytestRun): TestCounts {
  const c = recordCounts(run.record!);
  return { total: c.passed + c.failed + c.errors + c.skipped, ...c };
}

export type { TestDeps, TestOptions, TestRunResult } from './stage-types.js';
export { DEFAULT_TIMEOUT_SECONDS, type TestOutcome };
