/**
 * Secrets out of text: every message, log line and JSON value that may hold a token, key, password or
 * cookie passes through `redact` with the secrets the run knows of.
 */

import { secretVariables } from './secrets.js';

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

/**
 * The values of secret-bearing variables in an environment, for redaction: the one list of
 * `core/secrets.ts` (by name, or by a value that is a credential whatever its name).
 */
export function secretEnvValues(env: NodeJS.ProcessEnv): string[] {
  return secretVariables(env)
    .map((name) => env[name]!)
    .filter((v) => v.length >= MIN_SECRET);
}
