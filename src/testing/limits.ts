/**
 * Limits of the test stage, kept apart (no imports) so the CLI can check its options without loading
 * the stage.
 */

/** The longest `--timeout` in seconds: Node's timers hold at most 2^31-1 ms (about 24.8 days). */
export const MAX_TIMEOUT_SECONDS = 2_147_483;

/**
 * The time limit of the short commands the stage runs (probing an interpreter, checking installed
 * requirements, `uv export`): a hanging interpreter must not hang `test`, whatever `--timeout` says.
 */
export const QUICK_TIMEOUT_MS = 60_000;

/** The time limit of each command installing the requirements a cached environment lacks. */
export const TOP_UP_TIMEOUT_MS = 2 * 60_000;

/** Whether `--timeout` is a number of seconds the stage can wait (0: no limit). */
export function validTimeout(seconds: number): boolean {
  return Number.isFinite(seconds) && seconds >= 0 && seconds <= MAX_TIMEOUT_SECONDS;
}
