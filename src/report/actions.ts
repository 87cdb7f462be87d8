import path from 'node:path';
import * as core from '@actions/core';
import { countFindings, type Finding, sortFindings } from '../core/finding.js';
import { type CommandReport, countsText, displayPath, printable, type Reporter } from './reporter.js';

/** Rows of findings beyond this go to the log only: a job summary is capped at 1 MiB. */
const SUMMARY_ROWS = 200;

/**
 * Inside GitHub Actions: each finding is an annotation on its file and line (paths relative to the
 * workspace), progress is logged sparingly, and the job summary gets the findings and tables.
 */
export class ActionsReporter implements Reporter {
  private lastLogged = 0;

  constructor(
    private readonly cwd: string = process.cwd(),
    private readonly workspace: string = process.env.GITHUB_WORKSPACE ?? process.cwd(),
  ) {}

  progress(label: string, done: number, total: number): void {
    const now = Date.now();
    if (done === total || now - this.lastLogged > 5000) {
      this.lastLogged = now;
      core.info(logLine(`[${done}/${total}] ${label}`));
    }
  }

  info(message: string): void {
    core.info(logLine(message));
  }

  group(title: string): void {
    core.startGroup(printable(title));
  }

  groupEnd(): void {
    core.endGroup();
  }

  async report(result: CommandReport): Promise<void> {
    const findings = sortFindings(result.findings);
    for (const f of findings) {
      const props = this.annotation(f);
      // Inside a package the file has no place in the workspace: annotate the package, name the entry.
      const inside = isPackage(f.plugin) && f.file ? `${f.file}${f.line ? `:${f.line}` : ''}: ` : '';
      const message = printable(`${inside}${f.message}`);
      const text = f.fix ? `${message}\nFix: ${printable(f.fix)}` : message;
      if (f.severity === 'error') core.error(text, props);
      else if (f.severity === 'warning') core.warning(text, props);
      else core.notice(text, props);
    }
    const counts = countFindings(findings);
    core.info(logLine(`${result.headline}: ${countsText(counts)}`));
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    const summary = core.summary.addHeading(`dify-plugin-release ${result.command}`, 2);
    summary.addRaw(
      `${counts.errors > 0 ? '❌' : '✅'} ${html(result.headline)}: ${countsText(counts)}`,
      true,
    );
    for (const table of result.tables ?? []) {
      if (table.rows.length === 0) continue;
      summary.addHeading(table.title, 3);
      summary.addTable([
        table.header.map((h) => ({ data: html(h), header: true })),
        ...table.rows.map((r) => r.map((c) => html(String(c)))),
      ]);
    }
    if (findings.length > 0) {
      summary.addHeading('Findings', 3);
      summary.addTable([
        ['Severity', 'Code', 'Location', 'Message'].map((h) => ({ data: h, header: true })),
        ...findings
          .slice(0, SUMMARY_ROWS)
          .map((f) => [f.severity, f.code, html(location(f)), html(f.message)]),
      ]);
      if (findings.length > SUMMARY_ROWS)
        summary.addRaw(`… and ${findings.length - SUMMARY_ROWS} more in the log.`, true);
    }
    await summary.write();
  }

  async fatal(message: string, fix?: string): Promise<void> {
    core.setFailed(printable(fix ? `${message}\nFix: ${fix}` : message));
  }

  private annotation(f: Finding): core.AnnotationProperties {
    const where = displayPath(f);
    const props: core.AnnotationProperties = { title: f.code };
    if (isPackage(f.plugin)) {
      props.file = this.relative(f.plugin!);
      return props;
    }
    if (where) props.file = this.relative(where);
    if (f.line) props.startLine = f.line;
    if (f.line && f.endLine && f.endLine !== f.line) props.endLine = f.endLine;
    // GitHub ignores columns on multi-line annotations.
    if (f.column && (!f.endLine || f.endLine === f.line)) {
      props.startColumn = f.column;
      if (f.endColumn) props.endColumn = f.endColumn;
    }
    return props;
  }

  /** A path as GitHub wants it: relative to the workspace, `/`-separated. */
  private relative(where: string): string {
    return path.relative(this.workspace, path.resolve(this.cwd, where)).split(path.sep).join('/');
  }
}

function isPackage(plugin: string | undefined): boolean {
  return Boolean(plugin && /\.dify(pkg|bndl)$/.test(plugin));
}

/**
 * A line for the log: one line (control characters escaped) that cannot act as a workflow command
 * (a file or test name starting with `::` would otherwise be read as one).
 */
function logLine(text: string): string {
  const line = printable(text);
  return line.startsWith('::') ? `:\u200b${line.slice(1)}` : line;
}

/** The job summary's tables are HTML: escape what a name or message may hold. */
function html(text: string): string {
  return printable(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function location(f: Finding): string {
  const where = displayPath(f) ?? '';
  return f.line ? `${where}:${f.line}` : where;
}
