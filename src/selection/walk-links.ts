// Symlinks met by the walk: followed only inside the repository and only when where they lead is
// not a secret (each decision a finding), and real paths resolved without failing.

import { realpathSync, type Stats } from 'node:fs';
import path from 'node:path';
import { finding } from '../core/codes.js';
import type { Finding } from '../core/finding.js';
import { isInside } from '../core/paths.js';
import { GIT_DIR_REASON, inGitDir, secretReason } from './file-rules.js';
import { devTargetReason, toSlash } from './select-findings.js';

/** What the link checks read and report into: the walker's state. */
export interface WalkContext {
  /** The repository (or the root), real path: link targets are compared with it. */
  readonly boundary: string;
  readonly realRoot: string;
  readonly allowed: (rel: string) => boolean;
  readonly findings: Finding[];
  /** Remember why an existing file is not selected (for "it exists, but …"). */
  refuse(rel: string, why: string): void;
}

/**
 * Refuse broken links and links leaving the repository; follow the rest with a notice. Returns the
 * link's real target when it is followed.
 */
export function followable(
  ctx: WalkContext,
  full: string,
  rel: string,
  stats: Stats | undefined,
): string | undefined {
  let target: string;
  try {
    if (!stats) throw new Error('broken');
    target = realpathSync.native(full);
  } catch {
    ctx.refuse(rel, 'is a broken symlink');
    ctx.findings.push(
      finding('DPR303', `${rel} is a broken symlink`, {
        file: rel,
        fix: 'Remove the link or point it at an existing file inside the repository.',
      }),
    );
    return undefined;
  }
  if (!isInside(ctx.boundary, target)) {
    ctx.refuse(rel, `is a symlink to ${target}, outside the repository`);
    ctx.findings.push(
      finding('DPR303', `${rel} is a symlink to ${target}, outside the repository (${ctx.boundary})`, {
        file: rel,
        fix: 'Copy the file into the plugin instead: a link out of the repository is not reproducible.',
      }),
    );
    return undefined;
  }
  if (!safeTarget(ctx, rel, target)) return undefined;
  const shown = toSlash(path.relative(ctx.realRoot, target)) || '.';
  const dev = devTargetReason(ctx.boundary, ctx.realRoot, target, Boolean(stats?.isDirectory()));
  if (dev) {
    ctx.findings.push(
      finding('DPR406', `${rel} is a symlink to ${shown}, inside ${dev.dir}: it looks like ${dev.reason}`, {
        file: rel,
        fix: `Remove the link, or add ${rel} to .difyignore.`,
      }),
    );
  }
  ctx.findings.push(
    finding('DPR311', `${rel} is a symlink to ${shown}; its content is packaged`, { file: rel }),
  );
  return target;
}

/**
 * The secret rules applied to where a link leads (its path in the repository), not only to the
 * link's own harmless name (`settings.txt -> ../.env`): refused (DPR401) unless allowed. `rel` is
 * the path in the plugin, `target` the real path, inside the boundary.
 */
export function safeTarget(ctx: WalkContext, rel: string, target: string): boolean {
  const targetRel = toSlash(path.relative(ctx.boundary, target));
  const secret = inGitDir(targetRel) ? GIT_DIR_REASON : secretReason(targetRel);
  if (!secret || (secretReason(rel) && !inGitDir(targetRel))) return true; // its own name says it
  const shown = toSlash(path.relative(ctx.realRoot, target)) || '.';
  if (ctx.allowed(rel)) {
    ctx.findings.push(
      finding(
        'DPR408',
        `${rel} leads to ${shown}, which looks like a secret (${secret}), but is packaged: allowed by --allow-file`,
        {
          file: rel,
        },
      ),
    );
    return true;
  }
  ctx.refuse(rel, `leads to ${shown}, which looks like a secret`);
  ctx.findings.push(
    finding(
      'DPR401',
      `${rel} is a symlink to ${shown}, ${inGitDir(targetRel) ? 'inside' : 'which looks like a secret:'} ${secret}; refusing to package it`,
      {
        file: rel,
        fix: `Remove the link, or exclude it in .difyignore; if the target holds no secret, package it with --allow-file ${rel}.`,
      },
    ),
  );
  return false;
}

export function safeRealpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}
