/**
 * The stage runs a plugin's code (tests, build scripts, its start-up), which may be a stranger's.
 * It refuses to while secrets are within that code's reach, unless told `allowSecretsInTest`:
 *
 * - variables of its own environment that carry secrets (core/secrets.ts). They are removed from
 *   the plugin's environment anyway, but without the sandbox a test can read its parent's
 *   (`/proc/<pid>/environ`), and a refusal holds everywhere;
 * - the GitHub token actions/checkout leaves in the repository's git configuration
 *   (`persist-credentials`, the default): any process that can read the checkout can read it.
 */
import { homedir } from 'node:os';
import path from 'node:path';
import { EnvironmentError } from '../core/errors.js';
import { repositoryRoot } from '../core/paths.js';
import { secretVariables } from '../core/secrets.js';
import { readRegularText } from '../io/read.js';

export interface SecretsInReach {
  /** Names of the variables (never their values). */
  variables: string[];
  /** Git configuration files holding an authorization header (persisted credentials). */
  credentials: string[];
}

export function secretsInReach(env: NodeJS.ProcessEnv, pluginRoot: string): SecretsInReach {
  return { variables: secretVariables(env), credentials: persistedCredentials(pluginRoot) };
}

/** Throw the refusal when secrets are in reach and running with them was not allowed. */
export function refuseSecrets(found: SecretsInReach, allowed: boolean): void {
  if (allowed || (found.variables.length === 0 && found.credentials.length === 0)) return;
  const what = [
    ...(found.variables.length > 0
      ? [`the variable${found.variables.length === 1 ? '' : 's'} ${found.variables.join(', ')}`]
      : []),
    ...found.credentials.map((f) => `the git credentials persisted in ${f}`),
  ].join(' and ');
  throw new EnvironmentError(
    `refusing to run the plugin's tests: its code could read secrets of this step (${what})`,
    'Run the tests in a job without secrets: no secrets in env:, no id-token: write permission, actions/checkout with persist-credentials: false; sign and publish in a later job. To trust the tests with them anyway, pass --allow-secrets-in-test (action input allow-secrets-in-test: true).',
  );
}

/** The git configuration files of the plugin's repository that persist an `Authorization` header. */
export function persistedCredentials(pluginRoot: string): string[] {
  const repo = repositoryRoot(pluginRoot);
  if (!repo) return [];
  const gitDir = resolveGitDir(repo);
  if (!gitDir) return [];
  const found: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string, depth: number): void => {
    if (seen.has(file) || depth > 5) return;
    seen.add(file);
    const text = readConfig(file);
    if (text === undefined) return;
    if (/^\s*extraheader\s*=\s*"?\s*authorization\s*:/im.test(text)) found.push(file);
    for (const m of text.matchAll(/^\s*path\s*=\s*"?([^"\n]+?)"?\s*$/gim)) {
      const target = m[1]!.trim();
      const full = target.startsWith('~/')
        ? path.join(homedir(), target.slice(2))
        : path.resolve(path.dirname(file), target);
      visit(full, depth + 1);
    }
  };
  visit(path.join(gitDir, 'config'), 0);
  // A linked worktree's own configuration (extensions.worktreeConfig).
  visit(path.join(gitDir, 'config.worktree'), 0);
  return found;
}

/** `.git` itself, or the directory a `.git` file (a worktree, a submodule) points to, its common dir resolved. */
function resolveGitDir(repo: string): string | undefined {
  const dotGit = path.join(repo, '.git');
  const pointer = readConfig(dotGit);
  if (pointer === undefined) return dotGit; // A directory (or unreadable): the usual case.
  const m = /^gitdir:\s*(.+)$/m.exec(pointer);
  if (!m) return undefined;
  const dir = path.resolve(repo, m[1]!.trim());
  const common = readConfig(path.join(dir, 'commondir'));
  return common ? path.resolve(dir, common.trim()) : dir;
}

function readConfig(file: string): string | undefined {
  try {
    return readRegularText(file, { maxBytes: 1024 * 1024 });
  } catch {
    return undefined;
  }
}
