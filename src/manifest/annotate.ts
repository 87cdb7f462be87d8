import { escapePointer } from '../yaml/pointer.js';

type Schema = Record<string, unknown>;

/**
 * Where our schemas' annotations apply in a document: `x-dpr-string` (Python reads a string there:
 * `true` strictly, `"coerce"` through str()) and `x-dpr-i18n` (a localized text). Found by walking
 * the data and the schema together, so the validators stay plain JSON Schema (and can be compiled
 * ahead of time).
 */
export interface Annotations {
  strings: Map<string, true | 'coerce'>;
  i18n: Map<string, true>;
}

export function annotate(
  schemaId: string,
  data: unknown,
  documents: (id: string) => Schema | undefined,
): Annotations {
  const out: Annotations = { strings: new Map(), i18n: new Map() };
  const root = documents(schemaId);
  if (root) visit(root, schemaId, data, '', out, documents, 0);
  return out;
}

function visit(
  schema: Schema,
  docId: string,
  value: unknown,
  pointer: string,
  out: Annotations,
  documents: (id: string) => Schema | undefined,
  depth: number,
): void {
  if (depth > 64) return;
  const resolved = resolve(schema, docId, documents);
  if (!resolved) return;
  const [node, id] = resolved;
  const str = node['x-dpr-string'];
  if (str === true || str === 'coerce') out.strings.set(pointer, str);
  if (node['x-dpr-i18n'] === true) out.i18n.set(pointer, true);
  // Conditional and combined subschemas: follow every branch. Our branches never annotate the same
  // place differently, so taking all of them is exact and needs no evaluation of `if`.
  for (const key of ['then', 'else'] as const) {
    const sub = node[key];
    if (sub && typeof sub === 'object') visit(sub as Schema, id, value, pointer, out, documents, depth + 1);
  }
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = node[key];
    if (Array.isArray(list))
      for (const sub of list) visit(sub as Schema, id, value, pointer, out, documents, depth + 1);
  }
  if (Array.isArray(value)) {
    const items = node.items;
    if (items && typeof items === 'object' && !Array.isArray(items)) {
      for (const [i, v] of value.entries())
        visit(items as Schema, id, v, `${pointer}/${i}`, out, documents, depth + 1);
    }
  } else if (value !== null && typeof value === 'object') {
    const props = (node.properties ?? {}) as Record<string, Schema>;
    const extra = node.additionalProperties;
    for (const [key, v] of Object.entries(value)) {
      const sub = Object.hasOwn(props, key)
        ? props[key]
        : extra && typeof extra === 'object'
          ? (extra as Schema)
          : undefined;
      if (sub) visit(sub, id, v, `${pointer}/${escapePointer(key)}`, out, documents, depth + 1);
    }
  }
}

/** Follow `$ref`s (`file.json#/definitions/x` or `#/definitions/x`) to the schema node and its document. */
export function resolve(
  schema: Schema,
  docId: string,
  documents: (id: string) => Schema | undefined,
  depth = 0,
): [Schema, string] | undefined {
  const ref = schema.$ref as string | undefined;
  if (!ref || depth > 16) return [schema, docId];
  const [file, fragment = ''] = ref.split('#');
  const id = file ? file : docId;
  let target: unknown = documents(id);
  for (const part of fragment.split('/').filter(Boolean)) target = (target as Schema | undefined)?.[part];
  return target ? resolve(target as Schema, id, documents, depth + 1) : undefined;
}
