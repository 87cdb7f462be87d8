/**
 * One request to a target over the HTTP port: JSON or multipart in, the answer's status, headers and
 * parsed body out. Network failures and answers that are not JSON become {@link TargetError}s of kind
 * `protocol` (DPR1109) naming the route; everything else is left to the door's own error rules.
 */
import { openAsBlob } from 'node:fs';
import path from 'node:path';
import { errorMessage } from '../core/errors.js';
import { redact } from '../core/redact.js';
import { type HttpClient, HttpError, type HttpMethod, type HttpResponse } from '../io/http.js';
import { TargetError } from './errors.js';

export interface CallOptions {
  method: HttpMethod;
  url: string;
  /** For messages: `GET /plugin/<tenant>/management/list`. */
  route: string;
  headers?: Record<string, string>;
  json?: unknown;
  /** Multipart: one file part and text fields. */
  file?: { field: string; path: string };
  fields?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
  secrets: readonly string[];
  timeoutMs?: number;
  /** Safe to repeat on a connection error or 5xx (GETs; never an upload or install). */
  idempotent?: boolean;
  signal?: AbortSignal;
}

export interface CallResult {
  status: number;
  headers: Headers;
  /** The parsed JSON body, or `undefined` when the body is empty or not JSON. */
  body: unknown;
  text: string;
}

/** Default time limits: most calls are quick; an upload carries up to 50 MiB and the daemon decodes it. */
export const CALL_TIMEOUT_MS = 30_000;
export const UPLOAD_TIMEOUT_MS = 300_000;

export async function call(http: HttpClient, options: CallOptions): Promise<CallResult> {
  const url = new URL(options.url);
  for (const [k, v] of Object.entries(options.query ?? {}))
    if (v !== undefined) url.searchParams.set(k, String(v));
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  let body: string | FormData | undefined;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.file) {
    const form = new FormData();
    for (const [k, v] of Object.entries(options.fields ?? {})) form.append(k, v);
    const blob = await openAsBlob(options.file.path, { type: 'application/octet-stream' });
    form.append(options.file.field, blob, path.basename(options.file.path));
    body = form;
  }
  let response: HttpResponse;
  try {
    response = await http.request({
      method: options.method,
      url: url.toString(),
      headers,
      body,
      timeoutMs: options.timeoutMs ?? (options.file ? UPLOAD_TIMEOUT_MS : CALL_TIMEOUT_MS),
      idempotent: options.idempotent ?? options.method === 'GET',
      secrets: options.secrets,
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof HttpError) {
      throw new TargetError(
        `${options.route}: ${error.message}`,
        { kind: 'protocol', code: 'DPR1109', route: options.route },
        error.fix,
        { cause: error },
      );
    }
    throw error;
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw new TargetError(
      `${options.route}: the answer could not be read (${redact(errorMessage(error), options.secrets)})`,
      { kind: 'protocol', code: 'DPR1109', route: options.route, status: response.status },
      'Check the network between this runner and the target.',
    );
  }
  let parsed: unknown;
  if (text.trim() !== '') {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  }
  return { status: response.status, headers: response.headers, body: parsed, text };
}

/** The first characters of a body that is not what was expected, for a protocol error. */
export function excerpt(text: string, secrets: readonly string[]): string {
  const flat = redact(text, secrets).replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat || '(empty body)';
}

/** A protocol error: the target answered, but not as a Dify daemon or console would. */
export function protocolError(
  route: string,
  result: CallResult,
  secrets: readonly string[],
  what = 'a Dify target',
): TargetError {
  return new TargetError(
    `${route}: HTTP ${result.status} is not an answer of ${what}: ${excerpt(result.text, secrets)}`,
    { kind: 'protocol', code: 'DPR1109', route, status: result.status },
    'Check that the URL points at the target itself (the daemon on port 5002, or the Dify site serving /console/api), not a proxy page.',
  );
}

/** `s` with every secret replaced, for messages made of server text. */
export function clean(text: string, secrets: readonly string[]): string {
  return redact(text, secrets);
}
