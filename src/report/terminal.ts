import pc from 'picocolors';
import { countFindings, type Severity, sortFindings } from '../core/finding.js';
import { type CommandReport, countsText, displayPath, printable, type Reporter } from './reporter.js';

type Write = (text: string) => void;

const LABEL: Record<Severity, (s: string) => string> = {
  error: (s) => pc.red(pc.bold(s)),
  warning: (s) => pc.yellow(s),
  notice: (s) => pc.cyan(s),
};

/** Coloured text for people: `file:line:col  severity  CODE  message`, then the fix. */
export class TerminalReporter implements Reporter {
  private lastProgress = 0;
  private progressShown = false;

  constructor(
    private readonly out: Write = (t) => process.stdout.write(t),
    private readonly err: Write = (t) => process.stderr.write(t),
    private readonly interactive = Boolean(process.stderr.isTTY),
  ) {}

  progress(label: string, done: number, total: number): void {
    if (!this.interactive) return;
    const now = Date.now();
    if (done < total && now - this.lastProgress < 80) return;
    this.lastProgress = now;
    const width = 24;
    const filled = total > 0 ? Math.round((done / total) * width) : width;
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    this.err(`\r\x1b[2K${pc.dim(bar)} ${done}/${total} ${label}`);
    this.progressShown = true;
    if (done >= total) this.clearProgress();
  }

  info(message: string): void {
    this.clearProgress();
    this.err(`${message}\n`);
  }

  async report(result: CommandReport): Promise<void> {
    this.clearProgress();
    const findings = sortFindings(result.findings);
    for (const f of findings) {
      const where = displayPath(f);
      const position = where ? `${where}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ''}` : ''}` : '';
      this.out(
        `${position ? `${pc.bold(printable(position))}  ` : ''}${LABEL[f.severity](f.severity)}  ${pc.dim(f.code)}  ${printable(f.message)}\n`,
      );
      if (f.fix) this.out(`    ${pc.dim('fix:')} ${printable(f.fix)}\n`);
    }
    for (const table of result.tables ?? []) {
      if (table.rows.length === 0) continue;
      this.out(`\n${pc.bold(table.title)}\n${formatTable(table.header, table.rows)}`);
    }
    const counts = countFindings(findings);
    const status = counts.errors > 0 ? pc.red('✖') : pc.green('✔');
    this.out(
      `${findings.length || result.tables?.length ? '\n' : ''}${status} ${printable(result.headline)}: ${countsText(counts)}\n`,
    );
  }

  async fatal(message: string, fix?: string): Promise<void> {
    this.clearProgress();
    this.err(`${pc.red(pc.bold('error'))} ${printable(message)}\n`);
    if (fix) this.err(`    ${pc.dim('fix:')} ${printable(fix)}\n`);
  }

  private clearProgress(): void {
    if (this.progressShown) {
      this.err('\r\x1b[2K');
      this.progressShown = false;
    }
  }
}

export function formatTable(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map((c) => printable(String(c))))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `  ${r.map((c, i) => c.padEnd(widths[i]!)).join('  ')}`.trimEnd();
  return `${line(header)}\n${cells
    .slice(1)
    .map((r) => line(r))
    .join('\n')}\n`;
}
