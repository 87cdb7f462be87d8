import { UsageError } from '../core/errors.js';
import { isSecretValue, isSecretVariable, normalizeVariableName } from '../core/secrets.js';

/**
 * What the plugin's code (its tests, its start-up, and the installers that run its build scripts)
 * must not see: every secret of `core/secrets.ts` (tokens, keys, passwords, the OIDC request
 * variables), the runner's internals (`ACTIONS_*`, the action's `INPUT_*`), and the files and
 * sockets through which a step talks to GitHub Actions or reaches the user's keys: a test that could
 * append to GITHUB_ENV or GITHUB_PATH would change the next steps of the job. Runner facts
 * (RUNNER_OS, RUNNER_TEMP, GITHUB_WORKSPACE, CI, …) stay.
 */
const CHANNELS = new Set([
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_OUTPUT',
  'GITHUB_STATE',
  'GITHUB_STEP_SUMMARY',
  'SSH_AUTH_SOCK',
  'GPG_AGENT_INFO',
]);
const HIDDEN_PREFIXES = ['ACTIONS_', 'INPUT_'];

/**
 * Package index settings the installers need even when they hold credentials (a private index's
 * URL with its password): given back to pip and uv, never to the tests.
 */
const INDEX_SETTINGS =
  /^(?:PIP_(?:INDEX_URL|EXTRA_INDEX_URL|FIND_LINKS|TRUSTED_HOST|CERT|CLIENT_CERT)|UV_(?:INDEX|INDEX_URL|EXTRA_INDEX_URL|DEFAULT_INDEX|FIND_LINKS)|UV_INDEX_[A-Z0-9_]+_(?:USERNAME|PASSWORD))$/;

/** Whether a variable is kept from the plugin's code unless let through. */
export function isHidden(name: string, value = ''): boolean {
  const upper = normalizeVariableName(name);
  return (
    CHANNELS.has(upper) ||
    HIDDEN_PREFIXES.some((p) => upper.startsWith(p)) ||
    isSecretVariable(name) ||
    isSecretValue(value)
  );
}

export interface PluginEnvironment {
  /** What the tests and the plugin's start-up get. */
  env: NodeJS.ProcessEnv;
  /** What the installers get: `env` plus the package index settings that were hidden. */
  installerEnv: NodeJS.ProcessEnv;
  /** The names removed, sorted. */
  hidden: string[];
}

/**
 * The one environment every program the stage starts gets: the caller's, without its secrets and
 * the runner's internals, except those named in `passEnv` (`--pass-env NAME`).
 */
export function pluginEnvironment(
  env: NodeJS.ProcessEnv,
  passEnv: readonly string[] = [],
): PluginEnvironment {
  for (const name of passEnv) {
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
      throw new UsageError(
        `--pass-env ${JSON.stringify(name)}: not an environment variable name`,
        'Give the name of one variable, e.g. --pass-env GITHUB_TOKEN (repeat the option for more).',
      );
    }
  }
  const windows = process.platform === 'win32';
  const allowed = new Set(passEnv.map((n) => (windows ? n.toUpperCase() : n)));
  const out: NodeJS.ProcessEnv = {};
  const index: NodeJS.ProcessEnv = {};
  const hidden: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue;
    if (isHidden(name, value) && !allowed.has(windows ? name.toUpperCase() : name)) {
      hidden.push(name);
      if (INDEX_SETTINGS.test(normalizeVariableName(name))) index[name] = value;
      continue;
    }
    out[name] = value;
  }
  return { env: out, installerEnv: { ...out, ...index }, hidden: hidden.sort() };
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
