import type { Section } from '../core/report.js';

export type { DataTable, Gate, GateStatus, GateTable, Section, Table } from '../core/report.js';

/** How a run ended, for the renderers' last word (the JSON document, the job summary). */
export interface RunEnd {
  exitCode: number;
  outputs: Record<string, string>;
  /** More top-level fields of the `--json` document (a command's contract, e.g. `status`'s). */
  document?: Record<string, unknown>;
}

/**
 * The one reporter of a run. A run has sections, one per stage; three renderings: coloured text in a
 * terminal, exactly one JSON document with `--json`, annotations and a job summary inside Actions.
 */
export interface Reporter {
  /** Progress of long work; shown on a terminal, logged now and then in Actions, silent in JSON. */
  progress(label: string, done: number, total: number): void;
  /** A line of information (not a finding). */
  info(message: string): void;
  /**
   * Output relayed from a child process (pytest): `start` opens a folded block (a group in Actions,
   * with workflow commands switched off inside it), `line` relays one line, `end` closes it.
   */
  relay(title: string): { line(text: string): void; end(): void };
  /** A stage's result: findings, facts, tables, gates. */
  section(section: Section): void;
  /** A failure that stopped the run (usage or environment): one clear message and its fix. */
  fatal(message: string, fix?: string): void;
  /** The run is over: print the JSON document, write the job summary. Call exactly once. */
  finish(end: RunEnd): Promise<void>;
}
