import * as core from '@actions/core';
import type { CommandOutcome } from '../commands/outcome.js';
import { splitArgs } from '../core/args.js';
import type { Reporter } from '../report/index.js';
import type { TestOptions } from '../testing/run.js';
import type { Inputs } from './inputs.js';

/** Everything an action command gets: its inputs, the reporter, the directory paths are relative to. */
export interface ActionContext {
  inputs: Inputs;
  reporter: Reporter;
  cwd: string;
  /** Print to the log (not a finding). */
  log: (text: string) => void;
}

/** The commands the umbrella action runs, by the `command` input. Each maps inputs onto a shared command. */
export const ACTION_COMMANDS: Record<string, (ctx: ActionContext) => Promise<CommandOutcome>> = {
  validate: async ({ inputs, reporter, cwd, log }) =>
    (await import('../commands/validate.js')).validateCommand(
      {
        paths: inputs.list('path') ?? ['.'],
        strict: inputs.boolean('strict'),
        ignore: inputs.list('ignore'),
        changedSince: inputs.string('changed-since'),
        matrix: inputs.boolean('matrix'),
        against: inputs.string('against'),
        marketplace: inputs.string('marketplace'),
        probeServers: inputs.boolean('probe-servers'),
        cwd,
      },
      reporter,
      log,
    ),
  check: async ({ inputs, reporter, cwd }) =>
    (await import('../commands/check.js')).checkCommand(
      {
        path: inputs.string('path') ?? '.',
        profile: inputs.string('profile'),
        marketplaceDir: inputs.string('marketplace-dir'),
        prBody: inputs.string('pr-body'),
        strict: inputs.boolean('strict'),
        ignore: inputs.list('ignore'),
        cwd,
      },
      reporter,
    ),
  test: async ({ inputs, reporter, cwd }) =>
    (await import('../commands/test.js')).testCommand(
      {
        path: inputs.string('path') ?? '.',
        python: inputs.string('python'),
        testsDir: inputs.string('tests-dir'),
        packaged: inputs.string('packaged'),
        timeout: inputs.number('timeout'),
        requireTests: inputs.boolean('require-tests'),
        cacheDir: inputs.string('cache-dir'),
        rebuild: inputs.boolean('rebuild'),
        junitXml: inputs.string('junit-xml'),
        pytestArgs: splitArgs(inputs.string('pytest-args') ?? ''),
        passEnv: inputs.list('pass-env'),
        allowSecretsInTest: inputs.boolean('allow-secrets-in-test'),
        sandbox: inputs.string('sandbox') as TestOptions['sandbox'],
        strict: inputs.boolean('strict'),
        ignore: inputs.list('ignore'),
        cwd,
      },
      reporter,
    ),
  package: async ({ inputs, reporter, cwd }) =>
    (await import('../commands/package.js')).packageCommand(
      {
        path: inputs.string('path') ?? '.',
        outDir: inputs.string('output-dir'),
        maxSize: inputs.number('max-size'),
        allowFiles: inputs.list('allow-file'),
        strict: inputs.boolean('strict'),
        ignore: inputs.list('ignore'),
        cwd,
      },
      reporter,
    ),
  sign: async ({ inputs, reporter, cwd }) => {
    // The key arrives as an input (a secret): mask it whole and line by line before anything runs.
    const keyText = inputs.string('key');
    if (keyText) {
      core.setSecret(keyText);
      for (const line of keyText.split(/\r?\n/)) if (line.trim().length > 8) core.setSecret(line.trim());
    }
    const keyFile = inputs.string('key-file');
    const keyEnv = inputs.string('key-env');
    return (await import('../commands/sign.js')).signCommand(
      {
        package: inputs.string('package') ?? inputs.string('path') ?? '',
        key:
          keyText !== undefined
            ? { text: keyText }
            : keyEnv !== undefined
              ? { env: keyEnv }
              : { file: keyFile },
        category: inputs.string('category'),
        outDir: inputs.string('output-dir'),
        maxSize: inputs.number('max-size'),
        strict: inputs.boolean('strict'),
        ignore: inputs.list('ignore'),
        cwd,
      },
      reporter,
    );
  },
};
