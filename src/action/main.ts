import path from 'node:path';
import * as core from '@actions/core';
import { WORKING_DIRECTORY } from '../commands/common.js';
import { COMMANDS, findCommand } from '../commands/registry.js';
import { allOptions, runInvocation } from '../commands/run.js';
import { inputText, readInputs } from './inputs.js';

/**
 * The action: inputs → the same runner the CLI uses → outputs, annotations and a job summary.
 * `command` comes from the per-stage entry (actions/<stage>), else from the `command` input.
 */
export async function run(env: NodeJS.ProcessEnv = process.env, fixed?: string): Promise<number> {
  const command = fixed ?? inputText(env, 'command')?.trim() ?? 'validate';
  const cwd = path.resolve(
    env.GITHUB_WORKSPACE ?? process.cwd(),
    inputText(env, 'working-directory')?.trim() ?? '.',
  );
  const decl = findCommand(command);
  if (!decl || decl.surfaces?.action === false) {
    const known = COMMANDS.filter((c) => c.surfaces?.action !== false).map((c) => c.name);
    core.error(
      `input "command" is "${command}", which this version does not run\nFix: Use one of: ${known.join(', ')}.`,
      {
        title: 'dify-plugin-release',
      },
    );
    process.exitCode = 2;
    return 2;
  }
  const options = allOptions(decl);
  let values: Record<string, unknown>;
  try {
    values = readInputs(env, options);
  } catch (error) {
    const e = error as { message: string; fix?: string };
    core.error(e.fix ? `${e.message}\nFix: ${e.fix}` : e.message, {
      title: `dify-plugin-release ${command}`,
    });
    process.exitCode = 2;
    return 2;
  }
  // Secrets are masked whole and line by line before anything runs.
  for (const o of options) {
    const v = values[o.key];
    if (o.kind !== 'secret' || typeof v !== 'string') continue;
    core.setSecret(v);
    for (const line of v.split(/\r?\n/)) if (line.trim().length > 8) core.setSecret(line.trim());
  }
  const outcome = await runInvocation({ decl, values, surface: 'action', cwd, env });
  for (const [name, value] of Object.entries(outcome.outputs)) core.setOutput(name, value);
  return outcome.exitCode;
}

export { WORKING_DIRECTORY };
