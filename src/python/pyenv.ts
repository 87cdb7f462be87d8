/**
 * The interpreter behind a pyenv shim, found the way pyenv finds it, without running pyenv: its
 * shims are shell scripts that start bash and pyenv's own scripts before Python (about 0.4 s on a
 * runner, ten times the compile check itself). Anything this does not recognise for certain (a
 * version pyenv would resolve by prefix, an unknown layout, a missing version) returns `undefined`
 * and the caller runs the shim, which gives pyenv's own answer or error.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isExecutableFile, onPath } from './executable.js';

/** The version names of a version file (`.python-version`, `$PYENV_ROOT/version`): words, `#` comments. */
function versionFile(file: string): string[] | undefined {
  let text: string;
  try {
    if (statSync(file).size > 64 * 1024) return undefined;
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const names = text
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .flatMap((l) => l.split(/\s+/))
    .filter(Boolean);
  return names.length > 0 ? names : undefined;
}

/** The selected versions, in pyenv's order: `$PYENV_VERSION`, `.python-version` up from the directory, the global file. */
function selected(root: string, env: NodeJS.ProcessEnv, cwd: string): string[] {
  if (env.PYENV_VERSION) return env.PYENV_VERSION.split(':').filter(Boolean);
  for (let dir = path.resolve(env.PYENV_DIR || cwd); ; dir = path.dirname(dir)) {
    const names = versionFile(path.join(dir, '.python-version'));
    if (names) return names;
    if (path.dirname(dir) === dir) break;
  }
  return versionFile(path.join(root, 'version')) ?? ['system'];
}

/**
 * The real interpreter a pyenv shim would run for `program` in `cwd`, or `undefined` when `shim` is
 * not a pyenv shim or the answer is not certain.
 */
export function throughPyenv(
  shim: string,
  program: string,
  env: NodeJS.ProcessEnv,
  cwd: string,
): string | undefined {
  const dir = path.dirname(shim);
  if (path.basename(dir) !== 'shims') return undefined;
  let head: string;
  try {
    head = readFileSync(shim, 'utf8').slice(0, 2048);
  } catch {
    return undefined;
  }
  const m = /^export PYENV_ROOT="([^"]+)"$/m.exec(head);
  if (!head.startsWith('#!') || !m || !/\bpyenv" exec\b/.test(head)) return undefined;
  const root = m[1]!;
  if (path.resolve(root, 'shims') !== path.resolve(dir)) return undefined;
  for (const name of selected(root, env, cwd)) {
    if (name === 'system') {
      const shims = new Set([path.resolve(dir), path.resolve(root, 'plugins/pyenv-virtualenv/shims')]);
      const rest = (env.PATH ?? '')
        .split(path.delimiter)
        .filter((d) => d && !shims.has(path.resolve(d)))
        .join(path.delimiter);
      const found = onPath(program, { PATH: rest }, cwd);
      if (found) return found;
      continue;
    }
    if (name.includes('/') || name === '.' || name === '..') return undefined;
    const candidate = path.join(root, 'versions', name, 'bin', program);
    if (isExecutableFile(candidate)) return candidate;
    // Not installed under that exact name (pyenv may resolve a prefix, or fail): let pyenv answer.
    return undefined;
  }
  return undefined;
}
