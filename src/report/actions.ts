import path from 'node:path';
import * as core from '@actions/core';
import { countFindings, type Finding, sortFindings } from '../core/finding.js';
import { type CommandReport, countsText, displayPath, type Reporter } from './reporter.js';

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
      core.info(`[${done}/${total}] ${label}`);
    }
  }

  info(message: string): void {
    core.info(message);
  }

  async report(result: CommandReport): Promise<void> {
    const findings = sortFindings(result.findings);
    for (const f of findings) {
      const props = this.annotation(f);
      const text = f.fix ? `${f.message}\nFix: ${f.fix}` : f.message;
      if (f.severity === 'error') core.error(text, props);
      else if (f.severity === 'warning') core.warning(text, props);
      else core.notice(text, props);
    }
    const counts = countFindings(findings);
    core.info(`${result.headline}: ${countsText(counts)}`);
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    const summary = core.summary.addHeading(`dify-plugin-release ${result.command}`, 2);
    summary.addRaw(`${counts.errors > 0 ? '❌' : '✅'} ${result.headline}: ${countsText(counts)}`, true);
    for (const table of result.tables ?? []) {
      if (table.rows.length === 0) continue;
      summary.addHeading(table.title, 3);
      summary.addTable([
        table.header.map((h) => ({ data: h, header: true })),
        ...table.rows.map((r) => r.map((c) => String(c))),
      ]);
    }
    if (findings.length > 0) {
      summary.addHeading('Findings', 3);
      summary.addTable([
        ['Severity', 'Code', 'Location', 'Message'].map((h) => ({ data: h, header: true })),
        ...findings
          .slice(0, SUMMARY_ROWS)
          .map((f) => [f.severity, f.code, location(f), escapeCell(f.message)]),
      ]);
      if (findings.length > SUMMARY_ROWS)
        summary.addRaw(`… and ${findings.length - SUMMARY_ROWS} more in the log.`, true);
    }
    await summary.write();
  }

  async fatal(message: string, fix?: string): Promise<void> {
    core.setFailed(fix ? `${message}\nFix: ${fix}` : message);
  }

  private annotation(f: Finding): core.AnnotationProperties {
    const where = displayPath(f);
    const props: core.AnnotationProperties = { title: f.code };
    if (where)
      props.file = path.relative(this.workspace, path.resolve(this.cwd, where)).split(path.sep).join('/');
    if (f.line) props.startLine = f.line;
    if (f.line && f.endLine && f.endLine !== f.line) props.endLine = f.endLine;
    // GitHub ignores columns on multi-line annotations.
    if (f.column && (!f.endLine || f.endLine === f.line)) {
      props.startColumn = f.column;
      if (f.endColumn) props.endColumn = f.endColumn;
    }
    return props;
  }
}

function location(f: Finding): string {
  const where = displayPath(f) ?? '';
  return f.line ? `${where}:${f.line}` : where;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/</g, '&lt;');
}
