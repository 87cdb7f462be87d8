import path from 'node:path';
import * as core from '@actions/core';
import { validateCommand } from '../commands/validate.js';
import { DprError } from '../core/errors.js';
import { createReporter } from '../report/index.js';
import { parseInputs } from './inputs.js';

/** The action: inputs → the same stage the CLI runs → outputs, annotations and a job summary. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const reporter = createReporter({ env });
  let inputs: ReturnType<typeof parseInputs>;
  try {
    inputs = parseInputs(env);
  } catch (error) {
    if (error instanceof DprError) {
      await reporter.fatal(error.message, error.fix);
      return 2;
    }
    throw error;
  }
  const cwd = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd(), inputs.workingDirectory ?? '.');
  const outcome = await validateCommand({ ...inputs, cwd }, reporter, (text) => core.info(text.trimEnd()));
  for (const [name, value] of Object.entries(outcome.outputs)) core.setOutput(name, value);
  if (outcome.exitCode !== 0 && !process.exitCode) {
    core.setFailed(
      outcome.exitCode === 1 ? `${inputs.command} found errors` : `${inputs.command} could not run`,
    );
  }
  return outcome.exitCode;
}
