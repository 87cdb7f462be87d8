/**
 * Asset remapping at upload (internal/core/plugin_manager/media_transport/assets.go `RemapAssets`):
 * every icon a declaration names must be a file under `_assets/`, or the upload fails; each is
 * stored as `hex(sha256(content ‖ filename)) + ext(filename)` and the declaration carries that id.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { OpenPackage } from '../zip/reader.js';
import { isObject, type Json } from './declaration.js';
import { joined } from './envelope.js';

export class RemapError extends Error {}

const LOCALES = ['en_US', 'zh_Hans', 'ja_JP', 'pt_BR'];

/** Read every `_assets/` entry, keyed by its name without the prefix. */
export async function readAssets(pkg: OpenPackage): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const { name } of pkg.entries) {
    if (!name.startsWith('_assets/')) continue;
    out.set(name.slice('_assets/'.length), await pkg.read(name));
  }
  return out;
}

export function assetId(name: string, content: Buffer): string {
  const hash = createHash('sha256').update(content).update(name, 'utf8').digest('hex');
  return hash + path.posix.extname(name);
}

/**
 * Replace every icon reference in `declaration` (in place) by its asset id; returns the assets to
 * store. Throws a {@link RemapError} with the daemon's text when a referenced file is missing.
 */
export function remapAssets(declaration: Json, assets: Map<string, Buffer>): Map<string, Buffer> {
  const stored = new Map<string, Buffer>();
  const ids = new Map<string, string>();
  const remap = (name: string, what: string): string => {
    const known = ids.get(name);
    if (known) return known;
    const content = assets.get(name);
    if (!content) throw new RemapError(joined(`file not found: ${name}`, `failed to remap ${what}`));
    const id = assetId(name, content);
    stored.set(id, content);
    ids.set(name, id);
    return id;
  };
  const field = (o: unknown, key: string, what: string): void => {
    if (isObject(o) && typeof o[key] === 'string' && o[key] !== '') o[key] = remap(o[key] as string, what);
  };

  const model = declaration.model;
  if (isObject(model)) {
    for (const [key, what] of [
      ['icon_small', 'model icon small'],
      ['icon_large', 'model icon large'],
      ['icon_small_dark', 'model icon small dark'],
      ['icon_large_dark', 'model icon large dark'],
    ] as const) {
      const icon = model[key];
      if (!isObject(icon)) continue;
      for (const locale of LOCALES) field(icon, locale, `${what} ${locale}`);
    }
  }
  for (const [kind, what] of [
    ['tool', 'tool icon'],
    ['agent_strategy', 'agent icon'],
  ] as const) {
    const identity = isObject(declaration[kind]) ? (declaration[kind] as Json).identity : undefined;
    field(identity, 'icon', what);
    field(identity, 'icon_dark', `${what} dark`);
  }
  const datasource = declaration.datasource;
  if (isObject(datasource)) {
    field(datasource.identity, 'icon', 'datasource icon');
    for (const item of Array.isArray(datasource.datasources) ? datasource.datasources : [])
      if (isObject(item)) field(item.identity, 'icon', 'datasource step icon');
  }
  const trigger = isObject(declaration.trigger) ? (declaration.trigger as Json).identity : undefined;
  field(trigger, 'icon', 'trigger icon');
  field(trigger, 'icon_dark', 'trigger icon dark');
  field(declaration, 'icon', 'plugin icon');
  field(declaration, 'icon_dark', 'plugin dark icon');
  return stored;
}
