import type { CommandOutcome } from '../commands/outcome.js';
import { validateCommand } from '../commands/validate.js';
import type { Reporter } from '../report/index.js';
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
  validate: ({ inputs, reporter, cwd, log }) =>
    validateCommand(
      {
        paths: inputs.list('path') ?? ['.'],
        strict: inputs.boolean('strict'),
        ignore: inputs.list('ignore'),
        changedSince: inputs.string('changed-since'),
        matrix: inputs.boolean('matrix'),
        against: inputs.string('against'),
        cwd,
      },
      reporter,
      log,
    ),
};
