import { type CommandReport, jsonDocument, type Reporter } from './reporter.js';

/** `--json`: exactly one JSON object on stdout, whatever happens; progress and info go nowhere. */
export class JsonReporter implements Reporter {
  constructor(
    private readonly out: (text: string) => void = (t) => process.stdout.write(t),
    /** The command, for the document's `command` key when it fails before reporting. */
    private readonly command: string | null = null,
  ) {}

  progress(): void {}

  info(): void {}

  async report(result: CommandReport): Promise<void> {
    this.out(`${JSON.stringify(jsonDocument(result), null, 2)}\n`);
  }

  async fatal(message: string, fix?: string): Promise<void> {
    this.out(
      `${JSON.stringify(
        {
          command: this.command,
          findings: [],
          summary: { errors: 0, warnings: 0, notices: 0, ok: false },
          error: { message, fix: fix ?? null },
        },
        null,
        2,
      )}\n`,
    );
  }
}
