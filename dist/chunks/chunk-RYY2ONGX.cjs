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
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
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
  DEFAULT_TENANT: () => DEFAULT_TENANT,
  startEmbeddedDaemon: () => startEmbeddedDaemon
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_MO7QG43S = require("./chunk-MO7QG43S.cjs");
var import_chunk_CIGYBCEM = require("./chunk-CIGYBCEM.cjs");
var import_chunk_PD4DO7MN = require("./chunk-PD4DO7MN.cjs");
var import_chunk_Q5C2TKAH = require("./chunk-Q5C2TKAH.cjs");
var import_chunk_JS5O4ZNU = require("./chunk-JS5O4ZNU.cjs");
var import_chunk_TPCKOOU5 = require("./chunk-TPCKOOU5.cjs");
var import_chunk_MYI4MX5U = require("./chunk-MYI4MX5U.cjs");
var import_chunk_GMYZR33R = require("./chunk-GMYZR33R.cjs");
var import_chunk_RSCBOPBN = require("./chunk-RSCBOPBN.cjs");
var import_chunk_R6ZEAHMN = require("./chunk-R6ZEAHMN.cjs");
var import_chunk_ZFMTKNA4 = require("./chunk-ZFMTKNA4.cjs");
var import_chunk_6FD3E23X = require("./chunk-6FD3E23X.cjs");
var import_chunk_JBHNGCYE = require("./chunk-JBHNGCYE.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_node_fs = require("node:fs");
var import_node_http = __dprBuiltin(require("node:http"));
var import_node_path = __dprBuiltin(require("node:path"));
var import_node_crypto = require("node:crypto");
var import_node_crypto2 = require("node:crypto");
var import_node_path2 = __dprBuiltin(require("node:path"));
var import_node_crypto3 = require("node:crypto");
var import_node_crypto4 = require("node:crypto");
var import_node_fs2 = require("node:fs");
var import_node_path3 = __dprBuiltin(require("node:path"));
var import_node_fs3 = require("node:fs");
var import_node_path4 = __dprBuiltin(require("node:path"));
var import_node_crypto5 = require("node:crypto");
var import_node_fs4 = require("node:fs");
var import_node_path5 = __dprBuiltin(require("node:path"));
function route(method, path6, handler) {
  const keys = [];
  const source = path6.split("/").map((part) => {
    if (part.startsWith(":")) {
      keys.push(part.slice(1));
      return "([^/]+)";
    }
    if (part.startsWith("*")) {
      keys.push(part.slice(1));
      return "(.+)";
    }
    return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }).join("/");
  return { method, pattern: new RegExp(`^${source}$`), keys, handler };
}
function match(routes, method, path6) {
  for (const r of routes) {
    if (r.method !== method) continue;
    const m = r.pattern.exec(path6);
    if (!m) continue;
    const params = {};
    r.keys.forEach((k, i) => {
      params[k] = safeDecode(m[i + 1] ?? "");
    });
    return { route: r, params };
  }
  return void 0;
}
function safeDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
function readBody(req, cap) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let bytes = 0;
    let tooLarge = false;
    req.on("data", (chunk) => {
      bytes += chunk.length;
      if (tooLarge) return;
      if (bytes > cap) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve({ ...tooLarge ? {} : { body: Buffer.concat(chunks) }, tooLarge, bytes }));
    req.on("error", reject);
  });
}
function send(res, reply) {
  const headers = { ...reply.headers };
  let payload;
  if (reply.bytes) {
    payload = reply.bytes;
    headers["Content-Type"] = reply.contentType ?? "application/octet-stream";
  } else {
    payload = Buffer.from(JSON.stringify(reply.json ?? null));
    headers["Content-Type"] = reply.contentType ?? "application/json; charset=utf-8";
  }
  headers["Content-Length"] = String(payload.length);
  res.writeHead(reply.status, headers);
  res.end(payload);
}
async function parseForm(req) {
  const type = String(req.headers["content-type"] ?? "");
  if (!/^multipart\/form-data/i.test(type))
    return { error: "request Content-Type isn't multipart/form-data" };
  try {
    return await new Response(req.body ?? Buffer.alloc(0), { headers: { "content-type": type } }).formData();
  } catch (error2) {
    return { error: `multipart: ${error2.message}` };
  }
}
function cookies(req) {
  const out = /* @__PURE__ */ new Map();
  for (const part of String(req.headers.cookie ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    out.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return out;
}
function jsonBody(req, exact = true) {
  const type = String(req.headers["content-type"] ?? "");
  if (exact ? type !== "application/json" : !/^application\/json/i.test(type)) return void 0;
  try {
    return JSON.parse((req.body ?? Buffer.alloc(0)).toString("utf8"));
  } catch {
    return void 0;
  }
}
var REFRESH_TTL_MS = 30 * 24 * 3600 * 1e3;
var LOCK_AFTER = 5;
var LOCK_MS = 24 * 3600 * 1e3;
var UNAUTHORIZED_CSRF = "CSRF token is missing or invalid.";
var ConsoleAuth = class {
  constructor(options) {
    this.options = options;
    this.scheme = options.scheme ?? "cookie";
    this.now = options.now ?? Date.now;
  }
  options;
  access = /* @__PURE__ */ new Map();
  refresh = /* @__PURE__ */ new Map();
  csrf = /* @__PURE__ */ new Map();
  failures = /* @__PURE__ */ new Map();
  scheme;
  now;
  account(email) {
    return this.options.accounts.find((a) => a.email.toLowerCase() === email.toLowerCase());
  }
  /** `POST /console/api/login`. */
  login(body) {
    if (!isObject(body))
      return error(400, "bad_request", "Invalid JSON payload received or JSON payload is empty.");
    const email = typeof body.email === "string" ? body.email : "";
    if (!/^[^@\s]+@[^@\s]+$/.test(email))
      return error(400, "invalid_param", `${email} is not a valid email.`);
    if (typeof body.password !== "string") return error(400, "invalid_param", "Field required");
    let password = body.password;
    if ((this.options.passwordEncoding ?? "base64") === "base64") {
      const decoded = decodeBase64(password);
      if (decoded === void 0) return error(401, "authentication_failed", "Invalid encrypted data");
      password = decoded;
    }
    const lock = this.failures.get(email.toLowerCase());
    if (lock && lock.count >= LOCK_AFTER && lock.until > this.now())
      return error(
        429,
        "email_code_login_limit",
        "Too many incorrect password attempts. Please try again later."
      );
    const account = this.account(email);
    if (!account || account.password !== password) {
      const f = lock && lock.until > this.now() ? lock : { count: 0, until: this.now() + LOCK_MS };
      f.count++;
      this.failures.set(email.toLowerCase(), f);
      return error(401, "authentication_failed", "Invalid email or password.");
    }
    this.failures.delete(email.toLowerCase());
    return this.issue(account.email, { result: "success" });
  }
  /** `POST /console/api/refresh-token`: a one-time refresh token for a new set. */
  refreshTokens(req, body) {
    const given = this.scheme === "cookie" ? this.cookie(req, "refresh_token") : isObject(body) && typeof body.refresh_token === "string" ? body.refresh_token : void 0;
    if (!given) return { status: 401, json: { result: "fail", message: "No refresh token provided" } };
    const token2 = this.refresh.get(given);
    this.refresh.delete(given);
    if (!token2 || token2.expires < this.now())
      return { status: 401, json: { result: "fail", message: "Invalid refresh token" } };
    return this.issue(token2.email, { result: "success" });
  }
  logout() {
    const clear = ["access_token", "refresh_token", "csrf_token"].map((n) => this.setCookie(n, "", 0));
    return { status: 200, json: { result: "success" }, headers: { "Set-Cookie": clear } };
  }
  /** The account of an authenticated request, or the 401 answer (`login_required` + the CSRF check). */
  authenticate(req) {
    const header = String(req.headers.authorization ?? "");
    const bearer = /^bearer\s+(\S+)$/i.exec(header)?.[1];
    const given = (this.scheme === "cookie" ? this.cookie(req, "access_token") : void 0) ?? bearer;
    if (!given) return { reply: error(401, "unauthorized", "Invalid Authorization token.") };
    const token2 = this.access.get(given);
    if (!token2) return { reply: error(401, "unauthorized", "Invalid Authorization token.") };
    if (token2.expires < this.now()) return { reply: error(401, "unauthorized", "Token has expired.") };
    const account = this.account(token2.email);
    if (!account) return { reply: error(401, "unauthorized", "Unauthorized.") };
    if (this.scheme === "cookie") {
      const headerCsrf = req.headers["x-csrf-token"];
      const cookieCsrf = this.cookie(req, "csrf_token");
      const valid = typeof headerCsrf === "string" ? this.csrf.get(headerCsrf) : void 0;
      if (!headerCsrf || headerCsrf !== cookieCsrf || !valid || valid.email !== account.email || valid.expires < this.now()) {
        return { reply: error(401, "unauthorized", UNAUTHORIZED_CSRF) };
      }
    }
    return { account };
  }
  issue(email, body) {
    const ttl = this.options.accessTokenTtlMs ?? 36e5;
    const access = token();
    const refresh = token();
    const csrf = token();
    const at = this.now();
    this.access.set(access, { email, expires: at + ttl });
    this.refresh.set(refresh, { email, expires: at + REFRESH_TTL_MS });
    this.csrf.set(csrf, { email, expires: at + ttl });
    if (this.scheme === "bearer") {
      return { status: 200, json: { ...body, data: { access_token: access, refresh_token: refresh } } };
    }
    const seconds = Math.round(ttl / 1e3);
    return {
      status: 200,
      json: body,
      headers: {
        "Set-Cookie": [
          this.setCookie("access_token", access, seconds, true),
          this.setCookie("refresh_token", refresh, REFRESH_TTL_MS / 1e3, true),
          this.setCookie("csrf_token", csrf, seconds, false)
        ]
      }
    };
  }
  name(cookie) {
    return this.options.secureCookies ? `__Host-${cookie}` : cookie;
  }
  cookie(req, name) {
    return cookies(req).get(this.name(name));
  }
  setCookie(name, value, maxAge, httpOnly = true) {
    const parts = [`${this.name(name)}=${value}`, "Path=/", "SameSite=Lax", `Max-Age=${maxAge}`];
    if (httpOnly) parts.push("HttpOnly");
    if (this.options.secureCookies) parts.push("Secure");
    return parts.join("; ");
  }
};
function error(status, code, message) {
  return { status, json: { code, message, status } };
}
function token() {
  return (0, import_node_crypto.randomBytes)(32).toString("base64url");
}
function decodeBase64(text) {
  const stripped = text.replace(/[^A-Za-z0-9+/=]/g, "");
  if (stripped.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(stripped)) return void 0;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(stripped, "base64"));
  } catch {
    return void 0;
  }
}
function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function success(data) {
  return { code: 0, message: "success", data };
}
var DaemonFailure = class extends Error {
  constructor(code, errorType, message, httpStatus = 200) {
    super(message);
    this.code = code;
    this.errorType = errorType;
    this.httpStatus = httpStatus;
  }
  code;
  errorType;
  httpStatus;
  envelope() {
    return {
      code: this.code,
      message: JSON.stringify({ message: this.message, error_type: this.errorType, args: null }),
      data: null
    };
  }
};
var badRequest = (message, httpStatus = 200) => new DaemonFailure(-400, "PluginDaemonBadRequestError", message, httpStatus);
var notFound = (message) => new DaemonFailure(-404, "PluginDaemonNotFoundError", message);
var internalError = (message, httpStatus = 200) => new DaemonFailure(-500, "PluginDaemonInternalServerError", message, httpStatus);
var unauthorized = () => new DaemonFailure(-401, "PluginDaemonUnauthorizedError", "unauthorized", 401);
function joined(...messages) {
  return messages.filter(Boolean).join("\n");
}
var FORBIDDEN = "You don't have the permission to access the requested resource. It is either read-protected or not readable by the server.";
var P = "/console/api/workspaces/current/plugin";
function consoleRoutes(core, o) {
  const tenant = o.tenant;
  const permission = () => core.store.permission(tenant) ?? { install_permission: "everyone", debug_permission: "everyone" };
  const authed = (method, path6, handler, install = false) => route(method, path6, async (req) => {
    const auth = o.auth.authenticate(req);
    if ("reply" in auth) return auth.reply;
    if (install && !allowed(permission().install_permission, auth.account))
      return error(403, "forbidden", FORBIDDEN);
    try {
      const out = await handler(req, auth.account);
      return isReply(out) ? out : { status: 200, json: out };
    } catch (e) {
      if (e instanceof DaemonFailure) return daemonFailure(e);
      throw e;
    }
  });
  const category = (d) => ({ ...d, category: categoryOf(d) });
  return [
    route("POST", "/console/api/login", (req) => o.auth.login(jsonBody(req, false))),
    route("POST", "/console/api/refresh-token", (req) => o.auth.refreshTokens(req, jsonBody(req, false))),
    route("POST", "/console/api/logout", () => o.auth.logout()),
    route("GET", "/console/api/version", (req) => {
      if (!req.query.get("current_version"))
        return {
          status: 400,
          json: { message: { current_version: "Missing required parameter in the query string" } }
        };
      return {
        status: 200,
        json: {
          version: o.difyVersion,
          release_date: "",
          release_notes: "",
          can_auto_update: false,
          features: { can_replace_logo: false, model_load_balancing_enabled: false }
        }
      };
    }),
    // PluginDebuggingKeyApi (plugin_permission_required(debug_required=True)): the key and where to connect.
    authed("GET", `${P}/debugging-key`, (_req, account) => {
      if (!allowed(permission().debug_permission, account)) return error(403, "forbidden", FORBIDDEN);
      return o.debugging ?? { key: `embedded-${tenant}`, host: "localhost", port: 5003 };
    }),
    authed("GET", "/console/api/workspaces", () => ({
      workspaces: [
        {
          id: tenant,
          name: o.workspaceName,
          plan: "sandbox",
          status: "normal",
          created_at: o.createdAt,
          current: true
        }
      ]
    })),
    authed("POST", "/console/api/workspaces/current", (_req, account) => ({
      id: tenant,
      name: o.workspaceName,
      plan: "sandbox",
      status: "normal",
      created_at: o.createdAt,
      role: account.role ?? "owner",
      in_trial: null,
      trial_end_reason: null,
      custom_config: {}
    })),
    authed("GET", `${P}/permission/fetch`, () => permission()),
    authed("POST", `${P}/permission/change`, (req, account) => {
      if (!isAdmin(account)) return error(403, "forbidden", FORBIDDEN);
      const body = object(jsonBody(req, false));
      const values = ["everyone", "admins", "noone"];
      const install = String(body.install_permission ?? "everyone");
      const debug = String(body.debug_permission ?? "everyone");
      if (!values.includes(install) || !values.includes(debug))
        return error(
          400,
          "invalid_param",
          `'${values.includes(install) ? debug : install}' is not a valid permission`
        );
      core.store.setPermission(tenant, {
        install_permission: install,
        debug_permission: debug
      });
      return { success: true };
    }),
    authed(
      "POST",
      `${P}/upload/pkg`,
      async (req) => {
        if (req.tooLarge) return error(400, "invalid_param", "File size exceeds the maximum allowed size");
        const form = await parseForm(req);
        const file = "error" in form ? void 0 : form.get("pkg");
        if (!(file instanceof Blob))
          return error(
            400,
            "bad_request",
            "The browser (or proxy) sent a request that this server could not understand."
          );
        if (file.size > o.maxUploadBytes)
          return error(400, "invalid_param", "File size exceeds the maximum allowed size");
        const uploaded = await core.upload(Buffer.from(await file.arrayBuffer()), false);
        return { ...uploaded, manifest: category(uploaded.manifest) };
      },
      true
    ),
    authed(
      "POST",
      `${P}/install/pkg`,
      (req) => {
        const body = jsonBody(req, false);
        const ids = object(body).plugin_unique_identifiers;
        if (!Array.isArray(ids) || ids.some((i) => typeof i !== "string"))
          return error(
            400,
            "invalid_param",
            "plugin_unique_identifiers: Input should be a valid list of strings"
          );
        for (const id of ids) core.decoded(id);
        if (ids.length !== 1)
          throw badRequest("the number of metas must be equal to the number of plugin unique identifiers");
        return core.install(tenant, ids, "package", [{}]);
      },
      true
    ),
    authed(
      "GET",
      `${P}/fetch-manifest`,
      (req) => ({
        manifest: category(core.manifest(req.query.get("plugin_unique_identifier") ?? ""))
      }),
      true
    ),
    authed(
      "GET",
      `${P}/tasks`,
      (req) => {
        const page = Number(req.query.get("page") ?? 1) || 1;
        const size = Math.min(256, Number(req.query.get("page_size") ?? 256) || 256);
        return { tasks: core.tasks(tenant, page, size) };
      },
      true
    ),
    authed("POST", `${P}/tasks/delete_all`, () => ({ success: core.deleteAllTasks(tenant) }), true),
    authed("GET", `${P}/tasks/:id`, (req) => ({ task: core.task(tenant, req.params.id) }), true),
    authed(
      "POST",
      `${P}/tasks/:id/delete`,
      (req) => ({ success: core.deleteTask(tenant, req.params.id) }),
      true
    ),
    authed(
      "POST",
      `${P}/tasks/:id/delete/*identifier`,
      (req) => ({ success: core.deleteTaskItem(tenant, req.params.id, req.params.identifier) }),
      true
    ),
    authed("GET", `${P}/list`, (req) => {
      const page = Number(req.query.get("page") ?? 1) || 1;
      const size = Math.min(256, Number(req.query.get("page_size") ?? 256) || 256);
      const { list: list2, total } = core.list(tenant, page, size);
      return {
        plugins: list2.map((p) => ({ ...p, declaration: category(p.declaration) })),
        total
      };
    }),
    authed("POST", `${P}/list/installations/ids`, (req) => {
      const ids = object(jsonBody(req, false)).plugin_ids;
      if (!Array.isArray(ids)) return error(400, "invalid_param", "plugin_ids: Field required");
      return { plugins: core.batch(tenant, ids.map(String)) };
    }),
    authed(
      "POST",
      `${P}/uninstall`,
      async (req) => {
        const id = object(jsonBody(req, false)).plugin_installation_id;
        if (typeof id !== "string")
          return error(400, "invalid_param", "plugin_installation_id: Field required");
        return { success: await core.uninstall(tenant, id) };
      },
      true
    )
  ];
}
function daemonFailure(e) {
  if (e.errorType === "PluginDaemonInternalServerError")
    return { status: 500, json: { message: "Internal Server Error", code: "unknown", status: 500 } };
  return { status: 400, json: { code: "plugin_error", message: e.message } };
}
function allowed(setting, account) {
  if (setting === "noone") return false;
  if (setting === "admins") return isAdmin(account);
  return true;
}
function isAdmin(account) {
  return (account.role ?? "owner") === "owner" || account.role === "admin";
}
function categoryOf(d) {
  const has = (k) => d[k] !== null && typeof d[k] === "object";
  if (has("tool")) return "tool";
  if (has("model")) return "model";
  if (has("datasource")) return "datasource";
  if (has("agent_strategy")) return "agent-strategy";
  if (has("trigger")) return "trigger";
  return "extension";
}
function object(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? v : {};
}
function isReply(v) {
  return v !== null && typeof v === "object" && typeof v.status === "number" && "json" in v;
}
var DecodeError = class extends Error {
};
var MANIFEST_FIELDS = [
  "version",
  "type",
  "author",
  "name",
  "label",
  "description",
  "icon",
  "icon_dark",
  "resource",
  "plugins",
  "meta",
  "tags",
  "created_at",
  "privacy",
  "repo"
];
var EXTENSION_KEYS = ["tools", "models", "endpoints", "agent_strategies", "datasources", "triggers"];
async function decodeManifest(pkg) {
  const names = new Set(pkg.entries.map((e) => e.name));
  const read = async (file) => {
    if (!names.has(file)) throw new DecodeError(`open ${file}: file does not exist`);
    return pkg.read(file);
  };
  const parse = (file, bytes) => {
    const yaml = (0, import_chunk_R6ZEAHMN.parseYamlBytes)(file, bytes);
    if (yaml.problems.length > 0) throw new DecodeError(`yaml: ${yaml.problems[0].message}`);
    return yaml;
  };
  const load = async (file, readWhat, parseWhat = readWhat) => {
    let bytes;
    try {
      bytes = await read(file);
    } catch (error2) {
      throw new DecodeError(joined(error2.message, `failed to read ${readWhat} file: ${file}`));
    }
    try {
      return parse(file, bytes).value ?? {};
    } catch (error2) {
      throw new DecodeError(
        joined(error2.message, `failed to unmarshal ${parseWhat} file: ${file}`)
      );
    }
  };
  const manifest = parse("manifest.yaml", await read("manifest.yaml"));
  const raw = isObject2(manifest.value) ? manifest.value : {};
  const declaration = {};
  for (const key2 of MANIFEST_FIELDS) {
    if (!(key2 in raw)) continue;
    declaration[key2] = ["version", "author", "name"].includes(key2) ? manifest.scalarText(`/${key2}`) ?? raw[key2] : raw[key2];
  }
  for (const key2 of ["version", "type", "author", "name", "icon", "icon_dark"])
    if (declaration[key2] === void 0) declaration[key2] = "";
  const plugins = isObject2(raw.plugins) ? raw.plugins : {};
  declaration.plugins = Object.fromEntries(
    EXTENSION_KEYS.map((k) => [k, Array.isArray(plugins[k]) ? plugins[k].map(String) : null])
  );
  if (!Array.isArray(declaration.tags)) declaration.tags = [];
  const files = (kind) => Array.isArray(plugins[kind]) ? plugins[kind].map(String) : [];
  for (const file of files("tools")) {
    const provider = obj(await load(file, "tool", "plugin"));
    const tools = [];
    for (const item of list(provider.tools)) {
      if (typeof item === "string") tools.push(await load(item, "tool"));
      else if (isObject2(item)) tools.push(item);
    }
    const credentials = provider.credentials_schema ?? provider.credentials_for_provider;
    declaration.tool = {
      identity: provider.identity ?? {},
      credentials_schema: isObject2(credentials) ? Object.entries(credentials).map(([name, c]) => ({ ...isObject2(c) ? c : {}, name })) : Array.isArray(credentials) ? credentials : [],
      oauth_schema: provider.oauth_schema ?? null,
      tools
    };
  }
  for (const file of files("endpoints")) {
    const provider = obj(await load(file, "endpoint", "plugin"));
    declaration.endpoint = { ...provider, endpoints: await children(provider.endpoints, "endpoint", load) };
  }
  for (const file of files("models")) declaration.model = await loadModel(file, pkg, load);
  for (const file of files("agent_strategies")) {
    const provider = obj(await load(file, "agent strategy", "plugin"));
    declaration.agent_strategy = {
      ...provider,
      strategies: await children(provider.strategies, "agent strategy", load)
    };
  }
  for (const file of files("datasources")) {
    const provider = obj(await load(file, "datasource", "plugin"));
    declaration.datasource = {
      ...provider,
      datasources: await children(provider.datasources, "datasource", load)
    };
  }
  for (const file of files("triggers")) {
    const provider = obj(await load(file, "trigger", "plugin"));
    declaration.trigger = { ...provider, events: await children(provider.events, "event", load) };
  }
  fillDefaults(declaration);
  return { declaration, manifest };
}
async function children(items, what, load) {
  const out = [];
  for (const item of list(items)) {
    if (typeof item === "string") out.push(await load(item, what));
    else if (isObject2(item)) out.push(item);
  }
  return out;
}
async function loadModel(file, pkg, load) {
  const provider = obj(await load(file, "model", "plugin"));
  const models = isObject2(provider.models) ? provider.models : {};
  const position = {};
  const patterns = [];
  for (const type of import_chunk_RSCBOPBN.POSITION_TYPES) {
    const entry = models[type];
    if (!isObject2(entry)) continue;
    if (typeof entry.position === "string" && entry.position !== "") {
      const what = `${type.replace("_", " ")} position`;
      position[type] = await load(entry.position, what);
    }
    for (const p of list(entry.predefined)) if (typeof p === "string") patterns.push(p);
  }
  const loaded = [];
  for (const { name } of pkg.entries) {
    if (name.endsWith("_position.yaml")) continue;
    for (const pattern of patterns) if ((0, import_chunk_GMYZR33R.goMatch)(pattern, name)) loaded.push(await load(name, "model"));
  }
  const { models: _files, ...rest } = provider;
  return { ...rest, ...Object.keys(position).length > 0 ? { position } : {}, models: loaded };
}
function fillDefaults(d) {
  for (const kind of ["tool", "trigger"]) {
    const provider = d[kind];
    if (!isObject2(provider)) continue;
    const identity = isObject2(provider.identity) ? provider.identity : {};
    provider.identity = identity;
    const description = isObject2(identity.description) ? identity.description : {};
    if (!description.en_US) identity.description = d.description ?? {};
    if (!Array.isArray(identity.tags) || identity.tags.length === 0) identity.tags = d.tags ?? [];
  }
  if (isObject2(d.model) && d.model.description === void 0) d.model.description = d.description ?? {};
}
function isObject2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function obj(value) {
  return isObject2(value) ? value : {};
}
function list(value) {
  return Array.isArray(value) ? value : [];
}
var RemapError = class extends Error {
};
var LOCALES = ["en_US", "zh_Hans", "ja_JP", "pt_BR"];
async function readAssets(pkg) {
  const out = /* @__PURE__ */ new Map();
  for (const { name } of pkg.entries) {
    if (!name.startsWith("_assets/")) continue;
    out.set(name.slice("_assets/".length), await pkg.read(name));
  }
  return out;
}
function assetId(name, content) {
  const hash = (0, import_node_crypto2.createHash)("sha256").update(content).update(name, "utf8").digest("hex");
  return hash + import_node_path2.default.posix.extname(name);
}
function remapAssets(declaration, assets) {
  const stored = /* @__PURE__ */ new Map();
  const ids = /* @__PURE__ */ new Map();
  const remap = (name, what) => {
    const known = ids.get(name);
    if (known) return known;
    const content = assets.get(name);
    if (!content) throw new RemapError(joined(`file not found: ${name}`, `failed to remap ${what}`));
    const id = assetId(name, content);
    stored.set(id, content);
    ids.set(name, id);
    return id;
  };
  const field = (o, key2, what) => {
    if (isObject2(o) && typeof o[key2] === "string" && o[key2] !== "") o[key2] = remap(o[key2], what);
  };
  const model = declaration.model;
  if (isObject2(model)) {
    for (const [key2, what] of [
      ["icon_small", "model icon small"],
      ["icon_large", "model icon large"],
      ["icon_small_dark", "model icon small dark"],
      ["icon_large_dark", "model icon large dark"]
    ]) {
      const icon = model[key2];
      if (!isObject2(icon)) continue;
      for (const locale of LOCALES) field(icon, locale, `${what} ${locale}`);
    }
  }
  for (const [kind, what] of [
    ["tool", "tool icon"],
    ["agent_strategy", "agent icon"]
  ]) {
    const identity = isObject2(declaration[kind]) ? declaration[kind].identity : void 0;
    field(identity, "icon", what);
    field(identity, "icon_dark", `${what} dark`);
  }
  const datasource = declaration.datasource;
  if (isObject2(datasource)) {
    field(datasource.identity, "icon", "datasource icon");
    for (const item of Array.isArray(datasource.datasources) ? datasource.datasources : [])
      if (isObject2(item)) field(item.identity, "icon", "datasource step icon");
  }
  const trigger = isObject2(declaration.trigger) ? declaration.trigger.identity : void 0;
  field(trigger, "icon", "trigger icon");
  field(trigger, "icon_dark", "trigger icon dark");
  field(declaration, "icon", "plugin icon");
  field(declaration, "icon_dark", "plugin dark icon");
  return stored;
}
var UUID = /^(urn:uuid:)?\{?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\}?$/i;
var AUTHOR = /^[a-z0-9_-]{1,64}$/;
var NAME = /^[a-z0-9_-]{1,128}$/;
var DECODE_FAILED = "failed to decode package";
var SAVE_FAILED = "failed to save package";
async function decodeUpload(bytes, policy, verifySignature) {
  const file = "the uploaded package";
  let pkg;
  try {
    pkg = await (0, import_chunk_MYI4MX5U.openPackageBuffer)(bytes, file, { maxUncompressed: policy.maxBytes, requireManifest: false });
  } catch (error2) {
    throw readFailure(error2, policy.maxBytes);
  }
  try {
    return await decodeOpen(pkg, policy, verifySignature);
  } catch (error2) {
    if (error2 instanceof DecodeError) throw badRequest(error2.message);
    if (error2 instanceof import_chunk_MYI4MX5U.BadPackageError) throw readFailure(error2, policy.maxBytes);
    throw error2;
  } finally {
    await pkg.close();
  }
}
async function decodeOpen(pkg, policy, verifySignature) {
  const { declaration } = await decodeManifest(pkg);
  if (pkg.directories.length > 0)
    throw badRequest(`read ${pkg.directories[0].replace(/\/$/, "")}: is a directory`);
  const verify = await (0, import_chunk_CIGYBCEM.verifyPackage)(pkg, policy.keys);
  const checksum = (0, import_chunk_PD4DO7MN.checksumOf)(verify.hashes);
  const author = String(declaration.author ?? "");
  const name = String(declaration.name ?? "");
  const version = String(declaration.version ?? "");
  const identifier = `${author ? `${author}/` : ""}${name}:${version}@${checksum}`;
  if (!import_chunk_PD4DO7MN.IDENTIFIER_PATTERN.test(identifier))
    throw badRequest(`plugin_unique_identifier is not valid: ${identifier}`);
  if (UUID.test(author)) throw badRequest("cannot set author to an UUID");
  const invalid = manifestProblem(declaration);
  if (invalid) throw badRequest(joined(invalid, "illegal plugin manifest", DECODE_FAILED));
  const verified = verify.status === "verified";
  if ((policy.forceVerify || verifySignature) && !verified) {
    throw badRequest(
      "plugin verification has been enabled, and the plugin you want to install has a bad signature"
    );
  }
  declaration.verified = verified;
  let assets;
  try {
    assets = remapAssets(declaration, await readAssets(pkg));
  } catch (error2) {
    if (error2 instanceof RemapError) throw badRequest(joined(error2.message, SAVE_FAILED));
    throw error2;
  }
  return {
    identifier,
    pluginId: identifier.slice(0, identifier.indexOf(":")),
    declaration,
    verification: verified ? { authorized_category: verify.category ?? "langgenius" } : null,
    verified,
    assets
  };
}
function manifestProblem(d) {
  if (!AUTHOR.test(String(d.author ?? "")))
    return "author must be alphanumeric and less than 64 characters: ^[a-z0-9_-]{1,64}$";
  if (!NAME.test(String(d.name ?? "")))
    return "plugin name must be alphanumeric and less than 128 characters: ^[a-z0-9_-]{1,128}$";
  const has = (k) => isObject2(d[k]);
  const [endpoint, model, tool, strategy, datasource, trigger] = [
    "endpoint",
    "model",
    "tool",
    "agent_strategy",
    "datasource",
    "trigger"
  ].map(has);
  if (!endpoint && !model && !tool && !strategy && !datasource && !trigger)
    return "at least one of endpoint, model, tool, agent_strategy, trigger, or datasource must be provided";
  if (model && (datasource || tool || endpoint || strategy || trigger))
    return "model and datasource, tool, endpoint, trigger, or agent_strategy cannot be provided at the same time";
  if (strategy && (tool || model || endpoint || datasource || trigger))
    return "agent_strategy and tool, model, endpoint, trigger, or datasource cannot be provided at the same time";
  if (datasource && (tool || model || endpoint || strategy || trigger))
    return "datasource and tool, model, endpoint, trigger, or agent_strategy cannot be provided at the same time";
  if (trigger && (tool || model || endpoint || strategy || datasource))
    return "trigger and tool, model, endpoint, or agent_strategy cannot be provided at the same time";
  return void 0;
}
function readFailure(error2, maxBytes) {
  if (!(error2 instanceof import_chunk_MYI4MX5U.BadPackageError)) return badRequest(error2?.message ?? String(error2));
  const { kind, entry } = error2.reason;
  switch (kind) {
    case "not-zip":
      return badRequest("difypkg: not a valid difypkg file");
    case "too-large":
      return badRequest(
        `plugin package size is too large, please ensure the uncompressed size is less than ${maxBytes} bytes`
      );
    case "unsafe-name":
      return badRequest(`open ${entry ?? ""}: invalid argument`);
    case "bomb":
      return badRequest("zip: not a valid zip file");
    case "damaged":
      return badRequest(/CRC/.test(error2.message) ? "zip: checksum error" : "zip: not a valid zip file");
    default:
      return badRequest(error2.message);
  }
}
function lockDirectory(dir, pid) {
  const file = import_node_path4.default.join(dir, "daemon.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      (0, import_node_fs3.writeFileSync)(file, `${pid}
`, { flag: "wx", mode: 384 });
      return;
    } catch (error2) {
      if (error2.code !== "EEXIST") throw error2;
      const other = Number((0, import_node_fs3.readFileSync)(file, "utf8").trim());
      if (Number.isInteger(other) && other > 0 && other !== pid && alive(other)) {
        throw new import_chunk_NG6BV4S6.EnvironmentError(
          `another embedded daemon (process ${other}) is using the data directory ${dir}`,
          "Stop it, or give this one another --data directory."
        );
      }
      (0, import_node_fs3.unlinkSync)(file);
    }
  }
}
function unlockDirectory(dir, pid) {
  const file = import_node_path4.default.join(dir, "daemon.lock");
  try {
    if (Number((0, import_node_fs3.readFileSync)(file, "utf8").trim()) === pid) (0, import_node_fs3.unlinkSync)(file);
  } catch {
  }
}
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error2) {
    return error2.code === "EPERM";
  }
}
var SUCCESS_TASK_TTL_MS = 12e4;
var RESTART_REASON = "the embedded daemon stopped while this task was running (killed or crashed); it was failed on restart: install again";
var DECLARATION_CACHE = 64;
var DaemonStore = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  state = empty();
  cache = /* @__PURE__ */ new Map();
  /** Tasks failed at load because their process had died. */
  recovered = [];
  /**
   * Create the directory layout, take the lock (a second daemon on the directory is refused), read
   * the state, fail what a dead process left running.
   */
  load(now, pid = process.pid) {
    try {
      for (const sub of ["packages", "declarations", "assets", "tmp", "cwd"]) {
        (0, import_node_fs2.mkdirSync)(import_node_path3.default.join(this.dir, sub), { recursive: true });
      }
    } catch (error2) {
      throw new import_chunk_NG6BV4S6.EnvironmentError(`cannot create the data directory ${this.dir}: ${(0, import_chunk_NG6BV4S6.errorMessage)(error2)}`);
    }
    this.lock(pid);
    const file = this.stateFile();
    if ((0, import_node_fs2.existsSync)(file)) {
      let parsed;
      try {
        parsed = JSON.parse((0, import_node_fs2.readFileSync)(file, "utf8"));
      } catch (error2) {
        this.unlock(pid);
        throw new import_chunk_NG6BV4S6.EnvironmentError(
          `${file} cannot be read as the embedded daemon's state: ${(0, import_chunk_NG6BV4S6.errorMessage)(error2)}`,
          "It is written atomically, so this is not a crash: restore it from a backup or move the data directory away."
        );
      }
      this.state = { ...empty(), ...parsed };
    }
    const stamp = now.toISOString();
    this.recovered = [];
    for (const task of Object.values(this.state.tasks)) {
      if (task.status === "success" && now.getTime() - Date.parse(task.updated_at) > SUCCESS_TASK_TTL_MS) {
        delete this.state.tasks[task.id];
        continue;
      }
      if (task.status !== "pending" && task.status !== "running") continue;
      task.status = "failed";
      task.updated_at = stamp;
      for (const p of task.plugins) {
        if (p.status === "success") continue;
        p.status = "failed";
        p.message = RESTART_REASON;
      }
      this.recovered.push(task.id);
    }
    this.save();
  }
  /** Write the state; `durable: false` for progress notes (whole after a crash, not flushed to disk). */
  save(durable = true) {
    (0, import_chunk_TPCKOOU5.writeAtomic)(this.stateFile(), `${JSON.stringify(this.state)}
`, 384, { fsync: durable });
  }
  // Packages, declarations, assets --------------------------------------------------------------
  packagePath(identifier) {
    return import_node_path3.default.join(this.dir, "packages", `${key(identifier)}.difypkg`);
  }
  hasPackage(identifier) {
    return (0, import_node_fs2.existsSync)(this.packagePath(identifier));
  }
  putPackage(identifier, bytes) {
    (0, import_chunk_TPCKOOU5.writeAtomic)(this.packagePath(identifier), bytes, 384);
  }
  putAsset(id, bytes) {
    const target = this.assetPath(id);
    if (!(0, import_node_fs2.existsSync)(target)) (0, import_chunk_TPCKOOU5.writeAtomic)(target, bytes, 420);
  }
  assetPath(id) {
    return import_node_path3.default.join(this.dir, "assets", import_node_path3.default.basename(id));
  }
  /** Record an uploaded package's declaration (its package file must be written first). */
  putDeclaration(identifier, declaration, index) {
    (0, import_chunk_TPCKOOU5.writeAtomic)(this.declarationPath(identifier), JSON.stringify(declaration), 384);
    if (!this.state.declarations[identifier]) {
      this.state.declarations[identifier] = index;
      this.save();
    }
    this.remember(identifier, declaration);
  }
  declarationIndex(identifier) {
    return this.state.declarations[identifier];
  }
  /** The declaration of an uploaded identifier (a few kept in memory, the rest read from disk). */
  declaration(identifier) {
    if (!this.state.declarations[identifier]) return void 0;
    const cached = this.cache.get(identifier);
    if (cached) {
      this.cache.delete(identifier);
      this.cache.set(identifier, cached);
      return cached;
    }
    try {
      const parsed = JSON.parse((0, import_node_fs2.readFileSync)(this.declarationPath(identifier), "utf8"));
      this.remember(identifier, parsed);
      return parsed;
    } catch {
      return void 0;
    }
  }
  // Plugin records (a runtime exists for the identifier) ----------------------------------------
  plugin(identifier) {
    return this.state.plugins[identifier];
  }
  // Installations ------------------------------------------------------------------------------
  installations(tenant) {
    return Object.values(this.state.installations[tenant] ?? {}).sort(
      (a, b) => a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0
    );
  }
  installationByPluginId(tenant, pluginId2) {
    return this.state.installations[tenant]?.[pluginId2];
  }
  installationById(tenant, id) {
    return Object.values(this.state.installations[tenant] ?? {}).find((i) => i.id === id);
  }
  /** Every identifier some tenant has installed (runtimes to start after a restart). */
  installedIdentifiers() {
    const out = /* @__PURE__ */ new Set();
    for (const byId of Object.values(this.state.installations))
      for (const i of Object.values(byId)) out.add(i.plugin_unique_identifier);
    return [...out];
  }
  /** Install (or replace) a tenant's installation of a plugin id; with `task`, in the same write. */
  setInstallation(record, task) {
    if (!this.state.installations[record.tenant_id]) this.state.installations[record.tenant_id] = {};
    const byId = this.state.installations[record.tenant_id];
    const before = byId[record.plugin_id];
    if (before && before.plugin_unique_identifier !== record.plugin_unique_identifier)
      this.unrefer(before.plugin_unique_identifier);
    if (!before || before.plugin_unique_identifier !== record.plugin_unique_identifier)
      this.refer(record.plugin_unique_identifier, record.created_at);
    byId[record.plugin_id] = record;
    if (task) this.state.tasks[task.id] = task;
    this.save();
  }
  /** Remove an installation; returns whether the identifier is still installed anywhere. */
  removeInstallation(tenant, pluginId2) {
    const byId = this.state.installations[tenant];
    const record = byId?.[pluginId2];
    if (!byId || !record) return void 0;
    delete byId[pluginId2];
    this.unrefer(record.plugin_unique_identifier);
    this.save();
    return {
      identifier: record.plugin_unique_identifier,
      stillUsed: Boolean(this.state.plugins[record.plugin_unique_identifier])
    };
  }
  // Tasks --------------------------------------------------------------------------------------
  task(id) {
    return this.state.tasks[id];
  }
  tasks(tenant) {
    return Object.values(this.state.tasks).filter((t) => t.tenant_id === tenant).sort((a, b) => a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0);
  }
  putTask(task, durable = true) {
    this.state.tasks[task.id] = task;
    this.save(durable);
  }
  deleteTask(id) {
    if (!this.state.tasks[id]) return;
    delete this.state.tasks[id];
    this.save();
  }
  deleteTasks(tenant) {
    for (const t of Object.values(this.state.tasks))
      if (t.tenant_id === tenant) delete this.state.tasks[t.id];
    this.save();
  }
  // Console permissions ------------------------------------------------------------------------
  permission(tenant) {
    return this.state.permissions[tenant];
  }
  setPermission(tenant, permission) {
    this.state.permissions[tenant] = permission;
    this.save();
  }
  // -------------------------------------------------------------------------------------------
  /** A scratch file for an upload in progress (deleted by the caller; stale ones at start). */
  tempFile(name) {
    return import_node_path3.default.join(this.dir, "tmp", name);
  }
  clearTemp() {
    (0, import_node_fs2.rmSync)(import_node_path3.default.join(this.dir, "tmp"), { recursive: true, force: true });
    (0, import_node_fs2.mkdirSync)(import_node_path3.default.join(this.dir, "tmp"), { recursive: true });
  }
  lock(pid) {
    lockDirectory(this.dir, pid);
  }
  unlock(pid) {
    unlockDirectory(this.dir, pid);
  }
  stateFile() {
    return import_node_path3.default.join(this.dir, "state.json");
  }
  declarationPath(identifier) {
    return import_node_path3.default.join(this.dir, "declarations", `${key(identifier)}.json`);
  }
  remember(identifier, declaration) {
    this.cache.set(identifier, declaration);
    while (this.cache.size > DECLARATION_CACHE) this.cache.delete(this.cache.keys().next().value);
  }
  refer(identifier, at) {
    const p = this.state.plugins[identifier] ?? { refers: 0, install_type: "local", created_at: at };
    p.refers++;
    this.state.plugins[identifier] = p;
  }
  unrefer(identifier) {
    const p = this.state.plugins[identifier];
    if (!p) return;
    p.refers--;
    if (p.refers <= 0) delete this.state.plugins[identifier];
  }
};
function empty() {
  return { format: 1, declarations: {}, plugins: {}, installations: {}, tasks: {}, permissions: {} };
}
function key(identifier) {
  return (0, import_node_crypto4.createHash)("sha256").update(identifier).digest("hex");
}
var SHUTDOWN_REASON = "An unexpected daemon shutdown occurred";
var TaskEngine = class {
  constructor(store, now, runtime) {
    this.store = store;
    this.now = now;
    this.runtime = runtime;
  }
  store;
  now;
  runtime;
  running = /* @__PURE__ */ new Set();
  timers = /* @__PURE__ */ new Set();
  closed = false;
  install(tenant, identifiers, source, metas) {
    const needs = identifiers.map((id) => !this.store.installationByPluginId(tenant, (0, import_chunk_MO7QG43S.pluginIdOf)(id)));
    if (needs.every((n) => !n)) return { all_installed: true, task_id: "" };
    const declarations = identifiers.map((id) => {
      const d = this.store.declaration(id);
      if (!d) throw internalError(joined("plugin not found", "failed to get plugin declaration"));
      return d;
    });
    const task = this.createTask(tenant, identifiers, declarations, source);
    identifiers.forEach((identifier, i) => {
      void this.job(
        task.id,
        identifier,
        () => this.installOne(tenant, identifier, needs[i], source, metas[i] ?? {})
      );
    });
    return { all_installed: false, task_id: task.id };
  }
  upgrade(tenant, original, next, source, meta) {
    const installation = this.store.installations(tenant).find((i) => i.plugin_unique_identifier === original);
    if (!installation) throw notFound("plugin installation not found for this tenant");
    if (!this.store.declaration(original)) throw internalError("plugin not found");
    if (this.store.plugin(next)) {
      if (!this.store.declaration(next)) throw internalError("plugin not found");
      this.store.setInstallation(this.record(tenant, next, source, meta, installation));
      return { all_installed: true, task_id: "" };
    }
    const task = this.createTask(tenant, [next], [{}], source);
    void this.job(task.id, next, async () => {
      const declaration = this.store.declaration(next);
      if (!declaration || !this.store.hasPackage(next))
        throw new Error("failed to start installation: plugin package not found, please upload it firstly");
      await this.ensureRuntime(next);
      const current = this.store.installationByPluginId(tenant, (0, import_chunk_MO7QG43S.pluginIdOf)(next));
      return {
        record: this.record(tenant, next, source, meta, current),
        message: "upgraded",
        previous: original
      };
    });
    return { all_installed: false, task_id: task.id };
  }
  /** Fail the tasks still running (a graceful stop), as the daemon's finalizer does. */
  async close() {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    for (const id of this.running) {
      const task = this.store.task(id);
      if (!task) continue;
      task.status = "failed";
      task.updated_at = this.now().toISOString();
      for (const p of task.plugins) {
        p.status = "failed";
        p.message = SHUTDOWN_REASON;
      }
      this.store.putTask(task);
    }
    this.running.clear();
  }
  // -------------------------------------------------------------------------------------------
  createTask(tenant, identifiers, declarations, source) {
    const stamp = this.now().toISOString();
    const plugins = identifiers.map((identifier, i) => {
      const d = declarations[i] ?? {};
      return {
        plugin_unique_identifier: identifier,
        labels: d.label ?? {},
        icon: typeof d.icon === "string" ? d.icon : "",
        icon_dark: typeof d.icon_dark === "string" ? d.icon_dark : "",
        plugin_id: (0, import_chunk_MO7QG43S.pluginIdOf)(identifier),
        status: "pending",
        message: "",
        source
      };
    });
    const task = {
      id: (0, import_node_crypto3.randomUUID)(),
      created_at: stamp,
      updated_at: stamp,
      status: "running",
      tenant_id: tenant,
      total_plugins: plugins.length,
      completed_plugins: 0,
      plugins
    };
    this.store.putTask(task);
    return task;
  }
  async installOne(tenant, identifier, needsRuntime, source, meta) {
    if (!needsRuntime || this.store.installationByPluginId(tenant, (0, import_chunk_MO7QG43S.pluginIdOf)(identifier)))
      return { message: "installed" };
    await this.ensureRuntime(identifier);
    return { record: this.record(tenant, identifier, source, meta), message: "installed" };
  }
  /** With `--runtime python`: the environment made and the plugin started (it must stay up). */
  async ensureRuntime(identifier) {
    if (!this.runtime) return;
    if (this.runtime.state(identifier).status === "running") return;
    const say = (message) => {
      for (const id of this.running) this.setItem(id, identifier, void 0, message);
    };
    const dir = await this.runtime.prepare(identifier, this.store.packagePath(identifier), say);
    const meta = this.store.declaration(identifier)?.meta ?? {};
    say("starting the plugin");
    await this.runtime.launch(identifier, dir, meta.runner?.entrypoint || "main");
  }
  /** Start the runtimes of what is installed (after a restart), in the background. */
  restartRuntimes() {
    if (!this.runtime) return;
    for (const identifier of this.store.installedIdentifiers()) {
      void this.ensureRuntime(identifier).catch(() => {
      });
    }
  }
  record(tenant, identifier, source, meta, previous) {
    const stamp = this.now().toISOString();
    return {
      id: previous?.id ?? (0, import_node_crypto3.randomUUID)(),
      created_at: previous?.created_at ?? stamp,
      updated_at: stamp,
      tenant_id: tenant,
      plugin_id: (0, import_chunk_MO7QG43S.pluginIdOf)(identifier),
      plugin_unique_identifier: identifier,
      runtime_type: "local",
      endpoints_setups: previous?.endpoints_setups ?? 0,
      endpoints_active: previous?.endpoints_active ?? 0,
      source,
      meta
    };
  }
  /** Run one plugin of a task: running → success (with its installation, in one write) or failed. */
  async job(taskId, identifier, work) {
    this.running.add(taskId);
    await new Promise((r) => setImmediate(r));
    try {
      this.setItem(taskId, identifier, "running", "starting");
      const outcome = await work();
      if (this.closed) return;
      const task = this.update(taskId, identifier, "success", outcome.message);
      if (outcome.record) this.store.setInstallation(outcome.record, task);
      else if (task) this.store.putTask(task);
      if (outcome.previous && outcome.previous !== identifier && this.runtime && !this.store.plugin(outcome.previous))
        await this.runtime.stop(outcome.previous);
      if (task?.status === "success") this.expire(taskId);
    } catch (error2) {
      if (this.closed) return;
      const task = this.update(taskId, identifier, "failed", error2.message || String(error2));
      if (task) this.store.putTask(task);
    } finally {
      this.running.delete(taskId);
    }
  }
  setItem(taskId, identifier, status, message) {
    if (this.closed) return;
    const task = this.update(taskId, identifier, status, message);
    if (task) this.store.putTask(task);
  }
  /** The daemon's status rules (SetTaskStatusForOnePlugin, UpdateTaskStatus), applied in memory. */
  update(taskId, identifier, status, message) {
    const task = this.store.task(taskId);
    const item = task?.plugins.find((p) => p.plugin_unique_identifier === identifier);
    if (!task || !item) return void 0;
    const before = item.status;
    item.message = truncate(message);
    if (status) item.status = status;
    if (status === "success" && before !== "success") task.completed_plugins++;
    if (status === "failed") {
      task.status = "failed";
      if (before === "success" && task.completed_plugins > 0) task.completed_plugins--;
    }
    if (task.plugins.every((p) => p.status === "success")) task.status = "success";
    task.updated_at = this.now().toISOString();
    return task;
  }
  expire(taskId) {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.closed && this.store.task(taskId)?.status === "success") this.store.deleteTask(taskId);
    }, SUCCESS_TASK_TTL_MS);
    timer.unref();
    this.timers.add(timer);
  }
};
function truncate(message) {
  return message.length > 1024 ? `${message.slice(0, 512)}...${message.slice(-512)}` : message;
}
var DaemonCore = class {
  constructor(store, policy, now, runtime) {
    this.store = store;
    this.policy = policy;
    this.now = now;
    this.runtime = runtime;
    this.engine = new TaskEngine(store, now, runtime);
  }
  store;
  policy;
  now;
  runtime;
  engine;
  /** Decode, check and store an uploaded package (its bytes); the daemon's upload answer. */
  async upload(bytes, verifySignature) {
    const decoded = await decodeUpload(bytes, this.policy, verifySignature);
    this.store.putPackage(decoded.identifier, bytes);
    for (const [id, content] of decoded.assets) this.store.putAsset(id, content);
    this.store.putDeclaration(decoded.identifier, decoded.declaration, {
      plugin_id: decoded.pluginId,
      verified: decoded.verified,
      verification: decoded.verification,
      created_at: this.now().toISOString()
    });
    return {
      unique_identifier: decoded.identifier,
      manifest: decoded.declaration,
      verification: decoded.verification
    };
  }
  install(tenant, identifiers, source, metas) {
    return this.engine.install(tenant, identifiers, source, metas);
  }
  upgrade(tenant, original, next, source, meta) {
    return this.engine.upgrade(tenant, original, next, source, meta);
  }
  task(tenant, id) {
    const task = this.store.task(id);
    if (!task || task.tenant_id !== tenant) throw internalError("record not found");
    return { ...task };
  }
  tasks(tenant, page, pageSize) {
    return this.store.tasks(tenant).slice((page - 1) * pageSize, page * pageSize).map((t) => ({ ...t }));
  }
  deleteTask(tenant, id) {
    if (this.store.task(id)?.tenant_id === tenant) this.store.deleteTask(id);
    return true;
  }
  deleteAllTasks(tenant) {
    this.store.deleteTasks(tenant);
    return true;
  }
  deleteTaskItem(tenant, id, identifier) {
    const task = this.store.task(id);
    if (!task || task.tenant_id !== tenant) return true;
    task.plugins = task.plugins.filter((p) => p.plugin_unique_identifier !== identifier);
    if (task.plugins.every((p) => p.status === "success")) this.store.deleteTask(id);
    else this.store.putTask(task);
    return true;
  }
  /** `GET /list`: `{list, total}`, newest first. */
  list(tenant, page, pageSize) {
    const all = this.store.installations(tenant);
    return {
      list: all.slice((page - 1) * pageSize, page * pageSize).map((i) => this.listItem(i)),
      total: all.length
    };
  }
  /** `POST /installation/fetch/batch`: installation rows with version, checksum and declaration. */
  batch(tenant, pluginIds) {
    return pluginIds.map((id) => this.store.installationByPluginId(tenant, id)).filter((i) => i !== void 0).slice(0, 256).map((i) => ({
      ...i,
      version: (0, import_chunk_MO7QG43S.versionOf)(i.plugin_unique_identifier),
      checksum: (0, import_chunk_MO7QG43S.checksumOfIdentifier)(i.plugin_unique_identifier),
      declaration: this.declarationOf(i.plugin_unique_identifier),
      ...this.runtimeOf(i.plugin_unique_identifier)
    }));
  }
  missing(tenant, identifiers) {
    return identifiers.flatMap((identifier) => {
      const installed = this.store.installationByPluginId(tenant, (0, import_chunk_MO7QG43S.pluginIdOf)(identifier));
      if (!installed) return [{ plugin_unique_identifier: identifier, current_identifier: "" }];
      if (installed.plugin_unique_identifier !== identifier)
        return [
          { plugin_unique_identifier: identifier, current_identifier: installed.plugin_unique_identifier }
        ];
      return [];
    });
  }
  async uninstall(tenant, installationId) {
    const installation = this.store.installationById(tenant, installationId);
    if (!installation) return true;
    const removed = this.store.removeInstallation(tenant, installation.plugin_id);
    if (removed && !removed.stillUsed) await this.runtime?.stop(removed.identifier);
    return true;
  }
  manifest(identifier) {
    const declaration = this.store.declaration(identifier);
    if (!declaration) throw badRequest("plugin not found");
    return declaration;
  }
  /** `GET /decode/from_identifier`: the stored package's identifier, declaration and verification. */
  decoded(identifier) {
    const index = this.store.declarationIndex(identifier);
    if (!index || !this.store.hasPackage(identifier))
      throw badRequest("plugin package not found, please upload it firstly");
    return {
      unique_identifier: identifier,
      manifest: this.store.declaration(identifier) ?? {},
      verification: index.verification
    };
  }
  hasPlugin(identifier) {
    return this.store.plugin(identifier) !== void 0;
  }
  listItem(i) {
    const declaration = this.declarationOf(i.plugin_unique_identifier);
    return {
      id: i.id,
      name: typeof declaration.name === "string" ? declaration.name : "",
      plugin_id: i.plugin_id,
      tenant_id: i.tenant_id,
      plugin_unique_identifier: i.plugin_unique_identifier,
      endpoints_active: i.endpoints_active,
      endpoints_setups: i.endpoints_setups,
      installation_id: i.id,
      declaration,
      runtime_type: i.runtime_type,
      version: (0, import_chunk_MO7QG43S.versionOf)(i.plugin_unique_identifier),
      created_at: i.created_at,
      updated_at: i.updated_at,
      source: i.source,
      checksum: (0, import_chunk_MO7QG43S.checksumOfIdentifier)(i.plugin_unique_identifier),
      meta: i.meta,
      ...this.runtimeOf(i.plugin_unique_identifier)
    };
  }
  declarationOf(identifier) {
    const d = this.store.declaration(identifier);
    if (!d) throw internalError("plugin not found");
    return d;
  }
  /** Only the embedded daemon says whether the plugin's process runs (an added field). */
  runtimeOf(identifier) {
    const s = this.runtime?.state(identifier) ?? { status: "not started" };
    return {
      runtime: {
        status: s.status,
        ...s.pid !== void 0 ? { pid: s.pid } : {},
        ...s.exitCode !== void 0 ? { exit_code: s.exitCode } : {},
        ...s.message ? { message: s.message } : {},
        ...s.startedAt ? { started_at: s.startedAt } : {}
      }
    };
  }
};
var BASE = "/plugin/:tenant/management";
var UUID2 = /^\{?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\}?$/i;
var NO_TENANT = /\/(install\/upload\/package|decode\/from_identifier|fetch\/manifest|fetch\/identifier)$/;
function managementRoutes(core) {
  const r = (method, path6, handler) => route(method, `${BASE}${path6}`, async (req) => {
    try {
      if (!NO_TENANT.test(req.path) && !UUID2.test(req.params.tenant ?? ""))
        throw internalError(
          `ERROR: invalid input syntax for type uuid: "${req.params.tenant}" (SQLSTATE 22P02)`
        );
      return ok(await handler(req));
    } catch (error2) {
      if (error2 instanceof DaemonFailure) return { status: error2.httpStatus, json: error2.envelope() };
      throw error2;
    }
  });
  return [
    r("POST", "/install/upload/package", (req) => upload(core, req)),
    r("POST", "/install/identifiers", (req) => {
      const body = bound(req);
      const ids = validateIdentifiers(body.plugin_unique_identifiers, "PluginUniqueIdentifiers", 64);
      const source = requireString(body.source, "Source");
      check([...ids.errors, ...source.errors]);
      const metas = Array.isArray(body.metas) ? body.metas.map((m) => isObject3(m) ? m : {}) : [];
      if (metas.length !== ids.value.length)
        throw badRequest("the number of metas must be equal to the number of plugin unique identifiers");
      return core.install(req.params.tenant, ids.value, source.value, metas);
    }),
    r("POST", "/install/upgrade", (req) => {
      const body = bound(req);
      const original = requireIdentifier(
        body.original_plugin_unique_identifier,
        "OriginalPluginUniqueIdentifier"
      );
      const next = requireIdentifier(body.new_plugin_unique_identifier, "NewPluginUniqueIdentifier");
      const source = requireString(body.source, "Source");
      check([...original.errors, ...next.errors, ...source.errors]);
      if (original.value === next.value)
        throw badRequest("original and new plugin unique identifier are the same");
      if (pluginId(original.value) !== pluginId(next.value))
        throw badRequest("original and new plugin id are different");
      return core.upgrade(
        req.params.tenant,
        original.value,
        next.value,
        source.value,
        isObject3(body.meta) ? body.meta : {}
      );
    }),
    r("GET", "/install/tasks/:id", (req) => core.task(req.params.tenant, req.params.id)),
    r("POST", "/install/tasks/delete_all", (req) => core.deleteAllTasks(req.params.tenant)),
    r("POST", "/install/tasks/:id/delete", (req) => core.deleteTask(req.params.tenant, req.params.id)),
    r("POST", "/install/tasks/:id/delete/*identifier", (req) => {
      const identifier = req.params.identifier.replace(/^\/+/, "");
      if (!import_chunk_PD4DO7MN.IDENTIFIER_PATTERN.test(identifier))
        throw badRequest(`plugin_unique_identifier is not valid: ${identifier}`);
      return core.deleteTaskItem(req.params.tenant, req.params.id, identifier);
    }),
    r("GET", "/install/tasks", (req) => {
      const { page, pageSize } = paging(req);
      return core.tasks(req.params.tenant, page, pageSize);
    }),
    r("GET", "/decode/from_identifier", (req) => core.decoded(queryIdentifier(req))),
    r("GET", "/fetch/manifest", (req) => core.manifest(queryIdentifier(req))),
    r("GET", "/fetch/identifier", (req) => core.hasPlugin(queryIdentifier(req))),
    r("POST", "/uninstall", async (req) => {
      const body = bound(req);
      const id = requireString(body.plugin_installation_id, "PluginInstallationID");
      check(id.errors);
      return core.uninstall(req.params.tenant, id.value);
    }),
    r("GET", "/list", (req) => {
      const { page, pageSize } = paging(req);
      return core.list(req.params.tenant, page, pageSize);
    }),
    r("POST", "/installation/fetch/batch", (req) => {
      const body = bound(req);
      const ids = body.plugin_ids;
      if (!Array.isArray(ids)) check([tagError("PluginIDs", "required")]);
      if (ids.length > 256) check([tagError("PluginIDs", "max")]);
      return core.batch(req.params.tenant, ids.map(String));
    }),
    r("POST", "/installation/missing", (req) => {
      const body = bound(req);
      const ids = validateIdentifiers(body.plugin_unique_identifiers, "PluginUniqueIdentifiers", 256);
      check(ids.errors);
      return core.missing(req.params.tenant, ids.value);
    })
  ];
}
async function upload(core, req) {
  if (req.tooLarge) throw badRequest("file size exceeds the maximum limit");
  const form = await parseForm(req);
  if ("error" in form) throw badRequest(form.error);
  const file = form.get("dify_pkg");
  if (!(file instanceof Blob)) throw badRequest("http: no such file");
  if (file.size > core.policy.maxBytes) throw badRequest("file size exceeds the maximum limit");
  const verify = form.get("verify_signature") === "true";
  return core.upload(Buffer.from(await file.arrayBuffer()), verify);
}
function ok(data) {
  return { status: 200, json: success(data) };
}
function isObject3(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function pluginId(identifier) {
  return identifier.slice(0, identifier.indexOf(":"));
}
function bound(req) {
  const body = jsonBody(req);
  return isObject3(body) ? body : {};
}
function tagError(field, tag) {
  return `Key: '${field}' Error:Field validation for '${field}' failed on the '${tag}' tag`;
}
function check(errors) {
  if (errors.length > 0) throw badRequest(errors.join("\n"), 400);
}
function requireString(value, field) {
  return typeof value === "string" && value !== "" ? { value, errors: [] } : { value: "", errors: [tagError(field, "required")] };
}
function requireIdentifier(value, field) {
  const s = requireString(value, field);
  if (s.errors.length > 0) return s;
  return import_chunk_PD4DO7MN.IDENTIFIER_PATTERN.test(s.value) ? s : { value: s.value, errors: [tagError(field, "plugin_unique_identifier")] };
}
function validateIdentifiers(value, field, max) {
  if (!Array.isArray(value)) return { value: [], errors: [tagError(field, "required")] };
  if (value.length > max) return { value: [], errors: [tagError(field, "max")] };
  const errors = [];
  value.forEach((v, i) => {
    if (typeof v !== "string" || !import_chunk_PD4DO7MN.IDENTIFIER_PATTERN.test(v))
      errors.push(tagError(`${field}[${i}]`, "plugin_unique_identifier"));
  });
  return { value: value.map(String), errors };
}
function queryIdentifier(req) {
  const id = req.query.get("plugin_unique_identifier") ?? "";
  if (!id) check([tagError("PluginUniqueIdentifier", "required")]);
  if (!import_chunk_PD4DO7MN.IDENTIFIER_PATTERN.test(id)) check([tagError("PluginUniqueIdentifier", "plugin_unique_identifier")]);
  return id;
}
function paging(req) {
  const page = Number(req.query.get("page") ?? 0);
  const pageSize = Number(req.query.get("page_size") ?? 0);
  const errors = [];
  if (!Number.isInteger(page) || page === 0) errors.push(tagError("Page", "required"));
  else if (page < 1) errors.push(tagError("Page", "min"));
  if (!Number.isInteger(pageSize) || pageSize === 0) errors.push(tagError("PageSize", "required"));
  else if (pageSize < 1) errors.push(tagError("PageSize", "min"));
  else if (pageSize > 256) errors.push(tagError("PageSize", "max"));
  check(errors);
  return { page, pageSize };
}
(0, import_chunk_JBHNGCYE.init_child_process)();
function startService(command, args, options) {
  const group = process.platform !== "win32";
  const max = options.tailChars ?? 8192;
  const out = new import_chunk_JBHNGCYE.StreamTail(max, () => {
  });
  const err = new import_chunk_JBHNGCYE.StreamTail(max, () => {
  });
  let done = false;
  let startError = "";
  let child;
  try {
    child = (0, import_chunk_JBHNGCYE.spawn)(command, args, {
      cwd: options.cwd,
      env: options.env,
      shell: false,
      detached: group,
      windowsHide: true,
      stdio: ["pipe", "pipe", "pipe"]
    });
  } catch (error2) {
    startError = error2.message;
    done = true;
    const exited2 = Promise.resolve({ code: null, signal: null });
    return { pid: void 0, exited: exited2, done, tail: () => startError, stop: () => exited2 };
  }
  child.stdin?.on("error", () => {
  });
  child.stdout?.on("data", (d) => out.push(d));
  child.stderr?.on("data", (d) => err.push(d));
  const exited = new Promise((resolve) => {
    child.on("error", (error2) => {
      startError = error2.message;
      done = true;
      resolve({ code: null, signal: null });
    });
    child.on("exit", (code, signal) => {
      done = true;
      resolve({ code, signal });
    });
  });
  const kill = (signal) => {
    if (child.pid === void 0) return;
    try {
      if (group) process.kill(-child.pid, signal);
      else child.kill(signal);
    } catch {
    }
  };
  return {
    get pid() {
      return child.pid;
    },
    exited,
    get done() {
      return done;
    },
    tail() {
      return [startError, err.text(), out.text()].filter((t) => t.trim()).join("\n").trim();
    },
    async stop(graceMs = 2e3) {
      if (done) return exited;
      child.stdin?.end();
      kill("SIGTERM");
      const timer = setTimeout(() => kill("SIGKILL"), graceMs);
      const result = await exited;
      clearTimeout(timer);
      return result;
    }
  };
}
var RuntimeFailure = class extends Error {
};
var READY = ".dpr-environment-ready";
var PythonRuntime = class {
  constructor(root, processes, env, options = {}) {
    this.root = root;
    this.processes = processes;
    this.env = env;
    this.options = options;
  }
  root;
  processes;
  env;
  options;
  services = /* @__PURE__ */ new Map();
  states = /* @__PURE__ */ new Map();
  state(identifier) {
    return this.states.get(identifier) ?? { status: "not started" };
  }
  /** Unpack, make the environment, install the dependencies (skipped when done before). */
  async prepare(identifier, packageFile, say) {
    try {
      return await this.prepareDir(identifier, packageFile, say);
    } catch (error2) {
      const message = error2 instanceof RuntimeFailure ? error2.message : `failed to init environment: ${error2.message}`;
      this.states.set(identifier, { status: "failed", message });
      throw new RuntimeFailure(message);
    }
  }
  async prepareDir(identifier, packageFile, say) {
    const dir = import_node_path5.default.join(this.root, (0, import_node_crypto5.createHash)("sha256").update(identifier).digest("hex").slice(0, 32));
    if ((0, import_node_fs4.existsSync)(import_node_path5.default.join(dir, READY))) return dir;
    this.states.set(identifier, { status: "starting", message: "preparing the environment" });
    (0, import_node_fs4.rmSync)(dir, { recursive: true, force: true });
    say("extracting the package");
    await (0, import_chunk_Q5C2TKAH.extractPackage)(packageFile, dir);
    const requirements = import_node_path5.default.join(dir, "requirements.txt");
    const pyproject = import_node_path5.default.join(dir, "pyproject.toml");
    const needed = (0, import_node_fs4.existsSync)(requirements) && hasRequirements((0, import_node_fs4.readFileSync)(requirements, "utf8"));
    const useUv = !(0, import_node_fs4.existsSync)(requirements) && (0, import_node_fs4.existsSync)(pyproject);
    say("creating the virtual environment");
    await this.step(
      "create the virtual environment",
      this.options.python ?? "python3",
      ["-m", "venv", ...needed ? [] : ["--without-pip"], ".venv"],
      dir
    );
    if (needed) {
      say("installing dependencies (pip install -r requirements.txt)");
      await this.step(
        "install dependencies",
        venvPython(dir),
        [
          "-m",
          "pip",
          "install",
          "--disable-pip-version-check",
          "--no-input",
          ...this.options.offline ? ["--no-index"] : [],
          "-r",
          "requirements.txt"
        ],
        dir
      );
    } else if (useUv) {
      say("installing dependencies (uv sync)");
      const frozen = (0, import_node_fs4.existsSync)(import_node_path5.default.join(dir, "uv.lock")) ? ["--frozen"] : [];
      await this.step(
        "install dependencies",
        "uv",
        ["sync", "--no-dev", ...frozen, ...this.options.offline ? ["--offline"] : []],
        dir,
        { UV_PROJECT_ENVIRONMENT: import_node_path5.default.join(dir, ".venv") }
      );
    }
    (0, import_node_fs4.writeFileSync)(import_node_path5.default.join(dir, READY), `${identifier}
`);
    return dir;
  }
  /** Start the plugin and watch it for the start-up window; throws when it does not stay up. */
  async launch(identifier, dir, entrypoint) {
    await this.stop(identifier);
    const startup = this.options.startupMs ?? 2e3;
    const service = startService(venvPython(dir), ["-m", entrypoint], {
      cwd: dir,
      env: { ...this.env, INSTALL_METHOD: "local", PYTHONUNBUFFERED: "1" }
    });
    this.services.set(identifier, service);
    const startedAt = (/* @__PURE__ */ new Date()).toISOString();
    this.states.set(identifier, { status: "starting", pid: service.pid, startedAt, message: "starting" });
    const early = await Promise.race([
      service.exited,
      new Promise((r) => setTimeout(() => r(void 0), startup).unref())
    ]);
    if (early) {
      this.services.delete(identifier);
      const message = `plugin did not stay up: \`python -m ${entrypoint}\` exited with ${exitText(early)} within ${startup} ms${tailText(service.tail())}`;
      this.states.set(identifier, { status: "failed", exitCode: early.code, message, startedAt });
      throw new RuntimeFailure(message);
    }
    const running = { status: "running", pid: service.pid, startedAt };
    this.states.set(identifier, running);
    void service.exited.then((exit) => {
      if (this.services.get(identifier) !== service) return;
      this.services.delete(identifier);
      this.states.set(identifier, {
        status: "exited",
        exitCode: exit.code,
        startedAt,
        message: `exited with ${exitText(exit)} after it started${tailText(service.tail())}`
      });
    });
    return running;
  }
  async stop(identifier) {
    const service = this.services.get(identifier);
    this.services.delete(identifier);
    if (service) await service.stop();
    if (this.states.has(identifier))
      this.states.set(identifier, { status: "not started", message: "stopped" });
  }
  async stopAll() {
    await Promise.all([...this.services.keys()].map((id) => this.stop(id)));
  }
  async step(what, command, args, cwd, extra = {}) {
    const env = { ...this.env, ...extra, VIRTUAL_ENV: import_node_path5.default.join(cwd, ".venv") };
    delete env.PYTHONHOME;
    if (this.options.offline) {
      Object.assign(env, {
        PIP_NO_INDEX: "1",
        HTTP_PROXY: "http://127.0.0.1:9",
        HTTPS_PROXY: "http://127.0.0.1:9",
        http_proxy: "http://127.0.0.1:9",
        https_proxy: "http://127.0.0.1:9",
        NO_PROXY: "",
        no_proxy: "",
        UV_OFFLINE: "1"
      });
    }
    const r = await this.processes.run(command, args, {
      cwd,
      env,
      timeoutMs: this.options.installTimeoutMs ?? 6e5
    });
    if (r.code === 0) return;
    const output = `${r.stdout}
${r.stderr}`.trim().split("\n").slice(-20).join("\n");
    throw new RuntimeFailure(
      r.timedOut ? `failed to init environment: ${what} timed out after ${(this.options.installTimeoutMs ?? 6e5) / 1e3} s` : `failed to init environment: failed to ${what}: ${command === "uv" ? "uv" : import_node_path5.default.basename(command)} ${args.join(" ")} exited with code ${r.code}, output: ${output}`
    );
  }
};
function venvPython(dir) {
  return process.platform === "win32" ? import_node_path5.default.join(dir, ".venv", "Scripts", "python.exe") : import_node_path5.default.join(dir, ".venv", "bin", "python");
}
function hasRequirements(text) {
  return text.split("\n").some((l) => l.trim() !== "" && !l.trim().startsWith("#"));
}
function exitText(exit) {
  return exit.signal ? `signal ${exit.signal}` : exit.code === null ? "no exit code (it could not start)" : `code ${exit.code}`;
}
function tailText(tail) {
  if (!tail) return "";
  const lines = tail.split("\n").slice(-12).join("\n");
  return `; its output ends with:
${lines}`;
}
var DEFAULT_TENANT = "00000000-0000-0000-0000-000000000001";
var openDirs = /* @__PURE__ */ new Set();
async function startEmbeddedDaemon(options) {
  if (!options.apiKey) {
    throw new import_chunk_NG6BV4S6.UsageError(
      "the embedded daemon needs an API key: it refuses to start without one",
      "Pass --api-key-env VAR with VAR set to a secret of your choice (clients send it as X-Api-Key)."
    );
  }
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  const dataDir = import_node_path.default.resolve(options.dataDir);
  if (openDirs.has(dataDir)) {
    throw new import_chunk_NG6BV4S6.EnvironmentError(
      `an embedded daemon of this process already serves ${dataDir}`,
      "Use the one that is running (one daemon serves every tenant), or give this one another data directory."
    );
  }
  const keys = [(0, import_chunk_CIGYBCEM.officialKey)(), ...(options.trustedKeys ?? []).map(trusted)];
  const store = new DaemonStore(dataDir);
  store.load(now());
  openDirs.add(dataDir);
  store.clearTemp();
  const runtime = options.runtime ? new PythonRuntime(
    import_node_path.default.join(dataDir, "cwd"),
    options.processes ?? import_chunk_JBHNGCYE.processRunner,
    options.env ?? process.env,
    options.runtime
  ) : void 0;
  const maxBytes = options.maxPackageBytes ?? import_chunk_ZFMTKNA4.LIMITS.maxPackageBytes;
  const core = new DaemonCore(
    store,
    { maxBytes, keys, forceVerify: options.forceVerify === true },
    now,
    runtime
  );
  const tenant = options.tenant ?? DEFAULT_TENANT;
  const routes = [
    route("GET", "/health/check", () => ({ status: 200, json: health(active) })),
    ...managementRoutes(core),
    route("GET", "/plugin/:tenant/asset/:id", (req) => {
      try {
        return {
          status: 200,
          bytes: (0, import_node_fs.readFileSync)(store.assetPath(req.params.id)),
          contentType: "application/octet-stream"
        };
      } catch {
        return { status: 200, bytes: Buffer.alloc(0) };
      }
    })
  ];
  const consoleEnabled = Boolean(options.console);
  if (options.console) {
    const auth = new ConsoleAuth({ ...options.console, now: () => now().getTime() });
    routes.push(
      ...consoleRoutes(core, {
        auth,
        tenant,
        workspaceName: options.console.workspaceName ?? "Embedded workspace",
        difyVersion: options.console.difyVersion ?? "1.9.0",
        ...options.console.debugging ? { debugging: options.console.debugging } : {},
        maxUploadBytes: maxBytes,
        createdAt: Math.floor(now().getTime() / 1e3)
      })
    );
  }
  let active = 0;
  const server = import_node_http.default.createServer((req, res) => {
    active++;
    void handle(req, res).finally(() => active--);
  });
  const handle = async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const isConsole = url.pathname.startsWith("/console/api/");
    const upload2 = /\/(install\/upload\/package|plugin\/upload\/pkg)$/.test(url.pathname);
    let reply;
    try {
      const body = await readBody(req, upload2 ? maxBytes + 1024 * 1024 : import_chunk_ZFMTKNA4.LIMITS.maxTextBytes);
      const request = {
        method: req.method ?? "GET",
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        params: {},
        ...body.body ? { body: body.body } : {},
        tooLarge: body.tooLarge,
        bodyBytes: body.bytes
      };
      reply = await dispatch(request, isConsole);
    } catch (error2) {
      reply = isConsole ? { status: 500, json: { message: "Internal Server Error", code: "unknown", status: 500 } } : { status: 500, json: internalError(error2?.message ?? String(error2)).envelope() };
    }
    if (!res.headersSent) send(res, reply);
  };
  const dispatch = async (req, isConsole) => {
    if (isConsole && !consoleEnabled) return notFound2();
    if (req.path.startsWith("/plugin/") && !isConsole) {
      if (req.headers["x-api-key"] !== options.apiKey)
        return { status: 401, json: unauthorized().envelope() };
      if (req.tooLarge && !/\/install\/upload\/package$/.test(req.path))
        return { status: 400, json: badRequest("request body too large", 400).envelope() };
    }
    const found = match(routes, req.method, req.path);
    if (!found) {
      return isConsole ? {
        status: 404,
        json: {
          code: "not_found",
          message: "The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.",
          status: 404
        }
      } : notFound2();
    }
    return found.route.handler({ ...req, params: found.params });
  };
  const host = options.host ?? "127.0.0.1";
  await new Promise((resolve, reject) => {
    server.once("error", (error2) => {
      store.unlock(process.pid);
      openDirs.delete(dataDir);
      reject(
        new import_chunk_NG6BV4S6.EnvironmentError(
          `the embedded daemon cannot listen on ${host}:${options.port ?? 0}: ${error2.code ?? error2.message}`,
          error2.code === "EADDRINUSE" ? "Choose another --port, or stop what listens there." : void 0
        )
      );
    });
    server.listen(options.port ?? 0, host, () => resolve());
  });
  core.engine.restartRuntimes();
  const address = server.address();
  let closed = false;
  return {
    url: `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`,
    host,
    port: address.port,
    tenant,
    dataDir,
    recovered: store.recovered,
    async close() {
      if (closed) return;
      closed = true;
      await new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await core.engine.close();
      await runtime?.stopAll();
      store.unlock(process.pid);
      openDirs.delete(dataDir);
    }
  };
}
function notFound2() {
  return { status: 404, json: { code: "not_found", message: "route not found" } };
}
function health(active) {
  return {
    status: "ok",
    pool_status: {},
    version: `dify-plugin-release-${import_chunk_6FD3E23X.VERSION}-embedded`,
    build_time: "",
    platform: "local",
    active_requests: active,
    active_dispatch_requests: 0
  };
}
function trusted(file) {
  const key2 = (0, import_chunk_JS5O4ZNU.loadPublicKey)({ file });
  return { ...key2, official: false };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DEFAULT_TENANT,
  startEmbeddedDaemon
});
