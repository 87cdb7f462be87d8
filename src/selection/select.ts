// The file selection: which files of a plugin directory a package holds, walked as the Dify CLI
// walks them. Its types live in ./select-types.ts, its link and file checks in ./walk-*.ts.
import { type Dirent, existsSync, readdirSync, type Stats, statSync } from 'node:fs';
import path from 'node:path';
import { finding } from '../core/codes.js';
import type { Finding } from '../core/finding.js';
import { byteOrder, repositoryRoot } from '../core/paths.js';
import { kindOf } from '../io/read.js';
import { devDirReason, GIT_DIR_REASON } from './file-rules.js';
import { type IgnoreRules, loadIgnoreRules, patternMatcher } from './ignore.js';
import {
  cannotRead,
  defaultsFinding,
  type Flagged,
  flagFinding,
  gitFinding,
  sizeFinding,
} from './select-findings.js';
import {
  DEFAULT_MAX_SIZE,
  MARKETPLACE_MAX_FILES,
  MAX_DEPTH,
  type SelectedFile,
  type Selection,
  type SelectOptions,
} from './select-types.js';
import { addFile, direntKind, type FileContext } from './walk-files.js';
import { followable, safeRealpath, safeTarget } from './walk-links.js';

export {
  DEFAULT_MAX_SIZE,
  MARKETPLACE_MAX_FILES,
  MAX_DEPTH,
  type SelectedFile,
  type Selection,
  type SelectOptions,
} from './select-types.js';

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

class Walker implements FileContext {
  private readonly rules: IgnoreRules;
  /** The repository (or the root), real path: link targets are compared with it. */
  readonly boundary: string;
  readonly realRoot: string;
  readonly allowed: (rel: string) => boolean;
  private readonly exclude: Set<string>;
  private readonly excludePatterns: RegExp[];
  readonly files: SelectedFile[] = [];
  readonly findings: Finding[] = [];
  private readonly flagged: Flagged[] = [];
  private readonly defaultHits = new Map<string, number>();
  private readonly refused = new Map<string, string>();
  /** Real paths of the directories being walked (the current chain): a link back to one is a loop. */
  private readonly walking = new Set<string>();

  constructor(
    private readonly root: string,
    readonly options: SelectOptions,
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
        const target = followable(this, full, childRel, stats);
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
        if (linked && !link && !safeTarget(this, childRel, real)) continue;
        addFile(this, childRel, entry.name, full, stats, flag, linked || link);
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
  refuse(rel: string, why: string): void {
    this.refused.set(rel, why);
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

  flag(f: Flagged): Flagged {
    this.flagged.push(f);
    return f;
  }
}

/** Kept for existing importers; new code imports it from ./format.js (no packager loaded). */
export { formatSize } from '../core/format.js';
