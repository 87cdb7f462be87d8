import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  cell,
  idleText
} from "./chunk-JSBISJTW.js";
import {
  MAX_TIMEOUT_SECONDS
} from "./chunk-TH67XRTX.js";
import {
  DEFAULT_KEY_NAME,
  DEFAULT_TIMEOUT_SECONDS
} from "./chunk-TWVWNLMF.js";
import {
  defineCommand
} from "./chunk-RQSBGP2X.js";
import {
  LAYER_TEXT,
  allCodes,
  lookupCode
} from "./chunk-NBD5T6J4.js";
import {
  display,
  formatSize
} from "./chunk-RNQVW4XQ.js";
import {
  categoryText,
  short
} from "./chunk-HXXNGEUI.js";
import {
  finding
} from "./chunk-ZGFNRH4I.js";
import {
  UsageError
} from "./chunk-62OAMW2I.js";
import {
  countFindings
} from "./chunk-RQVOJRQL.js";

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
    const { bundle } = await import("./bundle-6WGYX5WS.js");
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
    const { checkTarget } = await import("./marketplace-DSFK3364.js");
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
    const { daemonStage } = await import("./stage-CGUGNDDR.js");
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
    const { deployStage } = await import("./deploy-stage-V42CQAUZ.js");
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
    const [{ existsSync }, path4, { diffPlugins }, { openSide }] = await Promise.all([
      import("node:fs"),
      import("node:path"),
      import("./diff-E6E4SM6P.js"),
      import("./sides-7YD5CECB.js")
    ]);
    const newSide = await openSide(input.new, { cwd: ctx.cwd });
    let oldSide;
    try {
      const samePluginAs = existsSync(path4.resolve(ctx.cwd, input.new)) ? input.new : ".";
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

// src/commands/target-options.ts
var TARGET_OPTIONS2 = [
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

// src/commands/doctor.ts
var MARK = { ok: "ok", warn: "warn", fail: "FAIL", skip: "skip" };
var doctorCommand = defineCommand({
  name: "doctor",
  summary: "check the setup in one report, each line with its fix: a package\u2019s signature against each target, GitHub for release and submit, each target, remote debugging",
  options: [
    ...TARGET_OPTIONS2,
    {
      key: "package",
      kind: "path",
      value: "pkg",
      description: "a .difypkg: would each target refuse its signature, and is each target\u2019s Dify new enough"
    },
    {
      key: "keys",
      kind: "list",
      flag: "key",
      input: "key",
      value: "pem",
      description: "a public key you sign with, so doctor names the exact settings that accept the package (repeatable)"
    },
    {
      key: "plugin",
      kind: "path",
      value: "dir",
      default: ".",
      description: "the plugin directory whose .env (remote debugging) is checked"
    },
    {
      key: "github",
      kind: "boolean",
      default: true,
      negatable: true,
      description: "check the GitHub setup for release and submit (token, repository, fork, pull requests, production environment)"
    },
    {
      key: "repo",
      kind: "string",
      value: "owner/repo",
      defaultText: "GITHUB_REPOSITORY",
      description: "the repository releases go to"
    },
    {
      key: "fork",
      kind: "string",
      value: "owner/repo",
      defaultText: "<fork token owner>/dify-plugins",
      description: "your fork of the marketplace repository"
    },
    {
      key: "upstream",
      kind: "string",
      value: "owner/repo",
      default: "langgenius/dify-plugins",
      description: "the marketplace repository"
    },
    {
      key: "forkTokenEnv",
      kind: "string",
      value: "variable",
      default: "DIFY_PLUGINS_TOKEN",
      description: "the environment variable holding the token for the fork (else GITHUB_TOKEN, GH_TOKEN)"
    },
    {
      key: "productionEnvs",
      kind: "list",
      flag: "production-env",
      input: "production-env",
      value: "name",
      defaultText: "the configured environments named like production, else production",
      description: "a GitHub environment that must have protection rules (repeatable)"
    },
    {
      key: "token",
      kind: "secret",
      flag: false,
      description: "the GitHub token (default: GITHUB_TOKEN)",
      actionDefault: "${{ github.token }}"
    }
  ],
  common: ["config", "annotate-notices"],
  outputs: [
    { name: "checks", description: "the number of checks made" },
    { name: "failed", description: "the number of checks that failed" },
    { name: "warned", description: "the number of checks that warn" }
  ],
  subaction: "node",
  async run(input, ctx) {
    const { doctorStage } = await import("./doctor-stage-3NI5QWXO.js");
    return doctorStage(input, ctx);
  },
  present(r) {
    const findings = r.checks.filter((c) => (c.status === "fail" || c.status === "warn") && c.code).map(
      (c) => finding(c.code, `${c.subject}: ${c.check}: ${c.detail}`, {
        fix: c.settings?.length ? `${c.fix} Settings: ${c.settings.join(" ")}` : c.fix,
        severity: c.status === "fail" ? "error" : "warning"
      })
    );
    const count = (s) => r.checks.filter((c) => c.status === s).length;
    const failed = count("fail");
    const warned = count("warn");
    return {
      sections: [
        {
          stage: "doctor",
          headline: `${r.checks.length} checks: ${count("ok")} ok, ${failed} failed, ${warned} warn, ${count("skip")} skipped`,
          findings,
          summary: {
            targets: r.targets,
            package: r.package ?? null,
            needs: r.needs ?? null,
            checks: r.checks.map((c) => ({
              group: c.group,
              check: c.check,
              subject: c.subject,
              status: c.status,
              detail: c.detail,
              fix: c.fix,
              code: c.code ?? null,
              ...c.settings ? { settings: c.settings } : {}
            }))
          },
          tables: [
            {
              title: "Doctor",
              header: ["", "Group", "Check", "On", "Seen", "Fix"],
              rows: r.checks.map((c) => [
                MARK[c.status],
                c.group,
                c.check,
                cell(c.subject, 60),
                cell(c.detail),
                cell(c.settings?.length ? `${c.fix} ${c.settings.join(" ")}` : c.fix, 240)
              ])
            }
          ]
        }
      ],
      outputs: { checks: String(r.checks.length), failed: String(failed), warned: String(warned) },
      exitCode: failed > 0 ? 1 : 0
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
    const { inspectStage } = await import("./inspect-J4HA2MOE.js");
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
import path from "node:path";
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
    const { keygenStage } = await import("./keygen-stage-GVWVP5PK.js");
    return keygenStage({ name: input.name, outDir: input.output, force: input.force, bits: input.bits }, ctx);
  },
  present(r, _input, ctx) {
    const shownPrivate = display(ctx.cwd, r.privateKey);
    const shownPublic = display(ctx.cwd, r.publicKey);
    const base = path.basename(r.publicKey);
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
import path2 from "node:path";

// src/commands/offline-view.ts
function presentOffline(result, ctx) {
  const label = result.label;
  const tag = (f) => ({ ...f, plugin: label });
  const sections = [];
  if (result.findings.length > 0 || result.packages.length === 0) {
    sections.push({
      stage: "package",
      headline: result.packages.length ? `${label}: offline dependencies read` : `${label}: no offline package built`,
      findings: result.findings.map(tag),
      summary: common(result)
    });
  }
  for (const p of result.packages) sections.push(packageSection(p, result, ctx, label));
  const written = result.packages.filter((p) => p.artifact);
  const first = written[0]?.artifact;
  return {
    sections,
    outputs: first ? {
      path: first.path,
      sha256: first.sha256,
      identifier: first.identifier,
      checksum: first.checksum,
      size: String(first.size),
      packages: written.map((p) => p.artifact.path).join("\n")
    } : {},
    exitCode: written.length === result.packages.length && written.length > 0 ? void 0 : 1
  };
}
function common(result) {
  return {
    offline: true,
    input: result.input,
    requirementsFrom: result.requirementsFrom ?? null,
    findLinks: result.sources.findLinks,
    index: result.sources.index,
    pip: result.pip ?? null
  };
}
function packageSection(p, result, ctx, label) {
  const shown = p.artifact ? display(ctx.cwd, p.artifact.path) : void 0;
  const tables = [];
  if (p.wheels.length) {
    tables.push({
      title: `Wheels for ${p.target.name}`,
      header: ["wheel", "tag used", "size"],
      rows: p.wheels.map((w) => [w.file, w.tag, formatSize(w.size)])
    });
  }
  if (p.sizes && shown) {
    tables.push({
      title: "Size against the limits on the way to the daemon",
      header: ["limit", "measures", "default", "this package", "raised by"],
      rows: p.sizes.limits.map((l) => [
        l.layer,
        l.measure,
        formatSize(l.bytes),
        `${formatSize(l.measure === "compressed" ? p.sizes.compressed : p.sizes.uncompressed)}${l.exceeded ? " (over)" : ""}`,
        l.setting
      ])
    });
  }
  return {
    stage: "package",
    headline: shown ? `packaged ${shown} for ${p.description}: ${p.wheels.length} wheels, ${formatSize(p.artifact.size)}` : `${label}: no offline package for ${p.target.name}`,
    findings: p.findings.map((f) => ({ ...f, plugin: label })),
    summary: {
      ...common(result),
      target: p.target.name,
      python: p.target.python.minor,
      glibc: `${p.target.glibc.major}.${p.target.glibc.minor}`,
      ...p.artifact ? artifactJson(p.artifact) : { path: null },
      wheels: p.wheels,
      leftOut: p.leftOut,
      requirements: p.requirements ?? null,
      sizes: p.sizes ? {
        compressed: p.sizes.compressed,
        uncompressed: p.sizes.uncompressed,
        wheels: p.sizes.wheels,
        largest: p.sizes.largest,
        limits: p.sizes.limits
      } : null,
      sha256sums: p.result?.sumsFile ?? null,
      pipCommand: p.command
    },
    tables
  };
}

// src/commands/package.ts
var packageCommand = defineCommand({
  name: "package",
  summary: "build <name>-<version>.difypkg exactly as Dify\u2019s CLI lays it out: reproducible, validated, secrets refused",
  args: [
    {
      key: "path",
      kind: "path",
      default: ".",
      description: "the plugin directory (with --offline, also a .difypkg to repackage)"
    }
  ],
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
    },
    {
      key: "offline",
      kind: "boolean",
      default: false,
      description: "build <name>-<version>-offline-<platform>.difypkg per target: every dependency as a wheel under wheels/, installed with no network"
    },
    {
      key: "target",
      kind: "list",
      split: ",",
      value: "platform",
      defaultText: "the manifest\u2019s meta.arch",
      description: "with --offline: linux/amd64 or linux/arm64 (repeatable; one package each)"
    },
    {
      key: "python",
      kind: "string",
      value: "version",
      input: "python-version",
      default: "3.12",
      description: "with --offline: the Python the wheels are for (the daemon runs plugins on 3.12)"
    },
    {
      key: "indexUrl",
      kind: "string",
      value: "url",
      defaultText: "PyPI, unless --find-links is given",
      description: "with --offline: the package index to take wheels from"
    },
    {
      key: "findLinks",
      kind: "list",
      value: "dir",
      description: "with --offline: a folder of wheels to take them from (repeatable; alone: no index)"
    }
  ],
  common: ["strict", "ignore", "config", "annotate-notices"],
  outputs: [
    { name: "path", description: "the .difypkg written" },
    { name: "sha256", description: "sha256 of the .difypkg file" },
    { name: "identifier", description: "the Dify identifier author/name:version@checksum" },
    { name: "checksum", description: "the Dify checksum (the identifier\u2019s last part)" },
    { name: "size", description: "size of the .difypkg file in bytes" },
    { name: "packages", description: "with --offline: every .difypkg written, one path per line" }
  ],
  subaction: "node",
  async run(input, ctx) {
    if (input.offline) {
      const { packageOffline } = await import("./package-FQGZQ7NZ.js");
      return {
        offline: await packageOffline(
          {
            path: input.path,
            output: input.output,
            targets: input.target,
            python: input.python,
            indexUrl: input.indexUrl,
            findLinks: input.findLinks,
            maxSize: input.maxSize,
            allowFile: input.allowFile
          },
          ctx
        )
      };
    }
    for (const [flag, given] of [
      ["--target", input.target?.length],
      ["--index-url", input.indexUrl],
      ["--find-links", input.findLinks?.length]
    ]) {
      if (given)
        throw new UsageError(`${flag} is an option of --offline`, `Add --offline, or leave ${flag} out.`);
    }
    const { packagePlugin } = await import("./package-2KO476HP.js");
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
    const artifact = result.path ? await (await import("./read-OAVUANDQ.js")).readArtifact(result.path) : void 0;
    const label = (path2.relative(ctx.cwd, path2.resolve(ctx.cwd, input.path)) || ".").split(path2.sep).join("/");
    return { ...result, artifact, label, findings: result.findings.map((f) => ({ ...f, plugin: label })) };
  },
  present(outcome, input, ctx) {
    if (outcome.offline) return presentOffline(outcome.offline, ctx);
    const result = outcome;
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

// src/commands/pipeline.ts
var pipelineCommand = defineCommand({
  name: "pipeline",
  summary: "the whole chain: validate, check, test, package, sign, verify, release, submit, deploy to staging with the checklist, promote to production; stops at the first stage that fails",
  args: [{ key: "path", kind: "path", default: ".", description: "the plugin directory" }],
  options: [
    {
      key: "local",
      kind: "boolean",
      default: false,
      description: "need nothing but this repository: embedded staging and production daemons (.dify-release/envs/NAME/), a throwaway signing key, release and submit as dry-run plans"
    },
    {
      key: "output",
      kind: "path",
      short: "o",
      value: "dir",
      input: "output-dir",
      defaultText: ".dify-release/pipeline",
      description: "directory for the packages (and, with --local, the throwaway public key)"
    },
    {
      key: "staging",
      kind: "string",
      value: "name",
      default: "staging",
      description: "the environment to deploy to first",
      config: "checklist.staging-env"
    },
    {
      key: "production",
      kind: "string",
      value: "name",
      default: "production",
      description: "the environment to promote to"
    },
    {
      key: "key",
      kind: "path",
      value: "file",
      input: "key-file",
      description: "the private signing key file (without --local)",
      config: "signing.key-file"
    },
    {
      key: "keyEnv",
      kind: "string",
      value: "variable",
      description: "read the private key\u2019s PEM text from this environment variable (without --local)",
      config: "signing.key-env"
    },
    {
      key: "tag",
      kind: "string",
      value: "tag",
      defaultText: "v<version>",
      description: "the release tag"
    },
    {
      key: "submit",
      kind: "boolean",
      default: true,
      negatable: true,
      description: "open (with --local: plan) the marketplace pull request"
    },
    {
      key: "promote",
      kind: "boolean",
      default: true,
      negatable: true,
      description: "promote to production once staging passed"
    }
  ],
  common: ["strict", "ignore", "config", "dry-run", "annotate-notices"],
  outputs: [
    { name: "outcome", description: "passed, or the stage it stopped at" },
    { name: "identifier", description: "the Dify identifier of the package built" },
    { name: "sha256", description: "sha256 of the signed package" },
    { name: "path", description: "the signed package" }
  ],
  async run(input, ctx) {
    const { pipelineStage } = await import("./pipeline-run-RHGLP6OZ.js");
    return pipelineStage(input, ctx);
  },
  present(r) {
    const stages = {
      title: "Pipeline",
      header: ["stage", "result", "time"],
      rows: r.steps.map((s) => [
        s.label,
        s.exitCode === 0 ? "passed" : `failed: ${s.reason ?? ""}`,
        `${(s.ms / 1e3).toFixed(1)} s`
      ])
    };
    const where = {
      title: "Deployed",
      header: ["environment", "outcome", "identifier"],
      rows: r.deployed.map((d) => [d.env, d.outcome, d.identifier])
    };
    const headline2 = r.failed ? `pipeline stopped at ${r.failed.label}${r.deployed.some((d) => d.outcome === "passed") ? "" : "; nothing was deployed"}` : `pipeline passed${r.plugin ? `: ${r.plugin.identifier} (sha256 ${r.plugin.sha256.slice(0, 12)}\u2026)` : ""}; rollback: ${r.rollback}`;
    return {
      sections: [
        {
          stage: "pipeline",
          headline: headline2,
          findings: r.findings,
          summary: {
            outcome: r.failed ? r.failed.name : "passed",
            local: r.local,
            package: r.plugin ?? null,
            stages: r.steps.map((s) => ({
              stage: s.name,
              label: s.label,
              exitCode: s.exitCode,
              ms: s.ms,
              ...s.reason ? { reason: s.reason } : {}
            })),
            deployed: r.deployed,
            rollback: r.rollback,
            ms: r.totalMs
          },
          tables: [stages, ...where.rows.length ? [where] : []]
        }
      ],
      outputs: {
        outcome: r.failed ? r.failed.name : "passed",
        identifier: r.plugin?.identifier,
        sha256: r.plugin?.sha256,
        path: r.plugin?.path
      },
      exitCode: r.failed ? r.failed.exitCode === 2 ? 2 : 1 : 0
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
    const { promoteStage } = await import("./promote-stage-3L2ARZ3N.js");
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

// src/commands/plan-table.ts
function planTables(plan) {
  if (!plan) return [];
  return [
    {
      title: "Planned GitHub calls (none made)",
      header: ["#", "Call", "Kind", "For", "Body"],
      rows: plan.map((c, i) => [
        i + 1,
        `${c.method} ${c.path}`,
        c.read ? "read" : "write",
        c.purpose,
        c.body ? JSON.stringify(c.body) : ""
      ])
    }
  ];
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
    const { releaseStage } = await import("./release-stage-SGFNLRQJ.js");
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
            ...planTables(r.plan)
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
    const { rollbackStage } = await import("./rollback-stage-D4KZ6NHN.js");
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
    const { signStage } = await import("./sign-ICCCMJ45.js");
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
    const { statusStage } = await import("./status-stage-G55Y5JX3.js");
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
      // The contract scripts rely on: `status --env NAME --json` has environment, current, history.
      document: summary,
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
    const { submitStage } = await import("./submit-stage-LCIVLF7X.js");
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
            ...planTables(r.plan)
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

// src/commands/tasks.ts
var tasksCommand = defineCommand({
  name: "tasks",
  summary: "list the install tasks on a target, or delete the failed and stale ones through its API (never SQL)",
  args: [
    {
      key: "action",
      kind: "enum",
      choices: ["list", "cleanup"],
      required: true,
      input: "tasks-action",
      description: "list: show the tasks and why failed ones failed; cleanup: delete failed and stale tasks"
    }
  ],
  options: [
    ...TARGET_OPTIONS2,
    {
      key: "force",
      kind: "boolean",
      default: false,
      description: "cleanup: delete the failed and stale tasks even while another runs (it is kept)"
    },
    {
      key: "staleAfter",
      kind: "number",
      value: "minutes",
      min: 0,
      default: 30,
      description: "a pending or running task unchanged for this long is stale (cleanup deletes it)"
    }
  ],
  common: ["config", "dry-run", "annotate-notices"],
  outputs: [
    { name: "tasks", description: "the number of install tasks found" },
    { name: "failed", description: "the number of failed tasks found" },
    { name: "stale", description: "the number of stale tasks found" },
    { name: "deleted", description: "cleanup: the number of tasks deleted (or, with dry-run, to delete)" }
  ],
  subaction: false,
  async run(input, ctx) {
    const { tasksStage } = await import("./tasks-stage-J6AF4UBT.js");
    return tasksStage(input, ctx);
  },
  present(r) {
    const findings = [];
    const tables = [];
    let exitCode = 0;
    const all = r.targets.flatMap((t) => t.tasks ?? []);
    const count = (state) => all.filter((t) => t.state === state).length;
    for (const t of r.targets) {
      if (t.problem) {
        findings.push(
          finding(t.problem.code, `${t.label}: ${t.problem.message}`, {
            ...t.problem.fix ? { fix: t.problem.fix } : {}
          })
        );
        exitCode = Math.max(exitCode, t.problem.exitCode);
        continue;
      }
      findings.push(...taskFindings(t, r));
      tables.push(taskTable(t, r));
      const c = t.cleanup;
      if (c && c.refusedFor.length > 0) exitCode = Math.max(exitCode, 1);
      if (c && c.remaining.length > 0) exitCode = Math.max(exitCode, 1);
    }
    const deleted = r.targets.flatMap((t) => t.cleanup?.deleted ?? []);
    const refused = r.targets.some((t) => (t.cleanup?.refusedFor.length ?? 0) > 0);
    const headline2 = r.action === "list" ? `${all.length} install task${all.length === 1 ? "" : "s"} on ${r.targets.length} target${r.targets.length === 1 ? "" : "s"}: ${count("failed")} failed, ${count("stale")} stale, ${count("running")} running` : refused ? "cleanup refused: an install task is running (pass --force to clean around it)" : deleted.length === 0 ? "nothing to clean up: no failed or stale install tasks" : `${r.dryRun ? "would delete" : "deleted"} ${deleted.length} install task${deleted.length === 1 ? "" : "s"} (${deleted.filter((t) => t.state === "failed").length} failed, ${deleted.filter((t) => t.state === "stale").length} stale)`;
    return {
      sections: [
        {
          stage: "tasks",
          headline: headline2,
          findings,
          summary: {
            action: r.action,
            dryRun: r.dryRun,
            force: r.force,
            staleAfterMinutes: r.staleAfterMs / 6e4,
            targets: r.targets.map((t) => ({
              target: t.label,
              kind: t.info?.kind ?? null,
              url: t.info?.url ?? null,
              tenant: t.info?.tenant ?? null,
              tasks: (t.tasks ?? []).map(taskJson),
              ...t.cleanup ? {
                deleted: t.cleanup.deleted.map((x) => x.id),
                kept: t.cleanup.kept.map((x) => x.id),
                refusedFor: t.cleanup.refusedFor.map((x) => x.id),
                remaining: t.cleanup.remaining.map((x) => x.id)
              } : {},
              problem: t.problem ? { message: t.problem.message, code: t.problem.code } : null
            }))
          },
          tables
        }
      ],
      outputs: {
        tasks: String(all.length),
        failed: String(count("failed")),
        stale: String(count("stale")),
        deleted: String(deleted.length)
      },
      exitCode
    };
  }
});
function taskFindings(t, r) {
  const out = [];
  const c = t.cleanup;
  if (c && c.refusedFor.length > 0) {
    out.push(
      finding(
        "DPR1320",
        `${t.label}: ${c.refusedFor.length} install task${c.refusedFor.length === 1 ? " is" : "s are"} running (${c.refusedFor.map((x) => `${x.id}: ${x.plugins.map((p) => p.identifier).join(", ")}, idle ${idleText(x.idleMs)}`).join("; ")}); nothing was deleted`
      )
    );
  }
  for (const task of c?.remaining ?? []) {
    out.push(
      finding("DPR1310", `${t.label}: task ${task.id} is still listed after it was deleted`, {
        fix: "Run `tasks cleanup` again; if it stays, the target did not delete it: look at its log."
      })
    );
  }
  const named = r.action === "list" || (c?.refusedFor.length ?? 0) > 0;
  if (!named) return out;
  for (const task of t.tasks ?? []) {
    if (task.state === "stale") {
      out.push(
        finding(
          "DPR1322",
          `${t.label}: task ${task.id} has said ${task.status} for ${idleText(task.idleMs)} (${task.plugins.map((p) => `${p.identifier}: ${p.message || p.status}`).join("; ")})`
        )
      );
    }
    for (const p of task.plugins) {
      if (!p.diagnosis) continue;
      out.push(
        finding(
          "DPR1321",
          `${t.label}: task ${task.id}: ${p.identifier} failed: ${p.diagnosis.title} (${p.diagnosis.class}, ${p.diagnosis.code}); the target said: ${p.message}`,
          { fix: `${p.diagnosis.remedy} Then delete the task with \`tasks cleanup\`.` }
        )
      );
    }
  }
  return out;
}
function taskTable(t, r) {
  const c = t.cleanup;
  const fate = (task) => !c ? "" : c.deleted.includes(task) ? r.dryRun ? "would delete" : "deleted" : "kept";
  const rows = (t.tasks ?? []).flatMap(
    (task) => (task.plugins.length > 0 ? task.plugins : [void 0]).map((p) => [
      task.id,
      task.state,
      idleText(task.idleMs),
      p?.identifier ?? "",
      p?.status ?? task.status,
      p?.diagnosis ? `${p.diagnosis.class} (${p.diagnosis.code})` : "",
      cell(p?.message ?? ""),
      ...c ? [fate(task)] : []
    ])
  );
  return {
    title: `Install tasks on ${t.label}${t.info ? ` (${t.info.kind} ${t.info.url})` : ""}`,
    header: ["Task", "State", "Idle", "Plugin", "Status", "Failure", "Message", ...c ? ["Cleanup"] : []],
    rows
  };
}
function taskJson(t) {
  return {
    id: t.id,
    status: t.status,
    state: t.state,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    idleSeconds: Math.round(t.idleMs / 1e3),
    plugins: t.plugins.map((p) => ({
      identifier: p.identifier,
      status: p.status,
      message: p.message,
      failure: p.diagnosis ? { class: p.diagnosis.class, code: p.diagnosis.code, remedy: p.diagnosis.remedy } : null
    }))
  };
}

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
    },
    {
      key: "allowSecretsInTest",
      kind: "boolean",
      default: false,
      description: "run the plugin's code although secrets (tokens, keys, OIDC variables, persisted git credentials) are within its reach"
    },
    {
      key: "sandbox",
      kind: "enum",
      choices: ["auto", "required", "off"],
      defaultText: "auto, or $DPR_SANDBOX",
      description: "where the plugin's code runs: auto (user, mount and PID namespaces where the machine allows them, else supervised with a notice), required (fail without them), off. In the test action on a GitHub-hosted Ubuntu 24.04 runner, auto and required first allow unprivileged user namespaces for the job"
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
    const { testPlugin } = await import("./run-SYWWLWJQ.js");
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
    const { testPlan } = await import("./plan-EGX5IE3X.js");
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
      import("./validate-ZJWK3DQQ.js"),
      import("./kind-MZXQOYCF.js")
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
      const { checkAgainst } = await import("./against-7W3AX5O6.js");
      await checkAgainst(result.plugins, input.against, ctx.cwd);
    }
    const marketplace = input.marketplace === "true" ? input.profile ?? "marketplace" : input.marketplace;
    if (marketplace && marketplace !== "false") {
      const { checkMarketplace, marketplaceProfile } = await import("./marketplace-DSFK3364.js");
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
import path3 from "node:path";
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
    },
    {
      key: "offlineInstall",
      kind: "boolean",
      default: false,
      description: "also prove an offline package installs: its wheels fit the target, and a fresh environment installs them with no network and imports the entrypoint"
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
    const { verifyStage } = await import("./verify-CD7SM46C.js");
    const keys = [
      ...(input.key ?? []).map((file) => ({ file })),
      ...(input.keyEnv ?? []).map((env) => ({ env }))
    ];
    const result = await verifyStage(
      { package: input.package, keys, official: input.official, maxSize: input.maxSize },
      ctx
    );
    if (input.provenance) {
      const { checkBundle, provenanceFindings } = await import("./provenance-PQBQ3TLD.js");
      const file = path3.resolve(ctx.cwd, input.provenance);
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
        () => readFileSync(path3.resolve(ctx.cwd, input.package))
      );
      result.findings.push(...provenanceFindings(result.provenance, input.provenance));
    }
    if (input.offlineInstall) {
      const { verifyOfflineInstall } = await import("./verify-AGJTZIN5.js");
      result.offline = await verifyOfflineInstall({ package: input.package, maxSize: input.maxSize }, ctx);
    }
    return result;
  },
  present({ findings, artifact, verify, provenance, offline }, input) {
    const ok = verify.status === "verified" && (!provenance || provenance.status === "verified");
    const offlineSections = offline ? [offlineSection(offline, input.package)] : [];
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
        },
        ...offlineSections
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
function offlineSection(o, pkg) {
  const failed = o.gates.filter((g) => g.status === "failed");
  const proven = o.gates.every((g) => g.status === "passed");
  return {
    stage: "verify",
    headline: failed.length ? `${pkg}: the offline install would fail (${failed.map((g) => g.id).join(", ")})` : proven ? `${pkg}: installs offline on ${o.target?.name} and its entrypoint imports` : `${pkg}: wheels fit ${o.target?.name}; the install could not be run on this machine`,
    findings: o.findings,
    summary: {
      offlineInstall: proven ? "proven" : failed.length ? "failed" : "checked",
      target: o.target?.name ?? null,
      python: o.target?.python.minor ?? null,
      targetFrom: o.targetFrom,
      wheels: o.wheels,
      gates: o.gates,
      install: o.install ?? null
    },
    tables: [{ kind: "gates", title: "Offline install", gates: o.gates }]
  };
}

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
  pipelineCommand,
  inspectCommand,
  keygenCommand,
  bundleCommand,
  daemonCommand,
  tasksCommand,
  doctorCommand,
  explainCommand,
  testPlanCommand
];
function findCommand(name) {
  return COMMANDS.find((c) => c.name === name);
}

export {
  COMMANDS,
  findCommand
};
