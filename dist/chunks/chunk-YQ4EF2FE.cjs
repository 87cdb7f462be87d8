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
  ConsoleTarget: () => ConsoleTarget,
  openTarget: () => openTarget,
  resolveSelection: () => resolveSelection
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_MYPC2CKU = require("./chunk-MYPC2CKU.cjs");
var import_chunk_MO7QG43S = require("./chunk-MO7QG43S.cjs");
var import_chunk_XDFA5MRV = require("./chunk-XDFA5MRV.cjs");
var import_chunk_2YVRSQ6N = require("./chunk-2YVRSQ6N.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_node_crypto = require("node:crypto");
var import_node_path = __dprBuiltin(require("node:path"));
var import_node_fs = require("node:fs");
var import_node_path2 = __dprBuiltin(require("node:path"));
var CALL_TIMEOUT_MS = 3e4;
var UPLOAD_TIMEOUT_MS = 3e5;
async function call(http, options) {
  const url = new URL(options.url);
  for (const [k, v] of Object.entries(options.query ?? {}))
    if (v !== void 0) url.searchParams.set(k, String(v));
  const headers = { Accept: "application/json", ...options.headers };
  let body;
  if (options.json !== void 0) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(options.json);
  } else if (options.file) {
    const form = new FormData();
    for (const [k, v] of Object.entries(options.fields ?? {})) form.append(k, v);
    const blob = await (0, import_node_fs.openAsBlob)(options.file.path, { type: "application/octet-stream" });
    form.append(options.file.field, blob, import_node_path2.default.basename(options.file.path));
    body = form;
  }
  let response;
  try {
    response = await http.request({
      method: options.method,
      url: url.toString(),
      headers,
      body,
      timeoutMs: options.timeoutMs ?? (options.file ? UPLOAD_TIMEOUT_MS : CALL_TIMEOUT_MS),
      idempotent: options.idempotent ?? options.method === "GET",
      secrets: options.secrets,
      signal: options.signal
    });
  } catch (error) {
    if (error instanceof import_chunk_XDFA5MRV.HttpError) {
      throw new import_chunk_MYPC2CKU.TargetError(
        `${options.route}: ${error.message}`,
        { kind: "protocol", code: "DPR1109", route: options.route },
        error.fix,
        { cause: error }
      );
    }
    throw error;
  }
  let text;
  try {
    text = await response.text();
  } catch (error) {
    throw new import_chunk_MYPC2CKU.TargetError(
      `${options.route}: the answer could not be read (${(0, import_chunk_2YVRSQ6N.redact)((0, import_chunk_NG6BV4S6.errorMessage)(error), options.secrets)})`,
      { kind: "protocol", code: "DPR1109", route: options.route, status: response.status },
      "Check the network between this runner and the target."
    );
  }
  let parsed;
  if (text.trim() !== "") {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = void 0;
    }
  }
  return { status: response.status, headers: response.headers, body: parsed, text };
}
function excerpt(text, secrets) {
  const flat = (0, import_chunk_2YVRSQ6N.redact)(text, secrets).replace(/\s+/g, " ").trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}\u2026` : flat || "(empty body)";
}
function protocolError(route, result, secrets, what = "a Dify target") {
  return new import_chunk_MYPC2CKU.TargetError(
    `${route}: HTTP ${result.status} is not an answer of ${what}: ${excerpt(result.text, secrets)}`,
    { kind: "protocol", code: "DPR1109", route, status: result.status },
    "Check that the URL points at the target itself (the daemon on port 5002, or the Dify site serving /console/api), not a proxy page."
  );
}
function clean(text, secrets) {
  return (0, import_chunk_2YVRSQ6N.redact)(text, secrets);
}
var INVALID_ENCRYPTED = /invalid encrypted data/i;
var ConsoleSession = class {
  constructor(options) {
    this.options = options;
    const trimmed = options.url.replace(/\/+$/, "");
    this.site = trimmed.replace(/\/console\/api$/, "");
    this.api = `${this.site}/console/api`;
    this.encoding = options.passwordEncoding ?? "auto";
  }
  options;
  site;
  api;
  scheme;
  /** Cookies by name as the console set them (prefix included). */
  jar = /* @__PURE__ */ new Map();
  accessToken;
  refreshToken;
  encoding;
  loggedIn = false;
  secrets() {
    const out = [
      this.options.account.password,
      Buffer.from(this.options.account.password).toString("base64")
    ];
    for (const v of this.jar.values()) out.push(v);
    if (this.accessToken) out.push(this.accessToken);
    if (this.refreshToken) out.push(this.refreshToken);
    return out.filter(Boolean);
  }
  /** The CSRF token the console set, if it uses cookies. */
  csrf() {
    return this.cookie("csrf_token");
  }
  async ensureLogin() {
    if (!this.loggedIn) await this.login();
  }
  async login() {
    this.jar.clear();
    this.accessToken = void 0;
    this.refreshToken = void 0;
    const first = this.encoding === "base64" ? "base64" : "plain";
    let result = await this.postLogin(first);
    if (this.encoding === "auto" && first === "plain" && result.status === 401 && INVALID_ENCRYPTED.test(messageOf(result.body))) {
      result = await this.postLogin("base64");
      if (result.status === 200) this.encoding = "base64";
    } else if (this.encoding === "auto" && result.status === 200) this.encoding = "plain";
    const route = "POST /console/api/login";
    if (result.status !== 200) throw this.loginError(result);
    const body = result.body;
    if ((0, import_chunk_MO7QG43S.isObject)(body) && body.result === "fail") {
      throw new import_chunk_MYPC2CKU.TargetError(
        `${route}: the console refused the login: ${clean(String(body.data ?? body.message ?? "fail"), this.secrets())}`,
        { kind: "workspace", code: "DPR1103", route, status: 200, serverMessage: String(body.data ?? "") },
        "Have a workspace owner invite the account into the workspace."
      );
    }
    if (this.cookie("access_token")) {
      this.scheme = "cookie";
    } else if ((0, import_chunk_MO7QG43S.isObject)(body) && (0, import_chunk_MO7QG43S.isObject)(body.data) && typeof body.data.access_token === "string") {
      this.scheme = "bearer";
      this.accessToken = body.data.access_token;
      this.refreshToken = typeof body.data.refresh_token === "string" ? body.data.refresh_token : void 0;
    } else {
      throw protocolError(
        route,
        result,
        this.secrets(),
        "a Dify console login (no access token in cookies or body)"
      );
    }
    this.loggedIn = true;
  }
  /**
   * A call with the session's credentials; on 401, refresh (or log in again) once and repeat it: a
   * 401 means the console did nothing, so even a POST is safe to send again.
   */
  async request(method, path3, options = {}) {
    await this.ensureLogin();
    const route = options.route ?? `${method} /console/api${path3}`;
    const send = () => call(this.options.http, {
      ...options,
      method,
      url: `${this.api}${path3}`,
      route,
      headers: { ...options.headers, ...this.authHeaders() },
      secrets: this.secrets()
    }).then((r) => {
      this.absorb(r.headers);
      return r;
    });
    let result = await send();
    if (result.status !== 401) return result;
    if (!await this.refresh()) await this.login();
    result = await send();
    return result;
  }
  /** Renew the tokens; false when the console would not (expired or unknown refresh token). */
  async refresh() {
    const route = "POST /console/api/refresh-token";
    const hasCookie = Boolean(this.cookie("refresh_token"));
    if (!hasCookie && !this.refreshToken) return false;
    const result = await call(this.options.http, {
      method: "POST",
      url: `${this.api}/refresh-token`,
      route,
      headers: this.scheme === "cookie" ? { Cookie: this.cookieHeader() } : {},
      json: this.scheme === "bearer" ? { refresh_token: this.refreshToken } : {},
      secrets: this.secrets()
    });
    this.absorb(result.headers);
    if (result.status !== 200) return false;
    const body = result.body;
    if (this.scheme === "bearer") {
      if (!(0, import_chunk_MO7QG43S.isObject)(body) || !(0, import_chunk_MO7QG43S.isObject)(body.data) || typeof body.data.access_token !== "string") return false;
      this.accessToken = body.data.access_token;
      if (typeof body.data.refresh_token === "string") this.refreshToken = body.data.refresh_token;
    }
    return true;
  }
  authHeaders() {
    if (this.scheme === "bearer" && this.accessToken) return { Authorization: `Bearer ${this.accessToken}` };
    const headers = {};
    if (this.jar.size > 0) headers.Cookie = this.cookieHeader();
    const csrf = this.csrf();
    if (csrf) headers["X-CSRF-Token"] = csrf;
    return headers;
  }
  async postLogin(encoding) {
    const { email, password } = this.options.account;
    const result = await call(this.options.http, {
      method: "POST",
      url: `${this.api}/login`,
      route: "POST /console/api/login",
      json: {
        email,
        password: encoding === "base64" ? Buffer.from(password, "utf8").toString("base64") : password,
        remember_me: true
      },
      secrets: this.secrets()
    });
    this.absorb(result.headers);
    return result;
  }
  loginError(result) {
    const route = "POST /console/api/login";
    const body = (0, import_chunk_MO7QG43S.isObject)(result.body) ? result.body : {};
    const code = typeof body.code === "string" ? body.code : void 0;
    const text = clean(messageOf(body), this.secrets());
    const detail = { route, status: result.status, serverCode: code, serverMessage: text };
    if (result.status === 401 || code === "authentication_failed") {
      return new import_chunk_MYPC2CKU.TargetError(
        `${route}: the console refused the email or password (${code ?? `HTTP ${result.status}`}: ${text})`,
        { ...detail, kind: "auth", code: "DPR1101" },
        'Check the account in the variable the configuration names (EMAIL:PASSWORD, or JSON {"email","password"}).'
      );
    }
    if (result.status === 429) {
      return new import_chunk_MYPC2CKU.TargetError(
        `${route}: the console locked the account\u2019s password login for now (${text})`,
        { ...detail, kind: "auth", code: "DPR1101" },
        "Wait for the lock to expire (Dify counts wrong passwords), then fix the password before trying again."
      );
    }
    if (result.status === 403) {
      return new import_chunk_MYPC2CKU.TargetError(
        `${route}: the console does not allow email and password login (${text || "HTTP 403"})`,
        { ...detail, kind: "auth", code: "DPR1101" },
        "Enable email/password login for the workspace (ENABLE_EMAIL_PASSWORD_LOGIN), or deploy through the daemon (kind: daemon)."
      );
    }
    if ((0, import_chunk_MO7QG43S.isObject)(result.body) && code) {
      return new import_chunk_MYPC2CKU.TargetError(
        `${route}: the console refused the login (${code}: ${text})`,
        { ...detail, kind: "auth", code: "DPR1101" },
        "Check the account\u2019s email address and password."
      );
    }
    return protocolError(route, result, this.secrets(), "a Dify console");
  }
  cookie(name) {
    return this.jar.get(`__Host-${name}`) ?? this.jar.get(name);
  }
  cookieHeader() {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  /** Take the cookies a response sets (an empty value or `Max-Age=0`/a past `Expires` removes one). */
  absorb(headers) {
    for (const line of headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => {
        const [k, v] = a.split("=").map((s) => s.trim());
        if (k?.toLowerCase() === "max-age") return Number(v) <= 0;
        if (k?.toLowerCase() === "expires") return Date.parse(v ?? "") < Date.now();
        return false;
      });
      if (!value || expired) this.jar.delete(name);
      else this.jar.set(name, value);
    }
  }
};
function messageOf(body) {
  if (!(0, import_chunk_MO7QG43S.isObject)(body)) return "";
  return typeof body.message === "string" ? body.message : "";
}
function unwrapConsole(route, r, secrets, purpose) {
  if (r.status >= 200 && r.status < 300 && r.body !== void 0) return r.body;
  const body = (0, import_chunk_MO7QG43S.isObject)(r.body) ? r.body : void 0;
  const code = body && typeof body.code === "string" ? body.code : void 0;
  const text = clean(messageOf(body), secrets);
  const detail = { route, status: r.status, ...code ? { serverCode: code } : {}, serverMessage: text };
  if (!body || !code) throw protocolError(route, r, secrets, "a Dify console");
  if (r.status === 401) {
    throw new import_chunk_MYPC2CKU.TargetError(
      `${route}: the console refused the session after logging in again (${code}: ${text})`,
      { ...detail, kind: "auth", code: "DPR1101" },
      "Check the account and that the console\u2019s cookies reach this client (a proxy must pass Set-Cookie through)."
    );
  }
  if (r.status >= 500) {
    throw new import_chunk_MYPC2CKU.TargetError(
      `${route}: the console failed (HTTP ${r.status} ${code}: ${text || "no message"})`,
      { ...detail, kind: "server", code: "DPR1114" },
      "The console hides the daemon\u2019s error here: look at the API server\u2019s log, or deploy through the daemon for its own message."
    );
  }
  const signature = /bad signature|verification has been enabled/i.test(text);
  throw new import_chunk_MYPC2CKU.TargetError(
    `${route}: the console refused it (${code}: ${text})`,
    {
      ...detail,
      kind: "rejected",
      code: signature ? "DPR1105" : purpose === "upload" ? "DPR1104" : "DPR1114"
    },
    signature ? "Sign the package with a key the daemon trusts (THIRD_PARTY_SIGNATURE_VERIFICATION_*), without turning verification off." : void 0
  );
}
function forbiddenError(route, r, secrets, setting) {
  return new import_chunk_MYPC2CKU.TargetError(
    `${route}: the console forbids it for this account (HTTP 403${setting ? `; the workspace\u2019s plugin install permission is \u201C${setting}\u201D` : ""})`,
    {
      kind: "permission",
      code: "DPR1102",
      route,
      status: 403,
      serverCode: (0, import_chunk_MO7QG43S.isObject)(r.body) ? String(r.body.code ?? "") : void 0,
      serverMessage: clean(messageOf(r.body), secrets)
    },
    "An owner or admin sets Plugins \u2192 Permissions \u2192 \u201CWho can install plugins\u201D to everyone (or admins, with the account an admin), or use an account that may."
  );
}
function shapeError(route, data, secrets) {
  return new import_chunk_MYPC2CKU.TargetError(
    `${route}: the console's answer is not of the expected shape (${clean(JSON.stringify(data) ?? "null", secrets).slice(0, 200)})`,
    { kind: "protocol", code: "DPR1109", route },
    "Check the Dify version: this client follows the console API of Dify 1.x."
  );
}
var DEFAULT_TASK_TIMEOUT_MS = 6e5;
async function waitFor(fetchTask, id, options = {}, now = Date.now) {
  const timeout = options.timeoutMs ?? DEFAULT_TASK_TIMEOUT_MS;
  const started = now();
  let interval = options.intervalMs ?? 100;
  const maxInterval = options.maxIntervalMs ?? 4e3;
  let last;
  for (; ; ) {
    if (options.signal?.aborted) {
      throw new import_chunk_MYPC2CKU.TargetError(
        `stopped waiting for install task ${id}: interrupted`,
        { kind: "timeout", code: "DPR1107" },
        "The task may still finish on the target: look with `tasks list`."
      );
    }
    let task;
    try {
      task = await fetchTask(id);
    } catch (error) {
      if (last && error instanceof import_chunk_MYPC2CKU.TargetError && /record not found/i.test(error.serverMessage ?? "")) {
        return {
          ...last,
          status: "success",
          completedPlugins: last.totalPlugins,
          plugins: last.plugins.map((p) => ({ ...p, status: "success", message: p.message || "installed" }))
        };
      }
      throw error;
    }
    last = task;
    options.onUpdate?.(task);
    if (task.status === "success") return task;
    if (task.status === "failed") {
      const failed = task.plugins.find((p) => p.status === "failed");
      throw new import_chunk_MYPC2CKU.TaskFailedError(
        task,
        `install task ${id} failed${failed ? ` for ${failed.identifier}: ${failed.message || "no message"}` : ""}`,
        "Read the daemon\u2019s message above; fix the package or the daemon\u2019s environment, then deploy again."
      );
    }
    const elapsed = now() - started;
    if (elapsed >= timeout) {
      const running = last.plugins.map(
        (p) => `${p.identifier} ${p.status}${p.message ? ` (${p.message})` : ""}`
      );
      throw new import_chunk_MYPC2CKU.TargetError(
        `install task ${id} did not finish within ${Math.round(timeout / 1e3)} s: ${running.join("; ") || last.status}`,
        { kind: "timeout", code: "DPR1107" },
        "The daemon may still be installing dependencies; look at its log, then wait longer or clean the task up with `tasks cleanup`."
      );
    }
    await sleep(Math.min(interval, timeout - elapsed), options.signal);
    interval = Math.min(interval * 2, maxInterval);
  }
}
function sleep(ms, signal) {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener("abort", done);
      clearTimeout(timer);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
var PLUGIN = "/workspaces/current/plugin";
var PAGE = 256;
var VERSION_PROBE = "99999.0.0";
var ConsoleTarget = class {
  constructor(options) {
    this.options = options;
    this.session = new ConsoleSession({
      url: options.url,
      account: options.account,
      http: options.http,
      passwordEncoding: options.passwordEncoding
    });
    this.info = { kind: "console", url: this.session.site, ...options.embedded ? { embedded: true } : {} };
  }
  options;
  info;
  capabilities = { upgrade: "uninstall-install" };
  session;
  workspaceChecked = false;
  debugKeys = [];
  secrets() {
    return [...this.session.secrets(), ...this.debugKeys];
  }
  /** The authentication scheme the console used (after the first call). */
  get scheme() {
    return this.session.scheme;
  }
  async health() {
    const workspace = await this.workspace();
    const permission = await this.json("GET", `${PLUGIN}/permission/fetch`);
    const versions = await this.versions();
    return {
      ok: true,
      ...versions.dify ? { difyVersion: versions.dify } : {},
      details: {
        workspace: { id: workspace.id, name: workspace.name },
        scheme: this.session.scheme,
        ...(0, import_chunk_MO7QG43S.isObject)(permission) ? { plugin_permission: permission } : {}
      }
    };
  }
  /**
   * What Plugins → Debug shows (`GET …/plugin/debugging-key`): the workspace's remote-debugging key
   * and the host and port (PLUGIN_REMOTE_INSTALL_HOST/PORT) a plugin's `.env` should name. The key
   * is a secret: it is added to {@link secrets}.
   */
  async debuggingKey() {
    const data = await this.json("GET", `${PLUGIN}/debugging-key`);
    if (!(0, import_chunk_MO7QG43S.isObject)(data) || typeof data.key !== "string")
      throw this.shapeError(`GET /console/api${PLUGIN}/debugging-key`, data);
    this.debugKeys.push(data.key);
    return { key: data.key, host: String(data.host ?? ""), port: Number(data.port) };
  }
  async versions() {
    const r = await this.raw("GET", "/version", { query: { current_version: VERSION_PROBE } }, false);
    const v = (0, import_chunk_MO7QG43S.isObject)(r.body) && typeof r.body.version === "string" ? r.body.version : void 0;
    return v && v !== VERSION_PROBE ? { dify: v } : {};
  }
  async upload(file) {
    const data = await this.json(
      "POST",
      `${PLUGIN}/upload/pkg`,
      { file: { field: "pkg", path: file } },
      "upload"
    );
    const upload = (0, import_chunk_MO7QG43S.readUpload)(data);
    if (!upload) throw this.shapeError(`POST /console/api${PLUGIN}/upload/pkg`, data);
    return upload;
  }
  async install(identifiers) {
    const data = await this.json("POST", `${PLUGIN}/install/pkg`, {
      json: { plugin_unique_identifiers: identifiers }
    });
    if (!(0, import_chunk_MO7QG43S.isObject)(data) || typeof data.all_installed !== "boolean")
      throw this.shapeError(`POST /console/api${PLUGIN}/install/pkg`, data);
    return { allInstalled: data.all_installed, taskId: typeof data.task_id === "string" ? data.task_id : "" };
  }
  async upgrade(original, next) {
    throw new import_chunk_MYPC2CKU.TargetError(
      `a Dify console cannot upgrade ${original} to ${next} in place: it has no upgrade route for a local package`,
      { kind: "unsupported", code: "DPR1108" },
      "Uninstall the installed version, then install the new one (deployPackage does this and measures the gap), or deploy through the daemon."
    );
  }
  async task(id) {
    const data = await this.json("GET", `${PLUGIN}/tasks/${encodeURIComponent(id)}`);
    const task = (0, import_chunk_MO7QG43S.isObject)(data) ? (0, import_chunk_MO7QG43S.readTask)(data.task) : void 0;
    if (!task) throw this.shapeError(`GET /console/api${PLUGIN}/tasks/{id}`, data);
    return task;
  }
  waitForTask(id, options) {
    return waitFor((t) => this.task(t), id, options);
  }
  async tasks(options = {}) {
    const data = await this.json("GET", `${PLUGIN}/tasks`, {
      query: { page: options.page ?? 1, page_size: options.pageSize ?? PAGE }
    });
    if (!(0, import_chunk_MO7QG43S.isObject)(data) || !Array.isArray(data.tasks))
      throw this.shapeError(`GET /console/api${PLUGIN}/tasks`, data);
    return data.tasks.map(import_chunk_MO7QG43S.readTask).filter((t) => t !== void 0);
  }
  async deleteTask(id) {
    await this.json("POST", `${PLUGIN}/tasks/${encodeURIComponent(id)}/delete`);
  }
  async deleteTaskItem(id, identifier) {
    await this.json("POST", `${PLUGIN}/tasks/${encodeURIComponent(id)}/delete/${identifier}`);
  }
  async installations() {
    const out = [];
    for (let page = 1; ; page++) {
      const data = await this.json("GET", `${PLUGIN}/list`, { query: { page, page_size: PAGE } });
      if (!(0, import_chunk_MO7QG43S.isObject)(data) || !Array.isArray(data.plugins))
        throw this.shapeError(`GET /console/api${PLUGIN}/list`, data);
      for (const p of data.plugins) {
        const i = (0, import_chunk_MO7QG43S.readInstallation)(p);
        if (i) out.push(i);
      }
      const total = typeof data.total === "number" ? data.total : void 0;
      if (total === void 0 || data.plugins.length < PAGE || out.length >= total) return out;
    }
  }
  async installation(pluginId) {
    const data = await this.json("POST", `${PLUGIN}/list/installations/ids`, {
      json: { plugin_ids: [pluginId] }
    });
    if (!(0, import_chunk_MO7QG43S.isObject)(data) || !Array.isArray(data.plugins))
      throw this.shapeError(`POST /console/api${PLUGIN}/list/installations/ids`, data);
    return data.plugins.map(import_chunk_MO7QG43S.readInstallation).find((i) => i?.pluginId === pluginId);
  }
  /** The console has no route for it: the same answer as the daemon's, from the installations. */
  async missing(identifiers) {
    const out = [];
    for (const identifier of identifiers) {
      const pluginId = identifier.slice(0, identifier.indexOf(":"));
      const installed = await this.installation(pluginId);
      if (!installed) out.push({ identifier });
      else if (installed.identifier !== identifier)
        out.push({ identifier, currentIdentifier: installed.identifier });
    }
    return out;
  }
  async uninstall(installationId) {
    await this.json("POST", `${PLUGIN}/uninstall`, { json: { plugin_installation_id: installationId } });
  }
  async manifest(identifier) {
    const data = await this.json("GET", `${PLUGIN}/fetch-manifest`, {
      query: { plugin_unique_identifier: identifier }
    });
    if (!(0, import_chunk_MO7QG43S.isObject)(data) || !(0, import_chunk_MO7QG43S.isObject)(data.manifest))
      throw this.shapeError(`GET /console/api${PLUGIN}/fetch-manifest`, data);
    return data.manifest;
  }
  async close() {
    await this.options.onClose?.();
  }
  // -------------------------------------------------------------------------------------------
  /** The current workspace, checked once against the configured one. */
  async workspace() {
    const r = await this.raw("GET", "/workspaces");
    const data = this.unwrap("GET /console/api/workspaces", r);
    const list = (0, import_chunk_MO7QG43S.isObject)(data) && Array.isArray(data.workspaces) ? data.workspaces.filter(import_chunk_MO7QG43S.isObject) : [];
    const current = list.find((w) => w.current === true) ?? list[0];
    if (!current || typeof current.id !== "string")
      throw this.shapeError("GET /console/api/workspaces", data);
    const wanted = this.options.workspace;
    if (wanted && current.id !== wanted && current.name !== wanted) {
      const other = list.find((w) => w.id === wanted || w.name === wanted);
      throw new import_chunk_MYPC2CKU.TargetError(
        `the console account\u2019s current workspace is \u201C${String(current.name)}\u201D (${current.id}), not the configured \u201C${wanted}\u201D${other ? "" : `; the account\u2019s workspaces: ${list.map((w) => `\u201C${String(w.name)}\u201D`).join(", ") || "none"}`}`,
        { kind: "workspace", code: "DPR1103", route: "GET /console/api/workspaces" },
        other ? `Switch the account to \u201C${String(other.name)}\u201D in the console (the workspace menu), or set workspace: ${current.id} in .dify-release.yml.` : "Invite the account into the configured workspace, or correct `workspace` in .dify-release.yml."
      );
    }
    this.info.tenant = current.id;
    this.info.workspaceName = String(current.name ?? "");
    this.workspaceChecked = true;
    return { id: current.id, name: String(current.name ?? "") };
  }
  async raw(method, path3, options = {}, authenticated = true) {
    if (!authenticated) {
      return call(this.options.http, {
        ...options,
        method,
        url: `${this.session.api}${path3}`,
        route: `${method} /console/api${path3}`,
        secrets: this.secrets()
      });
    }
    return this.session.request(method, path3, options);
  }
  /** An authenticated call in the checked workspace, its JSON returned, its errors typed. */
  async json(method, path3, options = {}, purpose) {
    if (!this.workspaceChecked) await this.workspace();
    const route = `${method} /console/api${path3.replace(/\/tasks\/[^/]+/, "/tasks/{id}")}`;
    const r = await this.raw(method, path3, options);
    if (r.status === 403) throw await this.forbidden(route, r);
    return this.unwrap(route, r, purpose);
  }
  unwrap(route, r, purpose) {
    return unwrapConsole(route, r, this.secrets(), purpose);
  }
  /** A 403 says only “forbidden”: say which setting refuses, when the console tells. */
  async forbidden(route, r) {
    let setting;
    try {
      const p = await this.raw("GET", `${PLUGIN}/permission/fetch`);
      if ((0, import_chunk_MO7QG43S.isObject)(p.body) && typeof p.body.install_permission === "string")
        setting = p.body.install_permission;
    } catch {
    }
    return forbiddenError(route, r, this.secrets(), setting);
  }
  shapeError(route, data) {
    return shapeError(route, data, this.secrets());
  }
};
var UUID = /^\{?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\}?$/i;
var PAGE2 = 256;
var DaemonTarget = class {
  constructor(options) {
    this.options = options;
    if (!options.apiKey) throw new import_chunk_NG6BV4S6.UsageError("the daemon target needs an API key");
    if (!UUID.test(options.tenant)) {
      throw new import_chunk_NG6BV4S6.UsageError(
        `the daemon tenant "${options.tenant}" is not a Dify workspace id (a UUID): the daemon keys installations by it`,
        "Use the workspace id (in the console URL, or the tenants table), e.g. tenants: [6f2c\u2026-\u2026] in .dify-release.yml."
      );
    }
    this.base = options.url.replace(/\/+$/, "");
    this.info = {
      kind: "daemon",
      url: this.base,
      tenant: options.tenant,
      ...options.embedded ? { embedded: true } : {}
    };
  }
  options;
  info;
  capabilities = { upgrade: "in-place" };
  base;
  secrets() {
    return [this.options.apiKey];
  }
  async health() {
    const result = await call(this.options.http, {
      method: "GET",
      url: `${this.base}/health/check`,
      route: "GET /health/check",
      secrets: this.secrets()
    });
    if (result.status !== 200 || !(0, import_chunk_MO7QG43S.isObject)(result.body) || result.body.status !== "ok") {
      throw protocolError("GET /health/check", result, this.secrets(), "a plugin daemon");
    }
    await this.management("GET", "/list", { query: { page: 1, page_size: 1 } });
    const { status: _status, ...details } = result.body;
    const version = typeof result.body.version === "string" ? result.body.version : void 0;
    return { ok: true, ...version ? { daemonVersion: version } : {}, details };
  }
  async versions() {
    const h = await this.health();
    return h.daemonVersion ? { daemon: h.daemonVersion } : {};
  }
  async upload(file, options = {}) {
    const data = await this.management("POST", "/install/upload/package", {
      file: { field: "dify_pkg", path: file },
      fields: { verify_signature: options.verifySignature ? "true" : "false" },
      upload: true
    });
    const upload = (0, import_chunk_MO7QG43S.readUpload)(data);
    if (!upload) throw this.shapeError("POST /install/upload/package", data);
    return upload;
  }
  async install(identifiers, options = {}) {
    const data = await this.management("POST", "/install/identifiers", {
      json: {
        plugin_unique_identifiers: identifiers,
        source: options.source ?? "package",
        metas: identifiers.map(() => ({}))
      }
    });
    return this.taskStart("POST /install/identifiers", data);
  }
  async upgrade(original, next, options = {}) {
    const data = await this.management("POST", "/install/upgrade", {
      json: {
        original_plugin_unique_identifier: original,
        new_plugin_unique_identifier: next,
        source: options.source ?? "package",
        meta: {}
      }
    });
    return this.taskStart("POST /install/upgrade", data);
  }
  async task(id) {
    const data = await this.management("GET", `/install/tasks/${encodeURIComponent(id)}`);
    const task = (0, import_chunk_MO7QG43S.readTask)(data);
    if (!task) throw this.shapeError("GET /install/tasks/{id}", data);
    return task;
  }
  waitForTask(id, options) {
    return waitFor((t) => this.task(t), id, options);
  }
  async tasks(options = {}) {
    const data = await this.management("GET", "/install/tasks", {
      query: { page: options.page ?? 1, page_size: options.pageSize ?? PAGE2 }
    });
    if (!Array.isArray(data)) throw this.shapeError("GET /install/tasks", data);
    return data.map(import_chunk_MO7QG43S.readTask).filter((t) => t !== void 0);
  }
  async deleteTask(id) {
    await this.management("POST", `/install/tasks/${encodeURIComponent(id)}/delete`, { idempotent: true });
  }
  async deleteTaskItem(id, identifier) {
    await this.management("POST", `/install/tasks/${encodeURIComponent(id)}/delete/${identifier}`, {
      idempotent: true
    });
  }
  async installations() {
    const out = [];
    for (let page = 1; ; page++) {
      const data = await this.management("GET", "/list", { query: { page, page_size: PAGE2 } });
      if (!(0, import_chunk_MO7QG43S.isObject)(data) || !Array.isArray(data.list)) throw this.shapeError("GET /list", data);
      for (const item of data.list) {
        const i = (0, import_chunk_MO7QG43S.readInstallation)(item);
        if (i) out.push(i);
      }
      const total = typeof data.total === "number" ? data.total : void 0;
      if (data.list.length < PAGE2 || total !== void 0 && out.length >= total) return out;
    }
  }
  async installation(pluginId) {
    const data = await this.management("POST", "/installation/fetch/batch", {
      json: { plugin_ids: [pluginId] },
      idempotent: true
    });
    if (!Array.isArray(data)) throw this.shapeError("POST /installation/fetch/batch", data);
    return data.map(import_chunk_MO7QG43S.readInstallation).find((i) => i?.pluginId === pluginId);
  }
  async missing(identifiers) {
    const data = await this.management("POST", "/installation/missing", {
      json: { plugin_unique_identifiers: identifiers },
      idempotent: true
    });
    const missing = (0, import_chunk_MO7QG43S.readMissing)(data);
    if (!missing) throw this.shapeError("POST /installation/missing", data);
    return missing;
  }
  async uninstall(installationId) {
    await this.management("POST", "/uninstall", {
      json: { plugin_installation_id: installationId },
      idempotent: true
    });
  }
  async manifest(identifier) {
    const data = await this.management("GET", "/fetch/manifest", {
      query: { plugin_unique_identifier: identifier }
    });
    if (!(0, import_chunk_MO7QG43S.isObject)(data)) throw this.shapeError("GET /fetch/manifest", data);
    return data;
  }
  async close() {
    await this.options.onClose?.();
  }
  // -------------------------------------------------------------------------------------------
  taskStart(route, data) {
    if (!(0, import_chunk_MO7QG43S.isObject)(data) || typeof data.all_installed !== "boolean") throw this.shapeError(route, data);
    return { allInstalled: data.all_installed, taskId: typeof data.task_id === "string" ? data.task_id : "" };
  }
  shapeError(route, data) {
    return new import_chunk_MYPC2CKU.TargetError(
      `${route}: the daemon's data is not of the expected shape (${clean(JSON.stringify(data) ?? "null", this.secrets()).slice(0, 200)})`,
      { kind: "protocol", code: "DPR1109", route },
      "Check the daemon version: this client follows dify-plugin-daemon\u2019s management API."
    );
  }
  /** One management call: the envelope unwrapped, business errors thrown as typed errors. */
  async management(method, path3, options = {}) {
    const tenant = encodeURIComponent(this.options.tenant);
    const route = `${method} /plugin/${this.options.tenant}/management${path3.replace(/\/install\/tasks\/[^/]+/, "/install/tasks/{id}")}`;
    const result = await call(this.options.http, {
      method,
      url: `${this.base}/plugin/${tenant}/management${path3}`,
      route,
      headers: { "X-Api-Key": this.options.apiKey },
      json: options.json,
      query: options.query,
      file: options.file,
      fields: options.fields,
      idempotent: options.idempotent,
      secrets: this.secrets()
    });
    return this.unwrap(route, result, options.upload === true);
  }
  unwrap(route, result, upload) {
    const body = result.body;
    if (!(0, import_chunk_MO7QG43S.isObject)(body) || typeof body.code !== "number") {
      if (result.status === 404 && (0, import_chunk_MO7QG43S.isObject)(body) && body.code === "not_found") {
        throw new import_chunk_MYPC2CKU.TargetError(
          `${route}: the daemon has no such route (HTTP 404 "route not found")`,
          { kind: "protocol", code: "DPR1109", route, status: 404, serverCode: "not_found" },
          "Check the URL (the daemon\u2019s root, not the Dify site) and the daemon version."
        );
      }
      throw protocolError(route, result, this.secrets(), "a plugin daemon");
    }
    if (body.code === 0) return body.data;
    const raw = typeof body.message === "string" ? body.message : "";
    const inner = (0, import_chunk_MYPC2CKU.parseDaemonErrorMessage)(raw);
    const text = clean(inner?.message ?? raw, this.secrets());
    const { kind, code } = (0, import_chunk_MYPC2CKU.classifyDaemonError)(inner?.errorType, text, result.status);
    const finalCode = upload && code === "DPR1114" ? "DPR1104" : code;
    const detail = {
      kind,
      code: finalCode,
      route,
      status: result.status,
      serverCode: body.code,
      serverMessage: text,
      ...inner ? { errorType: inner.errorType } : {}
    };
    if (kind === "auth") {
      throw new import_chunk_MYPC2CKU.TargetError(
        `${route}: the daemon refused the API key (${inner?.errorType ?? `code ${body.code}`}: ${text})`,
        detail,
        "Set the API key to the daemon\u2019s SERVER_KEY (Dify\u2019s PLUGIN_DAEMON_KEY) in the variable the configuration names."
      );
    }
    throw new import_chunk_MYPC2CKU.TargetError(
      `${route}: the daemon answered ${inner?.errorType ?? `code ${body.code}`}: ${text}`,
      detail,
      fixFor(finalCode)
    );
  }
};
function fixFor(code) {
  switch (code) {
    case "DPR1104":
      return "Run `dify-plugin-release validate` and `verify` on the package; the daemon\u2019s message says what it refused.";
    case "DPR1105":
      return "Sign the package with a key the daemon trusts (THIRD_PARTY_SIGNATURE_VERIFICATION_ENABLED=true, THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS=<its .public.pem>); do not turn verification off.";
    default:
      return void 0;
  }
}
var DEFAULT_API_KEY_ENV = "DIFY_DAEMON_API_KEY";
var DEFAULT_ACCOUNT_ENV = "DIFY_CONSOLE_ACCOUNT";
function resolveSelection(selection, ctx) {
  const name = selection.environment;
  const env = name ? ctx.config.environments[name] : void 0;
  if (name && !env && !selection.url) {
    const known = Object.keys(ctx.config.environments);
    throw new import_chunk_NG6BV4S6.UsageError(
      `no environment "${name}" in the configuration${known.length ? ` (it has: ${known.join(", ")})` : ""}`,
      `Add environments: ${name}: { url: \u2026, kind: daemon|console, \u2026 } to .dify-release.yml, or pass --target-url.`
    );
  }
  const pick = (a, b) => a !== void 0 ? a : b;
  return {
    environment: name,
    url: pick(selection.url, env?.url),
    kind: pick(selection.kind, env?.kind),
    tenant: pick(selection.tenant, env?.tenants?.[0]),
    workspace: pick(selection.workspace, env?.workspace),
    apiKeyEnv: pick(selection.apiKeyEnv, env?.apiKeyEnv),
    accountEnv: pick(selection.accountEnv, env?.accountEnv),
    passwordEncoding: pick(selection.passwordEncoding, env?.passwordEncoding),
    trustedKeys: [...env?.trustedKeys ?? [], ...selection.trustedKeys ?? []],
    forceVerify: pick(selection.forceVerify, env?.forceVerify),
    runtime: pick(selection.runtime, env?.runtime),
    dataDir: pick(selection.dataDir, env?.dataDir),
    difyVersion: pick(selection.difyVersion, env?.difyVersion)
  };
}
async function openTarget(selection, ctx) {
  const s = resolveSelection(selection, ctx);
  const kind = s.kind ?? (s.accountEnv && !s.apiKeyEnv ? "console" : /\/console\/api\/?$/.test(s.url ?? "") ? "console" : "daemon");
  if (!s.url) return openEmbedded(s, kind, ctx);
  if (kind === "console") {
    const variable2 = s.accountEnv ?? DEFAULT_ACCOUNT_ENV;
    return new ConsoleTarget({
      url: s.url,
      account: (0, import_chunk_MYPC2CKU.parseAccount)(
        secret(ctx.env, variable2, "the console account (EMAIL:PASSWORD)"),
        `$${variable2}`
      ),
      http: ctx.ports.http,
      ...s.workspace ? { workspace: s.workspace } : {},
      ...s.passwordEncoding ? { passwordEncoding: s.passwordEncoding } : {}
    });
  }
  const variable = s.apiKeyEnv ?? DEFAULT_API_KEY_ENV;
  const apiKey = secret(ctx.env, variable, "the daemon\u2019s API key");
  if (!s.tenant) {
    throw new import_chunk_NG6BV4S6.UsageError(
      `the daemon target ${s.url} needs a tenant: the Dify workspace id plugins are installed for`,
      `Add tenants: [<workspace id>] to environments.${s.environment ?? "<name>"} in .dify-release.yml (the id is in the console's URL and in Dify's tenants table).`
    );
  }
  return new DaemonTarget({ url: s.url, apiKey, tenant: s.tenant, http: ctx.ports.http });
}
var shared = /* @__PURE__ */ new Map();
async function openEmbedded(s, kind, ctx) {
  const dataDir = import_node_path.default.resolve(
    s.dataDir ?? import_node_path.default.join(ctx.cwd, ".dify-release", "envs", s.environment ?? "default", "daemon")
  );
  let entry = shared.get(dataDir);
  if (!entry) {
    entry = startShared(dataDir, s, ctx);
    shared.set(dataDir, entry);
    entry.catch(() => shared.delete(dataDir));
  }
  const d = await entry;
  d.users++;
  let closed = false;
  const onClose = async () => {
    if (closed) return;
    closed = true;
    if (--d.users > 0) return;
    shared.delete(dataDir);
    await d.daemon.close();
  };
  if (kind === "console") {
    return new ConsoleTarget({
      url: d.daemon.url,
      account: d.account,
      http: ctx.ports.http,
      embedded: true,
      onClose
    });
  }
  const { DEFAULT_TENANT } = await Promise.resolve().then(() => require("./server-CCWXRP4J.cjs"));
  return new DaemonTarget({
    url: d.daemon.url,
    apiKey: d.apiKey,
    tenant: s.tenant ?? DEFAULT_TENANT,
    http: ctx.ports.http,
    embedded: true,
    onClose
  });
}
async function startShared(dataDir, s, ctx) {
  const { startEmbeddedDaemon, DEFAULT_TENANT } = await Promise.resolve().then(() => require("./server-CCWXRP4J.cjs"));
  const apiKey = (0, import_node_crypto.randomBytes)(24).toString("base64url");
  const account = {
    email: "embedded@localhost.localdomain",
    password: (0, import_node_crypto.randomBytes)(18).toString("base64url")
  };
  const daemon = await startEmbeddedDaemon({
    dataDir,
    apiKey,
    tenant: s.tenant ?? DEFAULT_TENANT,
    trustedKeys: s.trustedKeys,
    forceVerify: s.forceVerify === true,
    ...s.runtime === "python" ? { runtime: {} } : {},
    console: {
      accounts: [{ ...account, role: "owner" }],
      ...s.difyVersion ? { difyVersion: s.difyVersion.replace(/^v/, "") } : {}
    },
    env: ctx.env
  });
  return { daemon, apiKey, account, users: 0 };
}
function secret(env, variable, what) {
  const value = env[variable];
  if (value === void 0 || value.trim() === "") {
    throw new import_chunk_MYPC2CKU.TargetError(
      `the environment variable ${variable}, which should hold ${what}, is not set or empty`,
      { kind: "config", code: "DPR1110" },
      `Set ${variable} (in Actions: env: ${variable}: from a repository or environment secret), or name another variable in .dify-release.yml.`
    );
  }
  return value;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ConsoleTarget,
  openTarget,
  resolveSelection
});
