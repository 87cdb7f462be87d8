/**
 * The small HTTP toolkit the embedded daemon's two doors share: a route table, request bodies read
 * with a cap (what is over it is drained, not kept, and answered as the real server answers),
 * JSON answers, and multipart forms parsed by the runtime's own `Response.formData()`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface Request {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  params: Record<string, string>;
  /** The body, when it was read within the cap. */
  body?: Buffer;
  /** The body was larger than the cap (its bytes were counted and discarded). */
  tooLarge?: boolean;
  bodyBytes: number;
}

export interface Reply {
  status: number;
  /** A JSON value, or raw bytes with their content type. */
  json?: unknown;
  bytes?: Buffer;
  contentType?: string;
  headers?: Record<string, string | string[]>;
}

export type Handler = (req: Request) => Promise<Reply> | Reply;

export interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: Handler;
}

/** A route from a path like `/plugin/:tenant/management/install/tasks/:id/delete/*identifier`. */
export function route(method: string, path: string, handler: Handler): Route {
  const keys: string[] = [];
  const source = path
    .split('/')
    .map((part) => {
      if (part.startsWith(':')) {
        keys.push(part.slice(1));
        return '([^/]+)';
      }
      if (part.startsWith('*')) {
        keys.push(part.slice(1));
        return '(.+)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { method, pattern: new RegExp(`^${source}$`), keys, handler };
}

export function match(
  routes: readonly Route[],
  method: string,
  path: string,
): { route: Route; params: Record<string, string> } | undefined {
  for (const r of routes) {
    if (r.method !== method) continue;
    const m = r.pattern.exec(path);
    if (!m) continue;
    const params: Record<string, string> = {};
    r.keys.forEach((k, i) => {
      params[k] = safeDecode(m[i + 1] ?? '');
    });
    return { route: r, params };
  }
  return undefined;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Read a request body; beyond `cap` bytes keep counting but keep nothing. */
export function readBody(
  req: IncomingMessage,
  cap: number,
): Promise<{ body?: Buffer; tooLarge: boolean; bytes: number }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (tooLarge) return;
      if (bytes > cap) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve({ ...(tooLarge ? {} : { body: Buffer.concat(chunks) }), tooLarge, bytes }));
    req.on('error', reject);
  });
}

export function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string | string[]> = { ...reply.headers };
  let payload: Buffer;
  if (reply.bytes) {
    payload = reply.bytes;
    headers['Content-Type'] = reply.contentType ?? 'application/octet-stream';
  } else {
    payload = Buffer.from(JSON.stringify(reply.json ?? null));
    headers['Content-Type'] = reply.contentType ?? 'application/json; charset=utf-8';
  }
  headers['Content-Length'] = String(payload.length);
  res.writeHead(reply.status, headers);
  res.end(payload);
}

/** A multipart form, or why it is not one (Go's wording: `request Content-Type isn't multipart/form-data`). */
export async function parseForm(req: Request): Promise<FormData | { error: string }> {
  const type = String(req.headers['content-type'] ?? '');
  if (!/^multipart\/form-data/i.test(type))
    return { error: "request Content-Type isn't multipart/form-data" };
  try {
    return await new Response(req.body ?? Buffer.alloc(0), { headers: { 'content-type': type } }).formData();
  } catch (error) {
    return { error: `multipart: ${(error as Error).message}` };
  }
}

/** The cookies a request carries, by name. */
export function cookies(req: Request): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    out.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return out;
}

/** The JSON body when the request says exactly `application/json` (gin's rule), else `undefined`. */
export function jsonBody(req: Request, exact = true): unknown {
  const type = String(req.headers['content-type'] ?? '');
  if (exact ? type !== 'application/json' : !/^application\/json/i.test(type)) return undefined;
  try {
    return JSON.parse((req.body ?? Buffer.alloc(0)).toString('utf8'));
  } catch {
    return undefined;
  }
}
