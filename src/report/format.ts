import path from 'node:path';
import { countFindings, type Finding, type FindingCounts, SEVERITY_RANK } from '../core/finding.js';
import type { Section } from '../core/report.js';
import { printable } from './escape.js';

export function countsText(counts: FindingCounts): string {
  const parts = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning')];
  if (counts.notices > 0) parts.push(plural(counts.notices, 'notice'));
  return parts.join(', ');
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Counts over every section, plus fatal failures (each counts as an error). */
export function runCounts(sections: readonly Section[], fatals = 0): FindingCounts {
  const counts = countFindings(sections.flatMap((s) => s.findings));
  return { ...counts, errors: counts.errors + fatals };
}

/** Errors first, then warnings, then notices; stable within a severity. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

/**
 * A finding's file as the user sees it from the working directory (`tools/x/../../tests/tools/x/t.py`
 * for tests kept outside a plugin becomes `tests/tools/x/t.py`).
 */
export function displayPath(f: Finding): string | undefined {
  if (!f.file) return f.plugin && f.plugin !== '.' ? f.plugin : undefined;
  return path.posix.normalize(f.plugin && f.plugin !== '.' ? `${f.plugin}/${f.file}` : f.file);
}

/** `file:line:col`, or the file, or nothing. */
export function location(f: Finding, withColumn = false): string {
  const where = displayPath(f) ?? '';
  if (!where || !f.line) return where;
  return `${where}:${f.line}${withColumn && f.column ? `:${f.column}` : ''}`;
}

/** A plain text table, columns padded, cells printable. */
export function formatTable(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map((c) => printable(String(c))))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `  ${r.map((c, i) => c.padEnd(widths[i]!)).join('  ')}`.trimEnd();
  return `${line(header)}\n${cells
    .slice(1)
    .map((r) => line(r))
    .join('\n')}\n`;
}

export function isPackagePath(plugin: string | undefined): boolean {
  return Boolean(plugin && /\.dify(pkg|bndl)$/.test(plugin));
}
