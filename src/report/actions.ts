import { randomBytes } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { countFindings, type Finding, sortFindings } from '../core/finding.js';
import { isGateTable, type Section, type Table } from '../core/report.js';
import { logLine, printable, summaryText } from './escape.js';
import { bySeverity, countsText, displayPath, isPackagePath, location, plural, runCounts } from './format.js';
import { GATE_HEADER, gateRows } from './gates.js';
import type { Reporter, RunEnd } from './reporter.js';

/** A step summary may hold 1 MiB; keep well below it. */
const SUMMARY_BUDGET = 900 * 1024;
/** Warnings listed in the summary per run before only their count is given. */
const MAX_WARNING_ROWS = 200;

export interface ActionsReporterOptions {
  /** The directory findings' paths are relative to. */
  cwd: string;
  /** Annotation paths are relative to the workspace. */
  workspace: string;
  /** Also annotate notices (they are counted in the summary either way). */
  annotateNotices?: boolean;
  /** The job summary file (`GITHUB_STEP_SUMMARY`); none: no summary. */
  summaryFile?: string;
  command: string;
}

/**
 * Inside GitHub Actions: errors and warnings are annotations on their file and line (notices only
 * when asked), progress is logged sparingly, and the job summary has a section per stage: gates,
 * tables, every error, then warnings (up to a budget), then counts for the rest.
 */
export class ActionsReporter implements Reporter {
  private lastLogged = 0;
  private readonly sections: Section[] = [];
  private readonly fatals: { message: string; fix?: string }[] = [];

  constructor(private readonly options: ActionsReporterOptions) {}

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

  relay(title: string): { line(text: string): void; end(): void } {
    // Relayed output runs with workflow commands off: only our random token turns them back on.
    const token = randomBytes(16).toString('hex');
    core.startGroup(logLine(title));
    process.stdout.write(`::stop-commands::${token}\n`);
    return {
      line: (text) => core.info(logLine(text)),
      end: () => {
        process.stdout.write(`::${token}::\n`);
        core.endGroup();
      },
    };
  }

  section(section: Section): void {
    this.sections.push(section);
    for (const f of sortFindings(section.findings)) {
      if (f.severity === 'notice' && !this.options.annotateNotices) continue;
      const props = this.annotation(f);
      // Inside a package the file has no place in the workspace: annotate the package, name the entry.
      const inside = isPackagePath(f.plugin) && f.file ? `${f.file}${f.line ? `:${f.line}` : ''}: ` : '';
      const message = printable(`${inside}${f.message}`);
      const text = f.fix ? `${message}\nFix: ${printable(f.fix)}` : message;
      if (f.severity === 'error') core.error(text, props);
      else if (f.severity === 'warning') core.warning(text, props);
      else core.notice(text, props);
    }
    core.info(logLine(`${section.headline}: ${countsText(countFindings(section.findings))}`));
  }

  fatal(message: string, fix?: string): void {
    this.fatals.push({ message, fix });
    // One annotation; the fix on its own line (the runner turns the escaped newline back into one).
    core.error(fix ? `${printable(message)}\nFix: ${printable(fix)}` : printable(message), {
      title: `dify-plugin-release ${this.options.command}`,
    });
    process.exitCode = process.exitCode || 2;
  }

  async finish(end: RunEnd): Promise<void> {
    if (end.exitCode === 1) core.setFailed(`${this.options.command} failed`);
    else if (end.exitCode !== 0) process.exitCode = end.exitCode;
    if (!this.options.summaryFile) return;
    appendFileSync(this.options.summaryFile, this.summary(end));
  }

  /** The job summary: a heading per stage, then its gates, tables and findings, within budget. */
  summary(end: RunEnd): string {
    const parts: string[] = [];
    const multi = this.sections.length > 1;
    if (multi || this.sections.length === 0) {
      const counts = runCounts(this.sections, this.fatals.length);
      parts.push(
        `## dify-plugin-release ${summaryText(this.options.command)}\n\n${end.exitCode === 0 ? '✅' : '❌'} ${plural(this.sections.length, 'stage')}: ${countsText(counts)}\n\n`,
      );
    }
    for (const f of this.fatals) {
      parts.push(`❌ **${summaryText(f.message)}**${f.fix ? `<br>Fix: ${summaryText(f.fix)}` : ''}\n\n`);
    }
    let warningRows = MAX_WARNING_ROWS;
    const fixed = parts.join('').length + this.sections.length * 512;
    // Errors always get the room they need; warnings share what is left.
    const errorBytes = this.sections.reduce(
      (n, s) => n + s.findings.filter((f) => f.severity === 'error').length * 320,
      0,
    );
    let budget = SUMMARY_BUDGET - fixed - errorBytes;
    for (const s of this.sections) {
      const counts = countFindings(s.findings);
      parts.push(
        `${multi ? '###' : '##'} ${multi ? '' : 'dify-plugin-release '}${summaryText(s.stage)}\n\n${counts.errors > 0 ? '❌' : '✅'} ${summaryText(s.headline)}: ${countsText(counts)}\n\n`,
      );
      for (const t of s.tables ?? []) parts.push(tableHtml(t, multi ? '####' : '###'));
      const ordered = bySeverity(sortFindings(s.findings));
      const errors = ordered.filter((f) => f.severity === 'error');
      const warnings = ordered.filter((f) => f.severity === 'warning');
      const listed: Finding[] = [...errors];
      for (const w of warnings) {
        const cost = 320;
        if (warningRows <= 0 || budget - cost < 0) break;
        listed.push(w);
        warningRows--;
        budget -= cost;
      }
      if (listed.length > 0) parts.push(findingsHtml(listed, multi ? '####' : '###'));
      const unlisted = warnings.length - (listed.length - errors.length);
      const rest = [
        unlisted > 0 ? `${plural(unlisted, 'more warning')}` : '',
        counts.notices > 0 ? plural(counts.notices, 'notice') : '',
      ].filter(Boolean);
      if (rest.length > 0) parts.push(`${rest.join(' and ')} in the log (run with \`--json\` for all).\n\n`);
    }
    return parts.join('');
  }

  private annotation(f: Finding): core.AnnotationProperties {
    const props: core.AnnotationProperties = { title: f.code };
    if (isPackagePath(f.plugin)) {
      props.file = this.relative(f.plugin!);
      return props;
    }
    const where = displayPath(f);
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
    return path
      .relative(this.options.workspace, path.resolve(this.options.cwd, where))
      .split(path.sep)
      .join('/');
  }
}

function tableHtml(t: Table, heading: string): string {
  const [header, rows] = isGateTable(t) ? [GATE_HEADER, gateRows(t)] : [t.header, t.rows];
  if (rows.length === 0) return '';
  const head = `<tr>${header.map((h) => `<th>${summaryText(h)}</th>`).join('')}</tr>`;
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${summaryText(String(c))}</td>`).join('')}</tr>`);
  return `${heading} ${summaryText(t.title)}\n\n<table>${head}${body.join('')}</table>\n\n`;
}

function findingsHtml(findings: Finding[], heading: string): string {
  const rows = findings.map(
    (f) =>
      `<tr><td>${f.severity}</td><td>${f.code}</td><td>${summaryText(location(f))}</td><td>${summaryText(f.message)}</td></tr>`,
  );
  return `${heading} Findings\n\n<table><tr><th>Severity</th><th>Code</th><th>Location</th><th>Message</th></tr>${rows.join('')}</table>\n\n`;
}
