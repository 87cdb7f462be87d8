/**
 * `submit PKG`: a pull request to the marketplace repository (langgenius/dify-plugins by default)
 * adding exactly one file, `<author>/<name>/<name>-<version>.difypkg`, through the API only.
 *
 * Refused before anything is pushed: a package the marketplace checks reject (reserved author,
 * template icon, limits, any `check` error) and a version not greater than every version already in
 * the upstream directory. Then the fork (created when allowed, synced), the branch, the commit, the
 * pull request (opened, or the open one updated), and a GitHub Deployment to environment
 * `marketplace` recording the submission (in progress while the PR is open; success once merged).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inspectOpen } from '../artifact/read.js';
import type { CapabilityReport } from '../checks/marketplace/capabilities.js';
import { checkTarget } from '../checks/marketplace/index.js';
import type { Artifact } from '../core/artifact.js';
import { finding } from '../core/codes.js';
import { UsageError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import type { StageContext } from '../io/context.js';
import { safeCompare } from '../python/project.js';
import { openPackage } from '../zip/reader.js';
import type { PlannedCall } from './api.js';
import type { CallRecord, GitHubClientOptions } from './client.js';
import { connect, runUrl, tokenFor } from './connect.js';
import { branchName, commitPackage, ensureFork, gitBlobSha } from './fork.js';
import { restMarketplace } from './marketplace.js';
import { changelogSection } from './notes.js';
import { type PullInfo, parseRepo, type RepoRef, repoName } from './ports.js';
import { prBody, prTitle, type Risk, suggestedRisk } from './pr-body.js';
import { recordSubmission, type SubmissionRecord } from './submit-record.js';

export const DEFAULT_UPSTREAM = 'langgenius/dify-plugins';
export const DEFAULT_FORK_TOKEN_ENV = 'DIFY_PLUGINS_TOKEN';

export interface SubmitStageInput {
  package: string;
  fork?: string;
  upstream?: string;
  base?: string;
  createFork?: boolean;
  risk?: Risk;
  changelog?: string;
  securityNotes?: string;
  confirmRequirements?: boolean;
  repo?: string;
  token?: string;
  forkToken?: string;
  forkTokenEnv?: string;
}

export interface SubmitDeps {
  client?: Pick<GitHubClientOptions, 'retryBaseMs' | 'retries'>;
  /** Milliseconds between polls for a fork GitHub is still making. */
  forkWaitMs?: number;
}

export type SubmitOutcome = 'opened' | 'updated' | 'unchanged' | 'merged' | 'refused' | 'planned';

export interface SubmitResult {
  findings: Finding[];
  outcome: SubmitOutcome;
  artifact?: Artifact;
  upstream: string;
  fork?: string;
  branch?: string;
  path?: string;
  submission?: 'new' | 'update';
  previous: string[];
  title?: string;
  body?: string;
  risk?: Risk;
  capabilities: CapabilityReport;
  pull?: { number: number; url: string };
  commit?: { action: 'created' | 'reset' | 'unchanged'; sha?: string };
  deployment?: SubmissionRecord;
  dryRun: boolean;
  plan?: PlannedCall[];
  calls: CallRecord[];
}

const hasErrors = (f: Finding[]) => f.some((x) => x.severity === 'error');

export async function submitStage(
  input: SubmitStageInput,
  ctx: StageContext,
  deps: SubmitDeps = {},
): Promise<SubmitResult> {
  const upstream = repoArg(input.upstream ?? DEFAULT_UPSTREAM, '--upstream');
  const givenFork = input.fork ? repoArg(input.fork, '--fork') : undefined;
  const findings: Finding[] = [];
  const result: SubmitResult = {
    findings,
    outcome: 'refused',
    upstream: repoName(upstream),
    previous: [],
    capabilities: {},
    dryRun: ctx.dryRun,
    calls: [],
  };
  const file = path.resolve(ctx.cwd, input.package);
  const { artifact, manifest } = await readPackage(file, input.package);
  result.artifact = artifact;

  // What the marketplace's checks would refuse, refused here before anything is pushed.
  const checked = await checkTarget(file, { profile: 'marketplace', capabilities: true, cwd: ctx.cwd });
  const checkFindings = ctx.policy.apply(checked.findings);
  result.capabilities = checked.capabilities ?? {};
  const errors = checkFindings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    findings.push(
      ...errors,
      finding(
        'DPR1021',
        `${input.package}: ${errors.length} marketplace check error${errors.length > 1 ? 's' : ''}: not submitted`,
      ),
    );
    return result;
  }
  const bytes = readFileSync(file);
  const dir = `${artifact.author}/${artifact.name}`;
  const fileName = `${artifact.name}-${artifact.version}.difypkg`;
  const target = `${dir}/${fileName}`;
  const branch = branchName(artifact.name, artifact.version);
  Object.assign(result, { path: target, branch });

  const forkToken =
    input.forkToken?.trim() ||
    ctx.env[input.forkTokenEnv ?? DEFAULT_FORK_TOKEN_ENV]?.trim() ||
    tokenFor(input.token, ctx.env);
  const conn = connect(
    ctx,
    forkToken,
    {
      message: `no token for the fork: ${input.forkTokenEnv ?? DEFAULT_FORK_TOKEN_ENV}, GITHUB_TOKEN and GH_TOKEN are unset`,
      fix: `Set ${input.forkTokenEnv ?? DEFAULT_FORK_TOKEN_ENV} to a token that can push to your fork and open pull requests (the workflow's own token cannot).`,
    },
    deps.client,
  );
  result.calls = conn.calls;
  if (conn.api.plan) result.plan = conn.api.plan;
  const market = restMarketplace(conn.api);

  // Upstream: what is already submitted decides new or update, and whether the version may go in.
  const up = await market.repository(upstream);
  if (!up && !ctx.dryRun)
    throw new UsageError(
      `${repoName(upstream)} does not exist or the token cannot see it`,
      'Pass --upstream OWNER/REPO.',
    );
  const base = input.base ?? up?.defaultBranch ?? 'main';
  const listed = (await market.listDirectory(upstream, dir, base)) ?? [];
  const same = listed.find((e) => e.name === fileName);
  const previous = listed
    .filter((e) => e.name.endsWith('.difypkg') && e.name !== fileName)
    .map((e) => versionOf(e.name, artifact.name))
    .filter((v): v is string => Boolean(v))
    .sort(safeCompare);
  result.previous = previous;
  result.submission = previous.length > 0 || same ? 'update' : 'new';
  const blob = gitBlobSha(bytes);
  if (same && same.sha === blob) {
    findings.push(finding('DPR1027', `${target} is already in ${repoName(upstream)} with these bytes`));
    result.outcome = 'merged';
    result.deployment = await recordIf(ctx, input, artifact, conn, deps, findings, 'merged', undefined);
    return result;
  }
  const highest = previous.at(-1);
  if (same || (highest && safeCompare(artifact.version, highest) <= 0)) {
    findings.push(
      finding(
        'DPR1020',
        same
          ? `${target} is already in ${repoName(upstream)} with other bytes: version ${artifact.version} was submitted before`
          : `version ${artifact.version} is not greater than ${highest}, already in ${repoName(upstream)}/${dir}`,
      ),
    );
    return result;
  }

  // The title and body, checked as the marketplace's PR-body check would before anything is sent.
  const risk = input.risk ?? suggestedRisk(result.capabilities, checkFindings);
  const suggested = suggestedRisk(result.capabilities, checkFindings);
  if (input.risk && rank(input.risk) < rank(suggested))
    findings.push(
      finding('DPR1028', `risk level ${input.risk} given; the capabilities found suggest ${suggested}`),
    );
  const body = prBody({
    artifact,
    label: manifest.label,
    sourceRepository:
      manifest.repo ||
      (ctx.env.GITHUB_SERVER_URL && ctx.env.GITHUB_REPOSITORY
        ? `${ctx.env.GITHUB_SERVER_URL}/${ctx.env.GITHUB_REPOSITORY}`
        : ''),
    contact: manifest.contact,
    submission: result.submission,
    previous,
    whatChanged: whatChanged(input, ctx, artifact, manifest.description),
    risk,
    capabilities: result.capabilities,
    securityNotes: input.securityNotes ? readText(ctx, input.securityNotes, '--security-notes') : undefined,
    findings: checkFindings,
    confirmed: input.confirmRequirements === true,
    fileName: path.basename(file),
    tool: 'dify-plugin-release',
  });
  Object.assign(result, { title: prTitle(artifact), body, risk });
  if (ctx.dryRun) ctx.log(`the pull request would be "${prTitle(artifact)}", with this body:\n\n${body}`);
  const bodyCheck = await checkTarget(file, {
    profile: 'marketplace',
    prBody: { text: body, file: 'the PR body' },
    cwd: ctx.cwd,
  });
  const bad = bodyCheck.findings.filter((f) => /^DPR57[45]$/.test(f.code));
  if (bad.length > 0) {
    findings.push(...bad.map((f) => ({ ...f, severity: 'error' as const })));
    return result;
  }
  if (!input.confirmRequirements)
    findings.push(
      finding(
        'DPR1022',
        'three required checks only you can confirm are left unticked in the PR (requirements read, developer agreement, tested on Community Edition and Cloud)',
      ),
    );

  // The fork, the branch, the commit, the pull request.
  const forked = await ensureFork(
    market,
    upstream,
    givenFork,
    { create: input.createFork !== false, base, dryRun: ctx.dryRun, waitMs: deps.forkWaitMs },
    findings,
  );
  if (!forked.fork || hasErrors(findings)) return result;
  result.fork = repoName(forked.fork);
  const upstreamHead = forked.upstreamHead ?? `<head of ${repoName(upstream)} ${base}>`;
  const committed = await commitPackage(
    market,
    forked.fork,
    upstreamHead,
    { path: target, dir, name: fileName, bytes, message: prTitle(artifact) },
    branch,
  );
  result.commit = { action: committed.action, ...(committed.commit ? { sha: committed.commit } : {}) };
  const head = `${forked.fork.owner}:${branch}`;
  const open = (await market.findPulls(upstream, head)).find((p) => p.state === 'open');
  let pull: PullInfo;
  if (open) {
    pull =
      open.title === prTitle(artifact) && open.body === body
        ? open
        : await market.updatePull(upstream, open.number, { title: prTitle(artifact), body });
    result.outcome = pull === open && committed.action === 'unchanged' ? 'unchanged' : 'updated';
  } else {
    pull = await market.createPull(upstream, { title: prTitle(artifact), body, head, base });
    result.outcome = 'opened';
  }
  result.pull = { number: pull.number, url: pull.htmlUrl };
  result.deployment = await recordIf(ctx, input, artifact, conn, deps, findings, 'open', pull);
  if (ctx.dryRun) result.outcome = 'planned';
  return result;
}

async function recordIf(
  ctx: StageContext,
  input: SubmitStageInput,
  artifact: Artifact,
  fork: { api: import('./api.js').GitHubApi },
  deps: SubmitDeps,
  findings: Finding[],
  state: 'open' | 'merged',
  pull: PullInfo | undefined,
): Promise<SubmissionRecord | undefined> {
  const repoText = input.repo ?? ctx.env.GITHUB_REPOSITORY ?? (ctx.dryRun ? 'OWNER/REPO' : undefined);
  const token = tokenFor(input.token, ctx.env);
  if (!repoText || (!token && !ctx.dryRun)) {
    findings.push(
      finding(
        'DPR1026',
        !repoText
          ? 'no source repository to record the submission in (--repo)'
          : 'no GITHUB_TOKEN to record the submission as a deployment',
      ),
    );
    return undefined;
  }
  const repo = repoArg(repoText, '--repo');
  // The deployment lives in the plugin's own repository, with the workflow's token; under a dry
  // run the calls join the same plan.
  const conn = ctx.dryRun ? fork : connect(ctx, token, undefined, deps.client);
  return recordSubmission(conn.api, repo, {
    artifact,
    state,
    pull,
    ref: ctx.env.GITHUB_SHA || undefined,
    logUrl: runUrl(ctx.env),
  });
}

async function readPackage(file: string, given: string) {
  const pkg = await openPackage(file).catch((error: Error) => {
    throw new UsageError(
      `${given} cannot be read as a package: ${error.message}`,
      'Pass a .difypkg built by `package` or `sign`.',
    );
  });
  try {
    const { artifact, manifest: m } = await inspectOpen(pkg, file);
    if (!artifact.identifier)
      throw new UsageError(
        `${given} has no manifest.yaml with a name: it is not a Dify plugin package`,
        'Build it with `dify-plugin-release package`.',
      );
    return {
      artifact,
      manifest: {
        label: m?.scalarText('/label/en_US') ?? artifact.name,
        description: m?.scalarText('/description/en_US') ?? '',
        repo: m?.scalarText('/repo') ?? '',
        contact: m?.scalarText('/contact') ?? '',
      },
    };
  } finally {
    await pkg.close();
  }
}

/** The version in `<name>-<version>.difypkg` (the marketplace's naming), else the file name's version. */
function versionOf(fileName: string, name: string): string | undefined {
  const stem = fileName.replace(/\.difypkg$/, '');
  if (stem.startsWith(`${name}-`)) return stem.slice(name.length + 1);
  return /\d+(?:\.\d+){1,3}(?:[-+][0-9A-Za-z.-]+)?/.exec(stem)?.[0];
}

function whatChanged(input: SubmitStageInput, ctx: StageContext, a: Artifact, description: string): string {
  const file = path.resolve(ctx.cwd, input.changelog ?? 'CHANGELOG.md');
  try {
    const section = changelogSection(readFileSync(file, 'utf8'), a.version);
    if (section) return section;
  } catch {
    if (input.changelog)
      throw new UsageError(`--changelog ${input.changelog} cannot be read`, 'Pass a Keep a Changelog file.');
  }
  return description;
}

function readText(ctx: StageContext, file: string, label: string): string {
  try {
    return readFileSync(path.resolve(ctx.cwd, file), 'utf8');
  } catch {
    throw new UsageError(`${label} ${file} cannot be read`, 'Pass a Markdown file.');
  }
}

function repoArg(text: string, label: string): RepoRef {
  const r = parseRepo(text);
  if (!r) throw new UsageError(`${label} is "${text}"; it must be OWNER/REPO`, `Write ${label} OWNER/REPO.`);
  return r;
}

const rank = (r: Risk) => ['low', 'medium', 'high'].indexOf(r);
