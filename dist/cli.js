#!/usr/bin/env node
"use strict";
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
var import_chunk_KIZ6KU7F = require("./chunks/chunk-KIZ6KU7F.cjs");
var import_node_crypto = require("node:crypto");
var import_node_fs = require("node:fs");
var import_node_module = __toESM(require("node:module"));
var import_node_os = require("node:os");
var import_node_path = __toESM(require("node:path"));
var import_node_vm = __toESM(require("node:vm"));
function codeCacheDir(env) {
  const given = env.DPR_CODE_CACHE;
  if (given === "off") return void 0;
  if (given) return import_node_path.default.resolve(given);
  const home = env.HOME || (0, import_node_os.homedir)();
  return home ? import_node_path.default.join(home, ".cache", "dify-plugin-release", "code") : void 0;
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
  const dir = import_node_path.default.join(root, `${process.version}-${process.arch}`);
  const prefix = bundleDir + import_node_path.default.sep;
  const pending = [];
  proto._compile = function compile(content, filename) {
    if (!filename.startsWith(prefix)) return original.call(this, content, filename);
    let file;
    try {
      const s = (0, import_node_fs.statSync)(filename);
      file = import_node_path.default.join(
        dir,
        sha256(JSON.stringify([filename, s.size, s.ino, s.dev, s.ctimeMs])).toString("hex")
      );
    } catch {
      return original.call(this, content, filename);
    }
    const cachedData = readEntry(file);
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
    if (cachedData === void 0 || script.cachedDataRejected) pending.push([file, script]);
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
    if (pending.length === 0) return;
    try {
      (0, import_node_fs.mkdirSync)(dir, { recursive: true });
      for (const [file, script] of pending) writeEntry(file, script.createCachedData());
    } catch {
    }
  });
}
function requireFor(mod, filename) {
  let full;
  const made = () => {
    full ??= (0, import_node_module.createRequire)(filename);
    return full;
  };
  const dir = import_node_path.default.dirname(filename);
  const cache = import_node_module.default._cache;
  const require2 = ((id) => {
    if (id.startsWith("./") && id.endsWith(".cjs")) {
      const hit = cache[import_node_path.default.join(dir, id)];
      if (hit) return hit.exports;
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
function readEntry(file) {
  let bytes;
  try {
    bytes = (0, import_node_fs.readFileSync)(file);
  } catch {
    return void 0;
  }
  if (bytes.length <= 32) return void 0;
  const data = bytes.subarray(32);
  return sha256(data).equals(bytes.subarray(0, 32)) ? data : void 0;
}
function sha256(data) {
  return (0, import_node_crypto.createHash)("sha256").update(data).digest();
}
function writeEntry(file, data) {
  const temp = `${file}.${process.pid}.tmp`;
  (0, import_node_fs.writeFileSync)(temp, Buffer.concat([sha256(data), data]));
  (0, import_node_fs.renameSync)(temp, file);
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
`)).then(() => 0) : Promise.resolve().then(() => require("./chunks/main-47I3LAXI.cjs")).then(({ main }) => main(argv));
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
