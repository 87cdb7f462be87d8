import {
  closeSync,
  type Dirent,
  existsSync,
  openSync,
  readdirSync,
  realpathSync,
  type Stats,
  statSync,
} from 'node:fs';
import path from 'node:path';
import { finding } from '../core/codes.js';
import type { Finding } from '../core/finding.js';
import { LIMITS } from '../core/limits.js';
import { byteOrder, isInside, repositoryRoot } from '../core/paths.js';
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
}

export interface Selection {
  files: SelectedFile[];
  /** The ignore file in force, or `null` when there is none (our defaults applied, DPR405). */
  ignoreFile: IgnoreFileName | null;
  findings: Finding[];
  /** Sum of the sizes of the selected and extra files. */
  totalSize: number;
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
    this.visit(this.root, '', new Set([this.realRoot]), undefined, false);
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
    return { files: this.files, ignoreFile: this.rules.file, findings: this.findings, totalSize };
  }

  /**
   * Walk one directory; `flag` is the hidden or leftover ancestor already reported, if any; `linked`
   * when the directory was reached through a symlink (its files' real paths are checked too).
   */
  private visit(
    dir: string,
    rel: string,
    realDirs: Set<string>,
    flag: Flagged | undefined,
    linked: boolean,
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
      let stats: Stats | undefined;
      if (entry.isSymbolicLink()) {
        try {
          stats = statSync(full);
        } catch {
          stats = undefined;
        }
      }
      const isDir = entry.isSymbolicLink() ? Boolean(stats?.isDirectory()) : entry.isDirectory();
      const verdict = this.rules.test(childRel, isDir);
      if (verdict.ignored) {
        if (this.rules.file === null && verdict.pattern) {
          this.defaultHits.set(verdict.pattern, (this.defaultHits.get(verdict.pattern) ?? 0) + 1);
        }
        continue;
      }
      if (entry.isSymbolicLink() && !this.followable(full, childRel, stats)) continue;
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
        const real = safeRealpath(full);
        if (realDirs.has(real)) {
          this.findings.push(
            finding('DPR407', `${childRel} links back to a directory above it (a symlink loop)`, {
              file: childRel,
              fix: 'Remove the link, or exclude it in .difyignore.',
            }),
          );
          continue;
        }
        const childFlag = flag ?? gitFlag ?? this.flagDir(childRel, entry.name, full);
        this.visit(full, childRel, new Set([...realDirs, real]), childFlag, linked || entry.isSymbolicLink());
      } else if (entry.isFile() || stats?.isFile()) {
        // A file reached through a linked directory: judge its real path too (`conf -> ../.aws`).
        if (linked && !entry.isSymbolicLink() && !this.safeTarget(childRel, safeRealpath(full))) continue;
        this.addFile(childRel, entry.name, full, stats, flag);
      } else {
        this.findings.push(
          finding('DPR407', `${childRel} is not a regular file (a socket, pipe or device)`, {
            file: childRel,
            fix: 'Remove it from the plugin, or exclude it in .difyignore.',
          }),
        );
      }
    }
  }

  /** Refuse broken links and links leaving the repository; follow the rest with a notice. */
  private followable(full: string, rel: string, stats: Stats | undefined): boolean {
    let target: string;
    try {
      if (!stats) throw new Error('broken');
      target = realpathSync(full);
    } catch {
      this.findings.push(
        finding('DPR303', `${rel} is a broken symlink`, {
          file: rel,
          fix: 'Remove the link or point it at an existing file inside the repository.',
        }),
      );
      return false;
    }
    if (!isInside(this.boundary, target)) {
      this.findings.push(
        finding('DPR303', `${rel} is a symlink to ${target}, outside the repository (${this.boundary})`, {
          file: rel,
          fix: 'Copy the file into the plugin instead: a link out of the repository is not reproducible.',
        }),
      );
      return false;
    }
    if (!this.safeTarget(rel, target)) return false;
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
    return true;
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

  private addFile(rel: string, name: string, full: string, stats: Stats | undefined, flag?: Flagged): void {
    if (rel.includes('\\')) {
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
      size = (stats ?? statSync(full)).size;
      if (this.options.probeReadable !== false) closeSync(openSync(full, 'r'));
    } catch (error) {
      this.findings.push(cannotRead(rel, error, false));
      return;
    }
    const secret = secretReason(rel);
    if (secret) {
      if (!this.allowed(rel)) {
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
    this.files.push({ path: rel, size, source: full });
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

function safeRealpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}
