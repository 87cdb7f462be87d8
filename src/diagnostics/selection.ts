/**
 * Which targets a diagnostics command looks at: the one the flags name (`--target-url`), the
 * environment `--env` names, or, with neither, every environment of `.dify-release.yml` (each of
 * its tenants: one daemon serves many), or the default embedded daemon when none is configured.
 */
import type { TargetKind } from '../daemon/types.js';
import type { StageContext } from '../io/context.js';
import type { TargetSelection } from '../local-daemon/open.js';

export interface TargetFlags {
  env?: string;
  targetUrl?: string;
  targetKind?: TargetKind;
  apiKeyEnv?: string;
  accountEnv?: string;
  tenant?: string;
}

export interface NamedSelection {
  /** `staging`, `staging/<tenant>` when an environment lists several tenants, or the URL. */
  label: string;
  environment?: string;
  selection: TargetSelection;
}

export function selectTargets(flags: TargetFlags, ctx: Pick<StageContext, 'config'>): NamedSelection[] {
  const given: TargetSelection = {
    ...(flags.targetUrl ? { url: flags.targetUrl } : {}),
    ...(flags.targetKind ? { kind: flags.targetKind } : {}),
    ...(flags.apiKeyEnv ? { apiKeyEnv: flags.apiKeyEnv } : {}),
    ...(flags.accountEnv ? { accountEnv: flags.accountEnv } : {}),
    ...(flags.tenant ? { tenant: flags.tenant } : {}),
  };
  const envs = ctx.config.environments;
  const names = flags.env ? [flags.env] : flags.targetUrl ? [] : Object.keys(envs).sort();
  if (names.length === 0) {
    return [
      {
        label: flags.targetUrl ?? 'default (embedded daemon)',
        selection: given,
      },
    ];
  }
  return names.flatMap((name) => {
    const tenants = flags.tenant ? [flags.tenant] : (envs[name]?.tenants ?? []);
    if (tenants.length <= 1)
      return [{ label: name, environment: name, selection: { ...given, environment: name } }];
    return tenants.map((tenant) => ({
      label: `${name}/${tenant}`,
      environment: name,
      selection: { ...given, environment: name, tenant },
    }));
  });
}
