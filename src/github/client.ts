/**
 * The one way this tool reaches GitHub: an Octokit (`@octokit/rest`) with the retry and throttling
 * plugins, sending every request through the HTTP port (timeouts, proxies, secrets redacted from
 * errors). `GITHUB_API_URL` selects the server (GitHub Enterprise Server, the tests' local server),
 * the token comes from the caller (GITHUB_TOKEN, GH_TOKEN or the action's `token` input) and is never
 * put in a message. Every call made is counted, for the run's summary and the bench.
 */

import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { EnvironmentError } from '../core/errors.js';
import { redact } from '../core/redact.js';
import type { HttpClient } from '../io/http.js';

export const DEFAULT_API_URL = 'https://api.github.com';

/** One request made to GitHub, as the run's summary lists it (no headers, no body, no token). */
export interface CallRecord {
  method: string;
  /** The path on the API (query included), e.g. `/repos/o/r/releases?per_page=100`. */
  path: string;
  status: number;
  /** Reads change nothing (GET, HEAD, and the POSTs GitHub uses for queries). */
  read: boolean;
}

export interface GitHubClientOptions {
  token: string;
  /** The API's base URL (default GITHUB_API_URL, else https://api.github.com). */
  baseUrl?: string;
  http: HttpClient;
  log?: (message: string) => void;
  signal?: AbortSignal;
  /** Retries of a failed call (5xx, network) and of a rate-limited one; default 3. */
  retries?: number;
  /** The retry plugin's base delay in milliseconds (retry n waits n² × this; default 1000). */
  retryBaseMs?: number;
  /** What to say when the token is missing (default: GITHUB_TOKEN and GH_TOKEN are unset). */
  missingToken?: { message: string; fix: string };
  /**
   * Milliseconds between two writes (GitHub asks for about one second, three for writes that notify
   * people: releases, pull requests); default 1000, 0 on loopback, where no GitHub is protected.
   */
  writeSpacingMs?: number;
}

export interface GitHubClient {
  octokit: Octokit;
  baseUrl: string;
  /** Every call made so far, in order. */
  calls: CallRecord[];
  /** The token, to pass as a secret to anything that may print. */
  secrets: readonly string[];
}

const GitHubOctokit = Octokit.plugin(retry, throttling);

/** POST routes that only read (GitHub's query endpoints). */
const READ_POSTS = [/\/releases\/generate-notes$/, /^\/graphql$/];

export function isReadCall(method: string, path: string): boolean {
  const m = method.toUpperCase();
  if (m === 'GET' || m === 'HEAD') return true;
  const bare = path.split('?')[0] ?? path;
  return m === 'POST' && READ_POSTS.some((r) => r.test(bare));
}

/** The API URL for this environment: GITHUB_API_URL when set, else github.com's. */
export function apiUrl(env: NodeJS.ProcessEnv): string {
  return (env.GITHUB_API_URL?.trim() || DEFAULT_API_URL).replace(/\/+$/, '');
}

/** The token in the environment: GITHUB_TOKEN, else GH_TOKEN. */
export function envToken(env: NodeJS.ProcessEnv): string | undefined {
  return env.GITHUB_TOKEN?.trim() || env.GH_TOKEN?.trim() || undefined;
}

export function isLoopback(url: string): boolean {
  try {
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\./.test(host);
  } catch {
    return false;
  }
}

/** A pacing group for the throttling plugin's `write` slot: at most one write every `ms`. */
function spacing(ms: number) {
  let next = 0;
  const slot = {
    schedule: async (...args: unknown[]) => {
      const fn = args.find((a) => typeof a === 'function') as (...a: unknown[]) => unknown;
      const rest = args.slice(args.indexOf(fn) + 1);
      const now = Date.now();
      const wait = Math.max(0, next - now);
      next = Math.max(now, next) + ms;
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      return fn(...rest);
    },
  };
  return { key: () => slot };
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  if (!options.token) {
    throw new EnvironmentError(
      options.missingToken?.message ?? 'no GitHub token: GITHUB_TOKEN and GH_TOKEN are unset',
      options.missingToken?.fix ??
        'Set GITHUB_TOKEN (in Actions: `env: GITHUB_TOKEN: $' +
          '{{ github.token }}`, or the action’s `token` input).',
    );
  }
  const baseUrl = (options.baseUrl ?? DEFAULT_API_URL).replace(/\/+$/, '');
  const secrets = [options.token];
  const calls: CallRecord[] = [];
  const log = options.log ?? (() => {});
  const retries = options.retries ?? 3;
  const spacingMs = options.writeSpacingMs ?? (isLoopback(baseUrl) ? 0 : 1000);
  const base = new URL(baseUrl);
  const fetchViaPort = portFetch(options.http, secrets, options.signal, (method, url, status) => {
    const u = new URL(url);
    const prefix = u.origin === base.origin && u.pathname.startsWith(base.pathname) ? base.pathname : '';
    const path = `${u.pathname.slice(prefix.replace(/\/$/, '').length)}${u.search}`;
    calls.push({ method, path, status, read: isReadCall(method, path) });
  });
  const octokit = new GitHubOctokit({
    auth: options.token,
    baseUrl,
    userAgent: 'dify-plugin-release',
    request: { fetch: fetchViaPort },
    log: { debug: () => {}, info: () => {}, warn: (m: string) => log(redact(m, secrets)), error: () => {} },
    // 409 (a conflict: a diverged fork, an empty repository) is an answer, not a transient failure.
    retry: {
      retries,
      doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451],
      ...(options.retryBaseMs !== undefined ? { retryAfterBaseValue: options.retryBaseMs } : {}),
    },
    throttle: {
      ...(options.retryBaseMs !== undefined ? { retryAfterBaseValue: options.retryBaseMs } : {}),
      ...(spacingMs !== 1000
        ? { write: spacing(spacingMs) as never, notifications: spacing(spacingMs * 3) as never }
        : {}),
      onRateLimit: (after: number, req: { method: string; url: string }, _o: unknown, count: number) => {
        if (count >= retries) return false;
        log(`GitHub rate limit reached on ${req.method} ${req.url}; retrying in ${after} s`);
        return true;
      },
      onSecondaryRateLimit: (
        after: number,
        req: { method: string; url: string },
        _o: unknown,
        count: number,
      ) => {
        if (count >= retries) return false;
        log(`GitHub secondary rate limit on ${req.method} ${req.url}; retrying in ${after} s`);
        return true;
      },
    },
  });
  return { octokit, baseUrl, calls, secrets };
}

/**
 * A fetch for Octokit over the HTTP port: one attempt per call (the retry plugin is the one retry
 * policy), long timeouts for uploads and downloads, the token redacted from any error.
 */
function portFetch(
  http: HttpClient,
  secrets: string[],
  signal: AbortSignal | undefined,
  record: (method: string, url: string, status: number) => void,
): typeof fetch {
  return (async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = (init.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((v, k) => {
      headers[k] = v;
    });
    const body = init.body as string | Uint8Array | undefined;
    const big = body instanceof Uint8Array || /application\/octet-stream/.test(headers.accept ?? '');
    const res = await http.request({
      method: method as never,
      url,
      headers,
      ...(body !== undefined && body !== null ? { body } : {}),
      attempts: 1,
      timeoutMs: big ? 15 * 60_000 : 60_000,
      secrets,
      ...(init.signal || signal ? { signal: (init.signal as AbortSignal | undefined) ?? signal } : {}),
    });
    record(method, url, res.status);
    const bytes = await res.bytes();
    const nullBody = res.status === 204 || res.status === 304 || method === 'HEAD';
    const response = new Response(
      nullBody ? null : (bytes as unknown as ConstructorParameters<typeof Response>[0]),
      {
        status: res.status,
        headers: res.headers,
      },
    );
    Object.defineProperty(response, 'url', { value: res.url || url });
    return response;
  }) as typeof fetch;
}
