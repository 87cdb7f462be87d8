import { run } from './main.js';

/** Run the action; `command` fixed by a sub-action's entry (dist/stages/<command>.js), else the input. */
export function start(command?: string): void {
  run(process.env, command).then(
    (code) => {
      process.exitCode = code;
    },
    async (error: unknown) => {
      const core = await import('@actions/core');
      // core.setFailed escapes the message, so no text can act as a workflow command.
      core.setFailed(`internal error: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    },
  );
}
