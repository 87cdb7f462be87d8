/**
 * Where the code cache (./code-cache.ts) keeps its entries, and how it keeps them from piling up:
 *
 *     <root>/<node version>-<arch>[-<flags>]/<bundle>/<file>@<device>-<inode>-<size>-<change time>
 *
 * One folder per Node (V8 refuses a cache made by another version, or under other V8 flags) and per
 * bundle directory (`.bundle` in it names the directory), one entry per bundle file as it is on disk.
 * An entry holds the sha256 of V8's data and the data: V8 does not check its checksums in release
 * builds. Entries are written to a temporary name and renamed, so a reader never sees half a file.
 *
 * When a run writes entries (the first run after an install or an upgrade), it also sweeps: entries
 * of its own bundle whose file has changed or gone, folders of bundle directories that no longer
 * exist, and folders of other Node versions left untouched for 30 days.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const BUNDLE_FILE = '.bundle';
const STALE_RUNTIME_MS = 30 * 24 * 3600 * 1000;

export interface CodeCacheStore {
  /** The entry for a file of the bundle (an absolute path inside it), or `undefined`. */
  entryFor(filename: string): string | undefined;
  /** An entry's data, when it is there and whole. */
  read(entry: string): Buffer | undefined;
  /** Write these entries, then sweep. Never throws. */
  write(entries: readonly (readonly [string, Buffer])[]): void;
}

export function openStore(root: string, bundleDir: string): CodeCacheStore {
  const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ').trim();
  const runtime = `${process.version}-${process.arch}${flags ? `-${sha256(flags).toString('hex').slice(0, 12)}` : ''}`;
  const runtimeDir = path.join(root, runtime);
  const dir = path.join(runtimeDir, sha256(bundleDir).toString('hex').slice(0, 16));
  return {
    entryFor(filename) {
      try {
        // `filename` is inside `bundleDir` (path.relative and path.join cost more than the rest).
        return `${dir}${path.sep}${entryName(filename.slice(bundleDir.length + 1), statSync(filename))}`;
      } catch {
        return undefined;
      }
    },
    read(entry) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(entry);
      } catch {
        return undefined;
      }
      if (bytes.length <= 32) return undefined;
      const data = bytes.subarray(32);
      return sha256(data).equals(bytes.subarray(0, 32)) ? data : undefined;
    },
    write(entries) {
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(path.join(dir, BUNDLE_FILE), bundleDir);
      } catch {
        return; // A cache that cannot be written is a cache that is not used.
      }
      for (const [entry, data] of entries) {
        const temp = `${entry}.${process.pid}.tmp`;
        try {
          writeFileSync(temp, Buffer.concat([sha256(data), data]));
          renameSync(temp, entry);
        } catch {
          rmSync(temp, { force: true }); // made again next time
        }
      }
      sweep(root, runtimeDir, dir, bundleDir);
    },
  };
}

/** A file's name in its bundle and its identity on this machine (npm gives every file one mtime). */
function entryName(rel: string, s: { dev: number; ino: number; size: number; ctimeMs: number }): string {
  return `${rel.replaceAll(path.sep, '+')}@${s.dev}-${s.ino}-${s.size}-${s.ctimeMs}`;
}

function sweep(root: string, runtimeDir: string, dir: string, bundleDir: string): void {
  const names = (d: string) => {
    try {
      return readdirSync(d);
    } catch {
      return [];
    }
  };
  for (const name of names(dir)) {
    if (name === BUNDLE_FILE) continue;
    const at = name.lastIndexOf('@');
    const rel = name.slice(0, at).replaceAll('+', path.sep);
    let current: string | undefined;
    try {
      current =
        at > 0 && !name.endsWith('.tmp') ? entryName(rel, statSync(path.join(bundleDir, rel))) : undefined;
    } catch {
      current = undefined;
    }
    if (current !== name) rmSync(path.join(dir, name), { force: true });
  }
  for (const other of names(runtimeDir)) {
    const folder = path.join(runtimeDir, other);
    if (folder === dir) continue;
    try {
      statSync(readFileSync(path.join(folder, BUNDLE_FILE), 'utf8'));
    } catch {
      rmSync(folder, { recursive: true, force: true });
    }
  }
  for (const other of names(root)) {
    const folder = path.join(root, other);
    if (folder === runtimeDir) continue;
    try {
      if (Date.now() - statSync(folder).mtimeMs > STALE_RUNTIME_MS)
        rmSync(folder, { recursive: true, force: true });
    } catch {
      // gone already
    }
  }
}

function sha256(data: Uint8Array | string): Buffer {
  return createHash('sha256').update(data).digest();
}
