import { UsageError } from '../core/errors.js';

/** The action's inputs, typed. Parsed from `INPUT_*` variables only, so tests need no mocks. */
export interface ActionInputs {
  command: string;
  paths: string[];
  strict?: boolean;
  ignore?: string[];
  changedSince?: string;
  matrix?: boolean;
  workingDirectory?: string;
}

/** The commands the umbrella action runs today; later stages add theirs. */
export const ACTION_COMMANDS = ['validate'] as const;

/** Read one input as `@actions/core` does: `INPUT_` + upper-cased name with spaces as `_`, trimmed. */
function input(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** YAML 1.2 booleans only, as `core.getBooleanInput`; anything else is a usage error naming the input. */
function booleanInput(env: NodeJS.ProcessEnv, name: string): boolean | undefined {
  const value = input(env, name);
  if (value === undefined) return undefined;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UsageError(
    `input "${name}" is "${value}"; it must be true or false`,
    `Set ${name}: true or ${name}: false.`,
  );
}

/** Paths: one per line or comma-separated. */
function listInput(env: NodeJS.ProcessEnv, name: string): string[] | undefined {
  const value = input(env, name);
  return value
    ?.split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function parseInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const command = input(env, 'command') ?? 'validate';
  if (!(ACTION_COMMANDS as readonly string[]).includes(command)) {
    throw new UsageError(
      `input "command" is "${command}", which this version does not run`,
      `Use one of: ${ACTION_COMMANDS.join(', ')}.`,
    );
  }
  return {
    command,
    paths: listInput(env, 'path') ?? ['.'],
    strict: booleanInput(env, 'strict'),
    ignore: listInput(env, 'ignore'),
    changedSince: input(env, 'changed-since'),
    matrix: booleanInput(env, 'matrix'),
    workingDirectory: input(env, 'working-directory'),
  };
}
