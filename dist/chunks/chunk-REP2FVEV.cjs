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
  capNotes: () => capNotes,
  changelogSection: () => changelogSection,
  prReleaseNotes: () => prReleaseNotes,
  pull: () => pull,
  repoInfo: () => repoInfo,
  restReleaser: () => restReleaser
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_5RUZWPG3 = require("./chunk-5RUZWPG3.cjs");
var GITHUB_BODY_LIMIT = 125e3;
function changelogSection(text, version) {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const heading = new RegExp(`^(#{1,3})\\s*\\[?v?${escaped}\\]?(?=$|[\\s:(\u2013\u2014-])`, "i");
  let start = -1;
  let level = 0;
  for (let i = 0; i < lines.length; i++) {
    const m = heading.exec(lines[i]);
    if (m) {
      start = i + 1;
      level = m[1].length;
      break;
    }
  }
  if (start < 0) return void 0;
  let end = lines.length;
  for (let i = start; i < lines.length; i++) {
    const h = /^(#{1,6})\s/.exec(lines[i]);
    if (h && h[1].length <= level || /^\[[^\]]+\]:\s*\S/.test(lines[i])) {
      end = i;
      break;
    }
  }
  return lines.slice(start, end).join("\n").trim();
}
function prReleaseNotes(body) {
  const s = (0, import_chunk_5RUZWPG3.sections)(body);
  return s.get("release notes") || s.get("what changed") || void 0;
}
function capNotes(text, where) {
  if (text.length <= GITHUB_BODY_LIMIT) return { text, cut: false };
  const tail = `

\u2026 cut to GitHub\u2019s ${GITHUB_BODY_LIMIT}-character limit; the full notes are in ${where}.`;
  let head = text.slice(0, GITHUB_BODY_LIMIT - tail.length);
  const nl = head.lastIndexOf("\n");
  if (nl > head.length / 2) head = head.slice(0, nl);
  return { text: `${head}${tail}`, cut: true };
}
function restReleaser(api, repo) {
  const p = { owner: repo.owner, repo: repo.repo };
  return {
    repo,
    async repository() {
      const r = await api.call({
        method: "GET",
        route: "/repos/{owner}/{repo}",
        params: p,
        purpose: "check the token can write releases",
        planned: {
          status: 200,
          data: { full_name: `${repo.owner}/${repo.repo}`, permissions: { push: true } }
        }
      });
      return repoInfo(r.data);
    },
    async tagCommit(tag) {
      const r = await api.call({
        method: "GET",
        route: "/repos/{owner}/{repo}/git/ref/{ref}",
        params: { ...p, ref: `tags/${tag}` },
        accept: [404],
        purpose: "find the commit the tag points at"
      });
      if (r.status === 404 || !r.data) return void 0;
      const object = r.data.object;
      if (object.type !== "tag") return object.sha;
      const t = await api.call({
        method: "GET",
        route: "/repos/{owner}/{repo}/git/tags/{tag_sha}",
        params: { ...p, tag_sha: object.sha },
        purpose: "read the annotated tag"
      });
      return t.data.object.sha;
    },
    async resolveCommit(ref) {
      const r = await api.call({
        method: "GET",
        route: "/repos/{owner}/{repo}/commits/{ref}",
        params: { ...p, ref },
        accept: [404, 422],
        purpose: "resolve --target to a commit",
        planned: { status: 200, data: { sha: /^[0-9a-f]{40}$/.test(ref) ? ref : `<commit of ${ref}>` } }
      });
      return r.status === 200 ? String(r.data.sha) : void 0;
    },
    async listReleases() {
      const out = [];
      for (let page = 1; page <= 20; page++) {
        const r = await api.call({
          method: "GET",
          route: "/repos/{owner}/{repo}/releases",
          params: { ...p, per_page: 100, page },
          purpose: "find the release by listing (drafts included)",
          planned: { status: 200, data: [] }
        });
        out.push(...(r.data ?? []).map(release));
        if ((r.data ?? []).length < 100) break;
      }
      return out;
    },
    async createRelease(n) {
      const r = await api.call({
        method: "POST",
        route: "/repos/{owner}/{repo}/releases",
        params: p,
        body: {
          tag_name: n.tagName,
          target_commitish: n.targetCommitish,
          name: n.name,
          body: n.body,
          draft: n.draft,
          prerelease: n.prerelease
        },
        purpose: "create the release as a draft",
        planned: {
          status: 201,
          data: {
            id: 0,
            tag_name: n.tagName,
            name: n.name,
            draft: true,
            prerelease: n.prerelease,
            upload_url: `{upload_url}`,
            html_url: "",
            assets: []
          }
        }
      });
      return release(r.data);
    },
    async updateRelease(id, patch) {
      const r = await api.call({
        method: "PATCH",
        route: "/repos/{owner}/{repo}/releases/{release_id}",
        params: { ...p, release_id: id },
        body: {
          ...patch.draft !== void 0 ? { draft: patch.draft } : {},
          ...patch.prerelease !== void 0 ? { prerelease: patch.prerelease } : {},
          ...patch.name !== void 0 ? { name: patch.name } : {},
          ...patch.body !== void 0 ? { body: patch.body } : {}
        },
        purpose: patch.draft === false ? "publish the release" : "update the release",
        planned: { status: 200, data: { id, draft: patch.draft ?? true, assets: [] } }
      });
      return release(r.data);
    },
    async publishRelease(id) {
      const r = await api.call({
        method: "PATCH",
        route: "/repos/{owner}/{repo}/releases/{release_id}",
        params: { ...p, release_id: id },
        body: { draft: false },
        accept: [422],
        purpose: "publish the release (GitHub creates the tag at the target)",
        planned: { status: 200, data: { id, draft: false, assets: [] } }
      });
      return r.status === 422 ? void 0 : release(r.data);
    },
    async deleteRelease(id) {
      const r = await api.call({
        method: "DELETE",
        route: "/repos/{owner}/{repo}/releases/{release_id}",
        params: { ...p, release_id: id },
        accept: [404],
        purpose: "remove an orphan draft for the tag"
      });
      return r.status !== 404;
    },
    async listAssets(releaseId) {
      const r = await api.call({
        method: "GET",
        route: "/repos/{owner}/{repo}/releases/{release_id}/assets",
        params: { ...p, release_id: releaseId, per_page: 100 },
        purpose: "list the release\u2019s assets",
        planned: { status: 200, data: [] }
      });
      return (r.data ?? []).map(asset);
    },
    async uploadAsset(rel, file) {
      const r = await api.call({
        method: "POST",
        route: "/repos/{owner}/{repo}/releases/{release_id}/assets",
        url: rel.uploadUrl,
        params: { name: file.name },
        raw: file,
        accept: [422],
        purpose: `upload ${file.name}`,
        planned: {
          status: 201,
          data: {
            id: 0,
            name: file.name,
            size: file.bytes.length,
            state: "uploaded",
            digest: `sha256:${file.sha256}`
          }
        }
      });
      if (r.status === 422) {
        const d = r.data ?? {};
        const message = [d.message, ...(d.errors ?? []).map((e) => e.message ?? e.code)].filter(Boolean).join("; ");
        return { kind: "conflict", immutable: /immutable/i.test(message), message };
      }
      return { kind: "uploaded", asset: asset(r.data) };
    },
    async deleteAsset(id) {
      const r = await api.call({
        method: "DELETE",
        route: "/repos/{owner}/{repo}/releases/assets/{asset_id}",
        params: { ...p, asset_id: id },
        accept: [404],
        purpose: "remove a broken or half-uploaded asset"
      });
      return r.status !== 404;
    },
    async downloadAsset(id) {
      const r = await api.call({
        method: "GET",
        route: "/repos/{owner}/{repo}/releases/assets/{asset_id}",
        params: { ...p, asset_id: id },
        binary: true,
        purpose: "download the asset back to compare its sha256",
        planned: { status: 200, data: new Uint8Array() }
      });
      return r.data;
    },
    async generateNotes(tag, target) {
      const r = await api.call({
        method: "POST",
        route: "/repos/{owner}/{repo}/releases/generate-notes",
        params: p,
        body: { tag_name: tag, target_commitish: target },
        purpose: "generate the release notes (reads only)",
        planned: { status: 200, data: { body: "<notes GitHub generates>" } }
      });
      return String(r.data.body ?? "");
    },
    async pullsForCommit(sha) {
      const r = await api.call({
        method: "GET",
        route: "/repos/{owner}/{repo}/commits/{commit_sha}/pulls",
        params: { ...p, commit_sha: sha },
        accept: [404, 422],
        purpose: "find the pull request the commit came in with (release notes)",
        planned: { status: 200, data: [] }
      });
      return r.status === 200 ? (r.data ?? []).map(pull) : [];
    }
  };
}
function repoInfo(d) {
  const permissions = d.permissions;
  const parent = d.parent;
  return {
    fullName: String(d.full_name ?? ""),
    defaultBranch: String(d.default_branch ?? "main"),
    canPush: permissions ? Boolean(permissions.push || permissions.admin || permissions.maintain) : void 0,
    fork: d.fork === true,
    ...parent?.full_name ? { parent: parent.full_name } : {},
    htmlUrl: String(d.html_url ?? "")
  };
}
function release(d) {
  return {
    id: Number(d.id),
    tagName: String(d.tag_name ?? ""),
    name: String(d.name ?? ""),
    draft: d.draft === true,
    prerelease: d.prerelease === true,
    immutable: d.immutable === true,
    htmlUrl: String(d.html_url ?? ""),
    uploadUrl: String(d.upload_url ?? ""),
    targetCommitish: String(d.target_commitish ?? ""),
    body: String(d.body ?? ""),
    assets: (d.assets ?? []).map(asset)
  };
}
function asset(d) {
  const digest = typeof d.digest === "string" ? /^sha256:([0-9a-f]{64})$/i.exec(d.digest)?.[1] : void 0;
  return {
    id: Number(d.id),
    name: String(d.name ?? ""),
    size: Number(d.size ?? 0),
    state: String(d.state ?? "uploaded"),
    ...digest ? { sha256: digest.toLowerCase() } : {},
    url: String(d.url ?? ""),
    browserDownloadUrl: String(d.browser_download_url ?? "")
  };
}
function pull(d) {
  const head = d.head;
  return {
    number: Number(d.number),
    title: String(d.title ?? ""),
    body: String(d.body ?? ""),
    htmlUrl: String(d.html_url ?? ""),
    state: d.state === "closed" ? "closed" : "open",
    merged: Boolean(d.merged_at) || d.merged === true,
    head: String(head?.label ?? head?.ref ?? "")
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  capNotes,
  changelogSection,
  prReleaseNotes,
  pull,
  repoInfo,
  restReleaser
});
