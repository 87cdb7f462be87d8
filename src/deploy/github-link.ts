/**
 * Where the GitHub ledger gets its Deployments client: src/github/deployments.ts over the Octokit
 * factory (src/github/connect.ts), with the run's token (GITHUB_TOKEN, else GH_TOKEN), the
 * repository (GITHUB_REPOSITORY) and the commit (GITHUB_SHA). Undefined when no token or no
 * repository is known: the ledger is then the local file.
 */
import { connect, runUrl, tokenFor } from '../github/connect.js';
import { restDeployments } from '../github/deployments.js';
import { parseRepo } from '../github/ports.js';
import type { StageContext } from '../io/context.js';
import type { DeploymentsPort } from './ledger-github.js';

export interface GitHubLink {
  deployments: DeploymentsPort;
  /** `owner/repo`. */
  repo: string;
  /** The ref deployments are made for (the workflow's commit). */
  ref: string;
  runUrl?: string;
}

export async function githubLink(ctx: StageContext, given?: string): Promise<GitHubLink | undefined> {
  const token = tokenFor(given, ctx.env);
  const repo = ctx.env.GITHUB_REPOSITORY ? parseRepo(ctx.env.GITHUB_REPOSITORY) : undefined;
  if (!token || !repo) return undefined;
  const { api } = connect(ctx, token);
  const url = runUrl(ctx.env);
  return {
    deployments: restDeployments(api, repo) as unknown as DeploymentsPort,
    repo: `${repo.owner}/${repo.repo}`,
    ref: ctx.env.GITHUB_SHA ?? ctx.env.GITHUB_REF ?? 'HEAD',
    ...(url ? { runUrl: url } : {}),
  };
}
