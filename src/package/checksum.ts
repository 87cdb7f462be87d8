/**
 * Dify's package checksum and plugin unique identifier (dify-format.md §2.8, §2.9).
 *
 *   H[path] = SHA256(bytes) for every file entry; keys sorted byte-wise;
 *   checksum = hex(SHA256( concat over keys of SHA256(utf8(key)) ‖ H[key] ))
 *
 * Every entry counts, `.verification.dify.json` included; the zip comment does not.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { byteOrder } from '../core/paths.js';
import { openRegularFile } from '../io/read.js';
import type { OpenPackage } from '../zip/reader.js';

/** The checksum from each entry's path and the SHA-256 of its content. */
export function checksumOf(entries: Iterable<{ name: string; sha256: Buffer }>): string {
  const byName = new Map<string, Buffer>();
  for (const e of entries) byName.set(e.name, e.sha256);
  const outer = createHash('sha256');
  for (const name of [...byName.keys()].sort(byteOrder)) {
    outer.update(createHash('sha256').update(name, 'utf8').digest());
    outer.update(byName.get(name)!);
  }
  return outer.digest('hex');
}

const STREAM_FROM = 1024 * 1024;

/** SHA-256 of every file entry of an open package, in its order (large entries streamed). */
export async function entryHashes(pkg: OpenPackage): Promise<{ name: string; sha256: Buffer }[]> {
  const out: { name: string; sha256: Buffer }[] = [];
  for (const { name, size } of pkg.entries) {
    const hash = createHash('sha256');
    // Small entries in one read (no stream to set up for each of thousands), large ones streamed.
    if (size <= STREAM_FROM) hash.update(await pkg.read(name));
    else for await (const chunk of await pkg.stream(name)) hash.update(chunk as Buffer);
    out.push({ name, sha256: hash.digest() });
  }
  return out;
}

/** The checksum of an open package. */
export async function packageChecksum(pkg: OpenPackage): Promise<string> {
  return checksumOf(await entryHashes(pkg));
}

/** The checksum of files on disk (`path` inside the package, `source` to read): a directory's. */
export async function filesChecksum(files: readonly { path: string; source: string }[]): Promise<string> {
  const hashes: { name: string; sha256: Buffer }[] = [];
  for (const f of files) {
    const hash = createHash('sha256');
    // Through the one reader: a pipe or a device among the files is refused, not read forever.
    const { fd } = openRegularFile(f.source, { maxBytes: Number.POSITIVE_INFINITY, label: f.path });
    for await (const chunk of createReadStream('', { fd })) hash.update(chunk as Buffer);
    hashes.push({ name: f.path, sha256: hash.digest() });
  }
  return checksumOf(hashes);
}

/** The daemon's identifier regex (pkg/entities/plugin_entities/identity.go). */
export const IDENTIFIER_PATTERN =
  /^(?:([a-z0-9_-]{1,64})\/)?([a-z0-9_-]{1,255}):([0-9]{1,4})(\.[0-9]{1,4}){1,3}(-\w{1,16})?@[a-f0-9]{32,64}$/;

/** A plugin name as the identifier regex accepts it (also safe as part of a file name). */
export const NAME_PATTERN = /^[a-z0-9_-]{1,255}$/;
/** A version as the identifier regex accepts it (also safe as part of a file name). */
export const VERSION_PATTERN = /^[0-9]{1,4}(\.[0-9]{1,4}){1,3}(-\w{1,16})?$/;

export interface PluginIdentifier {
  /** `author/name` (or `name` without an author): what the daemon calls the plugin id. */
  pluginId: string;
  author: string;
  name: string;
  version: string;
  checksum: string;
}

/** `author/name:version@checksum`, the author part omitted when empty (parser.MarshalPluginID). */
export function formatIdentifier(author: string, name: string, version: string, checksum: string): string {
  return `${author ? `${author}/` : ''}${name}:${version}@${checksum}`;
}

export function isValidIdentifier(identifier: string): boolean {
  return IDENTIFIER_PATTERN.test(identifier);
}

/** Split an identifier the way the daemon's accessors do; `undefined` when the regex rejects it. */
export function parseIdentifier(identifier: string): PluginIdentifier | undefined {
  if (!IDENTIFIER_PATTERN.test(identifier)) return undefined;
  const at = identifier.lastIndexOf('@');
  const head = identifier.slice(0, at);
  const colon = head.indexOf(':');
  const pluginId = head.slice(0, colon);
  const slash = pluginId.indexOf('/');
  return {
    pluginId,
    author: slash === -1 ? '' : pluginId.slice(0, slash),
    name: slash === -1 ? pluginId : pluginId.slice(slash + 1),
    version: head.slice(colon + 1),
    checksum: identifier.slice(at + 1),
  };
}
