import { existsSync } from 'node:fs';
import path from 'node:path';
import { finding } from '../core/codes.js';
import { errorMessage } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import { formatSize } from '../core/format.js';
import { byteOrder } from '../core/paths.js';
import { devDirReason, GIT_DIR_REASON } from './file-rules.js';
import type { IgnoreFileName } from './ignore.js';

/** The wording of the file selection's findings (select.ts decides; this module says it). */

/** A directory or file that slipped past the ignore file, counted for one finding. */
export interface Flagged {
  rel: string;
  count: number;
  code: 'DPR404' | 'DPR406';
  reason: string;
}

/** `.git/` would be packaged: the checkout token lives in `.git/config`. */
export function gitFinding(ignoreFile: IgnoreFileName | null, rel: string): Finding {
  const fix =
    ignoreFile === '.difyignore'
      ? `Add ${rel}/ to .difyignore: the Dify CLI reads it too, so the package and its checksum stay identical to what Dify's CLI makes. To package it anyway: --allow-file ${rel}.`
      : ignoreFile === '.gitignore'
        ? `Add a .difyignore listing ${rel}/ (and what .gitignore lists: the Dify CLI then reads .difyignore instead); the Dify CLI reads it too, so the package and its checksum stay identical to what Dify's CLI makes. To package it anyway: --allow-file ${rel}.`
        : `Add a .difyignore listing ${rel}/. To package it anyway: --allow-file ${rel}.`;
  return finding(
    'DPR401',
    `${rel}/ would be packaged (${ignoreFile ?? 'no ignore file'} does not exclude it): it is ${GIT_DIR_REASON}; refusing to package it`,
    { file: rel, fix },
  );
}

/** No ignore file: what our defaults excluded (which the Dify CLI would package). */
export function defaultsFinding(
  defaultHits: ReadonlyMap<string, number>,
  repoHasGitignore: boolean,
): Finding {
  const hits = [...defaultHits.entries()].map(([p, n]) => `${p} (${n})`);
  const repoIgnore = repoHasGitignore
    ? ' The repository’s own .gitignore is not read by the Dify CLI either.'
    : '';
  if (hits.length === 0) {
    return finding(
      'DPR405',
      `no .difyignore or .gitignore in the plugin root: every file is packaged, as the Dify CLI does.${repoIgnore}`,
      {
        severity: 'notice',
        fix: 'Add a .difyignore (the `dify plugin init` template) so the package never picks up leftovers.',
      },
    );
  }
  return finding(
    'DPR405',
    `no .difyignore or .gitignore in the plugin root: excluded by default ${hits.join(', ')}, which the Dify CLI would package, so its checksum would differ.${repoIgnore}`,
    { fix: 'Add a .difyignore listing what to exclude, so both tools package the same files.' },
  );
}

export function flagFinding(f: Flagged): Finding {
  const what = f.rel.endsWith('/') ? `${f.rel} (${f.count} file${f.count === 1 ? '' : 's'})` : f.rel;
  if (f.code === 'DPR406') {
    return finding('DPR406', `${what} is packaged: it looks like ${f.reason}`, {
      file: f.rel.replace(/\/$/, ''),
      fix: `Add ${f.rel.endsWith('/') ? f.rel : f.rel.slice(f.rel.lastIndexOf('/') + 1)} to .difyignore.`,
    });
  }
  return finding('DPR404', `${what} is hidden but packaged: the Dify CLI packages hidden files`, {
    file: f.rel.replace(/\/$/, ''),
    fix: 'Add it to .difyignore unless the plugin needs it at run time.',
  });
}

export function sizeFinding(
  files: readonly { path: string; size: number }[],
  total: number,
  max: number,
): Finding {
  const top = [...files]
    .sort((a, b) => b.size - a.size || byteOrder(a.path, b.path))
    .slice(0, 5)
    .map((f, i) => `${i + 1}. ${f.path} (${formatSize(f.size)})`);
  return finding(
    'DPR402',
    `the plugin's files add up to ${formatSize(total)} uncompressed, over the ${formatSize(max)} limit; the largest: ${top.join(', ')}`,
    {
      fix: 'Exclude what the plugin does not need in .difyignore, or raise the limit with --max-size (the daemon must allow it too: MAX_PLUGIN_PACKAGE_SIZE).',
    },
  );
}

/**
 * Whether a link's target (a real path inside `boundary`) lies in a development leftover directory
 * (a virtual environment, `node_modules`, a cache), judged on its path in the repository below the
 * directory it shares with the plugin (a plugin kept under `dist/` is not a leftover itself).
 */
export function devTargetReason(
  boundary: string,
  realRoot: string,
  target: string,
  isDir: boolean,
): { dir: string; reason: string } | undefined {
  const parts = toSlash(path.relative(boundary, target)).split('/').filter(Boolean);
  const rootParts = toSlash(path.relative(boundary, realRoot)).split('/').filter(Boolean);
  let shared = 0;
  while (shared < parts.length && shared < rootParts.length && parts[shared] === rootParts[shared]) shared++;
  const dirs = isDir ? parts : parts.slice(0, -1);
  for (let i = shared; i < dirs.length; i++) {
    const dir = path.join(boundary, ...dirs.slice(0, i + 1));
    const reason = devDirReason(dirs[i]!, existsSync(path.join(dir, 'pyvenv.cfg')));
    if (reason) return { dir: `${dirs.slice(0, i + 1).join('/')}/`, reason };
  }
  return undefined;
}

export function toSlash(p: string): string {
  return p.split(path.sep).join('/');
}

export function cannotRead(rel: string, error: unknown, dir: boolean): Finding {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : errorMessage(error);
  return finding('DPR407', `${dir ? 'directory ' : ''}${rel} cannot be read (${why})`, {
    file: rel === '.' ? undefined : rel,
    fix: 'Fix its permissions, or exclude it in .difyignore.',
  });
}
