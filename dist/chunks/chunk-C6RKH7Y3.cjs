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
  classifyFailure: () => classifyFailure
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var FAILURE_KINDS = [
  {
    class: "failed-too-many-times",
    title: "the daemon gave up initialising the environment after repeated failures",
    code: "DPR1307",
    remedy: "The first failure is further up in the daemon log (usually the index could not be reached, or a wheel is missing): fix it, delete the failed task (`tasks cleanup`), install again. After a Dify downgrade, the daemon\u2019s cached environments may be from the newer version: reinstall the plugin.",
    patterns: [/failed too many times/i, /consider the package is corrupted/i]
  },
  {
    class: "daemon-shutdown",
    title: "the daemon stopped while the task ran",
    code: "DPR1309",
    remedy: "Nothing was installed: once the daemon is up, delete the failed task (`tasks cleanup`) and install again.",
    patterns: [/unexpected daemon shutdown/i, /embedded daemon stopped while this task was running/i]
  },
  {
    class: "stuck",
    title: "the task ran past its time and never ended",
    code: "DPR1310",
    remedy: "Look at the daemon log for the plugin, delete the task through the API (`tasks cleanup`, never SQL), then install again; if it keeps hanging, the dependency install is waiting on the network.",
    patterns: [
      /task timed out but not properly terminated/i,
      /install task \S+ did not finish within/i,
      /stopped waiting for install task/i
    ]
  },
  {
    class: "bad-signature",
    title: "the target refused the package\u2019s signature",
    code: "DPR1304",
    remedy: "Do not turn verification off: sign the package (`dify-plugin-release sign`) and add the public key on the daemon: THIRD_PARTY_SIGNATURE_VERIFICATION_ENABLED=true and THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS=<path of the .pem inside the container>, then docker compose down && up -d (restart does not re-read .env). `doctor --package` checks it before deploying.",
    patterns: [
      /has a bad signature/i,
      /plugin verification has been enabled/i,
      /lacks official signature verification/i,
      /invalid signature/i
    ]
  },
  {
    class: "size-limit",
    title: "the package is larger than the target accepts",
    code: "DPR1305",
    remedy: "Shrink the package (`package` lists the largest files; leave .venv, tests and data out with .difyignore), or raise every limit on the way: PLUGIN_MAX_PACKAGE_SIZE (the daemon\u2019s MAX_PLUGIN_PACKAGE_SIZE, bytes), Dify\u2019s PLUGIN_MAX_PACKAGE_SIZE, and NGINX_CLIENT_MAX_BODY_SIZE.",
    patterns: [
      /file size exceeds the maximum/i,
      /package size is too large/i,
      /request entity too large/i,
      /\b413\b.*(payload|entity|too large)/i
    ]
  },
  {
    class: "package-missing",
    title: "the target does not have the package the install names",
    code: "DPR1312",
    remedy: "Upload the package file again, then install (deploy uploads every time). After a downgrade the daemon may still list the old declaration without its file: upload that version\u2019s package itself.",
    patterns: [/plugin package not found/i, /please upload it firstly/i, /plugin file does not exist/i]
  },
  {
    class: "network",
    title: "the daemon could not reach the package index (network or DNS)",
    code: "DPR1301",
    remedy: "Give the daemon a reachable index: PIP_MIRROR_URL (with a requirements.txt), or HTTP_PROXY/HTTPS_PROXY/NO_PROXY on the plugin_daemon service. Offline: ship the wheels, a requirements.txt that names only ./wheels, and no uv.lock (uv sync --frozen still follows the lock\u2019s URLs), or set PLUGIN_IGNORE_UV_LOCK=true.",
    patterns: [
      /dns error/i,
      /failed to lookup address/i,
      /name resolution/i,
      /name or service not known/i,
      /nodename nor servname/i,
      /getaddrinfo/i,
      /could not resolve host/i,
      /no such host/i,
      /failed to establish a new connection/i,
      /connection refused/i,
      /connection reset/i,
      /network is unreachable/i,
      /no route to host/i,
      /tcp connect error/i,
      /error sending request for url/i,
      /failed to fetch:?\s*`?https?:/i,
      /failed to download(?! and build)/i,
      /connecttimeout/i,
      /read timed out/i,
      /proxyerror|proxy error|tunnel connection failed/i,
      /max retries exceeded with url/i,
      /ssl: certificate_verify_failed|certificate verify failed/i
    ]
  },
  {
    class: "python-version",
    title: "the plugin\u2019s Python requirement does not match the daemon\u2019s Python",
    code: "DPR1311",
    remedy: "Make requires-python in pyproject.toml admit the daemon\u2019s Python (meta.runner.version, 3.12), and agree with the SDK\u2019s own requirement: dify-plugin \u2265 0.9 needs Python \u2265 3.12.",
    patterns: [
      /requested python version/i,
      /no interpreter found for python/i,
      /requires-python/i,
      /requires a different python/i,
      /python_version .* does not match/i
    ]
  },
  {
    class: "no-matching-wheel",
    title: "no distribution matches the daemon\u2019s platform or Python",
    code: "DPR1302",
    remedy: "Build or download the wheels for the daemon itself (linux, cp312 or abi3, its CPU: x86_64 or aarch64), or pin a version that publishes such wheels. A package the offline ./wheels lacks is often a dev dependency that should not be installed at all.",
    patterns: [
      /has no wheels? with a matching/i,
      /no matching distribution found/i,
      /could not find a version that satisfies/i,
      /not found in the provided package locations/i,
      /not found in the package registry/i,
      /is not a supported wheel on this platform/i,
      /no (?:wheels|distributions?) (?:are )?available/i,
      /(?:doesn't|does not) have a source distribution or wheel for the current platform/i,
      /failed to build `|failed to download and build|failed building wheel for/i
    ]
  },
  {
    class: "unsatisfiable",
    title: "the dependency constraints cannot all be satisfied",
    code: "DPR1303",
    remedy: "Relax or align the pins the resolver names (requirements.txt or pyproject.toml; the SDK pin too), lock again (`uv lock`), and package a new version.",
    patterns: [
      /requirements are unsatisfiable/i,
      /no solution found when resolving/i,
      /resolutionimpossible/i,
      /conflicting dependencies/i,
      /cannot install .* because these package versions have conflicting/i
    ]
  },
  {
    class: "init-timeout",
    title: "installing the dependencies went silent past the daemon\u2019s timeout",
    code: "DPR1306",
    remedy: "Raise PYTHON_ENV_INIT_TIMEOUT on the daemon (seconds without any output, default 120) and PLUGIN_INSTALL_TIMEOUT if needed, or make the install quick: a near mirror (PIP_MIRROR_URL), prebuilt wheels, fewer dependencies.",
    patterns: [/no activity for \d+ seconds/i, /init environment timeout/i, /environment-init timed out/i]
  },
  {
    class: "crashed-at-start",
    title: "the plugin crashed at start after its dependencies were installed",
    code: "DPR1308",
    remedy: "Run it as the daemon does (`python -m main` in the unpacked package, with its dependencies) and fix what it prints: an import or a missing dependency, a syntax error, a declaration the SDK refuses.",
    patterns: [
      /plugin failed to start/i,
      /failed to start plugin as no heartbeat received/i,
      /is not active for [\d.]+ seconds, it may be dead/i,
      /did not stay up/i,
      /exited with .* after it started/i,
      /traceback \(most recent call last\)[\s\S]*(?:error|exception)/i
    ]
  }
];
var UNKNOWN = {
  class: "unknown",
  title: "a failure not recognised (the daemon\u2019s text as it is)",
  code: "DPR1319",
  remedy: "Read the daemon\u2019s text as shown; the daemon log around the same time has the rest. If it is a kind of failure worth naming, report it so it is classified."
};
function classifyFailure(text) {
  for (const kind of FAILURE_KINDS) {
    for (const pattern of kind.patterns) {
      const m = pattern.exec(text);
      if (!m) continue;
      return {
        class: kind.class,
        title: kind.title,
        code: kind.code,
        remedy: kind.remedy,
        matched: lineAt(text, m.index),
        text
      };
    }
  }
  return { ...UNKNOWN, text };
}
function lineAt(text, index) {
  const start = text.lastIndexOf("\n", index) + 1;
  const found = text.indexOf("\n", index);
  const end = found === -1 ? text.length : found;
  if (end - start <= 300) return text.slice(start, end).trim();
  const from = Math.max(start, index - 120);
  const to = Math.min(end, from + 300);
  return `${from > start ? "\u2026" : ""}${text.slice(from, to).trim()}${to < end ? "\u2026" : ""}`;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  classifyFailure
});
