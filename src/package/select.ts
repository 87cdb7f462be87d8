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
import { errorMessage } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import { byteOrder, isInside, repositoryRoot } from '../core/paths.js';
import {
  devDirReason,
  devFileReason,
  GIT_DIR_REASON,
  inGitDir,
  isExpectedHidden,
  secretReason,
} from './file-rules.js';
import { formatSize } from './format.js';
import { type IgnoreFileName, type IgnoreRules, loadIgnoreRules, patternMatcher } from './ignore.js';

/** The daemon's default limit on a package's uncompressed size: 50 MiB. */
export const DEFAULT_MAX_SIZE = 50 * 1024 * 1024;
/** The marketplace refuses packages of more files than this. */
export const MARKETPLACE_MAX_FILES = 5000;

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

interface Flagged {
  rel: string;
  count: number;
  code: 'DPR404' | 'DPR406';
  reason: string;
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
    if (this.rules.file === null) this.findings.push(this.defaultsFinding());
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
          this.findings.push(this.gitFinding(childRel));
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

  private gitFinding(rel: string): Finding {
    const fix =
      this.rules.file === '.difyignore'
        ? `Add ${rel}/ to .difyignore: the Dify CLI reads it too, so the package and its checksum stay identical to what Dify's CLI makes. To package it anyway: --allow-file ${rel}.`
        : this.rules.file === '.gitignore'
          ? `Add a .difyignore listing ${rel}/ (and what .gitignore lists: the Dify CLI then reads .difyignore instead); the Dify CLI reads it too, so the package and its checksum stay identical to what Dify's CLI makes. To package it anyway: --allow-file ${rel}.`
          : `Add a .difyignore listing ${rel}/. To package it anyway: --allow-file ${rel}.`;
    return finding(
      'DPR401',
      `${rel}/ would be packaged (${this.rules.file ?? 'no ignore file'} does not exclude it): it is ${GIT_DIR_REASON}; refusing to package it`,
      { file: rel, fix },
    );
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

  private defaultsFinding(): Finding {
    const hits = [...this.defaultHits.entries()].map(([p, n]) => `${p} (${n})`);
    const repoIgnore =
      this.boundary !== this.root && existsSync(path.join(this.boundary, '.gitignore'))
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
}

function flagFinding(f: Flagged): Finding {
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

function sizeFinding(files: readonly { path: string; size: number }[], total: number, max: number): Finding {
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

/** Kept for existing importers; new code imports it from ./format.js (no packager loaded). */
export { formatSize } from './format.js';

/**
 * Whether a link's target (a real path inside `boundary`) lies in a development leftover directory
 * (a virtual environment, `node_modules`, a cache), judged on its path in the repository below the
 * directory it shares with the plugin (a plugin kept under `dist/` is not a leftover itself).
 */
function devTargetReason(
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

function toSlash(p: string): string {
  return p.split(path.sep).join('/');
}

function cannotRead(rel: string, error: unknown, dir: boolean): Finding {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : errorMessage(error);
  return finding('DPR407', `${dir ? 'directory ' : ''}${rel} cannot be read (${why})`, {
    file: rel === '.' ? undefined : rel,
    fix: 'Fix its permissions, or exclude it in .difyignore.',
  });
}

function safeRealpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}
