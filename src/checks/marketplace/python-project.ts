/**
 * The Python side of a plugin, read once per check: `pyproject.toml` and `uv.lock` parsed with
 * smol-toml (a small, dependency-free, spec-compliant TOML 1.0 parser whose errors carry line and
 * column, which Python's tomllib agrees with on valid files), requirement strings split as PEP 508
 * does, and a line finder so findings point into TOML files too (no TOML parser keeps positions).
 */
import { compare as pepCompare, satisfies, validRange } from '@renovatebot/pep440';
import { parse, TomlError } from 'smol-toml';
import type { CheckContext } from './context.js';

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

const cache = new WeakMap<CheckContext, Promise<PythonFiles>>();

export function pythonFiles(ctx: CheckContext): Promise<PythonFiles> {
  let p = cache.get(ctx);
  if (!p) {
    p = load(ctx);
    cache.set(ctx, p);
  }
  return p;
}

async function load(ctx: CheckContext): Promise<PythonFiles> {
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

export function safeCompare(a: string, b: string): number {
  try {
    return pepCompare(a, b);
  } catch {
    const pa = a.split(/[.+-]/).map((x) => Number.parseInt(x, 10) || 0);
    const pb = b.split(/[.+-]/).map((x) => Number.parseInt(x, 10) || 0);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
      const d = (pa[i] ?? 0) - (pb[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  }
}

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
