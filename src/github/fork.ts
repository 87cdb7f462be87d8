/**
 * The submission's git side, through the API only (no git CLI): the fork (found, or created when
 * allowed, and synced with upstream), the branch `bump-<name>-plugin-<version>` (the same name for
 * the push and the PR head, unlike Dify's own workflow, which pushes one name and opens the PR from
 * another), reset to upstream's head unless it already holds exactly this package, and one commit
 * adding the package.
 */
import { createHash } from 'node:crypto';
import { finding } from '../core/codes.js';
import type { Finding } from '../core/finding.js';
import type { Marketplace, RepoInfo, RepoRef } from './ports.js';
import { repoName } from './ports.js';

/** The git blob SHA of some bytes, as GitHub reports a file's `sha`. */
export function gitBlobSha(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

export function branchName(name: string, version: string): string {
  return `bump-${name}-plugin-${version}`;
}

export interface ForkOutcome {
  fork?: RepoRef;
  created: boolean;
  synced: boolean;
  /** Upstream's head of the base branch, as read. */
  upstreamHead?: string;
}

export async function ensureFork(
  market: Marketplace,
  upstream: RepoRef,
  given: RepoRef | undefined,
  options: { create: boolean; base: string; dryRun: boolean; waitMs?: number },
  findings: Finding[],
): Promise<ForkOutcome> {
  const me = given ? undefined : await market.user();
  const fork = given ?? { owner: me!, repo: upstream.repo };
  let info: RepoInfo | undefined = await market.repository(fork);
  let created = false;
  if (!info) {
    if (!options.create) {
      findings.push(finding('DPR1025', `${repoName(fork)} does not exist and --no-create-fork was given`));
      return { created, synced: false };
    }
    info = await market.createFork(upstream, me && fork.owner === me ? undefined : fork.owner);
    created = true;
    // GitHub makes forks in the background: wait until it answers.
    for (let i = 0; i < 10 && !options.dryRun; i++) {
      const ready = await market.repository(fork);
      if (ready) {
        info = ready;
        break;
      }
      await new Promise((r) => setTimeout(r, options.waitMs ?? 1000));
    }
  } else if (!options.dryRun && info.parent?.toLowerCase() !== repoName(upstream).toLowerCase()) {
    findings.push(
      finding(
        'DPR1024',
        `${repoName(fork)} is ${info.fork ? `a fork of ${info.parent}` : 'not a fork'}, not a fork of ${repoName(upstream)}`,
      ),
    );
    return { created, synced: false };
  }
  // Already level with upstream: nothing to sync (and no write on a re-run).
  const [mine, theirs] = [
    await market.branchHead(fork, options.base),
    await market.branchHead(upstream, options.base),
  ];
  const synced =
    (mine !== undefined && mine === theirs) || (await market.syncFork(fork, options.base)) === 'synced';
  if (!synced)
    findings.push(
      finding(
        'DPR1023',
        `${repoName(fork)}’s ${options.base} could not be synced with ${repoName(upstream)} (it has diverged)`,
      ),
    );
  return { fork, created, synced, ...(theirs ? { upstreamHead: theirs } : {}) };
}

export interface CommitOutcome {
  branch: string;
  action: 'created' | 'reset' | 'unchanged';
  commit?: string;
}

/** The branch holding exactly one new file, `path`, on top of upstream's head. */
export async function commitPackage(
  market: Marketplace,
  fork: RepoRef,
  upstreamHead: string,
  file: { path: string; dir: string; name: string; bytes: Uint8Array; message: string },
  branch: string,
): Promise<CommitOutcome> {
  const head = await market.branchHead(fork, branch);
  if (head) {
    const listed = await market.listDirectory(fork, file.dir, branch);
    const there = listed?.find((e) => e.name === file.name);
    if (there && there.sha === gitBlobSha(file.bytes)) return { branch, action: 'unchanged', commit: head };
    await market.resetBranch(fork, branch, upstreamHead);
  } else {
    await market.createBranch(fork, branch, upstreamHead);
  }
  const commit = await market.putFile(fork, {
    path: file.path,
    branch,
    bytes: file.bytes,
    message: file.message,
  });
  return { branch, action: head ? 'reset' : 'created', commit };
}
