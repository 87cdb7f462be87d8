import pc from 'picocolors';
import { countFindings, type Severity, sortFindings } from '../core/finding.js';
import { isGateTable, type Section } from '../core/report.js';
import { printable } from './escape.js';
import { countsText, displayPath, formatTable, runCounts } from './format.js';
import { GATE_HEADER, gateRows } from './gates.js';
import type { Reporter, RunEnd } from './reporter.js';

type Write = (text: string) => void;

const LABEL: Record<Severity, (s: string) => string> = {
  error: (s) => pc.red(pc.bold(s)),
  warning: (s) => pc.yellow(s),
  notice: (s) => pc.cyan(s),
};

/** Coloured text for people: `file:line:col  severity  CODE  message`, then the fix; progress on stderr. */
export class TerminalReporter implements Reporter {
  private lastProgress = 0;
  private progressShown = false;
  private readonly sections: Section[] = [];
  private fatals = 0;

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
    this.err(`\r\x1b[2K${pc.dim(bar)} ${done}/${total} ${printable(label)}`);
    this.progressShown = true;
    if (done >= total) this.clearProgress();
  }

  info(message: string): void {
    this.clearProgress();
    this.err(`${printable(message)}\n`);
  }

  relay(title: string): { line(text: string): void; end(): void } {
    this.info(pc.dim(`── ${title}`));
    return { line: (text) => this.info(text), end: () => this.info(pc.dim('──')) };
  }

  section(section: Section): void {
    this.clearProgress();
    this.sections.push(section);
    const findings = sortFindings(section.findings);
    for (const f of findings) {
      const where = displayPath(f);
      const position = where ? `${where}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ''}` : ''}` : '';
      this.out(
        `${position ? `${pc.bold(printable(position))}  ` : ''}${LABEL[f.severity](f.severity)}  ${pc.dim(f.code)}  ${printable(f.message)}\n`,
      );
      if (f.fix) this.out(`    ${pc.dim('fix:')} ${printable(f.fix)}\n`);
    }
    const tables = (section.tables ?? []).filter(
      (t) => (isGateTable(t) ? t.gates.length : t.rows.length) > 0,
    );
    for (const table of tables) {
      const body = isGateTable(table)
        ? formatTable(GATE_HEADER, gateRows(table))
        : formatTable(table.header, table.rows);
      this.out(`\n${pc.bold(printable(table.title))}\n${body}`);
    }
    const counts = countFindings(findings);
    const status = counts.errors > 0 ? pc.red('✖') : pc.green('✔');
    this.out(
      `${findings.length || tables.length ? '\n' : ''}${status} ${printable(section.headline)}: ${countsText(counts)}\n`,
    );
  }

  fatal(message: string, fix?: string): void {
    this.clearProgress();
    this.fatals++;
    this.err(`${pc.red(pc.bold('error'))} ${printable(message)}\n`);
    if (fix) this.err(`    ${pc.dim('fix:')} ${printable(fix)}\n`);
  }

  async finish(end: RunEnd): Promise<void> {
    this.clearProgress();
    if (this.sections.length > 1) {
      const counts = runCounts(this.sections, this.fatals);
      const status = end.exitCode === 0 ? pc.green('✔') : pc.red('✖');
      this.out(`\n${status} ${pc.bold(`${this.sections.length} stages`)}: ${countsText(counts)}\n`);
    }
  }

  private clearProgress(): void {
    if (this.progressShown) {
      this.err('\r\x1b[2K');
      this.progressShown = false;
    }
  }
}
