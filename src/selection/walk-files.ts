// A regular file met by the walk: refused when its name has a backslash, it cannot be opened as a
// regular file or it looks like a secret; otherwise selected, and flagged when hidden or a leftover.
import { closeSync, type Dirent, type Stats, statSync } from 'node:fs';
import { finding } from '../core/codes.js';
import { FileReadError, openRegularFile, refusalFix } from '../io/read.js';
import { devFileReason, isExpectedHidden, secretReason } from './file-rules.js';
import { cannotRead, type Flagged } from './select-findings.js';
import type { SelectedFile, SelectOptions } from './select-types.js';
import type { WalkContext } from './walk-links.js';

/** What adding a file reads and writes: the walker's state. */
export interface FileContext extends WalkContext {
  readonly options: SelectOptions;
  readonly files: SelectedFile[];
  flag(f: Flagged): Flagged;
}

export function addFile(
  ctx: FileContext,

  rel: string,
  name: string,
  full: string,
  stats: Stats | undefined,
  flag: Flagged | undefined,
  linked: boolean,
): void {
  if (rel.includes('\\')) {
    ctx.refuse(rel, 'has a backslash in its name');
    ctx.findings.push(
      finding('DPR407', `${rel} has a backslash in its name; the Dify CLI would turn it into a folder`, {
        file: rel,
        fix: 'Rename the file without a backslash.',
      }),
    );
    return;
  }
  let size: number;
  try {
    if (ctx.options.probeReadable !== false) {
      // Opened without blocking and checked as an open file: a file swapped for a pipe meanwhile
      // is refused here instead of hanging the package writer. Its size comes with it.
      const opened = openRegularFile(full, { maxBytes: Number.POSITIVE_INFINITY, label: rel });
      closeSync(opened.fd);
      size = opened.size;
    } else {
      size = (stats ?? statSync(full)).size;
    }
  } catch (error) {
    if (error instanceof FileReadError) {
      ctx.refuse(rel, error.message.slice(rel.length + 1));
      ctx.findings.push(finding('DPR407', error.message, { file: rel, fix: refusalFix(error) }));
    } else {
      ctx.refuse(rel, 'cannot be read');
      ctx.findings.push(cannotRead(rel, error, false));
    }
    return;
  }
  const secret = secretReason(rel);
  if (secret) {
    if (!ctx.allowed(rel)) {
      ctx.refuse(rel, 'looks like a secret');
      ctx.findings.push(
        finding('DPR401', `${rel} looks like a secret: ${secret}; refusing to package it`, {
          file: rel,
          fix: `Exclude it in .difyignore, or if it holds no secret, package it with --allow-file ${rel}.`,
        }),
      );
      return;
    }
    ctx.findings.push(
      finding('DPR408', `${rel} looks like a secret (${secret}) but is packaged: allowed by --allow-file`, {
        file: rel,
      }),
    );
  }
  ctx.files.push(linked ? { path: rel, size, source: full, linked } : { path: rel, size, source: full });
  if (flag) {
    flag.count++;
    return;
  }
  const dev = devFileReason(name);
  if (dev) ctx.flag({ rel, count: 1, code: 'DPR406', reason: dev });
  else if (name.startsWith('.') && !secret && !isExpectedHidden(rel)) {
    ctx.flag({ rel, count: 1, code: 'DPR404', reason: '' });
  }
}

/** What a directory entry is when it is neither a file, a directory nor a link. */
export function direntKind(entry: Dirent): string {
  if (entry.isFIFO()) return 'a named pipe';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'a device';
  return 'not a file';
}
