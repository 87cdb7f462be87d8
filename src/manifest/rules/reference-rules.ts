import { finding } from '../../core/codes.js';
import type { Finding } from '../../core/finding.js';
import { parseYamlBytes } from '../../yaml/parse-bytes.js';
import { getAt } from '../../yaml/pointer.js';
import type { YamlFile } from '../../yaml/yaml-file.js';
import { type Declaration, type DeclKind, type LoadedPlugin, MANIFEST } from '../plugin-types.js';
import { resolveReference } from '../references.js';

const ASSETS = '_assets/';

/**
 * Icons the daemon remaps at upload (every one must exist in `_assets/`, or the upload fails), and
 * which of them the CLI already checks when packaging (`validator.go` CheckAssetsValid).
 */
const ICONS: { kind: DeclKind | 'manifest'; pointers: string[]; locales?: boolean; cli: boolean }[] = [
  { kind: 'manifest', pointers: ['/icon'], cli: true },
  { kind: 'manifest', pointers: ['/icon_dark'], cli: true },
  { kind: 'tool-provider', pointers: ['/identity/icon'], cli: true },
  { kind: 'tool-provider', pointers: ['/identity/icon_dark'], cli: false },
  { kind: 'trigger-provider', pointers: ['/identity/icon'], cli: true },
  { kind: 'trigger-provider', pointers: ['/identity/icon_dark'], cli: false },
  { kind: 'datasource-provider', pointers: ['/identity/icon'], cli: true },
  { kind: 'datasource', pointers: ['/identity/icon'], cli: false },
  { kind: 'agent-strategy-provider', pointers: ['/identity/icon', '/identity/icon_dark'], cli: false },
  { kind: 'model-provider', pointers: ['/icon_small', '/icon_large'], locales: true, cli: true },
  { kind: 'model-provider', pointers: ['/icon_small_dark', '/icon_large_dark'], locales: true, cli: false },
];

/** Every icon reference resolves to a file in `_assets/`. */
export function iconRules(plugin: LoadedPlugin): Finding[] {
  const files = new Set(plugin.files);
  const out: Finding[] = [];
  const check = (file: YamlFile, pointer: string, blocking: boolean, who: string) => {
    const name = getAt(file.value, pointer);
    if (typeof name !== 'string' || name === '') return;
    if (files.has(ASSETS + name)) return;
    const doubled = name.startsWith(ASSETS) && files.has(name);
    const hint = doubled
      ? `Write "${name.slice(ASSETS.length)}": icon names are relative to _assets/ already.`
      : `Add _assets/${name}, or name an existing file under _assets/.`;
    out.push(
      blocking
        ? finding('DPR305', `${who} "${name}" is not in _assets/: the daemon refuses the upload`, {
            ...file.locate(pointer),
            fix: hint,
          })
        : finding('DPR306', `${who} "${name}" is not in _assets/: Dify shows a broken image`, {
            ...file.locate(pointer),
            fix: hint,
          }),
    );
  };
  for (const spec of ICONS) {
    const targets =
      spec.kind === 'manifest' ? [plugin.manifest] : effective(plugin, spec.kind).map((d) => d.file);
    for (const file of targets) {
      for (const pointer of spec.pointers) {
        if (spec.locales) {
          const value = getAt(file.value, pointer);
          if (value && typeof value === 'object') {
            for (const locale of Object.keys(value)) check(file, `${pointer}/${locale}`, true, 'icon');
          }
        } else check(file, pointer, true, 'icon');
      }
    }
  }
  // Icons inside single tools are not remapped: a missing one passes every Dify check but shows broken.
  for (const decl of effective(plugin, 'tool')) check(decl.file, '/identity/icon', false, 'tool icon');
  return out;
}

/** Declarations of a kind that the daemon keeps (those under the last provider of each kind). */
function effective(plugin: LoadedPlugin, kind: DeclKind): Declaration[] {
  return plugin.declarations.filter((d) => d.kind === kind);
}

/** `extra.python.source` and the model provider's sources: the SDK imports them at start-up. */
export function pythonRules(plugin: LoadedPlugin): Finding[] {
  const files = new Set(plugin.files);
  const out: Finding[] = [];
  const seen = new Set<YamlFile>();
  for (const decl of plugin.declarations) {
    if (seen.has(decl.file) || decl.kind === 'model-position') continue;
    seen.add(decl.file);
    const pointers = ['/extra/python/source', '/extra/python/provider_source'];
    const models = getAt(decl.file.value, '/extra/python/model_sources');
    if (Array.isArray(models))
      for (const i of models.keys()) pointers.push(`/extra/python/model_sources/${i}`);
    for (const pointer of pointers) {
      const ref = getAt(decl.file.value, pointer);
      if (typeof ref === 'string' && ref !== '') {
        resolveReference(ref, { file: decl.file, pointer }, files, out, 'python', (f) =>
          plugin.source.whyMissing?.(f),
        );
      }
    }
  }
  const entry = getAt(plugin.manifest.value, '/meta/runner/entrypoint');
  if (typeof entry === 'string' && /\.py$/.test(entry)) {
    // A file name where a module name belongs: the daemon runs `python -m main.py`, which fails.
    const module = entry.replace(/\.py$/, '').replace(/\//g, '.');
    out.push(
      finding(
        'DPR312',
        `the entrypoint is "${entry}", a file name: the daemon runs \`python -m ${entry}\`, which finds no module`,
        {
          ...plugin.manifest.locate('/meta/runner/entrypoint'),
          fix: `Write \`entrypoint: ${module}\` (a module name, without .py).`,
        },
      ),
    );
  } else if (typeof entry === 'string' && entry !== '' && /^[\w.]+$/.test(entry)) {
    const module = entry.replace(/\./g, '/');
    if (!files.has(`${module}.py`) && !files.has(`${module}/__main__.py`)) {
      out.push(
        finding(
          'DPR312',
          `the entrypoint "${entry}" has no ${module}.py: the daemon runs \`python -m ${entry}\``,
          {
            ...plugin.manifest.locate('/meta/runner/entrypoint'),
            fix: `Add ${module}.py (the Dify template's main.py starts the plugin), or point meta.runner.entrypoint at your module.`,
          },
        ),
      );
    }
  }
  return out;
}

/** The privacy policy, when given as a path, must be there (the marketplace requires it). */
export function privacyRules(plugin: LoadedPlugin): Finding[] {
  const privacy = getAt(plugin.manifest.value, '/privacy');
  if (typeof privacy !== 'string' || privacy === '' || /^https?:\/\//i.test(privacy)) return [];
  const out: Finding[] = [];
  const normalized = privacy.replace(/^\.\//, '');
  if (plugin.files.includes(normalized)) return [];
  resolveReference(
    normalized,
    { file: plugin.manifest, pointer: '/privacy' },
    new Set(plugin.files),
    out,
    'privacy',
  );
  return out;
}

/** Model globs that match nothing load no models: silently allowed by the daemon, surely a mistake. */
export function globRules(plugin: LoadedPlugin): Finding[] {
  return plugin.globs
    .filter((g) => g.matches.length === 0)
    .map((g) =>
      finding('DPR309', `the pattern "${g.pattern}" matches no file, so it declares no model`, {
        ...g.site.file.locate(g.site.pointer),
        fix: 'Fix the pattern (it is matched against paths from the plugin root, `*` stops at `/`), or remove it.',
      }),
    );
}

/** What the source noticed while listing the files (symlinks leaving the repository, …). */
export async function listingRules(plugin: LoadedPlugin): Promise<Finding[]> {
  return [...((await plugin.source.listingFindings?.()) ?? [])];
}

/** A top-level key only declarations have (a prefilter for `looksLikeDeclaration`). */
const DECLARATION_KEYS = /^(?:identity|model_type|method)\s*:/m;

/**
 * Whether the plugin's own Python code names the file or its folder in a string
 * (`os.path.join(here, 'model_configurations', f'{name}.yaml')`): it reads the file itself, so the
 * file is not one "Dify never loads".
 */
function loadedByCode(file: string, code: string): boolean {
  if (code === '') return false;
  const parts = file.split('/');
  const name = parts.at(-1)!;
  const folder = parts.at(-2);
  const quoted = (word: string) => new RegExp(`["'/]${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["'/]`);
  if (quoted(name).test(code)) return true;
  return folder !== undefined && !['tools', 'events', 'models', 'provider', 'endpoints'].includes(folder)
    ? quoted(folder).test(code)
    : false;
}

/** The shape of a declaration file: what makes an unreferenced YAML file an orphan declaration. */
function looksLikeDeclaration(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  const identity = v.identity as Record<string, unknown> | undefined;
  if (identity && typeof identity === 'object' && ('name' in identity || 'author' in identity)) return true;
  if ('model' in v && 'model_type' in v) return true;
  if ('path' in v && 'method' in v) return true;
  return false;
}

/**
 * YAML files that look like declarations but that nothing references: usually a tool someone forgot
 * to list, which then silently does not exist in Dify.
 */
export async function orphanRules(plugin: LoadedPlugin): Promise<Finding[]> {
  const used = new Set(plugin.declarations.map((d) => d.file.path));
  used.add(MANIFEST);
  const out: Finding[] = [];
  let code: string | undefined;
  const pythonText = async (): Promise<string> => {
    if (code !== undefined) return code;
    const parts: string[] = [];
    for (const f of plugin.files) {
      if (!f.endsWith('.py')) continue;
      const b = await plugin.source.read(f);
      if (b && b.length <= 4 * 1024 * 1024) parts.push(Buffer.from(b).toString('utf8'));
    }
    code = parts.join('\n');
    return code;
  };
  for (const file of plugin.files) {
    if (!/\.ya?ml$/.test(file) || used.has(file) || file.endsWith('_position.yaml')) continue;
    if (file.split('/').some((part) => part.startsWith('.')) || file.startsWith('tests/')) continue;
    // A file the one reader refuses (a pipe, too large) is reported by the selection, not here.
    const bytes = await plugin.source.read(file).catch(() => undefined);
    // Cheap test first: only a file with the keys of a declaration is worth parsing.
    if (!bytes || !DECLARATION_KEYS.test(Buffer.from(bytes).toString('latin1'))) continue;
    const parsed = parseYamlBytes(file, bytes);
    if (parsed.problems.length > 0 || !looksLikeDeclaration(parsed.value)) continue;
    if (loadedByCode(file, await pythonText())) continue;
    out.push(
      finding(
        'DPR308',
        `${file} looks like a declaration, but nothing references it, so Dify never loads it`,
        {
          file,
          line: 1,
          column: 1,
          fix: 'List it in its provider (tools:, events:, …), or delete it.',
        },
      ),
    );
  }
  return out;
}
