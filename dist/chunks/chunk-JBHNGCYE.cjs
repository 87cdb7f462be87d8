"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  NOT_EXECUTABLE: () => NOT_EXECUTABLE,
  NOT_FOUND: () => NOT_FOUND,
  StreamTail: () => StreamTail,
  child_process_exports: () => child_process_exports,
  init_child_process: () => init_child_process,
  onInterrupt: () => onInterrupt,
  processRunner: () => processRunner,
  spawn: () => spawn
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var import_node_os = require("node:os");
var import_node_fs = require("node:fs");
var child_process_exports = {};
(0, import_chunk_KIZ6KU7F.__export)(child_process_exports, {
  exec: () => exec,
  execFile: () => execFile,
  execFileSync: () => execFileSync,
  execSync: () => execSync,
  fork: () => fork,
  spawn: () => spawn,
  spawnSync: () => spawnSync
});
var loaded, real, spawn, spawnSync, exec, execSync, execFile, execFileSync, fork;
var init_child_process = (0, import_chunk_KIZ6KU7F.__esm)({
  "dpr-lazy:child_process"() {
    real = () => loaded ??= (0, import_chunk_KIZ6KU7F.__require)("node:child_process");
    spawn = (...args) => real().spawn(...args);
    spawnSync = (...args) => real().spawnSync(...args);
    exec = (...args) => real().exec(...args);
    execSync = (...args) => real().execSync(...args);
    execFile = (...args) => real().execFile(...args);
    execFileSync = (...args) => real().execFileSync(...args);
    fork = (...args) => real().fork(...args);
  }
});
init_child_process();
init_child_process();
function processTable() {
  const table = /* @__PURE__ */ new Map();
  if (process.platform === "linux") {
    let entries = [];
    try {
      entries = (0, import_node_fs.readdirSync)("/proc");
    } catch {
      return table;
    }
    for (const name of entries) {
      if (!/^\d+$/.test(name)) continue;
      let stat;
      try {
        stat = (0, import_node_fs.readFileSync)(`/proc/${name}/stat`, "utf8");
      } catch {
        continue;
      }
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      table.set(Number(name), { ppid: Number(fields[1]), zombie: fields[0] === "Z", start: fields[19] });
    }
    return table;
  }
  const r = spawnSync("ps", ["-A", "-o", "pid=,ppid=,stat=,lstart="], { encoding: "utf8", timeout: 1e4 });
  for (const line of (r.stdout ?? "").split("\n")) {
    const m = /^\s*(\d+)\s+(\d+)\s+(\S+)\s*(.*)$/.exec(line);
    if (m) {
      table.set(Number(m[1]), {
        ppid: Number(m[2]),
        zombie: (m[3] ?? "").startsWith("Z"),
        start: m[4]?.trim() || void 0
      });
    }
  }
  return table;
}
function descendants(pid, table = processTable()) {
  const children = /* @__PURE__ */ new Map();
  for (const [p, info] of table) {
    const list = children.get(info.ppid) ?? [];
    list.push(p);
    children.set(info.ppid, list);
  }
  const out = [];
  const queue = [pid];
  const seen = new Set(queue);
  while (queue.length > 0) {
    for (const c of children.get(queue.shift()) ?? []) {
      if (seen.has(c)) continue;
      seen.add(c);
      out.push(c);
      queue.push(c);
    }
  }
  return out;
}
function sameProcesses(known, table) {
  if (!table || table.size === 0) return [...known.keys()];
  return [...known].filter(([p, start]) => {
    const now = table.get(p);
    return now !== void 0 && (start === void 0 || now.start === start);
  }).map(([p]) => p);
}
function stillRunning(known) {
  const table = processTable();
  if (table.size > 0) return sameProcesses(known, table).filter((p) => !table.get(p).zombie);
  return [...known.keys()].filter((p) => {
    try {
      process.kill(p, 0);
      return true;
    } catch (error) {
      return error.code === "EPERM";
    }
  });
}
var MAX_LINE = 64 * 1024;
var StreamTail = class {
  constructor(max, onLine, maxLine = MAX_LINE) {
    this.max = max;
    this.onLine = onLine;
    this.maxLine = maxLine;
  }
  max;
  onLine;
  maxLine;
  chunks = [];
  size = 0;
  partial = "";
  decoder = new TextDecoder("utf-8");
  push(data) {
    const text = this.decoder.decode(data, { stream: true });
    this.keep(text);
    const lines = (this.partial + text).split("\n");
    this.partial = lines.pop() ?? "";
    for (const line of lines) this.onLine(line.replace(/\r$/, ""));
    while (this.partial.length > this.maxLine) {
      this.onLine(this.partial.slice(0, this.maxLine));
      this.partial = this.partial.slice(this.maxLine);
    }
  }
  /** The unfinished line held back (for tests). */
  get pending() {
    return this.partial.length;
  }
  flush() {
    const rest = this.decoder.decode();
    if (rest) this.keep(rest);
    const last = this.partial + rest;
    this.partial = "";
    if (last) this.onLine(last);
  }
  text() {
    return this.chunks.join("");
  }
  keep(text) {
    this.chunks.push(text);
    this.size += text.length;
    while (this.size > this.max && this.chunks.length > 1) this.size -= this.chunks.shift().length;
    if (this.size > this.max) {
      this.chunks = [this.chunks[0].slice(this.size - this.max)];
      this.size = this.max;
    }
  }
};
var NOT_FOUND = 127;
var NOT_EXECUTABLE = 126;
var DEFAULT_MAX_BUFFER = 4 * 1024 * 1024;
var running = /* @__PURE__ */ new Set();
var cleanups = /* @__PURE__ */ new Set();
var listening = false;
function onParentSignal(signal) {
  for (const kill of [...running]) kill();
  for (const cleanup of [...cleanups].reverse()) {
    try {
      cleanup();
    } catch {
    }
  }
  running.clear();
  cleanups.clear();
  stopListening();
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}
function onParentExit() {
  for (const kill of [...running]) kill();
}
function listen() {
  if (listening) return;
  listening = true;
  process.on("SIGINT", onParentSignal);
  process.on("SIGTERM", onParentSignal);
  process.on("exit", onParentExit);
}
function stopListening() {
  if (!listening) return;
  listening = false;
  process.removeListener("SIGINT", onParentSignal);
  process.removeListener("SIGTERM", onParentSignal);
  process.removeListener("exit", onParentExit);
}
function stopIfIdle() {
  if (running.size === 0 && cleanups.size === 0) stopListening();
}
function onInterrupt(cleanup) {
  cleanups.add(cleanup);
  listen();
  return () => {
    cleanups.delete(cleanup);
    stopIfIdle();
  };
}
var processRunner = {
  run(command, args, options = {}) {
    return new Promise((resolve) => {
      const started = Date.now();
      const maxBuffer = options.maxBuffer ?? DEFAULT_MAX_BUFFER;
      const group = process.platform !== "win32";
      let child;
      try {
        child = spawn(command, args, {
          cwd: options.cwd,
          env: options.env ?? process.env,
          shell: false,
          detached: group,
          windowsHide: true,
          stdio: [
            options.input === void 0 ? "ignore" : "pipe",
            "pipe",
            "pipe",
            ...options.channel ? ["pipe"] : []
          ]
        });
      } catch (error) {
        resolve(notStarted(error, started));
        return;
      }
      const out = new StreamTail(maxBuffer, (line) => options.onLine?.(line, "stdout"));
      const err = new StreamTail(maxBuffer, (line) => options.onLine?.(line, "stderr"));
      child.stdout?.on("data", (d) => out.push(d));
      child.stderr?.on("data", (d) => err.push(d));
      let channel = "";
      const report = options.channel ? child.stdio[3] : null;
      report?.on("data", (d) => {
        if (channel.length < 65536) channel += d.toString("utf8");
      });
      report?.on("error", () => {
      });
      if (options.input !== void 0) {
        child.stdin?.on("error", () => {
        });
        const stdin = child.stdin;
        const input = options.input;
        if (typeof input === "string") stdin?.end(input);
        else
          void (async () => {
            try {
              for await (const chunk of input) {
                if (!stdin || stdin.destroyed) break;
                if (!stdin.write(chunk)) await new Promise((r) => stdin.once("drain", r).once("close", r));
              }
            } finally {
              stdin?.end();
            }
          })().catch(() => {
          });
      }
      let timedOut = false;
      let settled = false;
      let exit;
      const timers = [];
      const known = /* @__PURE__ */ new Map();
      const kill = (signal) => {
        const pid = child.pid;
        if (pid === void 0) return;
        if (!group) {
          if (!exit) spawnSync("taskkill", ["/T", "/F", "/PID", String(pid)], { windowsHide: true });
          return;
        }
        const table = !exit || known.size > 0 ? processTable() : void 0;
        if (table && !exit) for (const p of descendants(pid, table)) known.set(p, table.get(p)?.start);
        try {
          process.kill(-pid, signal);
        } catch {
        }
        for (const p of sameProcesses(known, table)) {
          try {
            process.kill(p, signal);
          } catch {
          }
        }
      };
      const killNow = () => kill("SIGKILL");
      running.add(killNow);
      listen();
      const finish = (result) => {
        if (settled) return;
        settled = true;
        for (const t of timers) clearTimeout(t);
        options.signal?.removeEventListener("abort", stop);
        running.delete(killNow);
        stopIfIdle();
        resolve(result);
      };
      const collect = async () => {
        if (settled) return;
        out.flush();
        err.flush();
        let survivors = [];
        if (timedOut && known.size > 0) {
          survivors = stillRunning(known);
          for (let i = 0; i < 5 && survivors.length > 0; i++) {
            await new Promise((r) => setTimeout(r, 100));
            for (const p of survivors) {
              try {
                process.kill(p, "SIGKILL");
              } catch {
              }
            }
            survivors = stillRunning(new Map(survivors.map((p) => [p, known.get(p)])));
          }
        }
        const code = exit?.code ?? (exit?.signal ? 128 + signalNumber(exit.signal) : 1);
        finish({
          code,
          ...exit?.signal ? { signal: exit.signal } : {},
          stdout: out.text(),
          stderr: err.text(),
          timedOut,
          durationMs: Date.now() - started,
          ...survivors.length > 0 ? { survivors } : {},
          ...options.channel ? { channel } : {}
        });
      };
      const stop = () => {
        if (exit) return;
        kill("SIGTERM");
        timers.push(setTimeout(() => kill("SIGKILL"), options.graceMs ?? 2e3));
      };
      if (options.signal?.aborted) stop();
      options.signal?.addEventListener("abort", stop, { once: true });
      if (options.timeoutMs && options.timeoutMs > 0) {
        timers.push(
          setTimeout(() => {
            timedOut = true;
            kill("SIGTERM");
            timers.push(setTimeout(() => kill("SIGKILL"), options.graceMs ?? 2e3));
          }, options.timeoutMs)
        );
      }
      child.on("error", (error) => {
        if (exit) return;
        finish(notStarted(error, started));
      });
      child.on("exit", (code, signal) => {
        exit = { code, signal };
        kill("SIGKILL");
        timers.push(
          setTimeout(() => {
            child.stdout?.destroy();
            child.stderr?.destroy();
            report?.destroy();
            void collect();
          }, 2e3)
        );
      });
      child.on("close", () => {
        if (exit) void collect();
      });
    });
  }
};
function notStarted(error, started) {
  return {
    code: error.code === "ENOENT" ? NOT_FOUND : error.code === "EACCES" || error.code === "EPERM" ? NOT_EXECUTABLE : 1,
    stdout: "",
    stderr: error.message,
    timedOut: false,
    durationMs: Date.now() - started
  };
}
function signalNumber(signal) {
  return import_node_os.constants.signals[signal] ?? 0;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  NOT_EXECUTABLE,
  NOT_FOUND,
  StreamTail,
  child_process_exports,
  init_child_process,
  onInterrupt,
  processRunner,
  spawn
});
