import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);

// src/core/finding.ts
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

export {
  SEVERITY_RANK,
  sortFindings,
  countFindings,
  applyPolicy
};
