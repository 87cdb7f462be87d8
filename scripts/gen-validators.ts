// Prints Ajv's standalone code for every schema, exporting PRECOMPILED (id → validate function).
// Run by scripts/build.mjs; the bundles import it in place of src/manifest/precompiled.ts.
import standaloneCode from 'ajv/dist/standalone/index.js';
import { createAjv, ROOT_SCHEMAS } from '../src/manifest/schemas.js';

const ajv = createAjv({ standalone: true });
const names = Object.fromEntries(ROOT_SCHEMAS.map((id, i) => [`v${i}`, id]));
const code = (standaloneCode as unknown as { default: typeof standaloneCode }).default
  ? (standaloneCode as unknown as { default: (a: unknown, r: Record<string, string>) => string }).default(
      ajv,
      names,
    )
  : (standaloneCode as unknown as (a: unknown, r: Record<string, string>) => string)(ajv, names);
const table = ROOT_SCHEMAS.map((id, i) => `  ${JSON.stringify(id)}: v${i},`).join('\n');
process.stdout.write(`${code}\nexport const PRECOMPILED = {\n${table}\n};\n`);
