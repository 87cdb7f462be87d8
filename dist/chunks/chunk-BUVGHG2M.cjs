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
  statusCommand: () => statusCommand
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_VKHASOP2 = require("./chunk-VKHASOP2.cjs");
var import_chunk_IGMRLCZS = require("./chunk-IGMRLCZS.cjs");
var statusCommand = (0, import_chunk_IGMRLCZS.defineCommand)({
  name: "status",
  summary: "what each environment runs according to its ledger, what came before, and what rollback would put back",
  options: [
    {
      key: "env",
      kind: "string",
      value: "name",
      description: "only this environment (default: every one configured or with local state)"
    },
    {
      key: "ledger",
      kind: "enum",
      choices: ["auto", "local", "github"],
      default: "auto",
      description: "which ledger to read: GitHub Deployments in Actions, the local file otherwise (auto)"
    },
    import_chunk_VKHASOP2.TOKEN_OPTION,
    {
      key: "limit",
      kind: "number",
      min: 1,
      integer: true,
      default: 10,
      description: "how many entries of history to show"
    }
  ],
  common: ["config"],
  outputs: [
    { name: "identifier", description: "what the environment runs (with --env)" },
    { name: "status", description: "the status as JSON" }
  ],
  subaction: "node",
  async run(input, ctx) {
    const { statusStage } = await Promise.resolve().then(() => require("./status-stage-PNR6LKZY.cjs"));
    return statusStage(
      {
        ...input.env ? { env: input.env } : {},
        ...input.ledger ? { ledger: input.ledger } : {},
        ...input.limit ? { limit: input.limit } : {},
        ...input.token ? { token: input.token } : {}
      },
      ctx
    );
  },
  present(r, input) {
    const one = input.env ? r.environments[0] : void 0;
    const summary = one ? {
      environment: one.environment,
      current: one.current,
      history: one.history,
      rollbackTo: one.rollbackTo,
      inProgress: one.inProgress,
      ledger: one.ledger
    } : { environments: r.environments };
    return {
      sections: [
        {
          stage: "status",
          headline: r.environments.map(
            (e) => `${e.environment}: ${e.current ? `${e.current.identifier}` : "nothing deployed"}${e.inProgress.length ? ` (entry ${e.inProgress.join(", ")} in progress)` : ""}`
          ).join("; "),
          findings: [],
          summary,
          tables: r.environments.map((e) => ({
            title: `${e.environment} (${e.ledger.where})${e.rollbackTo ? `; rollback \u2192 ${e.rollbackTo.identifier}` : ""}`,
            header: ["Entry", "Action", "State", "Version", "Digest", "Before", "When", "Note"],
            rows: e.history.map((h) => [
              h.id,
              h.action,
              h.state,
              h.version,
              (0, import_chunk_VKHASOP2.short)(h.digest),
              [...new Set(Object.values(h.previous).map((p) => p ?? "-"))].join(", "),
              h.updatedAt,
              (h.resolution?.message ?? h.description).slice(0, 120)
            ])
          }))
        }
      ],
      // The contract scripts rely on: `status --env NAME --json` has environment, current, history.
      document: summary,
      outputs: { identifier: one?.current?.identifier, status: JSON.stringify(summary) },
      exitCode: 0
    };
  }
});
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  statusCommand
});
