import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  MAX_TIMEOUT_SECONDS
} from "./chunk-TH67XRTX.js";
import {
  DEFAULT_KEY_NAME,
  DEFAULT_TIMEOUT_SECONDS
} from "./chunk-TWVWNLMF.js";
import {
  createHttpClient
} from "./chunk-74P7VPCQ.js";
import {
  redact,
  secretEnvValues
} from "./chunk-GVMVRTSN.js";
import {
  Git
} from "./chunk-6UGIGVRO.js";
import {
  display,
  formatSize
} from "./chunk-RNQVW4XQ.js";
import {
  onInterrupt,
  processRunner
} from "./chunk-TO5RASRL.js";
import {
  categoryText,
  short
} from "./chunk-HXXNGEUI.js";
import {
  countFindings
} from "./chunk-RQVOJRQL.js";
import {
  LAYER_TEXT,
  allCodes,
  emptyConfig,
  lookupCode
} from "./chunk-Z2ORKAXO.js";
import {
  finding
} from "./chunk-Y4BKZJXZ.js";
import {
  DprError,
  UsageError,
  errorMessage
} from "./chunk-62OAMW2I.js";
import {
  isInside
} from "./chunk-2IS3DTRP.js";

// src/config/policy.ts
import path from "node:path";
function createPolicy(options) {
  const ignore = new Set((options.ignore ?? []).map((c) => c.toUpperCase()));
  const overrides = [...options.overrides ?? []].sort((a, b) => b.path.length - a.path.length);
  const overrideFor = (plugin) => {
    if (overrides.length === 0 || plugin === void 0 || /\.dify(pkg|bndl)$/.test(plugin)) return void 0;
    const dir = path.resolve(options.cwd, plugin);
    return overrides.find((o) => isInside(o.path, dir));
  };
  return {
    strict: options.strict,
    ignore: [...ignore],
    apply(findings) {
      const out = [];
      for (const f of findings) {
        const o = overrideFor(f.plugin);
        if (ignore.has(f.code) || o?.ignore?.includes(f.code)) continue;
        const strict = o?.strict ?? options.strict;
        out.push(strict && f.severity === "warning" ? { ...f, severity: "error" } : f);
      }
      return out;
    }
  };
}

// src/report/index.ts
async function createReporter(options) {
  const env = options.env ?? process.env;
  if (options.json) {
    const { JsonReporter } = await import("./json-BRLGHDZO.js");
    return new JsonReporter(options.command);
  }
  if (env.GITHUB_ACTIONS === "true") {
    const { ActionsReporter } = await import("./actions-QAOX75QZ.js");
    return new ActionsReporter({
      command: options.command,
      cwd: options.cwd ?? process.cwd(),
      workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
      annotateNotices: options.annotateNotices,
      summaryFile: env.GITHUB_STEP_SUMMARY || void 0
    });
  }
  const { TerminalReporter } = await import("./terminal-C4T5IGXG.js");
  return new TerminalReporter();
}

// src/commands/common.ts
var COMMON_OPTIONS = {
  strict: {
    key: "strict",
    kind: "boolean",
    description: "treat warnings as errors",
    default: false,
    config: "strict"
  },
  ignore: {
    key: "ignore",
    kind: "list",
    split: ",",
    value: "codes",
    description: "finding codes to ignore, comma-separated, any case (e.g. DPR212,dpr106; `explain --list` lists them)",
    config: "ignore"
  },
  config: {
    key: "config",
    kind: "path",
    value: "file",
    description: "the configuration file (default: .dify-release.yml at the repository root)"
  },
  "dry-run": {
    key: "dryRun",
    kind: "boolean",
    description: "change nothing remote: show every call that would be made",
    default: false
  },
  "annotate-notices": {
    key: "annotateNotices",
    kind: "boolean",
    description: "in GitHub Actions, annotate notices too (errors and warnings always are)",
    default: false,
    config: "annotate-notices"
  }
};
var JSON_OPTION = {
  key: "json",
  kind: "boolean",
  description: "print exactly one JSON document on stdout",
  input: false
};

// src/commands/context.ts
function buildContext(options) {
  const { inv, reporter } = options;
  const controller = new AbortController();
  const release = onInterrupt(() => controller.abort());
  const ports = {
    processes: inv.ports?.processes ?? processRunner,
    git: inv.ports?.git ?? ((cwd) => new Git(cwd ?? inv.cwd)),
    http: inv.ports?.http ?? createHttpClient({ onRetry: (m) => reporter.info(m) })
  };
  const ctx = {
    cwd: inv.cwd,
    env: inv.env,
    now: () => /* @__PURE__ */ new Date(),
    log: (m) => reporter.info(m),
    progress: (label, done, total) => reporter.progress(label, done, total),
    relay: (title) => reporter.relay(title),
    section: (s) => reporter.section({ ...s, findings: options.policy.apply(s.findings) }),
    policy: options.policy,
    config: options.config,
    ports,
    dryRun: options.dryRun,
    signal: controller.signal
  };
  return { ctx, release };
}

// src/commands/resolve.ts
import path2 from "node:path";

// src/core/args.ts
function splitArgs(value) {
  return [...value.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
}

// src/commands/declare.ts
function defineCommand(decl) {
  return decl;
}
function flagName(o) {
  if (o.flag === false) return void 0;
  return o.flag ?? kebab(o.key);
}
function inputName(o) {
  if (o.input === false) return void 0;
  return o.input ?? flagName(o) ?? kebab(o.key);
}
function kebab(key) {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

// src/commands/values.ts
function optionLabel(o, surface, positional = false) {
  if (surface === "cli") return positional ? `argument <${o.key}>` : `--${flagName(o)}`;
  if (surface === "action") return `input "${inputName(o)}"`;
  return `"${o.config}" in the configuration file`;
}
function setHint(o, surface, example, positional = false) {
  if (surface === "cli") return positional ? `Pass ${example}.` : `Write --${flagName(o)} ${example}.`;
  if (surface === "action") return `Set ${inputName(o)}: ${example}.`;
  return `Write ${o.config}: ${example}.`;
}
function parseText(o, text, surface, positional = false) {
  const label = optionLabel(o, surface, positional);
  const value = text.trim();
  switch (o.kind) {
    case "boolean": {
      if (["true", "True", "TRUE"].includes(value)) return true;
      if (["false", "False", "FALSE"].includes(value)) return false;
      throw new UsageError(
        `${label} is "${value}"; it must be true or false`,
        setHint(o, surface, "true or false")
      );
    }
    case "number":
      return checkNumber(o, Number(value), value, surface, positional);
    case "enum":
      return checkChoice(o, value, surface, positional);
    case "list":
      return splitList(o, value, surface);
    default:
      return value;
  }
}
function splitList(o, text, surface) {
  if (o.split === "words") return splitArgs(text);
  const separators = surface === "cli" && o.split !== "," ? /\n/ : /[\n,]/;
  return text.split(separators).map((s) => s.trim()).filter(Boolean);
}
function checkNumber(o, n, shown, surface, positional = false) {
  const label = optionLabel(o, surface, positional);
  const bounds = [
    o.min !== void 0 ? `${o.minExclusive ? "above" : "at least"} ${o.min}` : "",
    o.max !== void 0 ? `at most ${o.max}` : ""
  ].filter(Boolean).join(" and ");
  const bad = shown.trim() === "" || !Number.isFinite(n) || o.integer && !Number.isInteger(n) || o.min !== void 0 && (o.minExclusive ? n <= o.min : n < o.min) || o.max !== void 0 && n > o.max;
  if (bad) {
    const what = `${o.integer ? "a whole number" : "a number"}${o.value ? ` of ${o.value}` : ""}${bounds ? `, ${bounds}` : ""}`;
    throw new UsageError(
      `${label} is "${shown}"; it must be ${what}`,
      setHint(o, surface, String(o.default ?? o.min ?? 1), positional)
    );
  }
  return n;
}
function checkChoice(o, value, surface, positional = false) {
  const choices = o.choices ?? [];
  const found = choices.find((c) => c.toLowerCase() === value.toLowerCase());
  if (found !== void 0) return found;
  throw new UsageError(
    `${optionLabel(o, surface, positional)} is "${value}"; it must be one of ${choices.join(", ")}`,
    setHint(o, surface, choices[0] ?? "", positional)
  );
}
function fromConfig(o, value) {
  if (o.kind === "list") {
    if (Array.isArray(value)) return value.map(String);
    if (typeof value === "string") return splitList(o, value, "config");
    return [String(value)];
  }
  if (o.kind === "enum") return checkChoice(o, String(value), "config");
  if (o.kind === "number") return checkNumber(o, Number(value), String(value), "config");
  if (o.kind === "boolean") return value === true;
  return String(value);
}

// src/commands/resolve.ts
function resolveOption(o, given, config) {
  if (given !== void 0) return { value: given, source: "surface" };
  const fromFile = o.config ? config.values.get(o.config) : void 0;
  if (fromFile !== void 0) {
    let value = fromConfig(o, fromFile.value);
    if (o.kind === "path") value = path2.resolve(config.root, String(value));
    if (o.kind === "list" && o.value === "file")
      value = value.map((v) => path2.resolve(config.root, v));
    if (o.key === "paths") value = value.map((v) => path2.resolve(config.root, v));
    return { value, source: "config" };
  }
  return { value: o.default, source: "default" };
}

// src/commands/run.ts
function allOptions(decl) {
  return [...decl.args ?? [], ...decl.options, ...decl.common.map((c) => COMMON_OPTIONS[c])];
}
async function runInvocation(inv) {
  const { decl } = inv;
  const secrets = [...secretEnvValues(inv.env)];
  for (const o of allOptions(decl))
    if (o.kind === "secret" && typeof inv.values[o.key] === "string")
      secrets.push(inv.values[o.key]);
  let loaded;
  let early;
  try {
    const explicit = inv.values.config;
    const configured = decl.common.includes("config") || explicit !== void 0;
    loaded = configured ? (await import("./load-V27KSKMQ.js")).loadConfig(inv.cwd, explicit) : void 0;
  } catch (error) {
    early = error;
  }
  const config = loaded?.config ?? emptyConfig(inv.cwd);
  const annotate = inv.values.annotateNotices ?? config.values.get("annotate-notices")?.value;
  const reporter = redacting(
    inv.reporter ?? await createReporter({
      command: decl.name,
      json: inv.json,
      env: inv.env,
      cwd: inv.cwd,
      annotateNotices: annotate === true
    }),
    secrets
  );
  const finish = async (outcome) => {
    await reporter.finish(outcome);
    return outcome;
  };
  const fail = async (error) => {
    if (error instanceof DprError) {
      reporter.fatal(error.message, error.fix);
      return finish({ exitCode: error.exitCode, outputs: {} });
    }
    reporter.fatal(
      `internal error: ${errorMessage(error)}`,
      "Please report it at https://github.com/dify-plugin-release/dify-plugin-release/issues with the command you ran."
    );
    if (inv.env.DPR_DEBUG) process.stderr.write(`${redact(String(error?.stack), secrets)}
`);
    return finish({ exitCode: 2, outputs: {} });
  };
  if (early) return fail(early);
  const configFindings = loaded?.findings ?? [];
  if (configFindings.length > 0) {
    reporter.section({
      stage: "config",
      headline: `${config.file ? "configuration checked" : "configuration"}`,
      findings: configFindings,
      summary: { file: config.file ?? null }
    });
    if (countFindings(configFindings).errors > 0) {
      return finish({ exitCode: 2, outputs: errorOutputs(configFindings) });
    }
  }
  try {
    const input = {};
    for (const o of allOptions(decl)) input[o.key] = resolveOption(o, inv.values[o.key], config).value;
    const ignore = input.ignore?.map((c) => {
      const source = inv.values.ignore !== void 0 ? inv.surface : "config";
      return lookupCode(c, optionLabel(COMMON_OPTIONS.ignore, source)).code;
    });
    const policy = createPolicy({
      strict: input.strict === true,
      ignore,
      overrides: config.overrides,
      cwd: inv.cwd
    });
    const ctx = buildContext({ inv, reporter, policy, config, dryRun: input.dryRun === true });
    let result;
    try {
      result = await decl.run(input, ctx.ctx);
    } finally {
      ctx.release();
    }
    const shown = decl.present(result, input, ctx.ctx);
    const sections = shown.sections.map((s) => ({ ...s, findings: policy.apply(s.findings) }));
    const printsOwn = shown.stdout !== void 0 && !inv.json;
    if (!printsOwn) for (const s of sections) reporter.section(s);
    const all = sections.flatMap((s) => s.findings);
    const counts = countFindings(all);
    let exitCode = shown.exitCode ?? (counts.errors > 0 ? 1 : 0);
    if (exitCode === 0 && counts.errors > 0) exitCode = 1;
    const outputs = {};
    for (const [k, v] of Object.entries(shown.outputs ?? {})) if (v !== void 0) outputs[k] = v;
    const declared = new Set(decl.outputs.map((o) => o.name));
    const undeclared = Object.keys(outputs).filter((k) => !declared.has(k));
    if (undeclared.length > 0)
      throw new Error(`${decl.name} sets undeclared outputs: ${undeclared.join(", ")}`);
    Object.assign(outputs, errorOutputs(all));
    if (shown.stdout !== void 0 && !inv.json)
      (inv.print ?? ((t) => process.stdout.write(t)))(shown.stdout);
    return finish({ exitCode, outputs });
  } catch (error) {
    return fail(error);
  }
}
function errorOutputs(findings) {
  const c = countFindings(findings);
  return { errors: String(c.errors), warnings: String(c.warnings) };
}
function redacting(reporter, secrets) {
  if (secrets.length === 0) return reporter;
  const r = (t) => redact(t, secrets);
  const deep = (v) => JSON.parse(r(JSON.stringify(v)));
  return {
    progress: (label, done, total) => reporter.progress(r(label), done, total),
    info: (m) => reporter.info(r(m)),
    relay: (title) => {
      const inner = reporter.relay(r(title));
      return { line: (t) => inner.line(r(t)), end: () => inner.end() };
    },
    section: (s) => reporter.section(deep(s)),
    fatal: (m, fix) => reporter.fatal(r(m), fix === void 0 ? void 0 : r(fix)),
    finish: (end) => reporter.finish(deep(end))
  };
}

// src/commands/options.ts
function maxSizeOption(of = "the package") {
  return {
    key: "maxSize",
    kind: "number",
    value: "MiB",
    min: 0,
    minExclusive: true,
    defaultText: "50, the daemon\u2019s",
    description: `uncompressed size limit of ${of} in MiB`,
    config: "package.max-size"
  };
}
function outputOption(description, config) {
  return {
    key: "output",
    kind: "path",
    short: "o",
    value: "dir",
    input: "output-dir",
    description,
    ...config ? { config } : {}
  };
}
function publicKeysOption(description) {
  return {
    key: "key",
    kind: "list",
    value: "file",
    input: "key-file",
    description,
    config: "verify.key-file"
  };
}

// src/commands/bundle.ts
var bundleCommand = defineCommand({
  name: "bundle",
  summary: "build <name>-<version>.difybndl from a bundle directory, dependencies checked",
  args: [
    {
      key: "path",
      kind: "path",
      required: true,
      description: "the bundle directory (manifest.yaml with type: bundle)"
    }
  ],
  options: [outputOption("directory to write the bundle into (default: .)")],
  common: ["strict", "ignore", "config", "annotate-notices"],
  outputs: [
    { name: "path", description: "the .difybndl written" },
    { name: "sha256", description: "sha256 of the .difybndl file" }
  ],
  subaction: "node",
  async run(input, ctx) {
    const { bundle } = await import("./bundle-UZUEKY6E.js");
    const result = await bundle({ path: input.path, outDir: input.output, cwd: ctx.cwd });
    return { ...result, findings: ctx.policy.apply(result.findings) };
  },
  present(result, input, ctx) {
    const shown = result.path ? display(ctx.cwd, result.path) : void 0;
    return {
      sections: [
        {
          stage: "bundle",
          headline: shown ? `bundled ${shown} (${result.dependencies.length} dependencies, ${formatSize(result.size ?? 0)})` : `${input.path} not bundled`,
          findings: result.findings,
          summary: {
            path: result.path ?? null,
            sha256: result.sha256 ?? null,
            size: result.size ?? null,
            name: result.name ?? null,
            version: result.version ?? null,
            dependencies: result.dependencies,
            files: result.files
          },
          tables: [
            {
              title: "Dependencies",
              header: ["#", "type", "value"],
              rows: result.dependencies.map((d, i) => [
                i + 1,
                String(d.type),
                JSON.stringify(d.value ?? null)
              ])
            }
          ]
        }
      ],
      outputs: result.path ? { path: result.path, sha256: result.sha256 ?? "" } : {},
      exitCode: result.path ? void 0 : 1
    };
  }
});

// src/artifact/json.ts
function artifactJson(a) {
  return {
    path: a.path,
    sha256: a.sha256,
    size: a.size,
    identifier: a.identifier,
    checksum: a.checksum,
    pluginId: a.pluginId,
    version: a.version,
    signature: {
      state: a.signature.state,
      reason: a.signature.reason,
      category: a.signature.category ?? null,
      fingerprint: a.signature.signer?.fingerprint ?? null,
      official: a.signature.signer?.official ?? null
    }
  };
}

// src/commands/check.ts
var CATEGORIES = [
  "contents",
  "secrets",
  "binaries",
  "manifest",
  "readme",
  "dependencies",
  "icon",
  "version"
];
var checkCommand = defineCommand({
  name: "check",
  summary: "find what the Dify marketplace would reject, in a plugin directory or a built .difypkg",
  args: [
    {
      key: "path",
      kind: "path",
      default: ".",
      description: "a plugin directory (the files `package` would ship) or a .difypkg"
    }
  ],
  options: [
    {
      key: "profile",
      kind: "enum",
      choices: ["marketplace", "official"],
      default: "marketplace",
      description: "the rules to apply: marketplace (third-party submissions) or official (langgenius/dify-official-plugins)",
      config: "check.profile"
    },
    {
      key: "marketplaceDir",
      kind: "path",
      value: "dir",
      description: "the <author>/<name>/ folder of a dify-plugins checkout: the version must be greater than every package there"
    },
    {
      key: "prBody",
      kind: "path",
      value: "file",
      description: "the pull request body (Markdown): release notes (official) or the submission template (marketplace)"
    }
  ],
  common: ["strict", "ignore", "config", "annotate-notices"],
  outputs: [{ name: "profile", description: "the profile the checks ran with" }],
  subaction: "node",
  async run(input, ctx) {
    const { checkTarget } = await import("./marketplace-Z2R6QLVF.js");
    const result = await checkTarget(input.path, {
      profile: input.profile,
      marketplaceDir: input.marketplaceDir,
      prBodyFile: input.prBody,
      cwd: ctx.cwd
    });
    return {
      ...result,
      findings: ctx.policy.apply(result.findings).map((f) => ({ ...f, plugin: input.path }))
    };
  },
  present(result, input) {
    const counts = countFindings(result.findings);
    const categories = byCategory(result.findings);
    return {
      sections: [
        {
          stage: "check",
          headline: `${input.path} (${result.kind}, ${result.files} files) checked against the ${input.profile} rules: ${counts.errors > 0 ? "the marketplace would refuse it" : "nothing the marketplace refuses"}`,
          findings: result.findings,
          summary: {
            path: input.path,
            kind: result.kind,
            profile: input.profile,
            name: result.name ?? null,
            version: result.version ?? null,
            author: result.author ?? null,
            files: result.files,
            artifact: result.artifact ? artifactJson(result.artifact) : null,
            categories
          },
          tables: [
            {
              title: "Marketplace checks",
              header: ["Category", "Errors", "Warnings"],
              rows: Object.entries(categories).map(([c, n]) => [c, n.errors, n.warnings])
            }
          ]
        }
      ],
      outputs: { profile: input.profile }
    };
  }
});
function byCategory(findings) {
  const out = {};
  for (const c of CATEGORIES) out[c] = { errors: 0, warnings: 0 };
  for (const f of findings) {
    out[f.category] ??= { errors: 0, warnings: 0 };
    const row = out[f.category];
    if (f.severity === "error") row.errors++;
    else if (f.severity === "warning") row.warnings++;
  }
  return out;
}

// src/commands/daemon.ts
var daemonCommand = defineCommand({
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
    const { daemonStage } = await import("./stage-R2RYAKB2.js");
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
                ["data", display(ctx.cwd, r.dataDir)],
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

// src/commands/deploy-options.ts
var ENV_OPTION = {
  key: "env",
  kind: "string",
  value: "name",
  description: "the environment (its entry in .dify-release.yml; without a URL there, its embedded daemon in .dify-release/envs/NAME/)"
};
var TOKEN_OPTION = {
  key: "token",
  kind: "secret",
  flag: false,
  description: "the GitHub token for the Deployments ledger (default: GITHUB_TOKEN, else GH_TOKEN)",
  actionDefault: "${{ github.token }}"
};
var TARGET_OPTIONS = [
  {
    key: "targetUrl",
    kind: "string",
    value: "url",
    description: "the target instead of the environment\u2019s: a plugin daemon\u2019s URL, or a Dify console\u2019s"
  },
  {
    key: "targetKind",
    kind: "enum",
    choices: ["daemon", "console"],
    defaultText: "the environment\u2019s, else daemon",
    description: "what --target-url is"
  },
  {
    key: "apiKeyEnv",
    kind: "string",
    value: "variable",
    defaultText: "DIFY_DAEMON_API_KEY",
    description: "the environment variable holding the daemon\u2019s API key (never printed)"
  },
  {
    key: "accountEnv",
    kind: "string",
    value: "variable",
    defaultText: "DIFY_CONSOLE_ACCOUNT",
    description: "the environment variable holding the console account as EMAIL:PASSWORD (never printed)"
  },
  {
    key: "tenant",
    kind: "list",
    split: ",",
    value: "ids",
    description: "the tenants (daemon) or workspaces (console) to change, comma-separated; default the environment\u2019s"
  },
  {
    key: "trustedKey",
    kind: "list",
    value: "pem",
    description: "a public key file whose signatures are trusted (repeatable; the official key always is)"
  },
  {
    key: "ledger",
    kind: "enum",
    choices: ["auto", "local", "github"],
    default: "auto",
    description: "where deployments are recorded: GitHub Deployments in Actions, the local file .dify-release/envs/NAME/ledger.json otherwise (auto)"
  },
  {
    key: "timeout",
    kind: "number",
    min: 1,
    value: "seconds",
    default: 600,
    description: "how long to wait for an install task"
  },
  TOKEN_OPTION
];
var PROVENANCE_OPTIONS = [
  {
    key: "digest",
    kind: "string",
    value: "sha256",
    description: "the sha256 recorded when the package was built (the package step\u2019s output)"
  },
  {
    key: "sums",
    kind: "path",
    value: "file",
    defaultText: "SHA256SUMS next to the package",
    description: "a SHA256SUMS file that records the package\u2019s digest"
  },
  {
    key: "attestation",
    kind: "path",
    value: "file",
    defaultText: "<package>.sigstore.json when present",
    description: "an attestation bundle whose subject is the package\u2019s digest"
  },
  {
    key: "assetUrl",
    kind: "string",
    value: "url",
    description: "where the package can be downloaded again (the release asset), recorded for rollback"
  },
  {
    key: "record",
    kind: "path",
    value: "file",
    description: "also write the checklist record (JSON, schemas/checklist-record.schema.json) here"
  }
];
function gateFindings(gates) {
  const out = [];
  for (const g of gates) {
    if (g.status === "passed" || g.status === "skipped") continue;
    const code = g.status === "pending" ? "DPR1203" : g.required ? "DPR1201" : "DPR1202";
    const evidence = g.evidence.length ? ` (evidence: ${g.evidence.slice(0, 4).join("; ")})` : "";
    out.push(
      finding(
        code,
        `gate ${g.id} ${g.status}: ${g.reason ?? g.title}${evidence}`,
        g.fix ? { fix: g.fix } : {}
      )
    );
  }
  return out;
}
function gateTable(title, gates) {
  return { kind: "gates", title, gates };
}
var short2 = (d) => d ? `${d.slice(0, 12)}\u2026` : "";

// src/commands/deploy.ts
function sessionFlags(input) {
  return {
    env: input.env,
    ...input.targetUrl ? { targetUrl: input.targetUrl } : {},
    ...input.targetKind ? { targetKind: input.targetKind } : {},
    ...input.apiKeyEnv ? { apiKeyEnv: input.apiKeyEnv } : {},
    ...input.accountEnv ? { accountEnv: input.accountEnv } : {},
    ...input.tenant?.length ? { tenant: input.tenant } : {},
    ...input.trustedKey?.length ? { trustedKey: input.trustedKey } : {},
    ...input.ledger ? { ledger: input.ledger } : {},
    ...input.timeout ? { timeout: input.timeout } : {},
    ...input.token ? { token: input.token } : {}
  };
}
function releaseFlags(input) {
  return {
    ...input.digest ? { digest: input.digest } : {},
    ...input.sums ? { sums: input.sums } : {},
    ...input.attestation ? { attestation: input.attestation } : {},
    ...input.assetUrl ? { assetUrl: input.assetUrl } : {},
    ...input.record ? { record: input.record } : {}
  };
}
var deployCommand = defineCommand({
  name: "deploy",
  summary: "install or upgrade a .difypkg on an environment\u2019s target (staging), then run the checklist: provenance, signature, dependencies, permissions, staging, performance, backup, notify",
  args: [
    {
      key: "package",
      kind: "path",
      required: true,
      description: "the .difypkg to deploy (the release asset)"
    }
  ],
  options: [{ ...ENV_OPTION, default: "staging" }, ...TARGET_OPTIONS, ...PROVENANCE_OPTIONS],
  common: ["config", "dry-run"],
  outputs: [
    { name: "identifier", description: "the deployed plugin identifier" },
    { name: "digest", description: "the package\u2019s sha256" },
    { name: "outcome", description: "passed, failed or refused" },
    { name: "promotable", description: "true when every required gate passed" },
    { name: "record", description: "the checklist record\u2019s path" },
    { name: "entry", description: "the ledger entry\u2019s id" }
  ],
  subaction: "node",
  async run(input, ctx) {
    const { deployStage } = await import("./deploy-stage-E7TH2375.js");
    return deployStage({ package: input.package, ...sessionFlags(input), ...releaseFlags(input) }, ctx);
  },
  present(r) {
    return presentDeploy(r);
  }
});
function presentDeploy(r, extra = {}) {
  const a = r.pkg.artifact;
  const verb = {
    passed: r.command === "deploy" ? "deployed, checklist passed:" : "promoted",
    failed: r.command === "deploy" ? "deployed, checklist FAILED:" : "promotion FAILED:",
    refused: `${r.command} refused, nothing changed:`,
    "rolled-back": "promotion FAILED and was rolled back:"
  }[r.outcome];
  const headline2 = extra.headline ?? `${verb} ${a.identifier} on ${r.environment}${r.plan ? " (dry run)" : ""}`;
  const findings = [
    ...gateFindings(r.gates),
    ...r.settled.map((s) => finding("DPR1208", s.message)),
    ...r.tenants.filter((t) => t.absentMs !== void 0).map(
      (t) => finding(
        "DPR1216",
        `${t.tenant}: the plugin was absent for ${t.absentMs} ms while the console reinstalled it`
      )
    ),
    ...extra.findings ?? []
  ];
  return {
    sections: [
      {
        stage: r.command,
        headline: headline2,
        findings,
        summary: {
          environment: r.environment,
          outcome: r.outcome,
          promotable: r.promotable,
          identifier: a.identifier,
          version: a.version,
          digest: a.sha256,
          target: r.target,
          tenants: r.tenants,
          ledger: { ...r.ledger, entry: r.entry?.id ?? null },
          record: r.record ?? null,
          notes: r.notes,
          settled: r.settled.map((s) => ({ entry: s.entry.id, outcome: s.outcome, message: s.message })),
          ...r.plan ? { plan: r.plan } : {},
          ...extra.summary ?? {}
        },
        tables: [
          gateTable(`Checklist (${r.environment})`, r.gates),
          {
            title: "Tenants",
            header: ["Tenant", "Before", "After", "How"],
            rows: r.tenants.map((t) => [
              t.tenant,
              t.from ?? "(not installed)",
              t.error ? `failed: ${t.error}` : t.to ?? "(unchanged)",
              `${t.action ?? ""}${t.absentMs !== void 0 ? ` (absent ${t.absentMs} ms)` : ""}`
            ])
          },
          ...r.plan ? [{ title: "Plan (nothing changed)", header: ["Step"], rows: r.plan.map((p) => [p]) }] : []
        ]
      }
    ],
    outputs: {
      identifier: a.identifier,
      digest: a.sha256,
      outcome: r.outcome,
      promotable: String(r.promotable),
      record: r.record,
      entry: r.entry?.id
    },
    exitCode: r.outcome === "passed" ? 0 : 1
  };
}

// src/commands/diff.ts
var diffCommand = defineCommand({
  name: "diff",
  summary: "compare two versions of a plugin declaration by declaration and check the version bump",
  args: [
    {
      key: "old",
      kind: "string",
      required: true,
      description: "the old version: a plugin directory, a .difypkg, or a git ref (REF or REF:path)"
    },
    {
      key: "new",
      kind: "string",
      default: ".",
      description: "the new version: a plugin directory or a .difypkg"
    }
  ],
  options: [],
  common: ["strict", "ignore", "config", "annotate-notices"],
  outputs: [
    { name: "required", description: "the bump the changes need: none, patch, minor or major" },
    { name: "actual", description: "the bump the new version makes" },
    { name: "ok", description: "true when the new version covers the changes" },
    { name: "suggested", description: "the smallest version that would, when it does not" }
  ],
  subaction: "node",
  async run(input, ctx) {
    const [{ existsSync }, path6, { diffPlugins }, { openSide }] = await Promise.all([
      import("node:fs"),
      import("node:path"),
      import("./diff-P6IB74ID.js"),
      import("./sides-RRCOV4XG.js")
    ]);
    const newSide = await openSide(input.new, { cwd: ctx.cwd });
    let oldSide;
    try {
      const samePluginAs = existsSync(path6.resolve(ctx.cwd, input.new)) ? input.new : ".";
      oldSide = await openSide(input.old, { cwd: ctx.cwd, samePluginAs });
      const result = await diffPlugins(oldSide, newSide);
      return {
        result,
        findings: ctx.policy.apply(result.findings).map((f) => ({ ...f, plugin: input.new })),
        oldLabel: oldSide.label,
        newLabel: newSide.label
      };
    } finally {
      await oldSide?.close?.();
      await newSide.close?.();
    }
  },
  present({ result: r, findings, oldLabel, newLabel }) {
    const bump = r.required === "none" ? "no changes" : `${r.changes.length} change${r.changes.length === 1 ? "" : "s"}, needs a ${r.required} bump`;
    return {
      sections: [
        {
          stage: "diff",
          headline: `${oldLabel} (${r.oldVersion}) \u2192 ${newLabel} (${r.newVersion}): ${bump}${r.ok ? "" : `; use ${r.suggested ?? "a higher version"}`}`,
          findings,
          summary: {
            oldVersion: r.oldVersion,
            newVersion: r.newVersion,
            required: r.required,
            actual: r.actual,
            versionOk: r.ok,
            suggested: r.suggested ?? null,
            changes: r.changes.map((c) => ({
              bump: c.bump,
              message: c.message,
              file: c.at.file ?? null,
              line: c.at.line ?? null,
              side: c.side
            })),
            permissionEscalations: r.escalations.map((e) => ({
              message: e.message,
              file: e.at.file ?? null,
              line: e.at.line ?? null
            }))
          },
          tables: [
            { title: "Changes", header: ["Bump", "Change"], rows: r.changes.map((c) => [c.bump, c.message]) }
          ]
        }
      ],
      outputs: { required: r.required, actual: r.actual, ok: String(r.ok), suggested: r.suggested ?? "" }
    };
  }
});

// src/commands/explain.ts
var explainCommand = defineCommand({
  name: "explain",
  summary: "what a finding code means: its severity, the Dify layer that enforces it, and the fix",
  args: [{ key: "code", kind: "string", description: "a finding code, e.g. DPR212 (any case)" }],
  options: [{ key: "list", kind: "boolean", default: false, description: "list every code" }],
  common: [],
  outputs: [
    { name: "severity", description: "the code\u2019s default severity" },
    { name: "layer", description: "the layer that enforces it" }
  ],
  subaction: false,
  async run(input) {
    if (input.list || !input.code) return allCodes();
    return [lookupCode(input.code)];
  },
  present(codes, input) {
    const one = codes.length === 1 && !input.list && input.code ? codes[0] : void 0;
    const rows = codes.map((c) => [c.code, c.severity, c.layer ?? "advice", c.title]);
    return {
      sections: [
        {
          stage: "explain",
          headline: one ? `${one.code}: ${one.title}` : `${codes.length} finding codes`,
          findings: [],
          summary: {
            codes: codes.map((c) => ({
              code: c.code,
              severity: c.severity,
              category: c.category,
              title: c.title,
              layer: c.layer ?? "advice",
              enforcedBy: LAYER_TEXT[c.layer ?? "advice"],
              fix: c.fix ?? null
            }))
          },
          tables: one ? [
            {
              title: one.code,
              header: ["", ""],
              rows: [
                ["meaning", one.title],
                [
                  "severity",
                  `${one.severity} (default; --strict makes warnings errors, --ignore drops it)`
                ],
                ["category", one.category],
                ["enforced by", LAYER_TEXT[one.layer ?? "advice"]],
                ["fix", one.fix ?? "each finding says how to fix its case"]
              ]
            }
          ] : [{ title: "Finding codes", header: ["Code", "Severity", "Enforced by", "Meaning"], rows }]
        }
      ],
      outputs: one ? { severity: one.severity, layer: one.layer ?? "advice" } : {},
      exitCode: 0
    };
  }
});

// src/commands/inspect.ts
var inspectCommand = defineCommand({
  name: "inspect",
  summary: "show a package: manifest, identifier, checksum, files, signature and generated files",
  args: [{ key: "package", kind: "path", required: true, description: "the .difypkg to inspect" }],
  options: [
    publicKeysOption("also check the signature against this public key (repeatable)"),
    maxSizeOption()
  ],
  common: ["config", "annotate-notices"],
  outputs: [
    { name: "identifier", description: "the Dify identifier author/name:version@checksum" },
    { name: "checksum", description: "the Dify checksum" },
    { name: "sha256", description: "sha256 of the package file" },
    { name: "signature", description: "verified, unsigned, modified, untrusted or invalid" }
  ],
  subaction: "node",
  async run(input, ctx) {
    const { inspectStage } = await import("./inspect-DUGA4RNF.js");
    return inspectStage(
      { package: input.package, keys: (input.key ?? []).map((file) => ({ file })), maxSize: input.maxSize },
      ctx
    );
  },
  present(r, input) {
    const { artifact: a, verify: signature, manifest } = r;
    return {
      sections: [
        {
          stage: "inspect",
          headline: `${input.package}: ${a.identifier || "no manifest.yaml"}`,
          findings: r.findings,
          summary: {
            ...artifactJson(a),
            manifest,
            signature: {
              status: signature.status,
              reason: signature.reason,
              category: signature.category ?? null,
              categorySource: signature.categorySource ?? null,
              time: signature.time ?? null,
              signer: signature.signer ? {
                origin: signature.signer.origin,
                fingerprint: signature.signer.fingerprint,
                official: signature.signer.official
              } : null
            },
            generated: r.generated,
            size: r.size,
            files: r.entries.map((e) => ({ path: e.name, size: e.size, compressedSize: e.compressedSize }))
          },
          tables: [
            {
              title: "Plugin",
              header: ["", "value"],
              rows: [
                ["identifier", a.identifier || "-"],
                ["label", manifest.label ?? "-"],
                ["kinds", manifest.kinds.join(", ") || "-"],
                ["runner", manifest.runner ?? "-"],
                ["minimum Dify", manifest.minimumDifyVersion ?? "-"],
                ["checksum", a.checksum],
                ["sha256", a.sha256],
                ["signature", `${signature.status}: ${signature.reason}`],
                ...signature.category !== void 0 ? [["category", categoryText(signature)]] : [],
                ...signature.signer ? [["key", short(signature.signer.fingerprint)]] : [],
                ...r.generated.map((g) => ["generated", `${g.path}: ${g.by}`]),
                [
                  "size",
                  `${r.size.files} files, ${formatSize(r.size.uncompressed)} uncompressed, ${formatSize(r.size.compressed)} compressed`
                ]
              ]
            },
            {
              title: "Files",
              header: ["path", "size", "compressed"],
              rows: r.entries.map((e) => [e.name, e.size, e.compressedSize])
            }
          ]
        }
      ],
      outputs: {
        identifier: a.identifier,
        checksum: a.checksum,
        sha256: a.sha256,
        signature: signature.status
      }
    };
  }
});

// src/commands/keygen.ts
import path3 from "node:path";
var keygenCommand = defineCommand({
  name: "keygen",
  summary: "make an RSA-4096 signing key pair as Dify does: <name>.private.pem and <name>.public.pem",
  options: [
    { key: "name", kind: "string", default: DEFAULT_KEY_NAME, description: "base name of the key files" },
    outputOption("directory for the key files (default: .)"),
    { key: "force", kind: "boolean", default: false, description: "replace existing key files" },
    // Not on any surface: the tests make smaller keys, for speed.
    {
      key: "bits",
      kind: "number",
      flag: false,
      input: false,
      default: 4096,
      description: "key size in bits"
    }
  ],
  common: ["config"],
  outputs: [
    { name: "private-key", description: "path of the private key file (mode 0600)" },
    { name: "public-key", description: "path of the public key file" },
    { name: "fingerprint", description: "the public key\u2019s SHA-256 fingerprint" }
  ],
  subaction: "node",
  async run(input, ctx) {
    const { keygenStage } = await import("./keygen-stage-LGN5FQR5.js");
    return keygenStage({ name: input.name, outDir: input.output, force: input.force, bits: input.bits }, ctx);
  },
  present(r, _input, ctx) {
    const shownPrivate = display(ctx.cwd, r.privateKey);
    const shownPublic = display(ctx.cwd, r.publicKey);
    const base = path3.basename(r.publicKey);
    return {
      sections: [
        {
          stage: "keygen",
          headline: `key pair ${short(r.fingerprint)} written`,
          findings: [],
          summary: { privateKey: r.privateKey, publicKey: r.publicKey, fingerprint: r.fingerprint },
          tables: [
            {
              title: "Key pair",
              header: ["", "value"],
              rows: [
                [
                  "private key",
                  `${shownPrivate} (mode 0600: keep it secret, e.g. a CI secret; never commit it)`
                ],
                ["public key", `${shownPublic} (give it to the daemons that must trust your plugins)`],
                ["fingerprint", r.fingerprint],
                ["sign", `dify-plugin-release sign PKG --key ${shownPrivate}`],
                [
                  "trust",
                  `copy ${base} to docker/volumes/plugin_daemon/public_keys/ and set THIRD_PARTY_SIGNATURE_VERIFICATION_ENABLED=true, THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS=/app/storage/public_keys/${base}`
                ]
              ]
            }
          ]
        }
      ],
      outputs: { "private-key": r.privateKey, "public-key": r.publicKey, fingerprint: r.fingerprint }
    };
  }
});

// src/commands/package.ts
import path4 from "node:path";
var packageCommand = defineCommand({
  name: "package",
  summary: "build <name>-<version>.difypkg exactly as Dify\u2019s CLI lays it out: reproducible, validated, secrets refused",
  args: [{ key: "path", kind: "path", default: ".", description: "the plugin directory" }],
  options: [
    outputOption(
      "where to write the package and SHA256SUMS: a directory, or a file ending in .difypkg (default: .)",
      "package.output-dir"
    ),
    maxSizeOption("the plugin\u2019s files"),
    {
      key: "allowFile",
      kind: "list",
      value: "pattern",
      description: "package a file that looks like a secret anyway (gitignore pattern or path; repeatable)",
      config: "package.allow-file"
    }
  ],
  common: ["strict", "ignore", "config", "annotate-notices"],
  outputs: [
    { name: "path", description: "the .difypkg written" },
    { name: "sha256", description: "sha256 of the .difypkg file" },
    { name: "identifier", description: "the Dify identifier author/name:version@checksum" },
    { name: "checksum", description: "the Dify checksum (the identifier\u2019s last part)" },
    { name: "size", description: "size of the .difypkg file in bytes" }
  ],
  subaction: "node",
  async run(input, ctx) {
    const { packagePlugin } = await import("./package-O64LQLQ4.js");
    const result = await packagePlugin({
      path: input.path,
      outDir: input.output,
      cwd: ctx.cwd,
      maxSizeMiB: input.maxSize,
      allowFiles: input.allowFile,
      policy: (findings) => ctx.policy.apply(findings),
      runner: ctx.ports.processes,
      env: ctx.env,
      onProgress: ctx.progress
    });
    const artifact = result.path ? await (await import("./read-AURPRQQR.js")).readArtifact(result.path) : void 0;
    const label = (path4.relative(ctx.cwd, path4.resolve(ctx.cwd, input.path)) || ".").split(path4.sep).join("/");
    return { ...result, artifact, label, findings: result.findings.map((f) => ({ ...f, plugin: label })) };
  },
  present(result, input, ctx) {
    const shown = result.path ? display(ctx.cwd, result.path) : void 0;
    return {
      sections: [
        {
          stage: "package",
          headline: shown ? `packaged ${shown} (${result.files.length} files, ${formatSize(result.size ?? 0)})` : `${input.path} not packaged`,
          findings: result.findings,
          summary: {
            path: result.path ?? null,
            name: result.name ?? null,
            version: result.version ?? null,
            author: result.author ?? null,
            identifier: result.identifier ?? null,
            checksum: result.checksum ?? null,
            sha256: result.sha256 ?? null,
            size: result.size ?? null,
            uncompressedSize: result.totalSize,
            ignoreFile: result.ignoreFile,
            generated: result.generated,
            sha256sums: result.sumsFile ?? null,
            files: result.files
          },
          tables: shown ? [
            {
              title: "Package",
              header: ["", "value"],
              rows: [
                ["file", shown],
                ["identifier", result.identifier ?? ""],
                ["sha256", result.sha256 ?? ""],
                [
                  "size",
                  `${formatSize(result.size ?? 0)} (${formatSize(result.totalSize)} uncompressed, ${result.files.length} files)`
                ],
                ["ignore file", result.ignoreFile ?? "none (defaults applied)"],
                ...result.generated.length ? [["generated", result.generated.join(", ")]] : []
              ]
            }
          ] : []
        }
      ],
      outputs: result.artifact ? {
        path: result.artifact.path,
        sha256: result.artifact.sha256,
        identifier: result.artifact.identifier,
        checksum: result.artifact.checksum,
        size: String(result.artifact.size)
      } : {},
      exitCode: result.artifact ? void 0 : 1
    };
  }
});

// src/commands/promote.ts
var promoteCommand = defineCommand({
  name: "promote",
  summary: "upgrade production to what passed the staging checklist (same digest): backup first, canaries first, verify, and roll back every tenant touched on any failure",
  args: [
    {
      key: "package",
      kind: "string",
      required: true,
      description: "the .difypkg deployed to staging, or its identifier (author/name:version@checksum)"
    }
  ],
  options: [
    { ...ENV_OPTION, default: "production" },
    {
      key: "canary",
      kind: "list",
      split: ",",
      value: "tenants",
      description: "tenants upgraded and verified first, comma-separated (default: environments.NAME.canary)"
    },
    {
      key: "approve",
      kind: "list",
      split: ",",
      value: "gates",
      description: "manual gates a person checked and approves, comma-separated"
    },
    {
      key: "from",
      kind: "string",
      value: "name",
      defaultText: "checklist.staging-env, else staging",
      description: "the environment whose checklist must have passed for the same digest"
    },
    {
      key: "previousPackage",
      kind: "path",
      value: "file",
      description: "the .difypkg production runs now, kept ready for a rollback (when this tool did not deploy it)"
    },
    ...TARGET_OPTIONS,
    ...PROVENANCE_OPTIONS
  ],
  common: ["config", "dry-run"],
  outputs: [
    { name: "identifier", description: "the promoted plugin identifier" },
    { name: "digest", description: "the package\u2019s sha256" },
    { name: "outcome", description: "passed, refused, rolled-back or failed" },
    { name: "promotable", description: "true when the promotion succeeded" },
    { name: "record", description: "the checklist record\u2019s path" },
    { name: "entry", description: "the ledger entry\u2019s id" }
  ],
  subaction: "node",
  async run(input, ctx) {
    const { promoteStage } = await import("./promote-stage-2JKQGB6W.js");
    return promoteStage(
      {
        package: input.package,
        ...sessionFlags(input),
        ...releaseFlags(input),
        ...input.canary?.length ? { canary: input.canary } : {},
        ...input.approve?.length ? { approve: input.approve } : {},
        ...input.from ? { from: input.from } : {},
        ...input.previousPackage ? { previousPackage: input.previousPackage } : {}
      },
      ctx
    );
  },
  present(r) {
    const extra = [];
    if (r.outcome === "refused" && r.failure && !r.failure.gate)
      extra.push(
        finding(
          "DPR1204",
          `promotion refused: ${r.failure.message}`,
          r.staging ? {} : { fix: fixOfRefusal(r) }
        )
      );
    if (r.outcome === "rolled-back" && r.failure)
      extra.push(
        finding(
          "DPR1205",
          `the promotion of ${r.pkg.artifact.identifier} to ${r.environment} failed (${r.failure.message}); rolled back: ${r.rolledBack.map((t) => `${t.tenant} \u2192 ${t.to}`).join(", ")}`
        )
      );
    if (r.unresolved) extra.push(finding("DPR1213", r.unresolved));
    const back = new Map(r.rolledBack.map((t) => [t.tenant, t]));
    const tenants = r.tenants.map(
      (t) => back.has(t.tenant) ? { ...t, to: back.get(t.tenant).to, action: `${t.action ?? "changed"}, then rolled back` } : t
    );
    return presentDeploy(
      { ...r, tenants },
      {
        findings: extra,
        summary: {
          canary: r.canary,
          rolledBack: r.rolledBack,
          failure: r.failure ?? null,
          unresolved: r.unresolved ?? null,
          staging: r.staging ? { environment: r.staging.environment, entry: r.staging.entry.id, when: r.staging.when } : null
        }
      }
    );
  }
});
function fixOfRefusal(r) {
  return `Deploy ${r.pkg.artifact.path} to staging (\`deploy FILE --env staging\`) until every required gate passes, then promote it.`;
}

// src/commands/release.ts
var releaseCommand = defineCommand({
  name: "release",
  summary: "publish packages as a GitHub Release: draft, upload, read back, publish; a re-run resumes and changes nothing that is already right",
  args: [
    {
      key: "packages",
      kind: "list",
      variadic: true,
      required: true,
      input: "package",
      description: "the .difypkg files to release (in Actions: one per line)"
    }
  ],
  options: [
    {
      key: "tag",
      kind: "string",
      value: "tag",
      defaultText: "the pushed tag in GitHub Actions",
      description: "the release\u2019s tag; it must be what the tag pattern gives for every package"
    },
    {
      key: "repo",
      kind: "string",
      value: "owner/repo",
      defaultText: "GITHUB_REPOSITORY",
      description: "the repository to release in",
      config: "release.repo"
    },
    {
      key: "target",
      kind: "string",
      value: "sha",
      defaultText: "GITHUB_SHA when the tag does not exist yet",
      description: "the commit the tag is created at when it does not exist (a tag that exists must point at it)"
    },
    {
      key: "draft",
      kind: "boolean",
      default: false,
      description: "leave the release a draft (uploaded and verified, not published)",
      config: "release.draft"
    },
    {
      key: "notesFrom",
      kind: "enum",
      choices: ["changelog", "pr", "generated"],
      defaultText: "changelog when it has the version, else generated",
      description: 'the release notes: the version\u2019s CHANGELOG.md section, the PR\u2019s "## Release Notes" section, or GitHub\u2019s generated notes',
      config: "release.notes-from"
    },
    {
      key: "tagPattern",
      kind: "string",
      value: "pattern",
      default: "v{version}",
      description: "how a version becomes a tag: {version}, {name}, {author}, {type} (e.g. {name}/v{version} in a repository of many plugins)",
      config: "release.tag-pattern"
    },
    {
      key: "changelog",
      kind: "path",
      value: "file",
      defaultText: "CHANGELOG.md",
      description: "the Keep a Changelog file the notes come from",
      config: "release.changelog"
    },
    {
      key: "asset",
      kind: "list",
      value: "file",
      description: "also attach this file (a public key, an SBOM; repeatable)",
      config: "release.assets"
    },
    {
      key: "overwrite",
      kind: "boolean",
      default: false,
      description: "replace assets of a published release that hold other bytes (never possible on an immutable release)"
    },
    {
      key: "attest",
      kind: "boolean",
      default: true,
      negatable: true,
      description: "in GitHub Actions with id-token: write, attest each package\u2019s digest and attach the bundle",
      config: "release.attest"
    },
    {
      key: "token",
      kind: "secret",
      flag: false,
      description: "the GitHub token (default: GITHUB_TOKEN, else GH_TOKEN, from the environment)",
      actionDefault: "${{ github.token }}"
    }
  ],
  common: ["config", "dry-run", "annotate-notices"],
  outputs: [
    { name: "url", description: "the release\u2019s web page" },
    { name: "id", description: "the release\u2019s id" },
    { name: "tag", description: "the release\u2019s tag" },
    { name: "assets", description: "the assets as JSON: [{name, url, sha256, size, action}]" },
    { name: "digests", description: "the assets\u2019 sha256 as JSON: {name: sha256}" },
    { name: "outcome", description: "created, resumed, updated, unchanged, refused or planned" }
  ],
  subaction: "node",
  async run(input, ctx) {
    const { releaseStage } = await import("./release-stage-GERXYFVN.js");
    const pushed = ctx.env.GITHUB_REF_TYPE === "tag" ? ctx.env.GITHUB_REF_NAME : void 0;
    const tag = input.tag ?? pushed;
    if (!tag)
      throw new UsageError("no tag: pass --tag TAG", "Write --tag v1.2.3 (in Actions, run on a tag push).");
    return releaseStage(
      {
        packages: input.packages,
        tag,
        repo: input.repo,
        target: input.target,
        draft: input.draft,
        notesFrom: input.notesFrom,
        tagPattern: input.tagPattern,
        changelog: input.changelog,
        assets: input.asset,
        overwrite: input.overwrite,
        attest: input.attest,
        token: input.token
      },
      ctx
    );
  },
  present(r) {
    const rel = r.release;
    const verb = {
      created: "released",
      resumed: "finished the release",
      updated: "updated the release",
      unchanged: "already released, nothing changed:",
      refused: "did not release",
      planned: "dry run: would release"
    };
    const count = (a) => r.assets.filter((x) => x.action === a).length;
    const tally = ["created", "replaced", "skipped", "planned"].filter((a) => count(a) > 0).map((a) => `${count(a)} ${a}`).join(", ");
    const headline2 = `${verb[r.outcome]} ${r.repo} ${r.tag}${rel?.draft && !r.dryRun ? " (draft)" : ""}${tally ? `: assets ${tally}` : ""}`;
    const digests = Object.fromEntries(r.assets.map((a) => [a.name, a.sha256]));
    return {
      sections: [
        {
          stage: "release",
          headline: headline2,
          findings: r.findings,
          summary: {
            repo: r.repo,
            tag: r.tag,
            commit: r.commit ?? null,
            outcome: r.outcome,
            release: rel ?? null,
            assets: r.assets,
            orphansRemoved: r.orphansRemoved,
            notes: r.notes ?? null,
            provenance: r.provenance,
            identifiers: r.artifacts.map((a) => a.identifier),
            dryRun: r.dryRun,
            ...r.plan ? { plan: r.plan } : {},
            calls: {
              total: r.calls.length,
              reads: r.calls.filter((c) => c.read).length,
              writes: r.calls.filter((c) => !c.read).length,
              made: r.calls
            }
          },
          tables: [
            ...r.assets.length ? [
              {
                title: "Assets",
                header: ["Asset", "sha256", "Size", "Action"],
                rows: r.assets.map((a) => [a.name, a.sha256, formatSize(a.size), a.action])
              }
            ] : [],
            ...r.provenance.length ? [
              {
                title: "Provenance",
                header: ["Package", "Status", "Why"],
                rows: r.provenance.map((p) => [p.package, p.status, p.reason])
              }
            ] : [],
            ...r.plan ? [
              {
                title: "Planned GitHub calls (none made)",
                header: ["#", "Call", "Kind", "For", "Body"],
                rows: r.plan.map((c, i) => [
                  i + 1,
                  `${c.method} ${c.path}`,
                  c.read ? "read" : "write",
                  c.purpose,
                  c.body ? JSON.stringify(c.body) : ""
                ])
              }
            ] : []
          ]
        }
      ],
      outputs: {
        url: rel?.url,
        id: rel ? String(rel.id) : void 0,
        tag: r.tag,
        assets: JSON.stringify(
          r.assets.map(({ name, url, sha256, size, action }) => ({ name, url, sha256, size, action }))
        ),
        digests: JSON.stringify(digests),
        outcome: r.outcome
      },
      exitCode: r.outcome === "refused" ? 1 : void 0
    };
  }
});

// src/commands/rollback.ts
var rollbackCommand = defineCommand({
  name: "rollback",
  summary: "reinstall the last good version the ledger records (or --to VERSION), re-uploading it when the target lost it; verify and record it; a second run changes nothing",
  options: [
    { ...ENV_OPTION, default: "production" },
    {
      key: "to",
      kind: "string",
      value: "version",
      description: "the version (or identifier) to put back; default the one the current deployment replaced"
    },
    {
      key: "package",
      kind: "path",
      value: "file",
      description: "a local copy of that version\u2019s .difypkg, used when the target and the artifact store lost it"
    },
    ...TARGET_OPTIONS
  ],
  common: ["config", "dry-run"],
  outputs: [
    { name: "identifier", description: "the identifier the environment runs now" },
    { name: "outcome", description: "rolled-back, unchanged or failed" },
    { name: "entry", description: "the ledger entry\u2019s id" }
  ],
  subaction: "node",
  async run(input, ctx) {
    const { rollbackStage } = await import("./rollback-stage-YJSZQTSX.js");
    return rollbackStage(
      {
        ...sessionFlags(input),
        ...input.to ? { to: input.to } : {},
        ...input.package ? { package: input.package } : {}
      },
      ctx
    );
  },
  present(r) {
    const headline2 = r.outcome === "rolled-back" ? `rolled ${r.environment} back to ${r.identifier}${r.replaced ? ` (from ${r.replaced.version})` : ""} in ${r.durationMs} ms` : r.outcome === "unchanged" ? r.plan ? `dry run: would roll ${r.environment} back to ${r.identifier}` : `nothing to roll back: ${r.environment} already runs ${r.identifier}` : `rollback of ${r.environment} to ${r.identifier} FAILED`;
    const findings = [
      ...r.settled.map((s) => finding("DPR1208", s.message)),
      ...r.outcome === "unchanged" && !r.plan ? [finding("DPR1211", `${r.environment} already runs ${r.identifier}: this rollback changed nothing`)] : [],
      ...r.error ? [finding("DPR1206", r.error.message, r.error.fix ? { fix: r.error.fix } : {})] : []
    ];
    return {
      sections: [
        {
          stage: "rollback",
          headline: headline2,
          findings,
          summary: {
            environment: r.environment,
            outcome: r.outcome,
            identifier: r.identifier,
            version: r.version,
            digest: r.digest ?? null,
            replaced: r.replaced ?? null,
            tenants: r.tenants,
            ledger: { ...r.ledger, entry: r.entry?.id ?? null },
            target: r.target,
            notes: r.notes,
            durationMs: r.durationMs,
            ...r.plan ? { plan: r.plan } : {}
          },
          tables: [
            {
              title: "Tenants",
              header: ["Tenant", "Before", "After", "How", "ms"],
              rows: r.tenants.map((t) => [
                t.tenant,
                t.from ?? "(not installed)",
                t.to,
                `${t.action}${t.uploadedFrom ? ` (re-uploaded from ${t.uploadedFrom})` : ""}`,
                t.durationMs
              ])
            }
          ]
        }
      ],
      outputs: { identifier: r.identifier, outcome: r.outcome, entry: r.entry?.id },
      exitCode: r.outcome === "failed" ? 1 : 0
    };
  }
});

// src/commands/sign.ts
var signCommand = defineCommand({
  name: "sign",
  summary: "sign a .difypkg with your RSA key as Dify verifies it \u2192 <name>.signed.difypkg",
  args: [
    {
      key: "package",
      kind: "path",
      required: true,
      description: "the .difypkg to sign (in Actions: e.g. steps.package.outputs.path)"
    }
  ],
  options: [
    {
      key: "key",
      kind: "path",
      value: "file",
      input: "key-file",
      description: "the private key file (PKCS#1 PEM, from keygen)",
      config: "signing.key-file"
    },
    {
      key: "keyEnv",
      kind: "string",
      value: "variable",
      description: "read the private key\u2019s PEM text from this environment variable (CI secrets)",
      config: "signing.key-env"
    },
    {
      key: "keyText",
      kind: "secret",
      flag: false,
      input: "key",
      description: "the private key\u2019s PEM text, from a secret; masked in logs, never written to disk"
    },
    {
      key: "category",
      kind: "enum",
      choices: ["community", "partner", "langgenius"],
      default: "community",
      description: "the authorized category the signature claims",
      config: "signing.category"
    },
    outputOption("directory for the signed package (default: next to the input)"),
    maxSizeOption("the input package"),
    {
      key: "force",
      kind: "boolean",
      default: false,
      description: "replace the input when the signed package would take its name (X.signed.difypkg)"
    }
  ],
  common: ["strict", "ignore", "config", "annotate-notices"],
  outputs: [
    { name: "path", description: "the signed .difypkg written" },
    { name: "sha256", description: "sha256 of the signed file" },
    { name: "identifier", description: "the Dify identifier of the signed package" },
    { name: "checksum", description: "the Dify checksum of the signed package" },
    { name: "fingerprint", description: "the signing key\u2019s SHA-256 fingerprint" }
  ],
  subaction: "node",
  async run(input, ctx) {
    const { signStage } = await import("./sign-I2QXM7TC.js");
    const key = input.keyText !== void 0 ? { text: input.keyText } : input.keyEnv !== void 0 ? { env: input.keyEnv } : { file: input.key };
    return signStage(
      {
        package: input.package,
        key,
        category: input.category,
        outDir: input.output,
        maxSize: input.maxSize,
        force: input.force
      },
      ctx
    );
  },
  present(result, input, ctx) {
    const a = result.artifact;
    if (!a) {
      return {
        sections: [
          {
            stage: "sign",
            headline: `${input.package} not signed: it does not validate`,
            findings: result.findings,
            summary: { path: null }
          }
        ],
        exitCode: 1
      };
    }
    const shown = display(ctx.cwd, a.path);
    return {
      sections: [
        {
          stage: "sign",
          headline: `signed ${shown} (${result.category}${result.resigned ? ", replacing the previous signature" : ""})`,
          findings: result.findings,
          summary: {
            path: a.path,
            sha256: a.sha256,
            size: a.size,
            checksum: a.checksum,
            identifier: a.identifier,
            category: result.category,
            time: a.signature.time ?? null,
            fingerprint: result.fingerprint ?? null,
            resigned: result.resigned ?? false,
            sha256sums: result.sumsFile ?? null
          },
          tables: [
            {
              title: "Signed package",
              header: ["", "value"],
              rows: [
                ["file", shown],
                ["identifier", a.identifier],
                ["sha256", a.sha256],
                ["size", formatSize(a.size)],
                ["category", result.category],
                ["key", short(result.fingerprint ?? "")],
                ["time", a.signature.time ? new Date(a.signature.time * 1e3).toISOString() : "-"]
              ]
            }
          ]
        }
      ],
      outputs: {
        path: a.path,
        sha256: a.sha256,
        identifier: a.identifier,
        checksum: a.checksum,
        fingerprint: result.fingerprint ?? ""
      }
    };
  }
});

// src/commands/status.ts
var statusCommand = defineCommand({
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
    TOKEN_OPTION,
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
    const { statusStage } = await import("./status-stage-QLJ7TVGH.js");
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
              short2(h.digest),
              [...new Set(Object.values(h.previous).map((p) => p ?? "-"))].join(", "),
              h.updatedAt,
              (h.resolution?.message ?? h.description).slice(0, 120)
            ])
          }))
        }
      ],
      outputs: { identifier: one?.current?.identifier, status: JSON.stringify(summary) },
      exitCode: 0
    };
  }
});

// src/commands/submit.ts
var submitCommand = defineCommand({
  name: "submit",
  summary: "open (or update) the Dify marketplace pull request adding this package, through the GitHub API, and record it as a deployment",
  args: [
    {
      key: "package",
      kind: "path",
      required: true,
      description: "the .difypkg to submit (the released bytes)"
    }
  ],
  options: [
    {
      key: "fork",
      kind: "string",
      value: "owner/repo",
      defaultText: "<token owner>/dify-plugins",
      description: "your fork of the marketplace repository",
      config: "marketplace.fork"
    },
    {
      key: "upstream",
      kind: "string",
      value: "owner/repo",
      default: "langgenius/dify-plugins",
      description: "the marketplace repository the pull request goes to",
      config: "marketplace.upstream"
    },
    {
      key: "base",
      kind: "string",
      value: "branch",
      defaultText: "the upstream\u2019s default branch",
      description: "the branch the pull request targets",
      config: "marketplace.base"
    },
    {
      key: "createFork",
      kind: "boolean",
      default: true,
      negatable: true,
      description: "create the fork when it does not exist",
      config: "marketplace.create-fork"
    },
    {
      key: "risk",
      kind: "enum",
      choices: ["low", "medium", "high"],
      defaultText: "from the capabilities the code shows",
      description: "the risk level ticked in the pull request",
      config: "marketplace.risk"
    },
    {
      key: "changelog",
      kind: "path",
      value: "file",
      defaultText: "CHANGELOG.md",
      description: 'the Keep a Changelog file whose section for the version is "What changed"',
      config: "marketplace.changelog"
    },
    {
      key: "securityNotes",
      kind: "path",
      value: "file",
      description: "more security and privacy notes for the reviewers (Markdown, English)",
      config: "marketplace.security-notes"
    },
    {
      key: "confirmRequirements",
      kind: "boolean",
      default: false,
      description: "tick the checks only you can confirm: requirements read, developer agreement accepted, tested on Community Edition and Cloud",
      config: "marketplace.confirm-requirements"
    },
    {
      key: "repo",
      kind: "string",
      value: "owner/repo",
      defaultText: "GITHUB_REPOSITORY",
      description: "the plugin\u2019s repository, where the submission is recorded as a deployment",
      config: "marketplace.repo"
    },
    {
      key: "forkTokenEnv",
      kind: "string",
      value: "variable",
      default: "DIFY_PLUGINS_TOKEN",
      description: "the environment variable holding the token for the fork and the pull request (else GITHUB_TOKEN, GH_TOKEN)",
      config: "marketplace.fork-token-env"
    },
    {
      key: "forkToken",
      kind: "secret",
      flag: false,
      description: "the token for the fork and the pull request (a PAT: the workflow\u2019s own token cannot push to another repository)"
    },
    {
      key: "token",
      kind: "secret",
      flag: false,
      description: "the token for the deployment record in this repository (default: GITHUB_TOKEN)",
      actionDefault: "${{ github.token }}"
    }
  ],
  common: ["config", "dry-run", "annotate-notices"],
  outputs: [
    { name: "pr-url", description: "the pull request\u2019s web page" },
    { name: "pr-number", description: "the pull request\u2019s number" },
    { name: "branch", description: "the branch in the fork (bump-<name>-plugin-<version>)" },
    { name: "path", description: "the file added upstream (<author>/<name>/<name>-<version>.difypkg)" },
    { name: "submission", description: "new or update" },
    { name: "deployment-id", description: "the GitHub Deployment recording the submission" },
    { name: "outcome", description: "opened, updated, unchanged, merged, refused or planned" }
  ],
  subaction: "node",
  async run(input, ctx) {
    const { submitStage } = await import("./submit-stage-VRROJUVX.js");
    return submitStage(
      {
        package: input.package,
        fork: input.fork,
        upstream: input.upstream,
        base: input.base,
        createFork: input.createFork,
        risk: input.risk,
        changelog: input.changelog,
        securityNotes: input.securityNotes,
        confirmRequirements: input.confirmRequirements,
        repo: input.repo,
        forkTokenEnv: input.forkTokenEnv,
        forkToken: input.forkToken,
        token: input.token
      },
      ctx
    );
  },
  present(r, input) {
    const verb = {
      opened: "opened the marketplace pull request for",
      updated: "updated the marketplace pull request for",
      unchanged: "the marketplace pull request is up to date for",
      merged: "already in the marketplace repository:",
      refused: "not submitted:",
      planned: "dry run: would submit"
    };
    const what = r.artifact ? `${r.artifact.pluginId} ${r.artifact.version}` : input.package;
    return {
      sections: [
        {
          stage: "submit",
          headline: `${verb[r.outcome]} ${what}${r.pull?.url ? ` (${r.pull.url})` : ""}`,
          findings: r.findings,
          summary: {
            outcome: r.outcome,
            upstream: r.upstream,
            fork: r.fork ?? null,
            branch: r.branch ?? null,
            path: r.path ?? null,
            submission: r.submission ?? null,
            previous: r.previous,
            risk: r.risk ?? null,
            capabilities: r.capabilities,
            pull: r.pull ?? null,
            commit: r.commit ?? null,
            deployment: r.deployment ?? null,
            identifier: r.artifact?.identifier ?? null,
            sha256: r.artifact?.sha256 ?? null,
            title: r.title ?? null,
            body: r.body ?? null,
            dryRun: r.dryRun,
            ...r.plan ? { plan: r.plan } : {},
            calls: {
              total: r.calls.length,
              reads: r.calls.filter((c) => c.read).length,
              writes: r.calls.filter((c) => !c.read).length,
              made: r.calls
            }
          },
          tables: [
            {
              title: "Submission",
              header: ["", "value"],
              rows: [
                ["upstream", r.upstream],
                ["fork", r.fork ?? "-"],
                ["branch", r.branch ?? "-"],
                ["file", r.path ?? "-"],
                ["type", r.submission ?? "-"],
                ["risk", r.risk ?? "-"],
                ["pull request", r.pull?.url || (r.pull ? `#${r.pull.number}` : "-")],
                ["deployment", r.deployment ? `${r.deployment.deploymentId} (${r.deployment.state})` : "-"]
              ]
            },
            ...r.plan ? [
              {
                title: "Planned GitHub calls (none made)",
                header: ["#", "Call", "Kind", "For", "Body"],
                rows: r.plan.map((c, i) => [
                  i + 1,
                  `${c.method} ${c.path}`,
                  c.read ? "read" : "write",
                  c.purpose,
                  c.body ? JSON.stringify(c.body) : ""
                ])
              }
            ] : []
          ]
        }
      ],
      outputs: {
        "pr-url": r.pull?.url,
        "pr-number": r.pull ? String(r.pull.number) : void 0,
        branch: r.branch,
        path: r.path,
        submission: r.submission,
        "deployment-id": r.deployment ? String(r.deployment.deploymentId) : void 0,
        outcome: r.outcome
      },
      exitCode: r.outcome === "refused" ? 1 : void 0
    };
  }
});

// src/commands/test.ts
var HEADLINE = {
  passed: "tests passed",
  failed: "tests failed",
  "collection-error": "tests could not be collected",
  timeout: "tests timed out",
  crashed: "pytest crashed",
  "no-tests": "no tests found",
  "install-failed": "dependencies could not be installed"
};
var testCommand = defineCommand({
  name: "test",
  summary: "run a plugin's pytest suite in an isolated, cached environment, the way the marketplace CI runs it",
  args: [{ key: "path", kind: "path", default: ".", description: "the plugin directory" }],
  options: [
    {
      key: "python",
      kind: "path",
      description: "the Python interpreter (default: $DPR_PYTHON, else python3 on PATH)",
      config: "test.python"
    },
    {
      key: "testsDir",
      kind: "path",
      value: "dir",
      description: "tests kept outside the plugin (default: tests/ inside it, or tests/<plugin path> in a monorepo)",
      config: "test.tests-dir"
    },
    {
      key: "packaged",
      kind: "path",
      value: "pkg",
      description: "run the tests in this built .difypkg, unpacked, with PLUGIN_FILE_PATH set (as the marketplace CI does)"
    },
    {
      key: "timeout",
      kind: "number",
      value: "seconds",
      min: 0,
      max: MAX_TIMEOUT_SECONDS,
      default: DEFAULT_TIMEOUT_SECONDS,
      description: "kill the tests and everything they started after this long; 0: no limit",
      config: "test.timeout"
    },
    {
      key: "requireTests",
      kind: "boolean",
      default: false,
      description: "fail when no tests are found (otherwise a notice)",
      config: "test.require-tests"
    },
    {
      key: "cacheDir",
      kind: "path",
      value: "dir",
      description: "where test environments are cached (default: $DPR_CACHE_DIR, else ~/.cache/dify-plugin-release/envs)",
      config: "test.cache-dir"
    },
    { key: "rebuild", kind: "boolean", default: false, description: "rebuild the cached test environment" },
    {
      key: "junitXml",
      kind: "path",
      value: "file",
      description: "keep the JUnit XML report at this path"
    },
    {
      key: "pytestArgs",
      kind: "list",
      split: "words",
      value: "args",
      description: 'more pytest arguments, e.g. "-k convert -x"',
      config: "test.pytest-args"
    },
    {
      key: "passEnv",
      kind: "list",
      value: "name",
      description: "let a variable the tests do not get (GITHUB_TOKEN, ACTIONS_*, INPUT_*, \u2026) through to them; repeatable, or comma-separated in the action",
      config: "test.pass-env"
    }
  ],
  common: ["strict", "ignore", "config", "annotate-notices"],
  outputs: [
    {
      name: "outcome",
      description: "passed, failed, collection-error, timeout, crashed, no-tests or install-failed"
    },
    { name: "tests-total", description: "number of tests collected" },
    { name: "tests-passed", description: "number of tests passed" },
    { name: "tests-failed", description: "number of tests failed" },
    { name: "tests-errors", description: "number of tests in error (fixtures, collection)" },
    { name: "tests-skipped", description: "number of tests skipped" },
    { name: "python-version", description: "the Python version the tests ran on" },
    { name: "environment-key", description: "the key of the cached test environment the tests ran in" }
  ],
  subaction: "composite",
  async run(input, ctx) {
    const { testPlugin } = await import("./run-M2BTMLM5.js");
    let relay;
    try {
      const result = await testPlugin(
        { ...input, cwd: ctx.cwd, env: ctx.env },
        {
          log: ctx.log,
          onOutput: (line) => {
            relay ??= ctx.relay("pytest output");
            relay.line(line);
          }
        }
      );
      return { ...result, findings: ctx.policy.apply(result.findings) };
    } finally {
      relay?.end();
    }
  },
  present(r, input) {
    return {
      sections: [
        {
          stage: "test",
          headline: headline(r),
          findings: r.findings,
          summary: summaryOf(r, input),
          tables: tablesOf(r)
        }
      ],
      outputs: {
        outcome: r.outcome,
        "tests-total": String(r.counts.total),
        "tests-passed": String(r.counts.passed),
        "tests-failed": String(r.counts.failed),
        "tests-errors": String(r.counts.errors),
        "tests-skipped": String(r.counts.skipped),
        "python-version": r.python.version,
        "environment-key": r.environment?.key ?? ""
      }
    };
  }
});
function headline(r) {
  const where = r.package ? `${r.plugin} (packaged)` : r.plugin;
  const c = r.counts;
  const tally = c.total > 0 ? ` (${[
    `${c.passed} passed`,
    c.failed ? `${c.failed} failed` : "",
    c.errors ? `${c.errors} errors` : "",
    c.skipped ? `${c.skipped} skipped` : ""
  ].filter(Boolean).join(", ")} in ${r.time.toFixed(2)} s, Python ${r.python.version})` : ` (Python ${r.python.version})`;
  return `${where}: ${HEADLINE[r.outcome]}${tally}`;
}
function tablesOf(r) {
  if (!r.pytest || r.counts.total === 0 && r.outcome !== "passed") return [];
  const c = r.counts;
  const tables = [
    {
      title: "Tests",
      header: ["Passed", "Failed", "Errors", "Skipped", "Time"],
      rows: [[c.passed, c.failed, c.errors, c.skipped, `${r.time.toFixed(2)} s`]]
    }
  ];
  const slow = slowest(r.cases);
  if (slow.length > 0) {
    tables.push({
      title: "Slowest tests",
      header: ["Test", "Time"],
      rows: slow.map((t) => [t.id, `${t.time.toFixed(3)} s`])
    });
  }
  return tables;
}
function slowest(cases, n = 5) {
  return cases.filter((c) => !c.internal && !c.collection && c.status !== "skipped").sort((a, b) => b.time - a.time || (a.id < b.id ? -1 : 1)).slice(0, n);
}
function summaryOf(r, input) {
  return {
    plugin: r.plugin,
    package: r.package ?? null,
    outcome: r.outcome,
    python: { ...r.python, declared: r.python.declared ?? null },
    environment: r.environment ?? null,
    tests: { ...r.counts, time: r.time },
    slowest: slowest(r.cases).map((t) => ({
      id: t.id,
      file: t.file ?? null,
      line: t.line ?? null,
      time: t.time
    })),
    pytest: r.pytest ?? null,
    junitXml: input.junitXml ?? null,
    durationMs: r.durationMs
  };
}

// src/commands/test-plan.ts
var testPlanCommand = defineCommand({
  name: "test-plan",
  summary: "plan the test action\u2019s set-up: the Python version, uv, and the cache key of the dependency files",
  args: [{ key: "path", kind: "path", default: ".", description: "the plugin directory" }],
  options: [
    {
      key: "pythonVersion",
      kind: "string",
      description: "the Python to set up (default: meta.runner.version from the manifest, else 3.12)"
    }
  ],
  common: [],
  outputs: [
    { name: "python-version", description: "the Python version to set up" },
    { name: "uv", description: "true when the plugin has a uv.lock" },
    { name: "deps-hash", description: "hash of the dependency files, for the cache key" },
    { name: "cache-dir", description: "where the test environments are cached" },
    { name: "cache-prefix", description: "the cache key prefix for this runner and Python" }
  ],
  surfaces: { cli: false, action: true },
  subaction: false,
  async run(input, ctx) {
    const { testPlan } = await import("./plan-NGXHDZN4.js");
    return testPlan(input, ctx);
  },
  present(plan) {
    return {
      sections: [
        {
          stage: "test-plan",
          headline: `Python ${plan.pythonVersion}${plan.uv ? " with uv" : ""}, cache ${plan.cachePrefix}-${plan.depsHash}`,
          findings: [],
          summary: { ...plan }
        }
      ],
      outputs: {
        "python-version": plan.pythonVersion,
        uv: String(plan.uv),
        "deps-hash": plan.depsHash,
        "cache-dir": plan.cacheDir,
        "cache-prefix": plan.cachePrefix
      },
      exitCode: 0
    };
  }
});

// src/commands/validate.ts
var validateCommand = defineCommand({
  name: "validate",
  summary: "check plugin manifests and declarations the way Dify does (one plugin, or every plugin under a folder; Coze Studio plugin configurations too)",
  args: [
    {
      key: "paths",
      kind: "list",
      variadic: true,
      input: "path",
      default: ["."],
      description: "plugin directories, or folders of plugins",
      config: "plugins"
    }
  ],
  options: [
    {
      key: "changedSince",
      kind: "string",
      value: "ref",
      description: "only plugins with files changed since this git ref (merge base with HEAD; needs the history)"
    },
    {
      key: "matrix",
      kind: "boolean",
      description: 'only list the plugins as a strategy.matrix JSON ({"include":[{path,name,version}]}), validating nothing',
      default: false
    },
    {
      key: "against",
      kind: "string",
      value: "ref",
      description: "also check each plugin against itself at this git ref: does the version bump cover the changes?",
      config: "validate.against"
    },
    {
      key: "marketplace",
      kind: "enum",
      choices: ["false", "true", "marketplace", "official"],
      value: "profile",
      description: "also run the marketplace checks (as `check`) on every plugin: marketplace (or true), official, or false",
      default: "false",
      bareValue: "true",
      config: "validate.marketplace"
    },
    {
      key: "profile",
      kind: "enum",
      choices: ["marketplace", "official"],
      description: "with --marketplace true: the rules to apply",
      input: false
    },
    {
      key: "probeServers",
      kind: "boolean",
      description: "Coze Studio configurations: also check that each OpenAPI server URL answers",
      default: false
    }
  ],
  common: ["strict", "ignore", "config", "annotate-notices"],
  outputs: [
    { name: "matrix", description: 'JSON for strategy.matrix: {"include":[{"path","name","version"}]}' },
    { name: "plugins", description: "JSON list of the plugin paths checked" },
    { name: "removed", description: "JSON list of plugin paths removed since changed-since" },
    { name: "has-changes", description: "true when at least one plugin was selected" }
  ],
  subaction: "node",
  async run(input, ctx) {
    const [{ validate }, { cozeKind }] = await Promise.all([
      import("./validate-WZEYN27Q.js"),
      import("./kind-KM4PCPQQ.js")
    ]);
    const result = await validate(input.paths, {
      changedSince: input.changedSince,
      probeServers: input.probeServers,
      http: ctx.ports.http,
      runner: ctx.ports.processes,
      env: ctx.env,
      kinds: [cozeKind],
      cwd: ctx.cwd,
      now: ctx.now(),
      listOnly: input.matrix,
      onProgress: ctx.progress
    });
    if (input.matrix) return { result, matrixOnly: true };
    if (input.against) {
      const { checkAgainst } = await import("./against-QNJTJBEE.js");
      await checkAgainst(result.plugins, input.against, ctx.cwd);
    }
    const marketplace = input.marketplace === "true" ? input.profile ?? "marketplace" : input.marketplace;
    if (marketplace && marketplace !== "false") {
      const { checkMarketplace, marketplaceProfile } = await import("./marketplace-Z2R6QLVF.js");
      await checkMarketplace(result.plugins, marketplaceProfile(marketplace), ctx.cwd);
    }
    for (const p of result.plugins) p.findings = ctx.policy.apply(p.findings);
    result.findings = result.plugins.flatMap((p) => p.findings);
    return { result, matrixOnly: false };
  },
  present({ result, matrixOnly }) {
    const matrix = JSON.stringify({
      include: result.plugins.map((p) => ({ path: p.path, name: p.name ?? "", version: p.version ?? "" }))
    });
    const outputs = {
      matrix,
      plugins: JSON.stringify(result.plugins.map((p) => p.path)),
      removed: JSON.stringify(result.removed),
      "has-changes": String(result.plugins.length > 0)
    };
    const n = result.plugins.length;
    if (matrixOnly) {
      return {
        sections: [
          {
            stage: "validate",
            headline: `${n} plugin${n === 1 ? "" : "s"} selected`,
            findings: [],
            summary: { matrix: JSON.parse(matrix), removed: result.removed }
          }
        ],
        outputs,
        exitCode: 0,
        stdout: `${matrix}
`
      };
    }
    const failed = result.plugins.filter((p) => countFindings(p.findings).errors > 0).length;
    const section = {
      stage: "validate",
      headline: `${n} plugin${n === 1 ? "" : "s"} validated${failed ? `, ${failed} with errors` : ""}`,
      findings: result.findings,
      summary: {
        plugins: result.plugins.map((p) => ({
          path: p.path,
          kind: p.kind,
          name: p.name ?? null,
          version: p.version ?? null,
          ...countFindings(p.findings)
        })),
        removed: result.removed
      },
      tables: result.plugins.length > 1 || result.removed.length > 0 ? [
        {
          title: "Plugins",
          header: ["Plugin", "Version", "Errors", "Warnings"],
          rows: [
            ...result.plugins.map((p) => {
              const c = countFindings(p.findings);
              return [p.path, p.version ?? "?", c.errors, c.warnings];
            }),
            ...result.removed.map((r) => [r, "removed", "-", "-"])
          ]
        }
      ] : []
    };
    return { sections: [section], outputs };
  }
});

// src/commands/verify.ts
import { readFileSync } from "node:fs";
import path5 from "node:path";
var verifyCommand = defineCommand({
  name: "verify",
  summary: "check a package\u2019s signature as the daemon does; says why when it fails",
  args: [{ key: "package", kind: "path", required: true, description: "the .difypkg to verify" }],
  options: [
    publicKeysOption("also trust this public key (PKCS#1 PEM file; repeatable)"),
    {
      key: "keyEnv",
      kind: "list",
      value: "variable",
      description: "also trust the public key in this environment variable (repeatable)"
    },
    {
      key: "official",
      kind: "boolean",
      default: true,
      negatable: true,
      description: "trust the official Dify key (turn off to check against the given keys only)"
    },
    maxSizeOption(),
    {
      key: "provenance",
      kind: "path",
      value: "file",
      description: "also check this Sigstore provenance bundle (the release\u2019s <package>.sigstore.json) against the package\u2019s sha256, offline: the statement\u2019s subject digest and the signature with the bundled certificate\u2019s key"
    }
  ],
  common: ["config", "annotate-notices"],
  outputs: [
    { name: "status", description: "verified, unsigned, modified, untrusted or invalid" },
    { name: "category", description: "the authorized category in the signature" },
    { name: "fingerprint", description: "the SHA-256 fingerprint of the key that signed it" },
    { name: "identifier", description: "the Dify identifier of the package" },
    { name: "sha256", description: "sha256 of the package file" },
    { name: "provenance", description: "with --provenance: verified, mismatch, bad-signature or invalid" }
  ],
  subaction: "node",
  async run(input, ctx) {
    const { verifyStage } = await import("./verify-GM6BZWXS.js");
    const keys = [
      ...(input.key ?? []).map((file) => ({ file })),
      ...(input.keyEnv ?? []).map((env) => ({ env }))
    ];
    const result = await verifyStage(
      { package: input.package, keys, official: input.official, maxSize: input.maxSize },
      ctx
    );
    if (input.provenance) {
      const { checkBundle, provenanceFindings } = await import("./provenance-UNVFASBD.js");
      const file = path5.resolve(ctx.cwd, input.provenance);
      let text;
      try {
        text = readFileSync(file, "utf8");
      } catch {
        throw new UsageError(
          `--provenance ${input.provenance} cannot be read`,
          "Pass the bundle file (JSON)."
        );
      }
      result.provenance = checkBundle(
        text,
        result.artifact.sha256,
        () => readFileSync(path5.resolve(ctx.cwd, input.package))
      );
      result.findings.push(...provenanceFindings(result.provenance, input.provenance));
    }
    return result;
  },
  present({ findings, artifact, verify, provenance }, input) {
    const ok = verify.status === "verified" && (!provenance || provenance.status === "verified");
    return {
      sections: [
        {
          stage: "verify",
          headline: ok ? `${input.package}: ${verify.reason}${provenance ? "; provenance checked offline" : ""}` : `${input.package} does not verify${provenance && provenance.status !== "verified" ? ` (provenance: ${provenance.status})` : ""}`,
          findings,
          summary: {
            ...artifactJson(artifact),
            status: verify.status,
            reason: verify.reason,
            signer: verify.signer ? {
              origin: verify.signer.origin,
              fingerprint: verify.signer.fingerprint,
              official: verify.signer.official
            } : null,
            category: verify.category ?? null,
            categorySource: verify.categorySource ?? null,
            time: verify.time ?? null,
            provenance: provenance ?? null,
            keys: verify.keys.map((k) => ({
              origin: k.origin,
              fingerprint: k.fingerprint,
              official: k.official
            }))
          },
          tables: [
            {
              title: "Signature",
              header: ["", "value"],
              rows: [
                ["status", verify.status],
                ...verify.signer ? [["key", `${verify.signer.origin} ${short(verify.signer.fingerprint)}`]] : [],
                ...verify.category !== void 0 ? [["category", categoryText(verify)]] : [],
                ...verify.time ? [["signed at", new Date(verify.time * 1e3).toISOString()]] : []
              ]
            },
            ...provenance ? [
              {
                title: "Provenance (checked offline)",
                header: ["", "value"],
                rows: [
                  ["status", provenance.status],
                  ["why", provenance.reason],
                  ...provenance.signer ? [["signer (as claimed)", provenance.signer]] : [],
                  ...provenance.predicateType ? [["predicate", provenance.predicateType]] : [],
                  ["checked", provenance.checked.join("; ") || "-"],
                  ["not checked", provenance.notChecked.join("; ")]
                ]
              }
            ] : []
          ]
        }
      ],
      outputs: {
        ...provenance ? { provenance: provenance.status } : {},
        status: verify.status,
        category: verify.category ?? "",
        fingerprint: verify.signer?.fingerprint ?? "",
        identifier: artifact.identifier,
        sha256: artifact.sha256
      },
      exitCode: ok ? void 0 : 1
    };
  }
});

// src/commands/registry.ts
var COMMANDS = [
  validateCommand,
  checkCommand,
  diffCommand,
  testCommand,
  packageCommand,
  signCommand,
  verifyCommand,
  releaseCommand,
  submitCommand,
  deployCommand,
  promoteCommand,
  rollbackCommand,
  statusCommand,
  inspectCommand,
  keygenCommand,
  bundleCommand,
  daemonCommand,
  explainCommand,
  testPlanCommand
];
function findCommand(name) {
  return COMMANDS.find((c) => c.name === name);
}

export {
  COMMON_OPTIONS,
  JSON_OPTION,
  flagName,
  inputName,
  parseText,
  splitList,
  allOptions,
  runInvocation,
  COMMANDS,
  findCommand
};
