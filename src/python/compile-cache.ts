/**
 * The compile check's memory: a file whose exact bytes compiled with this very interpreter binary
 * compiles again, so a run whose Python files are all known starts no Python at all (starting one
 * costs more than the rest of validating a small plugin). Only successes are kept (an error is
 * always found afresh, with its message), as one empty file per verdict:
 * `<dir>/<interpreter>/<sha256 of the bytes>`, so concurrent runs need no lock and a half-written
 * entry cannot exist. The interpreter is identified by its real path, size, modification time and
 * inode, and must be a compiled executable (a script, such as a shim we could not see past, may run
 * anything). Where the directory cannot be written, nothing is remembered and nothing fails.
 *
 * `$DPR_COMPILE_CACHE` names the directory (`off` disables it); by default
 * `~/.cache/dify-plugin-release/compiled`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cacheDir } from '../core/cache-dir.js';
import { isCompiledExecutable } from './executable.js';

export interface CompileCache {
  /** The content key of a file's bytes. */
  key(bytes: Uint8Array): string;
  has(key: string): boolean;
  /** Remember that these compiled. */
  remember(keys: readonly string[]): void;
}

export function compileCacheDir(env: NodeJS.ProcessEnv): string | undefined {
  return cacheDir(env, 'DPR_COMPILE_CACHE', 'compiled');
}

/** The cache for this interpreter (an absolute path), or `undefined` when it cannot be identified. */
export function openCompileCache(interpreter: string, env: NodeJS.ProcessEnv): CompileCache | undefined {
  const dir = compileCacheDir(env);
  if (!dir || !path.isAbsolute(interpreter)) return undefined;
  let id: string;
  try {
    const real = realpathSync(interpreter);
    if (!isCompiledExecutable(real)) return undefined;
    const s = statSync(real);
    id = createHash('sha256')
      .update(JSON.stringify([1, real, s.size, s.mtimeMs, s.ino, s.dev]))
      .digest('hex')
      .slice(0, 24);
  } catch {
    return undefined;
  }
  const home = path.join(dir, id);
  return {
    key: (bytes) => createHash('sha256').update(bytes).digest('hex'),
    has: (key) => existsSync(path.join(home, key)),
    remember(keys) {
      try {
        mkdirSync(home, { recursive: true });
        for (const key of keys) writeFileSync(path.join(home, key), '');
      } catch {
        // A read-only home: nothing is remembered.
      }
    },
  };
}
