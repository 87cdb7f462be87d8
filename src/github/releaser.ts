/** The `Releaser` port over the REST API: every call described once (see api.ts). */
import type { GitHubApi } from './api.js';
import type {
  AssetFile,
  PullInfo,
  Release,
  ReleaseAsset,
  Releaser,
  RepoInfo,
  RepoRef,
  UploadOutcome,
} from './ports.js';

type Json = Record<string, unknown>;

export function restReleaser(api: GitHubApi, repo: RepoRef): Releaser {
  const p = { owner: repo.owner, repo: repo.repo };
  return {
    repo,
    async repository() {
      const r = await api.call<Json>({
        method: 'GET',
        route: '/repos/{owner}/{repo}',
        params: p,
        purpose: 'check the token can write releases',
        planned: {
          status: 200,
          data: { full_name: `${repo.owner}/${repo.repo}`, permissions: { push: true } },
        },
      });
      return repoInfo(r.data);
    },

    async tagCommit(tag) {
      const r = await api.call<Json>({
        method: 'GET',
        route: '/repos/{owner}/{repo}/git/ref/{ref}',
        params: { ...p, ref: `tags/${tag}` },
        accept: [404],
        purpose: 'find the commit the tag points at',
      });
      if (r.status === 404 || !r.data) return undefined;
      const object = r.data.object as { type: string; sha: string };
      if (object.type !== 'tag') return object.sha;
      const t = await api.call<Json>({
        method: 'GET',
        route: '/repos/{owner}/{repo}/git/tags/{tag_sha}',
        params: { ...p, tag_sha: object.sha },
        purpose: 'read the annotated tag',
      });
      return (t.data.object as { sha: string }).sha;
    },

    async resolveCommit(ref) {
      const r = await api.call<Json>({
        method: 'GET',
        route: '/repos/{owner}/{repo}/commits/{ref}',
        params: { ...p, ref },
        accept: [404, 422],
        purpose: 'resolve --target to a commit',
        planned: { status: 200, data: { sha: /^[0-9a-f]{40}$/.test(ref) ? ref : `<commit of ${ref}>` } },
      });
      return r.status === 200 ? String(r.data.sha) : undefined;
    },

    async listReleases() {
      const out: Release[] = [];
      for (let page = 1; page <= 20; page++) {
        const r = await api.call<Json[]>({
          method: 'GET',
          route: '/repos/{owner}/{repo}/releases',
          params: { ...p, per_page: 100, page },
          purpose: 'find the release by listing (drafts included)',
          planned: { status: 200, data: [] },
        });
        out.push(...(r.data ?? []).map(release));
        if ((r.data ?? []).length < 100) break;
      }
      return out;
    },

    async createRelease(n) {
      const r = await api.call<Json>({
        method: 'POST',
        route: '/repos/{owner}/{repo}/releases',
        params: p,
        body: {
          tag_name: n.tagName,
          target_commitish: n.targetCommitish,
          name: n.name,
          body: n.body,
          draft: n.draft,
          prerelease: n.prerelease,
        },
        purpose: 'create the release as a draft',
        planned: {
          status: 201,
          data: {
            id: 0,
            tag_name: n.tagName,
            name: n.name,
            draft: true,
            prerelease: n.prerelease,
            upload_url: `{upload_url}`,
            html_url: '',
            assets: [],
          },
        },
      });
      return release(r.data);
    },

    async updateRelease(id, patch) {
      const r = await api.call<Json>({
        method: 'PATCH',
        route: '/repos/{owner}/{repo}/releases/{release_id}',
        params: { ...p, release_id: id },
        body: {
          ...(patch.draft !== undefined ? { draft: patch.draft } : {}),
          ...(patch.prerelease !== undefined ? { prerelease: patch.prerelease } : {}),
          ...(patch.name !== undefined ? { name: patch.name } : {}),
          ...(patch.body !== undefined ? { body: patch.body } : {}),
        },
        purpose: patch.draft === false ? 'publish the release' : 'update the release',
        planned: { status: 200, data: { id, draft: patch.draft ?? true, assets: [] } },
      });
      return release(r.data);
    },

    async publishRelease(id) {
      const r = await api.call<Json>({
        method: 'PATCH',
        route: '/repos/{owner}/{repo}/releases/{release_id}',
        params: { ...p, release_id: id },
        body: { draft: false },
        accept: [422],
        purpose: 'publish the release (GitHub creates the tag at the target)',
        planned: { status: 200, data: { id, draft: false, assets: [] } },
      });
      return r.status === 422 ? undefined : release(r.data);
    },

    async deleteRelease(id) {
      const r = await api.call({
        method: 'DELETE',
        route: '/repos/{owner}/{repo}/releases/{release_id}',
        params: { ...p, release_id: id },
        accept: [404],
        purpose: 'remove an orphan draft for the tag',
      });
      return r.status !== 404;
    },

    async listAssets(releaseId) {
      const r = await api.call<Json[]>({
        method: 'GET',
        route: '/repos/{owner}/{repo}/releases/{release_id}/assets',
        params: { ...p, release_id: releaseId, per_page: 100 },
        purpose: 'list the release’s assets',
        planned: { status: 200, data: [] },
      });
      return (r.data ?? []).map(asset);
    },

    async uploadAsset(rel: Release, file: AssetFile): Promise<UploadOutcome> {
      const r = await api.call<Json>({
        method: 'POST',
        route: '/repos/{owner}/{repo}/releases/{release_id}/assets',
        url: rel.uploadUrl,
        params: { name: file.name },
        raw: file,
        accept: [422],
        purpose: `upload ${file.name}`,
        planned: {
          status: 201,
          data: {
            id: 0,
            name: file.name,
            size: file.bytes.length,
            state: 'uploaded',
            digest: `sha256:${file.sha256}`,
          },
        },
      });
      if (r.status === 422) {
        const d = (r.data ?? {}) as { message?: string; errors?: { code?: string; message?: string }[] };
        const message = [d.message, ...(d.errors ?? []).map((e) => e.message ?? e.code)]
          .filter(Boolean)
          .join('; ');
        return { kind: 'conflict', immutable: /immutable/i.test(message), message };
      }
      return { kind: 'uploaded', asset: asset(r.data) };
    },

    async deleteAsset(id) {
      const r = await api.call({
        method: 'DELETE',
        route: '/repos/{owner}/{repo}/releases/assets/{asset_id}',
        params: { ...p, asset_id: id },
        accept: [404],
        purpose: 'remove a broken or half-uploaded asset',
      });
      return r.status !== 404;
    },

    async downloadAsset(id) {
      const r = await api.call<Uint8Array>({
        method: 'GET',
        route: '/repos/{owner}/{repo}/releases/assets/{asset_id}',
        params: { ...p, asset_id: id },
        binary: true,
        purpose: 'download the asset back to compare its sha256',
        planned: { status: 200, data: new Uint8Array() },
      });
      return r.data;
    },

    async generateNotes(tag, target) {
      const r = await api.call<Json>({
        method: 'POST',
        route: '/repos/{owner}/{repo}/releases/generate-notes',
        params: p,
        body: { tag_name: tag, target_commitish: target },
        purpose: 'generate the release notes (reads only)',
        planned: { status: 200, data: { body: '<notes GitHub generates>' } },
      });
      return String(r.data.body ?? '');
    },

    async pullsForCommit(sha) {
      const r = await api.call<Json[]>({
        method: 'GET',
        route: '/repos/{owner}/{repo}/commits/{commit_sha}/pulls',
        params: { ...p, commit_sha: sha },
        accept: [404, 422],
        purpose: 'find the pull request the commit came in with (release notes)',
        planned: { status: 200, data: [] },
      });
      return r.status === 200 ? (r.data ?? []).map(pull) : [];
    },
  };
}

export function repoInfo(d: Json): RepoInfo {
  const permissions = d.permissions as { push?: boolean; admin?: boolean; maintain?: boolean } | undefined;
  const parent = d.parent as { full_name?: string } | undefined;
  return {
    fullName: String(d.full_name ?? ''),
    defaultBranch: String(d.default_branch ?? 'main'),
    canPush: permissions ? Boolean(permissions.push || permissions.admin || permissions.maintain) : undefined,
    fork: d.fork === true,
    ...(parent?.full_name ? { parent: parent.full_name } : {}),
    htmlUrl: String(d.html_url ?? ''),
  };
}

export function release(d: Json): Release {
  return {
    id: Number(d.id),
    tagName: String(d.tag_name ?? ''),
    name: String(d.name ?? ''),
    draft: d.draft === true,
    prerelease: d.prerelease === true,
    immutable: d.immutable === true,
    htmlUrl: String(d.html_url ?? ''),
    uploadUrl: String(d.upload_url ?? ''),
    targetCommitish: String(d.target_commitish ?? ''),
    body: String(d.body ?? ''),
    assets: ((d.assets as Json[] | undefined) ?? []).map(asset),
  };
}

export function asset(d: Json): ReleaseAsset {
  const digest = typeof d.digest === 'string' ? /^sha256:([0-9a-f]{64})$/i.exec(d.digest)?.[1] : undefined;
  return {
    id: Number(d.id),
    name: String(d.name ?? ''),
    size: Number(d.size ?? 0),
    state: String(d.state ?? 'uploaded'),
    ...(digest ? { sha256: digest.toLowerCase() } : {}),
    url: String(d.url ?? ''),
    browserDownloadUrl: String(d.browser_download_url ?? ''),
  };
}

export function pull(d: Json): PullInfo {
  const head = d.head as { label?: string; ref?: string } | undefined;
  return {
    number: Number(d.number),
    title: String(d.title ?? ''),
    body: String(d.body ?? ''),
    htmlUrl: String(d.html_url ?? ''),
    state: d.state === 'closed' ? 'closed' : 'open',
    merged: Boolean(d.merged_at) || d.merged === true,
    head: String(head?.label ?? head?.ref ?? ''),
  };
}
