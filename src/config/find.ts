import { existsSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { repositoryRoot } from '../core/paths.js';

export const CONFIG_NAMES = ['.dify-release.yml', '.dify-release.yaml'] as const;

/**
 * The configuration file: `explicit` (a path, relative to cwd) or the one at the repository root;
 * `undefined` when there is none. A missing explicit file is a usage error. Kept apart from the
 * loader, so a run without a configuration never loads the loader and its schema.
 */
export function findConfigFile(cwd: string, explicit?: string): string | undefined {
  if (explicit) {
    const file = path.resolve(cwd, explicit);
    if (!existsSync(file)) {
      throw new UsageError(
        `the configuration file ${explicit} does not exist`,
        'Give the path of a .dify-release.yml.',
      );
    }
    return file;
  }
  const root = repositoryRoot(cwd) ?? cwd;
  return CONFIG_NAMES.map((n) => path.join(root, n)).find((f) => existsSync(f));
}
