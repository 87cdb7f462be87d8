// `npm run bench`: speed and memory figures, printed, never asserted. Each section lives in
// scripts/bench/<name>.mjs and exports `run()`; `npm run bench -- <name>` runs one section.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench');
const wanted = process.argv.slice(2);
const sections = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs') && !f.startsWith('_'))
  .sort()
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace(/\.mjs$/, '')));

for (const file of sections) {
  const { run, title } = await import(pathToFileURL(path.join(dir, file)).href);
  console.log(`\n== ${title ?? file}`);
  await run();
}
