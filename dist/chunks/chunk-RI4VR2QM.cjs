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
  COMMON_OPTIONS: () => COMMON_OPTIONS,
  JSON_OPTION: () => JSON_OPTION,
  allOptions: () => allOptions,
  parseText: () => parseText,
  resolveOption: () => resolveOption,
  runInvocation: () => runInvocation,
  settle: () => settle,
  splitList: () => splitList
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_GIMIA6NM = require("./chunk-GIMIA6NM.cjs");
var import_chunk_6VNWJHBK = require("./chunk-6VNWJHBK.cjs");
var import_chunk_XDFA5MRV = require("./chunk-XDFA5MRV.cjs");
var import_chunk_2YVRSQ6N = require("./chunk-2YVRSQ6N.cjs");
var import_chunk_4XO4ETKR = require("./chunk-4XO4ETKR.cjs");
var import_chunk_JBHNGCYE = require("./chunk-JBHNGCYE.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_SAEB7QK7 = require("./chunk-SAEB7QK7.cjs");
var import_chunk_IGMRLCZS = require("./chunk-IGMRLCZS.cjs");
var import_chunk_YK7KIND3 = require("./chunk-YK7KIND3.cjs");
var import_node_path = __dprBuiltin(require("node:path"));
var import_node_path2 = __dprBuiltin(require("node:path"));
function createPolicy(options) {
  const ignore = new Set((options.ignore ?? []).map((c) => c.toUpperCase()));
  const overrides = [...options.overrides ?? []].sort((a, b) => b.path.length - a.path.length);
  const overrideFor = (plugin) => {
    if (overrides.length === 0 || plugin === void 0 || /\.dify(pkg|bndl)$/.test(plugin)) return void 0;
    const dir = import_node_path.default.resolve(options.cwd, plugin);
    return overrides.find((o) => (0, import_chunk_SAEB7QK7.isInside)(o.path, dir));
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
async function createReporter(options) {
  const env = options.env ?? process.env;
  if (options.json) {
    const { JsonReporter } = await Promise.resolve().then(() => require("./json-TP4QV2FF.cjs"));
    return new JsonReporter(options.command);
  }
  if (env.GITHUB_ACTIONS === "true") {
    const { ActionsReporter } = await Promise.resolve().then(() => require("./actions-NC7J6OSV.cjs"));
    return new ActionsReporter({
      command: options.command,
      cwd: options.cwd ?? process.cwd(),
      workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
      annotateNotices: options.annotateNotices,
      summaryFile: env.GITHUB_STEP_SUMMARY || void 0
    });
  }
  const { TerminalReporter } = await Promise.resolve().then(() => require("./terminal-P64W7BON.cjs"));
  return new TerminalReporter();
}
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
function buildContext(options) {
  const { inv, reporter } = options;
  const controller = new AbortController();
  const release = (0, import_chunk_JBHNGCYE.onInterrupt)(() => controller.abort());
  const ports = {
    processes: inv.ports?.processes ?? import_chunk_JBHNGCYE.processRunner,
    git: inv.ports?.git ?? ((cwd) => new import_chunk_4XO4ETKR.Git(cwd ?? inv.cwd)),
    http: inv.ports?.http ?? (0, import_chunk_XDFA5MRV.createHttpClient)({ onRetry: (m) => reporter.info(m) })
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
function splitArgs(value) {
  return [...value.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
}
function optionLabel(o, surface, positional = false) {
  if (surface === "cli") return positional ? `argument <${o.key}>` : `--${(0, import_chunk_IGMRLCZS.flagName)(o)}`;
  if (surface === "action") return `input "${(0, import_chunk_IGMRLCZS.inputName)(o)}"`;
  return `"${o.config}" in the configuration file`;
}
function setHint(o, surface, example, positional = false) {
  if (surface === "cli") return positional ? `Pass ${example}.` : `Write --${(0, import_chunk_IGMRLCZS.flagName)(o)} ${example}.`;
  if (surface === "action") return `Set ${(0, import_chunk_IGMRLCZS.inputName)(o)}: ${example}.`;
  return `Write ${o.config}: ${example}.`;
}
function parseText(o, text, surface, positional = false) {
  const label = optionLabel(o, surface, positional);
  const value = text.trim();
  switch (o.kind) {
    case "boolean": {
      if (["true", "True", "TRUE"].includes(value)) return true;
      if (["false", "False", "FALSE"].includes(value)) return false;
      throw new import_chunk_NG6BV4S6.UsageError(
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
    throw new import_chunk_NG6BV4S6.UsageError(
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
  throw new import_chunk_NG6BV4S6.UsageError(
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
function resolveOption(o, given, config) {
  if (given !== void 0) return { value: given, source: "surface" };
  const fromFile = o.config ? config.values.get(o.config) : void 0;
  if (fromFile !== void 0) {
    let value = fromConfig(o, fromFile.value);
    if (o.kind === "path") value = import_node_path2.default.resolve(config.root, String(value));
    if (o.kind === "list" && o.value === "file")
      value = value.map((v) => import_node_path2.default.resolve(config.root, v));
    if (o.key === "paths") value = value.map((v) => import_node_path2.default.resolve(config.root, v));
    return { value, source: "config" };
  }
  return { value: o.default, source: "default" };
}
function allOptions(decl) {
  return [...decl.args ?? [], ...decl.options, ...decl.common.map((c) => COMMON_OPTIONS[c])];
}
async function runInvocation(inv) {
  const { decl } = inv;
  const secrets = [...(0, import_chunk_2YVRSQ6N.secretEnvValues)(inv.env)];
  for (const o of allOptions(decl))
    if (o.kind === "secret" && typeof inv.values[o.key] === "string")
      secrets.push(inv.values[o.key]);
  let loaded;
  let early;
  try {
    const explicit = inv.values.config;
    const configured = decl.common.includes("config") || explicit !== void 0;
    loaded = configured && (0, import_chunk_GIMIA6NM.findConfigFile)(inv.cwd, explicit) ? (await Promise.resolve().then(() => require("./load-QKRZVBIL.cjs"))).loadConfig(inv.cwd, explicit) : void 0;
  } catch (error) {
    early = error;
  }
  const config = loaded?.config ?? (0, import_chunk_GIMIA6NM.emptyConfig)(inv.cwd);
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
    if (error instanceof import_chunk_NG6BV4S6.DprError) {
      reporter.fatal(error.message, error.fix);
      return finish({ exitCode: error.exitCode, outputs: {} });
    }
    reporter.fatal(
      `internal error: ${(0, import_chunk_NG6BV4S6.errorMessage)(error)}`,
      "Please report it at https://github.com/dify-plugin-release/dify-plugin-release/issues with the command you ran."
    );
    if (inv.env.DPR_DEBUG) process.stderr.write(`${(0, import_chunk_2YVRSQ6N.redact)(String(error?.stack), secrets)}
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
    if ((0, import_chunk_YK7KIND3.countFindings)(configFindings).errors > 0) {
      return finish({ exitCode: 2, outputs: errorOutputs(configFindings) });
    }
  }
  try {
    const input = {};
    for (const o of allOptions(decl)) input[o.key] = resolveOption(o, inv.values[o.key], config).value;
    const ignore = input.ignore?.map((c) => {
      const source = inv.values.ignore !== void 0 ? inv.surface : "config";
      return (0, import_chunk_6VNWJHBK.lookupCode)(c, optionLabel(COMMON_OPTIONS.ignore, source)).code;
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
    const { sections, findings: all, exitCode, outputs } = settle(shown, policy);
    const printsOwn = shown.stdout !== void 0 && !inv.json;
    if (!printsOwn) for (const s of sections) reporter.section(s);
    const declared = new Set(decl.outputs.map((o) => o.name));
    const undeclared = Object.keys(outputs).filter((k) => !declared.has(k));
    if (undeclared.length > 0)
      throw new Error(`${decl.name} sets undeclared outputs: ${undeclared.join(", ")}`);
    Object.assign(outputs, errorOutputs(all));
    if (shown.stdout !== void 0 && !inv.json)
      (inv.print ?? ((t) => process.stdout.write(t)))(shown.stdout);
    return finish({ exitCode, outputs, ...shown.document ? { document: shown.document } : {} });
  } catch (error) {
    return fail(error);
  }
}
function settle(shown, policy) {
  const sections = shown.sections.map((s) => ({ ...s, findings: policy.apply(s.findings) }));
  const findings = sections.flatMap((s) => s.findings);
  const errors = findings.filter((f) => f.severity === "error");
  const exitCode = shown.exitCode || (errors.length > 0 ? 1 : 0);
  const outputs = {};
  for (const [k, v] of Object.entries(shown.outputs ?? {})) if (v !== void 0) outputs[k] = v;
  return { sections, findings, errors, exitCode, outputs };
}
function errorOutputs(findings) {
  const c = (0, import_chunk_YK7KIND3.countFindings)(findings);
  return { errors: String(c.errors), warnings: String(c.warnings) };
}
function redacting(reporter, secrets) {
  if (secrets.length === 0) return reporter;
  const r = (t) => (0, import_chunk_2YVRSQ6N.redact)(t, secrets);
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  COMMON_OPTIONS,
  JSON_OPTION,
  allOptions,
  parseText,
  resolveOption,
  runInvocation,
  settle,
  splitList
});
