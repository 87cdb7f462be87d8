/**
 * The Python side of a plugin, read once per check: `pyproject.toml` and `uv.lock` parsed with
 * smol-toml (a small, dependency-free, spec-compliant TOML 1.0 parser whose errors carry line and
 * column, which Python's tomllib agrees with on valid files), requirement strings split as PEP 508
 * does, and a line finder so findings point into TOML files too (no TOML parser keeps positions).
 */
import { satisfies, validRange } from '@renovatebot/pep440';
import { parse, TomlError } from 'smol-toml';
import { compareVersions } from '../core/versions.js';

export interface PyProject {
  text: string;
  data?: Record<string, unknown>;
  error?: { message: string; line: number; column: number };
}

export interface LockPackage {
  name: string;
  version?: string;
  /** The project itself (`source = { editable = "." }` or `virtual = "."`). */
  root: boolean;
  dependencies: string[];
}

export interface PythonFiles {
  pyproject?: PyProject;
  /** uv.lock packages by normalized name, when uv.lock parses. */
  lock?: Map<string, LockPackage>;
}

/** Where the files come from: a plugin directory or a package, read as text (undefined when absent). */
export interface TextFiles {
  text(rel: string): Promise<string | undefined>;
}

const cache = new WeakMap<TextFiles, Promise<PythonFiles>>();

export function pythonFiles(ctx: TextFiles): Promise<PythonFiles> {
  let p = cache.get(ctx);
  if (!p) {
    p = load(ctx);
    cache.set(ctx, p);
  }
  return p;
}

async function load(ctx: TextFiles): Promise<PythonFiles> {
  const out: PythonFiles = {};
  const text = await ctx.text('pyproject.toml');
  if (text !== undefined) out.pyproject = parseToml(text);
  const lock = await ctx.text('uv.lock');
  if (lock !== undefined) {
    const parsed = parseToml(lock);
    if (parsed.data) out.lock = lockPackages(parsed.data);
  }
  return out;
}

export function parseToml(text: string): PyProject {
  try {
    return { text, data: parse(text) as Record<string, unknown> };
  } catch (error) {
    const e = error as TomlError;
    const message = (e.message ?? String(error)).split('\n')[0]!.replace(/^Invalid TOML document: /, '');
    return {
      text,
      error: {
        message,
        line: e instanceof TomlError ? e.line : 1,
        column: e instanceof TomlError ? e.column : 1,
      },
    };
  }
}

function lockPackages(data: Record<string, unknown>): Map<string, LockPackage> {
  const out = new Map<string, LockPackage>();
  const list = Array.isArray(data.package) ? data.package : [];
  for (const p of list as Record<string, unknown>[]) {
    if (typeof p?.name !== 'string') continue;
    const source = (p.source ?? {}) as Record<string, unknown>;
    const deps = Array.isArray(p.dependencies) ? (p.dependencies as Record<string, unknown>[]) : [];
    out.set(normalizeName(p.name), {
      name: p.name,
      version: typeof p.version === 'string' ? p.version : undefined,
      root: source.editable === '.' || source.virtual === '.',
      dependencies: deps
        .map((d) => (typeof d?.name === 'string' ? normalizeName(d.name) : ''))
        .filter(Boolean),
    });
  }
  return out;
}

/** PEP 503 normalization: lower case, runs of `-_.` become `-`. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** One logical line of a requirements file, as pip reads it. */
export interface RequirementsLine {
  /** 1-based line it starts on. */
  line: number;
  /**
   * `requirement`: a requirement (a name with specifiers, a URL or a path); `include`: `-r FILE`;
   * `constraint`: `-c FILE`; `editable`: `-e TARGET`; `option`: any other option line.
   */
  kind: 'requirement' | 'include' | 'constraint' | 'editable' | 'option';
  /** The requirement without its per-requirement options (`--hash`); the file or target; the option line. */
  value: string;
}

/** Options pip allows after a requirement on its line. */
const PER_REQUIREMENT_OPTION = /\s+--(?:hash|config-settings|global-option|install-option)(?:=|\s+)\S+/g;

/**
 * A requirements file's lines as pip reads them: `\` continuations joined (hash-pinned files put
 * each `--hash` on its own line), comments removed, `-r`/`-c`/`-e` told apart, `--hash` dropped.
 * Following includes is the caller's: they are read from a directory or from a package.
 */
export function parseRequirementsText(text: string): RequirementsLine[] {
  const out: RequirementsLine[] = [];
  const add = (line: number, value: string): void => {
    if (!value) return;
    const target = (re: RegExp) => re.exec(value)?.[1];
    const include = target(/^(?:-r|--requirement)(?:\s+|=)(\S+)/);
    const constraint = target(/^(?:-c|--constraint)(?:\s+|=)(\S+)/);
    const editable = target(/^(?:-e|--editable)(?:\s+|=)(\S+)/);
    if (include) out.push({ line, kind: 'include', value: include });
    else if (constraint) out.push({ line, kind: 'constraint', value: constraint });
    else if (editable) out.push({ line, kind: 'editable', value: editable });
    else if (value.startsWith('-')) out.push({ line, kind: 'option', value });
    else {
      const requirement = value.replace(PER_REQUIREMENT_OPTION, '').trim();
      if (requirement) out.push({ line, kind: 'requirement', value: requirement });
    }
  };
  let buffer = '';
  let start = 0;
  text.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const stripped = raw.replace(/(^|\s)#.*$/, '');
    if (!buffer) start = i + 1;
    if (stripped.endsWith('\\')) {
      buffer += `${stripped.slice(0, -1)} `;
      return;
    }
    add(start, (buffer + stripped).trim());
    buffer = '';
  });
  if (buffer.trim()) add(start, buffer.trim());
  return out;
}

/**
 * The distribution a requirement line names (`requests[socks]>=2` → `requests`), or `undefined`
 * for a bare URL or path (`git+https://…`, `./pkg`), which name none.
 */
export function requirementName(text: string): string | undefined {
  return /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*(?:[<>=!~;@(]|$)/.exec(text)?.[1];
}

export function table(data: unknown, ...keys: string[]): Record<string, unknown> | undefined {
  let node = data;
  for (const k of keys) {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[k];
  }
  return node && typeof node === 'object' && !Array.isArray(node)
    ? (node as Record<string, unknown>)
    : undefined;
}

/** A PEP 508 requirement, split. */
export interface Requirement {
  name: string;
  /** Normalized name. */
  key: string;
  extras: string;
  /** The version specifier, e.g. `>=1.0,<2`. */
  spec: string;
  url?: string;
  marker?: string;
}

export function parseRequirement(raw: string): Requirement | undefined {
  const m = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*(.*)$/s.exec(raw);
  if (!m) return undefined;
  let rest = m[3]!.trim();
  let marker: string | undefined;
  let url: string | undefined;
  if (rest.startsWith('@')) {
    const semi = rest.search(/\s;/);
    url = (semi >= 0 ? rest.slice(1, semi) : rest.slice(1)).trim();
    marker = semi >= 0 ? rest.slice(semi + 2).trim() : undefined;
    rest = '';
  } else {
    const semi = rest.indexOf(';');
    if (semi >= 0) {
      marker = rest.slice(semi + 1).trim();
      rest = rest.slice(0, semi).trim();
    }
  }
  const spec = rest.replace(/^\((.*)\)$/, '$1').trim();
  return { name: m[1]!, key: normalizeName(m[1]!), extras: m[2] ?? '', spec, url, marker };
}

/**
 * The highest lower bound a specifier puts on versions (`>=`, `>`, `==`, `===`, `~=`), or undefined
 * when it has none. `>=0.9` and `~=0.9.0` both bound at 0.9(.0).
 */
export function lowerBound(spec: string): string | undefined {
  let best: string | undefined;
  for (const clause of spec.split(',')) {
    const m = /^\s*(===|==|~=|>=|>)\s*([0-9][0-9A-Za-z.+!-]*)(\.\*)?\s*$/.exec(clause);
    if (!m) continue;
    const v = m[2]!;
    if (best === undefined || safeCompare(v, best) > 0) best = v;
  }
  return best;
}

/** Versions in PEP 440 order, shared with `diff` (see src/core/versions.ts). */
export const safeCompare = compareVersions;

/** Whether a version satisfies a PEP 440 specifier; `undefined` when the specifier cannot be read. */
export function admits(version: string, spec: string): boolean | undefined {
  if (spec.trim() === '') return true;
  if (!validRange(spec)) return undefined;
  try {
    return satisfies(version, spec);
  } catch {
    return undefined;
  }
}

/** Whether a specifier admits some release of a Python minor version (`3.12` → any 3.12.x). */
export function admitsPython(minor: string, spec: string): boolean | undefined {
  const parts = minor.split('.');
  if (parts.length >= 3) return admits(minor, spec);
  let sawUnknown = false;
  for (let patch = 0; patch <= 30; patch++) {
    const r = admits(`${minor}.${patch}`, spec);
    if (r) return true;
    if (r === undefined) sawUnknown = true;
  }
  return sawUnknown ? undefined : false;
}

/** The 1-based line of `key =` inside `[tableName]` (dotted, e.g. `project`), or undefined. */
export function keyLine(text: string, tableName: string, key: string): number | undefined {
  let current = '';
  const lines = text.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    const header = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$/.exec(line);
    if (header) {
      current = header[1]!.replace(/\s*\.\s*/g, '.').replace(/["']/g, '');
      continue;
    }
    if (current !== tableName) continue;
    const k = /^\s*("?)([A-Za-z0-9_-]+)\1\s*=/.exec(line);
    if (k && k[2] === key) return i + 1;
  }
  return undefined;
}

/** The 1-based line of the first `"value"` or `'value'` string in the text (at or after line `from`). */
export function stringLine(text: string, value: string, from = 1): number | undefined {
  const lines = text.split(/\r?\n/);
  for (let i = from - 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.includes(`"${value}"`) || line.includes(`'${value}'`)) return i + 1;
  }
  return from > 1 ? stringLine(text, value, 1) : undefined;
}
