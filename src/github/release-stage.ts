import path from 'node:path';
import type { Artifact } from '../core/artifact.js';
import { finding } from '../core/codes.js';
import { UsageError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import type { StageContext } from '../io/context.js';
import type { PlannedCall } from './api.js';
import type { CallRecord, GitHubClientOptions } from './client.js';
import { connect, resolveRepo, tokenFor } from './connect.js';
import type { NotesSource } from './notes.js';
import type { Release, Releaser } from './ports.js';
import { repoName } from './ports.js';
import type { Attestor } from './provenance.js';
import { type AssetOutcome, type Comparison, compareAsset, putAsset } from './release-assets.js';
import { readChangelog, readLocal, releaseNotes } from './release-local.js';
import { attestOne, planProvenance } from './release-provenance.js';
import { restReleaser } from './releaser.js';
import { DEFAULT_TAG_PATTERN, isPrerelease, normalizeTag, unknownPlaceholders } from './tags.js';

export interface ReleaseStageInput {
  packages: string[];
  tag: string;
  repo?: string;
  target?: string;
  draft?: boolean;
  notesFrom?: NotesSource;
  tagPattern?: string;
  changelog?: string;
  assets?: string[];
  overwrite?: boolean;
  attest?: boolean;
  token?: string;
}

export interface ReleaseDeps {
  releaser?: Releaser;
  attestor?: Attestor;
  /** Milliseconds to wait for a concurrent upload before replacing it (tests make it short). */
  settleMs?: number;
  /** The client's retry timing (tests make it short). */
  client?: Pick<GitHubClientOptions, 'retryBaseMs' | 'retries'>;
}

export type ReleaseOutcome = 'created' | 'resumed' | 'updated' | 'unchanged' | 'refused' | 'planned';

export interface ProvenanceOutcome {
  package: string;
  status: 'attested' | 'attached' | 'skipped' | 'planned';
  reason: string;
}

export interface ReleaseResult {
  findings: Finding[];
  repo: string;
  tag: string;
  commit?: string;
  release?: {
    id: number;
    url: string;
    name: string;
    draft: boolean;
    prerelease: boolean;
    immutable: boolean;
  };
  outcome: ReleaseOutcome;
  assets: AssetOutcome[];
  orphansRemoved: number;
  notes?: { source: NotesSource; length: number; cut: boolean };
  provenance: ProvenanceOutcome[];
  artifacts: Artifact[];
  dryRun: boolean;
  /** Under --dry-run: every call that would be made. */
  plan?: PlannedCall[];
  /** The calls made. */
  calls: CallRecord[];
}

const hasErrors = (f: Finding[]) => f.some((x) => x.severity === 'error');

export async function releaseStage(
  input: ReleaseStageInput,
  ctx: StageContext,
  deps: ReleaseDeps = {},
): Promise<ReleaseResult> {
  const tag = normalizeTag(input.tag);
  if (!tag) throw new UsageError('--tag is empty', 'Pass --tag v1.2.3.');
  const pattern = input.tagPattern ?? DEFAULT_TAG_PATTERN;
  const unknown = unknownPlaceholders(pattern);
  if (unknown.length > 0)
    throw new UsageError(
      `tag pattern "${pattern}" has unknown placeholders: ${unknown.map((u) => `{${u}}`).join(', ')}`,
      'Use {version}, {name}, {author} and {type}, e.g. v{version} or {name}/v{version}.',
    );
  const repo = resolveRepo(input.repo, ctx.env, '--repo', ctx.dryRun);
  const findings: Finding[] = [];
  const { locals, artifacts } = await readLocal(input, ctx, tag, pattern, findings);
  const result: ReleaseResult = {
    findings,
    repo: repoName(repo),
    tag,
    outcome: 'refused',
    assets: [],
    orphansRemoved: 0,
    provenance: [],
    artifacts,
    dryRun: ctx.dryRun,
    calls: [],
  };
  const version = artifacts[0]?.version ?? '';
  const changelog = readChangelog(input, ctx, version, findings);
  if (hasErrors(findings)) return result;

  const conn = connect(ctx, tokenFor(input.token, ctx.env), undefined, deps.client);
  result.calls = conn.calls;
  if (conn.api.plan) result.plan = conn.api.plan;
  const releaser = deps.releaser ?? restReleaser(conn.api, repo);

  // Preflight: reads only.
  const info = await releaser.repository();
  if (info.canPush === false) {
    findings.push(
      finding('DPR1002', `the token cannot push to ${repoName(repo)}, so it cannot create releases there`),
    );
    return result;
  }
  const tagged = await releaser.tagCommit(tag);
  const forTag = (await releaser.listReleases()).filter((r) => r.tagName === tag);
  const published = forTag.find((r) => !r.draft);
  const drafts = forTag.filter((r) => r.draft).sort((a, b) => a.id - b.id);
  // The commit: the tag's; else --target (in Actions GITHUB_SHA); else the one an earlier run's draft names.
  const wanted =
    input.target ?? (tagged ? undefined : ctx.env.GITHUB_SHA || drafts[0]?.targetCommitish || undefined);
  const target = wanted
    ? /^[0-9a-f]{40}$/i.test(wanted)
      ? wanted
      : await releaser.resolveCommit(wanted)
    : undefined;
  if (wanted && !target) {
    throw new UsageError(
      `--target ${wanted} is not a commit of ${repoName(repo)}`,
      'Pass a commit SHA or a branch name.',
    );
  }
  if (tagged && target && tagged.toLowerCase() !== target.toLowerCase()) {
    findings.push(
      finding(
        'DPR1003',
        `tag ${tag} points at ${tagged.slice(0, 12)}, not at --target ${wanted} (${target.slice(0, 12)})`,
      ),
    );
    return result;
  }
  // A dry run reads nothing: the tag's commit is not known, only named.
  const commit = tagged ?? target ?? (ctx.dryRun ? `<the commit ${tag} points at>` : undefined);
  if (!commit) {
    findings.push(
      finding('DPR1004', `tag ${tag} does not exist in ${repoName(repo)} and no target commit was given`),
    );
    return result;
  }
  result.commit = commit;
  let rel: Release | undefined = published ?? drafts[0];

  // Compare before writing anything: a published release with other bytes is refused here.
  const verdicts = new Map<string, Comparison>();
  for (const l of locals)
    verdicts.set(
      l.name,
      await compareAsset(
        l,
        rel?.assets.find((a) => a.name === l.name),
        releaser,
      ),
    );
  let provenanceNeeded = await planProvenance(input, ctx, artifacts, rel, verdicts, result);
  if (published?.immutable && provenanceNeeded.length > 0) {
    for (const a of provenanceNeeded) {
      const p = result.provenance.find((x) => x.package === path.basename(a.path));
      if (p)
        Object.assign(p, {
          status: 'skipped',
          reason: `release ${tag} is immutable: no bundle can be added`,
        });
    }
    provenanceNeeded = [];
  }
  if (published) {
    const changing = locals.filter((l) => verdicts.get(l.name) !== 'same');
    const different = changing.filter((l) => verdicts.get(l.name) !== 'missing');
    if (published.immutable && changing.length > 0) {
      const names = changing.map((l) => l.name);
      findings.push(
        finding(
          'DPR1006',
          `release ${tag} is published and immutable; it lacks or differs in ${names.join(', ')}`,
        ),
      );
      return result;
    }
    if (different.length > 0 && !input.overwrite) {
      findings.push(
        finding(
          'DPR1005',
          `release ${tag} is published with other bytes for ${different.map((l) => l.name).join(', ')} (local sha256 ${different.map((l) => l.sha256.slice(0, 12)).join(', ')}); refusing to overwrite`,
        ),
      );
      return result;
    }
  }

  // Writes from here on.
  const orphans = published ? drafts : drafts.slice(1);
  result.orphansRemoved += await removeOrphans(releaser, orphans, tag, findings);
  let created = false;
  if (!rel) {
    const notes = await releaseNotes(input, releaser, tag, commit, changelog, findings);
    if (hasErrors(findings)) return result;
    result.notes = { source: notes.source, length: notes.text.length, cut: notes.cut };
    const first = artifacts[0]!;
    rel = await releaser.createRelease({
      tagName: tag,
      targetCommitish: commit,
      name: `${first.name} ${first.version}`,
      body: notes.text,
      draft: true,
      prerelease: isPrerelease(version),
    });
    created = true;
    // Another run may have created one too: all runs keep the oldest, the others delete theirs.
    const again = (await releaser.listReleases()).filter((r) => r.tagName === tag);
    const pub = again.find((r) => !r.draft);
    const oldest = again.filter((r) => r.draft).sort((a, b) => a.id - b.id)[0];
    const keep = pub ?? (oldest && oldest.id < rel.id ? oldest : undefined);
    if (keep && keep.id !== rel.id) {
      ctx.log(
        `another run created release ${keep.id} for ${tag} first; using it and removing draft ${rel.id}`,
      );
      result.orphansRemoved += await removeOrphans(releaser, [rel], tag, findings);
      rel = keep;
      created = false;
    }
  }

  // Provenance first (it is an asset), then every upload in order, paced by the client.
  const all = [...locals];
  for (const a of provenanceNeeded) {
    const bundle = await attestOne(a, ctx, deps, input, result);
    if (bundle) all.splice(all.length - 1, 0, bundle);
  }
  const put = { releaser, release: rel, dryRun: ctx.dryRun, log: ctx.log, settleMs: deps.settleMs };
  for (const l of all) {
    const remote = rel.assets.find((a) => a.name === l.name);
    const compared = verdicts.get(l.name) ?? (await compareAsset(l, remote, releaser));
    const r = await putAsset(put, l, remote, compared);
    if (r.finding) {
      findings.push(r.finding);
      return result;
    }
    result.assets.push(r.outcome!);
  }

  const changed = result.assets.some((a) => a.action !== 'skipped') || result.orphansRemoved > 0;
  if (rel.draft && !input.draft) {
    const done = await releaser.publishRelease(rel.id);
    if (done) rel = done;
    else {
      // Another run (or tool) published a release for the tag meanwhile: keep it if it holds our bytes.
      const winner = (await releaser.listReleases()).find((r) => r.tagName === tag && !r.draft);
      const differing: string[] = [];
      for (const l of all)
        if (
          (await compareAsset(
            l,
            winner?.assets.find((a) => a.name === l.name),
            releaser,
          )) !== 'same'
        )
          differing.push(l.name);
      if (!winner || differing.length > 0) {
        findings.push(
          finding(
            'DPR1005',
            `release ${tag} was published by someone else meanwhile${differing.length ? ` with other bytes for ${differing.join(', ')}` : ''}; draft ${rel.id} left as it is`,
          ),
        );
        return result;
      }
      ctx.log(
        `release ${winner.id} for ${tag} was published meanwhile with the same assets; removing draft ${rel.id}`,
      );
      result.orphansRemoved += await removeOrphans(releaser, [rel], tag, findings);
      rel = winner;
    }
    if (!tagged) {
      const now = await releaser.tagCommit(tag);
      if (now && !ctx.dryRun && now.toLowerCase() !== commit.toLowerCase())
        findings.push(
          finding('DPR1015', `tag ${tag} was created at ${now.slice(0, 12)}, not at ${commit.slice(0, 12)}`),
        );
    }
  }
  result.release = {
    id: rel.id,
    url: rel.htmlUrl,
    name: rel.name,
    draft: rel.draft,
    prerelease: rel.prerelease,
    immutable: rel.immutable,
  };
  result.outcome = ctx.dryRun
    ? 'planned'
    : created
      ? 'created'
      : published
        ? changed
          ? 'updated'
          : 'unchanged'
        : changed || !input.draft
          ? 'resumed'
          : 'unchanged';
  return result;
}

async function removeOrphans(
  releaser: Releaser,
  orphans: Release[],
  tag: string,
  findings: Finding[],
): Promise<number> {
  let n = 0;
  for (const o of orphans) if (await releaser.deleteRelease(o.id)) n++;
  if (orphans.length > 0)
    findings.push(
      finding(
        'DPR1007',
        `removed ${orphans.length} orphan draft release${orphans.length > 1 ? 's' : ''} for ${tag} (ids ${orphans.map((o) => o.id).join(', ')})`,
      ),
    );
  return n;
}
