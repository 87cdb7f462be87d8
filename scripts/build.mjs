// Bundle src/ into dist/: the CLI (dist/cli.js), the umbrella action (dist/action.js), one entry per
// node sub-action (dist/stages/<command>.js), and the chunks they share (dist/chunks/). Code
// splitting: each command loads only what it uses, so start-up parses a small entry, not the whole
// tool; the files are CommonJS (see toCommonJS below). Nothing is stubbed: undici, Octokit and
// @actions/* are bundled whole, and load on first use.
// `--check` builds into a temporary directory and fails when the committed dist/ differs.

import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const outArg = process.argv.indexOf('--outdir');
const outdir =
  outArg > 0
    ? path.resolve(process.argv[outArg + 1])
    : check
      ? mkdtempSync(path.join(tmpdir(), 'dpr-dist-'))
      : path.join(root, 'dist');

const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

// The commands whose sub-action is a node action get an entry of their own (see actions/<name>/).
const stages = JSON.parse(
  execFileSync(
    tsx,
    [
      '-e',
      "import('./src/commands/registry.ts').then(m => console.log(JSON.stringify(m.COMMANDS.filter(c => c.subaction).map(c => c.name))))",
    ],
    {
      cwd: root,
      encoding: 'utf8',
    },
  ),
);

// The JSON Schema validators, compiled ahead of time (Ajv standalone code): no command loads Ajv or
// compiles a schema at start-up, and each loads only the validators of the kinds it meets (one
// module per schema, imported when first asked for). Generated code, minified: a third of the text,
// and measurably faster to load. Running from source, src/manifest/precompiled.ts and
// src/config/validator.ts compile at run time instead.
const generated = JSON.parse(
  execFileSync(tsx, ['scripts/gen-validators.ts'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  }),
);
const minify = async (code) =>
  (await transform(code, { minify: true, format: 'esm', target: 'node20' })).code;
const virtualModules = { config: await minify(generated.config) };
const ids = Object.keys(generated.declarations);
for (const id of ids) virtualModules[`validator:${id}`] = await minify(generated.declarations[id]);
// In place of src/manifest/precompiled.ts: each schema's validator, imported when first asked for.
virtualModules.declarations = `const LOADERS = {
${ids.map((id) => `  ${JSON.stringify(id)}: () => import(${JSON.stringify(`dpr:validator:${id}`)}),`).join('\n')}
};
export async function precompiled(id) {
  const load = LOADERS[id];
  return load ? (await load()).default : undefined;
}
`;

// The YAML reader's slow path (src/yaml/slow-read.ts and the \`yaml\` package) is a CommonJS file of
// its own, required the first time a file needs it: the reader is synchronous, so it cannot wait for
// an import(), and most runs never need it. The module that requires it is in whichever output file
// esbuild puts it (the CLI, a stage entry, a chunk), so it looks beside itself and in chunks/.
const SLOW_YAML = 'yaml-slow.cjs';
virtualModules.slowLoader = `import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
let read;
export function slowReader() {
  if (!read) {
    const file = ['./${SLOW_YAML}', './chunks/${SLOW_YAML}', '../chunks/${SLOW_YAML}']
      .map((f) => fileURLToPath(new URL(f, import.meta.url)))
      .find((f) => existsSync(f));
    if (!file) throw new Error('internal: ${SLOW_YAML} is missing from the bundle');
    read = createRequire(import.meta.url)(file).slowRead;
  }
  return read;
}
`;

// For lighterInterop (below): Node's built-ins, and esbuild's line that copies a module's exports.
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const EXPORTS = 'module.exports = __toCommonJS(stdin_exports);';

/** What the importers given a lazy node:child_process call (a name missing here fails the build). */
const LAZY_CHILD_PROCESS = ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'];

// Which module each replaces: the importer's path, the import it writes, and where it resolves from.
const REPLACED = {
  declarations: [path.join('src', 'manifest', 'schemas.ts'), './precompiled.js', 'manifest'],
  config: [path.join('src', 'config', 'load.ts'), './validator.js', 'config'],
  slowLoader: [path.join('src', 'yaml', 'yaml-file.ts'), './slow-loader.js', 'yaml'],
};

const virtual = {
  name: 'dpr-virtual',
  setup(b) {
    b.onResolve({ filter: /^dpr:validator:/ }, (args) => ({ path: args.path.slice(4), namespace: 'dpr' }));
    b.onResolve({ filter: /^\.\/(precompiled|validator|slow-loader)\.js$/ }, (args) => {
      const hit = Object.entries(REPLACED).find(
        ([, [importer, spec]]) => args.importer.endsWith(importer) && args.path === spec,
      );
      return hit ? { path: hit[0], namespace: 'dpr' } : undefined;
    });
    b.onResolve({ filter: /^dpr-stage:/ }, (args) => ({
      path: args.path.slice('dpr-stage:'.length),
      namespace: 'dpr-stage',
    }));
    b.onLoad({ filter: /.*/, namespace: 'dpr' }, (args) => ({
      contents: virtualModules[args.path],
      loader: 'js',
      resolveDir: path.join(root, 'src', REPLACED[args.path]?.[2] ?? 'manifest'),
    }));
    // node:child_process loads net, dgram, streams and more (~2 ms) when required: commander and our
    // process ports (src/io/) require it at start-up, though most runs start no process. They get
    // the functions they call, each loading the module on its first call.
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/](node_modules[\\/]commander|src[\\/]io)[\\/]/.test(args.importer)
        ? { path: 'child_process', namespace: 'dpr-lazy' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'dpr-lazy' }, () => ({
      contents: [
        'let loaded;',
        "const real = () => (loaded ??= require('node:child_process'));",
        ...LAZY_CHILD_PROCESS.map((f) => `export const ${f} = (...args) => real().${f}(...args);`),
      ].join('\n'),
      loader: 'js',
    }));
    // A node sub-action's entry: the action, with its command fixed.
    b.onLoad({ filter: /.*/, namespace: 'dpr-stage' }, (args) => ({
      contents: `import { start } from './index.ts';\nstart(${JSON.stringify(args.path)});\n`,
      loader: 'ts',
      resolveDir: path.join(root, 'src', 'action'),
    }));
  },
};

rmSync(outdir, { recursive: true, force: true });
const { metafile } = await build({
  plugins: [virtual],
  entryPoints: {
    cli: path.join(root, 'src/cli/index.ts'),
    action: path.join(root, 'src/action/umbrella.ts'),
    ...Object.fromEntries(stages.map((s) => [`stages/${s}`, `dpr-stage:${s}`])),
  },
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  define: { __DPR_BUNDLE__: 'true' },
  legalComments: 'none',
  sourcemap: false,
  minify: process.env.DPR_MINIFY === '1',
  logLevel: 'warning',
  absWorkingDir: root,
  metafile: true,
});
// The code cache (src/cli/code-cache.ts) compiles the bundle's files without a dynamic-import
// callback (V8 loses it when code comes from a cache): the bundle may import() its own chunks (they
// become require()s below), never anything else.
const dynamic = Object.entries(metafile.outputs).flatMap(([file, out]) =>
  out.imports
    .filter((i) => i.kind === 'dynamic-import' && i.external)
    .map((i) => `${file}: import(${i.path})`),
);
if (dynamic.length > 0) {
  console.error(
    `a dynamic import of a module outside the bundle (use a static import): ${dynamic.join(', ')}`,
  );
  process.exit(1);
}
await toCommonJS(outdir);
await build({
  entryPoints: [path.join(root, 'src/yaml/slow-read.ts')],
  outfile: path.join(outdir, 'chunks', SLOW_YAML),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
});
// The CLI is run directly (npx, a global install): it needs the shebang first.
{
  const cli = path.join(outdir, 'cli.js');
  const text = readFileSync(cli, 'utf8');
  writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
  chmodSync(cli, 0o755);
}

// Every output file becomes CommonJS (esbuild splits code only in ESM, so the split is made in ESM
// and each file converted): Node 20 loads a CommonJS file measurably faster than an ES module, and
// only CommonJS can use V8's code cache on Node 20 (src/cli/code-cache.ts). The sources stay ESM.
// The entries keep their names (dist/package.json says they are CommonJS); the chunks are `.cjs`,
// which spares Node looking for a package.json for each. Strict mode, which ES modules always have,
// is kept; an import() of a chunk becomes a require() when it is called.
async function toCommonJS(dir) {
  const outputs = new Set(
    files(dir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => f.split(path.sep).join('/')),
  );
  const renamed = (f) => (f.startsWith('chunks/') ? f.replace(/\.js$/, '.cjs') : f);
  // An import of another output file, or `undefined` for text that only looks like one (a bundled
  // library's doc comment names no output file).
  const target = (file, spec) => {
    const to = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
    if (!outputs.has(to)) return undefined;
    const rel = path.posix.relative(path.posix.dirname(file), renamed(to));
    return rel.startsWith('.') ? rel : `./${rel}`;
  };
  for (const file of outputs) {
    const source = readFileSync(path.join(dir, file), 'utf8')
      .replace(/\bimport\((["'])(\.{1,2}\/[^"']+\.js)\1\)/g, (found, q, spec) => {
        const to = target(file, spec);
        return to ? `Promise.resolve().then(() => require(${q}${to}${q}))` : found;
      })
      .replace(/(\bfrom\s*|^import\s*)(["'])(\.{1,2}\/[^"']+\.js)\2/gm, (found, head, q, spec) => {
        const to = target(file, spec);
        return to ? `${head}${q}${to}${q}` : found;
      });
    const converted = await transform(source, {
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      define: { 'import.meta.url': '__dprImportMetaUrl' },
      logLevel: 'error',
    });
    // import.meta.url is given above; anything else of import.meta would become `{}` silently.
    if (converted.code.includes('import.meta')) throw new Error(`${file}: import.meta is not available here`);
    const code = lighterInterop(file, converted.code);
    const url = code.includes('__dprImportMetaUrl')
      ? 'var __dprImportMetaUrl = require("node:url").pathToFileURL(__filename).href;\n'
      : '';
    rmSync(path.join(dir, file));
    writeFileSync(path.join(dir, renamed(file)), `"use strict";\n${url}${code}`);
  }
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`);
}

// esbuild's CommonJS interop copies every export into a new object of getters, once for a module's
// exports and once more for each default import of a Node built-in (node:path, in a hundred chunks):
// a thousand closures at start-up. A module's exports object is marked and used as it is, and a
// built-in is seen through an object that inherits from it: the same properties, read live.
function lighterInterop(file, code) {
  if (code.includes('var __toCommonJS = ') !== code.includes(EXPORTS)) {
    throw new Error(`${file}: esbuild's CommonJS interop is not what scripts/build.mjs expects`);
  }
  let out = code.replace(
    EXPORTS,
    'module.exports = __defProp(stdin_exports, "__esModule", { value: true });',
  );
  let builtin = false;
  out = out.replace(/__toESM\(require\("([^"]+)"\)\)/g, (found, id) => {
    if (!BUILTINS.has(id)) return found;
    builtin = true;
    return `__dprBuiltin(require(${JSON.stringify(id)}))`;
  });
  return builtin
    ? `var __dprBuiltin = (m) => Object.create(m, { default: { value: m, enumerable: true } });\n${out}`
    : out;
}

function files(dir, base = dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p, base) : [path.relative(base, p)];
  });
}

if (check) {
  const committed = path.join(root, 'dist');
  const built = new Set(files(outdir));
  const present = new Set(files(committed));
  const stale = [];
  for (const file of built) {
    if (!present.has(file)) stale.push(`${file} (missing)`);
    else if (!readFileSync(path.join(committed, file)).equals(readFileSync(path.join(outdir, file))))
      stale.push(file);
  }
  for (const file of present) if (!built.has(file)) stale.push(`${file} (no longer built)`);
  // npm links `bin` as it is: the committed CLI must keep its run bit.
  if ((statSync(path.join(committed, 'cli.js')).mode & 0o111) === 0) stale.push('cli.js (not executable)');
  rmSync(outdir, { recursive: true, force: true });
  if (stale.length > 0) {
    console.error(`dist/ is stale: ${stale.join(', ')}. Run \`npm run build\` and commit dist/.`);
    process.exit(1);
  }
  console.log('dist/ is up to date.');
}
