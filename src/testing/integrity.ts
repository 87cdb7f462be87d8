/**
 * Whether a cached test environment is still the one that was built. Plugins with the same
 * requirements share an environment, so one plugin's tests must not leave code in it (a `.pth`
 * file, an edited module) that the next plugin's run executes.
 *
 * Two fingerprints of the environment's files (the venv and the pytest overlay):
 * - the tree: every entry's path, type, mode, size, inode, modification and change times. The change
 *   time (ctime) is set by the kernel on every write, rename or chmod and cannot be set back by a
 *   process that is not root and cannot set the clock, so an unchanged tree means unchanged files;
 *   it costs one `lstat` per file.
 * - the content: paths, types, sizes and bytes (link targets for links). Read only when the tree
 *   differs (an entry restored from actions/cache has new inodes and times, the same content).
 *
 * The environment is also made read-only (`chmod a-w`) after it is built: that stops accidents
 * only; in the sandbox it is mounted read-only, which stops the tests.
 */
import { createHash, type Hash } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  type Dirent,
  lstatSync,
  openSync,
  readdirSync,
  readlinkSync,
  readSync,
  rmSync,
} from 'node:fs';
import path from 'node:path';

/** One walk of the directories, in a stable order; `visit` gets each entry's relative path. */
function walk(
  roots: readonly string[],
  visit: (full: string, rel: string, stat: import('node:fs').BigIntStats) => void,
): void {
  const stack: [string, string][] = roots.map((r) => [r, path.basename(r)] as [string, string]).reverse();
  while (stack.length > 0) {
    const [full, rel] = stack.pop()!;
    let stat: import('node:fs').BigIntStats;
    try {
      stat = lstatSync(full, { bigint: true });
    } catch {
      continue;
    }
    visit(full, rel, stat);
    if (!stat.isDirectory()) continue;
    let entries: Dirent[];
    try {
      entries = readdirSync(full, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
    for (const e of entries) stack.push([path.join(full, e.name), `${rel}/${e.name}`]);
  }
}

function kind(stat: import('node:fs').BigIntStats): string {
  return stat.isDirectory() ? 'd' : stat.isFile() ? 'f' : stat.isSymbolicLink() ? 'l' : 'o';
}

/** The tree fingerprint (metadata only, see the module comment) and the number of entries. */
export function treeFingerprint(roots: readonly string[]): { hash: string; entries: number } {
  const hash = createHash('sha256');
  let entries = 0;
  walk(roots, (_full, rel, s) => {
    entries++;
    hash.update(`${rel}\0${kind(s)}\0${s.mode}\0${s.size}\0${s.ino}\0${s.mtimeNs}\0${s.ctimeNs}\n`);
  });
  return { hash: hash.digest('hex'), entries };
}

/** The content fingerprint: paths, types, sizes, bytes and link targets. */
export function contentFingerprint(roots: readonly string[]): string {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(1 << 20);
  walk(roots, (full, rel, s) => {
    hash.update(`${rel}\0${kind(s)}\0${s.isDirectory() ? 0 : s.size}\0`);
    if (s.isSymbolicLink()) {
      try {
        hash.update(readlinkSync(full));
      } catch {
        hash.update('(unreadable link)');
      }
    } else if (s.isFile()) {
      hashFile(hash, full, buffer);
    }
    hash.update('\n');
  });
  return hash.digest('hex');
}

function hashFile(hash: Hash, file: string, buffer: Buffer): void {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    hash.update('(unreadable)');
    return;
  }
  try {
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      hash.update(buffer.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
}

/** Both fingerprints, as stored in an environment's marker. */
export interface Fingerprints {
  tree: string;
  content: string;
}

export function fingerprints(roots: readonly string[]): Fingerprints {
  return { tree: treeFingerprint(roots).hash, content: contentFingerprint(roots) };
}

/**
 * Whether the files are those fingerprinted: the tree first (cheap), the content when the tree
 * differs. `refreshed` is the new tree fingerprint when only metadata changed (to store).
 */
export function verify(
  roots: readonly string[],
  stored: Fingerprints,
): { intact: boolean; refreshed?: string } {
  const tree = treeFingerprint(roots).hash;
  if (tree === stored.tree) return { intact: true };
  if (contentFingerprint(roots) !== stored.content) return { intact: false };
  return { intact: true, refreshed: tree };
}

/** Make the files read-only (directories keep their execute bits) or writable again for the owner. */
export function setWritable(roots: readonly string[], writable: boolean): void {
  const all: [string, import('node:fs').BigIntStats][] = [];
  walk(roots, (full, _rel, s) => {
    if (!s.isSymbolicLink()) all.push([full, s]);
  });
  // Directories last when locking (their entries first), first when unlocking.
  if (!writable) all.reverse();
  for (const [full, s] of all) {
    const mode = Number(s.mode & 0o7777n);
    const next = writable ? mode | 0o200 : mode & ~0o222;
    if (next === mode) continue;
    try {
      chmodSync(full, next);
    } catch {
      // Not ours (another user's cache): the fingerprints still tell.
    }
  }
}

/** Remove a directory that may have been made read-only. */
export function removeTree(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    setWritable([dir], true);
    rmSync(dir, { recursive: true, force: true });
  }
}
