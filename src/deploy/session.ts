/**
 * What deploy, promote and rollback do first, in this order: read the checklist settings, open the
 * environment's ledger and take its lock (two deployments never interleave), open the targets
 * (one per tenant), then settle what an interrupted earlier run left `in_progress`.
 */
import type { WaitOptions } from '../daemon/types.js';
import type { StageContext } from '../io/context.js';
import { storeDir } from './artifact-store.js';
import { type ChecklistConfig, readChecklist } from './checklist-config.js';
import type { GitHubLink } from './github-link.js';
import type { Ledger, LedgerEntry } from './ledger.js';
import { type LedgerChoice, openLedger } from './ledger-open.js';
import { type Settled, settleInterrupted } from './recover.js';
import { type EnvironmentTargets, isEmbedded, openEnvironment, type TargetFlags } from './tenants.js';

export interface SessionInput extends TargetFlags {
  env: string;
  ledger?: LedgerChoice;
  artifactStore?: string;
  /** Seconds to wait for an install task (default 600, the daemon's own limit). */
  timeout?: number;
  /** Tests: the GitHub client for the GitHub ledger. */
  github?: GitHubLink;
  /** The GitHub token for the GitHub ledger (default GITHUB_TOKEN, else GH_TOKEN). */
  token?: string;
}

export interface Session {
  environment: string;
  checklist: ChecklistConfig;
  ledger: Ledger;
  targets: EnvironmentTargets;
  store: string;
  wait: WaitOptions;
  /** Interrupted entries this command settled. */
  settled: Settled[];
  /** The history after settling, newest first. */
  history: LedgerEntry[];
  close(): Promise<void>;
}

export function waitOptions(input: Pick<SessionInput, 'timeout'>, ctx: StageContext): WaitOptions {
  return { timeoutMs: (input.timeout ?? 600) * 1000, signal: ctx.signal };
}

export async function openSession(command: string, input: SessionInput, ctx: StageContext): Promise<Session> {
  const checklist = readChecklist(ctx.config);
  const embedded = isEmbedded(input.env, input, ctx);
  const ledger = await openLedger(
    input.env,
    {
      embedded,
      productionEnv: checklist.productionEnv,
      ...(input.ledger ? { choice: input.ledger } : {}),
      ...(input.github ? { github: input.github } : {}),
      ...(input.token ? { token: input.token } : {}),
    },
    ctx,
  );
  const unlock = await ledger.lock(command);
  let targets: EnvironmentTargets | undefined;
  try {
    targets = await openEnvironment(input.env, input, ctx);
    const store = storeDir(ctx, input.artifactStore);
    const wait = waitOptions(input, ctx);
    const before = await ledger.history();
    const settled = await settleInterrupted(
      before,
      {
        ledger,
        tenants: targets.tenants,
        checklist,
        store,
        wait,
        targetUrl: targets.url,
        by: `${command} at ${ctx.now().toISOString()}`,
      },
      ctx,
    );
    const history = settled.length ? await ledger.history() : before;
    const opened = targets;
    return {
      environment: input.env,
      checklist,
      ledger,
      targets: opened,
      store,
      wait,
      settled,
      history,
      async close() {
        await opened.close();
        await unlock();
      },
    };
  } catch (error) {
    await targets?.close();
    await unlock();
    throw error;
  }
}

/** The ledger of another environment (staging for promote, production for the baseline), read only. */
export async function readOtherLedger(
  environment: string,
  input: Pick<SessionInput, 'ledger' | 'github' | 'token'>,
  ctx: StageContext,
  flags: TargetFlags = {},
): Promise<Ledger> {
  return openLedger(
    environment,
    {
      embedded: isEmbedded(environment, flags, ctx),
      ...(input.ledger ? { choice: input.ledger } : {}),
      ...(input.github ? { github: input.github } : {}),
      ...(input.token ? { token: input.token } : {}),
    },
    ctx,
  );
}
