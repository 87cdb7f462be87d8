/**
 * doctor's GitHub lines, for `release` and `submit`: the token (refused, scopes), the repository
 * (push for releases), whether Actions may open pull requests, the production environment's
 * protection rules, and the marketplace fork (exists, is a fork of the upstream, the fork token may
 * push to it). Reads only; every call goes through the Octokit factory over the HTTP port.
 */

import type { GitHubApi } from '../github/api.js';
import { connect, tokenFor } from '../github/connect.js';
import { parseRepo, type RepoRef } from '../github/ports.js';
import type { StageContext } from '../io/context.js';
import { check, type DoctorCheck } from './doctor-check.js';
import { forkChecks, repoText, tokenCheck } from './doctor-github-fork.js';

export interface GitHubDoctorInput {
  /** The repository releases go to (default GITHUB_REPOSITORY). */
  repo?: string;
  token?: string;
  /** The marketplace fork (default `<fork token's owner>/dify-plugins`). */
  fork?: string;
  upstream?: string;
  forkTokenEnv?: string;
  /** GitHub environments that must have protection rules (default: the configured ones named like production, else `production`). */
  productionEnvs?: string[];
}

export async function githubChecks(input: GitHubDoctorInput, ctx: StageContext): Promise<DoctorCheck[]> {
  const out: DoctorCheck[] = [];
  const live = { ...ctx, dryRun: false };
  const token = tokenFor(input.token, ctx.env);
  const repo = input.repo ?? ctx.env.GITHUB_REPOSITORY;
  if (!token) {
    out.push(
      check(
        'github',
        'release token',
        'GITHUB_TOKEN',
        repo ? 'fail' : 'skip',
        'no token: GITHUB_TOKEN and GH_TOKEN are unset',
        'Set GITHUB_TOKEN (in Actions: the workflow token, github.token, or a secret) to check the GitHub setup for release and submit.',
        repo ? { code: 'DPR1332' } : {},
      ),
    );
  } else {
    const { api } = connect(live, token);
    const facts = await tokenCheck(api, 'release', input.token ? 'the token input' : 'GITHUB_TOKEN', out);
    const ref = repo ? parseRepo(repo) : undefined;
    if (facts.ok && ref) await repoChecks(api, ref, input, ctx, out);
    else if (facts.ok)
      out.push(
        check(
          'github',
          'repository',
          '(none)',
          'skip',
          'no repository named: GITHUB_REPOSITORY is unset',
          'Pass --repo OWNER/REPO to check the repository releases go to.',
        ),
      );
  }
  await forkChecks(input, live, token, out);
  return out;
}

async function repoChecks(
  api: GitHubApi,
  ref: RepoRef,
  input: GitHubDoctorInput,
  ctx: StageContext,
  out: DoctorCheck[],
): Promise<void> {
  const name = repoText(ref);
  const r = await api.call<{ permissions?: { push?: boolean; admin?: boolean } }>({
    method: 'GET',
    route: '/repos/{owner}/{repo}',
    params: { owner: ref.owner, repo: ref.repo },
    accept: [403, 404],
    purpose: 'the repository releases go to',
  });
  if (r.status !== 200) {
    out.push(
      check(
        'github',
        'repository',
        name,
        'fail',
        `${name} does not exist or the token cannot see it (${r.status})`,
        'Check --repo (or GITHUB_REPOSITORY) and give the token access to the repository.',
        { code: 'DPR1333' },
      ),
    );
    return;
  }
  const push = r.data.permissions?.push;
  out.push(
    push === false
      ? check(
          'github',
          'repository',
          name,
          'fail',
          'the token may read but not push: release cannot create tags, releases or upload assets',
          'Give the token contents: write on the repository (classic: the repo or public_repo scope and write access).',
          { code: 'DPR1333' },
        )
      : check(
          'github',
          'repository',
          name,
          'ok',
          push
            ? 'the token may push (releases, tags, assets)'
            : 'the repository is visible (an Actions token: write comes from the workflow’s permissions)',
          'Nothing to do.',
        ),
  );
  const w = await api.call<{
    can_approve_pull_request_reviews?: boolean;
    default_workflow_permissions?: string;
  }>({
    method: 'GET',
    route: '/repos/{owner}/{repo}/actions/permissions/workflow',
    params: { owner: ref.owner, repo: ref.repo },
    accept: [403, 404],
    purpose: 'whether Actions may open pull requests',
  });
  if (w.status !== 200) {
    out.push(
      check(
        'github',
        'actions may open pull requests',
        name,
        'skip',
        `not readable with this token (${w.status}: it needs admin on the repository)`,
        'Check by hand: Settings → Actions → General → Workflow permissions → “Allow GitHub Actions to create and approve pull requests”.',
      ),
    );
  } else if (w.data.can_approve_pull_request_reviews !== true) {
    out.push(
      check(
        'github',
        'actions may open pull requests',
        name,
        'warn',
        `Actions may not create pull requests (default workflow permissions: ${w.data.default_workflow_permissions ?? 'unknown'})`,
        'Settings → Actions → General → Workflow permissions: tick “Allow GitHub Actions to create and approve pull requests” (needed when the workflow’s GITHUB_TOKEN opens them).',
        { code: 'DPR1335' },
      ),
    );
  } else {
    out.push(
      check(
        'github',
        'actions may open pull requests',
        name,
        'ok',
        `allowed (default workflow permissions: ${w.data.default_workflow_permissions ?? 'unknown'})`,
        'Nothing to do.',
      ),
    );
  }
  const configured = Object.keys(ctx.config.environments).filter((e) => /prod/i.test(e));
  const envs = input.productionEnvs?.length
    ? input.productionEnvs
    : configured.length
      ? configured
      : ['production'];
  for (const env of envs) {
    const e = await api.call<{
      protection_rules?: { type?: string; reviewers?: unknown[]; wait_timer?: number }[];
    }>({
      method: 'GET',
      route: '/repos/{owner}/{repo}/environments/{environment_name}',
      params: { owner: ref.owner, repo: ref.repo, environment_name: env },
      accept: [403, 404],
      purpose: `the ${env} environment’s protection rules`,
    });
    const subject = `${name} environment ${env}`;
    const rules = (e.data?.protection_rules ?? []).map((p) => p.type ?? '?');
    if (e.status === 404) {
      out.push(
        check(
          'github',
          'production protection',
          subject,
          'warn',
          `the environment ${env} does not exist on GitHub`,
          `Settings → Environments → New environment “${env}”: add required reviewers (or a wait timer) and limit deployments to protected branches, so promote and rollback run behind an approval.`,
          { code: 'DPR1336' },
        ),
      );
    } else if (e.status !== 200) {
      out.push(
        check(
          'github',
          'production protection',
          subject,
          'skip',
          `not readable with this token (${e.status})`,
          `Check by hand: Settings → Environments → ${env}.`,
        ),
      );
    } else if (!rules.some((t) => t === 'required_reviewers' || t === 'wait_timer')) {
      out.push(
        check(
          'github',
          'production protection',
          subject,
          'warn',
          `the environment ${env} has no required reviewers or wait timer${rules.length ? ` (rules: ${rules.join(', ')})` : ''}`,
          `Settings → Environments → ${env}: add required reviewers (or a wait timer), so promote and rollback run behind an approval.`,
          { code: 'DPR1336' },
        ),
      );
    } else {
      out.push(
        check(
          'github',
          'production protection',
          subject,
          'ok',
          `protected: ${rules.join(', ')}`,
          'Nothing to do.',
        ),
      );
    }
  }
}
