/**
 * A logged-in session on a Dify console (`/console/api`), as Dify's own source has it:
 * - `POST /console/api/login {email, password, remember_me}`. Current versions answer
 *   `{"result": "success"}` and set `access_token`, `refresh_token` and `csrf_token` cookies
 *   (`__Host-` prefixed when the console is served over HTTPS; api/libs/token.py); every
 *   `login_required` view then checks that the `X-CSRF-Token` header equals the CSRF cookie, for
 *   every method but OPTIONS (api/libs/login.py). Older versions return the tokens in `data` and
 *   take `Authorization: Bearer`.
 * - The newest versions expect the password base64-encoded (controllers/console/wraps.py
 *   `decrypt_password_field`: "Invalid encrypted data" when it is not); older ones take it as is.
 *   `auto` sends it as is first and base64-encodes it only when the console says so, so an older
 *   console never counts a wrong password against the account's login limit.
 * - `POST /console/api/refresh-token` renews the tokens (cookies, or `{refresh_token}` in the body on
 *   older versions). A 401 renews once, then logs in again, then fails.
 * Passwords, tokens and cookies are secrets: they go into every request's redaction list.
 */
import type { HttpClient, HttpMethod } from '../io/http.js';
import { TargetError } from './errors.js';
import { type CallOptions, type CallResult, call, clean, protocolError } from './http-call.js';
import { isObject } from './shapes.js';

export interface ConsoleAccount {
  email: string;
  password: string;
}

export type PasswordEncoding = 'auto' | 'plain' | 'base64';

export interface ConsoleSessionOptions {
  /** The Dify site (`https://dify.example.com`) or its console API (`…/console/api`). */
  url: string;
  account: ConsoleAccount;
  http: HttpClient;
  passwordEncoding?: PasswordEncoding;
}

export type AuthScheme = 'cookie' | 'bearer';

const INVALID_ENCRYPTED = /invalid encrypted data/i;

export class ConsoleSession {
  readonly site: string;
  readonly api: string;
  scheme?: AuthScheme;
  /** Cookies by name as the console set them (prefix included). */
  private readonly jar = new Map<string, string>();
  private accessToken?: string;
  private refreshToken?: string;
  private encoding: PasswordEncoding;
  private loggedIn = false;

  constructor(private readonly options: ConsoleSessionOptions) {
    const trimmed = options.url.replace(/\/+$/, '');
    this.site = trimmed.replace(/\/console\/api$/, '');
    this.api = `${this.site}/console/api`;
    this.encoding = options.passwordEncoding ?? 'auto';
  }

  secrets(): string[] {
    const out = [
      this.options.account.password,
      Buffer.from(this.options.account.password).toString('base64'),
    ];
    for (const v of this.jar.values()) out.push(v);
    if (this.accessToken) out.push(this.accessToken);
    if (this.refreshToken) out.push(this.refreshToken);
    return out.filter(Boolean);
  }

  /** The CSRF token the console set, if it uses cookies. */
  csrf(): string | undefined {
    return this.cookie('csrf_token');
  }

  async ensureLogin(): Promise<void> {
    if (!this.loggedIn) await this.login();
  }

  async login(): Promise<void> {
    this.jar.clear();
    this.accessToken = undefined;
    this.refreshToken = undefined;
    const first: Exclude<PasswordEncoding, 'auto'> = this.encoding === 'base64' ? 'base64' : 'plain';
    let result = await this.postLogin(first);
    if (
      this.encoding === 'auto' &&
      first === 'plain' &&
      result.status === 401 &&
      INVALID_ENCRYPTED.test(messageOf(result.body))
    ) {
      result = await this.postLogin('base64');
      if (result.status === 200) this.encoding = 'base64';
    } else if (this.encoding === 'auto' && result.status === 200) this.encoding = 'plain';
    const route = 'POST /console/api/login';
    if (result.status !== 200) throw this.loginError(result);
    const body = result.body;
    if (isObject(body) && body.result === 'fail') {
      throw new TargetError(
        `${route}: the console refused the login: ${clean(String(body.data ?? body.message ?? 'fail'), this.secrets())}`,
        { kind: 'workspace', code: 'DPR1103', route, status: 200, serverMessage: String(body.data ?? '') },
        'Have a workspace owner invite the account into the workspace.',
      );
    }
    if (this.cookie('access_token')) {
      this.scheme = 'cookie';
    } else if (isObject(body) && isObject(body.data) && typeof body.data.access_token === 'string') {
      this.scheme = 'bearer';
      this.accessToken = body.data.access_token;
      this.refreshToken = typeof body.data.refresh_token === 'string' ? body.data.refresh_token : undefined;
    } else {
      throw protocolError(
        route,
        result,
        this.secrets(),
        'a Dify console login (no access token in cookies or body)',
      );
    }
    this.loggedIn = true;
  }

  /**
   * A call with the session's credentials; on 401, refresh (or log in again) once and repeat it: a
   * 401 means the console did nothing, so even a POST is safe to send again.
   */
  async request(
    method: HttpMethod,
    path: string,
    options: Omit<CallOptions, 'method' | 'url' | 'route' | 'secrets'> & { route?: string } = {},
  ): Promise<CallResult> {
    await this.ensureLogin();
    const route = options.route ?? `${method} /console/api${path}`;
    const send = () =>
      call(this.options.http, {
        ...options,
        method,
        url: `${this.api}${path}`,
        route,
        headers: { ...options.headers, ...this.authHeaders() },
        secrets: this.secrets(),
      }).then((r) => {
        this.absorb(r.headers);
        return r;
      });
    let result = await send();
    if (result.status !== 401) return result;
    if (!(await this.refresh())) await this.login();
    result = await send();
    return result;
  }

  /** Renew the tokens; false when the console would not (expired or unknown refresh token). */
  async refresh(): Promise<boolean> {
    const route = 'POST /console/api/refresh-token';
    const hasCookie = Boolean(this.cookie('refresh_token'));
    if (!hasCookie && !this.refreshToken) return false;
    const result = await call(this.options.http, {
      method: 'POST',
      url: `${this.api}/refresh-token`,
      route,
      headers: this.scheme === 'cookie' ? { Cookie: this.cookieHeader() } : {},
      json: this.scheme === 'bearer' ? { refresh_token: this.refreshToken } : {},
      secrets: this.secrets(),
    });
    this.absorb(result.headers);
    if (result.status !== 200) return false;
    const body = result.body;
    if (this.scheme === 'bearer') {
      if (!isObject(body) || !isObject(body.data) || typeof body.data.access_token !== 'string') return false;
      this.accessToken = body.data.access_token;
      if (typeof body.data.refresh_token === 'string') this.refreshToken = body.data.refresh_token;
    }
    return true;
  }

  private authHeaders(): Record<string, string> {
    if (this.scheme === 'bearer' && this.accessToken) return { Authorization: `Bearer ${this.accessToken}` };
    const headers: Record<string, string> = {};
    if (this.jar.size > 0) headers.Cookie = this.cookieHeader();
    const csrf = this.csrf();
    if (csrf) headers['X-CSRF-Token'] = csrf;
    return headers;
  }

  private async postLogin(encoding: 'plain' | 'base64'): Promise<CallResult> {
    const { email, password } = this.options.account;
    const result = await call(this.options.http, {
      method: 'POST',
      url: `${this.api}/login`,
      route: 'POST /console/api/login',
      json: {
        email,
        password: encoding === 'base64' ? Buffer.from(password, 'utf8').toString('base64') : password,
        remember_me: true,
      },
      secrets: this.secrets(),
    });
    this.absorb(result.headers);
    return result;
  }

  private loginError(result: CallResult): TargetError {
    const route = 'POST /console/api/login';
    const body = isObject(result.body) ? result.body : {};
    const code = typeof body.code === 'string' ? body.code : undefined;
    const text = clean(messageOf(body), this.secrets());
    const detail = { route, status: result.status, serverCode: code, serverMessage: text };
    if (result.status === 401 || code === 'authentication_failed') {
      return new TargetError(
        `${route}: the console refused the email or password (${code ?? `HTTP ${result.status}`}: ${text})`,
        { ...detail, kind: 'auth', code: 'DPR1101' },
        'Check the account in the variable the configuration names (EMAIL:PASSWORD, or JSON {"email","password"}).',
      );
    }
    if (result.status === 429) {
      return new TargetError(
        `${route}: the console locked the account’s password login for now (${text})`,
        { ...detail, kind: 'auth', code: 'DPR1101' },
        'Wait for the lock to expire (Dify counts wrong passwords), then fix the password before trying again.',
      );
    }
    if (result.status === 403) {
      return new TargetError(
        `${route}: the console does not allow email and password login (${text || 'HTTP 403'})`,
        { ...detail, kind: 'auth', code: 'DPR1101' },
        'Enable email/password login for the workspace (ENABLE_EMAIL_PASSWORD_LOGIN), or deploy through the daemon (kind: daemon).',
      );
    }
    if (isObject(result.body) && code) {
      return new TargetError(
        `${route}: the console refused the login (${code}: ${text})`,
        { ...detail, kind: 'auth', code: 'DPR1101' },
        'Check the account’s email address and password.',
      );
    }
    return protocolError(route, result, this.secrets(), 'a Dify console');
  }

  private cookie(name: string): string | undefined {
    return this.jar.get(`__Host-${name}`) ?? this.jar.get(name);
  }

  private cookieHeader(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** Take the cookies a response sets (an empty value or `Max-Age=0`/a past `Expires` removes one). */
  private absorb(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair!.indexOf('=');
      if (eq <= 0) continue;
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attributes.some((a) => {
        const [k, v] = a.split('=').map((s) => s.trim());
        if (k?.toLowerCase() === 'max-age') return Number(v) <= 0;
        if (k?.toLowerCase() === 'expires') return Date.parse(v ?? '') < Date.now();
        return false;
      });
      if (!value || expired) this.jar.delete(name);
      else this.jar.set(name, value);
    }
  }
}

export function messageOf(body: unknown): string {
  if (!isObject(body)) return '';
  return typeof body.message === 'string' ? body.message : '';
}
