import type { ValidateFunction } from 'ajv';
import { compileAtRunTime } from './compile-schemas.js';

/**
 * The validator of a schema. Running from source (tests, tsx) it is compiled at run time; the
 * bundles in dist/ replace this module with one that imports Ajv's standalone code for that schema
 * alone (scripts/build.mjs): no command loads Ajv or compiles a schema at start-up, and each loads
 * the validators of the kinds it meets only.
 */
export async function precompiled(id: string): Promise<ValidateFunction | undefined> {
  return compileAtRunTime(id);
}
