// `npm run gen`: write the files generated from the command declarations (see scripts/docs/generate.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import schema from '../schemas/dify-release.schema.json' with { type: 'json' };
import { generatedFiles, readmeWithConfig, readmeWithReference } from './docs/generate.js';

const root = path.resolve(import.meta.dirname, '..');
for (const [file, content] of generatedFiles()) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), content);
  console.log(`wrote ${file}`);
}
const readme = path.join(root, 'README.md');
writeFileSync(readme, readmeWithConfig(readmeWithReference(readFileSync(readme, 'utf8')), schema));
console.log('wrote README.md (command and configuration references)');
