import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

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
}

export const UV_LOCK = 'uv.lock';
export const REQUIREMENTS = 'requirements.txt';

/** `uv sync --frozen` when there is a `uv.lock`, else `requirements.txt`, else nothing to install. */
export function readDependencies(root: string): Dependencies {
  const lock = path.join(root, UV_LOCK);
  if (existsSync(lock)) {
    const pyproject = path.join(root, 'pyproject.toml');
    return {
      mode: 'uv',
      file: UV_LOCK,
      fingerprint: `uv.lock\n${readFileSync(lock, 'utf8')}\npyproject.toml\n${existsSync(pyproject) ? readFileSync(pyproject, 'utf8') : ''}`,
      requirements: [],
    };
  }
  if (existsSync(path.join(root, REQUIREMENTS))) {
    const texts: string[] = [];
    const requirements = parseRequirementsFile(root, REQUIREMENTS, texts);
    return { mode: 'pip', file: REQUIREMENTS, fingerprint: texts.join('\n'), requirements };
  }
  return { mode: 'none', fingerprint: '', requirements: [] };
}

/**
 * The requirements of a file, following `-r` includes; `contents` collects every file read (for the
 * cache key). Options (`--index-url`, `-c`, `--hash=…`) and comments are dropped; `-e` lines kept as
 * text without a name.
 */
export function parseRequirementsFile(
  root: string,
  file: string,
  contents: string[] = [],
  seen = new Set<string>(),
): Requirement[] {
  const full = path.resolve(root, file);
  if (seen.has(full) || seen.size > 20) return [];
  seen.add(full);
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch {
    return [];
  }
  contents.push(`${file}\n${text}`);
  const rel = path.relative(root, full).split(path.sep).join('/');
  const out: Requirement[] = [];
  for (const { line, value } of logicalLines(text)) {
    const include = /^(?:-r|--requirement)(?:\s+|=)(\S+)/.exec(value);
    if (include) {
      const target = path.relative(root, path.resolve(path.dirname(full), include[1]!));
      out.push(...parseRequirementsFile(root, target, contents, seen));
      continue;
    }
    const editable = /^(?:-e|--editable)(?:\s+|=)(\S+)/.exec(value);
    if (editable) {
      out.push({ text: editable[1]!, file: rel, line });
      continue;
    }
    if (value.startsWith('-')) continue;
    const requirement = value.replace(/\s+--hash[=\s]\S+/g, '').trim();
    if (!requirement) continue;
    const name = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*(?:[<>=!~;@(]|$)/.exec(
      requirement,
    )?.[1];
    out.push({ text: requirement, ...(name ? { name } : {}), file: rel, line });
  }
  return out;
}

/** Lines with comments removed and `\` continuations joined, each with its first line number. */
function logicalLines(text: string): { line: number; value: string }[] {
  const out: { line: number; value: string }[] = [];
  let buffer = '';
  let start = 0;
  text.split(/\r?\n/).forEach((raw, i) => {
    const stripped = raw.replace(/(^|\s)#.*$/, '');
    if (!buffer) start = i + 1;
    if (stripped.endsWith('\\')) {
      buffer += `${stripped.slice(0, -1)} `;
      return;
    }
    const value = (buffer + stripped).trim();
    buffer = '';
    if (value) out.push({ line: start, value });
  });
  if (buffer.trim()) out.push({ line: start, value: buffer.trim() });
  return out;
}

/** PEP 503 normalised distribution name. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
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
