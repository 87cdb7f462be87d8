import type { ErrorObject, ValidateFunction } from 'ajv';
import { type Annotations, annotate } from './annotate.js';
import { precompiled } from './precompiled.js';
import { EMBEDDED, type SchemaId, schemaDocument } from './schema-set.js';

export { ANNOTATIONS, ROOT_SCHEMAS, type SchemaId, schemaDocument } from './schema-set.js';

const compiled = new Map<string, Promise<ValidateFunction>>();

export function validatorFor(id: SchemaId): Promise<ValidateFunction> {
  let fn = compiled.get(id);
  if (!fn) {
    fn = precompiled(id).then((v) => {
      if (!v) throw new Error(`internal: schema ${id} is not registered`);
      return v;
    });
    compiled.set(id, fn);
  }
  return fn;
}

/**
 * Validate, and collect the places the schema annotates (see `Annotations`). A manifest's embedded
 * declarations are validated with their own schemas, their errors placed under their key.
 */
export async function validateWithSlots(
  id: SchemaId,
  data: unknown,
  typed: unknown,
): Promise<{ errors: ErrorObject[]; slots: Annotations }> {
  const fn = await validatorFor(id);
  fn(data);
  const errors = [...(fn.errors ?? [])];
  if (id === 'manifest.schema.json' && data !== null && typeof data === 'object' && !Array.isArray(data)) {
    for (const [key, schema] of Object.entries(EMBEDDED)) {
      if (!Object.hasOwn(data, key)) continue;
      const inner = await validatorFor(schema);
      inner((data as Record<string, unknown>)[key]);
      for (const e of inner.errors ?? []) errors.push({ ...e, instancePath: `/${key}${e.instancePath}` });
    }
  }
  return { errors, slots: annotate(id, typed, schemaDocument) };
}
