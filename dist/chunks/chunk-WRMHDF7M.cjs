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
  DEFAULT_FORK_TOKEN_ENV: () => DEFAULT_FORK_TOKEN_ENV,
  DEFAULT_UPSTREAM: () => DEFAULT_UPSTREAM,
  submitStage: () => submitStage
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_FXCSIXA6 = require("./chunk-FXCSIXA6.cjs");
var import_chunk_REP2FVEV = require("./chunk-REP2FVEV.cjs");
var import_chunk_QTU2EDDL = require("./chunk-QTU2EDDL.cjs");
var import_chunk_QD5E7H7M = require("./chunk-QD5E7H7M.cjs");
var import_chunk_MRU7FL3X = require("./chunk-MRU7FL3X.cjs");
var import_chunk_MYI4MX5U = require("./chunk-MYI4MX5U.cjs");
var import_chunk_ZAGPN3OK = require("./chunk-ZAGPN3OK.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_node_fs = require("node:fs");
var import_node_path = __dprBuiltin(require("node:path"));
var import_node_crypto = require("node:crypto");
function gitBlobSha(bytes) {
  return (0, import_node_crypto.createHash)("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
function branchName(name, version) {
  return `bump-${name}-plugin-${version}`;
}
async function ensureFork(market, upstream, given, options, findings) {
  const me = given ? void 0 : await market.user();
  const fork = given ?? { owner: me, repo: upstream.repo };
  let info = await market.repository(fork);
  let created = false;
  if (!info) {
    if (!options.create) {
      findings.push((0, import_chunk_AIBAUOYI.finding)("DPR1025", `${(0, import_chunk_QTU2EDDL.repoName)(fork)} does not exist and --no-create-fork was given`));
      return { created, synced: false };
    }
    info = await market.createFork(upstream, me && fork.owner === me ? void 0 : fork.owner);
    created = true;
    for (let i = 0; i < 10 && !options.dryRun; i++) {
      const ready = await market.repository(fork);
      if (ready) {
        info = ready;
        break;
      }
      await new Promise((r) => setTimeout(r, options.waitMs ?? 1e3));
    }
  } else if (!options.dryRun && info.parent?.toLowerCase() !== (0, import_chunk_QTU2EDDL.repoName)(upstream).toLowerCase()) {
    findings.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR1024",
        `${(0, import_chunk_QTU2EDDL.repoName)(fork)} is ${info.fork ? `a fork of ${info.parent}` : "not a fork"}, not a fork of ${(0, import_chunk_QTU2EDDL.repoName)(upstream)}`
      )
    );
    return { created, synced: false };
  }
  const [mine, theirs] = [
    await market.branchHead(fork, options.base),
    await market.branchHead(upstream, options.base)
  ];
  const synced = mine !== void 0 && mine === theirs || await market.syncFork(fork, options.base) === "synced";
  if (!synced)
    findings.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR1023",
        `${(0, import_chunk_QTU2EDDL.repoName)(fork)}\u2019s ${options.base} could not be synced with ${(0, import_chunk_QTU2EDDL.repoName)(upstream)} (it has diverged)`
      )
    );
  return { fork, created, synced, ...theirs ? { upstreamHead: theirs } : {} };
}
async function commitPackage(market, fork, upstreamHead, file, branch) {
  const head = await market.branchHead(fork, branch);
  if (head) {
    const listed = await market.listDirectory(fork, file.dir, branch);
    const there = listed?.find((e) => e.name === file.name);
    if (there && there.sha === gitBlobSha(file.bytes)) return { branch, action: "unchanged", commit: head };
    await market.resetBranch(fork, branch, upstreamHead);
  } else {
    await market.createBranch(fork, branch, upstreamHead);
  }
  const commit = await market.putFile(fork, {
    path: file.path,
    branch,
    bytes: file.bytes,
    message: file.message
  });
  return { branch, action: head ? "reset" : "created", commit };
}
var rp = (r) => ({ owner: r.owner, repo: r.repo });
function restMarketplace(api) {
  const self = {
    async user() {
      const r = await api.call({
        method: "GET",
        route: "/user",
        purpose: "find who the fork token belongs to",
        planned: { status: 200, data: { login: "<token owner>" } }
      });
      return String(r.data.login);
    },
    async repository(repo) {
      const r = await api.call({
        method: "GET",
        route: "/repos/{owner}/{repo}",
        params: rp(repo),
        accept: [404],
        purpose: "read the repository"
      });
      return r.status === 404 ? void 0 : (0, import_chunk_REP2FVEV.repoInfo)(r.data);
    },
    async createFork(upstream, organization) {
      const r = await api.call({
        method: "POST",
        route: "/repos/{owner}/{repo}/forks",
        params: rp(upstream),
        body: { ...organization ? { organization } : {}, default_branch_only: true },
        purpose: "create the fork",
        planned: {
          status: 202,
          data: {
            full_name: `${organization ?? "<you>"}/${upstream.repo}`,
            fork: true,
            default_branch: "main"
          }
        }
      });
      return (0, import_chunk_REP2FVEV.repoInfo)(r.data);
    },
    async syncFork(fork, branch) {
      const r = await api.call({
        method: "POST",
        route: "/repos/{owner}/{repo}/merge-upstream",
        params: rp(fork),
        body: { branch },
        accept: [409, 422],
        purpose: "sync the fork with upstream",
        planned: { status: 200 }
      });
      return r.status === 200 ? "synced" : "conflict";
    },
    async branchHead(repo, branch) {
      const r = await api.call({
        method: "GET",
        route: "/repos/{owner}/{repo}/git/ref/{ref}",
        params: { ...rp(repo), ref: `heads/${branch}` },
        accept: [404],
        purpose: `read branch ${branch}`
      });
      return r.status === 404 ? void 0 : String(r.data.object.sha);
    },
    async createBranch(repo, branch, sha) {
      await api.call({
        method: "POST",
        route: "/repos/{owner}/{repo}/git/refs",
        params: rp(repo),
        body: { ref: `refs/heads/${branch}`, sha },
        purpose: `create branch ${branch}`
      });
    },
    async resetBranch(repo, branch, sha) {
      await api.call({
        method: "PATCH",
        route: "/repos/{owner}/{repo}/git/refs/{ref}",
        params: { ...rp(repo), ref: `heads/${branch}` },
        body: { sha, force: true },
        purpose: `reset branch ${branch} to upstream`
      });
    },
    async listDirectory(repo, path2, ref) {
      const r = await api.call({
        method: "GET",
        route: "/repos/{owner}/{repo}/contents/{path}",
        params: { ...rp(repo), path: path2, ref },
        accept: [404],
        purpose: `list ${path2} upstream (versions already submitted)`,
        planned: { status: 404 }
      });
      if (r.status === 404 || !Array.isArray(r.data)) return void 0;
      return r.data.map(
        (e) => ({
          name: String(e.name),
          path: String(e.path),
          sha: String(e.sha),
          size: Number(e.size ?? 0),
          type: String(e.type)
        })
      );
    },
    async putFile(repo, file) {
      const r = await api.call({
        method: "PUT",
        route: "/repos/{owner}/{repo}/contents/{path}",
        params: { ...rp(repo), path: file.path },
        body: {
          message: file.message,
          content: Buffer.from(file.bytes).toString("base64"),
          branch: file.branch,
          ...file.sha ? { sha: file.sha } : {}
        },
        purpose: `commit ${file.path}`,
        planned: { status: 201, data: { commit: { sha: "<new commit>" } } }
      });
      return String(r.data.commit.sha);
    },
    async findPulls(upstream, head) {
      const r = await api.call({
        method: "GET",
        route: "/repos/{owner}/{repo}/pulls",
        params: { ...rp(upstream), head, state: "all", per_page: 100 },
        purpose: "find the pull request already opened for the branch",
        planned: { status: 200, data: [] }
      });
      return (r.data ?? []).map(import_chunk_REP2FVEV.pull);
    },
    async createPull(upstream, pr) {
      const r = await api.call({
        method: "POST",
        route: "/repos/{owner}/{repo}/pulls",
        params: rp(upstream),
        body: { title: pr.title, head: pr.head, base: pr.base, body: pr.body, maintainer_can_modify: true },
        accept: [422],
        purpose: "open the pull request",
        planned: {
          status: 201,
          data: { number: 0, title: pr.title, body: pr.body, state: "open", html_url: "" }
        }
      });
      if (r.status !== 422) return (0, import_chunk_REP2FVEV.pull)(r.data);
      const open = (await self.findPulls(upstream, pr.head)).find((p) => p.state === "open");
      if (open) return open;
      const d = r.data ?? {};
      throw new import_chunk_NG6BV4S6.CheckFailedError(
        `GitHub refused to open the pull request from ${pr.head}: ${[d.message, ...(d.errors ?? []).map((e) => e.message ?? `${e.field} ${e.code}`)].filter(Boolean).join("; ")}`,
        "Check that the branch exists in the fork and that the base branch exists upstream."
      );
    },
    async updatePull(upstream, number, pr) {
      const r = await api.call({
        method: "PATCH",
        route: "/repos/{owner}/{repo}/pulls/{pull_number}",
        params: { ...rp(upstream), pull_number: number },
        body: { title: pr.title, body: pr.body },
        purpose: "update the open pull request",
        planned: {
          status: 200,
          data: { number, title: pr.title, body: pr.body, state: "open", html_url: "" }
        }
      });
      return (0, import_chunk_REP2FVEV.pull)(r.data);
    }
  };
  return self;
}
var HIGH = [
  "command execution",
  "code execution",
  "SQL or database access",
  "SSH or SFTP",
  "browser automation"
];
function suggestedRisk(caps, findings) {
  const found = Object.keys(caps);
  if (found.some((c) => HIGH.includes(c)) || findings.some((f) => f.category === "binaries")) return "high";
  if (found.length > 0) return "medium";
  return "low";
}
function prTitle(a) {
  return `bump ${a.name} plugin to version ${a.version}`;
}
var tick = (on) => on ? "[x]" : "[ ]";
function block(text) {
  return text.replace(/^(#{1,2})(\s)/gm, "###$2").trim();
}
function inline(text) {
  return text.replace(/\s+/g, " ").trim();
}
function prBody(f) {
  const a = f.artifact;
  const has = (category, codes) => f.findings.some((x) => x.category === category && (!codes || codes.includes(x.code)));
  const counts = {
    errors: f.findings.filter((x) => x.severity === "error").length,
    warnings: f.findings.filter((x) => x.severity === "warning").length
  };
  const caps = Object.entries(f.capabilities);
  const security = [];
  if (caps.length > 0) {
    security.push("A static scan of the package\u2019s code found these sensitive capabilities:", "");
    for (const [cap, hit] of caps)
      security.push(
        `- ${cap}: ${hit.count} place${hit.count === 1 ? "" : "s"} (${hit.samples.slice(0, 5).map((s) => `\`${s}\``).join(", ")}${hit.count > 5 ? ", \u2026" : ""})`
      );
    security.push("");
  } else {
    security.push(
      "A static scan of the package\u2019s code found no sensitive capability (command or code execution, SQL, SSH/SFTP, filesystem operations, arbitrary network requests, browser automation).",
      ""
    );
  }
  security.push("Data handling is described in the plugin\u2019s privacy policy (`privacy` in manifest.yaml).");
  if (f.securityNotes?.trim()) security.push("", block(f.securityNotes));
  const warnings = f.findings.filter((x) => x.severity === "warning");
  const lines = [
    "# Plugin Submission",
    "",
    "## Plugin information",
    "",
    `- **Author**: ${inline(a.author)}`,
    `- **Plugin name**: ${inline(a.name)}`,
    `- **Version**: ${inline(a.version)}`,
    `- **Source repository**: ${inline(f.sourceRepository)}`,
    `- **Contact**: ${inline(f.contact)}`,
    "",
    "## Submission type",
    "",
    `- ${tick(f.submission === "new")} New plugin`,
    `- ${tick(f.submission === "update")} Version update`,
    "",
    "## What changed",
    "",
    block(f.whatChanged) || `${f.submission === "new" ? "First release" : "Version"} ${a.version} of ${f.label}.`,
    "",
    "## Risk level",
    "",
    `- ${tick(f.risk === "low")} Low risk`,
    `- ${tick(f.risk === "medium")} Medium risk`,
    `- ${tick(f.risk === "high")} High risk`,
    "",
    "## Required checks",
    "",
    `- ${tick(f.confirmed)} Follows the Marketplace submission requirements (docs/plugin-submission-requirements.md).`,
    `- ${tick(f.confirmed)} Complies with the Plugin Developer Agreement.`,
    `- ${tick(f.confirmed)} Tested on Dify Community Edition and Dify Cloud, or limitations noted below.`,
    `- ${tick(!has("contents"))} Only files needed at run time are packaged (checked: package contents).`,
    `- ${tick(!has("contents") && !has("secrets"))} No secrets, credentials, \`.env\` files, \`.git\`, virtual environments, caches, logs or IDE files (checked: contents and secret scan).`,
    `- ${tick(!has("binaries"))} No executables or bundled binaries (checked: binary scan).`,
    `- ${tick(!has("readme"))} The README covers setup, usage, required APIs or credentials, connection requirements and the source repository link (checked: README rules).`,
    `- ${tick(!has("manifest", ["DPR537", "DPR538", "DPR539"]))} A privacy policy (\`PRIVACY.md\` or hosted) is referenced by \`manifest.yaml\` (checked: manifest rules).`,
    `- ${tick(!has("readme", ["DPR542"]))} User-facing text is primarily in English (checked: README language).`,
    "",
    "## Security and privacy notes",
    "",
    ...security,
    "",
    "## Local validation",
    "",
    "```",
    `$ ${f.tool} check ${f.fileName} --profile marketplace`,
    `${counts.errors} errors, ${counts.warnings} warnings`,
    ...warnings.slice(0, 10).map((w) => `warning ${w.code}: ${inline(w.message)}`),
    ...warnings.length > 10 ? [`\u2026 and ${warnings.length - 10} more warnings`] : [],
    `sha256      ${a.sha256}`,
    `identifier  ${a.identifier}`,
    `signature   ${a.signature.state}${a.signature.category ? ` (${a.signature.category})` : ""}`,
    "```",
    "",
    "## Reviewer notes",
    "",
    f.submission === "update" && f.previous.length ? `Updates ${f.previous.at(-1)} to ${a.version}. Submitted with ${f.tool}; the file is byte-identical to the package checked above.` : `Submitted with ${f.tool}; the file is byte-identical to the package checked above.`,
    ""
  ];
  return lines.join("\n");
}
var MARKETPLACE_ENVIRONMENT = "marketplace";
async function recordSubmission(api, repo, o) {
  const deployments = (0, import_chunk_FXCSIXA6.restDeployments)(api, repo);
  const want = o.state === "open" ? "in_progress" : "success";
  const { identifier, sha256: digest } = o.artifact;
  const found = await deployments.find(
    MARKETPLACE_ENVIRONMENT,
    (d) => d.payload.identifier === identifier && d.payload.digest === digest
  );
  const url = o.pull?.htmlUrl || found?.status?.environmentUrl || void 0;
  const base = { repo: `${repo.owner}/${repo.repo}`, state: want };
  if (found?.status?.state === want && (!o.pull || found.status.environmentUrl === o.pull.htmlUrl))
    return { ...base, deploymentId: found.deployment.id, created: false, statusAdded: false };
  let id = found?.deployment.id;
  if (id === void 0) {
    const ref = o.ref ?? (await (0, import_chunk_REP2FVEV.restReleaser)(api, repo).repository()).defaultBranch;
    const created = await deployments.create({
      ref,
      environment: MARKETPLACE_ENVIRONMENT,
      payload: {
        identifier,
        digest,
        version: o.artifact.version,
        ...o.pull ? { pull: o.pull.htmlUrl, number: o.pull.number } : {}
      },
      description: `${o.artifact.pluginId} ${o.artifact.version} submitted to the Dify marketplace`,
      production: false
    });
    id = created.id;
  }
  await deployments.setStatus(id, {
    state: want,
    description: o.state === "open" ? `pull request #${o.pull?.number ?? "?"} open` : "merged into the marketplace repository",
    ...url ? { environmentUrl: url } : {},
    ...o.logUrl ? { logUrl: o.logUrl } : {},
    autoInactive: o.state === "merged"
  });
  return { ...base, deploymentId: id, created: found === void 0, statusAdded: true };
}
var DEFAULT_UPSTREAM = "langgenius/dify-plugins";
var DEFAULT_FORK_TOKEN_ENV = "DIFY_PLUGINS_TOKEN";
var hasErrors = (f) => f.some((x) => x.severity === "error");
async function submitStage(input, ctx, deps = {}) {
  const upstream = repoArg(input.upstream ?? DEFAULT_UPSTREAM, "--upstream");
  const givenFork = input.fork ? repoArg(input.fork, "--fork") : void 0;
  const findings = [];
  const result = {
    findings,
    outcome: "refused",
    upstream: (0, import_chunk_QTU2EDDL.repoName)(upstream),
    previous: [],
    capabilities: {},
    dryRun: ctx.dryRun,
    calls: []
  };
  const file = import_node_path.default.resolve(ctx.cwd, input.package);
  const { artifact, manifest } = await readPackage(file, input.package);
  result.artifact = artifact;
  const checked = await (0, import_chunk_MRU7FL3X.checkTarget)(file, { profile: "marketplace", capabilities: true, cwd: ctx.cwd });
  const checkFindings = ctx.policy.apply(checked.findings);
  result.capabilities = checked.capabilities ?? {};
  const errors = checkFindings.filter((f) => f.severity === "error");
  if (errors.length > 0) {
    findings.push(
      ...errors,
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR1021",
        `${input.package}: ${errors.length} marketplace check error${errors.length > 1 ? "s" : ""}: not submitted`
      )
    );
    return result;
  }
  const bytes = (0, import_node_fs.readFileSync)(file);
  const dir = `${artifact.author}/${artifact.name}`;
  const fileName = `${artifact.name}-${artifact.version}.difypkg`;
  const target = `${dir}/${fileName}`;
  const branch = branchName(artifact.name, artifact.version);
  Object.assign(result, { path: target, branch });
  const forkToken = input.forkToken?.trim() || ctx.env[input.forkTokenEnv ?? DEFAULT_FORK_TOKEN_ENV]?.trim() || (0, import_chunk_QTU2EDDL.tokenFor)(input.token, ctx.env);
  const conn = (0, import_chunk_QTU2EDDL.connect)(
    ctx,
    forkToken,
    {
      message: `no token for the fork: ${input.forkTokenEnv ?? DEFAULT_FORK_TOKEN_ENV}, GITHUB_TOKEN and GH_TOKEN are unset`,
      fix: `Set ${input.forkTokenEnv ?? DEFAULT_FORK_TOKEN_ENV} to a token that can push to your fork and open pull requests (the workflow's own token cannot).`
    },
    deps.client
  );
  result.calls = conn.calls;
  if (conn.api.plan) result.plan = conn.api.plan;
  const market = restMarketplace(conn.api);
  const up = await market.repository(upstream);
  if (!up && !ctx.dryRun)
    throw new import_chunk_NG6BV4S6.UsageError(
      `${(0, import_chunk_QTU2EDDL.repoName)(upstream)} does not exist or the token cannot see it`,
      "Pass --upstream OWNER/REPO."
    );
  const base = input.base ?? up?.defaultBranch ?? "main";
  const listed = await market.listDirectory(upstream, dir, base) ?? [];
  const same = listed.find((e) => e.name === fileName);
  const previous = listed.filter((e) => e.name.endsWith(".difypkg") && e.name !== fileName).map((e) => versionOf(e.name, artifact.name)).filter((v) => Boolean(v)).sort(import_chunk_ZAGPN3OK.safeCompare);
  result.previous = previous;
  result.submission = previous.length > 0 || same ? "update" : "new";
  const blob = gitBlobSha(bytes);
  if (same && same.sha === blob) {
    findings.push((0, import_chunk_AIBAUOYI.finding)("DPR1027", `${target} is already in ${(0, import_chunk_QTU2EDDL.repoName)(upstream)} with these bytes`));
    result.outcome = "merged";
    result.deployment = await recordIf(ctx, input, artifact, conn, deps, findings, "merged", void 0);
    return result;
  }
  const highest = previous.at(-1);
  if (same || highest && (0, import_chunk_ZAGPN3OK.safeCompare)(artifact.version, highest) <= 0) {
    findings.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR1020",
        same ? `${target} is already in ${(0, import_chunk_QTU2EDDL.repoName)(upstream)} with other bytes: version ${artifact.version} was submitted before` : `version ${artifact.version} is not greater than ${highest}, already in ${(0, import_chunk_QTU2EDDL.repoName)(upstream)}/${dir}`
      )
    );
    return result;
  }
  const risk = input.risk ?? suggestedRisk(result.capabilities, checkFindings);
  const suggested = suggestedRisk(result.capabilities, checkFindings);
  if (input.risk && rank(input.risk) < rank(suggested))
    findings.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR1028", `risk level ${input.risk} given; the capabilities found suggest ${suggested}`)
    );
  const body = prBody({
    artifact,
    label: manifest.label,
    sourceRepository: manifest.repo || (ctx.env.GITHUB_SERVER_URL && ctx.env.GITHUB_REPOSITORY ? `${ctx.env.GITHUB_SERVER_URL}/${ctx.env.GITHUB_REPOSITORY}` : ""),
    contact: manifest.contact,
    submission: result.submission,
    previous,
    whatChanged: whatChanged(input, ctx, artifact, manifest.description),
    risk,
    capabilities: result.capabilities,
    securityNotes: input.securityNotes ? readText(ctx, input.securityNotes, "--security-notes") : void 0,
    findings: checkFindings,
    confirmed: input.confirmRequirements === true,
    fileName: import_node_path.default.basename(file),
    tool: "dify-plugin-release"
  });
  Object.assign(result, { title: prTitle(artifact), body, risk });
  if (ctx.dryRun) ctx.log(`the pull request would be "${prTitle(artifact)}", with this body:

${body}`);
  const bodyCheck = await (0, import_chunk_MRU7FL3X.checkTarget)(file, {
    profile: "marketplace",
    prBody: { text: body, file: "the PR body" },
    cwd: ctx.cwd
  });
  const bad = bodyCheck.findings.filter((f) => /^DPR57[45]$/.test(f.code));
  if (bad.length > 0) {
    findings.push(...bad.map((f) => ({ ...f, severity: "error" })));
    return result;
  }
  if (!input.confirmRequirements)
    findings.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR1022",
        "three required checks only you can confirm are left unticked in the PR (requirements read, developer agreement, tested on Community Edition and Cloud)"
      )
    );
  const forked = await ensureFork(
    market,
    upstream,
    givenFork,
    { create: input.createFork !== false, base, dryRun: ctx.dryRun, waitMs: deps.forkWaitMs },
    findings
  );
  if (!forked.fork || hasErrors(findings)) return result;
  result.fork = (0, import_chunk_QTU2EDDL.repoName)(forked.fork);
  const upstreamHead = forked.upstreamHead ?? `<head of ${(0, import_chunk_QTU2EDDL.repoName)(upstream)} ${base}>`;
  const committed = await commitPackage(
    market,
    forked.fork,
    upstreamHead,
    { path: target, dir, name: fileName, bytes, message: prTitle(artifact) },
    branch
  );
  result.commit = { action: committed.action, ...committed.commit ? { sha: committed.commit } : {} };
  const head = `${forked.fork.owner}:${branch}`;
  const open = (await market.findPulls(upstream, head)).find((p) => p.state === "open");
  let pull2;
  if (open) {
    pull2 = open.title === prTitle(artifact) && open.body === body ? open : await market.updatePull(upstream, open.number, { title: prTitle(artifact), body });
    result.outcome = pull2 === open && committed.action === "unchanged" ? "unchanged" : "updated";
  } else {
    pull2 = await market.createPull(upstream, { title: prTitle(artifact), body, head, base });
    result.outcome = "opened";
  }
  result.pull = { number: pull2.number, url: pull2.htmlUrl };
  result.deployment = await recordIf(ctx, input, artifact, conn, deps, findings, "open", pull2);
  if (ctx.dryRun) result.outcome = "planned";
  return result;
}
async function recordIf(ctx, input, artifact, fork, deps, findings, state, pull2) {
  const repoText = input.repo ?? ctx.env.GITHUB_REPOSITORY ?? (ctx.dryRun ? "OWNER/REPO" : void 0);
  const token = (0, import_chunk_QTU2EDDL.tokenFor)(input.token, ctx.env);
  if (!repoText || !token && !ctx.dryRun) {
    findings.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR1026",
        !repoText ? "no source repository to record the submission in (--repo)" : "no GITHUB_TOKEN to record the submission as a deployment"
      )
    );
    return void 0;
  }
  const repo = repoArg(repoText, "--repo");
  const conn = ctx.dryRun ? fork : (0, import_chunk_QTU2EDDL.connect)(ctx, token, void 0, deps.client);
  return recordSubmission(conn.api, repo, {
    artifact,
    state,
    pull: pull2,
    ref: ctx.env.GITHUB_SHA || void 0,
    logUrl: (0, import_chunk_QTU2EDDL.runUrl)(ctx.env)
  });
}
async function readPackage(file, given) {
  const pkg = await (0, import_chunk_MYI4MX5U.openPackage)(file).catch((error) => {
    throw new import_chunk_NG6BV4S6.UsageError(
      `${given} cannot be read as a package: ${error.message}`,
      "Pass a .difypkg built by `package` or `sign`."
    );
  });
  try {
    const { artifact, manifest: m } = await (0, import_chunk_QD5E7H7M.inspectOpen)(pkg, file);
    if (!artifact.identifier)
      throw new import_chunk_NG6BV4S6.UsageError(
        `${given} has no manifest.yaml with a name: it is not a Dify plugin package`,
        "Build it with `dify-plugin-release package`."
      );
    return {
      artifact,
      manifest: {
        label: m?.scalarText("/label/en_US") ?? artifact.name,
        description: m?.scalarText("/description/en_US") ?? "",
        repo: m?.scalarText("/repo") ?? "",
        contact: m?.scalarText("/contact") ?? ""
      }
    };
  } finally {
    await pkg.close();
  }
}
function versionOf(fileName, name) {
  const stem = fileName.replace(/\.difypkg$/, "");
  if (stem.startsWith(`${name}-`)) return stem.slice(name.length + 1);
  return /\d+(?:\.\d+){1,3}(?:[-+][0-9A-Za-z.-]+)?/.exec(stem)?.[0];
}
function whatChanged(input, ctx, a, description) {
  const file = import_node_path.default.resolve(ctx.cwd, input.changelog ?? "CHANGELOG.md");
  try {
    const section = (0, import_chunk_REP2FVEV.changelogSection)((0, import_node_fs.readFileSync)(file, "utf8"), a.version);
    if (section) return section;
  } catch {
    if (input.changelog)
      throw new import_chunk_NG6BV4S6.UsageError(`--changelog ${input.changelog} cannot be read`, "Pass a Keep a Changelog file.");
  }
  return description;
}
function readText(ctx, file, label) {
  try {
    return (0, import_node_fs.readFileSync)(import_node_path.default.resolve(ctx.cwd, file), "utf8");
  } catch {
    throw new import_chunk_NG6BV4S6.UsageError(`${label} ${file} cannot be read`, "Pass a Markdown file.");
  }
}
function repoArg(text, label) {
  const r = (0, import_chunk_QTU2EDDL.parseRepo)(text);
  if (!r) throw new import_chunk_NG6BV4S6.UsageError(`${label} is "${text}"; it must be OWNER/REPO`, `Write ${label} OWNER/REPO.`);
  return r;
}
var rank = (r) => ["low", "medium", "high"].indexOf(r);
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DEFAULT_FORK_TOKEN_ENV,
  DEFAULT_UPSTREAM,
  submitStage
});
