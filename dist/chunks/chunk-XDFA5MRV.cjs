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
  HttpError: () => HttpError,
  createHttpClient: () => createHttpClient
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_2YVRSQ6N = require("./chunk-2YVRSQ6N.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var HttpError = class extends import_chunk_NG6BV4S6.EnvironmentError {
  constructor(message, url, kind, fix) {
    super(message, fix);
    this.url = url;
    this.kind = kind;
  }
  url;
  kind;
};
var SECRET_HEADERS = /^(authorization|x-api-key|cookie|x-csrf-token|proxy-authorization)$/i;
function createHttpClient(options = {}, env = process.env) {
  const proxied = Boolean(env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy);
  const doFetch = options.fetch ?? (proxied ? proxyFetch(env) : (input, init) => globalThis.fetch(input, init));
  const backoff = options.backoffMs ?? ((n) => Math.min(250 * 2 ** (n - 1), 4e3));
  return {
    async request(req) {
      const method = req.method ?? "GET";
      const idempotent = req.idempotent ?? !["POST", "PATCH"].includes(method);
      const attempts = idempotent ? Math.max(1, req.attempts ?? 3) : 1;
      const secrets = [
        ...req.secrets ?? [],
        ...Object.entries(req.headers ?? {}).filter(([k]) => SECRET_HEADERS.test(k)).flatMap(([, v]) => [v, v.replace(/^(Bearer|token|Basic)\s+/i, "")])
      ];
      const shownUrl = redactUrl(req.url, secrets);
      for (let attempt = 1; ; attempt++) {
        const timeout = AbortSignal.timeout(req.timeoutMs ?? 3e4);
        const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
        let response;
        try {
          response = await doFetch(req.url, { method, headers: req.headers, body: req.body, signal });
        } catch (error) {
          const timedOut = timeout.aborted;
          const cause = (0, import_chunk_2YVRSQ6N.redact)(describe(error), secrets);
          if (attempt < attempts && !req.signal?.aborted) {
            options.onRetry?.(`${method} ${shownUrl}: ${cause}; retrying (${attempt}/${attempts - 1})`);
            await sleep(backoff(attempt));
            continue;
          }
          throw new HttpError(
            timedOut ? `${method} ${shownUrl} timed out after ${req.timeoutMs ?? 3e4} ms` : `${method} ${shownUrl} failed: ${cause}`,
            shownUrl,
            timedOut ? "timeout" : "network",
            "Check the URL, the network and any proxy between this machine and the server."
          );
        }
        const retryable = response.status >= 500 || response.status === 429;
        if (retryable && attempt < attempts) {
          await response.body?.cancel().catch(() => void 0);
          const wait = retryAfterMs(response.headers) ?? backoff(attempt);
          options.onRetry?.(
            `${method} ${shownUrl}: HTTP ${response.status}; retrying (${attempt}/${attempts - 1})`
          );
          await sleep(Math.min(wait, 6e4));
          continue;
        }
        return wrap(response);
      }
    }
  };
}
function proxyFetch(env) {
  let loaded;
  return async (input, init) => {
    loaded ??= Promise.resolve().then(() => require("./undici-WPFN5F5S.cjs")).then((m) => {
      const { EnvHttpProxyAgent, fetch: undiciFetch } = m.default ?? m;
      const dispatcher = new EnvHttpProxyAgent({
        httpProxy: env.HTTP_PROXY ?? env.http_proxy,
        httpsProxy: env.HTTPS_PROXY ?? env.https_proxy,
        noProxy: env.NO_PROXY ?? env.no_proxy
      });
      return ((i, o) => undiciFetch(i, { ...o, dispatcher }));
    });
    return (await loaded)(input, init);
  };
}
function wrap(response) {
  let body;
  const bytes = () => {
    body ??= response.arrayBuffer().then((b) => new Uint8Array(b));
    return body;
  };
  return {
    status: response.status,
    headers: response.headers,
    url: response.url,
    bytes,
    text: async () => Buffer.from(await bytes()).toString("utf8"),
    json: async () => JSON.parse(Buffer.from(await bytes()).toString("utf8"))
  };
}
function retryAfterMs(headers) {
  const value = headers.get("retry-after");
  if (!value) return void 0;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1e3);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : void 0;
}
function redactUrl(url, secrets = []) {
  try {
    const u = new URL(url);
    u.username = "";
    u.password = "";
    for (const key of [...u.searchParams.keys()]) {
      if (/token|key|secret|password|sig|auth/i.test(key)) u.searchParams.set(key, "***");
    }
    return (0, import_chunk_2YVRSQ6N.redact)(u.toString(), secrets);
  } catch {
    return (0, import_chunk_2YVRSQ6N.redact)(url, secrets);
  }
}
function describe(error) {
  const e = error;
  const cause = e.cause?.code ?? e.cause?.message;
  return cause ? `${e.message ?? String(error)} (${cause})` : e.message ?? String(error);
}
function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  HttpError,
  createHttpClient
});
