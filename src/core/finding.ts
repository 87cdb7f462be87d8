/** Severity of a finding. `error` fails the command (exit 1); `--strict` promotes warnings. */
export type Severity = 'error' | 'warning' | 'notice';

/** Where a finding points: a file relative to the plugin root, 1-based line and column. */
export interface Location {
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

/** One problem found by any stage. The shape is the `--json` contract; keep it stable. */
export interface Finding extends Location {
  /** Stable code, `DPR` + three digits. */
  code: string;
  severity: Severity;
  message: string;
  /** Grouping for reports and config (`manifest`, `declaration`, `reference`, `contents`, …). */
  category: string;
  /** How to fix it, in one sentence. */
  fix?: string;
  /** The plugin root the file is relative to, relative to the working directory (`.` for one plugin). */
  plugin?: string;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Sort findings by plugin, file, line, column, then code: output must be stable for diffs and tests. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      cmp(a.plugin ?? '', b.plugin ?? '') ||
      cmp(a.file ?? '', b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      cmp(a.code, b.code) ||
      cmp(a.message, b.message),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface FindingCounts {
  errors: number;
  warnings: number;
  notices: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts = { errors: 0, warnings: 0, notices: 0 };
  for (const f of findings) {
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else counts.notices++;
  }
  return counts;
}

/** Options every finding-producing command shares: `--strict` and ignored codes. */
export interface SeverityPolicy {
  strict?: boolean;
  ignore?: readonly string[];
}

/** Apply `--strict` (warnings become errors) and the ignore list. Notices are never promoted. */
export function applyPolicy(findings: Finding[], policy: SeverityPolicy): Finding[] {
  const ignored = new Set(policy.ignore ?? []);
  return findings
    .filter((f) => !ignored.has(f.code))
    .map((f) => (policy.strict && f.severity === 'warning' ? { ...f, severity: 'error' } : f));
}
