// Bundle src/ into dist/cli.js and dist/action.js (single ESM files, no runtime node_modules).
// `--check` builds into a temporary directory and fails when the committed dist/ differs.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const outArg = process.argv.indexOf('--outdir');
const outdir =
  outArg > 0
    ? path.resolve(process.argv[outArg + 1])
    : check
      ? mkdtempSync(path.join(tmpdir(), 'dpr-dist-'))
      : path.join(root, 'dist');

const entries = {
  cli: 'src/cli/index.ts',
  action: 'src/action/index.ts',
};

// CommonJS dependencies bundled into ESM still call require(): give them one.
const banner = [
  "import { createRequire as __dprCreateRequire } from 'node:module';",
  'const require = __dprCreateRequire(import.meta.url);',
].join('\n');

// The JSON Schema validators, compiled ahead of time (Ajv standalone code) so no command pays for
// compiling them at start-up. Running from source, src/manifest/precompiled.ts is empty instead.
const validators = execFileSync(
  path.join(root, 'node_modules', '.bin', 'tsx'),
  ['scripts/gen-validators.ts'],
  {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  },
);
const precompiled = {
  name: 'dpr-precompiled-validators',
  setup(b) {
    b.onResolve({ filter: /^\.\/precompiled\.js$/ }, (args) =>
      args.importer.endsWith(path.join('src', 'manifest', 'schemas.ts'))
        ? { path: 'validators', namespace: 'dpr' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'dpr' }, () => ({
      contents: validators,
      loader: 'js',
      resolveDir: path.join(root, 'src', 'manifest'),
    }));
  },
};

for (const [name, entry] of Object.entries(entries)) {
  await build({
    plugins: [precompiled],
    // See scripts/stubs/undici.mjs: @actions/core's HTTP client is never used by the stages.
    alias: { undici: path.join(root, 'scripts', 'stubs', 'undici.mjs') },
    entryPoints: [path.join(root, entry)],
    outfile: path.join(outdir, `${name}.js`),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    banner: { js: name === 'cli' ? `#!/usr/bin/env node\n${banner}` : banner },
    legalComments: 'none',
    sourcemap: false,
    minify: false,
    logLevel: 'warning',
    absWorkingDir: root,
  });
}

if (check) {
  const committed = path.join(root, 'dist');
  const stale = [];
  for (const file of readdirSync(outdir)) {
    let current;
    try {
      current = readFileSync(path.join(committed, file));
    } catch {
      stale.push(`${file} (missing)`);
      continue;
    }
    if (!current.equals(readFileSync(path.join(outdir, file)))) stale.push(file);
  }
  rmSync(outdir, { recursive: true, force: true });
  if (stale.length > 0) {
    console.error(`dist/ is stale: ${stale.join(', ')}. Run \`npm run build\` and commit dist/.`);
    process.exit(1);
  }
  console.log('dist/ is up to date.');
}
