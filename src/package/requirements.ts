/**
 * `requirements.txt` generated from `uv.lock`, exactly as the Dify CLI does it (packager.go
 * `generatedFiles`, dify-format.md §2.4): only for a Python plugin with no `requirements.txt` but
 * both `pyproject.toml` and `uv.lock` (plain `stat`, whatever the ignore file says); `uv` from
 * `UV_PATH`, else PATH; `uv export` run in the plugin root; its stdout goes into the package only.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { CheckFailedError, EnvironmentError } from '../core/errors.js';
import { NOT_EXECUTABLE, NOT_FOUND, type ProcessRunner, processRunner } from '../io/process.js';

export const REQUIREMENTS = 'requirements.txt';

/** The exact arguments the CLI passes to `uv`. */
export const UV_EXPORT_ARGS: readonly string[] = [
  'export',
  '--frozen',
  '--format',
  'requirements.txt',
  '--no-group',
  'dev',
  '--no-emit-project',
  '--no-hashes',
  '--no-header',
  '--no-annotate',
];

/** Whether the CLI would generate `requirements.txt` for this plugin. */
export function needsGeneratedRequirements(root: string, runnerLanguage: unknown): boolean {
  if (runnerLanguage !== 'python') return false;
  if (exists(root, REQUIREMENTS)) return false;
  return exists(root, 'pyproject.toml') && exists(root, 'uv.lock');
}

/** Run `uv export` in the plugin root and return its output (the generated `requirements.txt`). */
export async function generateRequirements(
  root: string,
  runner: ProcessRunner = processRunner,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Buffer> {
  const uv = env.UV_PATH || 'uv';
  const result = await runner.run(uv, UV_EXPORT_ARGS, { cwd: root, env });
  const manual = `uv ${UV_EXPORT_ARGS.join(' ')} > requirements.txt`;
  if (result.code === NOT_EXECUTABLE) {
    throw new EnvironmentError(
      `${env.UV_PATH ? `UV_PATH is ${env.UV_PATH}, which` : 'uv'} cannot be executed (${result.stderr.trim() || 'permission denied'}); it is needed to generate requirements.txt from uv.lock`,
      `Point UV_PATH at the uv executable (chmod +x it), or commit a requirements.txt made with: ${manual}`,
    );
  }
  if (result.code === NOT_FOUND) {
    throw new EnvironmentError(
      env.UV_PATH
        ? `UV_PATH is ${env.UV_PATH}, which cannot be run; it is needed to generate requirements.txt from uv.lock`
        : 'this plugin has pyproject.toml and uv.lock but no requirements.txt, so requirements.txt is generated with `uv export` (as the Dify CLI does), and uv is not installed',
      `Install uv (https://docs.astral.sh/uv/; in GitHub Actions, astral-sh/setup-uv), or set UV_PATH, or commit a requirements.txt made with: ${manual}`,
    );
  }
  if (result.code !== 0) {
    throw new CheckFailedError(
      `uv export failed: ${result.stderr.trim() || `exit code ${result.code}`}`,
      `Run \`${manual}\` in ${root} to see the problem; \`uv lock\` refreshes an outdated uv.lock.`,
    );
  }
  return Buffer.from(result.stdout, 'utf8');
}

function exists(root: string, name: string): boolean {
  try {
    statSync(path.join(root, name));
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return false;
    throw new EnvironmentError(`cannot check ${name} in ${root}: ${(error as Error).message}`);
  }
}
