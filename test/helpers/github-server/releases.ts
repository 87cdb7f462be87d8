/** Releases and release assets, as GitHub serves them (see ../github-server.ts). */
import { createHash } from 'node:crypto';
import {
  canWrite,
  denyWrite,
  findRepo,
  notFound,
  now,
  page,
  type Reply,
  type Repo,
  type Route,
  type RouteContext,
  resolveRef,
  type ServerAsset,
  type ServerRelease,
  type ServerState,
  unprocessable,
  user,
} from './state.js';

const R = '^/repos/([^/]+)/([^/]+)';

export function releaseRoutes(state: ServerState): Route[] {
  const api = (repo: Repo) => `${state.origin}/api/v3/repos/${repo.owner}/${repo.name}`;
  const assetJson = (repo: Repo, rel: ServerRelease, a: ServerAsset) => ({
    url: `${api(repo)}/releases/assets/${a.id}`,
    id: a.id,
    node_id: Buffer.from(`ReleaseAsset${a.id}`).toString('base64'),
    name: a.name,
    label: a.label,
    uploader: user(state, a.uploader),
    content_type: a.contentType,
    state: a.state,
    size: a.bytes.length,
    ...(state.digests && a.state === 'uploaded'
      ? { digest: `sha256:${createHash('sha256').update(a.bytes).digest('hex')}` }
      : { digest: null }),
    download_count: 0,
    created_at: a.createdAt,
    updated_at: a.createdAt,
    browser_download_url: `${state.origin}/${repo.owner}/${repo.name}/releases/download/${encodeURIComponent(rel.tagName)}/${encodeURIComponent(a.name)}`,
  });
  const releaseJson = (repo: Repo, r: ServerRelease) => ({
    url: `${api(repo)}/releases/${r.id}`,
    assets_url: `${api(repo)}/releases/${r.id}/assets`,
    upload_url: `${state.origin}/api/uploads/repos/${repo.owner}/${repo.name}/releases/${r.id}/assets{?name,label}`,
    html_url: `${state.origin}/${repo.owner}/${repo.name}/releases/${r.draft ? `untagged-${r.id}` : `tag/${encodeURIComponent(r.tagName)}`}`,
    id: r.id,
    author: user(state, r.author),
    node_id: Buffer.from(`Release${r.id}`).toString('base64'),
    tag_name: r.tagName,
    target_commitish: r.targetCommitish,
    name: r.name,
    draft: r.draft,
    immutable: r.immutable,
    prerelease: r.prerelease,
    created_at: r.createdAt,
    published_at: r.publishedAt,
    assets: r.assets.map((a) => assetJson(repo, r, a)),
    tarball_url: `${api(repo)}/tarball/${r.tagName}`,
    zipball_url: `${api(repo)}/zipball/${r.tagName}`,
    body: r.body,
  });
  const withRepo =
    (fn: (c: RouteContext, repo: Repo) => Reply | 'handled' | Promise<Reply | 'handled'>) =>
    (c: RouteContext) => {
      const repo = findRepo(state, c.params[0]!, c.params[1]!);
      if (!repo) {
        c.req.resume();
        return notFound();
      }
      return fn(c, repo);
    };
  const visible = (repo: Repo, login: string | undefined) =>
    repo.releases.filter((r) => !r.draft || canWrite(repo, login));
  const byId = (repo: Repo, id: string, login: string | undefined) =>
    visible(repo, login).find((r) => String(r.id) === id);
  const publish = (repo: Repo, r: ServerRelease): Reply | undefined => {
    if (repo.releases.some((o) => o !== r && !o.draft && o.tagName === r.tagName))
      return unprocessable('Validation Failed', [
        { resource: 'Release', code: 'already_exists', field: 'tag_name' },
      ]);
    if (!repo.refs.has(`refs/tags/${r.tagName}`)) {
      const sha = resolveRef(repo, r.targetCommitish || repo.defaultBranch);
      if (!sha)
        return unprocessable('Validation Failed', [
          { resource: 'Release', code: 'invalid', field: 'target_commitish' },
        ]);
      repo.refs.set(`refs/tags/${r.tagName}`, sha);
    }
    r.draft = false;
    r.publishedAt = now();
    r.immutable = repo.immutableReleases;
    return undefined;
  };
  const assetOwner = (repo: Repo, id: string) => {
    for (const r of repo.releases) {
      const a = r.assets.find((x) => String(x.id) === id);
      if (a) return { r, a };
    }
    return undefined;
  };

  return [
    {
      method: 'GET',
      pattern: new RegExp(`${R}/releases$`),
      handler: withRepo((c, repo) => {
        const all = [...visible(repo, c.login)].sort((a, b) => b.id - a.id);
        const { items, headers } = page(c, all);
        return { status: 200, body: items.map((r) => releaseJson(repo, r)), headers };
      }),
    },
    {
      method: 'GET',
      pattern: new RegExp(`${R}/releases/tags/(.+)$`),
      handler: withRepo((c, repo) => {
        // GitHub's by-tag lookup never returns drafts.
        const r = repo.releases.find((x) => x.tagName === c.params[2] && !x.draft);
        return r ? { status: 200, body: releaseJson(repo, r) } : notFound();
      }),
    },
    {
      method: 'GET',
      pattern: new RegExp(`${R}/releases/(\\d+)$`),
      handler: withRepo((c, repo) => {
        const r = byId(repo, c.params[2]!, c.login);
        return r ? { status: 200, body: releaseJson(repo, r) } : notFound();
      }),
    },
    {
      method: 'POST',
      pattern: new RegExp(`${R}/releases$`),
      handler: withRepo((c, repo) => {
        const denied = denyWrite(repo, c.login);
        if (denied) return denied;
        const b = c.body ?? {};
        if (typeof b.tag_name !== 'string' || !b.tag_name)
          return unprocessable('Validation Failed', [
            { resource: 'Release', code: 'missing_field', field: 'tag_name' },
          ]);
        if (typeof b.body === 'string' && b.body.length > 125_000)
          return unprocessable('Validation Failed', [
            {
              resource: 'Release',
              code: 'custom',
              field: 'body',
              message: 'body is too long (maximum is 125000 characters)',
            },
          ]);
        const r: ServerRelease = {
          id: state.nextId++,
          tagName: b.tag_name,
          targetCommitish: String(b.target_commitish ?? repo.defaultBranch),
          name: String(b.name ?? b.tag_name),
          body: String(b.body ?? ''),
          draft: true,
          prerelease: b.prerelease === true,
          immutable: false,
          createdAt: now(),
          publishedAt: null,
          author: c.login!,
          assets: [],
        };
        if (b.draft !== true) {
          const refused = publish(repo, r);
          if (refused) return refused;
        }
        repo.releases.push(r);
        return { status: 201, body: releaseJson(repo, r) };
      }),
    },
    {
      method: 'PATCH',
      pattern: new RegExp(`${R}/releases/(\\d+)$`),
      handler: withRepo((c, repo) => {
        const denied = denyWrite(repo, c.login);
        if (denied) return denied;
        const r = byId(repo, c.params[2]!, c.login);
        if (!r) return notFound();
        const b = c.body ?? {};
        if (r.immutable && (b.draft === true || (b.tag_name !== undefined && b.tag_name !== r.tagName)))
          return unprocessable('Cannot modify the tag or publish state of an immutable release.');
        if (typeof b.name === 'string') r.name = b.name;
        if (typeof b.body === 'string') r.body = b.body;
        if (typeof b.prerelease === 'boolean') r.prerelease = b.prerelease;
        if (typeof b.target_commitish === 'string' && r.draft) r.targetCommitish = b.target_commitish;
        if (b.draft === false && r.draft) {
          const refused = publish(repo, r);
          if (refused) return refused;
        } else if (b.draft === true) r.draft = true;
        return { status: 200, body: releaseJson(repo, r) };
      }),
    },
    {
      method: 'DELETE',
      pattern: new RegExp(`${R}/releases/(\\d+)$`),
      handler: withRepo((c, repo) => {
        const denied = denyWrite(repo, c.login);
        if (denied) return denied;
        const i = repo.releases.findIndex((r) => String(r.id) === c.params[2]);
        if (i < 0) return notFound();
        repo.releases.splice(i, 1);
        return { status: 204 };
      }),
    },
    {
      method: 'GET',
      pattern: new RegExp(`${R}/releases/(\\d+)/assets$`),
      handler: withRepo((c, repo) => {
        const r = byId(repo, c.params[2]!, c.login);
        if (!r) return notFound();
        const { items, headers } = page(c, r.assets);
        return { status: 200, body: items.map((a) => assetJson(repo, r, a)), headers };
      }),
    },
    {
      method: 'GET',
      pattern: new RegExp(`${R}/releases/assets/(\\d+)$`),
      handler: withRepo((c, repo) => {
        const found = assetOwner(repo, c.params[2]!);
        if (!found || (found.r.draft && !canWrite(repo, c.login))) return notFound();
        if (/application\/octet-stream/.test(c.req.headers.accept ?? '')) {
          // GitHub redirects to its storage; the client follows.
          return { status: 302, headers: { location: `${state.origin}/download/${found.a.id}` } };
        }
        return { status: 200, body: assetJson(repo, found.r, found.a) };
      }),
    },
    {
      method: 'PATCH',
      pattern: new RegExp(`${R}/releases/assets/(\\d+)$`),
      handler: withRepo((c, repo) => {
        const denied = denyWrite(repo, c.login);
        if (denied) return denied;
        const found = assetOwner(repo, c.params[2]!);
        if (!found) return notFound();
        if (found.r.immutable) return unprocessable('Cannot modify an asset of an immutable release.');
        if (typeof c.body?.name === 'string') found.a.name = c.body.name;
        if (typeof c.body?.label === 'string') found.a.label = c.body.label;
        return { status: 200, body: assetJson(repo, found.r, found.a) };
      }),
    },
    {
      method: 'DELETE',
      pattern: new RegExp(`${R}/releases/assets/(\\d+)$`),
      handler: withRepo((c, repo) => {
        const denied = denyWrite(repo, c.login);
        if (denied) return denied;
        const found = assetOwner(repo, c.params[2]!);
        if (!found) return notFound();
        if (found.r.immutable) return unprocessable('Cannot delete an asset of an immutable release.');
        found.r.assets.splice(found.r.assets.indexOf(found.a), 1);
        return { status: 204 };
      }),
    },
    {
      method: 'POST',
      pattern: /^\/api\/uploads\/repos\/([^/]+)\/([^/]+)\/releases\/(\d+)\/assets$/,
      raw: true,
      handler: withRepo((c, repo) => upload(state, c, repo, assetJson)),
    },
    {
      method: 'POST',
      pattern: new RegExp(`${R}/releases/generate-notes$`),
      handler: withRepo((c, repo) => {
        const denied = denyWrite(repo, c.login);
        if (denied) return denied;
        const tag = String(c.body?.tag_name ?? '');
        const previous = repo.releases
          .filter((r) => !r.draft && r.tagName !== tag)
          .sort((a, b) => b.id - a.id)[0];
        const body = `## What's Changed\n* Changes in ${tag}\n\n**Full Changelog**: ${state.origin}/${repo.owner}/${repo.name}/${previous ? `compare/${previous.tagName}...${tag}` : `commits/${tag}`}`;
        return { status: 200, body: { name: tag, body } };
      }),
    },
    {
      method: 'GET',
      pattern: /^\/download\/(\d+)$/,
      handler: (c) => serveAsset(state, c, (a) => String(a.id) === c.params[0]),
    },
    {
      method: 'GET',
      pattern: /^\/([^/]+)\/([^/]+)\/releases\/download\/([^/]+)\/([^/]+)$/,
      handler: (c) => {
        const repo = findRepo(state, c.params[0]!, c.params[1]!);
        const r = repo?.releases.find((x) => !x.draft && x.tagName === c.params[2]);
        return serveAsset(state, c, (a) => r?.assets.includes(a) === true && a.name === c.params[3]);
      },
    },
  ];
}

function serveAsset(
  state: ServerState,
  c: RouteContext,
  pick: (a: ServerAsset) => boolean,
): Reply | 'handled' {
  for (const repo of state.repos.values())
    for (const r of repo.releases)
      for (const a of r.assets)
        if (pick(a)) {
          c.res.writeHead(200, { 'content-type': a.contentType, 'content-length': String(a.bytes.length) });
          c.res.end(a.bytes);
          return 'handled';
        }
  return notFound();
}

/** An upload to the release's upload_url: the name reserved at once, the asset `open` until the body ends. */
async function upload(
  state: ServerState,
  c: RouteContext,
  repo: Repo,
  assetJson: (repo: Repo, rel: ServerRelease, a: ServerAsset) => unknown,
): Promise<Reply | 'handled'> {
  const drain = () => c.req.resume();
  const denied = denyWrite(repo, c.login);
  if (denied) {
    drain();
    return denied;
  }
  const r = repo.releases.find((x) => String(x.id) === c.params[2]);
  if (!r) {
    drain();
    return notFound();
  }
  const name = c.url.searchParams.get('name') ?? '';
  if (r.immutable) {
    drain();
    return unprocessable('Cannot upload assets to an immutable release.');
  }
  if (r.assets.some((a) => a.name === name)) {
    drain();
    return unprocessable('Validation Failed', [
      { resource: 'ReleaseAsset', code: 'already_exists', field: 'name' },
    ]);
  }
  const asset: ServerAsset = {
    id: state.nextId++,
    name,
    label: c.url.searchParams.get('label'),
    contentType: String(c.req.headers['content-type'] ?? 'application/octet-stream'),
    state: 'open',
    bytes: Buffer.alloc(0),
    uploader: c.login!,
    createdAt: now(),
  };
  r.assets.push(asset);
  const stall = state.stalls.find((s) => s.name === name);
  const chunks: Buffer[] = [];
  let got = 0;
  const complete = await new Promise<boolean>((resolve) => {
    c.req.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      got += chunk.length;
      asset.bytes = Buffer.concat(chunks);
      if (stall && got >= stall.afterBytes) {
        c.req.pause();
        state.stalls.splice(state.stalls.indexOf(stall), 1);
        stall.stalled();
      }
    });
    c.req.on('end', () => resolve(true));
    c.req.on('close', () => resolve(c.req.complete));
    c.req.on('error', () => resolve(false));
  });
  if (!complete) {
    c.res.statusCode = 499;
    return 'handled';
  } // the client went away: the asset stays `open`, half-uploaded
  if (!r.assets.includes(asset)) return notFound(); // deleted while it was being uploaded
  asset.state = 'uploaded';
  return { status: 201, body: assetJson(repo, r, asset) };
}
