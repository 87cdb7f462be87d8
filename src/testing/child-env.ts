import { UsageError } from '../core/errors.js';

/**
 * What the plugin's code (its tests, and the installers that run its build scripts) must not see:
 * the runner's credentials and the files through which a step talks to GitHub Actions. A test that
 * could read ACTIONS_ID_TOKEN_REQUEST_TOKEN could mint an OIDC token; one that could append to
 * GITHUB_ENV or GITHUB_PATH would change the next steps of the job, around the stop-commands that
 * guard pytest's output. Runner facts (RUNNER_OS, RUNNER_TEMP, GITHUB_WORKSPACE, CI, …) stay.
 */
const HIDDEN = new Set([
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_OUTPUT',
  'GITHUB_STATE',
  'GITHUB_STEP_SUMMARY',
  'GITHUB_TOKEN',
  'GH_TOKEN',
]);
const HIDDEN_PREFIXES = ['ACTIONS_', 'INPUT_'];

/** Whether a variable is kept from the plugin's code unless let through. */
export function isHidden(name: string): boolean {
  const upper = name.toUpperCase();
  return HIDDEN.has(upper) || HIDDEN_PREFIXES.some((p) => upper.startsWith(p));
}

/**
 * The one environment every program the stage starts gets: the caller's, without the runner's
 * internals, except those named in `passEnv` (`--pass-env NAME`).
 */
export function pluginEnvironment(
  env: NodeJS.ProcessEnv,
  passEnv: readonly string[] = [],
): { env: NodeJS.ProcessEnv; hidden: string[] } {
  for (const name of passEnv) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new UsageError(
        `--pass-env ${JSON.stringify(name)}: not an environment variable name`,
        'Give the name of one variable, e.g. --pass-env GITHUB_TOKEN (repeat the option for more).',
      );
    }
  }
  const windows = process.platform === 'win32';
  const allowed = new Set(passEnv.map((n) => (windows ? n.toUpperCase() : n)));
  const out: NodeJS.ProcessEnv = {};
  const hidden: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue;
    if (isHidden(name) && !allowed.has(windows ? name.toUpperCase() : name)) {
      hidden.push(name);
      continue;
    }
    out[name] = value;
  }
  return { env: out, hidden: hidden.sort() };
}

/**
 * Installer output quoted in findings (public annotations in GitHub Actions) without credentials:
 * `https://user:password@host` and `https://token@host` lose their user part, and token-like query
 * values (`?token=…`, `&access_key=…`) are replaced.
 */
export function redactCredentials(text: string): string {
  return text
    .replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@'"<>]+@/gi, '$1***@')
    .replace(
      /([?&;][A-Za-z0-9_.-]*(?:token|key|secret|password|passwd|pwd|auth|sig|signature|credential)[A-Za-z0-9_.-]*=)[^&\s#'"<>]+/gi,
      '$1***',
    );
}
