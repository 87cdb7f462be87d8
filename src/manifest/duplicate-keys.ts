// Duplicate keys, graded by whether the daemon decodes the mapping that holds them.
import { finding } from '../core/codes.js';
import type { Finding } from '../core/finding.js';
import { pointerToPath } from '../yaml/pointer.js';
import type { YamlFile } from '../yaml/yaml-file.js';
import { resolve } from './annotate.js';
import { type SchemaId, schemaDocument } from './schemas.js';

type Schema = Record<string, unknown>;

/**
 * Duplicate keys: yaml.v3 refuses them in every mapping the daemon decodes (a struct or a map it
 * knows); under keys it ignores, nothing reads them and the last value silently wins for PyYAML.
 */
export function duplicateKeys(file: YamlFile, id: SchemaId): Finding[] {
  return file.duplicates.map((d) => {
    const decoded = isDecodedPath(id, d.parent);
    const where = d.parent === '' ? 'at the top level' : `in ${pointerToPath(d.parent)}`;
    return finding(
      decoded ? 'DPR003' : 'DPR002',
      `key "${d.key}" appears twice ${where} (first on line ${d.first.line})${
        decoded ? '; the daemon refuses the file' : '; the last value wins'
      }`,
      { ...d.second, fix: 'Keep one of the two entries.' },
    );
  });
}

/** Whether the daemon decodes the value at this pointer, i.e. every step is a field it knows. */
export function isDecodedPath(id: string, pointer: string): boolean {
  const root = schemaDocument(id);
  if (!root) return false;
  const segments = pointer === '' ? [] : pointer.slice(1).split('/');
  return walk(root, id, segments);
}

function walk(schema: Schema, docId: string, segments: string[]): boolean {
  const resolved = resolve(schema, docId, schemaDocument);
  if (!resolved) return false;
  const [node, id] = resolved;
  if (node['x-dpr-daemon'] === false) return false; // only the SDK reads it (PyYAML: last key wins)
  if (segments.length === 0) return true;
  const [head, ...rest] = segments as [string, ...string[]];
  const props = node.properties as Record<string, Schema> | undefined;
  const types = ([] as unknown[]).concat(node.type ?? []);
  if (props && head in props) return walk(props[head]!, id, rest);
  if (/^\d+$/.test(head) && node.items && typeof node.items === 'object')
    return walk(node.items as Schema, id, rest);
  if (node.additionalProperties && typeof node.additionalProperties === 'object') {
    return walk(node.additionalProperties as Schema, id, rest);
  }
  if (types.length === 0 && !props) return true; // an untyped value (e.g. a map of anything) is decoded whole
  return false;
}
