"use strict";
var __dprBuiltin = (m) => Object.create(m, { default: { value: m, enumerable: true } });
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  doctorStage: () => doctorStage
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_A5T5BNJY = require("./chunk-A5T5BNJY.cjs");
var import_chunk_WRMHDF7M = require("./chunk-WRMHDF7M.cjs");
var import_chunk_DPLUOY6K = require("./chunk-DPLUOY6K.cjs");
var import_chunk_YQ4EF2FE = require("./chunk-YQ4EF2FE.cjs");
var import_chunk_MYPC2CKU = require("./chunk-MYPC2CKU.cjs");
var import_chunk_FXCSIXA6 = require("./chunk-FXCSIXA6.cjs");
var import_chunk_MO7QG43S = require("./chunk-MO7QG43S.cjs");
var import_chunk_REP2FVEV = require("./chunk-REP2FVEV.cjs");
var import_chunk_QTU2EDDL = require("./chunk-QTU2EDDL.cjs");
var import_chunk_74VT73DH = require("./chunk-74VT73DH.cjs");
var import_chunk_QD5E7H7M = require("./chunk-QD5E7H7M.cjs");
var import_chunk_CIGYBCEM = require("./chunk-CIGYBCEM.cjs");
var import_chunk_5CTX533T = require("./chunk-5CTX533T.cjs");
var import_chunk_7DITFGIQ = require("./chunk-7DITFGIQ.cjs");
var import_chunk_PD4DO7MN = require("./chunk-PD4DO7MN.cjs");
var import_chunk_JS5O4ZNU = require("./chunk-JS5O4ZNU.cjs");
var import_chunk_NWBBVL5O = require("./chunk-NWBBVL5O.cjs");
var import_chunk_TPCKOOU5 = require("./chunk-TPCKOOU5.cjs");
var import_chunk_MRU7FL3X = require("./chunk-MRU7FL3X.cjs");
var import_chunk_5RUZWPG3 = require("./chunk-5RUZWPG3.cjs");
var import_chunk_J3MQ6CG5 = require("./chunk-J3MQ6CG5.cjs");
var import_chunk_Q55RSBNO = require("./chunk-Q55RSBNO.cjs");
var import_chunk_MYI4MX5U = require("./chunk-MYI4MX5U.cjs");
var import_chunk_ZAGPN3OK = require("./chunk-ZAGPN3OK.cjs");
var import_chunk_SZJBJCIK = require("./chunk-SZJBJCIK.cjs");
var import_chunk_VXEUCSCM = require("./chunk-VXEUCSCM.cjs");
var import_chunk_YQ2GBM5X = require("./chunk-YQ2GBM5X.cjs");
var import_chunk_7KON7YZD = require("./chunk-7KON7YZD.cjs");
var import_chunk_YS5KZLZ7 = require("./chunk-YS5KZLZ7.cjs");
var import_chunk_SAEWK2QX = require("./chunk-SAEWK2QX.cjs");
var import_chunk_AQPOEHWX = require("./chunk-AQPOEHWX.cjs");
var import_chunk_Z6ZQYNIY = require("./chunk-Z6ZQYNIY.cjs");
var import_chunk_OMGGYXM6 = require("./chunk-OMGGYXM6.cjs");
var import_chunk_GMYZR33R = require("./chunk-GMYZR33R.cjs");
var import_chunk_RSCBOPBN = require("./chunk-RSCBOPBN.cjs");
var import_chunk_R6ZEAHMN = require("./chunk-R6ZEAHMN.cjs");
var import_chunk_ZFMTKNA4 = require("./chunk-ZFMTKNA4.cjs");
var import_chunk_C7Z2DSUT = require("./chunk-C7Z2DSUT.cjs");
var import_chunk_UTH2BAN3 = require("./chunk-UTH2BAN3.cjs");
var import_chunk_XDFA5MRV = require("./chunk-XDFA5MRV.cjs");
var import_chunk_2YVRSQ6N = require("./chunk-2YVRSQ6N.cjs");
var import_chunk_LO4GP5KN = require("./chunk-LO4GP5KN.cjs");
var import_chunk_CML2VIZG = require("./chunk-CML2VIZG.cjs");
var import_chunk_4XO4ETKR = require("./chunk-4XO4ETKR.cjs");
var import_chunk_CYKMR5N3 = require("./chunk-CYKMR5N3.cjs");
var import_chunk_JBHNGCYE = require("./chunk-JBHNGCYE.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_chunk_SAEB7QK7 = require("./chunk-SAEB7QK7.cjs");
var import_chunk_YK7KIND3 = require("./chunk-YK7KIND3.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var import_node_path = __dprBuiltin(require("node:path"));
var import_node_fs = require("node:fs");
var import_node_path2 = __dprBuiltin(require("node:path"));
var import_node_net = require("node:net");
var import_node_path3 = __dprBuiltin(require("node:path"));
function check(group, checkName, subject, status, detail, fix, extra = {}) {
  return { group, check: checkName, subject, status, detail, fix, ...extra };
}
function probeTcp(host, port, options = {}) {
  const started = Date.now();
  return new Promise((resolve) => {
    const socket = new import_node_net.Socket();
    let received = "";
    let connected = false;
    let done = false;
    const finish = (extra) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ connected, received, closedByPeer: false, durationMs: Date.now() - started, ...extra });
    };
    let timer = setTimeout(() => finish({ error: "timed out connecting" }), options.connectTimeoutMs ?? 3e3);
    socket.setEncoding("utf8");
    socket.on("data", (chunk) => {
      if (received.length < 4096) received += chunk;
    });
    socket.on("error", (e) => finish({ error: e.code ?? e.message }));
    socket.on("close", () => finish({ closedByPeer: connected }));
    socket.connect(port, host, () => {
      connected = true;
      clearTimeout(timer);
      if (options.send !== void 0) socket.write(options.send);
      timer = setTimeout(() => finish({}), options.waitMs ?? 1500);
    });
  });
}
function parseDotenv(text) {
  const out = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    let value = m[2];
    const q = value[0];
    if ((q === '"' || q === "'") && value.lastIndexOf(q) > 0) value = value.slice(1, value.lastIndexOf(q));
    else value = value.replace(/\s+#.*$/, "").trim();
    out[m[1]] = value;
  }
  return out;
}
function readDebugEnv(values) {
  const problems = [];
  const installMethod = values.INSTALL_METHOD;
  if (!installMethod) problems.push("INSTALL_METHOD is not set (it must be remote)");
  else if (installMethod.toLowerCase() !== "remote")
    problems.push(`INSTALL_METHOD is "${installMethod}", not remote`);
  let host;
  let portText;
  const url = values.REMOTE_INSTALL_URL;
  if (url) {
    const m = /^(?:[a-z]+:\/\/)?(\[[^\]]+\]|[^:/\s]+):(\d+)\/?$/i.exec(url);
    if (!m) problems.push(`REMOTE_INSTALL_URL is "${url}"; it must be host:port (no path)`);
    else {
      host = m[1].replace(/^\[|\]$/g, "");
      portText = m[2];
    }
  } else {
    host = values.REMOTE_INSTALL_HOST;
    portText = values.REMOTE_INSTALL_PORT;
    if (!host) problems.push("neither REMOTE_INSTALL_URL nor REMOTE_INSTALL_HOST is set");
    if (!portText) problems.push("REMOTE_INSTALL_PORT is not set (with REMOTE_INSTALL_HOST)");
  }
  const port = portText !== void 0 ? Number(portText) : void 0;
  if (portText !== void 0 && (!Number.isInteger(port) || port < 1 || port > 65535))
    problems.push(`the port "${portText}" is not a TCP port`);
  const key = values.REMOTE_INSTALL_KEY;
  if (!key) problems.push("REMOTE_INSTALL_KEY is not set");
  return {
    ...installMethod ? { installMethod } : {},
    ...host ? { host } : {},
    ...port !== void 0 && Number.isInteger(port) ? { port } : {},
    ...key ? { key } : {},
    problems
  };
}
var LOOPBACK = /* @__PURE__ */ new Set(["127.0.0.1", "localhost", "::1"]);
async function remoteDebugChecks(dir, targetUrls, consoles = [], options = {}) {
  const file = import_node_path2.default.join(dir, ".env");
  let text;
  try {
    text = (0, import_node_fs.readFileSync)(file, "utf8");
  } catch {
    return [
      check(
        "remote-debug",
        ".env",
        file,
        "skip",
        "no .env: remote debugging is not set up here",
        "To debug against a target: copy .env.example to .env and fill it from Plugins \u2192 Debug in the console (INSTALL_METHOD=remote, REMOTE_INSTALL_URL, REMOTE_INSTALL_KEY)."
      )
    ];
  }
  const env = readDebugEnv(parseDotenv(text));
  const out = [];
  if (env.problems.length > 0) {
    out.push(
      check(
        "remote-debug",
        ".env",
        file,
        "fail",
        env.problems.join("; "),
        "Write INSTALL_METHOD=remote, REMOTE_INSTALL_URL=<host>:<port> (or REMOTE_INSTALL_HOST and REMOTE_INSTALL_PORT on older SDKs) and REMOTE_INSTALL_KEY, from Plugins \u2192 Debug in the console.",
        { code: "DPR1338" }
      )
    );
  } else {
    out.push(
      check(
        "remote-debug",
        ".env",
        file,
        "ok",
        `remote debugging against ${env.host}:${env.port} (key set)`,
        "Nothing to do; keep .env out of git and out of the package (.gitignore, .difyignore)."
      )
    );
  }
  if (!env.host || env.port === void 0) return out;
  const where = `${env.host}:${env.port}`;
  const probe = await probeTcp(env.host, env.port, {
    ...env.key ? { send: `${JSON.stringify({ type: "handshake", data: { key: env.key } })}
` } : {},
    waitMs: options.waitMs ?? 1500
  });
  if (!probe.connected) {
    out.push(
      check(
        "remote-debug",
        "host and port",
        where,
        "fail",
        `${where} does not answer (${probe.error ?? "no connection"})`,
        "Use the host and port Plugins \u2192 Debug shows (EXPOSE_PLUGIN_DEBUGGING_HOST and EXPOSE_PLUGIN_DEBUGGING_PORT on the server, 5003 by default) and open that port to this machine.",
        { code: "DPR1339" }
      )
    );
  } else {
    out.push(
      check("remote-debug", "host and port", where, "ok", `${where} accepts connections`, "Nothing to do.")
    );
    if (env.key) {
      const said = probe.received.trim();
      if (/handshake failed/i.test(said)) {
        out.push(
          check(
            "remote-debug",
            "key",
            where,
            "fail",
            `the daemon answered the handshake: \u201C${said.split("\n")[0]}\u201D`,
            "Copy the current key from Plugins \u2192 Debug in the console into REMOTE_INSTALL_KEY (a key belongs to one workspace and expires when unused).",
            { code: "DPR1340" }
          )
        );
      } else if (probe.closedByPeer) {
        out.push(
          check(
            "remote-debug",
            "key",
            where,
            "warn",
            `the connection was closed without an answer${said ? ` (\u201C${said.split("\n")[0]}\u201D)` : ""}: not a Dify debugging port?`,
            "Check that the port is the plugin daemon\u2019s debugging port (5003 by default), not the API or the web port.",
            { code: "DPR1339" }
          )
        );
      } else {
        out.push(
          check(
            "remote-debug",
            "key",
            where,
            "ok",
            "the daemon accepted the handshake (no refusal within the wait)",
            "Nothing to do."
          )
        );
      }
    }
  }
  if (consoles.length > 0) {
    out.push(...againstConsoles(env, consoles, where));
    return out;
  }
  const hosts = targetUrls.map((u) => {
    try {
      return new URL(u).hostname.replace(/^\[|\]$/g, "");
    } catch {
      return "";
    }
  });
  const same = (a, b) => a === b || LOOPBACK.has(a) && LOOPBACK.has(b);
  if (hosts.length > 0 && !hosts.some((h) => h && same(h, env.host))) {
    out.push(
      check(
        "remote-debug",
        "against the target",
        where,
        "warn",
        `.env points at ${env.host}, the target${hosts.length > 1 ? "s are" : " is"} at ${hosts.join(", ")}`,
        "Use the host and port Plugins \u2192 Debug shows for this workspace (a key from one instance is refused by another).",
        { code: "DPR1341" }
      )
    );
  } else if (hosts.length > 0) {
    out.push(
      check(
        "remote-debug",
        "against the target",
        where,
        "ok",
        `the same host as the target (${env.host})`,
        "Nothing to do."
      )
    );
  }
  return out;
}
function againstConsoles(env, consoles, where) {
  const same = (a, b) => a === b || LOOPBACK.has(a) && LOOPBACK.has(b);
  const match = consoles.find((c) => same(c.host, env.host) && c.port === env.port);
  const out = [];
  if (!match) {
    const shown = consoles.map((c) => `${c.label}: ${c.host}:${c.port}`).join("; ");
    out.push(
      check(
        "remote-debug",
        "against the target",
        where,
        "warn",
        `.env points at ${where}; Plugins \u2192 Debug shows ${shown}`,
        "Use the host and port Plugins \u2192 Debug shows for this workspace (PLUGIN_REMOTE_INSTALL_HOST and PLUGIN_REMOTE_INSTALL_PORT on the API server).",
        { code: "DPR1341" }
      )
    );
  } else {
    out.push(
      check(
        "remote-debug",
        "against the target",
        where,
        "ok",
        `the host and port Plugins \u2192 Debug shows on ${match.label}`,
        "Nothing to do."
      )
    );
  }
  const keyed = consoles.find((c) => c.key === env.key);
  if (env.key && !keyed) {
    out.push(
      check(
        "remote-debug",
        "key is the console\u2019s",
        where,
        "fail",
        `REMOTE_INSTALL_KEY is not the key Plugins \u2192 Debug shows on ${consoles.map((c) => c.label).join(", ")} (the key is not printed)`,
        "Copy the current key from Plugins \u2192 Debug into REMOTE_INSTALL_KEY (each workspace has its own; it expires when unused).",
        { code: "DPR1340" }
      )
    );
  } else if (keyed) {
    out.push(
      check(
        "remote-debug",
        "key is the console\u2019s",
        where,
        "ok",
        `REMOTE_INSTALL_KEY is the key of ${keyed.label}`,
        "Nothing to do; keep .env out of git."
      )
    );
  }
  return out;
}
var repoText = (r) => `${r.owner}/${r.repo}`;
var REPO_SCOPES = ["repo", "public_repo"];
async function tokenCheck(api, what, variable, out) {
  const r = await api.call({
    method: "GET",
    route: "/user",
    accept: [401, 403],
    purpose: "who the token is"
  });
  if (r.status === 401) {
    out.push(
      check(
        "github",
        `${what} token`,
        variable,
        "fail",
        "GitHub refused the token (401 Bad credentials)",
        `Set ${variable} to a valid token (from a secret); it may have expired or been revoked.`,
        { code: "DPR1332" }
      )
    );
    return { ok: false };
  }
  if (r.status === 403) {
    out.push(
      check(
        "github",
        `${what} token`,
        variable,
        "ok",
        "an installation token (the workflow\u2019s GITHUB_TOKEN): its permissions come from the workflow\u2019s permissions block",
        "Give the job the permissions it needs (release: contents: write; deployments: write for deploy)."
      )
    );
    return { ok: true };
  }
  const header = r.headers["x-oauth-scopes"];
  const scopes = typeof header === "string" ? header.split(",").map((s) => s.trim()).filter(Boolean) : void 0;
  const login = r.data.login;
  if (scopes && !scopes.some((s) => REPO_SCOPES.includes(s))) {
    out.push(
      check(
        "github",
        `${what} token`,
        variable,
        "fail",
        `the token of ${login} has the scopes ${scopes.length ? scopes.join(", ") : "(none)"}, without repo or public_repo`,
        "Make a classic token with the public_repo scope (repo for private repositories; workflow too to sync a fork whose upstream changed workflows), or a fine-grained token with contents and pull requests read and write.",
        { code: "DPR1333" }
      )
    );
    return { login, scopes, ok: false };
  }
  out.push(
    check(
      "github",
      `${what} token`,
      variable,
      "ok",
      scopes ? `a classic token of ${login} with ${scopes.join(", ")}` : `a fine-grained token of ${login} (its permissions are checked on the repositories below)`,
      "Nothing to do; keep it in a secret."
    )
  );
  return { login, ...scopes ? { scopes } : {}, ok: true };
}
async function forkChecks(input, ctx, releaseToken, out) {
  const variable = input.forkTokenEnv ?? import_chunk_WRMHDF7M.DEFAULT_FORK_TOKEN_ENV;
  const forkToken = ctx.env[variable]?.trim() || releaseToken;
  const upstream = input.upstream ?? import_chunk_WRMHDF7M.DEFAULT_UPSTREAM;
  if (!forkToken) {
    out.push(
      check(
        "github",
        "fork token",
        variable,
        "skip",
        `no token for submit: ${variable}, GITHUB_TOKEN and GH_TOKEN are unset`,
        `Set ${variable} to a token that can push to your fork of ${upstream} and open pull requests (the workflow\u2019s own token cannot).`
      )
    );
    return;
  }
  const { api } = (0, import_chunk_QTU2EDDL.connect)(ctx, forkToken);
  const facts = await tokenCheck(
    api,
    "fork",
    ctx.env[variable]?.trim() ? variable : "GITHUB_TOKEN (no fork token)",
    out
  );
  if (!facts.ok) return;
  const forkName = input.fork ?? (facts.login ? `${facts.login}/dify-plugins` : void 0);
  const ref = forkName ? (0, import_chunk_QTU2EDDL.parseRepo)(forkName) : void 0;
  if (!ref) {
    out.push(
      check(
        "github",
        "fork",
        upstream,
        // Only the workflow's own token is there: submit is not set up here, unless a fork token is.
        ctx.env[variable]?.trim() ? "fail" : "skip",
        "no fork to check: the token belongs to no user (an Actions token cannot push to another repository)",
        `To submit to the marketplace: set ${variable} to a personal token, or name the fork with --fork OWNER/REPO.`,
        ctx.env[variable]?.trim() ? { code: "DPR1334" } : {}
      )
    );
    return;
  }
  const name = repoText(ref);
  const r = await api.call({
    method: "GET",
    route: "/repos/{owner}/{repo}",
    params: { owner: ref.owner, repo: ref.repo },
    accept: [403, 404],
    purpose: "the marketplace fork"
  });
  const fail = (detail, fix) => out.push(check("github", "fork", name, "fail", detail, fix, { code: "DPR1334" }));
  if (r.status !== 200) {
    fail(
      `${name} does not exist (or the token cannot see it)`,
      `Fork ${upstream} to ${ref.owner} (or let submit make it with --create-fork), or name yours with --fork.`
    );
    return;
  }
  const of = r.data.source?.full_name ?? r.data.parent?.full_name;
  if (!r.data.fork || !of || of.toLowerCase() !== upstream.toLowerCase()) {
    fail(
      `${name} is ${r.data.fork ? `a fork of ${of}` : "not a fork"}, not a fork of ${upstream}`,
      `Fork ${upstream} and name that fork with --fork.`
    );
    return;
  }
  if (r.data.permissions?.push === false) {
    fail(
      `the fork token may not push to ${name}`,
      `Give the token in ${variable} push access to ${name} (classic: public_repo; fine-grained: contents and pull requests read and write).`
    );
    return;
  }
  out.push(
    check("github", "fork", name, "ok", `a fork of ${upstream} the token may push to`, "Nothing to do.")
  );
}
async function githubChecks(input, ctx) {
  const out = [];
  const live = { ...ctx, dryRun: false };
  const token = (0, import_chunk_QTU2EDDL.tokenFor)(input.token, ctx.env);
  const repo = input.repo ?? ctx.env.GITHUB_REPOSITORY;
  if (!token) {
    out.push(
      check(
        "github",
        "release token",
        "GITHUB_TOKEN",
        repo ? "fail" : "skip",
        "no token: GITHUB_TOKEN and GH_TOKEN are unset",
        "Set GITHUB_TOKEN (in Actions: the workflow token, github.token, or a secret) to check the GitHub setup for release and submit.",
        repo ? { code: "DPR1332" } : {}
      )
    );
  } else {
    const { api } = (0, import_chunk_QTU2EDDL.connect)(live, token);
    const facts = await tokenCheck(api, "release", input.token ? "the token input" : "GITHUB_TOKEN", out);
    const ref = repo ? (0, import_chunk_QTU2EDDL.parseRepo)(repo) : void 0;
    if (facts.ok && ref) await repoChecks(api, ref, input, ctx, out);
    else if (facts.ok)
      out.push(
        check(
          "github",
          "repository",
          "(none)",
          "skip",
          "no repository named: GITHUB_REPOSITORY is unset",
          "Pass --repo OWNER/REPO to check the repository releases go to."
        )
      );
  }
  await forkChecks(input, live, token, out);
  return out;
}
async function repoChecks(api, ref, input, ctx, out) {
  const name = repoText(ref);
  const r = await api.call({
    method: "GET",
    route: "/repos/{owner}/{repo}",
    params: { owner: ref.owner, repo: ref.repo },
    accept: [403, 404],
    purpose: "the repository releases go to"
  });
  if (r.status !== 200) {
    out.push(
      check(
        "github",
        "repository",
        name,
        "fail",
        `${name} does not exist or the token cannot see it (${r.status})`,
        "Check --repo (or GITHUB_REPOSITORY) and give the token access to the repository.",
        { code: "DPR1333" }
      )
    );
    return;
  }
  const push = r.data.permissions?.push;
  out.push(
    push === false ? check(
      "github",
      "repository",
      name,
      "fail",
      "the token may read but not push: release cannot create tags, releases or upload assets",
      "Give the token contents: write on the repository (classic: the repo or public_repo scope and write access).",
      { code: "DPR1333" }
    ) : check(
      "github",
      "repository",
      name,
      "ok",
      push ? "the token may push (releases, tags, assets)" : "the repository is visible (an Actions token: write comes from the workflow\u2019s permissions)",
      "Nothing to do."
    )
  );
  const w = await api.call({
    method: "GET",
    route: "/repos/{owner}/{repo}/actions/permissions/workflow",
    params: { owner: ref.owner, repo: ref.repo },
    accept: [403, 404],
    purpose: "whether Actions may open pull requests"
  });
  if (w.status !== 200) {
    out.push(
      check(
        "github",
        "actions may open pull requests",
        name,
        "skip",
        `not readable with this token (${w.status}: it needs admin on the repository)`,
        "Check by hand: Settings \u2192 Actions \u2192 General \u2192 Workflow permissions \u2192 \u201CAllow GitHub Actions to create and approve pull requests\u201D."
      )
    );
  } else if (w.data.can_approve_pull_request_reviews !== true) {
    out.push(
      check(
        "github",
        "actions may open pull requests",
        name,
        "warn",
        `Actions may not create pull requests (default workflow permissions: ${w.data.default_workflow_permissions ?? "unknown"})`,
        "Settings \u2192 Actions \u2192 General \u2192 Workflow permissions: tick \u201CAllow GitHub Actions to create and approve pull requests\u201D (needed when the workflow\u2019s GITHUB_TOKEN opens them).",
        { code: "DPR1335" }
      )
    );
  } else {
    out.push(
      check(
        "github",
        "actions may open pull requests",
        name,
        "ok",
        `allowed (default workflow permissions: ${w.data.default_workflow_permissions ?? "unknown"})`,
        "Nothing to do."
      )
    );
  }
  const configured = Object.keys(ctx.config.environments).filter((e) => /prod/i.test(e));
  const envs = input.productionEnvs?.length ? input.productionEnvs : configured.length ? configured : ["production"];
  for (const env of envs) {
    const e = await api.call({
      method: "GET",
      route: "/repos/{owner}/{repo}/environments/{environment_name}",
      params: { owner: ref.owner, repo: ref.repo, environment_name: env },
      accept: [403, 404],
      purpose: `the ${env} environment\u2019s protection rules`
    });
    const subject = `${name} environment ${env}`;
    const rules = (e.data?.protection_rules ?? []).map((p) => p.type ?? "?");
    if (e.status === 404) {
      out.push(
        check(
          "github",
          "production protection",
          subject,
          "warn",
          `the environment ${env} does not exist on GitHub`,
          `Settings \u2192 Environments \u2192 New environment \u201C${env}\u201D: add required reviewers (or a wait timer) and limit deployments to protected branches, so promote and rollback run behind an approval.`,
          { code: "DPR1336" }
        )
      );
    } else if (e.status !== 200) {
      out.push(
        check(
          "github",
          "production protection",
          subject,
          "skip",
          `not readable with this token (${e.status})`,
          `Check by hand: Settings \u2192 Environments \u2192 ${env}.`
        )
      );
    } else if (!rules.some((t) => t === "required_reviewers" || t === "wait_timer")) {
      out.push(
        check(
          "github",
          "production protection",
          subject,
          "warn",
          `the environment ${env} has no required reviewers or wait timer${rules.length ? ` (rules: ${rules.join(", ")})` : ""}`,
          `Settings \u2192 Environments \u2192 ${env}: add required reviewers (or a wait timer), so promote and rollback run behind an approval.`,
          { code: "DPR1336" }
        )
      );
    } else {
      out.push(
        check(
          "github",
          "production protection",
          subject,
          "ok",
          `protected: ${rules.join(", ")}`,
          "Nothing to do."
        )
      );
    }
  }
}
var import_coerce = (0, import_chunk_KIZ6KU7F.__toESM)((0, import_chunk_VXEUCSCM.require_coerce)(), 1);
var CONTAINER_KEY_DIR = "/app/storage/public_keys";
function trustSettings(keyFiles) {
  const inContainer = keyFiles.map((f) => `${CONTAINER_KEY_DIR}/${import_node_path3.default.basename(f)}`);
  return [
    "FORCE_VERIFYING_SIGNATURE=true",
    "THIRD_PARTY_SIGNATURE_VERIFICATION_ENABLED=true",
    `THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS=${inContainer.join(",")}`
  ];
}
var APPLY = "Copy the .pem into docker/volumes/plugin_daemon/public_keys/, put the settings in docker/.env (the plugin_daemon service), then docker compose down && docker compose up -d (a restart does not re-read .env).";
function langgeniusCheck(author, verdict, subject) {
  if (author.toLowerCase() !== "langgenius") return void 0;
  if (verdict.status === "verified" && verdict.signer?.official && verdict.category === "langgenius")
    return void 0;
  return check(
    "signature",
    "langgenius author",
    subject,
    "warn",
    "the author is langgenius, and the package is not signed by Dify with the langgenius category: a bundle containing it is refused (\u201Cclaims to be from Langgenius but lacks official signature verification\u201D)",
    "Publish it under your own author name (a repackaged official plugin is yours now), and sign it with your key.",
    { code: "DPR1342" }
  );
}
async function signatureCheck(file, target, keys, env) {
  const subject = `${import_node_path3.default.basename(file)} on ${target.label}`;
  const load = (f) => ({ ...(0, import_chunk_JS5O4ZNU.loadPublicKey)({ file: f }, env), official: false });
  const trusted = [(0, import_chunk_CIGYBCEM.officialKey)(), ...target.trustedKeys.map(load)];
  const extra = keys.filter((k) => !target.trustedKeys.includes(k)).map((k) => ({ file: k, key: load(k) }));
  const pkg = await (0, import_chunk_MYI4MX5U.openPackage)(file);
  let onTarget;
  let withMine;
  try {
    onTarget = await (0, import_chunk_CIGYBCEM.verifyPackage)(pkg, trusted);
    if (onTarget.status !== "verified" && extra.length > 0)
      withMine = await (0, import_chunk_CIGYBCEM.verifyPackage)(pkg, [...trusted, ...extra.map((e) => e.key)]);
  } finally {
    await pkg.close();
  }
  if (onTarget.status === "verified") {
    const by = onTarget.signer?.origin ?? "a trusted key";
    return check(
      "signature",
      "signature",
      subject,
      "ok",
      `verified by ${by}${onTarget.signer ? ` (${(0, import_chunk_LO4GP5KN.short)(onTarget.signer.fingerprint)})` : ""}: the target accepts it`,
      target.forceVerify ? "Nothing to do; keep FORCE_VERIFYING_SIGNATURE=true." : "Turn verification on, which this package passes: FORCE_VERIFYING_SIGNATURE=true."
    );
  }
  const signer = withMine?.status === "verified" ? withMine.signer : void 0;
  const signerFile = signer ? extra.find((e) => e.key.fingerprint === signer.fingerprint)?.file : void 0;
  const keyFiles = [...target.trustedKeys, ...signerFile ? [signerFile] : []];
  let detail;
  let fix;
  let settings;
  if (signerFile) {
    detail = `signed by ${signerFile} (${(0, import_chunk_LO4GP5KN.short)(signer.fingerprint)}), a key the target does not trust`;
    settings = trustSettings(keyFiles);
    fix = `Trust that key on the target: ${APPLY}`;
  } else if (onTarget.status === "unsigned") {
    detail = `${onTarget.reason}`;
    settings = trustSettings(keyFiles.length ? keyFiles : ["<name>.public.pem"]);
    fix = `Sign it (\`dify-plugin-release sign ${import_node_path3.default.basename(file)} --key <name>.private.pem\`; \`keygen\` makes a pair), then trust the public key on the target: ${APPLY}`;
  } else if (onTarget.status === "modified") {
    detail = `${onTarget.reason}`;
    settings = trustSettings(keyFiles.length ? keyFiles : ["<name>.public.pem"]);
    fix = "The package changed after it was signed: package and sign it again (sign last).";
  } else {
    detail = onTarget.reason;
    settings = trustSettings(keyFiles.length ? keyFiles : ["<name>.public.pem"]);
    fix = `Sign it with your key and give doctor the public key (--key) to name the exact settings; ${APPLY}`;
  }
  if (!target.forceVerify) {
    return check(
      "signature",
      "signature",
      subject,
      "warn",
      `${detail}; the target does not force verification, so it accepts the package unverified`,
      `Keep verification on and make this package pass it: ${fix}`,
      { code: "DPR1331", settings }
    );
  }
  return check(
    "signature",
    "signature",
    subject,
    "fail",
    `${detail}: the target (FORCE_VERIFYING_SIGNATURE=true) refuses it with \u201Cplugin verification has been enabled, and the plugin you want to install has a bad signature\u201D`,
    fix,
    { code: "DPR1330", settings }
  );
}
async function signatureChecks(file, target, keys, env) {
  const line = await signatureCheck(file, target, keys, env);
  const pkg = await (0, import_chunk_MYI4MX5U.openPackage)(file);
  try {
    const manifest = pkg.entries.some((e) => e.name === "manifest.yaml") ? (await pkg.read("manifest.yaml")).toString("utf8") : "";
    const author = /^author:\s*["']?([^"'\s#]+)/m.exec(manifest)?.[1] ?? "";
    if (author.toLowerCase() !== "langgenius") return [line];
    const verdict = await (0, import_chunk_CIGYBCEM.verifyPackage)(pkg, [(0, import_chunk_CIGYBCEM.officialKey)()]);
    const lg = langgeniusCheck(author, verdict, line.subject);
    return lg ? [line, lg] : [line];
  } finally {
    await pkg.close();
  }
}
function stepOf(error) {
  if (error.kind === "auth" || error.kind === "config") return "credentials";
  if (error.kind === "workspace" || error.kind === "permission") return "tenant";
  return "reachable";
}
var STEPS = ["reachable", "credentials", "tenant"];
async function targetChecks(named, options, ctx) {
  const out = [];
  const label = named.label;
  const s = (0, import_chunk_YQ4EF2FE.resolveSelection)(named.selection, ctx);
  let target;
  let health;
  let debug;
  try {
    target = await (0, import_chunk_YQ4EF2FE.openTarget)(named.selection, ctx);
    health = await target.health();
  } catch (error) {
    if (!(error instanceof import_chunk_MYPC2CKU.TargetError)) throw error;
    const failed = stepOf(error);
    for (const step of STEPS) {
      if (step === failed) {
        out.push(
          check(
            "target",
            step,
            label,
            "fail",
            error.message,
            error.fix ?? "Check the environment\u2019s entry in .dify-release.yml.",
            { code: error.code }
          )
        );
        break;
      }
      out.push(
        check(
          "target",
          step,
          label,
          "ok",
          step === "reachable" ? `${s.url ?? "the embedded daemon"} answers` : "accepted",
          "Nothing to do."
        )
      );
    }
    await target?.close();
    return { checks: out, ...s.url ? { url: s.url } : {} };
  }
  try {
    const info = target.info;
    const door = info.kind === "console" ? "a Dify console" : "a plugin daemon";
    out.push(
      check(
        "target",
        "reachable",
        label,
        "ok",
        `${info.url} answers as ${door}${info.embedded ? " (embedded)" : ""}`,
        "Nothing to do."
      )
    );
    out.push(
      check(
        "target",
        "credentials",
        label,
        "ok",
        info.kind === "console" ? `the account logged in (${String(health.details.scheme ?? "session")})` : "the API key is accepted",
        "Nothing to do; keep the secret in the variable the configuration names."
      )
    );
    if (info.kind === "console") {
      const ws = health.details.workspace;
      out.push(
        check(
          "target",
          "tenant",
          label,
          "ok",
          `workspace ${ws?.name ?? "?"} (${ws?.id ?? "?"})`,
          "Nothing to do."
        )
      );
    } else {
      const count = (await target.installations()).length;
      out.push(
        check(
          "target",
          "tenant",
          label,
          "ok",
          `tenant ${info.tenant}: ${count} plugin${count === 1 ? "" : "s"} installed (a daemon accepts any tenant id: check it is the workspace\u2019s)`,
          "The tenant is the Dify workspace id (in the console\u2019s URL and in Dify\u2019s tenants table); list it under tenants: in the environment."
        )
      );
    }
    const dify = await (0, import_chunk_DPLUOY6K.targetDifyVersion)(target, s.difyVersion);
    const parts = [
      dify.version ? `Dify ${dify.version}${dify.source === "configured" ? " (configured)" : ""}` : "Dify: not told",
      health.daemonVersion ? `daemon ${health.daemonVersion}` : "daemon: not told"
    ];
    if (dify.version && !(0, import_coerce.default)(dify.version)) {
      out.push(
        check(
          "target",
          "versions",
          label,
          "warn",
          parts.join(", "),
          "Write environments.<name>.dify-version as MAJOR.MINOR.PATCH.",
          { code: "DPR1337" }
        )
      );
    } else if (!dify.version) {
      out.push(
        check(
          "target",
          "versions",
          label,
          "warn",
          `${parts.join(", ")}: the compatibility gate cannot compare`,
          `Set environments.${named.environment ?? "<name>"}.dify-version in .dify-release.yml (a daemon\u2019s API does not tell Dify\u2019s version; a console does).`,
          { code: "DPR1337" }
        )
      );
    } else {
      out.push(check("target", "versions", label, "ok", parts.join(", "), "Nothing to do."));
    }
    if (options.package) {
      out.push(
        ...await signatureChecks(
          options.package,
          { label, trustedKeys: s.trustedKeys ?? [], forceVerify: s.forceVerify ?? Boolean(s.url) },
          options.keys,
          ctx.env
        )
      );
    }
    if (options.needs) {
      const gate = (0, import_chunk_DPLUOY6K.compatibilityGate)(options.needs, dify);
      const status = gate.status === "passed" ? "ok" : gate.status === "failed" ? "fail" : "skip";
      out.push(
        check(
          "compatibility",
          "Dify version",
          label,
          status,
          gate.reason ?? "",
          gate.fix ?? "Nothing to do.",
          gate.code ? { code: gate.code } : {}
        )
      );
    }
    if (target instanceof import_chunk_YQ4EF2FE.ConsoleTarget) {
      try {
        const d = await target.debuggingKey();
        debug = { label, ...d };
      } catch (error) {
        if (!(error instanceof import_chunk_MYPC2CKU.TargetError)) throw error;
        out.push(
          check(
            "remote-debug",
            "debugging key",
            label,
            "skip",
            `the console did not give its debugging key: ${error.message}`,
            "Give the account the debug permission (Plugins \u2192 permissions: who can debug plugins), or compare .env with Plugins \u2192 Debug by hand."
          )
        );
      }
    }
  } finally {
    await target.close();
  }
  return { checks: out, url: target.info.url, ...debug ? { debug } : {} };
}
async function doctorStage(input, ctx) {
  const checks = [];
  const file = input.package ? import_node_path.default.resolve(ctx.cwd, input.package) : void 0;
  const keys = (input.keys ?? []).map((k) => import_node_path.default.resolve(ctx.cwd, k));
  const needs = file ? await (0, import_chunk_DPLUOY6K.pluginNeeds)(file) : void 0;
  if (!file) {
    checks.push(
      check(
        "signature",
        "signature",
        "(no package)",
        "skip",
        "no package given: whether a target would refuse its signature is not checked",
        "Pass --package PKG (and --key your.public.pem) to check it against each target\u2019s configuration."
      )
    );
  }
  const selections = (0, import_chunk_A5T5BNJY.selectTargets)(input, ctx);
  const urls = [];
  const consoles = [];
  for (const named of selections) {
    const r = await targetChecks(
      named,
      { ...file ? { package: file } : {}, ...needs ? { needs } : {}, keys },
      ctx
    );
    checks.push(...r.checks);
    if (r.url) urls.push(r.url);
    if (r.debug) consoles.push(r.debug);
  }
  if (input.github !== false) checks.push(...await githubChecks(input, ctx));
  checks.push(
    ...await remoteDebugChecks(import_node_path.default.resolve(ctx.cwd, input.plugin ?? "."), urls, consoles, {
      ...input.debugWaitMs !== void 0 ? { waitMs: input.debugWaitMs } : {}
    })
  );
  return {
    checks,
    targets: selections.map((s) => s.label),
    ...file ? { package: file } : {},
    ...needs ? { needs } : {}
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  doctorStage
});
