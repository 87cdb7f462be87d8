/**
 * The ports `release` and `submit` reach GitHub through: `Releaser` (a repository's releases, tags
 * and assets) and `Marketplace` (a fork of the marketplace repository, its branches, contents and
 * pull requests). The stages hold the logic and see only these; the adapters (releaser.ts,
 * marketplace.ts) speak the REST API through the Octokit factory, or plan under --dry-run.
 */

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface RepoInfo {
  fullName: string;
  defaultBranch: string;
  /** Whether the token may push; `undefined` when GitHub does not say (installation tokens). */
  canPush?: boolean;
  fork: boolean;
  /** `owner/name` of the repository this one was forked from. */
  parent?: string;
  htmlUrl: string;
}

export interface ReleaseAsset {
  id: number;
  name: string;
  size: number;
  /** `open`: an upload that never finished. */
  state: 'uploaded' | 'open' | string;
  /** sha256 hex, when GitHub reports the asset's digest. */
  sha256?: string;
  /** The API URL of the asset. */
  url: string;
  browserDownloadUrl: string;
}

export interface Release {
  id: number;
  tagName: string;
  name: string;
  draft: boolean;
  prerelease: boolean;
  immutable: boolean;
  htmlUrl: string;
  /** The upload URL template (`…/assets{?name,label}`), on the uploads host. */
  uploadUrl: string;
  targetCommitish: string;
  body: string;
  assets: ReleaseAsset[];
}

export interface NewRelease {
  tagName: string;
  targetCommitish: string;
  name: string;
  body: string;
  draft: boolean;
  prerelease: boolean;
}

export interface PullInfo {
  number: number;
  title: string;
  body: string;
  htmlUrl: string;
  state: 'open' | 'closed';
  merged: boolean;
  head: string;
}

export interface AssetFile {
  name: string;
  bytes: Uint8Array;
  sha256: string;
  contentType: string;
}

export type UploadOutcome =
  | { kind: 'uploaded'; asset: ReleaseAsset }
  /** 422: the name is taken (a finished or half-finished upload), or the release is immutable. */
  | { kind: 'conflict'; immutable: boolean; message: string };

export interface Releaser {
  readonly repo: RepoRef;
  repository(): Promise<RepoInfo>;
  /** The commit a tag points at (annotated tags dereferenced), or undefined when there is no such tag. */
  tagCommit(tag: string): Promise<string | undefined>;
  /** A ref (branch, tag, SHA) as a full commit SHA, or undefined. */
  resolveCommit(ref: string): Promise<string | undefined>;
  /** Every release, drafts included (the by-tag endpoint hides drafts). */
  listReleases(): Promise<Release[]>;
  createRelease(release: NewRelease): Promise<Release>;
  updateRelease(id: number, patch: Partial<NewRelease>): Promise<Release>;
  /** Publish a draft; undefined when GitHub refuses because a published release holds the tag. */
  publishRelease(id: number): Promise<Release | undefined>;
  /** false when it was already gone. */
  deleteRelease(id: number): Promise<boolean>;
  listAssets(releaseId: number): Promise<ReleaseAsset[]>;
  uploadAsset(release: Release, file: AssetFile): Promise<UploadOutcome>;
  deleteAsset(id: number): Promise<boolean>;
  downloadAsset(id: number): Promise<Uint8Array>;
  /** GitHub's generated notes for the tag (changes since the previous release). */
  generateNotes(tag: string, target: string): Promise<string>;
  /** The pull requests a commit came in with (newest first). */
  pullsForCommit(sha: string): Promise<PullInfo[]>;
}

export interface DirEntry {
  name: string;
  path: string;
  /** The git blob SHA (sha1 of `blob <size>\0<bytes>`). */
  sha: string;
  size: number;
  type: string;
}

export interface Marketplace {
  /** The login the token belongs to. */
  user(): Promise<string>;
  repository(repo: RepoRef): Promise<RepoInfo | undefined>;
  createFork(upstream: RepoRef, organization?: string): Promise<RepoInfo>;
  /** Bring a fork's branch up to date with upstream (`conflict` when it diverged). */
  syncFork(fork: RepoRef, branch: string): Promise<'synced' | 'conflict'>;
  branchHead(repo: RepoRef, branch: string): Promise<string | undefined>;
  createBranch(repo: RepoRef, branch: string, sha: string): Promise<void>;
  resetBranch(repo: RepoRef, branch: string, sha: string): Promise<void>;
  /** A directory's entries at a ref, or undefined when there is no such directory. */
  listDirectory(repo: RepoRef, path: string, ref: string): Promise<DirEntry[] | undefined>;
  /** Create a file on a branch: one commit. Returns the commit's SHA. */
  putFile(
    repo: RepoRef,
    file: { path: string; branch: string; bytes: Uint8Array; message: string; sha?: string },
  ): Promise<string>;
  /** Pull requests into `upstream` from `head` (`owner:branch`), open and closed. */
  findPulls(upstream: RepoRef, head: string): Promise<PullInfo[]>;
  createPull(
    upstream: RepoRef,
    pr: { title: string; body: string; head: string; base: string },
  ): Promise<PullInfo>;
  updatePull(upstream: RepoRef, number: number, pr: { title: string; body: string }): Promise<PullInfo>;
}

export function parseRepo(text: string): RepoRef | undefined {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text.trim());
  return m ? { owner: m[1]!, repo: m[2]!.replace(/\.git$/, '') } : undefined;
}

export function repoName(r: RepoRef): string {
  return `${r.owner}/${r.repo}`;
}
