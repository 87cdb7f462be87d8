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
 * One file per bundle file as it is on disk: named by the sha256 of its path, size, inode and change
 * time (V8 checks a cache only against the source's length, and npm gives every installed file the
 * same modification time; the change time moves with any write, and no program can set it back),
 * holding the sha256 of the data and the data; written once, to a temporary name
 * and renamed, so a reader never sees half a file. Anything that fails (no home directory, a
 * read-only disk, a rejected or damaged entry) means compiling as Node would; nothing else changes.
 *
 * `$DPR_CODE_CACHE` names the directory (`off` disables it); by default
 * `~/.cache/dify-plugin-release/code`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';

export function codeCacheDir(env: NodeJS.ProcessEnv): string | undefined {
  const given = env.DPR_CODE_CACHE;
  if (given === 'off') return undefined;
  if (given) return path.resolve(given);
  const home = env.HOME || homedir();
  return home ? path.join(home, '.cache', 'dify-plugin-release', 'code') : undefined;
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
  const dir = path.join(root, `${process.version}-${process.arch}`);
  const prefix = bundleDir + path.sep;
  const pending: [string, vm.Script][] = [];

  proto._compile = function compile(content, filename) {
    if (!filename.startsWith(prefix)) return original.call(this, content, filename);
    let file: string;
    try {
      const s = statSync(filename);
      file = path.join(
        dir,
        sha256(JSON.stringify([filename, s.size, s.ino, s.dev, s.ctimeMs])).toString('hex'),
      );
    } catch {
      return original.call(this, content, filename);
    }
    const cachedData = readEntry(file);
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
    if (cachedData === undefined || script.cachedDataRejected) pending.push([file, script]);
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
    if (pending.length === 0) return;
    try {
      mkdirSync(dir, { recursive: true });
      for (const [file, script] of pending) writeEntry(file, script.createCachedData());
    } catch {
      // A cache that cannot be written is a cache that is not used.
    }
  });
}

/**
 * The `require` a module gets: its own `module.require`, with `resolve` and the rest made on first use
 * (`createRequire` for every file would cost more than the cache saves: it computes the lookup paths).
 * A chunk already loaded is answered from Node's module cache by its path: chunks require each other
 * a thousand times in a run, and Node resolves each anew (a package.json lookup per call). The first
 * require of a file, and every other kind, is Node's own.
 */
function requireFor(mod: NodeJS.Module, filename: string): NodeJS.Require {
  let full: NodeJS.Require | undefined;
  const made = () => {
    full ??= createRequire(filename);
    return full;
  };
  const dir = path.dirname(filename);
  const cache = (Module as unknown as { _cache: Record<string, NodeJS.Module | undefined> })._cache;
  const require = ((id: string) => {
    if (id.startsWith('./') && id.endsWith('.cjs')) {
      const hit = cache[path.join(dir, id)];
      if (hit) return hit.exports;
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

function readEntry(file: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  if (bytes.length <= 32) return undefined;
  const data = bytes.subarray(32);
  return sha256(data).equals(bytes.subarray(0, 32)) ? data : undefined;
}

function sha256(data: Uint8Array | string): Buffer {
  return createHash('sha256').update(data).digest();
}

function writeEntry(file: string, data: Buffer): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, Buffer.concat([sha256(data), data]));
  renameSync(temp, file);
}
