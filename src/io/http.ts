/**
 * The HTTP port: one client for every request the stages make (GitHub, Dify targets, probes), over
 * the runtime's fetch. Timeouts on every call; retries on connection errors, 5xx and 429 for
 * idempotent calls only (a POST is never sent twice unless the caller says it is safe); secrets
 * redacted from every error message and log line it produces.
 */
import { EnvironmentError } from '../core/errors.js';
import { redact } from '../core/redact.js';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';

export interface HttpRequest {
  method?: HttpMethod;
  url: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | FormData;
  /** Milliseconds before the call is abandoned (default 30 s). */
  timeoutMs?: number;
  /** Safe to send again: default true for GET, HEAD, PUT, DELETE, OPTIONS; false for POST, PATCH. */
  idempotent?: boolean;
  /** Attempts in all for an idempotent call (default 3). */
  attempts?: number;
  /** Values to hide from errors and logs, besides the headers' own (tokens, keys, passwords). */
  secrets?: readonly string[];
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  url: string;
  text(): Promise<string>;
  json<T = unknown>(): Promise<T>;
  bytes(): Promise<Uint8Array>;
}

export interface HttpClient {
  request(request: HttpRequest): Promise<HttpResponse>;
}

/** The call could not be made or answered (network, DNS, timeout): the environment's fault, exit 2. */
export class HttpError extends EnvironmentError {
  constructor(
    message: string,
    readonly url: string,
    readonly kind: 'network' | 'timeout',
    fix?: string,
  ) {
    super(message, fix);
  }
}

const SECRET_HEADERS = /^(authorization|x-api-key|cookie|x-csrf-token|proxy-authorization)$/i;

export interface HttpClientOptions {
  fetch?: typeof fetch;
  /** Backoff before retry n (1-based), in milliseconds; tests make it short. */
  backoffMs?: (attempt: number) => number;
  /** Called before each retry, for the log. */
  onRetry?: (message: string) => void;
}

/**
 * The one adapter: the runtime's fetch, with the policies above. Behind a proxy (`HTTPS_PROXY`,
 * `HTTP_PROXY`, `NO_PROXY`, as runners set them) it goes through undici's proxy agent, which the
 * runtime's own fetch does not do.
 */
export function createHttpClient(
  options: HttpClientOptions = {},
  env: NodeJS.ProcessEnv = process.env,
): HttpClient {
  const proxied = Boolean(env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy);
  const doFetch: typeof fetch =
    options.fetch ?? (proxied ? proxyFetch(env) : (input, init) => globalThis.fetch(input, init));
  const backoff = options.backoffMs ?? ((n: number) => Math.min(250 * 2 ** (n - 1), 4000));
  return {
    async request(req) {
      const method = req.method ?? 'GET';
      const idempotent = req.idempotent ?? !['POST', 'PATCH'].includes(method);
      const attempts = idempotent ? Math.max(1, req.attempts ?? 3) : 1;
      const secrets = [
        ...(req.secrets ?? []),
        ...Object.entries(req.headers ?? {})
          .filter(([k]) => SECRET_HEADERS.test(k))
          .flatMap(([, v]) => [v, v.replace(/^(Bearer|token|Basic)\s+/i, '')]),
      ];
      const shownUrl = redactUrl(req.url, secrets);
      for (let attempt = 1; ; attempt++) {
        const timeout = AbortSignal.timeout(req.timeoutMs ?? 30_000);
        const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
        let response: Response;
        try {
          response = await doFetch(req.url, { method, headers: req.headers, body: req.body, signal });
        } catch (error) {
          const timedOut = timeout.aborted;
          const cause = redact(describe(error), secrets);
          if (attempt < attempts && !req.signal?.aborted) {
            options.onRetry?.(`${method} ${shownUrl}: ${cause}; retrying (${attempt}/${attempts - 1})`);
            await sleep(backoff(attempt));
            continue;
          }
          throw new HttpError(
            timedOut
              ? `${method} ${shownUrl} timed out after ${req.timeoutMs ?? 30_000} ms`
              : `${method} ${shownUrl} failed: ${cause}`,
            shownUrl,
            timedOut ? 'timeout' : 'network',
            'Check the URL, the network and any proxy between this machine and the server.',
          );
        }
        const retryable = response.status >= 500 || response.status === 429;
        if (retryable && attempt < attempts) {
          await response.body?.cancel().catch(() => undefined);
          const wait = retryAfterMs(response.headers) ?? backoff(attempt);
          options.onRetry?.(
            `${method} ${shownUrl}: HTTP ${response.status}; retrying (${attempt}/${attempts - 1})`,
          );
          await sleep(Math.min(wait, 60_000));
          continue;
        }
        return wrap(response);
      }
    },
  };
}

/** fetch through undici's EnvHttpProxyAgent (loaded on first use: only proxied runs pay for it). */
function proxyFetch(env: NodeJS.ProcessEnv): typeof fetch {
  let loaded: Promise<typeof fetch> | undefined;
  return async (input, init) => {
    loaded ??= import('undici').then((m) => {
      // CommonJS: bundled, its exports sit on `default`.
      const { EnvHttpProxyAgent, fetch: undiciFetch } = ((m as unknown as { default?: typeof m }).default ??
        m) as typeof m;
      const dispatcher = new EnvHttpProxyAgent({
        httpProxy: env.HTTP_PROXY ?? env.http_proxy,
        httpsProxy: env.HTTPS_PROXY ?? env.https_proxy,
        noProxy: env.NO_PROXY ?? env.no_proxy,
      });
      return ((i: Parameters<typeof fetch>[0], o?: RequestInit) =>
        undiciFetch(i as never, { ...(o as object), dispatcher } as never)) as unknown as typeof fetch;
    });
    return (await loaded)(input, init);
  };
}

function wrap(response: Response): HttpResponse {
  let body: Promise<Uint8Array> | undefined;
  const bytes = () => {
    body ??= response.arrayBuffer().then((b) => new Uint8Array(b));
    return body;
  };
  return {
    status: response.status,
    headers: response.headers,
    url: response.url,
    bytes,
    text: async () => Buffer.from(await bytes()).toString('utf8'),
    json: async <T>() => JSON.parse(Buffer.from(await bytes()).toString('utf8')) as T,
  };
}

/** `Retry-After` in seconds or as a date, in milliseconds. */
export function retryAfterMs(headers: Headers): number | undefined {
  const value = headers.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

/** A URL fit for a message: no credentials, secret query values hidden. */
export function redactUrl(url: string, secrets: readonly string[] = []): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    for (const key of [...u.searchParams.keys()]) {
      if (/token|key|secret|password|sig|auth/i.test(key)) u.searchParams.set(key, '***');
    }
    return redact(u.toString(), secrets);
  } catch {
    return redact(url, secrets);
  }
}

function describe(error: unknown): string {
  const e = error as { message?: string; cause?: { code?: string; message?: string } };
  const cause = e.cause?.code ?? e.cause?.message;
  return cause ? `${e.message ?? String(error)} (${cause})` : (e.message ?? String(error));
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
