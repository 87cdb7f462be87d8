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
  releaseStage: () => releaseStage
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_REP2FVEV = require("./chunk-REP2FVEV.cjs");
var import_chunk_QTU2EDDL = require("./chunk-QTU2EDDL.cjs");
var import_chunk_VRACPWVT = require("./chunk-VRACPWVT.cjs");
var import_chunk_74VT73DH = require("./chunk-74VT73DH.cjs");
var import_chunk_JMZZXVKQ = require("./chunk-JMZZXVKQ.cjs");
var import_chunk_QD5E7H7M = require("./chunk-QD5E7H7M.cjs");
var import_chunk_CIGYBCEM = require("./chunk-CIGYBCEM.cjs");
var import_chunk_5CTX533T = require("./chunk-5CTX533T.cjs");
var import_chunk_7DITFGIQ = require("./chunk-7DITFGIQ.cjs");
var import_chunk_PD4DO7MN = require("./chunk-PD4DO7MN.cjs");
var import_chunk_JS5O4ZNU = require("./chunk-JS5O4ZNU.cjs");
var import_chunk_NWBBVL5O = require("./chunk-NWBBVL5O.cjs");
var import_chunk_TPCKOOU5 = require("./chunk-TPCKOOU5.cjs");
var import_chunk_5RUZWPG3 = require("./chunk-5RUZWPG3.cjs");
var import_chunk_MYI4MX5U = require("./chunk-MYI4MX5U.cjs");
var import_chunk_ZAGPN3OK = require("./chunk-ZAGPN3OK.cjs");
var import_chunk_YQ2GBM5X = require("./chunk-YQ2GBM5X.cjs");
var import_chunk_AQPOEHWX = require("./chunk-AQPOEHWX.cjs");
var import_chunk_RSCBOPBN = require("./chunk-RSCBOPBN.cjs");
var import_chunk_R6ZEAHMN = require("./chunk-R6ZEAHMN.cjs");
var import_chunk_ZFMTKNA4 = require("./chunk-ZFMTKNA4.cjs");
var import_chunk_C7Z2DSUT = require("./chunk-C7Z2DSUT.cjs");
var import_chunk_2YVRSQ6N = require("./chunk-2YVRSQ6N.cjs");
var import_chunk_LO4GP5KN = require("./chunk-LO4GP5KN.cjs");
var import_chunk_CML2VIZG = require("./chunk-CML2VIZG.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_chunk_SAEB7QK7 = require("./chunk-SAEB7QK7.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var import_node_path = __dprBuiltin(require("node:path"));
var import_node_fs = require("node:fs");
var import_node_path2 = __dprBuiltin(require("node:path"));
var import_node_path3 = __dprBuiltin(require("node:path"));
var GITHUB_ASSET_LIMIT = 2 * 1024 ** 3;
async function compareAsset(local, remote, releaser) {
  if (!remote) return "missing";
  if (remote.state !== "uploaded") return "broken";
  if (remote.size !== local.bytes.length) return "different";
  if (remote.sha256) return remote.sha256 === local.sha256 ? "same" : "different";
  return (0, import_chunk_JMZZXVKQ.sha256Of)(await releaser.downloadAsset(remote.id)) === local.sha256 ? "same" : "different";
}
async function putAsset(c, local, remote, compared) {
  const done = (action, asset) => ({
    outcome: {
      name: local.name,
      kind: local.kind,
      sha256: local.sha256,
      size: local.bytes.length,
      action: c.dryRun ? "planned" : action,
      ...asset?.browserDownloadUrl ? { url: asset.browserDownloadUrl } : {}
    }
  });
  if (compared === "same") return done("skipped", remote);
  const replacing = compared !== "missing";
  let current = remote;
  let verdict = compared;
  for (let round = 1; round <= 3; round++) {
    if (current && verdict === "same") return done(replacing ? "replaced" : "skipped", current);
    if (current) {
      if (c.release.immutable) return { finding: immutable(c.release, local.name) };
      c.log(
        `${local.name}: ${verdict === "broken" ? "half-uploaded" : "other bytes"} on the release; replacing it`
      );
      await c.releaser.deleteAsset(current.id);
    }
    const up = await c.releaser.uploadAsset(c.release, local);
    if (up.kind === "conflict") {
      if (up.immutable) return { finding: immutable(c.release, local.name) };
      current = await find(c, local.name);
      if (current?.state === "open") {
        await new Promise((r) => setTimeout(r, c.settleMs ?? 1e3));
        current = await find(c, local.name);
      }
      verdict = await compareAsset(local, current, c.releaser);
      if (verdict === "same") return done(replacing ? "replaced" : "skipped", current);
      continue;
    }
    const back = (0, import_chunk_JMZZXVKQ.sha256Of)(await c.releaser.downloadAsset(up.asset.id));
    if (c.dryRun || back === local.sha256) return done(replacing ? "replaced" : "created", up.asset);
    c.log(`${local.name}: read back with sha256 ${back}, not ${local.sha256}; uploading again`);
    current = up.asset;
    verdict = "different";
  }
  return {
    finding: (0, import_chunk_AIBAUOYI.finding)(
      "DPR1009",
      `${local.name} on release ${c.release.tagName} does not read back as the local file (sha256 ${local.sha256}) after three uploads`
    )
  };
}
async function find(c, name) {
  return (await c.releaser.listAssets(c.release.id)).find((a) => a.name === name);
}
function immutable(release, name) {
  return (0, import_chunk_AIBAUOYI.finding)(
    "DPR1006",
    `release ${release.tagName} is immutable: ${name} cannot be added or replaced (GitHub answers 422)`
  );
}
var import_pep440 = (0, import_chunk_KIZ6KU7F.__toESM)((0, import_chunk_AQPOEHWX.require_pep440)(), 1);
var import_prerelease = (0, import_chunk_KIZ6KU7F.__toESM)((0, import_chunk_VRACPWVT.require_prerelease)(), 1);
var DEFAULT_TAG_PATTERN = "v{version}";
var TYPE_FOLDERS = {
  tools: "tools",
  models: "models",
  endpoints: "extensions",
  agent_strategies: "agent-strategies",
  datasources: "datasources",
  triggers: "triggers"
};
function pluginType(manifest) {
  const root = manifest?.value;
  const plugins = root && typeof root === "object" ? root.plugins : void 0;
  if (!plugins || typeof plugins !== "object") return void 0;
  const kinds = Object.entries(plugins).filter(([, v]) => Array.isArray(v) && v.length > 0).map(([k]) => k);
  const main = kinds.find((k) => k !== "endpoints") ?? kinds[0];
  return main ? TYPE_FOLDERS[main] : void 0;
}
function normalizeTag(tag) {
  return tag.trim().replace(/^refs\/tags\//, "");
}
var PLACEHOLDER = /\{(version|name|author|type)\}/g;
function renderTag(pattern, facts) {
  let missing;
  const tag = pattern.replace(PLACEHOLDER, (_, key) => {
    const v = facts[key];
    if (!v) missing = key;
    return v ?? "";
  });
  return missing ? { missing } : { tag };
}
function unknownPlaceholders(pattern) {
  return [...pattern.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]).filter((k) => !/^(version|name|author|type)$/.test(k));
}
function isPrerelease(version) {
  try {
    const e = (0, import_pep440.explain)(version);
    if (e) return e.is_prerelease || e.is_devrelease;
  } catch {
  }
  return ((0, import_prerelease.default)(version)?.length ?? 0) > 0;
}
async function readLocal(input, ctx, tag, pattern, findings) {
  if (input.packages.length === 0)
    throw new import_chunk_NG6BV4S6.UsageError("no package to release", "Pass one or more .difypkg files.");
  const locals = [];
  const artifacts = [];
  for (const given of input.packages) {
    const file = import_node_path2.default.resolve(ctx.cwd, given);
    const pkg = await (0, import_chunk_MYI4MX5U.openPackage)(file).catch((error) => {
      throw new import_chunk_NG6BV4S6.UsageError(
        `${given} cannot be read as a package: ${error.message}`,
        "Pass a .difypkg built by `package` or `sign`."
      );
    });
    let detail;
    try {
      detail = await (0, import_chunk_QD5E7H7M.inspectOpen)(pkg, file);
    } finally {
      await pkg.close();
    }
    const a = detail.artifact;
    if (!a.identifier) {
      throw new import_chunk_NG6BV4S6.UsageError(
        `${given} has no manifest.yaml with a name: it is not a Dify plugin package`,
        "Build it with `dify-plugin-release package`."
      );
    }
    artifacts.push(a);
    const facts = { name: a.name, version: a.version, author: a.author, type: pluginType(detail.manifest) };
    const r = renderTag(pattern, facts);
    if (r.tag !== tag) {
      findings.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR1001",
          r.missing ? `${given}: tag pattern "${pattern}" needs {${r.missing}}, which the package does not give` : `${given} (${a.pluginId} ${a.version}) is released as "${r.tag}" under the pattern "${pattern}", not as "${tag}"`,
          { file: given }
        )
      );
    }
    locals.push(await localFile(file, "package", a.sha256, findings, given));
  }
  for (const given of input.assets ?? [])
    locals.push(await localFile(import_node_path2.default.resolve(ctx.cwd, given), "extra", void 0, findings, given));
  const seen = /* @__PURE__ */ new Set();
  for (const l of locals) {
    if (seen.has(l.name)) findings.push((0, import_chunk_AIBAUOYI.finding)("DPR1014", `two files named ${l.name} are to be released`));
    seen.add(l.name);
  }
  const sums = Buffer.from(
    [...locals].sort((a, b) => a.name.localeCompare(b.name)).map((l) => `${l.sha256}  ${l.name}
`).join("")
  );
  locals.push({
    name: "SHA256SUMS",
    bytes: sums,
    sha256: (0, import_chunk_JMZZXVKQ.sha256Of)(sums),
    contentType: "text/plain",
    kind: "sums"
  });
  return { locals, artifacts };
}
async function localFile(file, kind, expected, findings, given) {
  let bytes;
  try {
    bytes = (0, import_node_fs.readFileSync)(file);
  } catch (error) {
    throw new import_chunk_NG6BV4S6.UsageError(`${given} cannot be read: ${error.message}`, "Pass files that exist.");
  }
  const sha256 = (0, import_chunk_JMZZXVKQ.sha256Of)(bytes);
  if (expected && sha256 !== expected)
    findings.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR1013", `${given} changed while it was read (sha256 ${sha256}, was ${expected})`, {
        file: given
      })
    );
  if (bytes.length >= GITHUB_ASSET_LIMIT)
    findings.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR1012", `${given} is ${bytes.length} bytes; GitHub refuses assets of 2 GiB or more`, {
        file: given
      })
    );
  return {
    name: import_node_path2.default.basename(file),
    bytes,
    sha256,
    contentType: kind === "package" ? "application/zip" : "application/octet-stream",
    kind,
    path: file
  };
}
function readChangelog(input, ctx, version, findings) {
  if (input.notesFrom && input.notesFrom !== "changelog") return void 0;
  const file = import_node_path2.default.resolve(ctx.cwd, input.changelog ?? "CHANGELOG.md");
  let text;
  try {
    text = (0, import_node_fs.readFileSync)(file, "utf8");
  } catch {
    text = void 0;
  }
  const section = text !== void 0 ? (0, import_chunk_REP2FVEV.changelogSection)(text, version) : void 0;
  if (input.notesFrom === "changelog" && !section) {
    const shown = import_node_path2.default.relative(ctx.cwd, file) || file;
    findings.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR1010",
        text === void 0 ? `${shown} cannot be read` : `${shown} has no section for version ${version}`,
        {
          file: shown
        }
      )
    );
  }
  return section;
}
async function releaseNotes(input, releaser, tag, commit, changelog, findings) {
  const cap = (text, source, where) => {
    const c = (0, import_chunk_REP2FVEV.capNotes)(text, where);
    if (c.cut)
      findings.push(
        (0, import_chunk_AIBAUOYI.finding)("DPR1011", `the ${source} notes are ${text.length} characters; cut to GitHub\u2019s limit`)
      );
    return { text: c.text, source, cut: c.cut };
  };
  if (input.notesFrom === "pr") {
    for (const pr of await releaser.pullsForCommit(commit)) {
      const notes = (0, import_chunk_REP2FVEV.prReleaseNotes)(pr.body);
      if (notes) return cap(notes, "pr", pr.htmlUrl || `pull request #${pr.number}`);
    }
    findings.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR1010",
        `no pull request with a "## Release Notes" section came with commit ${commit.slice(0, 12)}`
      )
    );
    return { text: "", source: "pr", cut: false };
  }
  if (changelog) return cap(changelog, "changelog", input.changelog ?? "CHANGELOG.md");
  if (input.notesFrom !== "generated")
    findings.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR1016",
        `${input.changelog ?? "CHANGELOG.md"} has no section for ${tag}: GitHub\u2019s generated notes are used`
      )
    );
  return cap(await releaser.generateNotes(tag, commit), "generated", "the compare view");
}
async function planProvenance(input, ctx, artifacts, rel, verdicts, result) {
  const out = [];
  for (const a of artifacts) {
    const name = import_node_path3.default.basename(a.path);
    const attached = rel?.assets.find((x) => x.name === (0, import_chunk_JMZZXVKQ.bundleName)(name) && x.state === "uploaded");
    if (attached && verdicts.get(name) === "same") {
      result.provenance.push({
        package: name,
        status: "attached",
        reason: `${(0, import_chunk_JMZZXVKQ.bundleName)(name)} is on the release`
      });
      continue;
    }
    if (input.attest === false) {
      result.provenance.push({
        package: name,
        status: "skipped",
        reason: "attestation turned off (--no-attest)"
      });
      continue;
    }
    if (ctx.env.GITHUB_ACTIONS !== "true") {
      result.provenance.push({
        package: name,
        status: "skipped",
        reason: "not in GitHub Actions (attestations need its OIDC token)"
      });
      continue;
    }
    if (!(0, import_chunk_JMZZXVKQ.canAttest)(ctx.env)) {
      result.provenance.push({
        package: name,
        status: "skipped",
        reason: "the job has no id-token: write permission"
      });
      result.findings.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR1008",
          `${name}: not attested, the job cannot mint an OIDC token (no \`id-token: write\`)`
        )
      );
      continue;
    }
    out.push(a);
  }
  return out;
}
async function attestOne(a, ctx, deps, input, result) {
  const name = import_node_path3.default.basename(a.path);
  if (ctx.dryRun) {
    result.plan?.push({
      method: "POST",
      route: "/repos/{owner}/{repo}/attestations",
      path: `/repos/${result.repo}/attestations`,
      read: false,
      purpose: `store the SLSA provenance of ${name} (signed through Sigstore first, by @actions/attest)`,
      body: { subject: { name, sha256: a.sha256 } }
    });
    result.provenance.push({
      package: name,
      status: "planned",
      reason: "attested with the job\u2019s OIDC token"
    });
    return void 0;
  }
  const attestor = deps.attestor ?? (0, import_chunk_JMZZXVKQ.actionsAttestor)((0, import_chunk_QTU2EDDL.tokenFor)(input.token, ctx.env) ?? "");
  const { bundle } = await attestor.attest({ name, sha256: a.sha256 });
  const bytes = Buffer.from(`${JSON.stringify(bundle, null, 2)}
`);
  const file = `${a.path}.sigstore.json`;
  (0, import_chunk_TPCKOOU5.writeAtomic)(file, bytes);
  result.provenance.push({
    package: name,
    status: "attested",
    reason: `SLSA provenance for sha256 ${a.sha256.slice(0, 12)}\u2026`
  });
  return {
    name: (0, import_chunk_JMZZXVKQ.bundleName)(name),
    bytes,
    sha256: (0, import_chunk_JMZZXVKQ.sha256Of)(bytes),
    contentType: "application/json",
    kind: "provenance",
    path: file
  };
}
var hasErrors = (f) => f.some((x) => x.severity === "error");
async function releaseStage(input, ctx, deps = {}) {
  const tag = normalizeTag(input.tag);
  if (!tag) throw new import_chunk_NG6BV4S6.UsageError("--tag is empty", "Pass --tag v1.2.3.");
  const pattern = input.tagPattern ?? DEFAULT_TAG_PATTERN;
  const unknown = unknownPlaceholders(pattern);
  if (unknown.length > 0)
    throw new import_chunk_NG6BV4S6.UsageError(
      `tag pattern "${pattern}" has unknown placeholders: ${unknown.map((u) => `{${u}}`).join(", ")}`,
      "Use {version}, {name}, {author} and {type}, e.g. v{version} or {name}/v{version}."
    );
  const repo = (0, import_chunk_QTU2EDDL.resolveRepo)(input.repo, ctx.env, "--repo", ctx.dryRun);
  const findings = [];
  const { locals, artifacts } = await readLocal(input, ctx, tag, pattern, findings);
  const result = {
    findings,
    repo: (0, import_chunk_QTU2EDDL.repoName)(repo),
    tag,
    outcome: "refused",
    assets: [],
    orphansRemoved: 0,
    provenance: [],
    artifacts,
    dryRun: ctx.dryRun,
    calls: []
  };
  const version = artifacts[0]?.version ?? "";
  const changelog = readChangelog(input, ctx, version, findings);
  if (hasErrors(findings)) return result;
  const conn = (0, import_chunk_QTU2EDDL.connect)(ctx, (0, import_chunk_QTU2EDDL.tokenFor)(input.token, ctx.env), void 0, deps.client);
  result.calls = conn.calls;
  if (conn.api.plan) result.plan = conn.api.plan;
  const releaser = deps.releaser ?? (0, import_chunk_REP2FVEV.restReleaser)(conn.api, repo);
  const info = await releaser.repository();
  if (info.canPush === false) {
    findings.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR1002", `the token cannot push to ${(0, import_chunk_QTU2EDDL.repoName)(repo)}, so it cannot create releases there`)
    );
    return result;
  }
  const tagged = await releaser.tagCommit(tag);
  const forTag = (await releaser.listReleases()).filter((r) => r.tagName === tag);
  const published = forTag.find((r) => !r.draft);
  const drafts = forTag.filter((r) => r.draft).sort((a, b) => a.id - b.id);
  const wanted = input.target ?? (tagged ? void 0 : ctx.env.GITHUB_SHA || drafts[0]?.targetCommitish || void 0);
  const target = wanted ? /^[0-9a-f]{40}$/i.test(wanted) ? wanted : await releaser.resolveCommit(wanted) : void 0;
  if (wanted && !target) {
    throw new import_chunk_NG6BV4S6.UsageError(
      `--target ${wanted} is not a commit of ${(0, import_chunk_QTU2EDDL.repoName)(repo)}`,
      "Pass a commit SHA or a branch name."
    );
  }
  if (tagged && target && tagged.toLowerCase() !== target.toLowerCase()) {
    findings.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR1003",
        `tag ${tag} points at ${tagged.slice(0, 12)}, not at --target ${wanted} (${target.slice(0, 12)})`
      )
    );
    return result;
  }
  const commit = tagged ?? target ?? (ctx.dryRun ? `<the commit ${tag} points at>` : void 0);
  if (!commit) {
    findings.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR1004", `tag ${tag} does not exist in ${(0, import_chunk_QTU2EDDL.repoName)(repo)} and no target commit was given`)
    );
    return result;
  }
  result.commit = commit;
  let rel = published ?? drafts[0];
  const verdicts = /* @__PURE__ */ new Map();
  for (const l of locals)
    verdicts.set(
      l.name,
      await compareAsset(
        l,
        rel?.assets.find((a) => a.name === l.name),
        releaser
      )
    );
  let provenanceNeeded = await planProvenance(input, ctx, artifacts, rel, verdicts, result);
  if (published?.immutable && provenanceNeeded.length > 0) {
    for (const a of provenanceNeeded) {
      const p = result.provenance.find((x) => x.package === import_node_path.default.basename(a.path));
      if (p)
        Object.assign(p, {
          status: "skipped",
          reason: `release ${tag} is immutable: no bundle can be added`
        });
    }
    provenanceNeeded = [];
  }
  if (published) {
    const changing = locals.filter((l) => verdicts.get(l.name) !== "same");
    const different = changing.filter((l) => verdicts.get(l.name) !== "missing");
    if (published.immutable && changing.length > 0) {
      const names = changing.map((l) => l.name);
      findings.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR1006",
          `release ${tag} is published and immutable; it lacks or differs in ${names.join(", ")}`
        )
      );
      return result;
    }
    if (different.length > 0 && !input.overwrite) {
      findings.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR1005",
          `release ${tag} is published with other bytes for ${different.map((l) => l.name).join(", ")} (local sha256 ${different.map((l) => l.sha256.slice(0, 12)).join(", ")}); refusing to overwrite`
        )
      );
      return result;
    }
  }
  const orphans = published ? drafts : drafts.slice(1);
  result.orphansRemoved += await removeOrphans(releaser, orphans, tag, findings);
  let created = false;
  if (!rel) {
    const notes = await releaseNotes(input, releaser, tag, commit, changelog, findings);
    if (hasErrors(findings)) return result;
    result.notes = { source: notes.source, length: notes.text.length, cut: notes.cut };
    const first = artifacts[0];
    rel = await releaser.createRelease({
      tagName: tag,
      targetCommitish: commit,
      name: `${first.name} ${first.version}`,
      body: notes.text,
      draft: true,
      prerelease: isPrerelease(version)
    });
    created = true;
    const again = (await releaser.listReleases()).filter((r) => r.tagName === tag);
    const pub = again.find((r) => !r.draft);
    const oldest = again.filter((r) => r.draft).sort((a, b) => a.id - b.id)[0];
    const keep = pub ?? (oldest && oldest.id < rel.id ? oldest : void 0);
    if (keep && keep.id !== rel.id) {
      ctx.log(
        `another run created release ${keep.id} for ${tag} first; using it and removing draft ${rel.id}`
      );
      result.orphansRemoved += await removeOrphans(releaser, [rel], tag, findings);
      rel = keep;
      created = false;
    }
  }
  const all = [...locals];
  for (const a of provenanceNeeded) {
    const bundle = await attestOne(a, ctx, deps, input, result);
    if (bundle) all.splice(all.length - 1, 0, bundle);
  }
  const put = { releaser, release: rel, dryRun: ctx.dryRun, log: ctx.log, settleMs: deps.settleMs };
  for (const l of all) {
    const remote = rel.assets.find((a) => a.name === l.name);
    const compared = verdicts.get(l.name) ?? await compareAsset(l, remote, releaser);
    const r = await putAsset(put, l, remote, compared);
    if (r.finding) {
      findings.push(r.finding);
      return result;
    }
    result.assets.push(r.outcome);
  }
  const changed = result.assets.some((a) => a.action !== "skipped") || result.orphansRemoved > 0;
  if (rel.draft && !input.draft) {
    const done = await releaser.publishRelease(rel.id);
    if (done) rel = done;
    else {
      const winner = (await releaser.listReleases()).find((r) => r.tagName === tag && !r.draft);
      const differing = [];
      for (const l of all)
        if (await compareAsset(
          l,
          winner?.assets.find((a) => a.name === l.name),
          releaser
        ) !== "same")
          differing.push(l.name);
      if (!winner || differing.length > 0) {
        findings.push(
          (0, import_chunk_AIBAUOYI.finding)(
            "DPR1005",
            `release ${tag} was published by someone else meanwhile${differing.length ? ` with other bytes for ${differing.join(", ")}` : ""}; draft ${rel.id} left as it is`
          )
        );
        return result;
      }
      ctx.log(
        `release ${winner.id} for ${tag} was published meanwhile with the same assets; removing draft ${rel.id}`
      );
      result.orphansRemoved += await removeOrphans(releaser, [rel], tag, findings);
      rel = winner;
    }
    if (!tagged) {
      const now = await releaser.tagCommit(tag);
      if (now && !ctx.dryRun && now.toLowerCase() !== commit.toLowerCase())
        findings.push(
          (0, import_chunk_AIBAUOYI.finding)("DPR1015", `tag ${tag} was created at ${now.slice(0, 12)}, not at ${commit.slice(0, 12)}`)
        );
    }
  }
  result.release = {
    id: rel.id,
    url: rel.htmlUrl,
    name: rel.name,
    draft: rel.draft,
    prerelease: rel.prerelease,
    immutable: rel.immutable
  };
  result.outcome = ctx.dryRun ? "planned" : created ? "created" : published ? changed ? "updated" : "unchanged" : changed || !input.draft ? "resumed" : "unchanged";
  return result;
}
async function removeOrphans(releaser, orphans, tag, findings) {
  let n = 0;
  for (const o of orphans) if (await releaser.deleteRelease(o.id)) n++;
  if (orphans.length > 0)
    findings.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR1007",
        `removed ${orphans.length} orphan draft release${orphans.length > 1 ? "s" : ""} for ${tag} (ids ${orphans.map((o) => o.id).join(", ")})`
      )
    );
  return n;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  releaseStage
});
