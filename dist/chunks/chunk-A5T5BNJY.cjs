"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  selectTargets: () => selectTargets
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  selectTargets
});
