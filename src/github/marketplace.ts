/** The `Marketplace` port over the REST API: forks, branches, contents and pull requests, no git CLI. */
import { CheckFailedError } from '../core/errors.js';
import type { GitHubApi } from './api.js';
import type { DirEntry, Marketplace, RepoRef } from './ports.js';
import { pull, repoInfo } from './releaser.js';

type Json = Record<string, unknown>;

const rp = (r: RepoRef) => ({ owner: r.owner, repo: r.repo });

export function restMarketplace(api: GitHubApi): Marketplace {
  const self: Marketplace = {
    async user() {
      const r = await api.call<Json>({
        method: 'GET',
        route: '/user',
        purpose: 'find who the fork token belongs to',
        planned: { status: 200, data: { login: '<token owner>' } },
      });
      return String(r.data.login);
    },

    async repository(repo) {
      const r = await api.call<Json>({
        method: 'GET',
        route: '/repos/{owner}/{repo}',
        params: rp(repo),
        accept: [404],
        purpose: 'read the repository',
      });
      return r.status === 404 ? undefined : repoInfo(r.data);
    },

    async createFork(upstream, organization) {
      const r = await api.call<Json>({
        method: 'POST',
        route: '/repos/{owner}/{repo}/forks',
        params: rp(upstream),
        body: { ...(organization ? { organization } : {}), default_branch_only: true },
        purpose: 'create the fork',
        planned: {
          status: 202,
          data: {
            full_name: `${organization ?? '<you>'}/${upstream.repo}`,
            fork: true,
            default_branch: 'main',
          },
        },
      });
      return repoInfo(r.data);
    },

    async syncFork(fork, branch) {
      const r = await api.call({
        method: 'POST',
        route: '/repos/{owner}/{repo}/merge-upstream',
        params: rp(fork),
        body: { branch },
        accept: [409, 422],
        purpose: 'sync the fork with upstream',
        planned: { status: 200 },
      });
      return r.status === 200 ? 'synced' : 'conflict';
    },

    async branchHead(repo, branch) {
      const r = await api.call<Json>({
        method: 'GET',
        route: '/repos/{owner}/{repo}/git/ref/{ref}',
        params: { ...rp(repo), ref: `heads/${branch}` },
        accept: [404],
        purpose: `read branch ${branch}`,
      });
      return r.status === 404 ? undefined : String((r.data.object as { sha: string }).sha);
    },

    async createBranch(repo, branch, sha) {
      await api.call({
        method: 'POST',
        route: '/repos/{owner}/{repo}/git/refs',
        params: rp(repo),
        body: { ref: `refs/heads/${branch}`, sha },
        purpose: `create branch ${branch}`,
      });
    },

    async resetBranch(repo, branch, sha) {
      await api.call({
        method: 'PATCH',
        route: '/repos/{owner}/{repo}/git/refs/{ref}',
        params: { ...rp(repo), ref: `heads/${branch}` },
        body: { sha, force: true },
        purpose: `reset branch ${branch} to upstream`,
      });
    },

    async listDirectory(repo, path, ref) {
      const r = await api.call<Json[] | Json>({
        method: 'GET',
        route: '/repos/{owner}/{repo}/contents/{path}',
        params: { ...rp(repo), path, ref },
        accept: [404],
        purpose: `list ${path} upstream (versions already submitted)`,
        planned: { status: 404 },
      });
      if (r.status === 404 || !Array.isArray(r.data)) return undefined;
      return r.data.map(
        (e): DirEntry => ({
          name: String(e.name),
          path: String(e.path),
          sha: String(e.sha),
          size: Number(e.size ?? 0),
          type: String(e.type),
        }),
      );
    },

    async putFile(repo, file) {
      const r = await api.call<Json>({
        method: 'PUT',
        route: '/repos/{owner}/{repo}/contents/{path}',
        params: { ...rp(repo), path: file.path },
        body: {
          message: file.message,
          content: Buffer.from(file.bytes).toString('base64'),
          branch: file.branch,
          ...(file.sha ? { sha: file.sha } : {}),
        },
        purpose: `commit ${file.path}`,
        planned: { status: 201, data: { commit: { sha: '<new commit>' } } },
      });
      return String((r.data.commit as { sha: string }).sha);
    },

    async findPulls(upstream, head) {
      const r = await api.call<Json[]>({
        method: 'GET',
        route: '/repos/{owner}/{repo}/pulls',
        params: { ...rp(upstream), head, state: 'all', per_page: 100 },
        purpose: 'find the pull request already opened for the branch',
        planned: { status: 200, data: [] },
      });
      return (r.data ?? []).map(pull);
    },

    async createPull(upstream, pr) {
      const r = await api.call<Json>({
        method: 'POST',
        route: '/repos/{owner}/{repo}/pulls',
        params: rp(upstream),
        body: { title: pr.title, head: pr.head, base: pr.base, body: pr.body, maintainer_can_modify: true },
        accept: [422],
        purpose: 'open the pull request',
        planned: {
          status: 201,
          data: { number: 0, title: pr.title, body: pr.body, state: 'open', html_url: '' },
        },
      });
      if (r.status !== 422) return pull(r.data);
      // "A pull request already exists": a retried create that had gone through, or another run's.
      const open = (await self.findPulls(upstream, pr.head)).find((p) => p.state === 'open');
      if (open) return open;
      const d = (r.data ?? {}) as {
        message?: string;
        errors?: { message?: string; field?: string; code?: string }[];
      };
      throw new CheckFailedError(
        `GitHub refused to open the pull request from ${pr.head}: ${[d.message, ...(d.errors ?? []).map((e) => e.message ?? `${e.field} ${e.code}`)].filter(Boolean).join('; ')}`,
        'Check that the branch exists in the fork and that the base branch exists upstream.',
      );
    },

    async updatePull(upstream, number, pr) {
      const r = await api.call<Json>({
        method: 'PATCH',
        route: '/repos/{owner}/{repo}/pulls/{pull_number}',
        params: { ...rp(upstream), pull_number: number },
        body: { title: pr.title, body: pr.body },
        purpose: 'update the open pull request',
        planned: {
          status: 200,
          data: { number, title: pr.title, body: pr.body, state: 'open', html_url: '' },
        },
      });
      return pull(r.data);
    },
  };
  return self;
}
