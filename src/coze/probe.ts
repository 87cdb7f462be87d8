import type { HttpClient } from '../io/http.js';
import type { Sink } from './load.js';
import type { CheckedDoc } from './openapi-doc.js';

/**
 * `--probe-servers`: does each OpenAPI server URL answer? Any HTTP response counts, whatever its
 * status (the seed's pre-deployment script runs `curl --head` the same way); a refused connection, a
 * failed DNS lookup, a TLS failure or no answer within the timeout is a finding naming the URL.
 */

export interface ProbeOptions {
  fetch?: typeof fetch;
  /** The run's HTTP port (proxies, redaction); else `fetch`. */
  http?: HttpClient;
  timeoutMs?: number;
}

export const DEFAULT_PROBE_TIMEOUT_MS = 10_000;

export async function probeServers(docs: CheckedDoc[], options: ProbeOptions, sink: Sink): Promise<void> {
  const http = options.http;
  const doFetch: typeof fetch =
    options.fetch ??
    (http
      ? async (url, init) => {
          const r = await http.request({
            method: 'HEAD',
            url: String(url),
            attempts: 1,
            signal: init?.signal ?? undefined,
            timeoutMs: timeoutMsOf(options),
          });
          return new Response(null, { status: r.status === 204 || r.status < 200 ? 200 : r.status });
        }
      : fetch);
  const timeoutMs = options.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS;
  const results = new Map<string, Promise<string | undefined>>();
  for (const doc of docs) {
    if (doc.serverUrl && !results.has(doc.serverUrl))
      results.set(doc.serverUrl, probe(doFetch, doc.serverUrl, timeoutMs));
  }
  for (const doc of docs) {
    if (!doc.serverUrl) continue;
    const problem = await results.get(doc.serverUrl)!;
    if (problem)
      sink.at(
        doc.file,
        '/servers/0/url',
        'DPR741',
        `server ${doc.serverUrl} does not answer: ${problem}`,
        'Check the URL and that the service is up and reachable from where Coze Studio runs.',
      );
  }
}

function timeoutMsOf(options: ProbeOptions): number {
  return options.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS;
}

/** `undefined` when the server answered with any HTTP response, else why not. */
async function probe(doFetch: typeof fetch, url: string, timeoutMs: number): Promise<string | undefined> {
  try {
    const res = await doFetch(url, {
      method: 'HEAD',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await res.body?.cancel().catch(() => undefined);
    return undefined;
  } catch (error) {
    return describe(error, timeoutMs);
  }
}

function describe(error: unknown, timeoutMs: number): string {
  const e = error as {
    name?: string;
    message?: string;
    cause?: { code?: string; message?: string; errors?: { code?: string }[] };
  };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  const cause = e?.cause;
  const code = cause?.code ?? cause?.errors?.find((x) => x.code)?.code;
  const detail = cause?.message && cause.message !== e?.message ? cause.message : e?.message;
  if (code && detail && !detail.includes(code)) return `${code} (${detail})`;
  return code ?? detail ?? String(error);
}
