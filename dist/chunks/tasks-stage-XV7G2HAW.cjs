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
  problemOf: () => problemOf,
  tasksStage: () => tasksStage
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_A5T5BNJY = require("./chunk-A5T5BNJY.cjs");
var import_chunk_C6RKH7Y3 = require("./chunk-C6RKH7Y3.cjs");
var import_chunk_YQ4EF2FE = require("./chunk-YQ4EF2FE.cjs");
var import_chunk_MYPC2CKU = require("./chunk-MYPC2CKU.cjs");
var import_chunk_MO7QG43S = require("./chunk-MO7QG43S.cjs");
var import_chunk_PZUF6U6P = require("./chunk-PZUF6U6P.cjs");
var import_chunk_XDFA5MRV = require("./chunk-XDFA5MRV.cjs");
var import_chunk_2YVRSQ6N = require("./chunk-2YVRSQ6N.cjs");
var import_chunk_CML2VIZG = require("./chunk-CML2VIZG.cjs");
var import_chunk_NG6BV4S6 = require("./chunk-NG6BV4S6.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
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
      ...p.status === "failed" ? { diagnosis: (0, import_chunk_C6RKH7Y3.classifyFailure)(p.message || "failed without a message") } : {}
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
async function tasksStage(input, ctx) {
  const staleAfterMs = input.staleAfter !== void 0 ? Math.round(input.staleAfter * 6e4) : DEFAULT_STALE_AFTER_MS;
  const options = { now: () => ctx.now(), staleAfterMs };
  const out = [];
  for (const { label, selection } of (0, import_chunk_A5T5BNJY.selectTargets)(input, ctx)) {
    let target;
    try {
      target = await (0, import_chunk_YQ4EF2FE.openTarget)(selection, ctx);
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
  if (error instanceof import_chunk_MYPC2CKU.TargetError) {
    return {
      message: error.message,
      code: error.code,
      exitCode: error.exitCode,
      ...error.fix ? { fix: error.fix } : {}
    };
  }
  throw error;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  problemOf,
  tasksStage
});
