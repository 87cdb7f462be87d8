/**
 * Failure classification for the stages that deploy (deploy, promote, rollback): from a target's
 * typed error (an upload refused, a task failed, a task that never ended) to a diagnosis, and from a
 * diagnosis to what the output carries: a finding (message with the daemon's text verbatim, the
 * class's code and remedy), evidence lines for a checklist gate, and a row for the job summary.
 */
import { type Code, finding } from '../core/codes.js';
import type { Finding } from '../core/finding.js';
import type { Gate } from '../core/report.js';
import { TargetError, TaskFailedError } from '../daemon/errors.js';
import type { InstallTask } from '../daemon/types.js';
import { classifyFailure, type FailureDiagnosis } from './failures.js';

export interface PluginFailure extends FailureDiagnosis {
  /** The identifier that failed, when a task says. */
  identifier?: string;
  taskId?: string;
}

/** Error kinds that are about the thing deployed (the rest have their own DPR11xx code and fix). */
const INSTALL_KINDS = new Set(['rejected', 'task-failed', 'timeout', 'server']);

/**
 * The diagnoses of an error a target threw: one per failed plugin of a failed task, one for an
 * upload or install refusal, one for a task that did not end. Empty for errors that are not about
 * the package (credentials, permissions, configuration, a target that does not answer): those carry
 * their own code and fix already.
 */
export function diagnoseError(error: unknown): PluginFailure[] {
  if (error instanceof TaskFailedError) return diagnoseTask(error.task);
  if (!(error instanceof TargetError) || !INSTALL_KINDS.has(error.kind)) return [];
  const text = error.kind === 'timeout' ? error.message : (error.serverMessage ?? error.message);
  return [classifyFailure(text)];
}

/** The diagnoses of a task's failed plugins (none when nothing failed). */
export function diagnoseTask(task: InstallTask): PluginFailure[] {
  return task.plugins
    .filter((p) => p.status === 'failed')
    .map((p) => ({
      ...classifyFailure(p.message || `install task ${task.id} failed without a message`),
      identifier: p.identifier,
      taskId: task.id,
    }));
}

/** A finding for a diagnosis: the class in words, then the daemon's text verbatim; the remedy as fix. */
export function failureFinding(
  d: PluginFailure,
  options: { severity?: Finding['severity']; context?: string } = {},
): Finding {
  const where = options.context ?? (d.identifier ? `${d.identifier}` : 'install');
  return finding(d.code, `${where}: ${d.title}; the target said: ${d.text}`, {
    fix: d.remedy,
    ...(options.severity ? { severity: options.severity } : {}),
  });
}

/** Evidence lines for a checklist gate: the class and code, the deciding line, the text verbatim. */
export function failureEvidence(d: PluginFailure): string[] {
  const out = [`${d.class} (${d.code})${d.identifier ? ` for ${d.identifier}` : ''}: ${d.title}`];
  if (d.matched && d.matched !== d.text.trim()) out.push(`decided by: ${d.matched}`);
  out.push(`the target said: ${d.text}`);
  return out;
}

/** What a failed gate carries for a set of diagnoses: reason, evidence and the fix. */
export function failureGateFields(failures: readonly PluginFailure[]): {
  reason: string;
  evidence: string[];
  fix: string;
} {
  const first = failures[0];
  if (!first) return { reason: 'the install failed', evidence: [], fix: 'Read the target’s message.' };
  return {
    reason: failures.length > 1 ? `${first.title} (and ${failures.length - 1} more)` : first.title,
    evidence: failures.flatMap(failureEvidence),
    fix: [...new Set(failures.map((f) => f.remedy))].join(' '),
  };
}

/** A job-summary table of diagnoses: class, code, identifier, remedy, the target's text. */
export function failureRows(failures: readonly PluginFailure[]): string[][] {
  return failures.map((f) => [f.class, f.code, f.identifier ?? '', f.remedy, f.text]);
}

export const FAILURE_HEADER = ['Failure', 'Code', 'Plugin', 'Remedy', 'The target said'];

/**
 * A checklist gate for an install that failed (deploy's `staging` gate, promote's per-tenant
 * install): failed, with the classified reason, the evidence lines (class, code, the deciding line,
 * the target's text verbatim) and the remedies as the fix. `undefined` when the error is not about
 * the package (credentials, configuration, reachability: those keep their own DPR11xx code).
 */
export function installFailureGate(
  error: unknown,
  gate: { id: string; title: string; required?: boolean },
): (Gate & { code: Code; failures: PluginFailure[] }) | undefined {
  const failures = diagnoseError(error);
  const first = failures[0];
  if (!first) return undefined;
  const fields = failureGateFields(failures);
  return {
    id: gate.id,
    title: gate.title,
    required: gate.required ?? true,
    status: 'failed',
    reason: fields.reason,
    evidence: fields.evidence,
    fix: fields.fix,
    code: first.code,
    failures,
  };
}
