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
  submitCommand: () => submitCommand
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_FXTALHJ3 = require("./chunk-FXTALHJ3.cjs");
var import_chunk_IGMRLCZS = require("./chunk-IGMRLCZS.cjs");
var submitCommand = (0, import_chunk_IGMRLCZS.defineCommand)({
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
    const { submitStage } = await Promise.resolve().then(() => require("./submit-stage-LPO3FUQM.cjs"));
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
            ...(0, import_chunk_FXTALHJ3.planTables)(r.plan)
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  submitCommand
});
