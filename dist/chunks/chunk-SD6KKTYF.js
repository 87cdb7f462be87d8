import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);

// src/commands/target-options.ts
var TARGET_OPTIONS = [
  {
    key: "env",
    kind: "string",
    value: "name",
    description: "the environment of .dify-release.yml (default: every environment configured, else the embedded daemon)"
  },
  {
    key: "targetUrl",
    kind: "string",
    value: "url",
    description: "the daemon\u2019s or the Dify console\u2019s URL, instead of the environment\u2019s"
  },
  {
    key: "targetKind",
    kind: "enum",
    choices: ["daemon", "console"],
    description: "with --target-url: daemon (X-Api-Key) or console (a Dify account)"
  },
  {
    key: "apiKeyEnv",
    kind: "string",
    value: "variable",
    defaultText: "DIFY_DAEMON_API_KEY",
    description: "the environment variable holding the daemon\u2019s API key"
  },
  {
    key: "accountEnv",
    kind: "string",
    value: "variable",
    defaultText: "DIFY_CONSOLE_ACCOUNT",
    description: "the environment variable holding the console account (EMAIL:PASSWORD)"
  },
  {
    key: "tenant",
    kind: "string",
    value: "id",
    description: "the daemon\u2019s tenant (the Dify workspace id; default: the environment\u2019s tenants)"
  }
];

export {
  TARGET_OPTIONS
};
