import path from 'node:path';
import * as core from '@actions/core';
import { guarded } from '../commands/outcome.js';
import { UsageError } from '../core/errors.js';
import { createReporter } from '../report/index.js';
import { ACTION_COMMANDS } from './commands.js';
import { Inputs } from './inputs.js';

/** The action: inputs → the same command the CLI runs → outputs, annotations and a job summary. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const inputs = new Inputs(env);
  // Paths in findings are relative to the working directory the command runs in.
  const cwd = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd(), inputs.string('working-directory') ?? '.');
  const command = inputs.string('command') ?? 'validate';
  const reporter = createReporter({ env, cwd, command });
  const outcome = await guarded(reporter, async () => {
    const body = ACTION_COMMANDS[command];
    if (!body) {
      throw new UsageError(
        `input "command" is "${command}", which this version does not run`,
        `Use one of: ${Object.keys(ACTION_COMMANDS).join(', ')}.`,
      );
    }
    return body({ inputs, reporter, cwd, log: (text) => core.info(text.trimEnd()) });
  });
  for (const [name, value] of Object.entries(outcome.outputs)) core.setOutput(name, value);
  if (outcome.exitCode === 1) core.setFailed(`${command} found errors`);
  else if (outcome.exitCode === 2 && !process.exitCode) process.exitCode = 2;
  return outcome.exitCode;
}
