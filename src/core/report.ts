import type { Finding } from './finding.js';

/**
 * What a stage hands the reporter: one section of a run (a run of `pipeline` has one per stage).
 * Plain data; the renderers in src/report/ decide how it looks in a terminal, in JSON and in Actions.
 */
export interface Section {
  /** The stage, e.g. `validate`. */
  stage: string;
  /** One line saying what was done, e.g. "3 plugins validated". */
  headline: string;
  findings: Finding[];
  /** Machine-readable facts for `--json` (the stage's `summary`); counts are added by the reporter. */
  summary: Record<string, unknown>;
  /** Tables for the job summary and the terminal. */
  tables?: Table[];
}

/** A table of values (strings and numbers), rendered as text, Markdown or HTML by the renderer. */
export interface DataTable {
  kind?: 'data';
  title: string;
  header: string[];
  rows: (string | number)[][];
}

export type GateStatus = 'passed' | 'failed' | 'skipped' | 'pending';

/** One gate of a checklist: its verdict and the evidence it rests on. */
export interface Gate {
  /** Stable id (`signature`, `staging`, …). */
  id: string;
  /** What the gate checks, for people. */
  title: string;
  status: GateStatus;
  /** Required gates block promotion; optional ones only inform. */
  required: boolean;
  /** Why it was skipped or failed, or what is pending (one sentence). */
  reason?: string;
  /** What the verdict rests on: short facts (`sha256 3f2a…`, `install took 840 ms (budget 5 s)`). */
  evidence: string[];
  /** What to do next when it failed or is pending. */
  fix?: string;
}

/** A checklist: gates with their verdicts, rendered as a gate table. */
export interface GateTable {
  kind: 'gates';
  title: string;
  gates: Gate[];
}

export type Table = DataTable | GateTable;

export function isGateTable(table: Table): table is GateTable {
  return table.kind === 'gates';
}
