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
  SEVERITY_RANK: () => SEVERITY_RANK,
  applyPolicy: () => applyPolicy,
  countFindings: () => countFindings,
  sortFindings: () => sortFindings
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => cmp(a.plugin ?? "", b.plugin ?? "") || cmp(a.file ?? "", b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || cmp(a.code, b.code) || cmp(a.message, b.message)
  );
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function countFindings(findings) {
  const counts = { errors: 0, warnings: 0, notices: 0 };
  for (const f of findings) {
    if (f.severity === "error") counts.errors++;
    else if (f.severity === "warning") counts.warnings++;
    else counts.notices++;
  }
  return counts;
}
function applyPolicy(findings, policy) {
  const ignored = new Set(policy.ignore ?? []);
  return findings.filter((f) => !ignored.has(f.code)).map((f) => policy.strict && f.severity === "warning" ? { ...f, severity: "error" } : f);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  SEVERITY_RANK,
  applyPolicy,
  countFindings,
  sortFindings
});
