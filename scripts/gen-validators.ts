// Prints Ajv's standalone code for the bundles, as JSON: `declarations`, a module for each
// declaration schema (by id, each exporting its validator as default; src/manifest/precompiled.ts
// is replaced by one importing them), and `config`, one exporting `configValidator()` (in place of
// src/config/validator.ts). Run by scripts/build.mjs.
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { CONFIG_AJV_OPTIONS, CONFIG_SCHEMA } from '../src/config/validator.js';
import { createAjv } from '../src/manifest/compile-schemas.js';
import { ROOT_SCHEMAS } from '../src/manifest/schema-set.js';

type Standalone = (ajv: unknown, refs?: Record<string, string>) => string;
const standalone: Standalone =
  (standaloneCode as unknown as { default?: Standalone }).default ??
  (standaloneCode as unknown as Standalone);

// One module per root schema, each with its own copy of what it refers to (common definitions): a
// command loads the validators of the kinds it meets only.
const declarations = Object.fromEntries(
  ROOT_SCHEMAS.map((id) => [
    id,
    `${standalone(createAjv({ standalone: true }), { v: id })}\nexport default v;\n`,
  ]),
);

const configAjv = new Ajv({ ...CONFIG_AJV_OPTIONS, code: { source: true, esm: true } });
configAjv.addSchema(CONFIG_SCHEMA, 'config');
const config = `${standalone(configAjv, { v: 'config' })}
export function configValidator() {
  return v;
}
`;

process.stdout.write(JSON.stringify({ declarations, config }));
