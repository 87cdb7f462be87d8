import { Ajv, type ValidateFunction } from 'ajv';
import schema from '../../schemas/dify-release.schema.json' with { type: 'json' };

/** The options `.dify-release.yml`'s schema is compiled with, at run time or ahead of time. */
export const CONFIG_AJV_OPTIONS = {
  allErrors: true,
  allowUnionTypes: true,
  strict: false,
  verbose: true,
} as const;

export const CONFIG_SCHEMA: object = schema;

/**
 * The validator of `.dify-release.yml`. Running from source it is compiled here; the bundles replace
 * this module with Ajv's standalone code (scripts/build.mjs), so they never load Ajv itself.
 */
export function configValidator(): ValidateFunction {
  return new Ajv(CONFIG_AJV_OPTIONS).compile(schema);
}
