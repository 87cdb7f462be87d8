import { type Command, InvalidArgumentError } from 'commander';
import { splitArgs } from '../core/args.js';
import { DEFAULT_TIMEOUT_SECONDS } from '../core/defaults.js';
import { createReporter } from '../report/index.js';
import { MAX_TIMEOUT_SECONDS, validTimeout } from '../testing/limits.js';
import type { TestOptions } from '../testing/run.js';
import type { CliContext } from './context.js';
import { splitList } from './options.js';

/** The stage's options as commander parses them, plus the flags every command shares. */
type TestFlags = Omit<TestOptions, 'path' | 'cwd' | 'env'> & {
  strict?: boolean;
  ignore?: string[];
  json?: boolean;
};

export function registerTest(program: Command, ctx: CliContext): void {
  program
    .command('test')
    .description(
      "run a plugin's pytest suite in an isolated, cached environment, the way the marketplace CI runs it",
    )
    .argument('[path]', 'the plugin directory', '.')
    .option('--python <path>', 'the Python interpreter (default: $DPR_PYTHON, else python3 on PATH)')
    .option('--tests-dir <dir>', 'tests kept outside the plugin (default: tests/<plugin path> in a monorepo)')
    .option('--packaged <pkg>', 'run the tests in this unpacked .difypkg, with PLUGIN_FILE_PATH set')
    .option(
      '--timeout <seconds>',
      `kill the tests and everything they started after this long; 0: no limit (default ${DEFAULT_TIMEOUT_SECONDS})`,
      seconds,
    )
    .option('--require-tests', 'fail when no tests are found (default: a notice)')
    .option(
      '--cache-dir <dir>',
      'where test environments are cached (default: $DPR_CACHE_DIR, else ~/.cache/dify-plugin-release/envs)',
    )
    .option('--rebuild', 'rebuild the cached test environment')
    .option('--junit-xml <file>', 'keep the JUnit XML report here')
    .option('--pytest-args <args>', 'more arguments for pytest, e.g. "-k convert -x"', words)
    .option(
      '--pass-env <name>',
      'let a runner variable the tests do not get (GITHUB_TOKEN, ACTIONS_*, INPUT_*, …) through to them; repeatable',
      collect,
    )
    .option(
      '--allow-secrets-in-test',
      "run the plugin's code although secrets (tokens, keys, OIDC variables, persisted git credentials) are within its reach",
    )
    .option('--strict', 'treat warnings as errors')
    .option('--ignore <codes>', 'comma-separated finding codes to ignore (e.g. DPR809)', splitList)
    .option('--json', 'print one JSON object')
    .action(async (path: string, opts: TestFlags) => {
      const reporter = createReporter({ json: opts.json || ctx.json, command: 'test' });
      const { json: _json, ...input } = opts;
      const outcome = await (await import('../commands/test.js')).testCommand({ path, ...input }, reporter);
      ctx.exitCode = outcome.exitCode;
    });
}

function seconds(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !validTimeout(n))
    throw new InvalidArgumentError(`must be a number of seconds up to ${MAX_TIMEOUT_SECONDS} (0: no limit)`);
  return n;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function words(value: string, previous: string[] = []): string[] {
  return [...previous, ...splitArgs(value)];
}
