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
  doctorCommand: () => doctorCommand
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_O2P272UQ = require("./chunk-O2P272UQ.cjs");
var import_chunk_PZUF6U6P = require("./chunk-PZUF6U6P.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_chunk_IGMRLCZS = require("./chunk-IGMRLCZS.cjs");
var MARK = { ok: "ok", warn: "warn", fail: "FAIL", skip: "skip" };
var doctorCommand = (0, import_chunk_IGMRLCZS.defineCommand)({
  name: "doctor",
  summary: "check the setup in one report, each line with its fix: a package\u2019s signature against each target, GitHub for release and submit, each target, remote debugging",
  options: [
    ...import_chunk_O2P272UQ.TARGET_OPTIONS,
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
    const { doctorStage } = await Promise.resolve().then(() => require("./doctor-stage-72OUFVJG.cjs"));
    return doctorStage(input, ctx);
  },
  present(r) {
    const findings = r.checks.filter((c) => (c.status === "fail" || c.status === "warn") && c.code).map(
      (c) => (0, import_chunk_AIBAUOYI.finding)(c.code, `${c.subject}: ${c.check}: ${c.detail}`, {
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
                (0, import_chunk_PZUF6U6P.cell)(c.subject, 60),
                (0, import_chunk_PZUF6U6P.cell)(c.detail),
                (0, import_chunk_PZUF6U6P.cell)(c.settings?.length ? `${c.fix} ${c.settings.join(" ")}` : c.fix, 240)
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  doctorCommand
});
