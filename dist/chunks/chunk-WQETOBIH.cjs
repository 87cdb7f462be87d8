"use strict";
var __dprBuiltin = (m) => Object.create(m, { default: { value: m, enumerable: true } });
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  bySeverity: () => bySeverity,
  countsText: () => countsText,
  displayPath: () => displayPath,
  formatTable: () => formatTable,
  isGateTable: () => isGateTable,
  isPackagePath: () => isPackagePath,
  location: () => location,
  logLine: () => logLine,
  plural: () => plural,
  printable: () => printable,
  runCounts: () => runCounts,
  summaryText: () => summaryText
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_YK7KIND3 = require("./chunk-YK7KIND3.cjs");
var import_node_path = __dprBuiltin(require("node:path"));
function isGateTable(table) {
  return table.kind === "gates";
}
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
function countsText(counts) {
  const parts = [plural(counts.errors, "error"), plural(counts.warnings, "warning")];
  if (counts.notices > 0) parts.push(plural(counts.notices, "notice"));
  return parts.join(", ");
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function runCounts(sections, fatals = 0) {
  const counts = (0, import_chunk_YK7KIND3.countFindings)(sections.flatMap((s) => s.findings));
  return { ...counts, errors: counts.errors + fatals };
}
function bySeverity(findings) {
  return [...findings].sort((a, b) => import_chunk_YK7KIND3.SEVERITY_RANK[a.severity] - import_chunk_YK7KIND3.SEVERITY_RANK[b.severity]);
}
function displayPath(f) {
  if (!f.file) return f.plugin && f.plugin !== "." ? f.plugin : void 0;
  return import_node_path.default.posix.normalize(f.plugin && f.plugin !== "." ? `${f.plugin}/${f.file}` : f.file);
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  bySeverity,
  countsText,
  displayPath,
  formatTable,
  isGateTable,
  isPackagePath,
  location,
  logLine,
  plural,
  printable,
  runCounts,
  summaryText
});
