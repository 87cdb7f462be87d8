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
  connect: () => connect,
  parseRepo: () => parseRepo,
  repoName: () => repoName,
  resolveRepo: () => resolveRepo,
  runUrl: () => runUrl,
  tokenFor: () => tokenFor
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_74VT73DH = require("./chunk-74VT73DH.cjs");
var import_chunk_2YVRSQ6N = require("./chunk-2YVRSQ6N.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
function parseRepo(text) {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text.trim());
  return m ? { owner: m[1], repo: m[2].replace(/\.git$/, "") } : void 0;
}
function repoName(r) {
  return `${r.owner}/${r.repo}`;
}
var import_light = (0, import_chunk_KIZ6KU7F.__toESM)((0, import_chunk_74VT73DH.require_light)(), 1);
var VERSION = "0.0.0-development";
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = import_light.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;
var VERSION2 = "6.0.0";
function requestLog(octokit) {
  octokit.hook.wrap("request", (request, options) => {
    octokit.log.debug("request", options);
    const start = Date.now();
    const requestOptions = octokit.request.endpoint.parse(options);
    const path = requestOptions.url.replace(options.baseUrl, "");
    return request(options).then((response) => {
      const requestId = response.headers["x-github-request-id"];
      octokit.log.info(
        `${requestOptions.method} ${path} - ${response.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      return response;
    }).catch((error) => {
      const requestId = error.response?.headers["x-github-request-id"] || "UNKNOWN";
      octokit.log.error(
        `${requestOptions.method} ${path} - ${error.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      throw error;
    });
  });
}
requestLog.VERSION = VERSION2;
var VERSION3 = "22.0.1";
var Octokit2 = import_chunk_74VT73DH.Octokit.plugin(requestLog, import_chunk_74VT73DH.legacyRestEndpointMethods, import_chunk_74VT73DH.paginateRest).defaults(
  {
    userAgent: `octokit-rest.js/${VERSION3}`
  }
);
var DEFAULT_API_URL = "https://api.github.com";
var GitHubOctokit = Octokit2.plugin(import_chunk_74VT73DH.retry, throttling);
var READ_POSTS = [/\/releases\/generate-notes$/, /^\/graphql$/];
function isReadCall(method, path) {
  const m = method.toUpperCase();
  if (m === "GET" || m === "HEAD") return true;
  const bare = path.split("?")[0] ?? path;
  return m === "POST" && READ_POSTS.some((r) => r.test(bare));
}
function apiUrl(env) {
  return (env.GITHUB_API_URL?.trim() || DEFAULT_API_URL).replace(/\/+$/, "");
}
function envToken(env) {
  return env.GITHUB_TOKEN?.trim() || env.GH_TOKEN?.trim() || void 0;
}
function isLoopback(url) {
  try {
    const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
    return host === "localhost" || host === "::1" || /^127\./.test(host);
  } catch {
    return false;
  }
}
function spacing(ms) {
  let next = 0;
  const slot = {
    schedule: async (...args) => {
      const fn = args.find((a) => typeof a === "function");
      const rest = args.slice(args.indexOf(fn) + 1);
      const now = Date.now();
      const wait = Math.max(0, next - now);
      next = Math.max(now, next) + ms;
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      return fn(...rest);
    }
  };
  return { key: () => slot };
}
function createGitHubClient(options) {
  if (!options.token) {
    throw new import_chunk_NG6BV4S6.EnvironmentError(
      options.missingToken?.message ?? "no GitHub token: GITHUB_TOKEN and GH_TOKEN are unset",
      options.missingToken?.fix ?? "Set GITHUB_TOKEN (in Actions: `env: GITHUB_TOKEN: ${{ github.token }}`, or the action\u2019s `token` input)."
    );
  }
  const baseUrl = (options.baseUrl ?? DEFAULT_API_URL).replace(/\/+$/, "");
  const secrets = [options.token];
  const calls = [];
  const log = options.log ?? (() => {
  });
  const retries = options.retries ?? 3;
  const spacingMs = options.writeSpacingMs ?? (isLoopback(baseUrl) ? 0 : 1e3);
  const base = new URL(baseUrl);
  const fetchViaPort = portFetch(options.http, secrets, options.signal, (method, url, status) => {
    const u = new URL(url);
    const prefix = u.origin === base.origin && u.pathname.startsWith(base.pathname) ? base.pathname : "";
    const path = `${u.pathname.slice(prefix.replace(/\/$/, "").length)}${u.search}`;
    calls.push({ method, path, status, read: isReadCall(method, path) });
  });
  const octokit = new GitHubOctokit({
    auth: options.token,
    baseUrl,
    userAgent: "dify-plugin-release",
    request: { fetch: fetchViaPort },
    log: { debug: () => {
    }, info: () => {
    }, warn: (m) => log((0, import_chunk_2YVRSQ6N.redact)(m, secrets)), error: () => {
    } },
    // 409 (a conflict: a diverged fork, an empty repository) is an answer, not a transient failure.
    retry: {
      retries,
      doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451],
      ...options.retryBaseMs !== void 0 ? { retryAfterBaseValue: options.retryBaseMs } : {}
    },
    throttle: {
      ...options.retryBaseMs !== void 0 ? { retryAfterBaseValue: options.retryBaseMs } : {},
      ...spacingMs !== 1e3 ? { write: spacing(spacingMs), notifications: spacing(spacingMs * 3) } : {},
      onRateLimit: (after, req, _o, count) => {
        if (count >= retries) return false;
        log(`GitHub rate limit reached on ${req.method} ${req.url}; retrying in ${after} s`);
        return true;
      },
      onSecondaryRateLimit: (after, req, _o, count) => {
        if (count >= retries) return false;
        log(`GitHub secondary rate limit on ${req.method} ${req.url}; retrying in ${after} s`);
        return true;
      }
    }
  });
  return { octokit, baseUrl, calls, secrets };
}
function portFetch(http, secrets, signal, record) {
  return (async (input, init = {}) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const method = (init.method ?? "GET").toUpperCase();
    const headers = {};
    new Headers(init.headers).forEach((v, k) => {
      headers[k] = v;
    });
    const body = init.body;
    const big = body instanceof Uint8Array || /application\/octet-stream/.test(headers.accept ?? "");
    const res = await http.request({
      method,
      url,
      headers,
      ...body !== void 0 && body !== null ? { body } : {},
      attempts: 1,
      timeoutMs: big ? 15 * 6e4 : 6e4,
      secrets,
      ...init.signal || signal ? { signal: init.signal ?? signal } : {}
    });
    record(method, url, res.status);
    const bytes = await res.bytes();
    const nullBody = res.status === 204 || res.status === 304 || method === "HEAD";
    const response = new Response(
      nullBody ? null : bytes,
      {
        status: res.status,
        headers: res.headers
      }
    );
    Object.defineProperty(response, "url", { value: res.url || url });
    return response;
  });
}
function liveApi(client) {
  return {
    async call(op) {
      const target = op.url ?? op.route;
      const options = { ...op.params ?? {}, ...op.body ?? {} };
      if (op.raw) {
        options.data = op.raw.bytes;
        options.headers = { "content-type": op.raw.contentType, "content-length": op.raw.bytes.length };
      }
      if (op.binary) {
        options.headers = { accept: "application/octet-stream" };
        options.request = { parseSuccessResponseBody: false };
      }
      try {
        const res = await client.octokit.request(`${op.method} ${target}`, options);
        let data = res.data;
        if (op.binary) data = await binaryOf(res.data);
        return { status: res.status, data, headers: res.headers };
      } catch (error) {
        const e = error;
        if (typeof e.status === "number" && op.accept?.includes(e.status)) {
          return { status: e.status, data: e.response?.data, headers: e.response?.headers ?? {} };
        }
        throw githubError(error, op, client.secrets);
      }
    }
  };
}
async function binaryOf(data) {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  const stream = data;
  if (stream && typeof stream.getReader === "function") {
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }
  if (typeof data === "string") return Buffer.from(data, "binary");
  return new Uint8Array();
}
function planningApi() {
  const plan = [];
  return {
    plan,
    async call(op) {
      plan.push(planned(op));
      const answer = op.planned ?? defaultAnswer(op);
      return { status: answer.status, data: answer.data, headers: {} };
    }
  };
}
function defaultAnswer(op) {
  if (op.method === "GET")
    return /s$|\/contents\//.test(op.route) ? { status: 200, data: [] } : { status: 404 };
  if (op.method === "DELETE") return { status: 204 };
  return { status: op.method === "POST" ? 201 : 200, data: { ...op.body ?? {} } };
}
function planned(op) {
  const path = op.url ? `${op.url.replace(/\{\?[^}]*\}$/, "")}?name=${encodeURIComponent(String(op.params?.name ?? ""))}` : fill(op.route, op.params ?? {});
  const body = op.raw ? { file: op.raw.name, size: op.raw.bytes.length, sha256: op.raw.sha256, contentType: op.raw.contentType } : op.body ? shape(op.body) : void 0;
  return {
    method: op.method,
    route: op.url ? "{upload_url}" : op.route,
    path,
    read: isReadCall(op.method, op.route),
    purpose: op.purpose,
    ...body ? { body } : {}
  };
}
function fill(route, params) {
  const used = /* @__PURE__ */ new Set();
  const path = route.replace(/\{(\w+)\}/g, (_, k) => {
    used.add(k);
    return encodeURIComponent(String(params[k] ?? `{${k}}`)).replace(/%2F/g, "/");
  });
  const query = Object.entries(params).filter(([k, v]) => !used.has(k) && v !== void 0).map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`);
  return query.length ? `${path}?${query.join("&")}` : path;
}
function shape(body) {
  const out = {};
  for (const [k, v] of Object.entries(body)) {
    if (v === void 0) continue;
    if (typeof v === "string" && (k === "content" || v.length > 80))
      out[k] = `<${k === "content" ? "base64, " : ""}${v.length} chars>`;
    else if (Array.isArray(v)) out[k] = v.length <= 5 ? v : `<${v.length} items>`;
    else if (v && typeof v === "object") out[k] = shape(v);
    else out[k] = v;
  }
  return out;
}
function githubError(error, op, secrets) {
  const e = error;
  const what = `${op.method} ${op.route} (${op.purpose})`;
  const said = [
    e.response?.data?.message ?? e.message,
    ...(e.response?.data?.errors ?? []).map((x) => x.message ?? x.code)
  ].filter(Boolean).join("; ");
  const message = (0, import_chunk_2YVRSQ6N.redact)(`GitHub refused ${what}: ${e.status ?? "no answer"} ${said}`.trim(), secrets);
  if (e.status === 401)
    return new import_chunk_NG6BV4S6.EnvironmentError(
      message,
      "The token is invalid or expired: set a valid GITHUB_TOKEN or GH_TOKEN."
    );
  if (e.status === 403 || e.status === 404)
    return new import_chunk_NG6BV4S6.CheckFailedError(
      message,
      "The token lacks a permission (contents, pull-requests or deployments: write), or the repository name is wrong."
    );
  if (e.status === void 0 || e.status >= 500)
    return new import_chunk_NG6BV4S6.EnvironmentError(message, "GitHub did not answer after retries: run the command again later.");
  return new import_chunk_NG6BV4S6.CheckFailedError(message);
}
function connect(ctx, token, missingToken, tuning = {}) {
  const baseUrl = apiUrl(ctx.env);
  if (ctx.dryRun) return { api: planningApi(), calls: [], baseUrl };
  const client = createGitHubClient({
    token: token ?? "",
    baseUrl,
    http: ctx.ports.http,
    log: ctx.log,
    signal: ctx.signal,
    ...missingToken ? { missingToken } : {},
    ...tuning
  });
  return { api: liveApi(client), calls: client.calls, baseUrl };
}
function tokenFor(given, env) {
  return given?.trim() || envToken(env);
}
function resolveRepo(given, env, label = "--repo", dryRun = false) {
  const text = given ?? env.GITHUB_REPOSITORY;
  if (!text && dryRun) return { owner: "OWNER", repo: "REPO" };
  if (!text) {
    throw new import_chunk_NG6BV4S6.UsageError(
      "no repository: pass --repo OWNER/REPO (in GitHub Actions GITHUB_REPOSITORY names it)",
      "Write --repo OWNER/REPO."
    );
  }
  const repo = parseRepo(text);
  if (!repo)
    throw new import_chunk_NG6BV4S6.UsageError(`${label} is "${text}"; it must be OWNER/REPO`, `Write ${label} OWNER/REPO.`);
  return repo;
}
function runUrl(env) {
  if (!env.GITHUB_SERVER_URL || !env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return void 0;
  return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  connect,
  parseRepo,
  repoName,
  resolveRepo,
  runUrl,
  tokenFor
});
