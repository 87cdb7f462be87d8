import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  isGateTable,
  runCounts
} from "./chunk-HJTPWYMC.js";
import {
  countFindings,
  sortFindings
} from "./chunk-RQVOJRQL.js";
import "./chunk-V6G54X4G.js";

// src/report/json.ts
var JSON_VERSION = 1;
function jsonDocument(command, sections, end, fatal) {
  const all = sortFindings(sections.flatMap((s) => s.findings)).map(findingJson);
  const counts = runCounts(sections, fatal ? 1 : 0);
  const single = sections.length === 1 ? sections[0].summary : {};
  const doc = {
    version: JSON_VERSION,
    command,
    ok: counts.errors === 0 && end.exitCode === 0,
    exitCode: end.exitCode,
    findings: all,
    summary: { ...single, ...counts, ok: counts.errors === 0 && end.exitCode === 0 },
    stages: sections.map((s) => {
      const c = countFindings(s.findings);
      const gates = (s.tables ?? []).filter(isGateTable).flatMap(
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
export {
  JSON_VERSION,
  JsonReporter,
  jsonDocument
};
