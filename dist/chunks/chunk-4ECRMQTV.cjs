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
  daemonCommand: () => daemonCommand
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_CYKMR5N3 = require("./chunk-CYKMR5N3.cjs");
var import_chunk_IGMRLCZS = require("./chunk-IGMRLCZS.cjs");
var daemonCommand = (0, import_chunk_IGMRLCZS.defineCommand)({
  name: "daemon",
  summary: "run the embedded Dify plugin daemon (management API, and the console API with --console) until SIGINT or SIGTERM",
  options: [
    {
      key: "port",
      kind: "number",
      integer: true,
      min: 0,
      max: 65535,
      default: 5002,
      value: "N",
      description: "the port to listen on (0: a free one, printed at start)"
    },
    {
      key: "host",
      kind: "string",
      default: "127.0.0.1",
      value: "address",
      description: "the address to bind (anything but loopback exposes it to the network)"
    },
    {
      key: "data",
      kind: "path",
      default: ".dify-release/daemon",
      value: "dir",
      description: "the data directory: packages, installations and tasks survive restarts and crashes there"
    },
    {
      key: "apiKeyEnv",
      kind: "string",
      default: "DIFY_DAEMON_API_KEY",
      value: "variable",
      description: "the environment variable holding the API key clients must send as X-Api-Key (required)"
    },
    {
      key: "console",
      kind: "boolean",
      default: false,
      description: "serve the Dify console API (/console/api: login, cookies, CSRF) in front of the same state"
    },
    {
      key: "accountEnv",
      kind: "string",
      default: "DIFY_CONSOLE_ACCOUNT",
      value: "variable",
      description: 'with --console: the variable holding the account, EMAIL:PASSWORD or JSON {"email","password","role"}'
    },
    {
      key: "forceVerify",
      kind: "boolean",
      default: false,
      description: "refuse packages whose signature does not verify (FORCE_VERIFYING_SIGNATURE)"
    },
    {
      key: "trustedKey",
      kind: "list",
      value: "PEM",
      description: "a public key file (PKCS#1 PEM) to trust besides the official key, which is always trusted; repeatable"
    },
    {
      key: "runtime",
      kind: "enum",
      choices: ["python"],
      description: "start each installed plugin (python -m <entrypoint> in a venv with its dependencies) and check it stays up"
    },
    {
      key: "python",
      kind: "string",
      value: "interpreter",
      defaultText: "python3",
      description: "with --runtime python: the interpreter the environments are made from"
    },
    {
      key: "runtimeOffline",
      kind: "boolean",
      default: false,
      description: "with --runtime python: install dependencies with no network (no index, proxies closed)"
    },
    {
      key: "maxPackageSize",
      kind: "number",
      value: "MiB",
      min: 0,
      minExclusive: true,
      defaultText: "50",
      description: "the largest package accepted, compressed and unpacked (MAX_PLUGIN_PACKAGE_SIZE)"
    },
    {
      key: "tenant",
      kind: "string",
      value: "id",
      defaultText: "00000000-0000-0000-0000-000000000001",
      description: "with --console: the workspace (tenant) id the account works in"
    },
    {
      key: "difyVersion",
      kind: "string",
      value: "version",
      defaultText: "1.9.0",
      description: "with --console: the Dify version the console reports"
    },
    {
      key: "consoleScheme",
      kind: "enum",
      choices: ["cookie", "bearer"],
      description: "with --console: cookie (current Dify: cookies and X-CSRF-Token) or bearer (older versions)"
    },
    {
      key: "consolePassword",
      kind: "enum",
      choices: ["base64", "plain"],
      description: "with --console: how the login password is expected (base64: current Dify; plain: older)"
    },
    {
      key: "readyFile",
      kind: "path",
      value: "file",
      description: 'write {"url","port","pid",\u2026} to this file once listening (for scripts that use --port 0 or --json)'
    }
  ],
  common: [],
  outputs: [],
  surfaces: { cli: true, action: false },
  subaction: false,
  async run(input, ctx) {
    const { daemonStage } = await Promise.resolve().then(() => require("./stage-P3EHSLHM.cjs"));
    return daemonStage(input, ctx);
  },
  present(r, _input, ctx) {
    return {
      sections: [
        {
          stage: "daemon",
          headline: `embedded daemon on ${r.url} stopped (${r.stoppedBy})`,
          findings: [],
          summary: {
            url: r.url,
            host: r.host,
            port: r.port,
            tenant: r.tenant,
            dataDir: r.dataDir,
            console: r.console,
            forceVerify: r.forceVerify,
            trustedKeys: r.trustedKeys,
            runtime: r.runtime,
            recovered: r.recovered,
            stoppedBy: r.stoppedBy,
            uptimeMs: r.uptimeMs
          },
          tables: [
            {
              title: "Embedded daemon",
              header: ["", "value"],
              rows: [
                ["url", r.url],
                ["management API", `${r.url}/plugin/${r.tenant}/management`],
                ["console API", r.console ? `${r.url}/console/api` : "-"],
                ["data", (0, import_chunk_CYKMR5N3.display)(ctx.cwd, r.dataDir)],
                [
                  "signatures",
                  r.forceVerify ? `forced (official key + ${r.trustedKeys} trusted)` : "not forced"
                ],
                ["runtime", r.runtime]
              ]
            }
          ]
        }
      ],
      exitCode: 0
    };
  }
});
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  daemonCommand
});
