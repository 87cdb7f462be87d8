import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../core/finding.js';
import { LIMITS } from '../core/limits.js';
import { isInside } from '../core/paths.js';
import { FileReadError, readRegularFile } from '../io/read.js';
import { type Selection, selectFiles } from '../selection/select.js';

/** What a plugin's files look like to the validator: a directory, a `.difypkg`, a git commit. */
export interface PluginSource {
  /** Shown in messages: the plugin directory or package path. */
  readonly label: string;
  /** Every file the daemon would see, `/`-separated and sorted byte-wise. */
  files(): Promise<readonly string[]>;
  /**
   * A file's bytes, or `undefined` when it is not there. A file that is there but refused by the one
   * reader (not a regular file, over the size limit, resolving outside the repository) rejects with
   * its {@link FileReadError}, so the finding can say why.
   */
  read(file: string): Promise<Uint8Array | undefined>;
  /** Problems met while listing the files (symlinks leaving the repository, …). */
  listingFindings?(): Promise<readonly Finding[]>;
  /** Why a file that is not listed is missing, when it exists on disk (e.g. the ignore file drops it). */
  whyMissing?(file: string): string | undefined;
}

/** Selection findings that concern validation too; the rest (secrets, size, leftovers) are `package`'s. */
const LISTING_CODES = new Set(['DPR303', 'DPR311', 'DPR407', 'DPR417']);

/**
 * A plugin directory on disk, seen as its package will be: the files `package` selects (root
 * `.difyignore`, else `.gitignore`, with our default exclusions when there is neither), so a
 * reference to a file the ignore file drops is reported missing, as the daemon will find it.
 */
export class DirSource implements PluginSource {
  private selection?: Selection;
  private names?: string[];
  private byPath?: Map<string, string>;

  constructor(
    /** Absolute path of the plugin root. */
    readonly root: string,
    readonly label: string = root,
    /** The repository top level, which symlinks may not leave; defaults to the nearest `.git` above. */
    readonly boundary?: string,
  ) {}

  async files(): Promise<readonly string[]> {
    return this.select().names;
  }

  async read(file: string): Promise<Uint8Array | undefined> {
    const { byPath, selection } = this.select();
    const source = byPath.get(file);
    if (!source) return undefined;
    // Synchronous on purpose: plugins are hundreds of small files, and a sync read is several times
    // faster than a round trip through the thread pool for each.
    return readSelected(source, file, selection.boundary);
  }

  async listingFindings(): Promise<readonly Finding[]> {
    return this.select().selection.findings.filter((f) => LISTING_CODES.has(f.code));
  }

  whyMissing(file: string): string | undefined {
    const full = path.join(this.root, ...file.split('/'));
    if (!isInside(this.root, full) || !existsSync(full)) return undefined;
    const refused = this.select().selection.refused.get(file);
    if (refused) return `it exists, but it ${refused}, so it is not in the package`;
    const ignore = this.select().selection.ignoreFile;
    return ignore
      ? `it exists, but ${ignore} excludes it, so it is not in the package`
      : 'it exists, but is excluded by default (no .difyignore), so it is not in the package';
  }

  private select(): { selection: Selection; names: string[]; byPath: Map<string, string> } {
    if (!this.selection) {
      // No size limit here: `package` enforces it; validation needs the file list.
      this.selection = selectFiles(this.root, {
        maxSize: Number.POSITIVE_INFINITY,
        boundary: this.boundary,
        probeReadable: false, // a declaration that cannot be read is reported when it is read
      });
      this.byPath = new Map(this.selection.files.map((f) => [f.path, f.source]));
      this.names = this.selection.files.map((f) => f.path);
    }
    return { selection: this.selection, names: this.names!, byPath: this.byPath! };
  }
}

/**
 * Read a selected file through the one reader: a regular file, inside the repository, at most the
 * daemon's package size (a single file cannot be larger than the package). Missing → `undefined`.
 */
export function readSelected(source: string, label: string, boundary?: string): Buffer | undefined {
  try {
    return readRegularFile(source, { maxBytes: LIMITS.maxPackageBytes, root: boundary, label });
  } catch (error) {
    if (error instanceof FileReadError && error.reason === 'missing') return undefined;
    throw error;
  }
}

export { byteOrder, isInside, repositoryRoot } from '../core/paths.js';
