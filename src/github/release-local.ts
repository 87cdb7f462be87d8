/**
 * What `release` reads before it calls GitHub: each package and extra file once (digest, size,
 * the tag its manifest gives under the pattern), SHA256SUMS over them, and the release notes from
 * the configured source.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inspectOpen } from '../artifact/read.js';
import type { Artifact } from '../core/artifact.js';
import { finding } from '../core/codes.js';
import { UsageError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import type { StageContext } from '../io/context.js';
import { openPackage } from '../zip/reader.js';
import { capNotes, changelogSection, type NotesSource, prReleaseNotes } from './notes.js';
import type { Releaser } from './ports.js';
import { sha256Of } from './provenance.js';
import { GITHUB_ASSET_LIMIT, type LocalAsset } from './release-assets.js';
import type { ReleaseStageInput } from './release-stage.js';
import { pluginType, renderTag } from './tags.js';

/** Each package and extra file read once, checked against the tag, plus SHA256SUMS over them. */
export async function readLocal(
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

export function readChangelog(
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

export async function releaseNotes(
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
