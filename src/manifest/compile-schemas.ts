import { Ajv, type ValidateFunction } from 'ajv';
import { AJV_OPTIONS, ANNOTATIONS, SCHEMA_DOCUMENTS } from './schema-set.js';

/**
 * Ajv with every schema registered, compiling at run time: what the tests (running from source) use,
 * and what scripts/gen-validators.ts turns into standalone code for the bundles, which never load
 * Ajv itself (it is a quarter of a megabyte to parse at every start).
 */
export function createAjv(options: { standalone?: boolean } = {}): Ajv {
  const instance = new Ajv({
    ...AJV_OPTIONS,
    code: options.standalone ? { source: true, esm: true } : undefined,
  });
  instance.addVocabulary([...ANNOTATIONS]);
  for (const schema of SCHEMA_DOCUMENTS) instance.addSchema(schema);
  return instance;
}

let ajv: Ajv | undefined;

export function compileAtRunTime(id: string): ValidateFunction | undefined {
  ajv ??= createAjv();
  return ajv.getSchema(id);
}
