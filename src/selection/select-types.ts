// What the file selection takes and returns (options, selected files, the selection), and the limits
// it applies by default.
import type { Finding } from '../core/finding.js';
import { LIMITS } from '../core/limits.js';
import type { IgnoreFileName } from './ignore.js';

/** The daemon's default limit on a package's uncompressed size: 50 MiB. */
export const DEFAULT_MAX_SIZE = LIMITS.maxPackageBytes;
/** How deep below the plugin root the selection walks (see LIMITS.maxTreeDepth). */
export const MAX_DEPTH = LIMITS.maxTreeDepth;
/** The marketplace refuses packages of more files than this. */
export const MARKETPLACE_MAX_FILES = LIMITS.maxMarketplaceFiles;

export interface SelectOptions {
  /** Secret-looking files to package anyway (`--allow-file`): gitignore patterns or exact paths. */
  allowFiles?: readonly string[];
  /** Uncompressed size limit in bytes (default 50 MiB); `Infinity` skips the check. */
  maxSize?: number;
  /** Files added to the package besides the selected ones (a generated requirements.txt): they count. */
  extra?: readonly { path: string; size: number }[];
  /** The directory symlinks may not leave: default the nearest ancestor holding `.git`, else the root. */
  boundary?: string;
  /**
   * Paths never selected (relative, `/`): the package being written when it lands in the plugin, and
   * our own temporary files (a pattern tested against the whole relative path).
   */
  exclude?: readonly (string | RegExp)[];
  /** Open every file to prove it readable (DPR407), as packaging needs; `validate` skips it. */
  probeReadable?: boolean;
}

export interface SelectedFile {
  /** Path inside the package, `/`-separated. */
  path: string;
  size: number;
  /** Absolute path the bytes are read from (a symlink is read through). */
  source: string;
  /** Reached through a symlink (itself or a linked directory): its real path is checked when read. */
  linked?: boolean;
}

export interface Selection {
  files: SelectedFile[];
  /** The ignore file in force, or `null` when there is none (our defaults applied, DPR405). */
  ignoreFile: IgnoreFileName | null;
  findings: Finding[];
  /** Sum of the sizes of the selected and extra files. */
  totalSize: number;
  /** The real directory symlinks may not leave: readers of the selected files check against it. */
  boundary: string;
  /**
   * Files that exist but are not selected for a reason other than the ignore file (not a regular
   * file, a link out of the repository, a secret, …), with that reason: "it exists, but …".
   */
  refused: ReadonlyMap<string, string>;
}
