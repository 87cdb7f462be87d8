/** Repositories, forks, refs, commits, contents and pull requests (see ../github-server.ts). */
import {
  blobSha,
  canWrite,
  commitTo,
  denyWrite,
  findRepo,
  isAncestor,
  notFound,
  now,
  page,
  type Reply,
  type Repo,
  type Route,
  type RouteContext,
  resolveRef,
  type ServerPull,
  type ServerState,
  unprocessable,
  user,
} from './state.js';

const R = '^/repos/([^/]+)/([^/]+)';

export function repoRoutes(state: ServerState): Route[] {
  const repoJson = (repo: Repo, login: string | undefined) => {
    const write = canWrite(repo, login);
    const full = `${repo.owner}/${repo.name}`;
    return {
      id: repo.id,
      name: repo.name,
      full_name: full,
      owner: user(state, repo.owner),
      private: false,
      html_url: `${state.origin}/${full}`,
      url: `${state.origin}/api/v3/repos/${full}`,
      fork: Boolean(repo.parent),
      default_branch: repo.defaultBranch,
      ...(repo.parent
        ? {
            parent: { full_name: `${repo.parent.owner}/${repo.parent.name}` },
            source: { full_name: `${root(repo).owner}/${root(repo).name}` },
          }
        : {}),
      ...(login
        ? { permissions: { admin: write, maintain: write, push: write, triage: write, pull: true } }
        : {}),
    };
  };
  const pullJson = (repo: Repo, p: ServerPull) => ({
    url: `${state.origin}/api/v3/repos/${repo.owner}/${repo.name}/pulls/${p.number}`,
    number: p.number,
    state: p.state,
    title: p.title,
    body: p.body,
    user: user(state, p.user),
    html_url: `${state.origin}/${repo.owner}/${repo.name}/pull/${p.number}`,
    head: {
      label: `${p.head.owner}:${p.head.ref}`,
      ref: p.head.ref,
      repo: { full_name: `${p.head.owner}/${p.head.repo}` },
    },
    base: { ref: p.base, repo: { full_name: `${repo.owner}/${repo.name}` } },
    merged_at: p.mergedAt,
    created_at: p.createdAt,
  });
  const withRepo = (fn: (c: RouteContext, repo: Repo) => Reply) => (c: RouteContext) => {
    const repo = findRepo(state, c.params[0]!, c.params[1]!);
    return repo ? fn(c, repo) : notFound();
  };
  const refJson = (repo: Repo, ref: string, sha: string) => ({
    ref,
    node_id: Buffer.from(ref).toString('base64'),
    url: `${state.origin}/api/v3/repos/${repo.owner}/${repo.name}/git/${ref}`,
    object: {
      sha,
      type: 'commit',
      url: `${state.origin}/api/v3/repos/${repo.owner}/${repo.name}/git/commits/${sha}`,
    },
  });

  return [
    {
      method: 'GET',
      pattern: /^\/user$/,
      handler: (c) =>
        c.login
          ? { status: 200, body: user(state, c.login) }
          : { status: 401, body: { message: 'Requires authentication' } },
    },
    {
      method: 'GET',
      pattern: new RegExp(`${R}$`),
      handler: withRepo((c, repo) => {
        if (repo.pendingReads) {
          repo.pendingReads--;
          return notFound();
        }
        return { status: 200, body: repoJson(repo, c.login) };
      }),
    },
    {
      method: 'POST',
      pattern: new RegExp(`${R}/forks$`),
      handler: withRepo((c, upstream) => {
        if (!c.login) return { status: 401, body: { message: 'Requires authentication' } };
        const owner = typeof c.body?.organization === 'string' ? c.body.organization : c.login;
        const existing = findRepo(state, owner, upstream.name);
        if (existing) return { status: 202, body: repoJson(existing, c.login) };
        const fork: Repo = {
          id: state.nextId++,
          owner,
          name: upstream.name,
          defaultBranch: upstream.defaultBranch,
          immutableReleases: false,
          writers: new Set([c.login]),
          network: upstream.network,
          refs: new Map([...upstream.refs].filter(([k]) => k === `refs/heads/${upstream.defaultBranch}`)),
          parent: upstream,
          releases: [],
          pulls: [],
          deployments: [],
          pendingReads: state.forkDelay,
        };
        state.repos.set(`${owner}/${upstream.name}`.toLowerCase(), fork);
        return { status: 202, body: repoJson(fork, c.login) };
      }),
    },
    {
      method: 'POST',
      pattern: new RegExp(`${R}/merge-upstream$`),
      handler: withRepo((c, fork) => {
        const denied = denyWrite(fork, c.login);
        if (denied) return denied;
        if (!fork.parent) return unprocessable('This repository is not a fork.');
        const branch = String(c.body?.branch ?? fork.defaultBranch);
        const mine = fork.refs.get(`refs/heads/${branch}`);
        const theirs = fork.parent.refs.get(`refs/heads/${branch}`);
        if (!theirs) return notFound();
        if (mine === theirs)
          return {
            status: 200,
            body: { message: 'This branch is not behind the upstream', merge_type: 'none' },
          };
        if (mine && !isAncestor(fork, mine, theirs))
          return { status: 409, body: { message: 'There are merge conflicts' } };
        fork.refs.set(`refs/heads/${branch}`, theirs);
        return {
          status: 200,
          body: {
            message: 'Successfully fetched and fast-forwarded from upstream',
            merge_type: 'fast-forward',
          },
        };
      }),
    },
    {
      method: 'GET',
      pattern: new RegExp(`${R}/git/ref/(.+)$`),
      handler: withRepo((c, repo) => {
        const ref = `refs/${c.params[2]}`;
        const sha = repo.refs.get(ref);
        return sha ? { status: 200, body: refJson(repo, ref, sha) } : notFound();
      }),
    },
    {
      method: 'POST',
      pattern: new RegExp(`${R}/git/refs$`),
      handler: withRepo((c, repo) => {
        const denied = denyWrite(repo, c.login);
        if (denied) return denied;
        const ref = String(c.body?.ref ?? '');
        const sha = String(c.body?.sha ?? '');
        if (!/^refs\/(heads|tags)\/./.test(ref)) return unprocessable('Reference name is invalid');
        if (!repo.network.commits.has(sha)) return unprocessable('Object does not exist');
        if (repo.refs.has(ref)) return unprocessable('Reference already exists');
        repo.refs.set(ref, sha);
        return { status: 201, body: refJson(repo, ref, sha) };
      }),
    },
    {
      method: 'PATCH',
      pattern: new RegExp(`${R}/git/refs/(.+)$`),
      handler: withRepo((c, repo) => {
        const denied = denyWrite(repo, c.login);
        if (denied) return denied;
        const ref = `refs/${c.params[2]}`;
        const current = repo.refs.get(ref);
        const sha = String(c.body?.sha ?? '');
        if (!current) return unprocessable('Reference does not exist');
        if (!repo.network.commits.has(sha)) return unprocessable('Object does not exist');
        if (c.body?.force !== true && !isAncestor(repo, current, sha))
          return unprocessable('Update is not a fast forward');
        repo.refs.set(ref, sha);
        return { status: 200, body: refJson(repo, ref, sha) };
      }),
    },
    {
      method: 'GET',
      pattern: new RegExp(`${R}/commits/([0-9a-f]{40})/pulls$`),
      handler: withRepo((c, repo) => {
        const sha = c.params[2]!;
        const pulls = repo.pulls.filter(
          (p) => (p as ServerPull & { mergeCommit?: string }).mergeCommit === sha,
        );
        return { status: 200, body: pulls.map((p) => pullJson(repo, p)) };
      }),
    },
    {
      method: 'GET',
      pattern: new RegExp(`${R}/commits/([^/]+)$`),
      handler: withRepo((c, repo) => {
        const sha = resolveRef(repo, c.params[2]!);
        if (!sha) return unprocessable(`No commit found for SHA: ${c.params[2]}`);
        const commit = repo.network.commits.get(sha)!;
        return {
          status: 200,
          body: {
            sha,
            commit: { message: commit.message },
            parents: commit.parents.map((p) => ({ sha: p })),
          },
        };
      }),
    },
    {
      method: 'GET',
      pattern: new RegExp(`${R}/contents/(.*)$`),
      handler: withRepo((c, repo) => {
        const path = c.params[2]!.replace(/\/$/, '');
        const sha = resolveRef(repo, c.url.searchParams.get('ref') ?? repo.defaultBranch);
        const tree = sha ? repo.network.commits.get(sha)?.tree : undefined;
        if (!tree) return notFound();
        const file = tree.get(path);
        if (file) {
          const bytes = repo.network.blobs.get(file)!;
          return {
            status: 200,
            body: {
              type: 'file',
              name: path.split('/').pop(),
              path,
              sha: file,
              size: bytes.length,
              encoding: 'base64',
              content: bytes.length <= 1024 * 1024 ? bytes.toString('base64') : '',
            },
          };
        }
        const prefix = path ? `${path}/` : '';
        const entries = new Map<
          string,
          { name: string; path: string; sha: string; size: number; type: string }
        >();
        for (const [p, blob] of tree) {
          if (!p.startsWith(prefix)) continue;
          const rest = p.slice(prefix.length);
          const name = rest.split('/')[0]!;
          const isDir = rest.includes('/');
          if (!entries.has(name))
            entries.set(name, {
              name,
              path: `${prefix}${name}`,
              sha: isDir ? '' : blob,
              size: isDir ? 0 : repo.network.blobs.get(blob)!.length,
              type: isDir ? 'dir' : 'file',
            });
        }
        return entries.size ? { status: 200, body: [...entries.values()] } : notFound();
      }),
    },
    {
      method: 'PUT',
      pattern: new RegExp(`${R}/contents/(.+)$`),
      handler: withRepo((c, repo) => {
        const denied = denyWrite(repo, c.login);
        if (denied) return denied;
        const path = c.params[2]!;
        const b = c.body ?? {};
        const branch = String(b.branch ?? repo.defaultBranch);
        const head = repo.refs.get(`refs/heads/${branch}`);
        if (!head) return notFound();
        const existing = repo.network.commits.get(head)?.tree.get(path);
        if (existing && b.sha !== existing)
          return unprocessable(`Invalid request.\n\n"sha" wasn't supplied.`);
        if (!existing && b.sha)
          return { status: 409, body: { message: `${path} does not match ${String(b.sha)}` } };
        const bytes = Buffer.from(String(b.content ?? ''), 'base64');
        const sha = commitTo(state, repo, [head], { [path]: bytes }, String(b.message ?? 'update'));
        repo.refs.set(`refs/heads/${branch}`, sha);
        return {
          status: existing ? 200 : 201,
          body: {
            content: { name: path.split('/').pop(), path, sha: blobSha(bytes), size: bytes.length },
            commit: { sha, message: b.message },
          },
        };
      }),
    },
    {
      method: 'GET',
      pattern: new RegExp(`${R}/pulls$`),
      handler: withRepo((c, repo) => {
        const head = c.url.searchParams.get('head');
        const want = c.url.searchParams.get('state') ?? 'open';
        const all = repo.pulls
          .filter((p) => !head || `${p.head.owner}:${p.head.ref}`.toLowerCase() === head.toLowerCase())
          .filter((p) => want === 'all' || p.state === want)
          .sort((a, b) => b.number - a.number);
        const { items, headers } = page(c, all);
        return { status: 200, body: items.map((p) => pullJson(repo, p)), headers };
      }),
    },
    {
      method: 'POST',
      pattern: new RegExp(`${R}/pulls$`),
      handler: withRepo((c, repo) => {
        if (!c.login) return { status: 401, body: { message: 'Requires authentication' } };
        const b = c.body ?? {};
        const [headOwner, headRef] = String(b.head ?? '').includes(':')
          ? String(b.head).split(':')
          : [repo.owner, String(b.head ?? '')];
        const headRepo = [...state.repos.values()].find(
          (r) => r.owner.toLowerCase() === headOwner!.toLowerCase() && r.network === repo.network,
        );
        if (!headRepo?.refs.has(`refs/heads/${headRef}`))
          return unprocessable('Validation Failed', [
            { resource: 'PullRequest', field: 'head', code: 'invalid' },
          ]);
        if (!repo.refs.has(`refs/heads/${String(b.base)}`))
          return unprocessable('Validation Failed', [
            { resource: 'PullRequest', field: 'base', code: 'invalid' },
          ]);
        if (
          repo.pulls.some(
            (p) => p.state === 'open' && p.head.owner === headRepo.owner && p.head.ref === headRef,
          )
        )
          return unprocessable('Validation Failed', [
            {
              resource: 'PullRequest',
              code: 'custom',
              message: `A pull request already exists for ${headOwner}:${headRef}.`,
            },
          ]);
        const p: ServerPull = {
          number: repo.pulls.length + 1,
          title: String(b.title ?? ''),
          body: String(b.body ?? ''),
          head: { owner: headRepo.owner, repo: headRepo.name, ref: headRef! },
          base: String(b.base),
          state: 'open',
          mergedAt: null,
          user: c.login,
          createdAt: now(),
        };
        repo.pulls.push(p);
        return { status: 201, body: pullJson(repo, p) };
      }),
    },
    {
      method: 'PATCH',
      pattern: new RegExp(`${R}/pulls/(\\d+)$`),
      handler: withRepo((c, repo) => {
        if (!c.login) return { status: 401, body: { message: 'Requires authentication' } };
        const p = repo.pulls.find((x) => String(x.number) === c.params[2]);
        if (!p) return notFound();
        if (p.user !== c.login && !canWrite(repo, c.login))
          return { status: 403, body: { message: 'Forbidden' } };
        if (typeof c.body?.title === 'string') p.title = c.body.title;
        if (typeof c.body?.body === 'string') p.body = c.body.body;
        return { status: 200, body: pullJson(repo, p) };
      }),
    },
  ];
}

function root(repo: Repo): Repo {
  let r = repo;
  while (r.parent) r = r.parent;
  return r;
}

/** Merge an open pull request (tests play the marketplace's maintainers): its head becomes the base. */
export function mergePull(state: ServerState, upstream: Repo, number: number): string {
  const p = upstream.pulls.find((x) => x.number === number)!;
  const head = findRepo(state, p.head.owner, p.head.repo)!;
  const sha = head.refs.get(`refs/heads/${p.head.ref}`)!;
  upstream.refs.set(`refs/heads/${p.base}`, sha);
  p.state = 'closed';
  p.mergedAt = now();
  return sha;
}
