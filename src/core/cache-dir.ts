import { homedir } from 'node:os';
import path from 'node:path';

/**
 * Where a cache of this tool lives: `$<variable>` when set (`off`: nowhere), else
 * `~/.cache/dify-plugin-release/<name>`; `undefined` without a home directory. Caches live in the
 * user's home, never in a shared temporary directory (another user could fill it).
 */
export function cacheDir(env: NodeJS.ProcessEnv, variable: string, name: string): string | undefined {
  const given = env[variable];
  if (given === 'off') return undefined;
  if (given) return path.resolve(given);
  const home = env.HOME || homedir();
  return home ? path.join(home, '.cache', 'dify-plugin-release', name) : undefined;
}
