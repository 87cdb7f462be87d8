import { ActionsReporter } from './actions.js';
import { JsonReporter } from './json.js';
import type { Reporter } from './reporter.js';
import { TerminalReporter } from './terminal.js';

export type { CommandReport, Reporter, SummaryTable } from './reporter.js';

export interface ReporterOptions {
  json?: boolean;
  env?: NodeJS.ProcessEnv;
  /** The directory findings' paths are relative to (the action's working directory). */
  cwd?: string;
  /** The command being run (named in `--json` output even when it fails before reporting). */
  command?: string;
}

/** `--json` wins; inside GitHub Actions annotations and a job summary; otherwise a terminal. */
export function createReporter(options: ReporterOptions = {}): Reporter {
  const env = options.env ?? process.env;
  if (options.json) return new JsonReporter(undefined, options.command ?? null);
  if (env.GITHUB_ACTIONS === 'true') {
    return new ActionsReporter(options.cwd ?? process.cwd(), env.GITHUB_WORKSPACE ?? process.cwd());
  }
  return new TerminalReporter();
}
