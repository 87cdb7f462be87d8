/**
 * Package contents, as the toolkit's `check-package-contents` grades them (marketplace-toolkit.md
 * §A.3): blocked directories, file names and suffixes, archives, the 50 MiB limits and the 5000-file
 * cap; plus the official repository's "no virtual environment at the plugin root".
 */
import { finding } from '../../core/codes.js';
import type { Finding } from '../../core/finding.js';
import { LIMITS } from '../../core/limits.js';
import { formatSize } from '../../selection/select.js';
import { baseName, type CheckContext, pySuffix } from './context.js';

/** 50 MiB, for the `.difypkg` file and for the sum of unpacked sizes (toolkit MAX_PACKAGE_BYTES). */
export const MAX_PACKAGE_BYTES = LIMITS.maxPackageBytes;
/** More files than this is an error (toolkit MAX_PACKAGE_FILES). */
export const MAX_PACKAGE_FILES = 5000;

/** Directory names blocked at any depth; the toolkit stops walking into them. */
const BLOCKED_DIRS = new Set([
  '.git',
  '.hg',
  '.svn',
  '.venv',
  'venv',
  'env',
  '__pycache__',
  '.pytest_cache',
  '.ruff_cache',
  '.mypy_cache',
  '.tox',
  '.nox',
  '.idea',
  '.vscode',
  'node_modules',
  'pycache',
]);
const REVIEW_DIRS = new Set(['build', 'dist']);
/** Matched case-sensitively, as the toolkit does. */
const BLOCKED_NAMES = new Set(['.DS_Store', '.gitconfig', 'Thumbs.db', 'desktop.ini', 'id_rsa']);
const ENV_TEMPLATES = new Set(['.env.example', '.env.sample', '.env.template']);
const BLOCKED_SUFFIXES = new Set([
  '.key',
  '.pem',
  '.p12',
  '.pfx',
  '.pyc',
  '.pyo',
  '.log',
  '.tmp',
  '.swp',
  '.swo',
  '.bak',
]);
const ARCHIVE_SUFFIXES = new Set(['.zip', '.tar', '.gz', '.tgz', '.bz2', '.xz', '.7z', '.rar']);

export function contentsRules(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const blocked = new Map<string, number>();
  const review = new Set<string>();
  let total = 0;
  for (const file of ctx.access.files) {
    total += file.size;
    const parts = file.path.split('/');
    const dirs = parts.slice(0, -1);
    const hit = dirs.findIndex((d) => BLOCKED_DIRS.has(d));
    if (hit >= 0) {
      const dir = dirs.slice(0, hit + 1).join('/');
      blocked.set(dir, (blocked.get(dir) ?? 0) + 1);
      continue; // pruned: nothing below a blocked directory is looked at
    }
    dirs.forEach((d, i) => {
      if (REVIEW_DIRS.has(d)) review.add(dirs.slice(0, i + 1).join('/'));
    });
    const name = baseName(file.path);
    const suffix = pySuffix(name);
    if (BLOCKED_NAMES.has(name) || isBlockedEnv(name)) {
      out.push(
        finding('DPR503', `${file.path}: the marketplace blocks this file (${describeName(name)})`, {
          file: file.path,
          fix: `Remove it from the package: add ${name} to .difyignore.`,
        }),
      );
    } else if (BLOCKED_SUFFIXES.has(suffix)) {
      out.push(
        finding(
          'DPR504',
          `${file.path}: the marketplace blocks *${suffix} files (keys, bytecode, logs, editor and backup files)`,
          {
            file: file.path,
            fix: `Add *${suffix} to .difyignore.`,
          },
        ),
      );
    } else if (ARCHIVE_SUFFIXES.has(suffix)) {
      out.push(
        finding('DPR505', `${file.path} is an archive: a marketplace reviewer must look inside it`, {
          file: file.path,
          fix: 'Ship the files unpacked, or exclude the archive in .difyignore if the plugin does not need it.',
        }),
      );
    }
  }
  for (const [dir, count] of blocked) {
    out.push(
      finding(
        'DPR501',
        `${dir}/ (${count} file${count === 1 ? '' : 's'}) is packaged: the marketplace blocks ${baseName(dir)}/ directories`,
        { file: dir, fix: `Add ${baseName(dir)}/ to .difyignore.` },
      ),
    );
  }
  for (const dir of review) {
    out.push(
      finding('DPR502', `${dir}/ is packaged: the marketplace asks a reviewer to check build output`, {
        file: dir,
        fix: `Exclude ${baseName(dir)}/ in .difyignore unless the plugin loads files from it at run time.`,
      }),
    );
  }
  out.push(...venvAtRoot(ctx), ...sizeRules(ctx, total));
  return out;
}

function isBlockedEnv(name: string): boolean {
  return !ENV_TEMPLATES.has(name) && (name === '.env' || name.startsWith('.env.'));
}

function describeName(name: string): string {
  if (name === '.env' || name.startsWith('.env.')) {
    return 'environment files hold credentials; only .env.example, .env.sample and .env.template may ship';
  }
  if (name === 'id_rsa') return 'a private SSH key';
  if (name === '.gitconfig') return 'a git configuration';
  return 'operating-system metadata';
}

/**
 * The official repository's pre-check refuses a `.venv*` or `venv*` directory at the plugin root.
 * The toolkit blocks only the exact names `.venv` and `venv` (DPR501); for third-party plugins a
 * `.venv312` is reported as a warning, since it is surely a virtual environment.
 */
function venvAtRoot(ctx: CheckContext): Finding[] {
  const roots = new Set<string>();
  for (const f of ctx.access.files) {
    const i = f.path.indexOf('/');
    if (i < 0) continue;
    const top = f.path.slice(0, i);
    if (/^\.?venv/.test(top) && !BLOCKED_DIRS.has(top)) roots.add(top);
  }
  const official = ctx.profile === 'official';
  return [...roots].map((dir) =>
    finding(
      'DPR508',
      `${dir}/ at the plugin root looks like a virtual environment${official ? ': the official repository refuses .venv*/venv* directories' : ''}`,
      {
        file: dir,
        severity: official ? 'error' : 'warning',
        fix: `Add ${dir}/ to .difyignore.`,
      },
    ),
  );
}

function sizeRules(ctx: CheckContext, total: number): Finding[] {
  const out: Finding[] = [];
  const packageSize = ctx.access.packageSize;
  const files = ctx.access.files;
  if (packageSize !== undefined && packageSize > MAX_PACKAGE_BYTES) {
    out.push(
      finding(
        'DPR506',
        `the .difypkg file is ${formatSize(packageSize)}: the marketplace refuses packages over 50 MiB`,
        {
          fix: 'Exclude what the plugin does not need at run time in .difyignore (data sets, media, vendored libraries).',
        },
      ),
    );
  }
  if (total > MAX_PACKAGE_BYTES) {
    const largest = [...files]
      .sort((a, b) => b.size - a.size)
      .slice(0, 3)
      .map((f) => `${f.path} (${formatSize(f.size)})`)
      .join(', ');
    out.push(
      finding(
        'DPR506',
        `the packaged files add up to ${formatSize(total)} uncompressed: the marketplace refuses more than 50 MiB; the largest: ${largest}`,
        { fix: 'Exclude what the plugin does not need at run time in .difyignore.' },
      ),
    );
  }
  if (files.length > MAX_PACKAGE_FILES) {
    out.push(
      finding(
        'DPR507',
        `the package holds ${files.length} files: the marketplace refuses more than ${MAX_PACKAGE_FILES}`,
        {
          fix: 'Exclude vendored or generated trees in .difyignore; dependencies belong in requirements.txt or pyproject.toml.',
        },
      ),
    );
  }
  return out;
}
