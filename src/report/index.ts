import type { Reporter } from './reporter.js';

export type { DataTable, Gate, GateStatus, GateTable, Reporter, RunEnd, Section, Table } from './reporter.js';

export interface ReporterOptions {
  /** The command run (named in the JSON document and the summary). */
  command: string;
  json?: boolean;
  env?: NodeJS.ProcessEnv;
  /** The directory findings' paths are relative to. */
  cwd?: string;
  /** Also annotate notices in Actions. */
  annotateNotices?: boolean;
}

/**
 * `--json` wins; inside GitHub Actions annotations and a job summary; otherwise a terminal. The
 * renderers load on first use, so a command pays only for the one it needs.
 */
export async function createReporter(options: ReporterOptions): Promise<Reporter> {
  const env = options.env ?? process.env;
  if (options.json) {
    const { JsonReporter } = await import('./json.js');
    return new JsonReporter(options.command);
  }
  if (env.GITHUB_ACTIONS === 'true') {
    const { ActionsReporter } = await import('./actions.js');
    return new ActionsReporter({
      command: options.command,
      cwd: options.cwd ?? process.cwd(),
      workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
      annotateNotices: options.annotateNotices,
      summaryFile: env.GITHUB_STEP_SUMMARY || undefined,
    });
  }
  const { TerminalReporter } = await import('./terminal.js');
  return new TerminalReporter();
}
