/**
 * Accounts and sessions of the embedded console, as Dify's API server keeps them
 * (controllers/console/auth/login.py, libs/token.py, libs/login.py, controllers/console/wraps.py):
 * login with email and password (base64-encoded on current versions, "Invalid encrypted data"
 * otherwise), `access_token`/`refresh_token`/`csrf_token` cookies (`__Host-` when served as HTTPS)
 * and a CSRF check on every authenticated request — or, as older versions, tokens in the login
 * answer and `Authorization: Bearer` with no CSRF. Refresh tokens are used once (rotated). Wrong
 * passwords count; five lock the login for a while, as Dify's rate limit does.
 */
import { randomBytes } from 'node:crypto';
import type { Reply, Request } from './http-util.js';
import { cookies } from './http-util.js';

export type ConsoleRole = 'owner' | 'admin' | 'editor' | 'normal';

export interface ConsoleAccountConfig {
  email: string;
  password: string;
  role?: ConsoleRole;
  name?: string;
}

export interface ConsoleAuthOptions {
  accounts: readonly ConsoleAccountConfig[];
  /** `bearer`: an older Dify (tokens in the body, no CSRF); default `cookie`. */
  scheme?: 'cookie' | 'bearer';
  /** `base64`: current Dify (default); `plain`: older versions. */
  passwordEncoding?: 'plain' | 'base64';
  /** Cookie names prefixed `__Host-` and marked Secure, as behind HTTPS. */
  secureCookies?: boolean;
  /** ACCESS_TOKEN_EXPIRE_MINUTES (default 60 minutes); the CSRF token lives as long. */
  accessTokenTtlMs?: number;
  now?: () => number;
}

interface Token {
  email: string;
  expires: number;
}

const REFRESH_TTL_MS = 30 * 24 * 3600 * 1000;
const LOCK_AFTER = 5;
const LOCK_MS = 24 * 3600 * 1000;

export const UNAUTHORIZED_CSRF = 'CSRF token is missing or invalid.';

export class ConsoleAuth {
  private readonly access = new Map<string, Token>();
  private readonly refresh = new Map<string, Token>();
  private readonly csrf = new Map<string, Token>();
  private readonly failures = new Map<string, { count: number; until: number }>();
  readonly scheme: 'cookie' | 'bearer';
  private readonly now: () => number;

  constructor(private readonly options: ConsoleAuthOptions) {
    this.scheme = options.scheme ?? 'cookie';
    this.now = options.now ?? Date.now;
  }

  account(email: string): ConsoleAccountConfig | undefined {
    return this.options.accounts.find((a) => a.email.toLowerCase() === email.toLowerCase());
  }

  /** `POST /console/api/login`. */
  login(body: unknown): Reply {
    if (!isObject(body))
      return error(400, 'bad_request', 'Invalid JSON payload received or JSON payload is empty.');
    const email = typeof body.email === 'string' ? body.email : '';
    if (!/^[^@\s]+@[^@\s]+$/.test(email))
      return error(400, 'invalid_param', `${email} is not a valid email.`);
    if (typeof body.password !== 'string') return error(400, 'invalid_param', 'Field required');
    let password = body.password;
    if ((this.options.passwordEncoding ?? 'base64') === 'base64') {
      const decoded = decodeBase64(password);
      if (decoded === undefined) return error(401, 'authentication_failed', 'Invalid encrypted data');
      password = decoded;
    }
    const lock = this.failures.get(email.toLowerCase());
    if (lock && lock.count >= LOCK_AFTER && lock.until > this.now())
      return error(
        429,
        'email_code_login_limit',
        'Too many incorrect password attempts. Please try again later.',
      );
    const account = this.account(email);
    if (!account || account.password !== password) {
      const f = lock && lock.until > this.now() ? lock : { count: 0, until: this.now() + LOCK_MS };
      f.count++;
      this.failures.set(email.toLowerCase(), f);
      return error(401, 'authentication_failed', 'Invalid email or password.');
    }
    this.failures.delete(email.toLowerCase());
    return this.issue(account.email, { result: 'success' });
  }

  /** `POST /console/api/refresh-token`: a one-time refresh token for a new set. */
  refreshTokens(req: Request, body: unknown): Reply {
    const given =
      this.scheme === 'cookie'
        ? this.cookie(req, 'refresh_token')
        : isObject(body) && typeof body.refresh_token === 'string'
          ? body.refresh_token
          : undefined;
    if (!given) return { status: 401, json: { result: 'fail', message: 'No refresh token provided' } };
    const token = this.refresh.get(given);
    this.refresh.delete(given);
    if (!token || token.expires < this.now())
      return { status: 401, json: { result: 'fail', message: 'Invalid refresh token' } };
    return this.issue(token.email, { result: 'success' });
  }

  logout(): Reply {
    const clear = ['access_token', 'refresh_token', 'csrf_token'].map((n) => this.setCookie(n, '', 0));
    return { status: 200, json: { result: 'success' }, headers: { 'Set-Cookie': clear } };
  }

  /** The account of an authenticated request, or the 401 answer (`login_required` + the CSRF check). */
  authenticate(req: Request): { account: ConsoleAccountConfig } | { reply: Reply } {
    const header = String(req.headers.authorization ?? '');
    const bearer = /^bearer\s+(\S+)$/i.exec(header)?.[1];
    const given = (this.scheme === 'cookie' ? this.cookie(req, 'access_token') : undefined) ?? bearer;
    if (!given) return { reply: error(401, 'unauthorized', 'Invalid Authorization token.') };
    const token = this.access.get(given);
    if (!token) return { reply: error(401, 'unauthorized', 'Invalid Authorization token.') };
    if (token.expires < this.now()) return { reply: error(401, 'unauthorized', 'Token has expired.') };
    const account = this.account(token.email);
    if (!account) return { reply: error(401, 'unauthorized', 'Unauthorized.') };
    if (this.scheme === 'cookie') {
      const headerCsrf = req.headers['x-csrf-token'];
      const cookieCsrf = this.cookie(req, 'csrf_token');
      const valid = typeof headerCsrf === 'string' ? this.csrf.get(headerCsrf) : undefined;
      if (
        !headerCsrf ||
        headerCsrf !== cookieCsrf ||
        !valid ||
        valid.email !== account.email ||
        valid.expires < this.now()
      ) {
        return { reply: error(401, 'unauthorized', UNAUTHORIZED_CSRF) };
      }
    }
    return { account };
  }

  private issue(email: string, body: Record<string, unknown>): Reply {
    const ttl = this.options.accessTokenTtlMs ?? 3600_000;
    const access = token();
    const refresh = token();
    const csrf = token();
    const at = this.now();
    this.access.set(access, { email, expires: at + ttl });
    this.refresh.set(refresh, { email, expires: at + REFRESH_TTL_MS });
    this.csrf.set(csrf, { email, expires: at + ttl });
    if (this.scheme === 'bearer') {
      return { status: 200, json: { ...body, data: { access_token: access, refresh_token: refresh } } };
    }
    const seconds = Math.round(ttl / 1000);
    return {
      status: 200,
      json: body,
      headers: {
        'Set-Cookie': [
          this.setCookie('access_token', access, seconds, true),
          this.setCookie('refresh_token', refresh, REFRESH_TTL_MS / 1000, true),
          this.setCookie('csrf_token', csrf, seconds, false),
        ],
      },
    };
  }

  private name(cookie: string): string {
    return this.options.secureCookies ? `__Host-${cookie}` : cookie;
  }

  private cookie(req: Request, name: string): string | undefined {
    return cookies(req).get(this.name(name));
  }

  private setCookie(name: string, value: string, maxAge: number, httpOnly = true): string {
    const parts = [`${this.name(name)}=${value}`, 'Path=/', 'SameSite=Lax', `Max-Age=${maxAge}`];
    if (httpOnly) parts.push('HttpOnly');
    if (this.options.secureCookies) parts.push('Secure');
    return parts.join('; ');
  }
}

/** Dify's error body: `{code, message, status}`. */
export function error(status: number, code: string, message: string): Reply {
  return { status, json: { code, message, status } };
}

function token(): string {
  return randomBytes(32).toString('base64url');
}

/** Python's `base64.b64decode(...).decode("utf-8")`: `undefined` where it raises. */
function decodeBase64(text: string): string | undefined {
  const stripped = text.replace(/[^A-Za-z0-9+/=]/g, '');
  if (stripped.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(stripped)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(stripped, 'base64'));
  } catch {
    return undefined;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
