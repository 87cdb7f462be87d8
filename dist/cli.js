#!/usr/bin/env node
"use strict";
var __dprBuiltin = (m) => Object.create(m, { default: { value: m, enumerable: true } });
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var import_chunk_6FD3E23X = require("./chunks/chunk-6FD3E23X.cjs");
var import_chunk_UTH2BAN3 = require("./chunks/chunk-UTH2BAN3.cjs");
var import_chunk_KIZ6KU7F = require("./chunks/chunk-KIZ6KU7F.cjs");
var import_node_fs = require("node:fs");
var import_node_module = __dprBuiltin(require("node:module"));
var import_node_path = __dprBuiltin(require("node:path"));
var import_node_vm = __dprBuiltin(require("node:vm"));
var import_node_crypto = require("node:crypto");
var import_node_fs2 = require("node:fs");
var import_node_path2 = __dprBuiltin(require("node:path"));
var BUNDLE_FILE = ".bundle";
var STALE_RUNTIME_MS = 30 * 24 * 3600 * 1e3;
function openStore(root, bundleDir) {
  const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].join(" ").trim();
  const runtime = `${process.version}-${process.arch}${flags ? `-${sha256(flags).toString("hex").slice(0, 12)}` : ""}`;
  const runtimeDir = import_node_path2.default.join(root, runtime);
  const dir = import_node_path2.default.join(runtimeDir, sha256(bundleDir).toString("hex").slice(0, 16));
  return {
    entryFor(filename) {
      try {
        return `${dir}${import_node_path2.default.sep}${entryName(filename.slice(bundleDir.length + 1), (0, import_node_fs2.statSync)(filename))}`;
      } catch {
        return void 0;
      }
    },
    read(entry) {
      let bytes;
      try {
        bytes = (0, import_node_fs2.readFileSync)(entry);
      } catch {
        return void 0;
      }
      if (bytes.length <= 32) return void 0;
      const data = bytes.subarray(32);
      return sha256(data).equals(bytes.subarray(0, 32)) ? data : void 0;
    },
    write(entries) {
      try {
        (0, import_node_fs2.mkdirSync)(dir, { recursive: true });
        (0, import_node_fs2.writeFileSync)(import_node_path2.default.join(dir, BUNDLE_FILE), bundleDir);
      } catch {
        return;
      }
      for (const [entry, data] of entries) {
        const temp = `${entry}.${process.pid}.tmp`;
        try {
          (0, import_node_fs2.writeFileSync)(temp, Buffer.concat([sha256(data), data]));
          (0, import_node_fs2.renameSync)(temp, entry);
        } catch {
          (0, import_node_fs2.rmSync)(temp, { force: true });
        }
      }
      sweep(root, runtimeDir, dir, bundleDir);
    }
  };
}
function entryName(rel, s) {
  return `${rel.replaceAll(import_node_path2.default.sep, "+")}@${s.dev}-${s.ino}-${s.size}-${s.ctimeMs}`;
}
function sweep(root, runtimeDir, dir, bundleDir) {
  const names = (d) => {
    try {
      return (0, import_node_fs2.readdirSync)(d);
    } catch {
      return [];
    }
  };
  for (const name of names(dir)) {
    if (name === BUNDLE_FILE) continue;
    const at = name.lastIndexOf("@");
    const rel = name.slice(0, at).replaceAll("+", import_node_path2.default.sep);
    let current;
    try {
      current = at > 0 && !name.endsWith(".tmp") ? entryName(rel, (0, import_node_fs2.statSync)(import_node_path2.default.join(bundleDir, rel))) : void 0;
    } catch {
      current = void 0;
    }
    if (current !== name) (0, import_node_fs2.rmSync)(import_node_path2.default.join(dir, name), { force: true });
  }
  for (const other of names(runtimeDir)) {
    const folder = import_node_path2.default.join(runtimeDir, other);
    if (folder === dir) continue;
    try {
      (0, import_node_fs2.statSync)((0, import_node_fs2.readFileSync)(import_node_path2.default.join(folder, BUNDLE_FILE), "utf8"));
    } catch {
      (0, import_node_fs2.rmSync)(folder, { recursive: true, force: true });
    }
  }
  for (const other of names(root)) {
    const folder = import_node_path2.default.join(root, other);
    if (folder === runtimeDir) continue;
    try {
      if (Date.now() - (0, import_node_fs2.statSync)(folder).mtimeMs > STALE_RUNTIME_MS)
        (0, import_node_fs2.rmSync)(folder, { recursive: true, force: true });
    } catch {
    }
  }
}
function sha256(data) {
  return (0, import_node_crypto.createHash)("sha256").update(data).digest();
}
function codeCacheDir(env) {
  return (0, import_chunk_UTH2BAN3.cacheDir)(env, "DPR_CODE_CACHE", "code");
}
function enableCodeCache(bundleDir, env) {
  const root = codeCacheDir(env);
  if (!root) return;
  const builtIn = import_node_module.default.enableCompileCache;
  if (builtIn) {
    builtIn(root);
    return;
  }
  const proto = import_node_module.default.prototype;
  const original = proto._compile;
  const store = openStore(root, bundleDir);
  const prefix = bundleDir + import_node_path.default.sep;
  const pending = [];
  proto._compile = function compile(content, filename) {
    const entry = filename.startsWith(prefix) ? store.entryFor(filename) : void 0;
    if (!entry) return original.call(this, content, filename);
    const cachedData = store.read(entry);
    let script;
    try {
      script = new import_node_vm.default.Script(
        `(function (exports, require, module, __filename, __dirname) { ${content}
});`,
        {
          filename,
          cachedData
        }
      );
    } catch {
      return original.call(this, content, filename);
    }
    if (cachedData === void 0 || script.cachedDataRejected) pending.push([entry, script]);
    const fn = script.runInThisContext();
    return fn.call(
      this.exports,
      this.exports,
      requireFor(this, filename),
      this,
      filename,
      import_node_path.default.dirname(filename)
    );
  };
  process.once("exit", () => {
    if (pending.length > 0)
      store.write(pending.map(([entry, script]) => [entry, script.createCachedData()]));
  });
}
function requireFor(mod, filename) {
  let full;
  const made = () => {
    full ??= (0, import_node_module.createRequire)(filename);
    return full;
  };
  const dir = import_node_path.default.dirname(filename);
  const M = import_node_module.default;
  const require2 = ((id) => {
    if (id.startsWith("./") && id.endsWith(".cjs") && !id.includes("/", 2)) {
      const file = `${dir}${import_node_path.default.sep}${id.slice(2)}`;
      const hit = M._cache[file];
      if (hit) return hit.exports;
      const child = new M(file, mod);
      M._cache[file] = child;
      try {
        const content = (0, import_node_fs.readFileSync)(file, "utf8");
        child.filename = file;
        child.paths = mod.paths;
        child._compile(content, file);
        child.loaded = true;
        return child.exports;
      } catch (error) {
        delete M._cache[file];
        if (error.code !== "ENOENT") throw error;
      }
    }
    return mod.require(id);
  });
  Object.defineProperties(require2, {
    resolve: { get: () => made().resolve },
    cache: { get: () => made().cache },
    extensions: { get: () => made().extensions },
    main: { get: () => process.mainModule }
  });
  return require2;
}
if (true) enableCodeCache(__dirname, process.env);
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}
var argv = process.argv.slice(2);
var run = argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V") ? Promise.resolve(process.stdout.write(`${import_chunk_6FD3E23X.VERSION}
`)).then(() => 0) : Promise.resolve().then(() => require("./chunks/main-W42X5E6I.cjs")).then(({ main }) => main(argv));
run.then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}
`);
    process.exitCode = 2;
  }
);
