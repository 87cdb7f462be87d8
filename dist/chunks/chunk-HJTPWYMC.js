import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  SEVERITY_RANK,
  countFindings
} from "./chunk-RQVOJRQL.js";

// src/core/report.ts
function isGateTable(table) {
  return table.kind === "gates";
}

// src/report/escape.ts
function isUnsafe(code) {
  return code < 32 && code !== 9 || code >= 127 && code <= 159 || code === 1564 || code >= 8203 && code <= 8207 || code === 8232 || code === 8233 || code >= 8234 && code <= 8238 || code >= 8288 && code <= 8292 || code >= 8294 && code <= 8297 || code === 65279;
}
var NAMED = { 10: "\\n", 13: "\\r" };
function printable(text) {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isUnsafe(code)) continue;
    out += text.slice(from, i);
    out += NAMED[code] ?? (code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16)}`);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
var ZWSP = "\u200B";
function logLine(text) {
  return neutralizeCommands(printable(text));
}
function neutralizeCommands(line) {
  return line.replace(/^(\s*):(?=:)/, `$1:${ZWSP}`).replace(/##\[/g, `#${ZWSP}#[`);
}
function summaryText(text) {
  return printable(text).replace(/[&<>"'\\`*_[\]()!#|~:=+-]/g, (c) => `&#${c.charCodeAt(0)};`);
}

// src/report/format.ts
import path from "node:path";
function countsText(counts) {
  const parts = [plural(counts.errors, "error"), plural(counts.warnings, "warning")];
  if (counts.notices > 0) parts.push(plural(counts.notices, "notice"));
  return parts.join(", ");
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function runCounts(sections, fatals = 0) {
  const counts = countFindings(sections.flatMap((s) => s.findings));
  return { ...counts, errors: counts.errors + fatals };
}
function bySeverity(findings) {
  return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}
function displayPath(f) {
  if (!f.file) return f.plugin && f.plugin !== "." ? f.plugin : void 0;
  return path.posix.normalize(f.plugin && f.plugin !== "." ? `${f.plugin}/${f.file}` : f.file);
}
function location(f, withColumn = false) {
  const where = displayPath(f) ?? "";
  if (!where || !f.line) return where;
  return `${where}:${f.line}${withColumn && f.column ? `:${f.column}` : ""}`;
}
function formatTable(header, rows) {
  const cells = [header, ...rows.map((r) => r.map((c) => printable(String(c))))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  const line = (r) => `  ${r.map((c, i) => c.padEnd(widths[i])).join("  ")}`.trimEnd();
  return `${line(header)}
${cells.slice(1).map((r) => line(r)).join("\n")}
`;
}
function isPackagePath(plugin) {
  return Boolean(plugin && /\.dify(pkg|bndl)$/.test(plugin));
}

export {
  isGateTable,
  printable,
  logLine,
  summaryText,
  countsText,
  plural,
  runCounts,
  bySeverity,
  displayPath,
  location,
  formatTable,
  isPackagePath
};
