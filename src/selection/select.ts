import { closeSync, type Dirent, existsSync, readdirSync, realpathSync, type Stats, statSync } from 'node:fs';
import path from 'node:path';
import { finding } from '../core/codes.js';
import type { Finding } from '../core/finding.js';
import { LIMITS } from '../core/limits.js';
import { byteOrder, isInside, repositoryRoot } from '../core/paths.js';
import { FileReadError, kindOf, openRegularFile, refusalFix } from '../io/read.js';
import {
  devDirReason,
  devFileReason,
  GIT_DIR_REASON,
  inGitDir,
  isExpectedHidden,
  secretReason,
} from './file-rules.js';
import { type IgnoreFileName, type IgnoreRules, loadIgnoreRules, patternMatcher } from './ignore.js';
import {
  cannotRead,
  defaultsFinding,
  devTargetReason,
  type Flagged,
  flagFinding,
  gitFinding,
  sizeFinding,
  toSlash,
} from './select-findings.js';

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

/**
 * Choose a plugin's files exactly as the Dify CLI does (dify-format.md §2.2: the root `.difyignore`,
 * else `.gitignore`, gitignore semantics, negation without effect, hidden files included), plus the
 * guards the CLI lacks: symlinks leaving the repository, secrets, the size limit, leftovers, each as a
 * finding. Errors mean the plugin must not be packaged as it is.
 */
export function selectFiles(root: string, options: SelectOptions = {}): Selection {
  const walker = new Walker(path.resolve(root), options);
  walker.run();
  return walker.result();
}

class Walker {
  private readonly rules: IgnoreRules;
  /** The repository (or the root), real path: link targets are compared with it. */
  private readonly boundary: string;
  private readonly realRoot: string;
  private readonly allowed: (rel: string) => boolean;
  private readonly exclude: Set<string>;
  private readonly excludePatterns: RegExp[];
  private readonly files: SelectedFile[] = [];
  private readonly findings: Finding[] = [];
  private readonly flagged: Flagged[] = [];
  private readonly defaultHits = new Map<string, number>();
  private readonly refused = new Map<string, string>();
  /** Real paths of the directories being walked (the current chain): a link back to one is a loop. */
  private readonly walking = new Set<string>();

  constructor(
    private readonly root: string,
    private readonly options: SelectOptions,
  ) {
    this.rules = loadIgnoreRules(root);
    // Real paths on both sides: link targets are real paths, and a plugin reached through a linked
    // parent (or macOS's /var → /private/var) must not look outside its own repository.
    this.boundary = safeRealpath(options.boundary ?? repositoryRoot(root) ?? root);
    this.realRoot = safeRealpath(root);
    this.allowed = patternMatcher(options.allowFiles ?? []);
    this.exclude = new Set();
    this.excludePatterns = [];
    for (const e of options.exclude ?? []) {
      if (typeof e === 'string') this.exclude.add(e);
      else this.excludePatterns.push(e);
    }
    this.findings.push(...this.rules.findings);
  }

  run(): void {
    this.walking.add(this.realRoot);
    this.visit(this.root, '', this.realRoot, undefined, false, 0);
  }

  result(): Selection {
    this.files.sort((a, b) => byteOrder(a.path, b.path));
    // An empty directory packages nothing (zips carry no directory entries): nothing to warn about.
    for (const f of this.flagged) if (f.count > 0) this.findings.push(flagFinding(f));
    if (this.rules.file === null)
      this.findings.push(
        defaultsFinding(
          this.defaultHits,
          this.boundary !== this.root && existsSync(path.join(this.boundary, '.gitignore')),
        ),
      );
    const extra = this.options.extra ?? [];
    const all = [...this.files, ...extra];
    const totalSize = all.reduce((n, f) => n + f.size, 0);
    const maxSize = this.options.maxSize ?? DEFAULT_MAX_SIZE;
    if (totalSize > maxSize) this.findings.push(sizeFinding(all, totalSize, maxSize));
    if (all.length > MARKETPLACE_MAX_FILES) {
      this.findings.push(
        finding(
          'DPR410',
          `${all.length} files would be packaged; the marketplace accepts at most ${MARKETPLACE_MAX_FILES}`,
          { fix: 'Exclude generated or vendored files in .difyignore.' },
        ),
      );
    }
    return {
      files: this.files,
      ignoreFile: this.rules.file,
      findings: this.findings,
      totalSize,
      boundary: this.boundary,
      refused: this.refused,
    };
  }

  /**
   * Walk one directory; `realDir` is its real path (symlinks resolved), `flag` the hidden or leftover
   * ancestor already reported, if any; `linked` when the directory was reached through a symlink (its
   * files' real paths are checked too). The real path of an entry that is not a link is its parent's
   * joined with its name, so no path is resolved again from the root: the walk stays linear in the
   * number of directories, however deep (resolving each one cost time cubic in the depth).
   */
  private visit(
    dir: string,
    rel: string,
    realDir: string,
    flag: Flagged | undefined,
    linked: boolean,
    depth: number,
  ): void {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      this.findings.push(cannotRead(rel || '.', error, true));
      return;
    }
    entries.sort((a, b) => byteOrder(a.name, b.name));
    for (const entry of entries) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      const full = path.join(dir, entry.name);
      if (this.exclude.has(childRel) || this.excludePatterns.some((p) => p.test(childRel))) continue;
      const link = entry.isSymbolicLink();
      let stats: Stats | undefined;
      if (link) {
        try {
          stats = statSync(full);
        } catch {
          stats = undefined;
        }
      }
      const isDir = link ? Boolean(stats?.isDirectory()) : entry.isDirectory();
      const verdict = this.rules.test(childRel, isDir);
      if (verdict.ignored) {
        if (this.rules.file === null && verdict.pattern) {
          this.defaultHits.set(verdict.pattern, (this.defaultHits.get(verdict.pattern) ?? 0) + 1);
        }
        continue;
      }
      let real = path.join(realDir, entry.name);
      if (link) {
        const target = this.followable(full, childRel, stats);
        if (target === undefined) continue;
        real = target;
      }
      let gitFlag: Flagged | undefined;
      if (isDir && entry.name === '.git') {
        if (!this.allowedPath(childRel)) {
          this.findings.push(gitFinding(this.rules.file, childRel));
          continue;
        }
        this.findings.push(
          finding('DPR408', `${childRel}/ is ${GIT_DIR_REASON}; packaged: allowed by --allow-file`, {
            file: childRel,
          }),
        );
        // Reported once here: no hidden-file or leftover warning for each file inside.
        gitFlag = { rel: `${childRel}/`, count: 0, code: 'DPR406', reason: '' };
      }
      if (isDir) {
        if (this.walking.has(real)) {
          this.findings.push(
            finding('DPR407', `${childRel} links back to a directory above it (a symlink loop)`, {
              file: childRel,
              fix: 'Remove the link, or exclude it in .difyignore.',
            }),
          );
          continue;
        }
        if (depth + 1 > MAX_DEPTH) {
          this.refuse(childRel, `is nested more than ${MAX_DEPTH} directories deep`);
          this.findings.push(
            finding(
              'DPR407',
              `${childRel}/ is nested more than ${MAX_DEPTH} directories below the plugin root; it is not walked, so its files would be missing from the package`,
              {
                file: childRel,
                fix: 'Flatten the tree, or exclude it in .difyignore (no plugin needs this depth: the deepest published one nests 5).',
              },
            ),
          );
          continue;
        }
        const childFlag = flag ?? gitFlag ?? this.flagDir(childRel, entry.name, full);
        this.walking.add(real);
        this.visit(full, childRel, real, childFlag, linked || link, depth + 1);
        this.walking.delete(real);
      } else if (entry.isFile() || stats?.isFile()) {
        // A file reached through a linked directory: judge its real path too (`conf -> ../.aws`).
        if (linked && !link && !this.safeTarget(childRel, real)) continue;
        this.addFile(childRel, entry.name, full, stats, flag, linked || link);
      } else {
        const kind = stats ? kindOf(stats) : direntKind(entry);
        this.refuse(childRel, `is not a regular file (${kind})`);
        this.findings.push(
          finding(
            'DPR407',
            `${childRel} is not a regular file (${kind}): a package holds only regular files, and reading it could hang or never end`,
            {
              file: childRel,
              fix: 'Remove it from the plugin, or exclude it in .difyignore.',
            },
          ),
        );
      }
    }
  }

  /** Remember why an existing file is not selected (for "it exists, but …"). */
  private refuse(rel: string, why: string): void {
    this.refused.set(rel, why);
  }

  /**
   * Refuse broken links and links leaving the repository; follow the rest with a notice. Returns the
   * link's real target when it is followed.
   */
  private followable(full: string, rel: string, stats: Stats | undefined): string | undefined {
    let target: string;
    try {
      if (!stats) throw new Error('broken');
      target = realpathSync.native(full);
    } catch {
      this.refuse(rel, 'is a broken symlink');
      this.findings.push(
        finding('DPR303', `${rel} is a broken symlink`, {
          file: rel,
          fix: 'Remove the link or point it at an existing file inside the repository.',
        }),
      );
      return undefined;
    }
    if (!isInside(this.boundary, target)) {
      this.refuse(rel, `is a symlink to ${target}, outside the repository`);
      this.findings.push(
        finding('DPR303', `${rel} is a symlink to ${target}, outside the repository (${this.boundary})`, {
          file: rel,
          fix: 'Copy the file into the plugin instead: a link out of the repository is not reproducible.',
        }),
      );
      return undefined;
    }
    if (!this.safeTarget(rel, target)) return undefined;
    const shown = toSlash(path.relative(this.realRoot, target)) || '.';
    const dev = devTargetReason(this.boundary, this.realRoot, target, Boolean(stats?.isDirectory()));
    if (dev) {
      this.findings.push(
        finding('DPR406', `${rel} is a symlink to ${shown}, inside ${dev.dir}: it looks like ${dev.reason}`, {
          file: rel,
          fix: `Remove the link, or add ${rel} to .difyignore.`,
        }),
      );
    }
    this.findings.push(
      finding('DPR311', `${rel} is a symlink to ${shown}; its content is packaged`, { file: rel }),
    );
    return target;
  }

  /**
   * The secret rules applied to where a link leads (its path in the repository), not only to the
   * link's own harmless name (`settings.txt -> ../.env`): refused (DPR401) unless allowed. `rel` is
   * the path in the plugin, `target` the real path, inside the boundary.
   */
  private safeTarget(rel: string, target: string): boolean {
    const targetRel = toSlash(path.relative(this.boundary, target));
    const secret = inGitDir(targetRel) ? GIT_DIR_REASON : secretReason(targetRel);
    if (!secret || (secretReason(rel) && !inGitDir(targetRel))) return true; // its own name says it
    const shown = toSlash(path.relative(this.realRoot, target)) || '.';
    if (this.allowed(rel)) {
      this.findings.push(
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
    this.refuse(rel, `leads to ${shown}, which looks like a secret`);
    this.findings.push(
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

  private allowedPath(rel: string): boolean {
    return this.allowed(rel) || this.allowed(`${rel}/`);
  }

  private flagDir(rel: string, name: string, full: string): Flagged | undefined {
    const reason = devDirReason(name, existsSync(path.join(full, 'pyvenv.cfg')));
    if (reason) return this.flag({ rel: `${rel}/`, count: 0, code: 'DPR406', reason });
    if (name.startsWith('.')) return this.flag({ rel: `${rel}/`, count: 0, code: 'DPR404', reason: '' });
    return undefined;
  }

  private flag(f: Flagged): Flagged {
    this.flagged.push(f);
    return f;
  }

  private addFile(
    rel: string,
    name: string,
    full: string,
    stats: Stats | undefined,
    flag: Flagged | undefined,
    linked: boolean,
  ): void {
    if (rel.includes('\\')) {
      this.refuse(rel, 'has a backslash in its name');
      this.findings.push(
        finding('DPR407', `${rel} has a backslash in its name; the Dify CLI would turn it into a folder`, {
          file: rel,
          fix: 'Rename the file without a backslash.',
        }),
      );
      return;
    }
    let size: number;
    try {
      if (this.options.probeReadable !== false) {
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
        this.refuse(rel, error.message.slice(rel.length + 1));
        this.findings.push(finding('DPR407', error.message, { file: rel, fix: refusalFix(error) }));
      } else {
        this.refuse(rel, 'cannot be read');
        this.findings.push(cannotRead(rel, error, false));
      }
      return;
    }
    const secret = secretReason(rel);
    if (secret) {
      if (!this.allowed(rel)) {
        this.refuse(rel, 'looks like a secret');
        this.findings.push(
          finding('DPR401', `${rel} looks like a secret: ${secret}; refusing to package it`, {
            file: rel,
            fix: `Exclude it in .difyignore, or if it holds no secret, package it with --allow-file ${rel}.`,
          }),
        );
        return;
      }
      this.findings.push(
        finding('DPR408', `${rel} looks like a secret (${secret}) but is packaged: allowed by --allow-file`, {
          file: rel,
        }),
      );
    }
    this.files.push(linked ? { path: rel, size, source: full, linked } : { path: rel, size, source: full });
    if (flag) {
      flag.count++;
      return;
    }
    const dev = devFileReason(name);
    if (dev) this.flag({ rel, count: 1, code: 'DPR406', reason: dev });
    else if (name.startsWith('.') && !secret && !isExpectedHidden(rel)) {
      this.flag({ rel, count: 1, code: 'DPR404', reason: '' });
    }
  }
}

/** Kept for existing importers; new code imports it from ./format.js (no packager loaded). */
export { formatSize } from '../core/format.js';

/** What a directory entry is when it is neither a file, a directory nor a link. */
function direntKind(entry: Dirent): string {
  if (entry.isFIFO()) return 'a named pipe';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'a device';
  return 'not a file';
}

function safeRealpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}
