/**
 * Running one command's declaration inside another command's run (`pipeline`): its values resolved
 * as the runner resolves them (given > .dify-release.yml > default), its stage run, its result
 * presented, its sections reported at once through the context, its exit code decided by the same
 * rule. A stage that throws (a usage or environment error) becomes a failed step with that message,
 * so the chain can stop there and say why.
 */

import { finding } from '../core/codes.js';
import { DprError, errorMessage } from '../core/errors.js';
import type { Section } from '../core/report.js';
import type { StageContext } from '../io/context.js';
import type { CommandDecl } from './declare.js';
import { resolveOption } from './resolve.js';
import { allOptions, settle } from './run.js';

export interface StepOutcome<R = unknown> {
  /** The command's name (the stage). */
  name: string;
  /** What the step is, for people: "deploy to staging". */
  label: string;
  exitCode: 0 | 1 | 2;
  /** The stage's own result; absent when it threw. */
  result?: R;
  outputs: Record<string, string>;
  sections: Section[];
  /** Why it failed, in one line (its first error, or the message it threw). */
  reason?: string;
  ms: number;
}

/** Run `decl` with `given` values (option keys → typed values) in `ctx`. */
export async function runStep<I, R>(
  decl: CommandDecl<I, R>,
  given: Record<string, unknown>,
  ctx: StageContext,
  label: string = decl.name,
): Promise<StepOutcome<R>> {
  const started = Date.now();
  const input: Record<string, unknown> = {};
  for (const o of allOptions(decl as CommandDecl<never, never>))
    input[o.key] = resolveOption(o, given[o.key], ctx.config).value;
  try {
    const result = await decl.run(input as I, ctx);
    const shown = decl.present(result, input as I, ctx);
    const { sections, errors, exitCode, outputs } = settle(shown, ctx.policy);
    for (const s of sections) ctx.section(s);
    return {
      name: decl.name,
      label,
      exitCode,
      result,
      outputs,
      sections,
      reason: exitCode === 0 ? undefined : (errors[0]?.message ?? sections.at(-1)?.headline),
      ms: Date.now() - started,
    };
  } catch (error) {
    if (!(error instanceof DprError)) throw error;
    const section: Section = {
      stage: decl.name,
      headline: `${label} stopped: ${error.message}`,
      findings: [finding('DPR1401', `${label}: ${error.message}`, { fix: error.fix })],
      summary: { error: errorMessage(error) },
    };
    ctx.section(section);
    return {
      name: decl.name,
      label,
      exitCode: error.exitCode,
      outputs: {},
      sections: [section],
      reason: error.message,
      ms: Date.now() - started,
    };
  }
}
