/**
 * Which ledger an environment's deployments are recorded in: GitHub Deployments in Actions (a real
 * target, and the GitHub client linked), the local file otherwise and always with the embedded
 * daemon (its state is local too, so its history must be).
 */

import { UsageError } from '../core/errors.js';
import { display } from '../core/format.js';
import type { StageContext } from '../io/context.js';
import { type GitHubLink, githubLink } from './github-link.js';
import type { Ledger } from './ledger.js';
import { GitHubLedger } from './ledger-github.js';
import { environmentDir, LocalLedger } from './ledger-local.js';

export type LedgerChoice = 'auto' | 'local' | 'github';

export interface LedgerOptions {
  choice?: LedgerChoice;
  /** The environment's target is the embedded daemon (no URL). */
  embedded: boolean;
  /** Tests: the GitHub client to use instead of the linked one. */
  github?: GitHubLink;
  /** The GitHub token (the action's `token` input); default GITHUB_TOKEN, else GH_TOKEN. */
  token?: string;
  productionEnv?: string;
}

export async function openLedger(
  environment: string,
  options: LedgerOptions,
  ctx: StageContext,
): Promise<Ledger> {
  const choice = options.choice ?? 'auto';
  const local = () => {
    const dir = environmentDir(ctx.cwd, environment);
    return new LocalLedger(environment, dir, display(ctx.cwd, `${dir}/ledger.json`));
  };
  if (choice === 'local' || (choice === 'auto' && (options.embedded || ctx.env.GITHUB_ACTIONS !== 'true')))
    return local();
  const link = options.github ?? (await githubLink(ctx, options.token));
  if (!link) {
    if (choice === 'auto') return local();
    throw new UsageError(
      '--ledger github needs a GitHub token (GITHUB_TOKEN or GH_TOKEN) and GITHUB_REPOSITORY, and one is not set',
      'In Actions give the job `deployments: write` and env GITHUB_TOKEN; elsewhere use --ledger local (a file under .dify-release/envs/).',
    );
  }
  return new GitHubLedger(environment, link.deployments, {
    repo: link.repo,
    ref: link.ref,
    ...(link.runUrl ? { runUrl: link.runUrl } : {}),
    ...(options.productionEnv ? { productionEnv: options.productionEnv } : {}),
  });
}
