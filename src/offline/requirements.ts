/**
 * The plugin's runtime requirements, as the daemon would install them: `requirements.txt` (with its
 * `-r` includes and `-c` constraints), else `pyproject.toml`'s `[project].dependencies` (what
 * `uv sync --no-dev` installs), pinned by `uv.lock` when there is one. Development dependencies are
 * never runtime requirements. `--find-links` folders inside the plugin (an offline package's
 * `./wheels`) become wheelhouses; index options are not used (the command's own options decide).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { finding } from '../core/codes.js';
import { CheckFailedError, errorMessage, UsageError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import { LIMITS } from '../core/limits.js';
import { isInside } from '../core/paths.js';
import { readRegularFile } from '../io/read.js';
import {
  normalizeName,
  parseRequirement,
  parseRequirementsText,
  parseToml,
  table,
} from '../python/project.js';
import { REQUIREMENT_COMMENT } from './layout.js';

export const REQUIREMENTS = 'requirements.txt';
export const PYPROJECT = 'pyproject.toml';
export const UV_LOCK = 'uv.lock';

export interface RuntimeRequirements {
  /** The file the requirements come from. */
  source: typeof REQUIREMENTS | typeof PYPROJECT | undefined;
  /** PEP 508 requirement strings. */
  requirements: string[];
  /** `name==version` pins that apply if the name is needed (uv.lock, `-c` files). */
  constraints: string[];
  /** Folders of wheels the plugin itself names (`--find-links ./wheels`), absolute. */
  wheelhouses: string[];
  /** Development dependencies left out, by name. */
  devLeftOut: string[];
  findings: Finding[];
}

/** Read the runtime requirements of the plugin at `root` (a directory, or an unpacked package). */
export function readRuntimeRequirements(root: string): RuntimeRequirements {
  const out: RuntimeRequirements = {
    source: undefined,
    requirements: [],
    constraints: [],
    wheelhouses: [],
    devLeftOut: [],
    findings: [],
  };
  const pyproject = existsSync(path.join(root, PYPROJECT)) ? readPyproject(root) : undefined;
  if (existsSync(path.join(root, REQUIREMENTS))) {
    out.source = REQUIREMENTS;
    readRequirementsFile(root, REQUIREMENTS, out, new Set());
    // An offline package's own: the plugin's requirements are in comments, its pins are constraints.
    const kept = [...readText(root, REQUIREMENTS).matchAll(REQUIREMENT_COMMENT)].map((m) => m[1]!.trim());
    if (kept.length) {
      out.constraints.push(...out.requirements);
      out.requirements = kept;
    }
    if (pyproject) {
      const mine = new Set(out.requirements.map((r) => parseRequirement(r)?.key).filter(Boolean));
      const only = pyproject.dependencies.filter((d) => !mine.has(parseRequirement(d)?.key));
      out.findings.push(
        finding(
          'DPR448',
          `the plugin has both requirements.txt and pyproject.toml: the offline package installs requirements.txt (as daemons with PIP_MIRROR_URL and the Dify CLI do) and leaves pyproject.toml out${only.length ? `; pyproject.toml also lists ${only.join(', ')}, which requirements.txt does not` : ''}`,
          {
            file: REQUIREMENTS,
            ...(only.length ? { severity: 'warning' as const } : {}),
            fix: only.length ? 'List every runtime dependency in requirements.txt.' : undefined,
          },
        ),
      );
    }
  } else if (pyproject) {
    out.source = PYPROJECT;
    out.requirements.push(...pyproject.dependencies);
    out.constraints.push(...lockPins(root));
  }
  if (pyproject) out.devLeftOut.push(...pyproject.dev);
  if (out.devLeftOut.length) {
    out.findings.push(
      finding(
        'DPR444',
        `development dependencies are not packaged: ${[...new Set(out.devLeftOut)].join(', ')}`,
        { file: PYPROJECT },
      ),
    );
  }
  return out;
}

function readText(root: string, rel: string): string {
  try {
    return readRegularFile(path.join(root, rel), { maxBytes: LIMITS.maxTextBytes, root }).toString('utf8');
  } catch (error) {
    throw new CheckFailedError(
      `${rel}: ${errorMessage(error)}`,
      'Make it a readable text file inside the plugin.',
    );
  }
}

function readRequirementsFile(root: string, rel: string, out: RuntimeRequirements, seen: Set<string>): void {
  if (seen.has(rel)) return;
  seen.add(rel);
  const text = readText(root, rel);
  const dir = path.dirname(path.join(root, rel));
  const inside = (target: string): string | undefined => {
    const full = path.resolve(dir, target);
    return isInside(root, full) ? path.relative(root, full).split(path.sep).join('/') : undefined;
  };
  for (const line of parseRequirementsText(text)) {
    if (line.kind === 'include' || line.kind === 'constraint') {
      const target = inside(line.value);
      if (!target || !existsSync(path.join(root, target))) {
        throw new UsageError(
          `${rel}:${line.line}: ${line.value} is not a file inside the plugin`,
          'Keep included requirement files inside the plugin directory.',
        );
      }
      if (line.kind === 'include') readRequirementsFile(root, target, out, seen);
      else out.constraints.push(...constraintLines(root, target));
      continue;
    }
    if (line.kind === 'editable') {
      out.findings.push(cannotPackage(rel, line.line, `-e ${line.value}`));
      continue;
    }
    if (line.kind === 'option') {
      const ignored: string[] = [];
      const tokens = line.value.split(/\s+/);
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i]!;
        const eq = /^(-f|--find-links)=(.+)$/.exec(token);
        const links = eq ? eq[2] : token === '-f' || token === '--find-links' ? tokens[++i] : undefined;
        if (links !== undefined) {
          const local = /^[a-z][a-z0-9+.-]*:\/\//i.test(links) ? undefined : inside(links);
          if (local !== undefined && existsSync(path.join(root, local)))
            out.wheelhouses.push(path.join(root, local));
          else ignored.push(`--find-links ${links}`);
        } else if (token !== '--no-index') ignored.push(token);
      }
      if (ignored.length) {
        out.findings.push(
          finding(
            'DPR447',
            `${ignored.join(' ')}: the offline package does not use the index options of ${rel}`,
            {
              file: rel,
              line: line.line,
            },
          ),
        );
      }
      continue;
    }
    const req = parseRequirement(line.value);
    if (!req || req.url || /^[./~]|^[a-z][a-z0-9+.-]*:/i.test(line.value)) {
      out.findings.push(cannotPackage(rel, line.line, line.value));
      continue;
    }
    out.requirements.push(line.value);
  }
}

function constraintLines(root: string, rel: string): string[] {
  return parseRequirementsText(readText(root, rel))
    .filter((l) => l.kind === 'requirement')
    .map((l) => l.value);
}

function cannotPackage(file: string, line: number, text: string): Finding {
  return finding(
    'DPR442',
    `${text}: an offline package installs released wheels only (no VCS links, URLs, local paths or editable installs)`,
    { file, line },
  );
}

interface PyprojectDeps {
  dependencies: string[];
  dev: string[];
}

function readPyproject(root: string): PyprojectDeps {
  const parsed = parseToml(readText(root, PYPROJECT));
  if (!parsed.data) {
    throw new UsageError(
      `${PYPROJECT}:${parsed.error?.line ?? 1}: ${parsed.error?.message ?? 'invalid TOML'}`,
      'Fix the TOML syntax (the daemon cannot read it either).',
    );
  }
  const strings = (v: unknown): string[] =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  const project = table(parsed.data, 'project');
  const dev: string[] = [];
  const groups = table(parsed.data, 'dependency-groups') ?? {};
  for (const list of Object.values(groups)) dev.push(...strings(list));
  dev.push(...strings(table(parsed.data, 'tool', 'uv')?.['dev-dependencies']));
  const optional = table(project, 'optional-dependencies') ?? {};
  for (const list of Object.values(optional)) dev.push(...strings(list));
  const names = dev.map((d) => parseRequirement(d)?.name).filter((n): n is string => Boolean(n));
  return { dependencies: strings(project?.dependencies), dev: names };
}

/** `name==version` for every package uv.lock pins to one version (the project itself excluded). */
function lockPins(root: string): string[] {
  if (!existsSync(path.join(root, UV_LOCK))) return [];
  const parsed = parseToml(readText(root, UV_LOCK));
  const list = Array.isArray(parsed.data?.package) ? (parsed.data.package as Record<string, unknown>[]) : [];
  const versions = new Map<string, Set<string>>();
  for (const p of list) {
    const source = (p?.source ?? {}) as Record<string, unknown>;
    if (typeof p?.name !== 'string' || typeof p.version !== 'string') continue;
    if (source.editable !== undefined || source.virtual !== undefined) continue;
    const key = normalizeName(p.name);
    versions.set(key, (versions.get(key) ?? new Set()).add(p.version));
  }
  return [...versions]
    .filter(([, v]) => v.size === 1)
    .map(([key, v]) => `${key}==${[...v][0]}`)
    .sort();
}
