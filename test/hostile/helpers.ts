/**
 * Helpers of the hostile suite: the bundled CLI run with a deadline (a defect here is often a hang,
 * which must fail the test rather than the whole run), and files that are not files.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';

export interface BoundedRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The CLI did not finish before the deadline and was killed. */
  timedOut: boolean;
}

/** `prlimit`, when present: a runaway CLI (the defects under test) is capped in memory too. */
const PRLIMIT = ['/usr/bin/prlimit', '/bin/prlimit'].find((p) => existsSync(p));
/** Address space given to the CLI under test: ample for it, far below what would hurt the machine. */
const ADDRESS_SPACE = 3 * 1024 * 1024 * 1024;

/**
 * Run the bundled CLI, killed after `timeoutMs` (a hang is reported, not waited for) and held to
 * {@link ADDRESS_SPACE} where `prlimit` exists (a read that never ends must not exhaust the host).
 */
export function runCliBounded(
  args: string[],
  options: { cwd?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): BoundedRun {
  const dir = process.env.DPR_TEST_BUNDLE;
  if (!dir)
    throw new Error('DPR_TEST_BUNDLE is not set: run the tests with vitest (see test/global-setup.ts)');
  const node = [process.execPath, path.join(dir, 'cli.js'), ...args];
  const [command, ...argv] = PRLIMIT ? [PRLIMIT, `--as=${ADDRESS_SPACE}`, ...node] : node;
  const r = spawnSync(command!, argv, {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '', ...options.env },
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 20_000,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
  });
  const timedOut = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', timedOut };
}

/** Make a named pipe (nobody ever writes to it: reading it blocking waits forever). */
export function mkfifo(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  rmSync(file, { force: true });
  const r = spawnSync('mkfifo', [file]);
  if (r.status !== 0 || !existsSync(file)) throw new Error(`mkfifo ${file} failed: ${r.stderr}`);
}

/** Replace `file` by a symbolic link to `target`. */
export function linkTo(file: string, target: string): void {
  rmSync(file, { force: true });
  mkdirSync(path.dirname(file), { recursive: true });
  symlinkSync(target, file);
}

/** Whether this system has named pipes and /dev/zero (Linux, macOS). */
export const POSIX = process.platform !== 'win32' && existsSync('/dev/zero');
