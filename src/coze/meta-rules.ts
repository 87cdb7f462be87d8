import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { getAt } from '../yaml/pointer.js';
import type { YamlFile } from '../yaml/yaml-file.js';
import { checkAuth } from './auth.js';
import { child, isFile, isObj, type Obj, type Sink, str } from './load.js';
import type { PluginEntry } from './meta-shape.js';

/**
 * Per-plugin rules of Coze's loader (backend/domain/plugin/conf/load_plugin.go:133-284) and of
 * `PluginManifest.Validate` (crossdomain/plugin/model/plugin_manifest.go:94-140). Where Coze logs
 * and skips the plugin, we report an error.
 */

/** golang.org/x/mod/semver.IsValid: a leading `v`; `v1` and `v1.2` shorthands allowed. */
const ID = '(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)';
const GO_SEMVER = new RegExp(
  `^v(?:0|[1-9]\\d*)(?:\\.(?:0|[1-9]\\d*)(?:\\.(?:0|[1-9]\\d*)(?:-${ID}(?:\\.${ID})*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?)?)?$`,
);

export function isGoSemver(version: string): boolean {
  return GO_SEMVER.test(version);
}

const API_TYPES = ['openapi', 'coze-studio-custom'];
const PARAM_LOCATIONS = ['body', 'header', 'query', 'path'];
const NAMED_FIELDS = ['name_for_model', 'name_for_human', 'description_for_model', 'description_for_human'];

/** Check one plugin entry's own fields; returns the OpenAPI document path to load, if usable. */
export function checkPlugin(
  file: YamlFile,
  p: PluginEntry,
  dir: string,
  icons: IconStore,
  sink: Sink,
): string | undefined {
  const at = (key: string): string => child(p.pointer, key);
  if (p.deprecated) {
    sink.at(
      file,
      at('deprecated'),
      'DPR716',
      'plugin is marked deprecated: Coze Studio does not load it, so it is not checked further',
      'Remove the entry once it is no longer needed, or set `deprecated: false` to ship it.',
    );
    return undefined;
  }
  const missing = (key: string, why: string, fix: string): void =>
    sink.at(
      file,
      file.has(at(key)) ? at(key) : p.pointer,
      'DPR704',
      `\`${key}\` is missing or empty: ${why}`,
      fix,
      {
        part: 'key',
      },
    );
  const raw = (key: string): unknown => getAt(file.value, at(key));

  if (!file.has(at('version')) || p.version === '')
    missing('version', 'Coze skips this plugin (invalid version)', 'Add `version: v1.0.0`.');
  else if (!isGoSemver(p.version))
    sink.at(
      file,
      at('version'),
      'DPR706',
      `version \`${p.version}\` is not a Go semantic version (it needs a leading v, like v1.0.0): Coze skips this plugin`,
      `Write the version as v${p.version.replace(/^v/i, '')} if that is a semantic version, e.g. v1.0.0.`,
    );

  if (raw('plugin_id') === undefined || raw('plugin_id') === null)
    missing(
      'plugin_id',
      'Coze skips this plugin (invalid plugin id 0)',
      'Add a positive, unique `plugin_id`.',
    );
  else if (p.id <= 0 && p.idText !== '')
    sink.at(
      file,
      at('plugin_id'),
      'DPR707',
      `plugin_id ${p.idText} is not positive: Coze skips this plugin`,
      'Use a positive plugin_id that no other plugin uses.',
    );

  const type = p.pluginType;
  if (type === undefined || type === null)
    missing('plugin_type', 'Coze skips this plugin (invalid plugin type)', 'Add `plugin_type: 1`.');
  else if (type !== 1 && typeof type === 'number')
    sink.at(
      file,
      at('plugin_type'),
      'DPR705',
      `plugin_type ${type} is not 1 (PLUGIN): Coze skips this plugin`,
      'Set `plugin_type: 1`.',
    );

  if (p.manifest) checkManifest(file, at('manifest'), p.manifest, icons, sink);
  else if (raw('manifest') === undefined || raw('manifest') === null)
    missing(
      'manifest',
      'Coze Studio dereferences it unchecked and crashes while loading plugins',
      'Add the manifest block (schema_version, names, descriptions, auth, logo_url, api).',
    );

  if (p.tools.length === 0)
    sink.at(
      file,
      file.has(at('tools')) ? at('tools') : p.pointer,
      'DPR738',
      'plugin lists no tools: Coze drops a plugin left without tools',
      'List each operation of the OpenAPI document under `tools` with tool_id, method and sub_url.',
      { part: 'key' },
    );
  else if (p.tools.every((t) => t.deprecated))
    sink.at(
      file,
      at('tools'),
      'DPR738',
      'every tool of this plugin is deprecated: Coze drops a plugin left without tools',
      'Keep at least one tool with `deprecated: false`, or deprecate the plugin itself.',
      { part: 'key' },
    );
  for (const t of p.tools) {
    for (const key of ['tool_id', 'method', 'sub_url']) {
      const kp = child(t.pointer, key);
      if (!file.has(kp) || str(file, kp, getAt(file.value, kp)) === '')
        sink.at(
          file,
          t.pointer,
          'DPR704',
          `tool \`${key}\` is missing: Coze cannot ${key === 'tool_id' ? 'register' : 'find the operation of'} this tool`,
          `Add \`${key}\` to the tool entry.`,
          { part: 'key' },
        );
    }
    if (t.idText !== '' && t.id <= 0)
      sink.at(
        file,
        child(t.pointer, 'tool_id'),
        'DPR707',
        `tool_id ${t.idText} is not positive`,
        'Use a positive tool_id, by convention plugin_id × 10000 + n.',
        { severity: 'warning' },
      );
  }

  if (!file.has(at('openapi_doc_file')) || p.docFile === '') {
    missing(
      'openapi_doc_file',
      "Coze cannot load the plugin's OpenAPI document and skips the plugin",
      'Add `openapi_doc_file:` naming the OpenAPI YAML file next to plugin_meta.yaml.',
    );
    return undefined;
  }
  const rel = path.posix.normalize(p.docFile.replace(/\\/g, '/'));
  if (path.posix.isAbsolute(rel) || rel === '..' || rel.startsWith('../')) {
    sink.at(
      file,
      at('openapi_doc_file'),
      'DPR714',
      `openapi_doc_file \`${p.docFile}\` points outside the pluginproduct directory: the deployed image carries only that directory`,
      'Move the document next to plugin_meta.yaml and name it by its file name.',
    );
    return undefined;
  }
  if (!isFile(dir, rel)) {
    sink.at(
      file,
      at('openapi_doc_file'),
      'DPR713',
      `openapi_doc_file \`${p.docFile}\` does not exist: Coze skips this plugin`,
      'Add the OpenAPI document or correct the file name (it is case-sensitive).',
    );
    return undefined;
  }
  return rel;
}

function checkManifest(file: YamlFile, pointer: string, mf: Obj, icons: IconStore, sink: Sink): void {
  const text = (key: string): string => str(file, child(pointer, key), mf[key]);
  const schemaVersion = text('schema_version');
  if (schemaVersion !== 'v1')
    sink.at(
      file,
      file.has(child(pointer, 'schema_version')) ? child(pointer, 'schema_version') : pointer,
      schemaVersion === '' ? 'DPR704' : 'DPR705',
      `manifest.schema_version is ${schemaVersion === '' ? 'missing' : `\`${schemaVersion}\``}, not v1: Coze skips this plugin`,
      'Set `schema_version: v1`.',
      { part: 'key' },
    );
  for (const key of NAMED_FIELDS) {
    if (text(key) === '')
      sink.at(
        file,
        file.has(child(pointer, key)) ? child(pointer, key) : pointer,
        'DPR704',
        `manifest.${key} is missing or empty: Coze skips this plugin`,
        `Fill in manifest.${key}.`,
        { part: 'key' },
      );
  }
  const api = isObj(mf.api) ? str(file, `${pointer}/api/type`, mf.api.type) : '';
  if (!API_TYPES.includes(api))
    sink.at(
      file,
      [`${pointer}/api/type`, child(pointer, 'api')].find((q) => file.has(q)) ?? pointer,
      api === '' ? 'DPR704' : 'DPR705',
      `manifest.api.type is ${api === '' ? 'missing' : `\`${api}\``}: Coze accepts only ${API_TYPES.join(' or ')} here and skips this plugin`,
      'Set `api: {type: openapi}`.',
      { part: 'key' },
    );
  checkAuth(file, pointer, mf, sink);
  checkCommonParams(file, child(pointer, 'common_params'), mf.common_params, sink);
  icons.check(file, child(pointer, 'logo_url'), text('logo_url'), sink);
}

/** Coze checks locations only when auth is not none (M7 returns first); we always do. */
function checkCommonParams(file: YamlFile, pointer: string, params: unknown, sink: Sink): void {
  if (!isObj(params)) return;
  for (const [loc, list] of Object.entries(params)) {
    if (!PARAM_LOCATIONS.includes(loc))
      sink.at(
        file,
        child(pointer, loc),
        'DPR705',
        `common_params location \`${loc}\` is not one of ${PARAM_LOCATIONS.join(', ')}: Coze skips the plugin, or with auth none crashes on the first call`,
        'Use body, header, query or path as the location key.',
        { part: 'key' },
      );
    if (!Array.isArray(list)) continue;
    list.forEach((item, i) => {
      if (isObj(item) && str(file, child(child(pointer, loc), i), item.name) === '')
        sink.at(
          file,
          child(child(pointer, loc), i),
          'DPR704',
          `common_params.${loc}[${i}] has no name: Coze sends a parameter without a name`,
          'Give the common parameter a `name`.',
          { severity: 'warning' },
        );
    });
  }
}

/**
 * Where `logo_url` object keys can be found: Coze ships them in docker/volumes/minio/ and uploads
 * them to object storage. We look in the configuration directory, its parent, and the minio volume
 * of an enclosing Coze Studio checkout.
 */
export class IconStore {
  private readonly roots: string[];
  private reportedNone = false;

  constructor(dir: string) {
    const roots = [dir, path.dirname(dir)];
    let up = path.resolve(dir);
    for (let i = 0; i < 6; i++) {
      const minio = path.join(up, 'docker', 'volumes', 'minio');
      if (existsSync(minio)) roots.push(minio);
      const parent = path.dirname(up);
      if (parent === up) break;
      up = parent;
    }
    this.roots = roots;
  }

  check(file: YamlFile, pointer: string, logo: string, sink: Sink): void {
    if (logo === '') {
      sink.at(
        file,
        file.has(pointer) ? pointer : pointer.slice(0, pointer.lastIndexOf('/')),
        'DPR715',
        'manifest.logo_url is empty: the plugin shows no icon',
        "Set logo_url to the icon's object key, e.g. official_plugin_icon/plugin_name.png.",
        { part: 'key' },
      );
      return;
    }
    const found = this.roots.some((r) => isFile(r, logo));
    if (found) return;
    const folder = logo.includes('/') ? logo.slice(0, logo.lastIndexOf('/')) : '';
    const storeSeen = folder !== '' && this.roots.some((r) => isDir(path.join(r, folder)));
    if (storeSeen) {
      sink.at(
        file,
        pointer,
        'DPR715',
        `icon \`${logo}\` is not in the bundled ${folder}/ directory: Coze shows a broken icon`,
        `Add the icon file to ${folder}/ or correct logo_url.`,
      );
    } else if (!this.reportedNone) {
      this.reportedNone = true;
      sink.at(
        file,
        pointer,
        'DPR715',
        `icons not checked: no ${folder || 'icon'} directory next to the configuration or in docker/volumes/minio/`,
        'Check the icons against the object storage Coze Studio uploads them to.',
        { severity: 'notice' },
      );
    }
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
