/**
 * A local GitHub API server for tests: a real HTTP server on 127.0.0.1 that behaves like GitHub
 * (and like GitHub Enterprise Server's URL layout: the API under /api/v3, uploads under
 * /api/uploads) where it matters to `release` and `submit`:
 * - releases by tag hide drafts, listing shows them to writers; several drafts per tag, one
 *   published release per tag; publishing a draft creates its tag at target_commitish;
 * - uploading a taken asset name gives 422 `already_exists`; an upload cut off half-way leaves an
 *   asset in state `open`; immutable published releases refuse uploads and asset changes;
 * - chosen calls fail: a secondary rate limit (403 with retry-after), transient 502s;
 * - forks share their network's objects; refs, contents, commits, pulls, deployments and statuses.
 * Every request is logged (method, path, status) for the tests and the bench.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deploymentRoutes } from './github-server/deployments.js';
import { releaseRoutes } from './github-server/releases.js';
import { repoRoutes } from './github-server/repos.js';
import { settingsRoutes } from './github-server/settings.js';
import {
  commitTo,
  type Fault,
  type Handler,
  type Repo,
  type Route,
  type ServerState,
} from './github-server/state.js';

export { mergePull } from './github-server/repos.js';
export { blobSha, type Repo, type ServerRelease } from './github-server/state.js';

export interface LoggedRequest {
  method: string;
  /** The path under the API root (or /api/uploads…, /download/…). */
  path: string;
  status: number;
  login?: string;
  /** When it was answered (ms since the epoch). */
  at: number;
}

export interface RepoOptions {
  defaultBranch?: string;
  /** Published releases become immutable. */
  immutableReleases?: boolean;
  /** Logins that may write (the owner always may). */
  writers?: string[];
  /** Files of the first commit. */
  files?: Record<string, string | Buffer>;
}

export class GitHubServer {
  readonly state: ServerState;
  readonly requests: LoggedRequest[] = [];
  private server?: Server;
  private readonly routes: Route[];
  private faults: Fault[] = [];

  constructor(options: { digests?: boolean } = {}) {
    this.state = {
      origin: '',
      repos: new Map(),
      tokens: new Map(),
      nextId: 1000,
      digests: options.digests ?? true,
      stalls: [],
      forkDelay: 0,
    };
    this.routes = [
      ...repoRoutes(this.state),
      ...releaseRoutes(this.state),
      ...deploymentRoutes(this.state),
      ...settingsRoutes(this.state),
    ];
  }

  /** The API base URL, for GITHUB_API_URL. */
  get apiUrl(): string {
    return `${this.state.origin}/api/v3`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error) => {
        if (!res.headersSent) send(res, 500, { message: String(error) });
        else res.destroy();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.state.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  /** A token for a login. */
  token(login: string, token = `ghs_${createHash('sha1').update(login).digest('hex').slice(0, 36)}`): string {
    this.state.tokens.set(token, login);
    return token;
  }

  /** Make a token classic, with these scopes (GitHub sends them as X-OAuth-Scopes). */
  scopes(token: string, scopes: string[]): void {
    this.state.scopes ??= new Map();
    this.state.scopes.set(token, scopes);
  }

  addRepo(fullName: string, options: RepoOptions = {}): Repo {
    const [owner, name] = fullName.split('/') as [string, string];
    const network = { commits: new Map(), blobs: new Map() };
    const repo: Repo = {
      id: this.state.nextId++,
      owner,
      name,
      defaultBranch: options.defaultBranch ?? 'main',
      immutableReleases: options.immutableReleases ?? false,
      writers: new Set(options.writers ?? []),
      network,
      refs: new Map(),
      releases: [],
      pulls: [],
      deployments: [],
    };
    const sha = commitTo(
      this.state,
      repo,
      [],
      options.files ?? { 'README.md': `# ${name}\n` },
      'initial commit',
    );
    repo.refs.set(`refs/heads/${repo.defaultBranch}`, sha);
    this.state.repos.set(fullName.toLowerCase(), repo);
    return repo;
  }

  repo(fullName: string): Repo {
    const r = this.state.repos.get(fullName.toLowerCase());
    if (!r) throw new Error(`no repository ${fullName}`);
    return r;
  }

  /** Add a commit on a branch (default: the default branch); returns its SHA. */
  commit(
    fullName: string,
    files: Record<string, string | Buffer>,
    message = 'change',
    branch?: string,
  ): string {
    const repo = this.repo(fullName);
    const ref = `refs/heads/${branch ?? repo.defaultBranch}`;
    const parent = repo.refs.get(ref);
    const sha = commitTo(this.state, repo, parent ? [parent] : [], files, message);
    repo.refs.set(ref, sha);
    return sha;
  }

  head(fullName: string, branch?: string): string {
    const repo = this.repo(fullName);
    return repo.refs.get(`refs/heads/${branch ?? repo.defaultBranch}`)!;
  }

  tag(fullName: string, tag: string, sha: string): void {
    this.repo(fullName).refs.set(`refs/tags/${tag}`, sha);
  }

  /**
   * Make matching calls fail: `times` times (default 1), with this status, headers and body.
   * The path is matched against the path under the API root (query included).
   */
  fail(
    match: { method?: string; path: RegExp },
    response: { status: number; headers?: Record<string, string>; body?: unknown },
    times = 1,
  ): void {
    this.faults.push({ ...match, ...response, times });
  }

  /** A secondary rate limit on matching calls, as GitHub sends it. */
  secondaryRateLimit(match: { method?: string; path: RegExp }, times = 1, retryAfter = 1): void {
    this.fail(
      match,
      {
        status: 403,
        headers: { 'retry-after': String(retryAfter) },
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
        },
      },
      times,
    );
  }

  /**
   * Stop reading the upload of `name` after `afterBytes` (the client hangs there, as on a dead
   * connection); resolves once it has stalled. Killing the client then leaves the asset `open`.
   */
  stallUpload(name: string, afterBytes: number): Promise<void> {
    return new Promise((resolve) => this.state.stalls.push({ name, afterBytes, stalled: resolve }));
  }

  /** Requests whose method and path match, for assertions. */
  calls(method?: string, path?: RegExp): LoggedRequest[] {
    return this.requests.filter((r) => (!method || r.method === method) && (!path || path.test(r.path)));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.state.origin);
    const method = (req.method ?? 'GET').toUpperCase();
    let path = url.pathname;
    if (path.startsWith('/api/v3')) path = path.slice('/api/v3'.length) || '/';
    const auth = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const login = auth ? this.state.tokens.get(auth) : undefined;
    const log = (status: number) =>
      this.requests.push({
        method,
        path: `${path}${url.search}`,
        status,
        ...(login ? { login } : {}),
        at: Date.now(),
      });
    const scopes = auth ? this.state.scopes?.get(auth) : undefined;
    if (scopes) res.setHeader('x-oauth-scopes', scopes.join(', '));
    if (auth && !login) {
      log(401);
      return send(res, 401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest',
      });
    }
    const fault = this.faults.find(
      (f) => f.times > 0 && (!f.method || f.method === method) && f.path.test(`${path}${url.search}`),
    );
    if (fault) {
      fault.times--;
      log(fault.status);
      req.resume();
      return send(res, fault.status, fault.body ?? { message: 'Bad Gateway' }, fault.headers);
    }
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const m = route.pattern.exec(path);
      if (!m) continue;
      const params = m.slice(1).map((p) => decodeURIComponent(p));
      const handler: Handler = route.handler;
      const reply = await handler({
        req,
        res,
        url,
        params,
        login,
        body: route.raw ? undefined : await readJson(req),
      });
      if (reply === 'handled') {
        log(res.statusCode);
        return;
      }
      log(reply.status);
      return send(res, reply.status, reply.body, reply.headers);
    }
    req.resume();
    log(404);
    send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }
}

export function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) return;
  const text = body === undefined || status === 204 || status === 302 ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...(text ? { 'content-type': 'application/json; charset=utf-8' } : {}),
    'x-github-media-type': 'github.v3; format=json',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    ...headers,
  });
  res.end(text);
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  if (chunks.length === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
