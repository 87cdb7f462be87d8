/**
 * The console session: one login per run, the CSRF header on every request, `__Host-` cookies
 * behind HTTPS, refresh on 401 (cookie and bearer schemes), a new login when the refresh token is
 * no longer good, and no credential in any message.
 */
import { describe, expect, it } from 'vitest';
import { ConsoleTarget } from '../../src/daemon/console-target.js';
import { createHttpClient } from '../../src/io/http.js';
import { ACCOUNT, buildPackage, startTestDaemon } from '../helpers/targets.js';

/** A client that records every call it makes (method, path, whether a CSRF header went with it). */
function recording() {
  const calls: { method: string; path: string; csrf: boolean; bearer: boolean }[] = [];
  const http = createHttpClient({
    backoffMs: () => 1,
    fetch: (input, init) => {
      const url = new URL(String(input));
      const headers = new Headers(init?.headers);
      calls.push({
        method: init?.method ?? 'GET',
        path: url.pathname,
        csrf: headers.has('x-csrf-token'),
        bearer: /^Bearer /.test(headers.get('authorization') ?? ''),
      });
      return fetch(input, init);
    },
  });
  return { http, calls, count: (p: string) => calls.filter((c) => c.path === p).length };
}

describe('console session', () => {
  it('logs in once, sends the CSRF header on every call, uses __Host- cookies behind HTTPS', async () => {
    const d = await startTestDaemon({
      console: { accounts: [{ ...ACCOUNT, role: 'owner' }], secureCookies: true },
    });
    const r = recording();
    const target = new ConsoleTarget({ url: d.url, account: ACCOUNT, http: r.http });
    await target.installations();
    await target.tasks();
    await target.installation('acme/demo_tool');
    expect(target.scheme).toBe('cookie');
    // Plain first, then base64 when the console says "Invalid encrypted data"; then never again.
    expect(r.count('/console/api/login')).toBe(2);
    const authed = r.calls.filter((c) => !c.path.endsWith('/login'));
    expect(authed.length).toBeGreaterThan(3);
    expect(authed.every((c) => c.csrf)).toBe(true);
    expect(target.secrets().some((s) => s.length > 20)).toBe(true);
  });

  it('refreshes the tokens on a 401 and repeats the call (cookie scheme)', async () => {
    let now = Date.now();
    const d = await startTestDaemon({
      console: { accounts: [{ ...ACCOUNT, role: 'owner' }], accessTokenTtlMs: 60_000 },
      now: () => new Date(now),
    });
    const r = recording();
    const target = new ConsoleTarget({
      url: d.url,
      account: ACCOUNT,
      http: r.http,
      passwordEncoding: 'base64',
    });
    await target.installations();
    now += 61_000; // The access token (and the CSRF token) expired.
    await target.installations();
    expect(r.count('/console/api/refresh-token')).toBe(1);
    expect(r.count('/console/api/login')).toBe(1);
  });

  it('refreshes with the body’s refresh token on an older console (bearer), then logs in again when it cannot', async () => {
    let now = Date.now();
    const d = await startTestDaemon({
      console: {
        accounts: [{ ...ACCOUNT, role: 'owner' }],
        scheme: 'bearer',
        passwordEncoding: 'plain',
        accessTokenTtlMs: 60_000,
      },
      now: () => new Date(now),
    });
    const r = recording();
    const target = new ConsoleTarget({ url: d.url, account: ACCOUNT, http: r.http });
    const pkg = await buildPackage();
    await target.upload(pkg.path);
    expect(target.scheme).toBe('bearer');
    expect(r.calls.filter((c) => c.path.endsWith('/upload/pkg')).every((c) => c.bearer && !c.csrf)).toBe(
      true,
    );
    now += 61_000;
    await target.installations();
    expect(r.count('/console/api/refresh-token')).toBe(1);
    now += 31 * 24 * 3600 * 1000; // The refresh token expired too: log in again.
    await target.installations();
    expect(r.count('/console/api/refresh-token')).toBe(2);
    expect(r.count('/console/api/login')).toBe(2);
  });
});
