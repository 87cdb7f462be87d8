import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);

// src/report/gates.ts
var GATE_MARK = {
  passed: "\u2714",
  failed: "\u2716",
  skipped: "\u2013",
  pending: "\u2026"
};
function gateRows(table) {
  return table.gates.map((g) => [
    `${GATE_MARK[g.status]} ${g.status}`,
    g.id,
    g.required ? "required" : "optional",
    gateDetail(g)
  ]);
}
var GATE_HEADER = ["Status", "Gate", "", "Evidence"];
function gateDetail(g) {
  return [g.reason, ...g.evidence, g.fix ? `fix: ${g.fix}` : void 0].filter(Boolean).join("; ");
}

export {
  gateRows,
  GATE_HEADER
};
