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
  tasksCommand: () => tasksCommand
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_O2P272UQ = require("./chunk-O2P272UQ.cjs");
var import_chunk_PZUF6U6P = require("./chunk-PZUF6U6P.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_chunk_IGMRLCZS = require("./chunk-IGMRLCZS.cjs");
var tasksCommand = (0, import_chunk_IGMRLCZS.defineCommand)({
  name: "tasks",
  summary: "list the install tasks on a target, or delete the failed and stale ones through its API (never SQL)",
  args: [
    {
      key: "action",
      kind: "enum",
      choices: ["list", "cleanup"],
      required: true,
      input: "tasks-action",
      description: "list: show the tasks and why failed ones failed; cleanup: delete failed and stale tasks"
    }
  ],
  options: [
    ...import_chunk_O2P272UQ.TARGET_OPTIONS,
    {
      key: "force",
      kind: "boolean",
      default: false,
      description: "cleanup: delete the failed and stale tasks even while another runs (it is kept)"
    },
    {
      key: "staleAfter",
      kind: "number",
      value: "minutes",
      min: 0,
      default: 30,
      description: "a pending or running task unchanged for this long is stale (cleanup deletes it)"
    }
  ],
  common: ["config", "dry-run", "annotate-notices"],
  outputs: [
    { name: "tasks", description: "the number of install tasks found" },
    { name: "failed", description: "the number of failed tasks found" },
    { name: "stale", description: "the number of stale tasks found" },
    { name: "deleted", description: "cleanup: the number of tasks deleted (or, with dry-run, to delete)" }
  ],
  subaction: false,
  async run(input, ctx) {
    const { tasksStage } = await Promise.resolve().then(() => require("./tasks-stage-XV7G2HAW.cjs"));
    return tasksStage(input, ctx);
  },
  present(r) {
    const findings = [];
    const tables = [];
    let exitCode = 0;
    const all = r.targets.flatMap((t) => t.tasks ?? []);
    const count = (state) => all.filter((t) => t.state === state).length;
    for (const t of r.targets) {
      if (t.problem) {
        findings.push(
          (0, import_chunk_AIBAUOYI.finding)(t.problem.code, `${t.label}: ${t.problem.message}`, {
            ...t.problem.fix ? { fix: t.problem.fix } : {}
          })
        );
        exitCode = Math.max(exitCode, t.problem.exitCode);
        continue;
      }
      findings.push(...taskFindings(t, r));
      tables.push(taskTable(t, r));
      const c = t.cleanup;
      if (c && c.refusedFor.length > 0) exitCode = Math.max(exitCode, 1);
      if (c && c.remaining.length > 0) exitCode = Math.max(exitCode, 1);
    }
    const deleted = r.targets.flatMap((t) => t.cleanup?.deleted ?? []);
    const refused = r.targets.some((t) => (t.cleanup?.refusedFor.length ?? 0) > 0);
    const headline = r.action === "list" ? `${all.length} install task${all.length === 1 ? "" : "s"} on ${r.targets.length} target${r.targets.length === 1 ? "" : "s"}: ${count("failed")} failed, ${count("stale")} stale, ${count("running")} running` : refused ? "cleanup refused: an install task is running (pass --force to clean around it)" : deleted.length === 0 ? "nothing to clean up: no failed or stale install tasks" : `${r.dryRun ? "would delete" : "deleted"} ${deleted.length} install task${deleted.length === 1 ? "" : "s"} (${deleted.filter((t) => t.state === "failed").length} failed, ${deleted.filter((t) => t.state === "stale").length} stale)`;
    return {
      sections: [
        {
          stage: "tasks",
          headline,
          findings,
          summary: {
            action: r.action,
            dryRun: r.dryRun,
            force: r.force,
            staleAfterMinutes: r.staleAfterMs / 6e4,
            targets: r.targets.map((t) => ({
              target: t.label,
              kind: t.info?.kind ?? null,
              url: t.info?.url ?? null,
              tenant: t.info?.tenant ?? null,
              tasks: (t.tasks ?? []).map(taskJson),
              ...t.cleanup ? {
                deleted: t.cleanup.deleted.map((x) => x.id),
                kept: t.cleanup.kept.map((x) => x.id),
                refusedFor: t.cleanup.refusedFor.map((x) => x.id),
                remaining: t.cleanup.remaining.map((x) => x.id)
              } : {},
              problem: t.problem ? { message: t.problem.message, code: t.problem.code } : null
            }))
          },
          tables
        }
      ],
      outputs: {
        tasks: String(all.length),
        failed: String(count("failed")),
        stale: String(count("stale")),
        deleted: String(deleted.length)
      },
      exitCode
    };
  }
});
function taskFindings(t, r) {
  const out = [];
  const c = t.cleanup;
  if (c && c.refusedFor.length > 0) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR1320",
        `${t.label}: ${c.refusedFor.length} install task${c.refusedFor.length === 1 ? " is" : "s are"} running (${c.refusedFor.map((x) => `${x.id}: ${x.plugins.map((p) => p.identifier).join(", ")}, idle ${(0, import_chunk_PZUF6U6P.idleText)(x.idleMs)}`).join("; ")}); nothing was deleted`
      )
    );
  }
  for (const task of c?.remaining ?? []) {
    out.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR1310", `${t.label}: task ${task.id} is still listed after it was deleted`, {
        fix: "Run `tasks cleanup` again; if it stays, the target did not delete it: look at its log."
      })
    );
  }
  const named = r.action === "list" || (c?.refusedFor.length ?? 0) > 0;
  if (!named) return out;
  for (const task of t.tasks ?? []) {
    if (task.state === "stale") {
      out.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR1322",
          `${t.label}: task ${task.id} has said ${task.status} for ${(0, import_chunk_PZUF6U6P.idleText)(task.idleMs)} (${task.plugins.map((p) => `${p.identifier}: ${p.message || p.status}`).join("; ")})`
        )
      );
    }
    for (const p of task.plugins) {
      if (!p.diagnosis) continue;
      out.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR1321",
          `${t.label}: task ${task.id}: ${p.identifier} failed: ${p.diagnosis.title} (${p.diagnosis.class}, ${p.diagnosis.code}); the target said: ${p.message}`,
          { fix: `${p.diagnosis.remedy} Then delete the task with \`tasks cleanup\`.` }
        )
      );
    }
  }
  return out;
}
function taskTable(t, r) {
  const c = t.cleanup;
  const fate = (task) => !c ? "" : c.deleted.includes(task) ? r.dryRun ? "would delete" : "deleted" : "kept";
  const rows = (t.tasks ?? []).flatMap(
    (task) => (task.plugins.length > 0 ? task.plugins : [void 0]).map((p) => [
      task.id,
      task.state,
      (0, import_chunk_PZUF6U6P.idleText)(task.idleMs),
      p?.identifier ?? "",
      p?.status ?? task.status,
      p?.diagnosis ? `${p.diagnosis.class} (${p.diagnosis.code})` : "",
      (0, import_chunk_PZUF6U6P.cell)(p?.message ?? ""),
      ...c ? [fate(task)] : []
    ])
  );
  return {
    title: `Install tasks on ${t.label}${t.info ? ` (${t.info.kind} ${t.info.url})` : ""}`,
    header: ["Task", "State", "Idle", "Plugin", "Status", "Failure", "Message", ...c ? ["Cleanup"] : []],
    rows
  };
}
function taskJson(t) {
  return {
    id: t.id,
    status: t.status,
    state: t.state,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    idleSeconds: Math.round(t.idleMs / 1e3),
    plugins: t.plugins.map((p) => ({
      identifier: p.identifier,
      status: p.status,
      message: p.message,
      failure: p.diagnosis ? { class: p.diagnosis.class, code: p.diagnosis.code, remedy: p.diagnosis.remedy } : null
    }))
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  tasksCommand
});
