/**
 * One GitHub call as data: method, route template, parameters, body. The adapters behind the ports
 * (releaser.ts, marketplace.ts, deployments.ts) describe every call this way, so the same code either
 * sends it through the Octokit factory or, under `--dry-run`, records it in a plan and sends nothing.
 */
import { CheckFailedError, type DprError, EnvironmentError } from '../core/errors.js';
import { redact } from '../core/redact.js';
import { type GitHubClient, isReadCall } from './client.js';

export interface Op {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** The route template, as GitHub's docs name it: `/repos/{owner}/{repo}/releases`. */
  route: string;
  /** Path and query parameters, by name. */
  params?: Record<string, string | number | boolean | undefined>;
  /** The JSON body. */
  body?: Record<string, unknown>;
  /** A raw body (an asset upload) instead of JSON. */
  raw?: { bytes: Uint8Array; contentType: string; name: string; sha256: string };
  /** An absolute URL instead of the route (an upload to the release's `upload_url`). */
  url?: string;
  /** Ask for the bytes (asset download). */
  binary?: boolean;
  /** Statuses the caller handles itself (404: absent, 409/422: conflicts); others throw. */
  accept?: readonly number[];
  /** What the call is for, in a few words (the plan says it). */
  purpose: string;
  /** What a dry run answers (default: 404 for a read of one thing, [] for a list, an echo for a write). */
  planned?: { status: number; data?: unknown };
}

export interface Reply<T = unknown> {
  status: number;
  data: T;
  headers: Record<string, string | number | undefined>;
}

/** One call a dry run would make. */
export interface PlannedCall {
  method: string;
  route: string;
  /** The route with its parameters filled in. */
  path: string;
  read: boolean;
  purpose: string;
  /** The body's shape: keys with short values, long texts and files described, never a secret. */
  body?: Record<string, unknown>;
}

export interface GitHubApi {
  call<T = unknown>(op: Op): Promise<Reply<T>>;
  /** Under --dry-run: the calls that would have been made, in order. */
  readonly plan?: PlannedCall[];
}

/** Send each call through the Octokit factory's client. */
export function liveApi(client: GitHubClient): GitHubApi {
  return {
    async call<T>(op: Op): Promise<Reply<T>> {
      const target = op.url ?? op.route;
      const options: Record<string, unknown> = { ...(op.params ?? {}), ...(op.body ?? {}) };
      if (op.raw) {
        options.data = op.raw.bytes;
        options.headers = { 'content-type': op.raw.contentType, 'content-length': op.raw.bytes.length };
      }
      if (op.binary) {
        options.headers = { accept: 'application/octet-stream' };
        options.request = { parseSuccessResponseBody: false };
      }
      try {
        const res = await client.octokit.request(`${op.method} ${target}`, options);
        let data: unknown = res.data;
        if (op.binary) data = await binaryOf(res.data);
        return { status: res.status, data: data as T, headers: res.headers as Reply['headers'] };
      } catch (error) {
        const e = error as { status?: number; response?: { data?: unknown; headers?: Reply['headers'] } };
        if (typeof e.status === 'number' && op.accept?.includes(e.status)) {
          return { status: e.status, data: e.response?.data as T, headers: e.response?.headers ?? {} };
        }
        throw githubError(error, op, client.secrets);
      }
    },
  };
}

async function binaryOf(data: unknown): Promise<Uint8Array> {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  const stream = data as ReadableStream<Uint8Array> | null;
  if (stream && typeof (stream as ReadableStream).getReader === 'function') {
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }
  if (typeof data === 'string') return Buffer.from(data, 'binary');
  return new Uint8Array();
}

/** Record each call and answer it as a repository with nothing in it would; send nothing. */
export function planningApi(): GitHubApi & { plan: PlannedCall[] } {
  const plan: PlannedCall[] = [];
  return {
    plan,
    async call<T>(op: Op): Promise<Reply<T>> {
      plan.push(planned(op));
      const answer = op.planned ?? defaultAnswer(op);
      return { status: answer.status, data: answer.data as T, headers: {} };
    },
  };
}

function defaultAnswer(op: Op): { status: number; data?: unknown } {
  if (op.method === 'GET')
    return /s$|\/contents\//.test(op.route) ? { status: 200, data: [] } : { status: 404 };
  if (op.method === 'DELETE') return { status: 204 };
  return { status: op.method === 'POST' ? 201 : 200, data: { ...(op.body ?? {}) } };
}

export function planned(op: Op): PlannedCall {
  const path = op.url
    ? `${op.url.replace(/\{\?[^}]*\}$/, '')}?name=${encodeURIComponent(String(op.params?.name ?? ''))}`
    : fill(op.route, op.params ?? {});
  const body = op.raw
    ? { file: op.raw.name, size: op.raw.bytes.length, sha256: op.raw.sha256, contentType: op.raw.contentType }
    : op.body
      ? shape(op.body)
      : undefined;
  return {
    method: op.method,
    route: op.url ? '{upload_url}' : op.route,
    path,
    read: isReadCall(op.method, op.route),
    purpose: op.purpose,
    ...(body ? { body } : {}),
  };
}

/** A route with its parameters filled in, the rest as a query string. */
export function fill(route: string, params: Record<string, unknown>): string {
  const used = new Set<string>();
  const path = route.replace(/\{(\w+)\}/g, (_, k: string) => {
    used.add(k);
    return encodeURIComponent(String(params[k] ?? `{${k}}`)).replace(/%2F/g, '/');
  });
  const query = Object.entries(params)
    .filter(([k, v]) => !used.has(k) && v !== undefined)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`);
  return query.length ? `${path}?${query.join('&')}` : path;
}

/** A body as the plan shows it: short scalars as they are, long texts and contents described. */
export function shape(body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) {
    if (v === undefined) continue;
    if (typeof v === 'string' && (k === 'content' || v.length > 80))
      out[k] = `<${k === 'content' ? 'base64, ' : ''}${v.length} chars>`;
    else if (Array.isArray(v)) out[k] = v.length <= 5 ? v : `<${v.length} items>`;
    else if (v && typeof v === 'object') out[k] = shape(v as Record<string, unknown>);
    else out[k] = v;
  }
  return out;
}

/** A GitHub refusal as one clear error: what was asked, what GitHub said, what to do. */
export function githubError(error: unknown, op: Op, secrets: readonly string[]): DprError {
  const e = error as {
    status?: number;
    message?: string;
    response?: { data?: { message?: string; errors?: { message?: string; code?: string }[] } };
  };
  const what = `${op.method} ${op.route} (${op.purpose})`;
  const said = [
    e.response?.data?.message ?? e.message,
    ...(e.response?.data?.errors ?? []).map((x) => x.message ?? x.code),
  ]
    .filter(Boolean)
    .join('; ');
  const message = redact(`GitHub refused ${what}: ${e.status ?? 'no answer'} ${said}`.trim(), secrets);
  if (e.status === 401)
    return new EnvironmentError(
      message,
      'The token is invalid or expired: set a valid GITHUB_TOKEN or GH_TOKEN.',
    );
  if (e.status === 403 || e.status === 404)
    return new CheckFailedError(
      message,
      'The token lacks a permission (contents, pull-requests or deployments: write), or the repository name is wrong.',
    );
  if (e.status === undefined || e.status >= 500)
    return new EnvironmentError(message, 'GitHub did not answer after retries: run the command again later.');
  return new CheckFailedError(message);
}
