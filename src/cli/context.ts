/** State a command leaves for the CLI's exit. */
export interface CliContext {
  exitCode: number;
  /** `--json` given before the command name. */
  json: boolean;
}
