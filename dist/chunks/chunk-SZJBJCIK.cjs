"use strict";
var __dprBuiltin = (m) => Object.create(m, { default: { value: m, enumerable: true } });
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  compilePython: () => compilePython,
  describe: () => describe,
  matrixOf: () => matrixOf,
  runRules: () => runRules,
  usedFeatures: () => usedFeatures,
  validate: () => validate,
  validateSource: () => validateSource
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_VXEUCSCM = require("./chunk-VXEUCSCM.cjs");
var import_chunk_7KON7YZD = require("./chunk-7KON7YZD.cjs");
var import_chunk_YS5KZLZ7 = require("./chunk-YS5KZLZ7.cjs");
var import_chunk_Z6ZQYNIY = require("./chunk-Z6ZQYNIY.cjs");
var import_chunk_RSCBOPBN = require("./chunk-RSCBOPBN.cjs");
var import_chunk_R6ZEAHMN = require("./chunk-R6ZEAHMN.cjs");
var import_chunk_UTH2BAN3 = require("./chunk-UTH2BAN3.cjs");
var import_chunk_4XO4ETKR = require("./chunk-4XO4ETKR.cjs");
var import_chunk_JBHNGCYE = require("./chunk-JBHNGCYE.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_chunk_SAEB7QK7 = require("./chunk-SAEB7QK7.cjs");
var import_chunk_YK7KIND3 = require("./chunk-YK7KIND3.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var import_node_fs = require("node:fs");
var import_node_path = __dprBuiltin(require("node:path"));
var import_node_path2 = __dprBuiltin(require("node:path"));
var import_node_crypto = require("node:crypto");
var import_node_fs2 = require("node:fs");
var import_node_path3 = __dprBuiltin(require("node:path"));
var import_node_fs3 = require("node:fs");
var import_node_path4 = __dprBuiltin(require("node:path"));
var import_node_fs4 = require("node:fs");
var import_promises = require("node:fs/promises");
var import_node_path5 = __dprBuiltin(require("node:path"));
function compileCacheDir(env) {
  return (0, import_chunk_UTH2BAN3.cacheDir)(env, "DPR_COMPILE_CACHE", "compiled");
}
function openCompileCache(interpreter, env) {
  const dir = compileCacheDir(env);
  if (!dir || !import_node_path3.default.isAbsolute(interpreter)) return void 0;
  let id;
  try {
    const real = (0, import_node_fs2.realpathSync)(interpreter);
    if (!(0, import_chunk_7KON7YZD.isCompiledExecutable)(real)) return void 0;
    const s = (0, import_node_fs2.statSync)(real);
    id = (0, import_node_crypto.createHash)("sha256").update(JSON.stringify([1, real, s.size, s.mtimeMs, s.ino, s.dev])).digest("hex").slice(0, 24);
  } catch {
    return void 0;
  }
  const home = import_node_path3.default.join(dir, id);
  return {
    key: (bytes) => (0, import_node_crypto.createHash)("sha256").update(bytes).digest("hex"),
    has: (key) => (0, import_node_fs2.existsSync)(import_node_path3.default.join(home, key)),
    remember(keys) {
      try {
        (0, import_node_fs2.mkdirSync)(home, { recursive: true });
        for (const key of keys) (0, import_node_fs2.writeFileSync)(import_node_path3.default.join(home, key), "");
      } catch {
      }
    }
  };
}
function versionFile(file) {
  let text;
  try {
    if ((0, import_node_fs3.statSync)(file).size > 64 * 1024) return void 0;
    text = (0, import_node_fs3.readFileSync)(file, "utf8");
  } catch {
    return void 0;
  }
  const names = text.split("\n").map((l) => l.replace(/#.*/, "").trim()).flatMap((l) => l.split(/\s+/)).filter(Boolean);
  return names.length > 0 ? names : void 0;
}
function selected(root, env, cwd) {
  if (env.PYENV_VERSION) return env.PYENV_VERSION.split(":").filter(Boolean);
  for (let dir = import_node_path4.default.resolve(env.PYENV_DIR || cwd); ; dir = import_node_path4.default.dirname(dir)) {
    const names = versionFile(import_node_path4.default.join(dir, ".python-version"));
    if (names) return names;
    if (import_node_path4.default.dirname(dir) === dir) break;
  }
  return versionFile(import_node_path4.default.join(root, "version")) ?? ["system"];
}
function throughPyenv(shim, program, env, cwd) {
  const dir = import_node_path4.default.dirname(shim);
  if (import_node_path4.default.basename(dir) !== "shims") return void 0;
  let head;
  try {
    head = (0, import_node_fs3.readFileSync)(shim, "utf8").slice(0, 2048);
  } catch {
    return void 0;
  }
  const m = /^export PYENV_ROOT="([^"]+)"$/m.exec(head);
  if (!head.startsWith("#!") || !m || !/\bpyenv" exec\b/.test(head)) return void 0;
  const root = m[1];
  if (import_node_path4.default.resolve(root, "shims") !== import_node_path4.default.resolve(dir)) return void 0;
  for (const name of selected(root, env, cwd)) {
    if (name === "system") {
      const shims = /* @__PURE__ */ new Set([import_node_path4.default.resolve(dir), import_node_path4.default.resolve(root, "plugins/pyenv-virtualenv/shims")]);
      const rest = (env.PATH ?? "").split(import_node_path4.default.delimiter).filter((d) => d && !shims.has(import_node_path4.default.resolve(d))).join(import_node_path4.default.delimiter);
      const found = (0, import_chunk_7KON7YZD.onPath)(program, { PATH: rest }, cwd);
      if (found) return found;
      continue;
    }
    if (name.includes("/") || name === "." || name === "..") return void 0;
    const candidate = import_node_path4.default.join(root, "versions", name, "bin", program);
    if ((0, import_chunk_7KON7YZD.isExecutableFile)(candidate)) return candidate;
    return void 0;
  }
  return void 0;
}
var SCRIPT = `
import sys
r = sys.stdin.buffer
errors = []
while True:
    head = r.readline()
    if not head:
        break
    key, size = head.split()
    data = r.read(int(size))
    try:
        compile(data, key.decode(), "exec", dont_inherit=True)
    except SyntaxError as e:
        errors.append((key.decode(), e.lineno or 1, e.offset or 1, e.msg, (e.text or "").strip()[:160]))
    except (ValueError, UnicodeDecodeError) as e:
        errors.append((key.decode(), 1, 1, str(e), ""))
out = ["%d.%d.%d\\n" % sys.version_info[:3]]
for error in errors:
    out.extend(str(f).replace("\\0", "\\\\0") + "\\0" for f in error)
sys.stdout.buffer.write("".join(out).encode("utf-8", "backslashreplace"))
sys.stdout.flush()
import os
os._exit(0)
`;
function compilerCommand(env = process.env) {
  return env.DPR_PYTHON || "python3";
}
function interpreterFor(command, env, cwd) {
  const found = (0, import_chunk_7KON7YZD.onPath)(command, env, cwd);
  return found ? throughPyenv(found, import_node_path2.default.basename(found), env, cwd) ?? found : command;
}
function startCompiler(runner, options = {}) {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const requested = options.python ?? compilerCommand(env);
  const python = interpreterFor(requested, env, cwd);
  const cache = openCompileCache(python, env);
  const files = [];
  const keys = [];
  const input = new Feed();
  let run;
  const spawn = () => (
    // -I: no user site or environment variables; -S: no site module (compile needs neither).
    runner.run(python, ["-I", "-S", "-c", SCRIPT], {
      input,
      env,
      cwd,
      timeoutMs: 12e4,
      maxBuffer: 16 * 1024 * 1024
    }).catch((error) => error)
  );
  let finished;
  return {
    add(more) {
      if (finished) throw new Error("internal: files added to a finished compile check");
      for (const f of more) {
        const key = cache?.key(f.bytes);
        if (key && cache?.has(key)) continue;
        run ??= spawn();
        input.push(Buffer.from(`${files.length} ${f.bytes.length}
`));
        input.push(f.bytes);
        files.push(f);
        keys.push(key ?? "");
      }
    },
    finish() {
      if (!finished) {
        input.end();
        finished = !run ? Promise.resolve({ byPlugin: /* @__PURE__ */ new Map() }) : run.then((r) => {
          const result = outcome(files, python, r);
          if (cache && !result.notice) {
            const failed = new Set(result.failed);
            cache.remember(keys.filter((k, i) => k && !failed.has(i)));
          }
          return { byPlugin: result.byPlugin, version: result.version, notice: result.notice };
        });
      }
      return finished;
    }
  };
}
function compilePython(files, runner, options = {}) {
  if (files.length === 0) return Promise.resolve({ byPlugin: /* @__PURE__ */ new Map() });
  const compiler = startCompiler(runner, options);
  compiler.add(files);
  return compiler.finish();
}
var Feed = class {
  queue = [];
  ended = false;
  wake;
  push(chunk) {
    this.queue.push(chunk);
    this.wake?.();
  }
  end() {
    this.ended = true;
    this.wake?.();
  }
  async *[Symbol.asyncIterator]() {
    for (; ; ) {
      while (this.queue.length > 0) yield this.queue.shift();
      if (this.ended) return;
      await new Promise((resolve) => {
        this.wake = resolve;
      });
      this.wake = void 0;
    }
  }
};
function outcome(files, python, r) {
  const byPlugin = /* @__PURE__ */ new Map();
  const unavailable = (why) => ({
    byPlugin,
    notice: (0, import_chunk_AIBAUOYI.finding)(
      "DPR416",
      `${files.length} Python file${files.length === 1 ? " was" : "s were"} not compiled: ${why}; a syntax error would only show when the plugin starts`,
      {}
    )
  });
  if (r instanceof Error) return unavailable(`${python} cannot be run (${r.message})`);
  if (r.code === import_chunk_JBHNGCYE.NOT_FOUND) return unavailable(`no Python found (${python} is not on PATH; set DPR_PYTHON)`);
  const [head, ...rest] = r.stdout.split("\n");
  const version = /^\d+\.\d+\.\d+$/.test(head ?? "") ? head : void 0;
  if (!version || r.code !== 0) {
    const why = r.timedOut ? "the compiler timed out" : `${python} failed (${r.stderr.trim().split("\n").pop() || `exit ${r.code}`})`;
    return unavailable(why);
  }
  const fields = rest.join("\n").split("\0");
  const failed = [];
  for (let i = 0; i + 5 <= fields.length; i += 5) {
    const [key, line, column, message, text] = fields.slice(i, i + 5);
    const file = files[Number(key)];
    if (!file) continue;
    failed.push(Number(key));
    const list = byPlugin.get(file.plugin) ?? [];
    list.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR415",
        `${file.path} does not compile with Python ${version}: ${message}${text ? ` (\`${text}\`)` : ""}; the plugin fails at start-up`,
        { file: file.path, line: Number(line) || 1, column: Number(column) || 1 }
      )
    );
    byPlugin.set(file.plugin, list);
  }
  return { byPlugin, version, failed };
}
var NOT_PLUGINS = /* @__PURE__ */ new Set(["node_modules", "venv", "__pycache__", "dist", "build", "tests", "test"]);
var MAX_DEPTH = 4;
async function discoverPlugins(paths, cwd = process.cwd(), markers = [import_chunk_RSCBOPBN.MANIFEST]) {
  const found = /* @__PURE__ */ new Set();
  for (const p of paths) {
    const root = import_node_path5.default.resolve(cwd, p);
    const info = await (0, import_promises.stat)(root).catch(() => void 0);
    if (!info) throw new import_chunk_NG6BV4S6.UsageError(`${p} does not exist`, "Pass a plugin directory or a folder of plugins.");
    if (!info.isDirectory()) {
      throw new import_chunk_NG6BV4S6.UsageError(
        `${p} is not a directory`,
        "Pass the plugin directory (the one holding manifest.yaml)."
      );
    }
    for (const dir of await search(root, 0, markers)) found.add(dir);
  }
  return [...found].sort(import_chunk_SAEB7QK7.byteOrder);
}
async function search(dir, depth, markers) {
  if (markers.some((m) => (0, import_node_fs4.existsSync)(import_node_path5.default.join(dir, m)))) return [dir];
  if (depth >= MAX_DEPTH) return [];
  const entries = await (0, import_promises.readdir)(dir, { withFileTypes: true }).catch(() => []);
  const out = [];
  for (const e of entries) {
    if (!e.isDirectory() || e.name.startsWith(".") || NOT_PLUGINS.has(e.name)) continue;
    out.push(...await search(import_node_path5.default.join(dir, e.name), depth + 1, markers));
  }
  return out;
}
function rootMarkers(kinds = []) {
  return [import_chunk_RSCBOPBN.MANIFEST, ...kinds.map((k) => k.marker)];
}
var import_coerce = (0, import_chunk_KIZ6KU7F.__toESM)((0, import_chunk_VXEUCSCM.require_coerce)(), 1);
var import_gt = (0, import_chunk_KIZ6KU7F.__toESM)((0, import_chunk_VXEUCSCM.require_gt)(), 1);
var import_lt = (0, import_chunk_KIZ6KU7F.__toESM)((0, import_chunk_VXEUCSCM.require_lt)(), 1);
var import_valid = (0, import_chunk_KIZ6KU7F.__toESM)((0, import_chunk_VXEUCSCM.require_valid)(), 1);
var dify_features_default = {
  $comment: "Dify release that first supports each plugin feature. Used by validate (DPR212/DPR213). Each row names its source.",
  features: [
    {
      id: "plugin-system-tools",
      feature: "plugin system: tool plugins (plugins.tools)",
      detect: { kind: "tools" },
      minimum: "1.0.0",
      source: 'https://github.com/langgenius/dify/pull/12553 ("Introducing: Plugin Mechanism", the Dify v1.0.0 plugin system); https://github.com/langgenius/dify/issues/17822 (maintainer: "Plugins are introduced in v1.0.0")'
    },
    {
      id: "plugin-system-models",
      feature: "plugin system: model provider plugins (plugins.models)",
      detect: { kind: "models" },
      minimum: "1.0.0",
      source: "https://github.com/langgenius/dify/pull/12553 (plugin mechanism in v1.0.0 decouples tools and models into plugins)"
    },
    {
      id: "plugin-system-endpoints",
      feature: "plugin system: endpoint plugins (plugins.endpoints)",
      detect: { kind: "endpoints" },
      minimum: "1.0.0",
      source: 'https://github.com/langgenius/dify/pull/12553 (v1.0.0 plugin mechanism: "a new type of plugin called Endpoint")'
    },
    {
      id: "plugin-system-agent-strategies",
      feature: "plugin system: agent strategy plugins (plugins.agent_strategies)",
      detect: { kind: "agent_strategies" },
      minimum: "1.0.0",
      source: "https://github.com/langgenius/dify/pull/12553 (v1.0.0 plugin mechanism: new Agent node whose strategies are defined by plugins)"
    },
    {
      id: "tool-param-dynamic-select",
      feature: "parameter type dynamic-select",
      detect: { parameterType: "dynamic-select" },
      minimum: "1.5.1",
      source: 'https://github.com/langgenius/dify-plugin-sdks/blob/main/README.md (Meta.MinimumDifyVersion table: 1.5.1 / SDK 0.4.0 "Support dynamic-select parameter type"); Dify PR https://github.com/langgenius/dify/pull/21425'
    },
    {
      id: "tool-oauth",
      feature: "OAuth in tool providers (oauth_schema)",
      detect: { providerKey: "oauth_schema", providerKind: "tools" },
      minimum: "1.7.0",
      source: 'https://github.com/langgenius/dify/pull/22830 (v1.7.0 release notes: "Major Feature: OAuth Support in Tool Plugins", #22550); https://github.com/langgenius/dify-plugin-sdks/blob/main/README.md (1.7.0 / SDK 0.4.2 "Support OAuth functionality for plugins")'
    },
    {
      id: "param-any",
      feature: "parameter type any (agent strategy / tool variable selector)",
      detect: { parameterType: "any" },
      minimum: "1.7.0",
      source: "https://github.com/langgenius/dify/pull/22830 (v1.7.0 release notes: Agent Node citations and attributions, #18558; the matching daemon change, dify-plugin-daemon PR #236, is what adds the any type); langgenius/dify-official-plugins commit 37b3dba4 (PR #895) adds type: any together with minimum_dify_version 1.7.0"
    },
    {
      id: "datasource-plugins",
      feature: "datasource plugins (plugins.datasources)",
      detect: { kind: "datasources" },
      minimum: "1.9.0",
      source: 'https://github.com/langgenius/dify-docs/blob/main/en/develop-plugin/dev-guides-and-walkthroughs/datasource-plugin.mdx ("Data source plugins, introduced in Dify 1.9.0"); https://github.com/langgenius/dify-plugin-sdks/blob/main/README.md (1.9.0 / SDK 0.5.0 "Support Datasource functionality")'
    },
    {
      id: "datasource-oauth",
      feature: "OAuth in datasource providers (oauth_schema)",
      detect: { providerKey: "oauth_schema", providerKind: "datasources" },
      minimum: "1.9.0",
      source: "inferred from the datasource kind (Dify 1.9.0, see datasource-plugins): oauth_schema is part of the datasource provider declaration since daemon PR #295; every official datasource plugin with oauth_schema declares minimum_dify_version 1.9.0 (langgenius/dify-official-plugins datasources/*)"
    },
    {
      id: "tag-rag",
      feature: "manifest tag rag",
      detect: { tag: "rag" },
      minimum: "1.9.0",
      source: "inferred from https://github.com/langgenius/dify-plugin-daemon/pull/295 (commit 878edde4 adds the rag tag; first in daemon 0.3.0, 2025-09-17), which Dify 1.9.0 ships (dify-plugin-daemon:0.3.0-local, https://github.com/imdingtalk/image-mirror/issues/1592) and SDK PR https://github.com/langgenius/dify-plugin-sdks/pull/200 (SDK 0.5.0 = Dify 1.9.0 per SDK README); 21 of 22 official rag-tagged plugins declare 1.9.0"
    },
    {
      id: "param-array",
      feature: "parameter type array",
      detect: { parameterType: "array" },
      minimum: "1.9.0",
      source: `inferred from https://github.com/langgenius/dify-plugin-daemon/pull/421 (commit 526addc7 "add missing types of tool_parameter": array/object accepted by the daemon/CLI only from daemon 0.3.0), which Dify 1.9.0 ships; Dify's own array/object enum came with native MCP (1.6.0)`
    },
    {
      id: "param-object",
      feature: "parameter type object",
      detect: { parameterType: "object" },
      minimum: "1.9.0",
      source: "inferred from https://github.com/langgenius/dify-plugin-daemon/pull/421 (commit 526addc7: object accepted by the daemon/CLI only from daemon 0.3.0), which Dify 1.9.0 ships; Dify's own array/object enum came with native MCP (1.6.0)"
    },
    {
      id: "trigger-plugins",
      feature: "trigger plugins (plugins.triggers)",
      detect: { kind: "triggers" },
      minimum: "1.10.0",
      source: 'https://github.com/langgenius/dify-docs/blob/main/en/develop-plugin/dev-guides-and-walkthroughs/trigger-plugin.mdx ("Triggers were introduced in Dify v1.10.0"; "set the minimum required Dify version to 1.10.0"); https://github.com/langgenius/dify-plugin-sdks/blob/main/README.md (1.10.0 / SDK 0.6.0)'
    },
    {
      id: "tag-trigger",
      feature: "manifest tag trigger",
      detect: { tag: "trigger" },
      minimum: "1.10.0",
      source: 'inferred from https://github.com/langgenius/dify-plugin-daemon/pull/482 (commit 4589841b "introduce trigger" adds the trigger tag; first in daemon 0.4.0, 2025-10-29) and triggers shipping in Dify 1.10.0'
    },
    {
      id: "param-checkbox",
      feature: "parameter type checkbox",
      detect: { parameterType: "checkbox" },
      minimum: "1.10.0",
      source: "inferred from https://github.com/langgenius/dify-plugin-daemon/pull/482 (commit 4589841b adds TOOL_PARAMETER_TYPE_CHECKBOX and TRIGGER_PARAMETER_TYPE_CHECKBOX, daemon 0.4.0) and https://github.com/langgenius/dify-plugin-sdks/pull/162 (SDK 0.6.0 = Dify 1.10.0 per SDK README); official plugins using checkbox all declare 1.10.0"
    },
    {
      id: "param-multiple",
      feature: "parameter multiple: true (multi-select)",
      detect: { parameterKey: "multiple" },
      minimum: "1.10.0",
      source: "inferred lower bound: trigger parameters accept multiple since the trigger release (daemon PR https://github.com/langgenius/dify-plugin-daemon/pull/482, Dify 1.10.0; official github/gmail/zendesk triggers use it with 1.10.0). Tool-parameter multi-select needs later Dify (https://github.com/langgenius/dify/pull/39346, opened after the 1.16.0 bump) and daemon >= 0.5.0 (https://github.com/langgenius/dify-plugin-sdks/issues/362)"
    },
    {
      id: "param-date",
      feature: "parameter type date",
      detect: { parameterType: "date" },
      minimum: "1.17.0",
      source: "inferred from https://github.com/langgenius/dify/pull/36163 (date/date-picker tool parameter types) and https://github.com/langgenius/dify-plugin-daemon/pull/733 (daemon 0.6.10, 2026-08-05), bumped into Dify by https://github.com/langgenius/dify/pull/40134 (2026-08-07), after the 1.16.0 bump (https://github.com/langgenius/dify/pull/39196, 2026-07-17); release tag not confirmed"
    },
    {
      id: "param-date-range",
      feature: "parameter type date-range",
      detect: { parameterType: "date-range" },
      minimum: "1.17.0",
      source: "inferred from https://github.com/langgenius/dify-plugin-daemon/pull/795 and https://github.com/langgenius/dify-plugin-sdks/pull/377 (2026-08-07: date-picker renamed to date-range, daemon 0.6.10), follow-up to https://github.com/langgenius/dify/pull/36163; first Dify release after the 1.16.0 bump; release tag not confirmed"
    }
  ]
};
var FEATURES = dify_features_default.features;
var PEP440 = /^\s*v?(?:(?:[0-9]+!)?[0-9]+(?:\.[0-9]+)*(?:[-_.]?(?:a|b|c|rc|alpha|beta|pre|preview)[-_.]?[0-9]*)?(?:-[0-9]+|[-_.]?(?:post|rev|r)[-_.]?[0-9]*)?(?:[-_.]?dev[-_.]?[0-9]*)?)(?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?\s*$/i;
function isPep440(version) {
  return PEP440.test(version);
}
function usedFeatures(plugin) {
  const m = plugin.manifest.value;
  const out = [];
  const decls = plugin.declarations;
  const params = decls.filter((d) => ["tool", "agent-strategy", "datasource", "event"].includes(d.kind)).flatMap((d) => {
    const list = (0, import_chunk_R6ZEAHMN.getAt)(d.file.value, "/parameters");
    return Array.isArray(list) ? list.map((p) => ({ p, file: d.file.path })) : [];
  });
  for (const feature of FEATURES) {
    const d = feature.detect;
    let where;
    if (d.kind !== void 0) {
      const list = (0, import_chunk_R6ZEAHMN.getAt)(m, `/plugins/${d.kind}`);
      if (Array.isArray(list) && list.length > 0) where = `plugins.${d.kind}`;
    } else if (d.tag !== void 0) {
      const tags = (0, import_chunk_R6ZEAHMN.getAt)(m, "/tags");
      if (Array.isArray(tags) && tags.includes(d.tag)) where = `tag "${d.tag}"`;
    } else if (d.providerKey !== void 0) {
      const provider = plugin.providers[d.providerKind];
      const value = provider ? (0, import_chunk_R6ZEAHMN.getAt)(provider.file.value, `/${d.providerKey}`) : void 0;
      if (nonEmpty(value)) where = `${provider.file.path}: ${d.providerKey}`;
    } else if (d.parameterType !== void 0) {
      const hit = params.find(({ p }) => p && p.type === d.parameterType);
      if (hit) where = `${hit.file}: a ${d.parameterType} parameter`;
    } else if (d.parameterKey !== void 0) {
      const key = d.parameterKey;
      const hit = params.find(({ p }) => p && nonEmpty(p[key]));
      if (hit) where = `${hit.file}: ${d.parameterKey}`;
    } else if (d.configType !== void 0) {
      const type = d.configType;
      const hit = decls.find((decl) => configTypes(decl.file.value).has(type));
      if (hit) where = `${hit.file.path}: a ${d.configType} field`;
    } else if (d.modelType !== void 0) {
      const provider = plugin.providers.models;
      const types = provider ? (0, import_chunk_R6ZEAHMN.getAt)(provider.file.value, "/supported_model_types") : void 0;
      if (Array.isArray(types) && types.includes(d.modelType)) where = `model type ${d.modelType}`;
    } else if (d.toolKey !== void 0) {
      const hit = decls.find(
        (decl) => decl.kind === "tool" && nonEmpty((0, import_chunk_R6ZEAHMN.getAt)(decl.file.value, `/${d.toolKey}`))
      );
      if (hit) where = `${hit.file.path}: ${d.toolKey}`;
    }
    if (where) out.push({ feature, where });
  }
  return out;
}
function nonEmpty(value) {
  if (value === void 0 || value === null || value === false || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") return Object.keys(value).length > 0;
  return true;
}
function configTypes(value) {
  const types = /* @__PURE__ */ new Set();
  const visit = (fields) => {
    const list = Array.isArray(fields) ? fields : fields && typeof fields === "object" ? Object.values(fields) : [];
    for (const f of list)
      if (f && typeof f === "object" && typeof f.type === "string")
        types.add(f.type);
  };
  for (const key of [
    "/credentials_schema",
    "/credentials_for_provider",
    "/settings",
    "/subscription_schema"
  ]) {
    visit((0, import_chunk_R6ZEAHMN.getAt)(value, key));
  }
  visit((0, import_chunk_R6ZEAHMN.getAt)(value, "/oauth_schema/client_schema"));
  visit((0, import_chunk_R6ZEAHMN.getAt)(value, "/oauth_schema/credentials_schema"));
  return types;
}
function compatRules(plugin) {
  const m = plugin.manifest;
  const out = [];
  const raw = m.scalarText("/meta/minimum_dify_version");
  const used = usedFeatures(plugin);
  const needed = used.reduce(
    (best, u) => (0, import_gt.default)(u.feature.minimum, best.version) ? { version: u.feature.minimum, ...u } : best,
    { version: "1.0.0" }
  );
  if (raw === void 0 || raw === null || raw === "") {
    const why = needed.feature ? `; it uses ${needed.feature.feature} (${needed.where}), which needs Dify ${needed.version}` : "";
    out.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR212", `meta.minimum_dify_version is not set, so older Dify versions install it${why}`, {
        ...m.has("/meta") ? m.locate("/meta", "key") : m.locate(""),
        fix: `Add \`minimum_dify_version: "${needed.version}"\` under meta.`
      })
    );
    return out;
  }
  const text = String(raw);
  const at = m.locate("/meta/minimum_dify_version");
  if (!isPep440(text)) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR211", `meta.minimum_dify_version "${text}" is not a version Dify can read`, {
        ...at,
        fix: 'Write a Dify release version such as "1.9.0".'
      })
    );
    return out;
  }
  const version = (0, import_valid.default)(text) ?? void 0;
  if (!version) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR211",
        `meta.minimum_dify_version "${text}" is not MAJOR.MINOR.PATCH; Dify's web UI cannot compare it`,
        {
          ...at,
          severity: "warning",
          fix: `Write it in full, e.g. "${(0, import_coerce.default)(text)?.version ?? "1.9.0"}".`
        }
      )
    );
    return out;
  }
  for (const u of used) {
    if ((0, import_lt.default)(version, u.feature.minimum)) {
      out.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR213",
          `meta.minimum_dify_version is ${text}, but ${u.feature.feature} (${u.where}) needs Dify ${u.feature.minimum}`,
          { ...at, fix: `Raise minimum_dify_version to "${needed.version}". Source: ${u.feature.source}` }
        )
      );
    }
  }
  return out;
}
var WITH_PARAMETERS = ["tool", "agent-strategy", "datasource", "event"];
var NAMED_CHILDREN = ["tool", "agent-strategy", "datasource", "event", "model"];
function declarationRules(plugin) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const decl of plugin.declarations) {
    if (seen.has(decl.file) || !WITH_PARAMETERS.includes(decl.kind)) continue;
    seen.add(decl.file);
    out.push(...parameterRules(decl.file, decl.kind === "tool"));
  }
  out.push(...secretEventParameters(plugin));
  out.push(...uniqueNames(plugin));
  out.push(...positionRules(plugin));
  return out;
}
function parameterRules(file, sdkRules) {
  const params = (0, import_chunk_R6ZEAHMN.getAt)(file.value, "/parameters");
  if (!Array.isArray(params)) return [];
  const out = [];
  const names = /* @__PURE__ */ new Map();
  params.forEach((param, i) => {
    if (!param || typeof param !== "object") return;
    const p = param;
    const base = `/parameters/${i}`;
    if (typeof p.name === "string") {
      if (names.has(p.name)) {
        out.push(
          (0, import_chunk_AIBAUOYI.finding)(
            "DPR220",
            `parameter "${p.name}" is declared twice (first as parameters[${names.get(p.name)}])`,
            {
              ...file.locate(`${base}/name`),
              fix: "Give every parameter of a tool a different name."
            }
          )
        );
      } else names.set(p.name, i);
    }
    const selectable = p.type === "select" || p.type === "dynamic-select";
    if (sdkRules && p.multiple === true && !selectable) {
      out.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR223",
          `parameter "${p.name}" is ${String(p.type)} with multiple: true; the SDK refuses it`,
          {
            ...file.locate(`${base}/multiple`),
            fix: "Only select and dynamic-select parameters may set multiple: true."
          }
        )
      );
    }
    if (sdkRules && selectable && p.default !== void 0 && p.default !== null && Array.isArray(p.default) !== (p.multiple === true)) {
      out.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR222",
          `parameter "${p.name}": default must be a list exactly when multiple is true (SDK rule)`,
          {
            ...file.locate(`${base}/default`),
            fix: p.multiple === true ? "Write the default as a list." : "Write the default as a single value."
          }
        )
      );
    }
    if (p.type === "select") out.push(...optionRules(file, base, p));
    if (p.type === "number" && p.default !== void 0 && p.default !== null && p.default !== "") {
      if (typeof p.default !== "number" && Number.isNaN(Number(p.default))) {
        out.push(
          (0, import_chunk_AIBAUOYI.finding)(
            "DPR222",
            `parameter "${p.name}" is a number but its default ${JSON.stringify(p.default)} is not`,
            {
              ...file.locate(`${base}/default`),
              severity: "warning",
              fix: "Give a numeric default, or none."
            }
          )
        );
      }
    }
    if (typeof p.min === "number" && typeof p.max === "number" && p.min > p.max) {
      out.push(
        (0, import_chunk_AIBAUOYI.finding)("DPR222", `parameter "${p.name}" has min ${p.min} above max ${p.max}`, {
          ...file.locate(`${base}/min`),
          severity: "warning",
          fix: "Swap min and max."
        })
      );
    }
  });
  return out;
}
function optionRules(file, base, p) {
  const out = [];
  const options = Array.isArray(p.options) ? p.options : [];
  if (options.length === 0) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR221", `select parameter "${p.name}" has no options: users can pick nothing`, {
        ...file.locate(base),
        severity: "warning",
        fix: "Add options (value + label), or use a string parameter."
      })
    );
    return out;
  }
  const values = /* @__PURE__ */ new Set();
  options.forEach((o, j) => {
    const value = o && typeof o === "object" ? String(o.value) : void 0;
    if (value === void 0) return;
    if (values.has(value)) {
      out.push(
        (0, import_chunk_AIBAUOYI.finding)("DPR221", `select parameter "${p.name}" lists the option "${value}" twice`, {
          ...file.locate(`${base}/options/${j}/value`),
          severity: "warning",
          fix: "Remove the duplicate option."
        })
      );
    }
    values.add(value);
  });
  const defaults = Array.isArray(p.default) ? p.default : p.default === void 0 || p.default === null ? [] : [p.default];
  for (const d of defaults) {
    if (!values.has(String(d))) {
      out.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR222",
          `select parameter "${p.name}" defaults to "${String(d)}", which is not one of its options`,
          {
            ...file.locate(`${base}/default`),
            severity: "warning",
            fix: `Use one of: ${[...values].join(", ")}.`
          }
        )
      );
    }
  }
  return out;
}
function uniqueNames(plugin) {
  const out = [];
  const seen = /* @__PURE__ */ new Map();
  const done = /* @__PURE__ */ new Set();
  for (const decl of plugin.declarations) {
    if (!NAMED_CHILDREN.includes(decl.kind) || done.has(decl.file)) continue;
    done.add(decl.file);
    const pointer = decl.kind === "model" ? "/model" : "/identity/name";
    const name = (0, import_chunk_R6ZEAHMN.getAt)(decl.file.value, pointer);
    if (typeof name !== "string" || name === "") continue;
    const type = decl.kind === "model" ? `${String((0, import_chunk_R6ZEAHMN.getAt)(decl.file.value, "/model_type"))}:` : "";
    const key = `${decl.kind}:${type}${name}`;
    const first = seen.get(key);
    if (first) {
      out.push(
        (0, import_chunk_AIBAUOYI.finding)("DPR220", `${decl.kind} name "${name}" is also used by ${first.path}`, {
          ...decl.file.locate(pointer),
          fix: "Names must be unique within a plugin: rename one of them."
        })
      );
    } else seen.set(key, decl.file);
  }
  return out;
}
function positionRules(plugin) {
  const models = new Set(
    plugin.declarations.filter((d) => d.kind === "model").map((d) => String((0, import_chunk_R6ZEAHMN.getAt)(d.file.value, "/model")))
  );
  const out = [];
  const done = /* @__PURE__ */ new Set();
  for (const decl of plugin.declarations) {
    if (decl.kind !== "model-position" || done.has(decl.file)) continue;
    done.add(decl.file);
    const list = decl.file.value;
    if (!Array.isArray(list)) continue;
    list.forEach((name, i) => {
      if (typeof name === "string" && !models.has(name)) {
        out.push(
          (0, import_chunk_AIBAUOYI.finding)("DPR224", `${decl.file.path} lists "${name}", which no model declares`, {
            ...decl.file.locate(`/${i}`),
            fix: "Remove the line, or add the model (its `model:` value must match)."
          })
        );
      }
    });
  }
  return out;
}
function secretEventParameters(plugin) {
  const out = [];
  const done = /* @__PURE__ */ new Set();
  for (const decl of plugin.declarations) {
    if (decl.kind !== "event" && decl.kind !== "trigger-provider" || done.has(decl.file)) continue;
    done.add(decl.file);
    const base = decl.kind === "event" ? "/parameters" : "/subscription_constructor/parameters";
    const params = (0, import_chunk_R6ZEAHMN.getAt)(decl.file.value, base);
    if (!Array.isArray(params)) continue;
    params.forEach((p, i) => {
      if (p && typeof p === "object" && p.type === "secret-input") {
        out.push(
          (0, import_chunk_AIBAUOYI.finding)(
            "DPR226",
            `parameter "${String(p.name)}" is secret-input, which no dify_plugin release (0.6.0 to 0.10.1) accepts for ${decl.kind === "event" ? "events" : "subscription parameters"}: the plugin fails at start-up`,
            {
              ...decl.file.locate(`${base}/${i}/type`),
              fix: "Move the secret into subscription_constructor.credentials_schema (which takes secret-input), or make it a string parameter."
            }
          )
        );
      }
    });
  }
  return out;
}
var KIND_NAME = {
  tools: "tool",
  endpoints: "endpoint",
  models: "model",
  agent_strategies: "agent_strategy",
  datasources: "datasource",
  triggers: "trigger"
};
function kindRules(plugin) {
  const m = plugin.manifest;
  const out = [];
  const lists = (0, import_chunk_R6ZEAHMN.getAt)(m.value, "/plugins") ?? {};
  const declared = import_chunk_RSCBOPBN.PLUGIN_KINDS.filter((k) => Array.isArray(lists[k]) && lists[k].length > 0);
  if (declared.length === 0 && m.has("/plugins")) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR201",
        "the plugin declares no tools, models, endpoints, agent strategies, datasources or triggers",
        {
          ...m.locate("/plugins", "key"),
          fix: "List at least one provider file, e.g. `plugins: {tools: [provider/my_tool.yaml]}`."
        }
      )
    );
  }
  const exclusive = declared.filter((k) => k !== "tools" && k !== "endpoints");
  if (exclusive.length > 0 && declared.length > 1) {
    const [first] = exclusive;
    const others = declared.filter((k) => k !== first).map((k) => KIND_NAME[k]);
    out.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR202",
        `a ${KIND_NAME[first]} plugin cannot also declare ${others.join(", ")}: the daemon refuses it`,
        {
          ...m.locate(`/plugins/${first}`, "key"),
          fix: "Only tools and endpoints may share a plugin; split the others into separate plugins."
        }
      )
    );
  }
  for (const kind of declared) {
    const list = lists[kind];
    if (list.length > 1) {
      out.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR203",
          `plugins.${kind} lists ${list.length} providers; the daemon keeps only the last one`,
          {
            ...m.locate(`/plugins/${kind}/1`),
            fix: "Put every declaration of this kind under one provider file."
          }
        )
      );
    }
  }
  return out;
}
var MIB = 1024 * 1024;
var REVERSE_CALL = /\bsession\.(model|tool|app|storage|workflow_node)\s*\.\s*\w+/g;
var MAX_SCANNED = 1024 * 1024;
async function permissionRules(plugin) {
  const m = plugin.manifest;
  if (!m.has("/permission")) return [];
  const sites = [];
  for (const file of plugin.files) {
    if (!file.endsWith(".py") || sites.length >= 5) continue;
    const bytes = await plugin.source.read(file);
    if (!bytes || bytes.length > MAX_SCANNED) continue;
    const text = Buffer.from(bytes).toString("utf8");
    for (const match of text.matchAll(REVERSE_CALL)) {
      const line = text.slice(0, match.index).split("\n").length;
      sites.push(`${file}:${line} (${match[0].replace(/\s+/g, "")})`);
      if (sites.length >= 5) break;
    }
  }
  const at = m.locate("/permission", "key");
  const fix = "Move the block under resource: `resource: {permission: {...}}`.";
  if (sites.length === 0) {
    return [
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR204",
        "permission is at the top level, where Dify ignores it: the plugin gets no permissions",
        {
          ...at,
          fix
        }
      )
    ];
  }
  return [
    (0, import_chunk_AIBAUOYI.finding)(
      "DPR204",
      `permission is at the top level, where Dify ignores it, and the code makes reverse invocations the daemon will refuse without it: ${sites.join(", ")}`,
      { ...at, severity: "error", fix }
    )
  ];
}
function resourceRules(plugin) {
  const m = plugin.manifest;
  const out = [];
  const endpoints = (0, import_chunk_R6ZEAHMN.getAt)(m.value, "/plugins/endpoints");
  const allowed = (0, import_chunk_R6ZEAHMN.getAt)(m.value, "/resource/permission/endpoint/enabled") === true;
  if (Array.isArray(endpoints) && endpoints.length > 0 && !allowed) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR205",
        "the plugin declares endpoints but not the endpoint permission: Dify will not register them",
        {
          ...m.has("/resource/permission") ? m.locate("/resource/permission", "key") : m.locate("/plugins/endpoints", "key"),
          fix: "Add `endpoint: {enabled: true}` under resource.permission."
        }
      )
    );
  }
  const memory = (0, import_chunk_R6ZEAHMN.getAt)(m.value, "/resource/memory");
  if (typeof memory === "number" && memory > 0 && memory < MIB) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR206", `resource.memory is ${memory} bytes, which no Python plugin can run in`, {
        ...m.locate("/resource/memory"),
        fix: "resource.memory is in bytes: 268435456 is 256 MiB."
      })
    );
  }
  return out;
}
var UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
function fieldRules(plugin, now = /* @__PURE__ */ new Date()) {
  const m = plugin.manifest;
  const out = [];
  const author = (0, import_chunk_R6ZEAHMN.getAt)(m.value, "/author");
  if (typeof author === "string" && UUID.test(author)) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR208",
        `author "${author}" is a UUID, which the daemon reserves for remote-debugging runtimes`,
        {
          ...m.locate("/author"),
          fix: "Use your organisation or user name as the author."
        }
      )
    );
  }
  const version = m.scalarText("/version");
  if (typeof version === "string" && /^\d{1,4}(\.\d{1,4}){2}-\w{1,16}$/.test(version) && !isPep440(version)) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR214",
        `version ${version} is valid for the daemon, but Dify (PEP 440) cannot read its suffix`,
        {
          ...m.locate("/version"),
          fix: "Use a PEP 440 suffix: -alpha1, -beta2, -rc1, -post1 or -dev1."
        }
      )
    );
  }
  out.push(...createdAt(m, now));
  return out;
}
function createdAt(m, now) {
  const value = (0, import_chunk_R6ZEAHMN.getAt)(m.value, "/created_at");
  if (typeof value !== "string" || value === "") return [];
  const at = m.locate("/created_at");
  const rfc3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;
  const loose = /^\d{4}-\d{1,2}-\d{1,2}([Tt ]\d{1,2}:\d{1,2}:\d{1,2}(\.\d+)?\s*([Zz]|[+-]\d{1,2}(:\d{2})?)?)?$/;
  const quoted = !m.plainNonStrings.has("/created_at") && isQuoted(m, "/created_at");
  const ok = quoted ? rfc3339.test(value) : loose.test(value);
  if (!ok) {
    return [
      (0, import_chunk_AIBAUOYI.finding)("DPR115", `created_at "${value}" is not an RFC 3339 timestamp`, {
        ...at,
        fix: 'Write it like "2024-07-12T08:03:44Z" (UTC, with a T and a Z or an offset).'
      })
    ];
  }
  const ms = Date.parse(value.replace(/(\.\d{3})\d+/, "$1").replace(" ", "T"));
  if (!Number.isNaN(ms) && ms > now.getTime() + 24 * 3600 * 1e3) {
    return [
      (0, import_chunk_AIBAUOYI.finding)("DPR210", `created_at ${value} is in the future; the marketplace refuses it`, {
        ...at,
        fix: "Set created_at to the time the plugin was created."
      })
    ];
  }
  return [];
}
function isQuoted(m, pointer) {
  const loc = m.locate(pointer);
  const line = m.text.split(/\r?\n/)[(loc.line ?? 1) - 1] ?? "";
  const ch = line[(loc.column ?? 1) - 1];
  return ch === '"' || ch === "'";
}
var ASSETS = "_assets/";
var ICONS = [
  { kind: "manifest", pointers: ["/icon"], cli: true },
  { kind: "manifest", pointers: ["/icon_dark"], cli: true },
  { kind: "tool-provider", pointers: ["/identity/icon"], cli: true },
  { kind: "tool-provider", pointers: ["/identity/icon_dark"], cli: false },
  { kind: "trigger-provider", pointers: ["/identity/icon"], cli: true },
  { kind: "trigger-provider", pointers: ["/identity/icon_dark"], cli: false },
  { kind: "datasource-provider", pointers: ["/identity/icon"], cli: true },
  { kind: "datasource", pointers: ["/identity/icon"], cli: false },
  { kind: "agent-strategy-provider", pointers: ["/identity/icon", "/identity/icon_dark"], cli: false },
  { kind: "model-provider", pointers: ["/icon_small", "/icon_large"], locales: true, cli: true },
  { kind: "model-provider", pointers: ["/icon_small_dark", "/icon_large_dark"], locales: true, cli: false }
];
function iconRules(plugin) {
  const files = new Set(plugin.files);
  const out = [];
  const check = (file, pointer, blocking, who) => {
    const name = (0, import_chunk_R6ZEAHMN.getAt)(file.value, pointer);
    if (typeof name !== "string" || name === "") return;
    if (files.has(ASSETS + name)) return;
    const doubled = name.startsWith(ASSETS) && files.has(name);
    const hint = doubled ? `Write "${name.slice(ASSETS.length)}": icon names are relative to _assets/ already.` : `Add _assets/${name}, or name an existing file under _assets/.`;
    out.push(
      blocking ? (0, import_chunk_AIBAUOYI.finding)("DPR305", `${who} "${name}" is not in _assets/: the daemon refuses the upload`, {
        ...file.locate(pointer),
        fix: hint
      }) : (0, import_chunk_AIBAUOYI.finding)("DPR306", `${who} "${name}" is not in _assets/: Dify shows a broken image`, {
        ...file.locate(pointer),
        fix: hint
      })
    );
  };
  for (const spec of ICONS) {
    const targets = spec.kind === "manifest" ? [plugin.manifest] : effective(plugin, spec.kind).map((d) => d.file);
    for (const file of targets) {
      for (const pointer of spec.pointers) {
        if (spec.locales) {
          const value = (0, import_chunk_R6ZEAHMN.getAt)(file.value, pointer);
          if (value && typeof value === "object") {
            for (const locale of Object.keys(value)) check(file, `${pointer}/${locale}`, true, "icon");
          }
        } else check(file, pointer, true, "icon");
      }
    }
  }
  for (const decl of effective(plugin, "tool")) check(decl.file, "/identity/icon", false, "tool icon");
  return out;
}
function effective(plugin, kind) {
  return plugin.declarations.filter((d) => d.kind === kind);
}
function pythonRules(plugin) {
  const files = new Set(plugin.files);
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const decl of plugin.declarations) {
    if (seen.has(decl.file) || decl.kind === "model-position") continue;
    seen.add(decl.file);
    const pointers = ["/extra/python/source", "/extra/python/provider_source"];
    const models = (0, import_chunk_R6ZEAHMN.getAt)(decl.file.value, "/extra/python/model_sources");
    if (Array.isArray(models))
      for (const i of models.keys()) pointers.push(`/extra/python/model_sources/${i}`);
    for (const pointer of pointers) {
      const ref = (0, import_chunk_R6ZEAHMN.getAt)(decl.file.value, pointer);
      if (typeof ref === "string" && ref !== "") {
        (0, import_chunk_Z6ZQYNIY.resolveReference)(
          ref,
          { file: decl.file, pointer },
          files,
          out,
          "python",
          (f) => plugin.source.whyMissing?.(f)
        );
      }
    }
  }
  const entry = (0, import_chunk_R6ZEAHMN.getAt)(plugin.manifest.value, "/meta/runner/entrypoint");
  if (typeof entry === "string" && /\.py$/.test(entry)) {
    const module2 = entry.replace(/\.py$/, "").replace(/\//g, ".");
    out.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR312",
        `the entrypoint is "${entry}", a file name: the daemon runs \`python -m ${entry}\`, which finds no module`,
        {
          ...plugin.manifest.locate("/meta/runner/entrypoint"),
          fix: `Write \`entrypoint: ${module2}\` (a module name, without .py).`
        }
      )
    );
  } else if (typeof entry === "string" && entry !== "" && /^[\w.]+$/.test(entry)) {
    const module2 = entry.replace(/\./g, "/");
    if (!files.has(`${module2}.py`) && !files.has(`${module2}/__main__.py`)) {
      out.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR312",
          `the entrypoint "${entry}" has no ${module2}.py: the daemon runs \`python -m ${entry}\``,
          {
            ...plugin.manifest.locate("/meta/runner/entrypoint"),
            fix: `Add ${module2}.py (the Dify template's main.py starts the plugin), or point meta.runner.entrypoint at your module.`
          }
        )
      );
    }
  }
  return out;
}
function privacyRules(plugin) {
  const privacy = (0, import_chunk_R6ZEAHMN.getAt)(plugin.manifest.value, "/privacy");
  if (typeof privacy !== "string" || privacy === "" || /^https?:\/\//i.test(privacy)) return [];
  const out = [];
  const normalized = privacy.replace(/^\.\//, "");
  if (plugin.files.includes(normalized)) return [];
  (0, import_chunk_Z6ZQYNIY.resolveReference)(
    normalized,
    { file: plugin.manifest, pointer: "/privacy" },
    new Set(plugin.files),
    out,
    "privacy"
  );
  return out;
}
function globRules(plugin) {
  return plugin.globs.filter((g) => g.matches.length === 0).map(
    (g) => (0, import_chunk_AIBAUOYI.finding)("DPR309", `the pattern "${g.pattern}" matches no file, so it declares no model`, {
      ...g.site.file.locate(g.site.pointer),
      fix: "Fix the pattern (it is matched against paths from the plugin root, `*` stops at `/`), or remove it."
    })
  );
}
async function listingRules(plugin) {
  return [...await plugin.source.listingFindings?.() ?? []];
}
var DECLARATION_KEYS = /^(?:identity|model_type|method)\s*:/m;
function loadedByCode(file, code) {
  if (code === "") return false;
  const parts = file.split("/");
  const name = parts.at(-1);
  const folder = parts.at(-2);
  const quoted = (word) => new RegExp(`["'/]${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["'/]`);
  if (quoted(name).test(code)) return true;
  return folder !== void 0 && !["tools", "events", "models", "provider", "endpoints"].includes(folder) ? quoted(folder).test(code) : false;
}
function looksLikeDeclaration(value) {
  if (!value || typeof value !== "object" || Array.isArray(value)) return false;
  const v = value;
  const identity = v.identity;
  if (identity && typeof identity === "object" && ("name" in identity || "author" in identity)) return true;
  if ("model" in v && "model_type" in v) return true;
  if ("path" in v && "method" in v) return true;
  return false;
}
async function orphanRules(plugin) {
  const used = new Set(plugin.declarations.map((d) => d.file.path));
  used.add(import_chunk_RSCBOPBN.MANIFEST);
  const out = [];
  let code;
  const pythonText = async () => {
    if (code !== void 0) return code;
    const parts = [];
    for (const f of plugin.files) {
      if (!f.endsWith(".py")) continue;
      const b = await plugin.source.read(f);
      if (b && b.length <= 4 * 1024 * 1024) parts.push(Buffer.from(b).toString("utf8"));
    }
    code = parts.join("\n");
    return code;
  };
  for (const file of plugin.files) {
    if (!/\.ya?ml$/.test(file) || used.has(file) || file.endsWith("_position.yaml")) continue;
    if (file.split("/").some((part) => part.startsWith(".")) || file.startsWith("tests/")) continue;
    const bytes = await plugin.source.read(file).catch(() => void 0);
    if (!bytes || !DECLARATION_KEYS.test(Buffer.from(bytes).toString("latin1"))) continue;
    const parsed = (0, import_chunk_R6ZEAHMN.parseYamlBytes)(file, bytes);
    if (parsed.problems.length > 0 || !looksLikeDeclaration(parsed.value)) continue;
    if (loadedByCode(file, await pythonText())) continue;
    out.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR308",
        `${file} looks like a declaration, but nothing references it, so Dify never loads it`,
        {
          file,
          line: 1,
          column: 1,
          fix: "List it in its provider (tools:, events:, \u2026), or delete it."
        }
      )
    );
  }
  return out;
}
async function runRules(plugin, now = /* @__PURE__ */ new Date()) {
  const out = [...plugin.findings];
  if (!plugin.usable) return (0, import_chunk_Z6ZQYNIY.capRepeated)(out);
  out.push(
    ...kindRules(plugin),
    ...resourceRules(plugin),
    ...fieldRules(plugin, now),
    ...compatRules(plugin),
    ...iconRules(plugin),
    ...pythonRules(plugin),
    ...privacyRules(plugin),
    ...globRules(plugin),
    ...declarationRules(plugin),
    ...await listingRules(plugin),
    ...await orphanRules(plugin),
    ...await permissionRules(plugin)
  );
  return (0, import_chunk_Z6ZQYNIY.capRepeated)(out);
}
async function validateSource(source, now, manifest) {
  const plugin = await (0, import_chunk_Z6ZQYNIY.loadPlugin)(source, { manifest });
  return { plugin, findings: await runRules(plugin, now) };
}
async function validate(paths, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const scope = (paths.length > 0 ? paths : ["."]).map((p) => import_node_path.default.resolve(cwd, p));
  const kinds = options.kinds ?? [];
  const markers = rootMarkers(kinds);
  let roots = await discoverPlugins(scope, cwd, markers);
  let removed = [];
  if (options.changedSince !== void 0) {
    const changed = await (0, import_chunk_YS5KZLZ7.changedPlugins)(scope, options.changedSince, new import_chunk_4XO4ETKR.Git(cwd), markers);
    roots = changed.changed;
    removed = changed.removed;
  } else if (roots.length === 0) {
    throw new import_chunk_NG6BV4S6.UsageError(
      `no Dify plugin found under ${paths.join(", ") || "."} (no manifest.yaml)`,
      "Pass a plugin directory, or a folder whose sub-folders are plugins."
    );
  }
  const plugins = [];
  const compiled = /* @__PURE__ */ new Set();
  let firstWithPython;
  const attach = (index, found) => {
    const p = plugins[Number(index)];
    p.findings.push(...(0, import_chunk_YK7KIND3.applyPolicy)(found, options).map((f) => ({ ...f, plugin: p.path })));
  };
  const compiler = options.listOnly || options.compile === false || roots.length === 0 ? void 0 : startCompiler(options.runner ?? import_chunk_JBHNGCYE.processRunner, { env: options.env ?? process.env, cwd });
  try {
    for (const [i, root] of roots.entries()) {
      const rel = import_node_path.default.relative(cwd, root) || ".";
      const shown = rel.split(import_node_path.default.sep).join("/");
      options.onProgress?.(rel, i, roots.length);
      const started = Date.now();
      const kind = (0, import_node_fs.existsSync)(import_node_path.default.join(root, import_chunk_RSCBOPBN.MANIFEST)) ? void 0 : kinds.find((k) => (0, import_node_fs.existsSync)(import_node_path.default.join(root, k.marker)));
      if (kind) {
        plugins.push(await validateKind(kind, root, rel, options));
        continue;
      }
      const source = new import_chunk_YS5KZLZ7.DirSource(root, rel);
      const index = String(plugins.length);
      const python = [];
      if (compiler) {
        for (const file of await source.files()) {
          if (!file.endsWith(".py")) continue;
          const bytes = await source.read(file);
          if (bytes) python.push({ plugin: index, path: file, bytes });
        }
        compiler.add(python);
      }
      const { plugin, findings } = options.listOnly ? { plugin: await (0, import_chunk_Z6ZQYNIY.loadPlugin)(source, { declarations: false }), findings: [] } : await validateSource(source, options.now);
      if (plugin.usable) {
        compiled.add(index);
        if (python.length > 0) firstWithPython ??= index;
      }
      plugins.push({
        path: shown,
        kind: "dify",
        name: plugin.manifest.scalarText("/name"),
        version: plugin.manifest.scalarText("/version"),
        author: plugin.manifest.scalarText("/author"),
        findings: (0, import_chunk_YK7KIND3.applyPolicy)(findings, options).map((f) => ({ ...f, plugin: shown })),
        files: plugin.files.length,
        declarations: new Set(plugin.declarations.map((d) => d.file)).size,
        ms: Date.now() - started
      });
    }
  } catch (error) {
    void compiler?.finish();
    throw error;
  }
  if (compiler) {
    const outcome2 = await compiler.finish();
    for (const [index, found] of outcome2.byPlugin) if (compiled.has(index)) attach(index, found);
    if (outcome2.notice && firstWithPython !== void 0) attach(firstWithPython, [outcome2.notice]);
  }
  options.onProgress?.("done", roots.length, roots.length);
  return { plugins, removed, findings: plugins.flatMap((p) => p.findings) };
}
async function validateKind(kind, root, rel, options) {
  const started = Date.now();
  const path_ = rel.split(import_node_path.default.sep).join("/");
  const findings = options.listOnly ? [] : await kind.check(root, { probeServers: options.probeServers, http: options.http });
  return {
    path: path_,
    name: kind.label,
    kind: kind.id,
    findings: (0, import_chunk_YK7KIND3.applyPolicy)(findings, options).map((f) => ({ ...f, plugin: path_ })),
    files: 0,
    declarations: 0,
    ms: Date.now() - started
  };
}
function matrixOf(result) {
  return {
    include: result.plugins.map((p) => ({ path: p.path, name: p.name ?? "", version: p.version ?? "" }))
  };
}
function describe(result) {
  const n = result.plugins.length;
  const failed = result.plugins.filter((p) => (0, import_chunk_YK7KIND3.countFindings)(p.findings).errors > 0).length;
  return `${n} plugin${n === 1 ? "" : "s"} validated${failed ? `, ${failed} with errors` : ""}`;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  compilePython,
  describe,
  matrixOf,
  runRules,
  usedFeatures,
  validate,
  validateSource
});
