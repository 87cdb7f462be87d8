/**
 * V8's code cache for the bundled CLI's own files: a second run deserializes the bytecode the first
 * one compiled instead of parsing and compiling ~1 MB of JavaScript again (about a fifth of a small
 * command's start-up). Node 22.1+ has this built in (`module.enableCompileCache`), and is used
 * when present. Node 20 has no switch for it, so on Node 20 the CommonJS loader's compile step is
 * wrapped for files inside the bundle directory only. `v8-compile-cache`, the library that does
 * this, asks V8 for the cache when a file is compiled, before any function has run, so the cache
 * holds little more than top-level code; it measured 2.2× bare Node for `validate` where this
 * measures 1.7× (the cache is taken at exit, with every function the run compiled).
 *
 * The entries, and how they are swept, are ./code-cache-store.ts's. Anything that fails (no home
 * directory, a read-only disk, a rejected or damaged entry) means compiling as Node would; nothing
 * else changes.
 *
 * `$DPR_CODE_CACHE` names the directory (`off` disables it); by default
 * `~/.cache/dify-plugin-release/code`.
 */
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { cacheDir } from '../core/cache-dir.js';
import { openStore } from './code-cache-store.js';

export function codeCacheDir(env: NodeJS.ProcessEnv): string | undefined {
  return cacheDir(env, 'DPR_CODE_CACHE', 'code');
}

type Compile = (this: NodeJS.Module, content: string, filename: string) => unknown;

/** Cache the compiled code of the CommonJS files under `bundleDir` (the bundle's own directory). */
export function enableCodeCache(bundleDir: string, env: NodeJS.ProcessEnv): void {
  const root = codeCacheDir(env);
  if (!root) return;
  const builtIn = (Module as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache;
  if (builtIn) {
    builtIn(root);
    return;
  }
  const proto = (Module as unknown as { prototype: { _compile: Compile } }).prototype;
  const original = proto._compile;
  const store = openStore(root, bundleDir);
  const prefix = bundleDir + path.sep;
  const pending: [string, vm.Script][] = [];

  proto._compile = function compile(content, filename) {
    const entry = filename.startsWith(prefix) ? store.entryFor(filename) : undefined;
    if (!entry) return original.call(this, content, filename);
    const cachedData = store.read(entry);
    let script: vm.Script;
    try {
      script = new vm.Script(
        `(function (exports, require, module, __filename, __dirname) { ${content}\n});`,
        {
          filename,
          cachedData,
        },
      );
    } catch {
      // Not ours to word: let Node compile it and report what it finds.
      return original.call(this, content, filename);
    }
    if (cachedData === undefined || script.cachedDataRejected) pending.push([entry, script]);
    const fn = script.runInThisContext() as (...args: unknown[]) => unknown;
    return fn.call(
      this.exports,
      this.exports,
      requireFor(this, filename),
      this,
      filename,
      path.dirname(filename),
    );
  };

  process.once('exit', () => {
    if (pending.length > 0)
      store.write(pending.map(([entry, script]) => [entry, script.createCachedData()] as const));
  });
}

/** Node's module class, as far as loading a file by its path goes. */
interface ModuleClass {
  new (
    id: string,
    parent: NodeJS.Module,
  ): NodeJS.Module & { _compile(content: string, filename: string): unknown };
  _cache: Record<string, NodeJS.Module | undefined>;
}

/**
 * The `require` a module gets: its own `module.require`, with `resolve` and the rest made on first use
 * (`createRequire` for every file would cost more than the cache saves: it computes the lookup paths).
 * A chunk beside it (`./chunk-….cjs`: the bundle's files are one flat directory, already real paths)
 * is loaded by its path: Node would resolve each of a thousand requires anew, with a package.json
 * lookup each time (about a tenth of a millisecond per file, for nothing). Everything else, and a
 * chunk that is missing, is Node's own.
 */
function requireFor(mod: NodeJS.Module, filename: string): NodeJS.Require {
  let full: NodeJS.Require | undefined;
  const made = () => {
    full ??= createRequire(filename);
    return full;
  };
  const dir = path.dirname(filename);
  const M = Module as unknown as ModuleClass;
  const require = ((id: string) => {
    if (id.startsWith('./') && id.endsWith('.cjs') && !id.includes('/', 2)) {
      const file = `${dir}${path.sep}${id.slice(2)}`; // a name in the same directory (path.join costs more)
      const hit = M._cache[file];
      if (hit) return hit.exports;
      const child = new M(file, mod);
      M._cache[file] = child;
      try {
        // What Module.prototype.load does for a CommonJS file, but the lookup paths, which are the
        // requiring chunk's (the same directory).
        const content = readFileSync(file, 'utf8');
        child.filename = file;
        child.paths = mod.paths;
        child._compile(content, file);
        child.loaded = true;
        return child.exports;
      } catch (error) {
        delete M._cache[file];
        // A chunk that is not there is Node's to report (MODULE_NOT_FOUND); one that throws, ours.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    return mod.require(id);
  }) as NodeJS.Require;
  Object.defineProperties(require, {
    resolve: { get: () => made().resolve },
    cache: { get: () => made().cache },
    extensions: { get: () => made().extensions },
    main: { get: () => process.mainModule },
  });
  return require;
}
