/**
 * The targets of an environment, one per tenant: an environment may list several tenants of one
 * daemon (progressive promotion), each its own installation; a console's tenant is its workspace.
 * Without a URL they all live in the environment's embedded daemon (one process, shared).
 */

import { CheckFailedError } from '../core/errors.js';
import type { DifyTarget, TargetKind } from '../daemon/types.js';
import type { StageContext } from '../io/context.js';
import { openTarget, resolveSelection, type TargetSelection } from '../local-daemon/open.js';

/** The target flags every deployment command takes (`--target-url`, `--target-kind`, …). */
export interface TargetFlags {
  targetUrl?: string;
  targetKind?: TargetKind;
  apiKeyEnv?: string;
  accountEnv?: string;
  /** Tenants (daemon) or workspaces (console); default the environment's. */
  tenant?: string[];
  trustedKey?: string[];
}

export interface TenantTarget {
  /** The tenant's name in the ledger. */
  tenant: string;
  target: DifyTarget;
}

export interface EnvironmentTargets {
  environment: string;
  kind: TargetKind;
  embedded: boolean;
  /** The target's URL without credentials (the embedded daemon's loopback URL). */
  url: string;
  tenants: TenantTarget[];
  /** Configured canaries (environments.NAME.canary). */
  canary: string[];
  close(): Promise<void>;
}

export function selectionOf(environment: string, flags: TargetFlags): TargetSelection {
  return {
    environment,
    ...(flags.targetUrl ? { url: flags.targetUrl } : {}),
    ...(flags.targetKind ? { kind: flags.targetKind } : {}),
    ...(flags.apiKeyEnv ? { apiKeyEnv: flags.apiKeyEnv } : {}),
    ...(flags.accountEnv ? { accountEnv: flags.accountEnv } : {}),
    ...(flags.trustedKey?.length ? { trustedKeys: flags.trustedKey } : {}),
  };
}

/** Whether the environment's target is the embedded daemon (no URL anywhere), without opening it. */
export function isEmbedded(
  environment: string,
  flags: TargetFlags,
  ctx: Pick<StageContext, 'config'>,
): boolean {
  const base = selectionOf(environment, flags);
  if (base.url) return false;
  return !ctx.config.environments[environment]?.url;
}

export async function openEnvironment(
  environment: string,
  flags: TargetFlags,
  ctx: StageContext,
): Promise<EnvironmentTargets> {
  const base = selectionOf(environment, flags);
  const configured = ctx.config.environments[environment];
  // An environment the file does not name is the embedded daemon (deploy --env staging on a laptop).
  const withEnv = configured
    ? ctx
    : {
        ...ctx,
        config: {
          ...ctx.config,
          environments: { ...ctx.config.environments, [environment]: { name: environment, extra: {} } },
        },
      };
  const resolved = resolveSelection(base, withEnv);
  const kind: TargetKind =
    resolved.kind ??
    (resolved.accountEnv && !resolved.apiKeyEnv
      ? 'console'
      : /\/console\/api\/?$/.test(resolved.url ?? '')
        ? 'console'
        : 'daemon');
  const names = flags.tenant?.length ? flags.tenant : (configured?.tenants ?? []);
  const opened: TenantTarget[] = [];
  const closeAll = async () => {
    for (const t of opened.splice(0).reverse()) await t.target.close().catch(() => undefined);
  };
  try {
    for (const name of names.length ? names : [undefined]) {
      const selection: TargetSelection = {
        ...base,
        kind,
        ...(name ? (kind === 'console' ? { workspace: name } : { tenant: name }) : {}),
      };
      const target = await openTarget(selection, withEnv);
      const label = name ?? (kind === 'daemon' ? (target.info.tenant ?? 'default') : 'workspace');
      opened.push({ tenant: label, target });
    }
  } catch (error) {
    await closeAll();
    throw error;
  }
  return {
    environment,
    kind,
    embedded: opened[0]?.target.info.embedded === true,
    url: opened[0]?.target.info.url ?? '',
    tenants: opened,
    canary: configured?.canary ?? [],
    close: closeAll,
  };
}

/** Canaries first (in the order given), then the other tenants; a canary the environment lacks is refused. */
export function orderTenants(
  all: readonly TenantTarget[],
  canary: readonly string[],
): { canary: TenantTarget[]; rest: TenantTarget[] } {
  const unknown = canary.filter((c) => !all.some((t) => t.tenant === c));
  if (unknown.length > 0) {
    throw new CheckFailedError(
      `canary tenant${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not a tenant of the environment (its tenants: ${all.map((t) => t.tenant).join(', ')})`,
      'List the tenant under environments.NAME.tenants in .dify-release.yml (or pass --tenant), or correct --canary.',
    );
  }
  const first = canary.map((c) => all.find((t) => t.tenant === c)!);
  return { canary: first, rest: all.filter((t) => !canary.includes(t.tenant)) };
}
