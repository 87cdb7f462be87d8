/**
 * The console's errors read into typed errors: Dify answers `{code, message, status}`
 * (libs/external_api.py); the daemon's client-side errors come through as `plugin_error` with the
 * daemon's text, its internal errors as a bare 500.
 */

import { messageOf } from './console-session.js';
import { TargetError } from './errors.js';
import { type CallResult, clean, protocolError } from './http-call.js';
import { isObject } from './shapes.js';

export function unwrapConsole(
  route: string,
  r: CallResult,
  secrets: readonly string[],
  purpose?: 'upload',
): unknown {
  if (r.status >= 200 && r.status < 300 && r.body !== undefined) return r.body;
  const body = isObject(r.body) ? r.body : undefined;
  const code = body && typeof body.code === 'string' ? body.code : undefined;
  const text = clean(messageOf(body), secrets);
  const detail = { route, status: r.status, ...(code ? { serverCode: code } : {}), serverMessage: text };
  if (!body || !code) throw protocolError(route, r, secrets, 'a Dify console');
  if (r.status === 401) {
    throw new TargetError(
      `${route}: the console refused the session after logging in again (${code}: ${text})`,
      { ...detail, kind: 'auth', code: 'DPR1101' },
      'Check the account and that the console’s cookies reach this client (a proxy must pass Set-Cookie through).',
    );
  }
  if (r.status >= 500) {
    throw new TargetError(
      `${route}: the console failed (HTTP ${r.status} ${code}: ${text || 'no message'})`,
      { ...detail, kind: 'server', code: 'DPR1114' },
      'The console hides the daemon’s error here: look at the API server’s log, or deploy through the daemon for its own message.',
    );
  }
  const signature = /bad signature|verification has been enabled/i.test(text);
  throw new TargetError(
    `${route}: the console refused it (${code}: ${text})`,
    {
      ...detail,
      kind: 'rejected',
      code: signature ? 'DPR1105' : purpose === 'upload' ? 'DPR1104' : 'DPR1114',
    },
    signature
      ? 'Sign the package with a key the daemon trusts (THIRD_PARTY_SIGNATURE_VERIFICATION_*), without turning verification off.'
      : undefined,
  );
}

/** A 403 (Dify's `Forbidden()`), with the workspace's install permission when it could be read. */
export function forbiddenError(
  route: string,
  r: CallResult,
  secrets: readonly string[],
  setting?: string,
): TargetError {
  return new TargetError(
    `${route}: the console forbids it for this account (HTTP 403${setting ? `; the workspace’s plugin install permission is “${setting}”` : ''})`,
    {
      kind: 'permission',
      code: 'DPR1102',
      route,
      status: 403,
      serverCode: isObject(r.body) ? String(r.body.code ?? '') : undefined,
      serverMessage: clean(messageOf(r.body), secrets),
    },
    'An owner or admin sets Plugins → Permissions → “Who can install plugins” to everyone (or admins, with the account an admin), or use an account that may.',
  );
}

export function shapeError(route: string, data: unknown, secrets: readonly string[]): TargetError {
  return new TargetError(
    `${route}: the console's answer is not of the expected shape (${clean(JSON.stringify(data) ?? 'null', secrets).slice(0, 200)})`,
    { kind: 'protocol', code: 'DPR1109', route },
    'Check the Dify version: this client follows the console API of Dify 1.x.',
  );
}
