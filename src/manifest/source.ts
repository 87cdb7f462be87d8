import { type Dirent, existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** What a plugin's files look like to the validator: a directory now, a `.difypkg` later. */
export interface PluginSource {
  /** Shown in messages: the plugin directory or package path. */
  readonly label: string;
  /** Every file the daemon would see, `/`-separated and sorted byte-wise. */
  files(): Promise<readonly string[]>;
  /** A file's bytes, or `undefined` when it is not there. */
  read(file: string): Promise<Uint8Array | undefined>;
  /** Symlinks met while listing: where each one points and whether it stays in the repository. */
  symlinks(): Promise<readonly SymlinkInfo[]>;
}

export interface SymlinkInfo {
  file: string;
  target: string;
  /** Resolves inside the repository (or the plugin, outside any repository). */
  inside: boolean;
  /** The link is broken or loops. */
  broken: boolean;
}

/**
 * Directories that are never plugin content and are costly to walk. The daemon's CLI would package
 * them when no ignore file excludes them; `package` reports that, `validate` does not need to look.
 */
const SKIPPED_DIRS = new Set([
  '.git',
  '.hg',
  '.svn',
  'node_modules',
  '.venv',
  'venv',
  '__pycache__',
  '.pytest_cache',
  '.mypy_cache',
  '.ruff_cache',
  '.tox',
  '.nox',
]);

/** A plugin directory on disk. */
export class DirSource implements PluginSource {
  private listing?: Promise<{ files: string[]; links: SymlinkInfo[] }>;

  constructor(
    /** Absolute path of the plugin root. */
    readonly root: string,
    readonly label: string = root,
    /** The repository top level, which symlinks may not leave; defaults to the nearest `.git` above. */
    readonly boundary: string = repositoryRoot(root) ?? root,
  ) {}

  async files(): Promise<readonly string[]> {
    return (await this.list()).files;
  }

  async symlinks(): Promise<readonly SymlinkInfo[]> {
    return (await this.list()).links;
  }

  async read(file: string): Promise<Uint8Array | undefined> {
    const full = path.join(this.root, ...file.split('/'));
    if (!isInside(this.root, full)) return undefined;
    // Synchronous on purpose: plugins are hundreds of small files, and a sync read is several times
    // faster than a round trip through the thread pool for each.
    try {
      return readFileSync(full);
    } catch {
      return undefined;
    }
  }

  private list(): Promise<{ files: string[]; links: SymlinkInfo[] }> {
    this.listing ??= this.walk();
    return this.listing;
  }

  private async walk(): Promise<{ files: string[]; links: SymlinkInfo[] }> {
    const files: string[] = [];
    const links: SymlinkInfo[] = [];
    const visit = (dir: string, rel: string): void => {
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        const childRel = rel ? `${rel}/${entry.name}` : entry.name;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!SKIPPED_DIRS.has(entry.name)) visit(full, childRel);
        } else if (entry.isSymbolicLink()) {
          const info = this.inspectLink(full, childRel);
          links.push(info);
          // Like Go's WalkDir, a symlink is a leaf: a linked file is read through, a linked dir is not walked.
          if (!info.broken && targetKind(full) === 'file') files.push(childRel);
        } else if (entry.isFile()) {
          files.push(childRel);
        }
      }
    };
    visit(this.root, '');
    files.sort(byteOrder);
    links.sort((a, b) => byteOrder(a.file, b.file));
    return { files, links };
  }

  private inspectLink(full: string, rel: string): SymlinkInfo {
    try {
      const target = realpathSync(full);
      return { file: rel, target, inside: isInside(this.boundary, target), broken: false };
    } catch {
      return { file: rel, target: '', inside: false, broken: true };
    }
  }
}

function targetKind(full: string): 'file' | 'dir' | 'other' {
  try {
    const s = statSync(full);
    return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : 'other';
  } catch {
    return 'other';
  }
}

/** The nearest directory at or above `dir` holding `.git`, or `undefined`. */
export function repositoryRoot(dir: string): string | undefined {
  let current = path.resolve(dir);
  for (;;) {
    if (existsSync(path.join(current, '.git'))) return current;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Go's sort.Strings order: by UTF-16 code units is not byte order for astral characters, so compare bytes. */
export function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
