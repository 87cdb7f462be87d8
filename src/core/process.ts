import { spawn } from 'node:child_process';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  input?: string;
}

/** Runs programs. The one seam between stages and child processes, so tests can use real or fake ones. */
export interface ProcessRunner {
  run(command: string, args: readonly string[], options?: RunOptions): Promise<RunResult>;
}

/** Exit code for a program that does not exist (as a shell reports it). */
export const NOT_FOUND = 127;
/** Exit code for a program that exists but cannot be executed: not executable, a directory (EACCES, EPERM). */
export const NOT_EXECUTABLE = 126;

/**
 * The real runner: no shell, output captured, a missing program reported as code 127 and one that
 * cannot be executed (permission denied) as 126, as a shell does; callers report both as a problem
 * of the environment, not of the thing checked.
 */
export const processRunner: ProcessRunner = {
  run(command, args, options = {}) {
    return new Promise((resolve) => {
      const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, shell: false });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (d: Buffer) => out.push(d));
      child.stderr.on('data', (d: Buffer) => err.push(d));
      child.on('error', (error: NodeJS.ErrnoException) => {
        const code =
          error.code === 'ENOENT'
            ? NOT_FOUND
            : error.code === 'EACCES' || error.code === 'EPERM'
              ? NOT_EXECUTABLE
              : 1;
        resolve({ code, stdout: '', stderr: error.message });
      });
      child.on('close', (code) => {
        resolve({
          code: code ?? 1,
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(err).toString('utf8'),
        });
      });
      if (options.input !== undefined) child.stdin.end(options.input);
      else child.stdin.end();
    });
  },
};
