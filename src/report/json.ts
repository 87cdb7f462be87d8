import { type CommandReport, jsonDocument, type Reporter } from './reporter.js';

/** `--json`: exactly one JSON object on stdout, whatever happens; progress and info go nowhere. */
export class JsonReporter implements Reporter {
  constructor(private readonly out: (text: string) => void = (t) => process.stdout.write(t)) {}

  progress(): void {}

  info(): void {}

  async report(result: CommandReport): Promise<void> {
    this.out(`${JSON.stringify(jsonDocument(result), null, 2)}\n`);
  }

  async fatal(message: string, fix?: string): Promise<void> {
    this.out(
      `${JSON.stringify({ error: { message, fix: fix ?? null }, findings: [], summary: { ok: false } }, null, 2)}\n`,
    );
  }
}
