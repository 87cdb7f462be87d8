import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  NOT_FOUND
} from "./chunk-277J5JLG.js";
import {
  finding
} from "./chunk-ZGFNRH4I.js";

// src/python/compile.ts
import path2 from "node:path";

// src/python/pyenv.ts
import { accessSync, constants, readFileSync, statSync } from "node:fs";
import path from "node:path";
function executable(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
function onPath(command, env, cwd) {
  if (/[\\/]/.test(command)) return path.resolve(cwd, command);
  for (const dir of (env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, command);
    if (executable(candidate)) return candidate;
  }
  return void 0;
}
function versionFile(file) {
  let text;
  try {
    if (statSync(file).size > 64 * 1024) return void 0;
    text = readFileSync(file, "utf8");
  } catch {
    return void 0;
  }
  const names = text.split("\n").map((l) => l.replace(/#.*/, "").trim()).flatMap((l) => l.split(/\s+/)).filter(Boolean);
  return names.length > 0 ? names : void 0;
}
function selected(root, env, cwd) {
  if (env.PYENV_VERSION) return env.PYENV_VERSION.split(":").filter(Boolean);
  for (let dir = path.resolve(env.PYENV_DIR || cwd); ; dir = path.dirname(dir)) {
    const names = versionFile(path.join(dir, ".python-version"));
    if (names) return names;
    if (path.dirname(dir) === dir) break;
  }
  return versionFile(path.join(root, "version")) ?? ["system"];
}
function throughPyenv(shim, program, env, cwd) {
  const dir = path.dirname(shim);
  if (path.basename(dir) !== "shims") return void 0;
  let head;
  try {
    head = readFileSync(shim, "utf8").slice(0, 2048);
  } catch {
    return void 0;
  }
  const m = /^export PYENV_ROOT="([^"]+)"$/m.exec(head);
  if (!head.startsWith("#!") || !m || !/\bpyenv" exec\b/.test(head)) return void 0;
  const root = m[1];
  if (path.resolve(root, "shims") !== path.resolve(dir)) return void 0;
  for (const name of selected(root, env, cwd)) {
    if (name === "system") {
      const shims = /* @__PURE__ */ new Set([path.resolve(dir), path.resolve(root, "plugins/pyenv-virtualenv/shims")]);
      const rest = (env.PATH ?? "").split(path.delimiter).filter((d) => d && !shims.has(path.resolve(d))).join(path.delimiter);
      const found = onPath(program, { PATH: rest }, cwd);
      if (found) return found;
      continue;
    }
    if (name.includes("/") || name === "." || name === "..") return void 0;
    const candidate = path.join(root, "versions", name, "bin", program);
    if (executable(candidate)) return candidate;
    return void 0;
  }
  return void 0;
}

// src/python/compile.ts
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
  const found = onPath(command, env, cwd);
  return (found && throughPyenv(found, path2.basename(found), env, cwd)) ?? command;
}
function startCompiler(runner, options = {}) {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const requested = options.python ?? compilerCommand(env);
  const python = interpreterFor(requested, env, cwd);
  const files = [];
  const input = new Feed();
  const run = runner.run(python, ["-I", "-S", "-c", SCRIPT], {
    input,
    env,
    cwd,
    timeoutMs: 12e4,
    maxBuffer: 16 * 1024 * 1024
  }).catch((error) => error);
  let finished;
  return {
    add(more) {
      if (finished) throw new Error("internal: files added to a finished compile check");
      for (const f of more) {
        input.push(Buffer.from(`${files.length} ${f.bytes.length}
`));
        input.push(f.bytes);
        files.push(f);
      }
    },
    finish() {
      if (!finished) {
        input.end();
        finished = files.length === 0 ? Promise.resolve({ byPlugin: /* @__PURE__ */ new Map() }) : run.then((r) => outcome(files, python, r));
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
    notice: finding(
      "DPR416",
      `${files.length} Python file${files.length === 1 ? " was" : "s were"} not compiled: ${why}; a syntax error would only show when the plugin starts`,
      {}
    )
  });
  if (r instanceof Error) return unavailable(`${python} cannot be run (${r.message})`);
  if (r.code === NOT_FOUND) return unavailable(`no Python found (${python} is not on PATH; set DPR_PYTHON)`);
  const [head, ...rest] = r.stdout.split("\n");
  const version = /^\d+\.\d+\.\d+$/.test(head ?? "") ? head : void 0;
  if (!version || r.code !== 0) {
    const why = r.timedOut ? "the compiler timed out" : `${python} failed (${r.stderr.trim().split("\n").pop() || `exit ${r.code}`})`;
    return unavailable(why);
  }
  const fields = rest.join("\n").split("\0");
  for (let i = 0; i + 5 <= fields.length; i += 5) {
    const [key, line, column, message, text] = fields.slice(i, i + 5);
    const file = files[Number(key)];
    if (!file) continue;
    const list = byPlugin.get(file.plugin) ?? [];
    list.push(
      finding(
        "DPR415",
        `${file.path} does not compile with Python ${version}: ${message}${text ? ` (\`${text}\`)` : ""}; the plugin fails at start-up`,
        { file: file.path, line: Number(line) || 1, column: Number(column) || 1 }
      )
    );
    byPlugin.set(file.plugin, list);
  }
  return { byPlugin, version };
}

export {
  compilerCommand,
  startCompiler,
  compilePython
};
