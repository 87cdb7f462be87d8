import { DprError, errorMessage } from '../core/errors.js';
import type { Reporter } from '../report/index.js';

/** What a command leaves behind for its adapter: an exit code and named outputs (action outputs). */
export interface CommandOutcome {
  exitCode: 0 | 1 | 2;
  outputs: Record<string, string>;
}

/**
 * Run a command body, turning known failures into one clear message and exit code 2 (usage,
 * environment) or 1; an unexpected error is still one line, with a hint to report it.
 */
export async function guarded(
  reporter: Reporter,
  body: () => Promise<CommandOutcome>,
): Promise<CommandOutcome> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof DprError) {
      await reporter.fatal(error.message, error.fix);
      return { exitCode: error.exitCode, outputs: {} };
    }
    await reporter.fatal(
      `internal error: ${errorMessage(error)}`,
      'Please report it at https://github.com/dify-plugin-release/dify-plugin-release/issues with the command you ran.',
    );
    if (process.env.DPR_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    return { exitCode: 2, outputs: {} };
  }
}
