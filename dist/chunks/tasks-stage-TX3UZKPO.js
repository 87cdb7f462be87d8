import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  selectTargets
} from "./chunk-HTJPGIXD.js";
import {
  classifyFailure
} from "./chunk-XN7FEI2X.js";
import {
  openTarget
} from "./chunk-ROZRPW5Q.js";
import {
  TargetError
} from "./chunk-KHEB35I4.js";
import "./chunk-HAERSONJ.js";
import "./chunk-JSBISJTW.js";
import "./chunk-WY3W4H7T.js";
import "./chunk-NXO6TLEO.js";
import "./chunk-AFHULDBQ.js";
import "./chunk-62OAMW2I.js";
import "./chunk-V6G54X4G.js";

// src/diagnostics/tasks.ts
var DEFAULT_STALE_AFTER_MS = 30 * 6e4;
function viewTask(task, now, staleAfterMs = DEFAULT_STALE_AFTER_MS) {
  const last = Date.parse(task.updatedAt) || Date.parse(task.createdAt);
  const idleMs = Number.isFinite(last) ? Math.max(0, now.getTime() - last) : 0;
  const active = task.status === "pending" || task.status === "running";
  const itemsActive = task.plugins.some((p) => p.status === "pending" || p.status === "running");
  const state = active || task.status === "failed" && itemsActive ? idleMs > staleAfterMs ? "stale" : "running" : task.status === "failed" ? "failed" : "success";
  return {
    id: task.id,
    status: task.status,
    state,
    createdAt: task.createdAt,
    updatedAt: task.updatedAt,
    idleMs,
    plugins: task.plugins.map((p) => ({
      identifier: p.identifier,
      status: p.status,
      message: p.message,
      ...p.status === "failed" ? { diagnosis: classifyFailure(p.message || "failed without a message") } : {}
    }))
  };
}
async function fetchTasks(target) {
  const pageSize = 256;
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (let page = 1; page <= 64; page++) {
    const batch = await target.tasks({ page, pageSize });
    for (const t of batch) {
      if (seen.has(t.id)) continue;
      seen.add(t.id);
      out.push(t);
    }
    if (batch.length < pageSize) break;
  }
  return out;
}
async function listTasks(target, options) {
  const now = options.now();
  return (await fetchTasks(target)).map((t) => viewTask(t, now, options.staleAfterMs));
}
async function cleanupTasks(target, options) {
  const found = await listTasks(target, options);
  const doomed = found.filter((t) => t.state === "failed" || t.state === "stale");
  const running = found.filter((t) => t.state === "running");
  const base = { found, remaining: [], dryRun: options.dryRun === true };
  if (running.length > 0 && !options.force) {
    return { ...base, deleted: [], kept: found, refusedFor: running };
  }
  const kept = found.filter((t) => !doomed.includes(t));
  if (options.dryRun || doomed.length === 0) return { ...base, deleted: doomed, kept, refusedFor: [] };
  for (const t of doomed) {
    options.log?.(`Deleting ${t.state} task ${t.id} (${t.plugins.map((p) => p.identifier).join(", ")})`);
    await target.deleteTask(t.id);
  }
  const after = new Set((await fetchTasks(target)).map((t) => t.id));
  return {
    ...base,
    deleted: doomed,
    kept,
    refusedFor: [],
    remaining: doomed.filter((t) => after.has(t.id))
  };
}

// src/diagnostics/tasks-stage.ts
async function tasksStage(input, ctx) {
  const staleAfterMs = input.staleAfter !== void 0 ? Math.round(input.staleAfter * 6e4) : DEFAULT_STALE_AFTER_MS;
  const options = { now: () => ctx.now(), staleAfterMs };
  const out = [];
  for (const { label, selection } of selectTargets(input, ctx)) {
    let target;
    try {
      target = await openTarget(selection, ctx);
      if (input.action === "list") {
        out.push({ label, info: target.info, tasks: await listTasks(target, options) });
      } else {
        const cleanup = await cleanupTasks(target, {
          ...options,
          force: input.force === true,
          dryRun: ctx.dryRun,
          log: ctx.log
        });
        out.push({ label, info: target.info, tasks: cleanup.found, cleanup });
      }
    } catch (error) {
      out.push({ label, ...target ? { info: target.info } : {}, problem: problemOf(error) });
    } finally {
      await target?.close();
    }
  }
  return {
    action: input.action,
    staleAfterMs,
    dryRun: ctx.dryRun,
    force: input.force === true,
    targets: out
  };
}
function problemOf(error) {
  if (error instanceof TargetError) {
    return {
      message: error.message,
      code: error.code,
      exitCode: error.exitCode,
      ...error.fix ? { fix: error.fix } : {}
    };
  }
  throw error;
}
export {
  problemOf,
  tasksStage
};
