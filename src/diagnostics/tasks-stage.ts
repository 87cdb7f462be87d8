/**
 * `tasks list|cleanup [--env NAME]`: the install tasks of each selected target, and the failed and
 * stale ones deleted through its API (refused while one runs, unless --force; --dry-run deletes
 * nothing). A target that cannot be opened or reached is reported with its own error; the others
 * are still done.
 */
import type { Code } from '../core/codes.js';
import { TargetError } from '../daemon/errors.js';
import type { TargetInfo } from '../daemon/types.js';
import type { StageContext } from '../io/context.js';
import { openTarget } from '../local-daemon/open.js';
import { selectTargets, type TargetFlags } from './selection.js';
import {
  type CleanupResult,
  cleanupTasks,
  DEFAULT_STALE_AFTER_MS,
  listTasks,
  type TaskView,
} from './tasks.js';

export interface TasksStageInput extends TargetFlags {
  action: 'list' | 'cleanup';
  force?: boolean;
  /** Minutes without change after which a pending or running task is stale. */
  staleAfter?: number;
}

export interface TargetProblem {
  message: string;
  code: Code;
  fix?: string;
  exitCode: 1 | 2;
}

export interface TargetTasks {
  label: string;
  info?: TargetInfo;
  tasks?: TaskView[];
  cleanup?: CleanupResult;
  problem?: TargetProblem;
}

export interface TasksStageResult {
  action: 'list' | 'cleanup';
  staleAfterMs: number;
  dryRun: boolean;
  force: boolean;
  targets: TargetTasks[];
}

export async function tasksStage(input: TasksStageInput, ctx: StageContext): Promise<TasksStageResult> {
  const staleAfterMs =
    input.staleAfter !== undefined ? Math.round(input.staleAfter * 60_000) : DEFAULT_STALE_AFTER_MS;
  const options = { now: () => ctx.now(), staleAfterMs };
  const out: TargetTasks[] = [];
  for (const { label, selection } of selectTargets(input, ctx)) {
    let target: Awaited<ReturnType<typeof openTarget>> | undefined;
    try {
      target = await openTarget(selection, ctx);
      if (input.action === 'list') {
        out.push({ label, info: target.info, tasks: await listTasks(target, options) });
      } else {
        const cleanup = await cleanupTasks(target, {
          ...options,
          force: input.force === true,
          dryRun: ctx.dryRun,
          log: ctx.log,
        });
        out.push({ label, info: target.info, tasks: cleanup.found, cleanup });
      }
    } catch (error) {
      out.push({ label, ...(target ? { info: target.info } : {}), problem: problemOf(error) });
    } finally {
      await target?.close();
    }
  }
  return {
    action: input.action,
    staleAfterMs,
    dryRun: ctx.dryRun,
    force: input.force === true,
    targets: out,
  };
}

/** A target's error as the report shows it (its code and fix); other errors (usage) go on up. */
export function problemOf(error: unknown): TargetProblem {
  if (error instanceof TargetError) {
    return {
      message: error.message,
      code: error.code,
      exitCode: error.exitCode,
      ...(error.fix ? { fix: error.fix } : {}),
    };
  }
  throw error;
}
