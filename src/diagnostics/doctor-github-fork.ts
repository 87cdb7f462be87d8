/**
 * doctor's GitHub token line (who the token is, a classic token's scopes) and the marketplace fork
 * line (exists, is a fork of the upstream, the fork token may push to it).
 */
import type { GitHubApi } from '../github/api.js';
import { connect } from '../github/connect.js';
import { parseRepo, type RepoRef } from '../github/ports.js';
import { DEFAULT_FORK_TOKEN_ENV, DEFAULT_UPSTREAM } from '../github/submit-stage.js';
import type { StageContext } from '../io/context.js';
import { check, type DoctorCheck } from './doctor-check.js';
import type { GitHubDoctorInput } from './doctor-github.js';

export const repoText = (r: RepoRef) => `${r.owner}/${r.repo}`;

export interface TokenFacts {
  login?: string;
  /** Classic tokens list their scopes; fine-grained and Actions tokens do not. */
  scopes?: string[];
  ok: boolean;
}

const REPO_SCOPES = ['repo', 'public_repo'];

export async function tokenCheck(
  api: GitHubApi,
  what: string,
  variable: string,
  out: DoctorCheck[],
): Promise<TokenFacts> {
  const r = await api.call<{ login?: string }>({
    method: 'GET',
    route: '/user',
    accept: [401, 403],
    purpose: 'who the token is',
  });
  if (r.status === 401) {
    out.push(
      check(
        'github',
        `${what} token`,
        variable,
        'fail',
        'GitHub refused the token (401 Bad credentials)',
        `Set ${variable} to a valid token (from a secret); it may have expired or been revoked.`,
        { code: 'DPR1332' },
      ),
    );
    return { ok: false };
  }
  if (r.status === 403) {
    out.push(
      check(
        'github',
        `${what} token`,
        variable,
        'ok',
        'an installation token (the workflow’s GITHUB_TOKEN): its permissions come from the workflow’s permissions block',
        'Give the job the permissions it needs (release: contents: write; deployments: write for deploy).',
      ),
    );
    return { ok: true };
  }
  const header = r.headers['x-oauth-scopes'];
  const scopes =
    typeof header === 'string'
      ? header
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : undefined;
  const login = r.data.login;
  if (scopes && !scopes.some((s) => REPO_SCOPES.includes(s))) {
    out.push(
      check(
        'github',
        `${what} token`,
        variable,
        'fail',
        `the token of ${login} has the scopes ${scopes.length ? scopes.join(', ') : '(none)'}, without repo or public_repo`,
        'Make a classic token with the public_repo scope (repo for private repositories; workflow too to sync a fork whose upstream changed workflows), or a fine-grained token with contents and pull requests read and write.',
        { code: 'DPR1333' },
      ),
    );
    return { login, scopes, ok: false };
  }
  out.push(
    check(
      'github',
      `${what} token`,
      variable,
      'ok',
      scopes
        ? `a classic token of ${login} with ${scopes.join(', ')}`
        : `a fine-grained token of ${login} (its permissions are checked on the repositories below)`,
      'Nothing to do; keep it in a secret.',
    ),
  );
  return { login, ...(scopes ? { scopes } : {}), ok: true };
}

export async function forkChecks(
  input: GitHubDoctorInput,
  ctx: StageContext,
  releaseToken: string | undefined,
  out: DoctorCheck[],
): Promise<void> {
  const variable = input.forkTokenEnv ?? DEFAULT_FORK_TOKEN_ENV;
  const forkToken = ctx.env[variable]?.trim() || releaseToken;
  const upstream = input.upstream ?? DEFAULT_UPSTREAM;
  if (!forkToken) {
    out.push(
      check(
        'github',
        'fork token',
        variable,
        'skip',
        `no token for submit: ${variable}, GITHUB_TOKEN and GH_TOKEN are unset`,
        `Set ${variable} to a token that can push to your fork of ${upstream} and open pull requests (the workflow’s own token cannot).`,
      ),
    );
    return;
  }
  const { api } = connect(ctx, forkToken);
  const facts = await tokenCheck(
    api,
    'fork',
    ctx.env[variable]?.trim() ? variable : 'GITHUB_TOKEN (no fork token)',
    out,
  );
  if (!facts.ok) return;
  const forkName = input.fork ?? (facts.login ? `${facts.login}/dify-plugins` : undefined);
  const ref = forkName ? parseRepo(forkName) : undefined;
  if (!ref) {
    out.push(
      check(
        'github',
        'fork',
        upstream,
        // Only the workflow's own token is there: submit is not set up here, unless a fork token is.
        ctx.env[variable]?.trim() ? 'fail' : 'skip',
        'no fork to check: the token belongs to no user (an Actions token cannot push to another repository)',
        `To submit to the marketplace: set ${variable} to a personal token, or name the fork with --fork OWNER/REPO.`,
        ctx.env[variable]?.trim() ? { code: 'DPR1334' } : {},
      ),
    );
    return;
  }
  const name = repoText(ref);
  const r = await api.call<{
    fork?: boolean;
    parent?: { full_name?: string };
    source?: { full_name?: string };
    permissions?: { push?: boolean };
  }>({
    method: 'GET',
    route: '/repos/{owner}/{repo}',
    params: { owner: ref.owner, repo: ref.repo },
    accept: [403, 404],
    purpose: 'the marketplace fork',
  });
  const fail = (detail: string, fix: string) =>
    out.push(check('github', 'fork', name, 'fail', detail, fix, { code: 'DPR1334' }));
  if (r.status !== 200) {
    fail(
      `${name} does not exist (or the token cannot see it)`,
      `Fork ${upstream} to ${ref.owner} (or let submit make it with --create-fork), or name yours with --fork.`,
    );
    return;
  }
  const of = r.data.source?.full_name ?? r.data.parent?.full_name;
  if (!r.data.fork || !of || of.toLowerCase() !== upstream.toLowerCase()) {
    fail(
      `${name} is ${r.data.fork ? `a fork of ${of}` : 'not a fork'}, not a fork of ${upstream}`,
      `Fork ${upstream} and name that fork with --fork.`,
    );
    return;
  }
  if (r.data.permissions?.push === false) {
    fail(
      `the fork token may not push to ${name}`,
      `Give the token in ${variable} push access to ${name} (classic: public_repo; fine-grained: contents and pull requests read and write).`,
    );
    return;
  }
  out.push(
    check('github', 'fork', name, 'ok', `a fork of ${upstream} the token may push to`, 'Nothing to do.'),
  );
}
