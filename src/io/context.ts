import type { ReleaseConfig } from '../config/types.js';
import type { Finding, SeverityPolicy } from '../core/finding.js';
import type { Section } from '../core/report.js';
import type { Git } from './git.js';
import type { HttpClient } from './http.js';
import type { ProcessRunner } from './process.js';

/** The I/O a stage may do, each behind its port (one adapter each; tests may pass their own). */
export interface Ports {
  processes: ProcessRunner;
  /** Git in a directory (default: the working directory). */
  git(cwd?: string): Git;
  http: HttpClient;
}

/** `--strict` and the ignored codes, global and per plugin, applied in one place. */
export interface Policy extends SeverityPolicy {
  /** Apply the policy: ignored codes dropped, warnings promoted under strict (per plugin overrides too). */
  apply(findings: readonly Finding[]): Finding[];
}

/**
 * Everything a stage gets besides its input, built once per run by the adapter (CLI or action):
 * no stage reads `process.cwd()`, `process.env` or the clock on its own.
 */
export interface StageContext {
  /** The directory relative paths are relative to. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  now(): Date;
  /** A line of information for people (not a finding). */
  log(message: string): void;
  /** Progress of long work. */
  progress(label: string, done: number, total: number): void;
  /** Relay a child process's output (pytest): a folded block, workflow commands off inside it. */
  relay(title: string): { line(text: string): void; end(): void };
  /** Report a section now (stages that run others, like `pipeline`, report one per stage). */
  section(section: Section): void;
  policy: Policy;
  config: ReleaseConfig;
  ports: Ports;
  /** Make no remote change: say what would be done. */
  dryRun: boolean;
  /** Aborted when the run is interrupted (SIGINT, SIGTERM). */
  signal: AbortSignal;
}
