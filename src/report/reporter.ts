import path from 'node:path';
import { countFindings, type Finding, type FindingCounts, sortFindings } from '../core/finding.js';

/** A table for the job summary (and the terminal when it helps). */
export interface SummaryTable {
  title: string;
  header: string[];
  rows: (string | number)[][];
}

/** What a command hands the reporter when it is done. */
export interface CommandReport {
  /** The command, e.g. `validate`. */
  command: string;
  findings: Finding[];
  /** Machine-readable facts for `--json` (`summary` there), counts added by the reporter. */
  summary: Record<string, unknown>;
  /** Tables for the job summary and the terminal. */
  tables?: SummaryTable[];
  /** One line saying what was done, e.g. "3 plugins validated". */
  headline: string;
}

/**
 * The one reporter every stage reports through. Three renderings: coloured text in a terminal,
 * one JSON object with `--json`, annotations and a job summary inside GitHub Actions.
 */
export interface Reporter {
  /** Progress of long work; shown on a terminal, logged now and then in Actions, silent in JSON. */
  progress(label: string, done: number, total: number): void;
  /** A line of information (not a finding). */
  info(message: string): void;
  /** Fold the lines that follow, until `groupEnd` (a collapsed group in Actions; nothing elsewhere). */
  group?(title: string): void;
  groupEnd?(): void;
  /** The result of a command: findings, summary, tables. */
  report(result: CommandReport): Promise<void>;
  /** A failure that stopped the command (usage or environment): one clear message, never a stack. */
  fatal(message: string, fix?: string): Promise<void>;
}

/** The `--json` document: stable keys, null where a location is absent. */
export function jsonDocument(result: CommandReport): Record<string, unknown> {
  const findings = sortFindings(result.findings).map((f) => ({
    code: f.code,
    severity: f.severity,
    message: f.message,
    file: f.file ?? null,
    line: f.line ?? null,
    column: f.column ?? null,
    category: f.category,
    fix: f.fix ?? null,
    plugin: f.plugin ?? null,
  }));
  return {
    command: result.command,
    findings,
    summary: {
      ...result.summary,
      ...countFindings(result.findings),
      ok: countFindings(result.findings).errors === 0,
    },
  };
}

export function countsText(counts: FindingCounts): string {
  const parts = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning')];
  if (counts.notices > 0) parts.push(plural(counts.notices, 'notice'));
  return parts.join(', ');
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Text from files and packages may hold control characters (a zip entry named `x\n::error::…`, an
 * escape sequence): shown raw they would forge lines, annotations or terminal colours. Show them as
 * escapes instead (`\n`, `\x1b`); tabs stay.
 */
export function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

/**
 * A finding's file as the user sees it from the working directory (`tools/x/../../tests/tools/x/t.py`
 * for tests kept outside a plugin becomes `tests/tools/x/t.py`).
 */
export function displayPath(f: Finding): string | undefined {
  if (!f.file) return f.plugin && f.plugin !== '.' ? f.plugin : undefined;
  return path.posix.normalize(f.plugin && f.plugin !== '.' ? `${f.plugin}/${f.file}` : f.file);
}
