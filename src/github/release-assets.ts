/**
 * A release's assets against the local files, by name and sha256: what is already there (skipped),
 * what is missing, what is half-uploaded or holds other bytes (replaced on a draft, refused on a
 * published release unless asked, never on an immutable one); and the upload itself: delete what is
 * broken, upload, resolve a 422 `already_exists` by listing, download the asset back and compare.
 */
import { finding } from '../core/codes.js';
import type { Finding } from '../core/finding.js';
import type { AssetFile, Release, ReleaseAsset, Releaser } from './ports.js';
import { sha256Of } from './provenance.js';

export type AssetKind = 'package' | 'sums' | 'provenance' | 'extra';

export interface LocalAsset extends AssetFile {
  kind: AssetKind;
  /** The file on disk, when there is one. */
  path?: string;
}

export type Comparison = 'missing' | 'same' | 'different' | 'broken';

export type AssetAction = 'created' | 'skipped' | 'replaced' | 'planned';

export interface AssetOutcome {
  name: string;
  kind: AssetKind;
  sha256: string;
  size: number;
  action: AssetAction;
  url?: string;
}

/** GitHub refuses release assets of 2 GiB or more. */
export const GITHUB_ASSET_LIMIT = 2 * 1024 ** 3;

/** A remote asset against a local one: by state, size and digest (downloaded when GitHub gives none). */
export async function compareAsset(
  local: LocalAsset,
  remote: ReleaseAsset | undefined,
  releaser: Releaser,
): Promise<Comparison> {
  if (!remote) return 'missing';
  if (remote.state !== 'uploaded') return 'broken';
  if (remote.size !== local.bytes.length) return 'different';
  if (remote.sha256) return remote.sha256 === local.sha256 ? 'same' : 'different';
  return sha256Of(await releaser.downloadAsset(remote.id)) === local.sha256 ? 'same' : 'different';
}

export interface PutContext {
  releaser: Releaser;
  release: Release;
  dryRun: boolean;
  log: (message: string) => void;
  /** Milliseconds to wait for another run's upload in progress before replacing it. */
  settleMs?: number;
}

/**
 * Make the release hold `local` under its name: at most three rounds of delete-upload-verify.
 * `remote` is what the listing showed, `compared` its verdict.
 */
export async function putAsset(
  c: PutContext,
  local: LocalAsset,
  remote: ReleaseAsset | undefined,
  compared: Comparison,
): Promise<{ outcome?: AssetOutcome; finding?: Finding }> {
  const done = (action: AssetAction, asset?: ReleaseAsset): { outcome: AssetOutcome } => ({
    outcome: {
      name: local.name,
      kind: local.kind,
      sha256: local.sha256,
      size: local.bytes.length,
      action: c.dryRun ? 'planned' : action,
      ...(asset?.browserDownloadUrl ? { url: asset.browserDownloadUrl } : {}),
    },
  });
  if (compared === 'same') return done('skipped', remote);
  const replacing = compared !== 'missing';
  let current = remote;
  let verdict = compared as Comparison;
  for (let round = 1; round <= 3; round++) {
    if (current && verdict === 'same') return done(replacing ? 'replaced' : 'skipped', current);
    if (current) {
      if (c.release.immutable) return { finding: immutable(c.release, local.name) };
      c.log(
        `${local.name}: ${verdict === 'broken' ? 'half-uploaded' : 'other bytes'} on the release; replacing it`,
      );
      await c.releaser.deleteAsset(current.id);
    }
    const up = await c.releaser.uploadAsset(c.release, local);
    if (up.kind === 'conflict') {
      if (up.immutable) return { finding: immutable(c.release, local.name) };
      // The name is taken: another run's upload, finished or in progress, or a leftover.
      current = await find(c, local.name);
      if (current?.state === 'open') {
        await new Promise((r) => setTimeout(r, c.settleMs ?? 1000));
        current = await find(c, local.name);
      }
      verdict = await compareAsset(local, current, c.releaser);
      if (verdict === 'same') return done(replacing ? 'replaced' : 'skipped', current);
      continue;
    }
    const back = sha256Of(await c.releaser.downloadAsset(up.asset.id));
    if (c.dryRun || back === local.sha256) return done(replacing ? 'replaced' : 'created', up.asset);
    c.log(`${local.name}: read back with sha256 ${back}, not ${local.sha256}; uploading again`);
    current = up.asset;
    verdict = 'different';
  }
  return {
    finding: finding(
      'DPR1009',
      `${local.name} on release ${c.release.tagName} does not read back as the local file (sha256 ${local.sha256}) after three uploads`,
    ),
  };
}

async function find(c: PutContext, name: string): Promise<ReleaseAsset | undefined> {
  return (await c.releaser.listAssets(c.release.id)).find((a) => a.name === name);
}

function immutable(release: Release, name: string): Finding {
  return finding(
    'DPR1006',
    `release ${release.tagName} is immutable: ${name} cannot be added or replaced (GitHub answers 422)`,
  );
}
