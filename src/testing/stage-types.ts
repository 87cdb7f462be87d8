/** The `test` stage's options, seams and result. */
import type { Finding } from '../core/finding.js';
import type { ProcessRunner } from '../io/process.js';
import type { MissingRequirement } from './env-cache.js';
import type { Interpreter } from './interpreter.js';
import type { TestCase, TestCounts } from './junit.js';
import type { TestOutcome } from './outcome.js';
import type { OutputSummary } from './output-log.js';
import type { Unpack } from './packaged.js';
import type { Isolation, SandboxPolicy } from './sandbox.js';
import type { StartCheck } from './start-check.js';

export interface TestOptions {
  /** The plugin directory (default `.`). */
  path?: string;
  /** The interpreter: else `$DPR_PYTHON`, else `python3` on PATH. */
  python?: string;
  /** Tests kept outside the plugin. */
  testsDir?: string;
  /** Run the tests in this unpacked `.difypkg` instead of the source tree. */
  packaged?: string;
  /** Time limit of the pytest run in seconds; 0: none. Default 600. */
  timeout?: number;
  /** No tests found is an error, not a notice. */
  requireTests?: boolean;
  cacheDir?: string;
  /** Rebuild the cached environment. */
  rebuild?: boolean;
  /** Keep the JUnit XML report at this path. */
  junitXml?: string;
  /** More pytest arguments. */
  pytestArgs?: string[];
  /**
   * Variables the tests and installers get although they are runner internals (`GITHUB_TOKEN`,
   * `ACTIONS_*`, `INPUT_*`, …), which are otherwise removed.
   */
  passEnv?: string[];
  /**
   * Run the plugin's code although this process's environment holds secrets (tokens, keys, OIDC
   * request variables) or the checkout persists git credentials: the tests are trusted with them.
   */
  allowSecretsInTest?: boolean;
  /** The sandbox: `auto` (default, else `$DPR_SANDBOX`), `required`, or `off`. */
  sandbox?: SandboxPolicy;
  /** Start the plugin as the official CI does (when dify_plugin is in the environment). Default true. */
  startCheck?: boolean;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/** The seams to the outside world: tests swap in recording or fake ones. */
export interface TestDeps {
  /** Every program the stage starts (each with a time limit). */
  tree: ProcessRunner;
  unpack: Unpack;
  /** What the stage is doing (not findings). */
  log: (message: string) => void;
  /** pytest's output, line by line. */
  onOutput: (line: string) => void;
}

export interface TestRunResult {
  outcome: TestOutcome;
  findings: Finding[];
  /** The plugin directory, relative to the working directory. */
  plugin: string;
  package?: string;
  python: Pick<Interpreter, 'executable' | 'version' | 'requested' | 'source'> & { declared?: string };
  environment?: {
    key: string;
    path: string;
    reused: boolean;
    /** Reused, with the requirements it lacked installed again (or tried). */
    updated?: boolean;
    mode: string;
    file?: string;
    pytest: string;
    missing: MissingRequirement[];
  };
  counts: TestCounts;
  /** Seconds, as pytest measured the tests. */
  time: number;
  cases: TestCase[];
  pytest?: {
    exitCode: number;
    signal?: string;
    timedOut: boolean;
    durationMs: number;
    /** Processes the tests started that could not be killed after a timeout. */
    survivors?: number[];
    /** Processes the tests left running when pytest ended (killed). */
    leftovers?: number;
  };
  /** How the plugin's code was isolated (see sandbox.ts). */
  isolation?: Isolation;
  /** The start check (python -m main, as the official CI's install check). */
  start?: StartCheck;
  /** pytest's output: how much the log got, and the file with all of it when the log got less. */
  output?: OutputSummary;
  durationMs: number;
}
