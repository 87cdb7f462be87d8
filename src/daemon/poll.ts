/**
 * Poll an install task until it ends: `success`, or `failed` (a {@link TaskFailedError} with the
 * daemon's message), with doubling intervals and an overall time limit (DPR1107). A task the target
 * no longer knows after it was seen running ended well: the daemon deletes succeeded tasks.
 */
import { TargetError, TaskFailedError } from './errors.js';
import type { InstallTask, WaitOptions } from './types.js';

/** The daemon's own install timeout (PLUGIN_INSTALL_TIMEOUT, minutes) is 10 by default. */
export const DEFAULT_TASK_TIMEOUT_MS = 600_000;

export async function waitFor(
  fetchTask: (id: string) => Promise<InstallTask>,
  id: string,
  options: WaitOptions = {},
  now: () => number = Date.now,
): Promise<InstallTask> {
  const timeout = options.timeoutMs ?? DEFAULT_TASK_TIMEOUT_MS;
  const started = now();
  let interval = options.intervalMs ?? 100;
  const maxInterval = options.maxIntervalMs ?? 4000;
  let last: InstallTask | undefined;
  for (;;) {
    if (options.signal?.aborted) {
      throw new TargetError(
        `stopped waiting for install task ${id}: interrupted`,
        { kind: 'timeout', code: 'DPR1107' },
        'The task may still finish on the target: look with `tasks list`.',
      );
    }
    let task: InstallTask;
    try {
      task = await fetchTask(id);
    } catch (error) {
      // The daemon deletes a task some time after it succeeded (a failed one stays until deleted).
      if (last && error instanceof TargetError && /record not found/i.test(error.serverMessage ?? '')) {
        return {
          ...last,
          status: 'success',
          completedPlugins: last.totalPlugins,
          plugins: last.plugins.map((p) => ({ ...p, status: 'success', message: p.message || 'installed' })),
        };
      }
      throw error;
    }
    last = task;
    options.onUpdate?.(task);
    if (task.status === 'success') return task;
    if (task.status === 'failed') {
      const failed = task.plugins.find((p) => p.status === 'failed');
      throw new TaskFailedError(
        task,
        `install task ${id} failed${failed ? ` for ${failed.identifier}: ${failed.message || 'no message'}` : ''}`,
        'Read the daemon’s message above; fix the package or the daemon’s environment, then deploy again.',
      );
    }
    const elapsed = now() - started;
    if (elapsed >= timeout) {
      const running = last.plugins.map(
        (p) => `${p.identifier} ${p.status}${p.message ? ` (${p.message})` : ''}`,
      );
      throw new TargetError(
        `install task ${id} did not finish within ${Math.round(timeout / 1000)} s: ${running.join('; ') || last.status}`,
        { kind: 'timeout', code: 'DPR1107' },
        'The daemon may still be installing dependencies; look at its log, then wait longer or clean the task up with `tasks cleanup`.',
      );
    }
    await sleep(Math.min(interval, timeout - elapsed), options.signal);
    interval = Math.min(interval * 2, maxInterval);
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', done);
      clearTimeout(timer);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
