/**
 * Secrets out of text: every message, log line and JSON value that may hold a token, key, password or
 * cookie passes through `redact` with the secrets the run knows of.
 */

/** Values shorter than this are not redacted (they would blank out ordinary words). */
const MIN_SECRET = 6;

/** Replace every occurrence of each secret (and each of its lines) with `***`. */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  const parts = new Set<string>();
  for (const s of secrets) {
    if (!s) continue;
    parts.add(s);
    for (const line of s.split(/\r?\n/)) if (line.trim().length >= MIN_SECRET) parts.add(line.trim());
  }
  // Longest first, so a secret containing another is replaced whole.
  for (const s of [...parts].sort((a, b) => b.length - a.length)) {
    if (s.length < MIN_SECRET) continue;
    out = out.split(s).join('***');
  }
  return out;
}

/** Variables whose values are secrets wherever they appear (the runner's tokens, keys, passwords). */
const SECRET_NAME =
  /(TOKEN|SECRET|PASSWORD|PASSWD|API_KEY|APIKEY|PRIVATE_KEY|CREDENTIALS?|COOKIE)$|^INPUT_(KEY|TOKEN|.*-TOKEN|.*_TOKEN|PASSWORD)$|^ACTIONS_(RUNTIME|ID_TOKEN_REQUEST)_(TOKEN|URL)$/i;

/** The values of secret-bearing variables in an environment, for redaction. */
export function secretEnvValues(env: NodeJS.ProcessEnv): string[] {
  return Object.entries(env)
    .filter(([k, v]) => v && v.length >= 6 && SECRET_NAME.test(k))
    .map(([, v]) => v!);
}
