/**
 * One embedded daemon per data directory: a lock file with the holder's process id. A second
 * daemon on the directory is refused; the lock of a process that died (kill -9) is taken over.
 */
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EnvironmentError } from '../core/errors.js';

export function lockDirectory(dir: string, pid: number): void {
  const file = path.join(dir, 'daemon.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, `${pid}\n`, { flag: 'wx', mode: 0o600 });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const other = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(other) && other > 0 && other !== pid && alive(other)) {
        throw new EnvironmentError(
          `another embedded daemon (process ${other}) is using the data directory ${dir}`,
          'Stop it, or give this one another --data directory.',
        );
      }
      unlinkSync(file);
    }
  }
}

export function unlockDirectory(dir: string, pid: number): void {
  const file = path.join(dir, 'daemon.lock');
  try {
    if (Number(readFileSync(file, 'utf8').trim()) === pid) unlinkSync(file);
  } catch {
    // Already gone.
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
