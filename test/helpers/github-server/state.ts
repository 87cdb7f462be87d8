/** The local GitHub server's state and route types (see ../github-server.ts). */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface Commit {
  sha: string;
  parents: string[];
  /** path → blob SHA */
  tree: Map<string, string>;
  message: string;
}

/** The objects a repository and its forks share. */
export interface Network {
  commits: Map<string, Commit>;
  blobs: Map<string, Buffer>;
}

export interface ServerAsset {
  id: number;
  name: string;
  label: string | null;
  contentType: string;
  state: 'open' | 'uploaded';
  bytes: Buffer;
  uploader: string;
  createdAt: string;
}

export interface ServerRelease {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string;
  body: string;
  draft: boolean;
  prerelease: boolean;
  immutable: boolean;
  createdAt: string;
  publishedAt: string | null;
  author: string;
  assets: ServerAsset[];
}

export interface ServerPull {
  number: number;
  title: string;
  body: string;
  head: { owner: string; repo: string; ref: string };
  base: string;
  state: 'open' | 'closed';
  mergedAt: string | null;
  user: string;
  createdAt: string;
}

export interface ServerDeployment {
  id: number;
  ref: string;
  sha: string;
  environment: string;
  description: string;
  payload: unknown;
  transient: boolean;
  production: boolean;
  creator: string;
  createdAt: string;
  statuses: {
    id: number;
    state: string;
    description: string;
    environmentUrl: string;
    logUrl: string;
    createdAt: string;
  }[];
}

export interface Repo {
  id: number;
  owner: string;
  name: string;
  defaultBranch: string;
  immutableReleases: boolean;
  writers: Set<string>;
  network: Network;
  /** `refs/heads/x`, `refs/tags/y` → commit SHA. */
  refs: Map<string, string>;
  parent?: Repo;
  releases: ServerRelease[];
  pulls: ServerPull[];
  deployments: ServerDeployment[];
  /** A fork GitHub is still making: reads of it answer 404 this many more times. */
  pendingReads?: number;
  /** Settings → Actions → “Allow GitHub Actions to create and approve pull requests”. */
  actionsMayOpenPulls?: boolean;
  /** GitHub environments by name, with the types of their protection rules. */
  environments?: Map<string, string[]>;
}

export interface Stall {
  name: string;
  afterBytes: number;
  stalled: () => void;
}

export interface Fault {
  method?: string;
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  times: number;
}

export interface ServerState {
  origin: string;
  repos: Map<string, Repo>;
  tokens: Map<string, string>;
  nextId: number;
  /** Report assets' `digest` (GitHub does since 2025; older servers do not). */
  digests: boolean;
  stalls: Stall[];
  /** New forks answer 404 to this many reads first (GitHub makes forks in the background). */
  forkDelay: number;
  /** Classic tokens' scopes (sent as X-OAuth-Scopes); fine-grained tokens have none. */
  scopes?: Map<string, string[]>;
}

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: string[];
  login?: string;
  body?: Record<string, unknown>;
}

export type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

export type Handler = (c: RouteContext) => Promise<Reply | 'handled'> | Reply | 'handled';

export interface Route {
  method: string;
  pattern: RegExp;
  handler: Handler;
  /** The handler reads the request body itself (uploads). */
  raw?: boolean;
}

export const now = (): string => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

export function notFound(): Reply {
  return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
}

export function unprocessable(message: string, errors: unknown[] = []): Reply {
  return {
    status: 422,
    body: { message, request_id: requestId(), errors, documentation_url: 'https://docs.github.com/rest' },
  };
}

let requests = 0;
/** A request id in GitHub's shape (`XXXX:XXXXX:…`). */
export function requestId(): string {
  const n = (requests++).toString(16).toUpperCase().padStart(8, '0');
  return `${n.slice(0, 4)}:${n}:${n}:${n}:${n}`;
}

export function findRepo(state: ServerState, owner: string, name: string): Repo | undefined {
  return state.repos.get(`${owner}/${name}`.toLowerCase());
}

export function canWrite(repo: Repo, login: string | undefined): boolean {
  return Boolean(login && (login === repo.owner || repo.writers.has(login)));
}

/** 401 without a token, 403 without write access; undefined when allowed. */
export function denyWrite(repo: Repo, login: string | undefined): Reply | undefined {
  if (!login) return { status: 401, body: { message: 'Requires authentication' } };
  if (!canWrite(repo, login))
    return { status: 403, body: { message: 'Resource not accessible by integration' } };
  return undefined;
}

export function user(state: ServerState, login: string): Record<string, unknown> {
  return {
    login,
    id: hashId(login),
    node_id: Buffer.from(`User${login}`).toString('base64'),
    avatar_url: `${state.origin}/avatars/${login}`,
    gravatar_id: '',
    url: `${state.origin}/api/v3/users/${login}`,
    html_url: `${state.origin}/${login}`,
    followers_url: `${state.origin}/api/v3/users/${login}/followers`,
    following_url: `${state.origin}/api/v3/users/${login}/following{/other_user}`,
    gists_url: `${state.origin}/api/v3/users/${login}/gists{/gist_id}`,
    starred_url: `${state.origin}/api/v3/users/${login}/starred{/owner}{/repo}`,
    subscriptions_url: `${state.origin}/api/v3/users/${login}/subscriptions`,
    organizations_url: `${state.origin}/api/v3/users/${login}/orgs`,
    repos_url: `${state.origin}/api/v3/users/${login}/repos`,
    events_url: `${state.origin}/api/v3/users/${login}/events{/privacy}`,
    received_events_url: `${state.origin}/api/v3/users/${login}/received_events`,
    type: 'User',
    site_admin: false,
  };
}

function hashId(s: string): number {
  let h = 7;
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) % 1_000_000;
  return h;
}

/** Resolve a branch, tag or (prefix of a) SHA to a commit SHA. */
export function resolveRef(repo: Repo, ref: string): string | undefined {
  const r = ref.replace(/^refs\//, '');
  return (
    repo.refs.get(`refs/heads/${r.replace(/^heads\//, '')}`) ??
    repo.refs.get(`refs/tags/${r.replace(/^tags\//, '')}`) ??
    (/^[0-9a-f]{7,40}$/.test(ref)
      ? [...repo.network.commits.keys()].find((s) => s.startsWith(ref))
      : undefined)
  );
}

/** Whether `ancestor` is reachable from `sha`. */
export function isAncestor(repo: Repo, ancestor: string, sha: string): boolean {
  const seen = new Set<string>();
  const stack = [sha];
  while (stack.length) {
    const s = stack.pop()!;
    if (s === ancestor) return true;
    if (seen.has(s)) continue;
    seen.add(s);
    stack.push(...(repo.network.commits.get(s)?.parents ?? []));
  }
  return false;
}

/** A page of a list, with GitHub's Link header. */
export function page<T>(c: RouteContext, all: T[]): { items: T[]; headers: Record<string, string> } {
  const per = Math.min(100, Number(c.url.searchParams.get('per_page') ?? 30) || 30);
  const p = Math.max(1, Number(c.url.searchParams.get('page') ?? 1) || 1);
  const items = all.slice((p - 1) * per, p * per);
  const last = Math.max(1, Math.ceil(all.length / per));
  const link = (n: number, rel: string) => {
    const u = new URL(c.url.href);
    u.searchParams.set('page', String(n));
    u.searchParams.set('per_page', String(per));
    return `<${u.href}>; rel="${rel}"`;
  };
  const links = [
    ...(p < last ? [link(p + 1, 'next'), link(last, 'last')] : []),
    ...(p > 1 ? [link(1, 'first'), link(p - 1, 'prev')] : []),
  ];
  return { items, headers: links.length ? { link: links.join(', ') } : {} };
}

/** The git blob SHA of some bytes: sha1 of `blob <size>\0<bytes>`. */
export function blobSha(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** Add a commit with these file changes (a Buffer or text; `null`-free) on top of `parents`. */
export function commitTo(
  state: ServerState,
  repo: Repo,
  parents: string[],
  files: Record<string, string | Buffer>,
  message: string,
): string {
  const base = parents[0] ? repo.network.commits.get(parents[0])?.tree : undefined;
  const tree = new Map(base ?? []);
  for (const [p, content] of Object.entries(files)) {
    const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content);
    const sha = blobSha(bytes);
    repo.network.blobs.set(sha, bytes);
    tree.set(p, sha);
  }
  const sha = createHash('sha1')
    .update(`${parents.join(',')}|${message}|${[...tree].join(';')}|${state.nextId++}`)
    .digest('hex');
  repo.network.commits.set(sha, { sha, parents, tree, message });
  return sha;
}
