/**
 * How a stage gets its GitHub: under --dry-run a planning API that sends nothing; otherwise the
 * Octokit factory with the token the run was given (an input, else GITHUB_TOKEN, else GH_TOKEN),
 * at GITHUB_API_URL.
 */
import { UsageError } from '../core/errors.js';
import type { StageContext } from '../io/context.js';
import { type GitHubApi, liveApi, planningApi } from './api.js';
import { apiUrl, type CallRecord, createGitHubClient, envToken, type GitHubClientOptions } from './client.js';
import { parseRepo, type RepoRef } from './ports.js';

export interface Connection {
  api: GitHubApi;
  /** Calls made (empty under --dry-run). */
  calls: CallRecord[];
  baseUrl: string;
}

export function connect(
  ctx: StageContext,
  token: string | undefined,
  missingToken?: { message: string; fix: string },
  tuning: Pick<GitHubClientOptions, 'retryBaseMs' | 'retries'> = {},
): Connection {
  const baseUrl = apiUrl(ctx.env);
  if (ctx.dryRun) return { api: planningApi(), calls: [], baseUrl };
  const client = createGitHubClient({
    token: token ?? '',
    baseUrl,
    http: ctx.ports.http,
    log: ctx.log,
    signal: ctx.signal,
    ...(missingToken ? { missingToken } : {}),
    ...tuning,
  });
  return { api: liveApi(client), calls: client.calls, baseUrl };
}

/** The token a stage uses: the given one (an action input), else GITHUB_TOKEN, else GH_TOKEN. */
export function tokenFor(given: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  return given?.trim() || envToken(env);
}

/**
 * `--repo OWNER/REPO`, else GITHUB_REPOSITORY; a usage error when neither names one, except under a
 * dry run (`pipeline --local`), whose plan then names `OWNER/REPO`.
 */
export function resolveRepo(
  given: string | undefined,
  env: NodeJS.ProcessEnv,
  label = '--repo',
  dryRun = false,
): RepoRef {
  const text = given ?? env.GITHUB_REPOSITORY;
  if (!text && dryRun) return { owner: 'OWNER', repo: 'REPO' };
  if (!text) {
    throw new UsageError(
      'no repository: pass --repo OWNER/REPO (in GitHub Actions GITHUB_REPOSITORY names it)',
      'Write --repo OWNER/REPO.',
    );
  }
  const repo = parseRepo(text);
  if (!repo)
    throw new UsageError(`${label} is "${text}"; it must be OWNER/REPO`, `Write ${label} OWNER/REPO.`);
  return repo;
}

/** The web URL of the run, for deployment statuses (GitHub Actions only). */
export function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.GITHUB_SERVER_URL || !env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return undefined;
  return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}
