import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);

// src/diagnostics/selection.ts
function selectTargets(flags, ctx) {
  const given = {
    ...flags.targetUrl ? { url: flags.targetUrl } : {},
    ...flags.targetKind ? { kind: flags.targetKind } : {},
    ...flags.apiKeyEnv ? { apiKeyEnv: flags.apiKeyEnv } : {},
    ...flags.accountEnv ? { accountEnv: flags.accountEnv } : {},
    ...flags.tenant ? { tenant: flags.tenant } : {}
  };
  const envs = ctx.config.environments;
  const names = flags.env ? [flags.env] : flags.targetUrl ? [] : Object.keys(envs).sort();
  if (names.length === 0) {
    return [
      {
        label: flags.targetUrl ?? "default (embedded daemon)",
        selection: given
      }
    ];
  }
  return names.flatMap((name) => {
    const tenants = flags.tenant ? [flags.tenant] : envs[name]?.tenants ?? [];
    if (tenants.length <= 1)
      return [{ label: name, environment: name, selection: { ...given, environment: name } }];
    return tenants.map((tenant) => ({
      label: `${name}/${tenant}`,
      environment: name,
      selection: { ...given, environment: name, tenant }
    }));
  });
}

export {
  selectTargets
};
