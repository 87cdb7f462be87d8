/**
 * The one list of environment variables that carry secrets: the runner's credentials, tokens of the
 * services a release touches (GitHub, the marketplace, a Dify instance, clouds), the signing key,
 * and anything named like a credential. The same list serves:
 *
 * - hiding: the `test` stage removes these variables from the environment of the plugin's code (its
 *   tests, its build scripts, its start-up) unless one is let through by name (`--pass-env`);
 * - refusing: the `test` stage runs no plugin code while its own environment holds one of them,
 *   unless told `allowSecretsInTest`, because hiding a variable from a child does not hide it from
 *   code that can read its parent (`/proc/<parent pid>/environ` where no sandbox is available);
 * - masking: the reporter and the action mask the values of these variables wherever they print.
 *
 * A variable is secret when its name, upper-cased with `-` read as `_` (action inputs are
 * `INPUT_KEY-FILE`), is one of {@link SECRET_NAMES} or has a credential word of
 * {@link SECRET_NAME_PATTERNS} at a word boundary; or when its value is one (see {@link isSecretValue}).
 * Names that say where a secret is rather than what it is (`…_KEY_FILE`, `…_TOKEN_ENV`, `…_KEY_ID`)
 * are not secrets. The list errs on the side of hiding: a variable wrongly taken for a secret is let
 * through with `--pass-env NAME`.
 */

/** Exact names (upper case): credentials whose names carry no credential word. */
export const SECRET_NAMES: readonly string[] = [
  'GITHUB_PAT',
  // The runner's OIDC token-minting endpoint: with the request token it yields an identity token.
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  // Cloud credentials.
  'AWS_ACCESS_KEY_ID',
  'GOOGLE_APPLICATION_CREDENTIALS',
];

/**
 * Credential words, matched at word boundaries of the normalized name: `GITHUB_TOKEN`,
 * `GH_ENTERPRISE_TOKEN`, `ACTIONS_RUNTIME_TOKEN`, `ACTIONS_ID_TOKEN_REQUEST_TOKEN`, `…_SECRET_…`,
 * `…PASSWORD`, `…_API_KEY`, `…_KEY` (the signing key, `INPUT_KEY`), `…_PAT`, `SENTRY_DSN`, … Each
 * pattern is a plain alternation anchored on `_` or the ends of the name (linear time).
 */
export const SECRET_NAME_PATTERNS: readonly RegExp[] = [
  /(?:^|_)(?:TOKEN|TOKENS|SECRET|SECRETS|PASSWORD|PASSWORDS|PASSWD|PASSPHRASE|CREDENTIAL|CREDENTIALS|COOKIE|COOKIES)(?:_|$)/,
  /(?:^|_)(?:API|ACCESS|PRIVATE|SIGNING|SECRET|MASTER|ENCRYPTION|CLIENT|ACCOUNT|APP|LICENSE|SESSION)_?KEY(?:_|$)/,
  /(?:^|_)KEY$/,
  /(?:^|_)(?:PAT|AUTH|AUTHORIZATION|BEARER|JWT|DSN|WEBHOOK|WEBHOOK_URL|CONNECTION_STRING)$/,
];

/**
 * Where a secret is, or which one (`INPUT_KEY-FILE`, `INPUT_KEY-ENV`, `…_KEY_ID`, `…_TOKEN_PATH`), or
 * a switch about secrets (`INPUT_ALLOW-SECRETS-IN-TEST`): no secret in the value.
 */
const POINTER =
  /(?:(?:^|_)(?:KEY|TOKEN|SECRET|SECRETS|PASSWORD|CREDENTIALS?)_(?:ENV|FILE|PATH|NAME|ID|TYPE|DIR)$|(?:^|_)ALLOW_SECRETS(?:_|$))/;

/** The name as the patterns read it. */
export function normalizeVariableName(name: string): string {
  return name.toUpperCase().replace(/-/g, '_');
}

/** Whether a variable of this name carries (or may carry) a secret. */
export function isSecretVariable(name: string): boolean {
  const n = normalizeVariableName(name);
  if (SECRET_NAMES.includes(n)) return true;
  if (POINTER.test(n)) return false;
  return SECRET_NAME_PATTERNS.some((p) => p.test(n));
}

/**
 * A value that is a credential whatever its variable's name: a PEM private key, a URL with a
 * password in it (`https://user:pass@index.example/simple`), a GitHub token.
 */
export function isSecretValue(value: string): boolean {
  const head = value.slice(0, 8192);
  // Each pattern only where its literal is (most values hold none): a run reads every variable.
  if (head.includes('-----BEGIN ') && /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY-----/.test(head)) return true;
  if (head.includes('://') && /\b[a-z][a-z0-9+.-]{0,20}:\/\/[^\s/@:]{1,256}:[^\s/@]{1,512}@/i.test(head))
    return true;
  return (
    (head.includes('gh') || head.includes('github_pat_')) &&
    /(?:^|[^A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{40,})/.test(head)
  );
}

/** The variables of `env` that hold a secret (by name or by value), sorted; empty ones do not count. */
export function secretVariables(env: NodeJS.ProcessEnv): string[] {
  const out: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || value === '') continue;
    if (isSecretVariable(name) || isSecretValue(value)) out.push(name);
  }
  return out.sort();
}
