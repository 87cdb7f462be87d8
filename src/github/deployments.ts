/**
 * GitHub Deployments as a record of what went where: a deployment per (environment, identifier,
 * digest), with statuses `in_progress`, `success`, `failure`, `inactive`. `submit` records a
 * marketplace submission with it; the deployment ledger (deploy, promote, rollback) reads and writes
 * the same records, so the client is general: any environment, any payload beside identifier and digest.
 */
import type { GitHubApi } from './api.js';
import type { RepoRef } from './ports.js';

export type DeploymentState =
  | 'queued'
  | 'pending'
  | 'in_progress'
  | 'success'
  | 'failure'
  | 'error'
  | 'inactive';

/** What every deployment this tool creates carries: the Dify identifier and the package's sha256. */
export interface DeploymentPayload {
  identifier: string;
  digest: string;
  [key: string]: unknown;
}

export interface Deployment {
  id: number;
  ref: string;
  sha: string;
  environment: string;
  description: string;
  payload: DeploymentPayload;
  createdAt: string;
}

export interface DeploymentStatus {
  id: number;
  state: DeploymentState;
  description: string;
  environmentUrl: string;
  logUrl: string;
  createdAt: string;
}

export interface NewDeployment {
  /** A branch, tag or SHA of the repository. */
  ref: string;
  environment: string;
  payload: DeploymentPayload;
  description?: string;
  /** The environment goes away (a preview); default false. */
  transient?: boolean;
  /** The environment is the one users meet; default: environment named production. */
  production?: boolean;
}

export interface NewStatus {
  state: DeploymentState;
  description?: string;
  /** Where the deployed thing can be seen (the marketplace PR, the Dify console). */
  environmentUrl?: string;
  /** Where the run that made it can be seen (the Actions run). */
  logUrl?: string;
  /** On success, mark the environment's earlier deployments inactive (GitHub's default: true). */
  autoInactive?: boolean;
}

export interface Deployments {
  create(d: NewDeployment): Promise<Deployment>;
  setStatus(deploymentId: number, s: NewStatus): Promise<DeploymentStatus>;
  /** The environment's deployments, newest first (at most `limit`, default 100). */
  list(query: { environment: string; ref?: string; sha?: string; limit?: number }): Promise<Deployment[]>;
  /** A deployment's statuses, newest first. */
  statuses(deploymentId: number): Promise<DeploymentStatus[]>;
  /** The newest deployment of the environment whose payload matches, with its newest status. */
  find(
    environment: string,
    match: (d: Deployment) => boolean,
  ): Promise<{ deployment: Deployment; status?: DeploymentStatus } | undefined>;
}

type Json = Record<string, unknown>;

export function restDeployments(api: GitHubApi, repo: RepoRef): Deployments {
  const p = { owner: repo.owner, repo: repo.repo };
  const self: Deployments = {
    async create(d) {
      const r = await api.call<Json>({
        method: 'POST',
        route: '/repos/{owner}/{repo}/deployments',
        params: p,
        body: {
          ref: d.ref,
          environment: d.environment,
          payload: d.payload,
          description: (d.description ?? '').slice(0, 140),
          auto_merge: false,
          required_contexts: [],
          transient_environment: d.transient ?? false,
          production_environment: d.production ?? d.environment === 'production',
        },
        purpose: `record the deployment to ${d.environment}`,
        planned: {
          status: 201,
          data: { id: 0, ref: d.ref, environment: d.environment, payload: d.payload, sha: '' },
        },
      });
      return deployment(r.data);
    },

    async setStatus(id, s) {
      const r = await api.call<Json>({
        method: 'POST',
        route: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
        params: { ...p, deployment_id: id },
        body: {
          state: s.state,
          description: (s.description ?? '').slice(0, 140),
          ...(s.environmentUrl ? { environment_url: s.environmentUrl } : {}),
          ...(s.logUrl ? { log_url: s.logUrl } : {}),
          ...(s.autoInactive !== undefined ? { auto_inactive: s.autoInactive } : {}),
        },
        purpose: `mark the deployment ${s.state}`,
        planned: { status: 201, data: { id: 0, state: s.state } },
      });
      return status(r.data);
    },

    async list(query) {
      const limit = query.limit ?? 100;
      const out: Deployment[] = [];
      for (let page = 1; out.length < limit && page <= 10; page++) {
        const r = await api.call<Json[]>({
          method: 'GET',
          route: '/repos/{owner}/{repo}/deployments',
          params: {
            ...p,
            environment: query.environment,
            ...(query.ref ? { ref: query.ref } : {}),
            ...(query.sha ? { sha: query.sha } : {}),
            per_page: Math.min(100, limit),
            page,
          },
          purpose: `list the deployments to ${query.environment}`,
          planned: { status: 200, data: [] },
        });
        const rows = (r.data ?? []).map(deployment);
        out.push(...rows);
        if (rows.length < Math.min(100, limit)) break;
      }
      return out.slice(0, limit);
    },

    async statuses(id) {
      const r = await api.call<Json[]>({
        method: 'GET',
        route: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
        params: { ...p, deployment_id: id, per_page: 100 },
        purpose: 'read the deployment’s statuses',
        planned: { status: 200, data: [] },
      });
      return (r.data ?? []).map(status);
    },

    async find(environment, match) {
      const found = (await self.list({ environment })).find(match);
      if (!found) return undefined;
      const [latest] = await self.statuses(found.id);
      return { deployment: found, ...(latest ? { status: latest } : {}) };
    },
  };
  return self;
}

function deployment(d: Json): Deployment {
  let payload = d.payload as unknown;
  if (typeof payload === 'string') {
    try {
      payload = JSON.parse(payload);
    } catch {
      payload = {};
    }
  }
  const p = (payload ?? {}) as Json;
  return {
    id: Number(d.id),
    ref: String(d.ref ?? ''),
    sha: String(d.sha ?? ''),
    environment: String(d.environment ?? ''),
    description: String(d.description ?? ''),
    payload: { ...p, identifier: String(p.identifier ?? ''), digest: String(p.digest ?? '') },
    createdAt: String(d.created_at ?? ''),
  };
}

function status(d: Json): DeploymentStatus {
  return {
    id: Number(d.id),
    state: String(d.state ?? 'pending') as DeploymentState,
    description: String(d.description ?? ''),
    environmentUrl: String(d.environment_url ?? ''),
    logUrl: String(d.log_url ?? ''),
    createdAt: String(d.created_at ?? ''),
  };
}
