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
  restDeployments: () => restDeployments
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
function restDeployments(api, repo) {
  const p = { owner: repo.owner, repo: repo.repo };
  const self = {
    async create(d) {
      const r = await api.call({
        method: "POST",
        route: "/repos/{owner}/{repo}/deployments",
        params: p,
        body: {
          ref: d.ref,
          environment: d.environment,
          payload: d.payload,
          description: (d.description ?? "").slice(0, 140),
          auto_merge: false,
          required_contexts: [],
          transient_environment: d.transient ?? false,
          production_environment: d.production ?? d.environment === "production"
        },
        purpose: `record the deployment to ${d.environment}`,
        planned: {
          status: 201,
          data: { id: 0, ref: d.ref, environment: d.environment, payload: d.payload, sha: "" }
        }
      });
      return deployment(r.data);
    },
    async setStatus(id, s) {
      const r = await api.call({
        method: "POST",
        route: "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
        params: { ...p, deployment_id: id },
        body: {
          state: s.state,
          description: (s.description ?? "").slice(0, 140),
          ...s.environmentUrl ? { environment_url: s.environmentUrl } : {},
          ...s.logUrl ? { log_url: s.logUrl } : {},
          ...s.autoInactive !== void 0 ? { auto_inactive: s.autoInactive } : {}
        },
        purpose: `mark the deployment ${s.state}`,
        planned: { status: 201, data: { id: 0, state: s.state } }
      });
      return status(r.data);
    },
    async list(query) {
      const limit = query.limit ?? 100;
      const out = [];
      for (let page = 1; out.length < limit && page <= 10; page++) {
        const r = await api.call({
          method: "GET",
          route: "/repos/{owner}/{repo}/deployments",
          params: {
            ...p,
            environment: query.environment,
            ...query.ref ? { ref: query.ref } : {},
            ...query.sha ? { sha: query.sha } : {},
            per_page: Math.min(100, limit),
            page
          },
          purpose: `list the deployments to ${query.environment}`,
          planned: { status: 200, data: [] }
        });
        const rows = (r.data ?? []).map(deployment);
        out.push(...rows);
        if (rows.length < Math.min(100, limit)) break;
      }
      return out.slice(0, limit);
    },
    async statuses(id) {
      const r = await api.call({
        method: "GET",
        route: "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
        params: { ...p, deployment_id: id, per_page: 100 },
        purpose: "read the deployment\u2019s statuses",
        planned: { status: 200, data: [] }
      });
      return (r.data ?? []).map(status);
    },
    async find(environment, match) {
      const found = (await self.list({ environment })).find(match);
      if (!found) return void 0;
      const [latest] = await self.statuses(found.id);
      return { deployment: found, ...latest ? { status: latest } : {} };
    }
  };
  return self;
}
function deployment(d) {
  let payload = d.payload;
  if (typeof payload === "string") {
    try {
      payload = JSON.parse(payload);
    } catch {
      payload = {};
    }
  }
  const p = payload ?? {};
  return {
    id: Number(d.id),
    ref: String(d.ref ?? ""),
    sha: String(d.sha ?? ""),
    environment: String(d.environment ?? ""),
    description: String(d.description ?? ""),
    payload: { ...p, identifier: String(p.identifier ?? ""), digest: String(p.digest ?? "") },
    createdAt: String(d.created_at ?? "")
  };
}
function status(d) {
  return {
    id: Number(d.id),
    state: String(d.state ?? "pending"),
    description: String(d.description ?? ""),
    environmentUrl: String(d.environment_url ?? ""),
    logUrl: String(d.log_url ?? ""),
    createdAt: String(d.created_at ?? "")
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  restDeployments
});
