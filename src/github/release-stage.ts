/**
 * `release PKG… --tag TAG`: one resumable lifecycle keyed by (tag, asset digests).
 *
 * Preflight, before any write: every package's tag under the pattern, the token's push permission,
 * the tag's commit (or the target it will be created at), the release found by listing (drafts
 * included; the by-tag endpoint hides them), and every asset compared by digest: a published
 * release holding other bytes is refused (never replaced on an immutable release). Then: orphan
 * drafts for the tag removed, the draft created (or resumed), each asset uploaded unless already
 * there with the same digest, downloaded back and compared, and the draft published, which creates
 * the tag at the target commit. Two runs at once converge on the oldest draft; a re-run after
 * success makes only reads.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inspectOpen } from '../artifact/read.js';
import type { Artifact } from '../core/artifact.js';
import { finding } from '../core/codes.js';
import { UsageError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import type { StageContext } from '../io/context.js';
import { writeAtomic } from '../io/files.js';
import { openPackage } from '../zip/reader.js';
import type { PlannedCall } from './api.js';
import type { CallRecord, GitHubClientOptions } from './client.js';
import { connect, resolveRepo, tokenFor } from './connect.js';
import { capNotes, changelogSection, type NotesSource, prReleaseNotes } from './notes.js';
import type { Release, Releaser } from './ports.js';
import { repoName } from './ports.js';
import { type Attestor, actionsAttestor, bundleName, canAttest, sha256Of } from './provenance.js';
import {
  type AssetOutcome,
  type Comparison,
  compareAsset,
  GITHUB_ASSET_LIMIT,
  type LocalAsset,
  putAsset,
} from './release-assets.js';
import { restReleaser } from './releaser.js';
import {
  DEFAULT_TAG_PATTERN,
  isPrerelease,
  normalizeTag,
  pluginType,
  renderTag,
  unknownPlaceholders,
} from './tags.js';

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
  const repo = resolveRepo(input.repo, ctx.env);
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

/** Each package and extra file read once, checked against the tag, plus SHA256SUMS over them. */
async function readLocal(
  input: ReleaseStageInput,
  ctx: StageContext,
  tag: string,
  pattern: string,
  findings: Finding[],
): Promise<{ locals: LocalAsset[]; artifacts: Artifact[] }> {
  if (input.packages.length === 0)
    throw new UsageError('no package to release', 'Pass one or more .difypkg files.');
  const locals: LocalAsset[] = [];
  const artifacts: Artifact[] = [];
  for (const given of input.packages) {
    const file = path.resolve(ctx.cwd, given);
    const pkg = await openPackage(file).catch((error: Error) => {
      throw new UsageError(
        `${given} cannot be read as a package: ${error.message}`,
        'Pass a .difypkg built by `package` or `sign`.',
      );
    });
    let detail: Awaited<ReturnType<typeof inspectOpen>>;
    try {
      detail = await inspectOpen(pkg, file);
    } finally {
      await pkg.close();
    }
    const a = detail.artifact;
    if (!a.identifier) {
      throw new UsageError(
        `${given} has no manifest.yaml with a name: it is not a Dify plugin package`,
        'Build it with `dify-plugin-release package`.',
      );
    }
    artifacts.push(a);
    const facts = { name: a.name, version: a.version, author: a.author, type: pluginType(detail.manifest) };
    const r = renderTag(pattern, facts);
    if (r.tag !== tag) {
      findings.push(
        finding(
          'DPR1001',
          r.missing
            ? `${given}: tag pattern "${pattern}" needs {${r.missing}}, which the package does not give`
            : `${given} (${a.pluginId} ${a.version}) is released as "${r.tag}" under the pattern "${pattern}", not as "${tag}"`,
          { file: given },
        ),
      );
    }
    locals.push(await localFile(file, 'package', a.sha256, findings, given));
  }
  for (const given of input.assets ?? [])
    locals.push(await localFile(path.resolve(ctx.cwd, given), 'extra', undefined, findings, given));
  const seen = new Set<string>();
  for (const l of locals) {
    if (seen.has(l.name)) findings.push(finding('DPR1014', `two files named ${l.name} are to be released`));
    seen.add(l.name);
  }
  const sums = Buffer.from(
    [...locals]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((l) => `${l.sha256}  ${l.name}\n`)
      .join(''),
  );
  locals.push({
    name: 'SHA256SUMS',
    bytes: sums,
    sha256: sha256Of(sums),
    contentType: 'text/plain',
    kind: 'sums',
  });
  return { locals, artifacts };
}

async function localFile(
  file: string,
  kind: LocalAsset['kind'],
  expected: string | undefined,
  findings: Finding[],
  given: string,
): Promise<LocalAsset> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(`${given} cannot be read: ${(error as Error).message}`, 'Pass files that exist.');
  }
  const sha256 = sha256Of(bytes);
  if (expected && sha256 !== expected)
    findings.push(
      finding('DPR1013', `${given} changed while it was read (sha256 ${sha256}, was ${expected})`, {
        file: given,
      }),
    );
  if (bytes.length >= GITHUB_ASSET_LIMIT)
    findings.push(
      finding('DPR1012', `${given} is ${bytes.length} bytes; GitHub refuses assets of 2 GiB or more`, {
        file: given,
      }),
    );
  return {
    name: path.basename(file),
    bytes,
    sha256,
    contentType: kind === 'package' ? 'application/zip' : 'application/octet-stream',
    kind,
    path: file,
  };
}

function readChangelog(
  input: ReleaseStageInput,
  ctx: StageContext,
  version: string,
  findings: Finding[],
): string | undefined {
  if (input.notesFrom && input.notesFrom !== 'changelog') return undefined;
  const file = path.resolve(ctx.cwd, input.changelog ?? 'CHANGELOG.md');
  let text: string | undefined;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = undefined;
  }
  const section = text !== undefined ? changelogSection(text, version) : undefined;
  if (input.notesFrom === 'changelog' && !section) {
    const shown = path.relative(ctx.cwd, file) || file;
    findings.push(
      finding(
        'DPR1010',
        text === undefined ? `${shown} cannot be read` : `${shown} has no section for version ${version}`,
        {
          file: shown,
        },
      ),
    );
  }
  return section;
}

async function releaseNotes(
  input: ReleaseStageInput,
  releaser: Releaser,
  tag: string,
  commit: string,
  changelog: string | undefined,
  findings: Finding[],
): Promise<{ text: string; source: NotesSource; cut: boolean }> {
  const cap = (text: string, source: NotesSource, where: string) => {
    const c = capNotes(text, where);
    if (c.cut)
      findings.push(
        finding('DPR1011', `the ${source} notes are ${text.length} characters; cut to GitHub’s limit`),
      );
    return { text: c.text, source, cut: c.cut };
  };
  if (input.notesFrom === 'pr') {
    for (const pr of await releaser.pullsForCommit(commit)) {
      const notes = prReleaseNotes(pr.body);
      if (notes) return cap(notes, 'pr', pr.htmlUrl || `pull request #${pr.number}`);
    }
    findings.push(
      finding(
        'DPR1010',
        `no pull request with a "## Release Notes" section came with commit ${commit.slice(0, 12)}`,
      ),
    );
    return { text: '', source: 'pr', cut: false };
  }
  if (changelog) return cap(changelog, 'changelog', input.changelog ?? 'CHANGELOG.md');
  if (input.notesFrom !== 'generated')
    findings.push(
      finding(
        'DPR1016',
        `${input.changelog ?? 'CHANGELOG.md'} has no section for ${tag}: GitHub’s generated notes are used`,
      ),
    );
  return cap(await releaser.generateNotes(tag, commit), 'generated', 'the compare view');
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

/** Which packages need a provenance bundle uploaded (none already attached for the same bytes). */
async function planProvenance(
  input: ReleaseStageInput,
  ctx: StageContext,
  artifacts: Artifact[],
  rel: Release | undefined,
  verdicts: Map<string, Comparison>,
  result: ReleaseResult,
): Promise<Artifact[]> {
  const out: Artifact[] = [];
  for (const a of artifacts) {
    const name = path.basename(a.path);
    const attached = rel?.assets.find((x) => x.name === bundleName(name) && x.state === 'uploaded');
    if (attached && verdicts.get(name) === 'same') {
      result.provenance.push({
        package: name,
        status: 'attached',
        reason: `${bundleName(name)} is on the release`,
      });
      continue;
    }
    if (input.attest === false) {
      result.provenance.push({
        package: name,
        status: 'skipped',
        reason: 'attestation turned off (--no-attest)',
      });
      continue;
    }
    if (ctx.env.GITHUB_ACTIONS !== 'true') {
      result.provenance.push({
        package: name,
        status: 'skipped',
        reason: 'not in GitHub Actions (attestations need its OIDC token)',
      });
      continue;
    }
    if (!canAttest(ctx.env)) {
      result.provenance.push({
        package: name,
        status: 'skipped',
        reason: 'the job has no id-token: write permission',
      });
      result.findings.push(
        finding(
          'DPR1008',
          `${name}: not attested, the job cannot mint an OIDC token (no \`id-token: write\`)`,
        ),
      );
      continue;
    }
    out.push(a);
  }
  return out;
}

async function attestOne(
  a: Artifact,
  ctx: StageContext,
  deps: ReleaseDeps,
  input: ReleaseStageInput,
  result: ReleaseResult,
): Promise<LocalAsset | undefined> {
  const name = path.basename(a.path);
  if (ctx.dryRun) {
    result.plan?.push({
      method: 'POST',
      route: '/repos/{owner}/{repo}/attestations',
      path: `/repos/${result.repo}/attestations`,
      read: false,
      purpose: `store the SLSA provenance of ${name} (signed through Sigstore first, by @actions/attest)`,
      body: { subject: { name, sha256: a.sha256 } },
    });
    result.provenance.push({
      package: name,
      status: 'planned',
      reason: 'attested with the job’s OIDC token',
    });
    return undefined;
  }
  const attestor = deps.attestor ?? actionsAttestor(tokenFor(input.token, ctx.env) ?? '');
  const { bundle } = await attestor.attest({ name, sha256: a.sha256 });
  const bytes = Buffer.from(`${JSON.stringify(bundle, null, 2)}\n`);
  const file = `${a.path}.sigstore.json`;
  writeAtomic(file, bytes);
  result.provenance.push({
    package: name,
    status: 'attested',
    reason: `SLSA provenance for sha256 ${a.sha256.slice(0, 12)}…`,
  });
  return {
    name: bundleName(name),
    bytes,
    sha256: sha256Of(bytes),
    contentType: 'application/json',
    kind: 'provenance',
    path: file,
  };
}
