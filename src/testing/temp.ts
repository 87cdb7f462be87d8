import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { onInterrupt } from '../io/process.js';

/**
 * Run `body` with a new temporary directory, removed afterwards whatever happens, Ctrl-C included
 * (a signal ends the process without running `finally` blocks).
 */
export async function withTempDir<T>(prefix: string, body: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const remove = (): void => rmSync(dir, { recursive: true, force: true });
  const release = onInterrupt(remove);
  try {
    return await body(dir);
  } finally {
    release();
    remove();
  }
}
