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
  slowest: () => slowest,
  testCommand: () => testCommand
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_OVS5IOGO = require("./chunk-OVS5IOGO.cjs");
var import_chunk_SXGCD46B = require("./chunk-SXGCD46B.cjs");
var import_chunk_IGMRLCZS = require("./chunk-IGMRLCZS.cjs");
var HEADLINE = {
  passed: "tests passed",
  failed: "tests failed",
  "collection-error": "tests could not be collected",
  timeout: "tests timed out",
  crashed: "pytest crashed",
  "no-tests": "no tests found",
  "install-failed": "dependencies could not be installed"
};
var testCommand = (0, import_chunk_IGMRLCZS.defineCommand)({
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
      max: import_chunk_OVS5IOGO.MAX_TIMEOUT_SECONDS,
      default: import_chunk_SXGCD46B.DEFAULT_TIMEOUT_SECONDS,
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
    const { testPlugin } = await Promise.resolve().then(() => require("./run-UQ4DHM2A.cjs"));
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  slowest,
  testCommand
});
