import { ActionsReporter } from './actions.js';
import { JsonReporter } from './json.js';
import type { Reporter } from './reporter.js';
import { TerminalReporter } from './terminal.js';

export type { CommandReport, Reporter, SummaryTable } from './reporter.js';

export interface ReporterOptions {
  json?: boolean;
  env?: NodeJS.ProcessEnv;
}

/** `--json` wins; inside GitHub Actions annotations and a job summary; otherwise a terminal. */
export function createReporter(options: ReporterOptions = {}): Reporter {
  const env = options.env ?? process.env;
  if (options.json) return new JsonReporter();
  if (env.GITHUB_ACTIONS === 'true') return new ActionsReporter();
  return new TerminalReporter();
}
