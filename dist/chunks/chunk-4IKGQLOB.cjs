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
  GATE_HEADER: () => GATE_HEADER,
  gateRows: () => gateRows
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  GATE_HEADER,
  gateRows
});
