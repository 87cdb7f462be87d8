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
  JSON_VERSION: () => JSON_VERSION,
  JsonReporter: () => JsonReporter,
  jsonDocument: () => jsonDocument
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_WQETOBIH = require("./chunk-WQETOBIH.cjs");
var import_chunk_YK7KIND3 = require("./chunk-YK7KIND3.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var JSON_VERSION = 1;
function jsonDocument(command, sections, end, fatal) {
  const all = (0, import_chunk_YK7KIND3.sortFindings)(sections.flatMap((s) => s.findings)).map(findingJson);
  const counts = (0, import_chunk_WQETOBIH.runCounts)(sections, fatal ? 1 : 0);
  const single = sections.length === 1 ? sections[0].summary : {};
  const doc = {
    version: JSON_VERSION,
    command,
    ok: counts.errors === 0 && end.exitCode === 0,
    exitCode: end.exitCode,
    findings: all,
    summary: { ...single, ...counts, ok: counts.errors === 0 && end.exitCode === 0 },
    stages: sections.map((s) => {
      const c = (0, import_chunk_YK7KIND3.countFindings)(s.findings);
      const gates = (s.tables ?? []).filter(import_chunk_WQETOBIH.isGateTable).flatMap(
        (t) => t.gates.map((g) => ({
          id: g.id,
          title: g.title,
          status: g.status,
          required: g.required,
          reason: g.reason ?? null,
          evidence: g.evidence,
          fix: g.fix ?? null
        }))
      );
      return {
        stage: s.stage,
        headline: s.headline,
        ok: c.errors === 0 && gates.every((g) => g.status !== "failed" || !g.required),
        ...c,
        summary: s.summary,
        ...gates.length > 0 ? { gates } : {}
      };
    }),
    outputs: end.outputs,
    ...fatal ? { error: fatal } : {}
  };
  for (const [k, v] of Object.entries(end.document ?? {})) if (!(k in doc)) doc[k] = v;
  return doc;
}
function findingJson(f) {
  return {
    code: f.code,
    severity: f.severity,
    message: f.message,
    file: f.file ?? null,
    line: f.line ?? null,
    column: f.column ?? null,
    category: f.category,
    fix: f.fix ?? null,
    plugin: f.plugin ?? null
  };
}
var JsonReporter = class {
  constructor(command, out = (t) => process.stdout.write(t)) {
    this.command = command;
    this.out = out;
  }
  command;
  out;
  sections = [];
  fatalError;
  done = false;
  progress() {
  }
  info() {
  }
  relay() {
    return { line: () => {
    }, end: () => {
    } };
  }
  section(section) {
    this.sections.push(section);
  }
  fatal(message, fix) {
    this.fatalError ??= { message, fix: fix ?? null };
  }
  async finish(end) {
    if (this.done) return;
    this.done = true;
    this.out(`${JSON.stringify(jsonDocument(this.command, this.sections, end, this.fatalError), null, 2)}
`);
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  JSON_VERSION,
  JsonReporter,
  jsonDocument
});
