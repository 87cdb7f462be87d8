/**
 * Dependency policy, as the toolkit's `check-package-dependencies` applies it (marketplace-toolkit.md
 * §A.8) to `requirements.txt` (following `-r` includes) and `pyproject.toml`: no git or URL installs,
 * a version constraint on everything, the `dify_plugin` floor, and warnings a reviewer resolves.
 *
 * Better than the toolkit (§A.24 12): `[dependency-groups]` that Dify's `uv sync --no-dev` does not
 * install (`dev`, and any group not in `tool.uv.default-groups`) are not runtime dependencies, so they
 * are not held to the runtime rules; nor are Poetry's dev groups.
 */
import path from 'node:path';
import { finding } from '../../core/codes.js';
import type { Finding } from '../../core/finding.js';
import {
  lowerBound,
  normalizeName,
  parseRequirement,
  parseRequirementsText,
  pythonFiles,
  safeCompare,
  stringLine,
  table,
} from '../../python/project.js';
import type { CheckContext } from './context.js';

/**
 * The `dify_plugin` floor. The docs' submission checklist still says 0.5.0; the newest toolkit
 * (dependencies.py, MIN_DIFY_PLUGIN_VERSION) and the bot's reviews (dify-plugins#2496, #2679) require
 * 0.9.0. dify-format.md §8.9 lists the disagreement: we follow the newest rule, 0.9.0.
 */
export const MIN_DIFY_PLUGIN = '0.9.0';

const LARGE = new Set(
  'chromadb faiss-cpu faiss-gpu jax llama-cpp-python opencv-contrib-python opencv-python opencv-python-headless paddlepaddle playwright pyppeteer selenium spacy tensorflow tensorflow-cpu torch torchaudio torchvision transformers'.split(
    ' ',
  ),
);
const IGNORED_OPTIONS = [
  '-c ',
  '--constraint ',
  '--extra-index-url ',
  '--find-links ',
  '--index-url ',
  '--no-binary ',
  '--only-binary ',
  '--trusted-host ',
  '--use-pep517',
  '--use-feature ',
];
const OPERATOR = /(===|==|~=|!=|<=|>=|<|>|\^)/;
const DIRECT_URL = /(^|\s@)\s*(?:https?|ftp|file):\/\//i;
const LOCAL_PATH = /(^|\s@)\s*(?:\.\/|\.\.\/|\/)/;
const LOWER_ONLY = /^([^<>=!~]+)?(>=|>)\s*[^,]+$/i;

/** One requirement and where it was written. */
export interface DeclaredRequirement {
  raw: string;
  file: string;
  line?: number;
  /** Where inside the file, for messages (`project.dependencies`). */
  where?: string;
}

export async function dependencyRules(ctx: CheckContext): Promise<Finding[]> {
  const out: Finding[] = [];
  const declared: DeclaredRequirement[] = [];
  if (ctx.has('requirements.txt')) {
    declared.push(...(await requirementsFile(ctx, 'requirements.txt', new Set(), out)));
  }
  const { pyproject } = await pythonFiles(ctx);
  if (pyproject?.error) {
    out.push(
      finding('DPR559', `pyproject.toml cannot be parsed: ${pyproject.error.message}`, {
        file: 'pyproject.toml',
        line: pyproject.error.line,
        column: pyproject.error.column,
        fix: 'Fix the TOML syntax; uv and the marketplace both refuse the file.',
      }),
    );
  } else if (pyproject?.data) {
    declared.push(...pyprojectRequirements(pyproject.text, pyproject.data));
  } else if (ctx.profile === 'official') {
    out.push(
      finding('DPR576', 'pyproject.toml is not in the package: the official plugins repository requires it', {
        fix: 'Add pyproject.toml with [project] dependencies (and uv.lock): official plugins are installed with uv.',
      }),
    );
  }
  if (ctx.profile === 'official' && !ctx.has('uv.lock') && !ctx.has('requirements.txt')) {
    out.push(
      finding(
        'DPR577',
        'neither uv.lock nor requirements.txt: the official CI cannot install the dependencies',
        {},
      ),
    );
  }
  // With uv.lock, installs take the locked versions (uv sync --frozen): nothing reads the ranges of
  // pyproject.toml then, so a lower-bound-only range there is not worth a warning.
  const locked = ctx.has('uv.lock');
  for (const r of declared) {
    const found = requirementRules(r);
    out.push(...(locked && r.file === 'pyproject.toml' ? found.filter((f) => f.code !== 'DPR557') : found));
  }
  return out;
}

/**
 * Read a requirements file, following `-r`/`--requirement` includes inside the package: requirement
 * and `-e` lines (continuations joined, `--hash` options and comments dropped), at their first line.
 */
export async function requirementsFile(
  ctx: CheckContext,
  file: string,
  seen: Set<string>,
  out: Finding[],
): Promise<DeclaredRequirement[]> {
  if (seen.has(file)) return [];
  seen.add(file);
  const text = (await ctx.text(file)) ?? '';
  const result: DeclaredRequirement[] = [];
  for (const { line, kind, value } of parseRequirementsText(text)) {
    if (kind === 'include') {
      const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), value));
      const at = { file, line };
      if (value.startsWith('/') || resolved === '..' || resolved.startsWith('../')) {
        out.push(
          finding('DPR558', `${file}:${line} includes ${value}, which is outside the package`, {
            ...at,
            fix: 'List the requirements in requirements.txt itself; files outside the package do not ship.',
          }),
        );
      } else if (!ctx.has(resolved)) {
        out.push(
          finding('DPR558', `${file}:${line} includes ${value}, which is not in the package`, {
            ...at,
            fix: `Add ${resolved} to the package (check .difyignore) or drop the include.`,
          }),
        );
      } else {
        result.push(...(await requirementsFile(ctx, resolved, seen, out)));
      }
    } else if (kind === 'requirement') result.push({ raw: value, file, line });
    else if (kind === 'editable') result.push({ raw: `-e ${value}`, file, line });
  }
  return result;
}

/** Runtime requirements of a pyproject.toml: what Dify's `uv sync --no-dev` installs, plus extras and Poetry's. */
export function pyprojectRequirements(text: string, data: Record<string, unknown>): DeclaredRequirement[] {
  const out: DeclaredRequirement[] = [];
  const add = (raw: unknown, where: string) => {
    if (typeof raw !== 'string') return;
    out.push({ raw, file: 'pyproject.toml', line: stringLine(text, raw), where });
  };
  const project = table(data, 'project');
  if (project) {
    if (Array.isArray(project.dependencies))
      for (const d of project.dependencies) add(d, 'project.dependencies');
    for (const [group, list] of Object.entries(table(project, 'optional-dependencies') ?? {})) {
      if (Array.isArray(list)) for (const d of list) add(d, `project.optional-dependencies.${group}`);
    }
  }
  const groups = table(data, 'dependency-groups') ?? {};
  const installed = installedGroups(data, Object.keys(groups));
  for (const [group, list] of Object.entries(groups)) {
    if (!installed.has(group) || !Array.isArray(list)) continue;
    for (const d of list) add(d, `dependency-groups.${group}`);
  }
  const poetry = table(data, 'tool', 'poetry');
  if (poetry) {
    for (const [name, value] of Object.entries(table(poetry, 'dependencies') ?? {})) {
      if (name.toLowerCase() !== 'python')
        add(poetryRequirement(name, value), `tool.poetry.dependencies.${name}`);
    }
    for (const [group, body] of Object.entries(table(poetry, 'group') ?? {})) {
      if (group === 'dev') continue;
      for (const [name, value] of Object.entries(table(body, 'dependencies') ?? {})) {
        add(poetryRequirement(name, value), `tool.poetry.group.${group}.dependencies.${name}`);
      }
    }
  }
  return out.map((r) => (r.line === undefined ? { ...r, line: poetryLine(text, r) } : r));
}

/** Groups `uv sync --no-dev` installs: those in `tool.uv.default-groups` other than `dev` (default: none). */
function installedGroups(data: Record<string, unknown>, all: string[]): Set<string> {
  const defaults = table(data, 'tool', 'uv')?.['default-groups'];
  const listed =
    defaults === 'all' ? all : Array.isArray(defaults) ? defaults.filter((g) => typeof g === 'string') : [];
  return new Set(listed.filter((g) => g !== 'dev'));
}

/** Poetry's table forms rendered as requirement strings, the way the toolkit renders them. */
function poetryRequirement(name: string, value: unknown): string {
  if (typeof value === 'string') return /^[=<>~!^]/.test(value) ? `${name}${value}` : `${name} ${value}`;
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.git === 'string') {
      const ref = v.rev ?? v.tag ?? v.branch;
      return `${name} @ git+${v.git}${ref ? `@${String(ref)}` : ''}`;
    }
    if (typeof v.url === 'string') return `${name} @ ${v.url}`;
    if (typeof v.path === 'string') return `${name} @ ${v.path}`;
    return `${name}${typeof v.version === 'string' ? v.version : ''}`;
  }
  return name;
}

function poetryLine(text: string, r: DeclaredRequirement): number | undefined {
  const name = r.where?.split('.').at(-1);
  if (!name) return undefined;
  const re = new RegExp(`^\\s*"?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?\\s*=`);
  const i = text.split(/\r?\n/).findIndex((l) => re.test(l));
  return i >= 0 ? i + 1 : undefined;
}

/** The toolkit's rules for one requirement, in its order (the first blocking rule ends the list). */
export function requirementRules(r: DeclaredRequirement): Finding[] {
  const raw = r.raw.trim();
  const at = { file: r.file, line: r.line };
  const shown = r.where ? `${r.where} in ${r.file}` : r.file;
  if (/git\+/i.test(raw)) {
    return [
      finding('DPR550', `${shown}: "${raw}" installs from git: the marketplace refuses it`, {
        ...at,
        fix: 'Depend on a release published on PyPI, pinned to a version.',
      }),
    ];
  }
  const parsed = raw.startsWith('-') ? undefined : parseRequirement(raw);
  if (DIRECT_URL.test(raw) || (parsed?.url && /^[a-z][a-z0-9+.-]*:\/\//i.test(parsed.url))) {
    return [
      finding('DPR551', `${shown}: "${raw}" installs from a URL: the marketplace refuses direct URLs`, {
        ...at,
        fix: 'Depend on a release published on PyPI, pinned to a version.',
      }),
    ];
  }
  if (/^(?:-e|--editable)\s/.test(raw)) {
    return [
      finding('DPR552', `${shown}: "${raw}" is an editable install: a reviewer must approve it`, {
        ...at,
        fix: 'Depend on a published release instead.',
      }),
    ];
  }
  if (LOCAL_PATH.test(raw) || (parsed?.url && /^(?:\.{1,2}\/|\/)/.test(parsed.url))) {
    return [
      finding('DPR553', `${shown}: "${raw}" installs from a local path: a reviewer must approve it`, {
        ...at,
        fix: 'Depend on a published release instead.',
      }),
    ];
  }
  if (IGNORED_OPTIONS.some((o) => raw.startsWith(o)) || raw.startsWith('-')) return [];
  const out: Finding[] = [];
  const key = parsed ? normalizeName(parsed.name) : '';
  if (LARGE.has(key)) {
    out.push(
      finding('DPR554', `${shown}: ${parsed!.name} is a very large dependency: a reviewer must approve it`, {
        ...at,
        fix: 'Explain in the PR why the plugin needs it, or use a lighter package or a remote API.',
      }),
    );
  }
  if (key === 'dify-plugin') {
    const floor = difyPluginFloor(raw);
    if (floor) {
      out.push(
        finding('DPR555', `${shown}: ${floor}`, {
          ...at,
          fix: `Require dify_plugin>=${MIN_DIFY_PLUGIN} (e.g. dify_plugin>=0.9.0,<0.10.0) and test the plugin with it.`,
        }),
      );
      return out;
    }
  }
  if (!OPERATOR.test(raw)) {
    out.push(
      finding(
        'DPR556',
        `${shown}: "${raw}" has no version constraint: the marketplace refuses unpinned dependencies`,
        {
          ...at,
          fix: `Pin it, e.g. ${parsed?.name ?? raw}==<version>, or bound it, e.g. >=1.2,<2.`,
        },
      ),
    );
  } else if (LOWER_ONLY.test(raw)) {
    out.push(
      finding(
        'DPR557',
        `${shown}: "${raw}" has only a lower bound: the next major release installs unreviewed`,
        {
          ...at,
          fix: 'Add an upper bound, e.g. >=1.2,<2.',
        },
      ),
    );
  }
  return out;
}

/**
 * Why a `dify_plugin` requirement fails the marketplace's floor, or undefined. The toolkit takes the
 * first `>=` or `==` number in the string and compares its numeric parts with (0, 9, 0): `~=0.9.0` has
 * none and fails, and so does `>=0.9` ((0, 9) < (0, 9, 0) in Python). We report what it reports.
 */
function difyPluginFloor(raw: string): string | undefined {
  const m = /(?:>=|==)\s*([0-9][0-9A-Za-z.+-]*)/.exec(raw);
  const floor = MIN_DIFY_PLUGIN.split('.').map(Number);
  if (!m) {
    const semantic = lowerBound(parseRequirement(raw)?.spec ?? '');
    const note =
      semantic && safeCompare(semantic, MIN_DIFY_PLUGIN) >= 0
        ? ` (it allows ${semantic} and up, but the marketplace reads only a >= or == bound)`
        : '';
    return `"${raw}" sets no minimum version: the marketplace requires dify_plugin >= ${MIN_DIFY_PLUGIN}${note}`;
  }
  const parts: number[] = [];
  for (const p of m[1]!.split(/[.+-]/)) {
    if (!/^\d+$/.test(p)) break;
    parts.push(Number(p));
  }
  for (let i = 0; i < Math.max(parts.length, floor.length); i++) {
    if (i >= parts.length) {
      return `"${raw}": the marketplace compares ${m[1]} as (${parts.join(', ')}) against (${floor.join(', ')}) and refuses it; write ${m[1]}${'.0'.repeat(floor.length - parts.length)}`;
    }
    if (i >= floor.length || parts[i]! > floor[i]!) return undefined;
    if (parts[i]! < floor[i]!) {
      return `"${raw}" allows dify_plugin ${m[1]}: the marketplace requires ${MIN_DIFY_PLUGIN} or newer (bot reviews: "dify_plugin must be >= 0.9.0")`;
    }
  }
  return undefined;
}
