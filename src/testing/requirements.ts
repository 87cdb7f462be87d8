import { createHash } from 'node:crypto';
import { type Dirent, lstatSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CheckFailedError } from '../core/errors.js';
import { LIMITS } from '../core/limits.js';
import { repositoryRoot } from '../core/paths.js';
import { FileReadError, readRegularFile, readRegularText } from '../io/read.js';
import { normalizeName, parseRequirementsText, requirementName } from '../python/project.js';

/** How a plugin declares its dependencies: a uv lock, a requirements file, or nothing. */
export type DependencyMode = 'uv' | 'pip' | 'none';

/** One requirement line, with where it was written. */
export interface Requirement {
  /** The requirement as pip reads it (options, hashes and comments removed). */
  text: string;
  /** The distribution name, when the line names one (not a bare URL or path). */
  name?: string;
  /** File relative to the plugin root, and 1-based line. */
  file: string;
  line: number;
}

export interface Dependencies {
  mode: DependencyMode;
  /** The file dependencies are installed from, relative to the plugin root. */
  file?: string;
  /** The content the environment cache is keyed on (lock, pyproject, requirements and includes). */
  fingerprint: string;
  /** The requirements (pip mode; for uv, filled from `uv export` only when an install fails). */
  requirements: Requirement[];
  /** uv: the text of pyproject.toml ('' when there is none). */
  pyproject?: string;
}

export const UV_LOCK = 'uv.lock';
export const REQUIREMENTS = 'requirements.txt';

/** Whether `root/name` exists at all (whatever it is: a FIFO named requirements.txt is refused, not ignored). */
function present(root: string, name: string): boolean {
  try {
    lstatSync(path.join(root, name));
    return true;
  } catch {
    return false;
  }
}

/**
 * A dependency file of the plugin, read through the one reader for plugin files: a regular file
 * inside `boundary`, within the size cap. A FIFO, a device, a symlink leaving the plugin or an
 * oversized file is a clear error naming the file, never a hang past `--timeout`.
 */
function readDependencyFile(file: string, label: string, boundary: string, maxBytes: number): string {
  try {
    return readRegularText(file, { maxBytes, root: boundary });
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error;
    const why =
      error.reason === 'not-a-file'
        ? error.message.slice(error.message.lastIndexOf('(')).replace(/^\(|\)$/g, '')
        : error.reason === 'too-large'
          ? `larger than ${maxBytes} bytes`
          : error.reason === 'outside'
            ? `a link to a file outside ${boundary}`
            : error.reason === 'missing'
              ? 'missing'
              : 'unreadable';
    throw new CheckFailedError(
      `${label} cannot be read as the plugin's dependency file: it is ${why}`,
      `Make ${label} a regular text file inside the plugin (the installers read it as one).`,
    );
  }
}

/** `uv sync --frozen` when there is a `uv.lock`, else `requirements.txt`, else nothing to install. */
export function readDependencies(root: string): Dependencies {
  if (present(root, UV_LOCK)) {
    const lock = readDependencyFile(path.join(root, UV_LOCK), UV_LOCK, root, LIMITS.maxPackageBytes);
    const pyproject = present(root, 'pyproject.toml')
      ? readDependencyFile(path.join(root, 'pyproject.toml'), 'pyproject.toml', root, LIMITS.maxTextBytes)
      : '';
    return {
      mode: 'uv',
      file: UV_LOCK,
      fingerprint: `uv.lock\n${lock}\npyproject.toml\n${pyproject}`,
      requirements: [],
      pyproject,
    };
  }
  if (present(root, REQUIREMENTS)) {
    const texts: string[] = [];
    const requirements = parseRequirementsFile(root, REQUIREMENTS, texts);
    return { mode: 'pip', file: REQUIREMENTS, fingerprint: texts.join('\n'), requirements };
  }
  return { mode: 'none', fingerprint: '', requirements: [] };
}

/**
 * The requirements of a file, following `-r` includes; `contents` collects what the environment
 * depends on (every file read, `-c` constraints files, and the content of local-path requirements),
 * for the cache key. Options (`--index-url`, `-c`, `--hash=…`) and comments are dropped; `-e` lines
 * kept as text without a name. The top file must be inside the plugin; included and constraints
 * files inside the repository holding it (a monorepo's shared constraints), else the plugin.
 */
export function parseRequirementsFile(
  root: string,
  file: string,
  contents: string[] = [],
  seen = new Set<string>(),
): Requirement[] {
  const full = path.resolve(root, file);
  if (seen.has(full) || seen.size > 20) return [];
  const top = seen.size === 0;
  seen.add(full);
  const boundary = top ? root : (repositoryRoot(root) ?? root);
  const rel = path.relative(root, full).split(path.sep).join('/');
  if (!top && !present(path.dirname(full), path.basename(full))) return [];
  const text = readDependencyFile(full, rel, boundary, LIMITS.maxTextBytes);
  contents.push(`${file}\n${text}`);
  return requirementsOf(text, rel, {
    include: (target) =>
      parseRequirementsFile(
        root,
        path.relative(root, path.resolve(path.dirname(full), target)),
        contents,
        seen,
      ),
    constraint: (target) =>
      contents.push(`-c ${target}\n${readOr(path.resolve(path.dirname(full), target), boundary)}`),
    local: (target) => contents.push(`local ${target}\n${fingerprintPath(path.resolve(root, target))}`),
  });
}

/** Requirements read from text with no file behind it (`uv export`'s output): includes are not followed. */
export function parseRequirementsString(text: string, file: string): Requirement[] {
  return requirementsOf(text, file, {});
}

function requirementsOf(
  text: string,
  rel: string,
  on: {
    include?: (target: string) => Requirement[];
    constraint?: (target: string) => void;
    local?: (target: string) => void;
  },
): Requirement[] {
  const out: Requirement[] = [];
  for (const { line, kind, value } of parseRequirementsText(text)) {
    if (kind === 'include') out.push(...(on.include?.(value) ?? []));
    else if (kind === 'constraint') on.constraint?.(value);
    else if (kind === 'editable' || kind === 'requirement') {
      const local = localPath(value);
      if (local !== undefined) on.local?.(local);
      const name = kind === 'requirement' ? requirementName(value) : undefined;
      out.push({ text: value, ...(name ? { name } : {}), file: rel, line });
    }
  }
  return out;
}

/**
 * The path a requirement installs from, when it is local: `./pkg`, `../x.whl`, `/abs`, `C:\\x`,
 * `file:` URLs (also as `name @ file:…`), or an archive name; relative paths are pip's (from the
 * directory it runs in: the plugin root).
 */
export function localPath(requirement: string): string | undefined {
  const target = (/^\S+\s*@\s*(\S+)/.exec(requirement)?.[1] ?? requirement).replace(/#.*$/, '');
  if (/^file:/i.test(target)) {
    try {
      return fileURLToPath(target);
    } catch {
      return undefined;
    }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) return undefined;
  const bare = target.replace(/\[[^\]]*\]$/, '');
  if (/^(?:\.{1,2}[\\/]|[\\/]|~[\\/]|[A-Za-z]:[\\/])/.test(bare)) return bare;
  if (/\.(?:whl|zip|tar\.gz|tgz|tar\.bz2|tar\.xz)$/i.test(bare)) return bare;
  return undefined;
}

/** A constraints file's content for the cache key; one that is missing is pip's error to report. */
function readOr(file: string, boundary: string): string {
  try {
    lstatSync(file);
  } catch {
    return '(missing)';
  }
  return readDependencyFile(file, path.basename(file), boundary, LIMITS.maxTextBytes);
}

const SKIPPED_DIRS = new Set([
  '.git',
  '.hg',
  '.svn',
  '__pycache__',
  '.venv',
  'venv',
  'node_modules',
  'build',
  'dist',
  '.tox',
  '.nox',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
]);

/**
 * What a local requirement's content is, for the cache key: the hash of a file (a wheel, an sdist),
 * or of a directory's files (their paths and contents; past a budget, their sizes and times).
 */
export function fingerprintPath(target: string): string {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(target);
  } catch {
    return '(missing)';
  }
  const hash = createHash('sha256');
  if (stat.isFile()) return hash.update(readOrSize(target, stat.size)).digest('hex');
  let budget = 64 * 1024 * 1024;
  let files = 0;
  const walk = (dir: string, rel: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      const name = `${rel}${e.name}`;
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.has(e.name) && !e.name.endsWith('.egg-info')) walk(full, `${name}/`);
      } else if (e.isFile() && !/\.py[co]$/.test(e.name)) {
        if (++files > 20_000) return;
        const s = statSync(full, { throwIfNoEntry: false });
        if (!s) continue;
        hash.update(`${name}\0`);
        if (s.size <= budget) {
          budget -= s.size;
          hash.update(readOrSize(full, s.size));
        } else {
          hash.update(`${s.size} ${s.mtimeMs}`);
        }
      }
    }
  };
  walk(target, '');
  return hash.digest('hex');
}

/** A local requirement's file content (a FIFO or a file that grows reads as its size: never a hang). */
function readOrSize(file: string, size: number): Buffer | string {
  try {
    return readRegularFile(file, { maxBytes: Math.max(size, 1) * 2 + 1024 });
  } catch {
    return `(not a regular file, ${size} bytes)`;
  }
}

/** Distributions whose import name is not their own name. */
const IMPORT_NAMES: Record<string, string[]> = {
  pyyaml: ['yaml'],
  beautifulsoup4: ['bs4'],
  pillow: ['pil'],
  'scikit-learn': ['sklearn'],
  'python-dateutil': ['dateutil'],
  'opencv-python': ['cv2'],
  'opencv-python-headless': ['cv2'],
  protobuf: ['google'],
  'python-dotenv': ['dotenv'],
  pymupdf: ['fitz'],
  attrs: ['attr', 'attrs'],
  'python-docx': ['docx'],
  'python-pptx': ['pptx'],
  'google-generativeai': ['google'],
  'google-genai': ['google'],
  'mysql-connector-python': ['mysql'],
  'psycopg2-binary': ['psycopg2'],
  pyjwt: ['jwt'],
};

/** The requirement that provides a top-level module, by name (best effort, for messages). */
export function requirementForModule<T extends { name?: string }>(
  module: string,
  requirements: readonly T[],
): T | undefined {
  const top = normalizeName(module.split('.')[0] ?? module);
  return requirements.find((r) => {
    if (!r.name) return false;
    const name = normalizeName(r.name);
    return (
      name === top ||
      name === `python-${top}` ||
      name === `py${top}` ||
      (IMPORT_NAMES[name] ?? []).some((m) => normalizeName(m) === top)
    );
  });
}
