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
  releaseCommand: () => releaseCommand
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_FXTALHJ3 = require("./chunk-FXTALHJ3.cjs");
var import_chunk_CYKMR5N3 = require("./chunk-CYKMR5N3.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_IGMRLCZS = require("./chunk-IGMRLCZS.cjs");
var releaseCommand = (0, import_chunk_IGMRLCZS.defineCommand)({
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
    const { releaseStage } = await Promise.resolve().then(() => require("./release-stage-36REWHK6.cjs"));
    const pushed = ctx.env.GITHUB_REF_TYPE === "tag" ? ctx.env.GITHUB_REF_NAME : void 0;
    const tag = input.tag ?? pushed;
    if (!tag)
      throw new import_chunk_NG6BV4S6.UsageError("no tag: pass --tag TAG", "Write --tag v1.2.3 (in Actions, run on a tag push).");
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
    const headline = `${verb[r.outcome]} ${r.repo} ${r.tag}${rel?.draft && !r.dryRun ? " (draft)" : ""}${tally ? `: assets ${tally}` : ""}`;
    const digests = Object.fromEntries(r.assets.map((a) => [a.name, a.sha256]));
    return {
      sections: [
        {
          stage: "release",
          headline,
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
                rows: r.assets.map((a) => [a.name, a.sha256, (0, import_chunk_CYKMR5N3.formatSize)(a.size), a.action])
              }
            ] : [],
            ...r.provenance.length ? [
              {
                title: "Provenance",
                header: ["Package", "Status", "Why"],
                rows: r.provenance.map((p) => [p.package, p.status, p.reason])
              }
            ] : [],
            ...(0, import_chunk_FXTALHJ3.planTables)(r.plan)
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  releaseCommand
});
