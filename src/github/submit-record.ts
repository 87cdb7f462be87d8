/**
 * A marketplace submission as a GitHub Deployment to environment `marketplace`: one per (identifier,
 * digest), `in_progress` while the pull request is open, `success` once the package is merged
 * upstream. A re-run finds it by its payload and adds nothing when its state is already right.
 */
import type { Artifact } from '../core/artifact.js';
import type { GitHubApi } from './api.js';
import { type DeploymentState, restDeployments } from './deployments.js';
import type { PullInfo, RepoRef } from './ports.js';
import { restReleaser } from './releaser.js';

export const MARKETPLACE_ENVIRONMENT = 'marketplace';

export interface SubmissionRecord {
  repo: string;
  deploymentId: number;
  state: DeploymentState;
  /** A new deployment was created (else an earlier one was found). */
  created: boolean;
  /** A status was added. */
  statusAdded: boolean;
}

export async function recordSubmission(
  api: GitHubApi,
  repo: RepoRef,
  o: { artifact: Artifact; state: 'open' | 'merged'; pull?: PullInfo; ref?: string; logUrl?: string },
): Promise<SubmissionRecord> {
  const deployments = restDeployments(api, repo);
  const want: DeploymentState = o.state === 'open' ? 'in_progress' : 'success';
  const { identifier, sha256: digest } = o.artifact;
  const found = await deployments.find(
    MARKETPLACE_ENVIRONMENT,
    (d) => d.payload.identifier === identifier && d.payload.digest === digest,
  );
  const url = o.pull?.htmlUrl || found?.status?.environmentUrl || undefined;
  const base = { repo: `${repo.owner}/${repo.repo}`, state: want };
  if (found?.status?.state === want && (!o.pull || found.status.environmentUrl === o.pull.htmlUrl))
    return { ...base, deploymentId: found.deployment.id, created: false, statusAdded: false };
  let id = found?.deployment.id;
  if (id === undefined) {
    const ref = o.ref ?? (await restReleaser(api, repo).repository()).defaultBranch;
    const created = await deployments.create({
      ref,
      environment: MARKETPLACE_ENVIRONMENT,
      payload: {
        identifier,
        digest,
        version: o.artifact.version,
        ...(o.pull ? { pull: o.pull.htmlUrl, number: o.pull.number } : {}),
      },
      description: `${o.artifact.pluginId} ${o.artifact.version} submitted to the Dify marketplace`,
      production: false,
    });
    id = created.id;
  }
  await deployments.setStatus(id, {
    state: want,
    description:
      o.state === 'open'
        ? `pull request #${o.pull?.number ?? '?'} open`
        : 'merged into the marketplace repository',
    ...(url ? { environmentUrl: url } : {}),
    ...(o.logUrl ? { logUrl: o.logUrl } : {}),
    autoInactive: o.state === 'merged',
  });
  return { ...base, deploymentId: id, created: found === undefined, statusAdded: true };
}
