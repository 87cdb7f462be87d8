/**
 * Where the GitHub ledger gets its Deployments client. The client is src/github/deployments.ts
 * (`restDeployments(api, repo)`, with `connect`, `tokenFor`, `resolveRepo` and `runUrl` from
 * src/github/connect.ts), built on the branch `release`. Until that branch is merged this build has
 * no GitHub client, and this returns undefined: the ledger is then the local file, and asking for
 * `--ledger github` is a usage error that says why.
 *
 * Once src/github is on main, the body is:
 *
 *   const { connect, tokenFor, resolveRepo, runUrl } = await import('../github/connect.js');
 *   const { restDeployments } = await import('../github/deployments.js');
 *   const repo = resolveRepo(undefined, ctx.env, '--repo', ctx.dryRun);
 *   const { api } = connect(ctx, tokenFor(undefined, ctx.env));
 *   return { deployments: restDeployments(api, repo), repo: `${repo.owner}/${repo.repo}`,
 *            ref: ctx.env.GITHUB_SHA ?? ctx.env.GITHUB_REF ?? 'HEAD', runUrl: runUrl(ctx.env) };
 */
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

export async function githubLink(_ctx: StageContext): Promise<GitHubLink | undefined> {
  return undefined;
}
