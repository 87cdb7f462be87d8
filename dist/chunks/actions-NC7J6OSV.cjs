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
  ActionsReporter: () => ActionsReporter
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_4IKGQLOB = require("./chunk-4IKGQLOB.cjs");
var import_chunk_WQETOBIH = require("./chunk-WQETOBIH.cjs");
var import_chunk_FSUCKTWM = require("./chunk-FSUCKTWM.cjs");
var import_chunk_6ACRQSOY = require("./chunk-6ACRQSOY.cjs");
var import_chunk_YK7KIND3 = require("./chunk-YK7KIND3.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var import_node_crypto = require("node:crypto");
var import_node_fs = require("node:fs");
var import_node_path = __dprBuiltin(require("node:path"));
var SUMMARY_BUDGET = 900 * 1024;
var MAX_WARNING_ROWS = 200;
var ActionsReporter = class {
  constructor(options) {
    this.options = options;
  }
  options;
  lastLogged = 0;
  sections = [];
  fatals = [];
  progress(label, done, total) {
    const now = Date.now();
    if (done === total || now - this.lastLogged > 5e3) {
      this.lastLogged = now;
      (0, import_chunk_FSUCKTWM.info)((0, import_chunk_WQETOBIH.logLine)(`[${done}/${total}] ${label}`));
    }
  }
  info(message) {
    (0, import_chunk_FSUCKTWM.info)((0, import_chunk_WQETOBIH.logLine)(message));
  }
  relay(title) {
    const token = (0, import_node_crypto.randomBytes)(16).toString("hex");
    (0, import_chunk_FSUCKTWM.startGroup)((0, import_chunk_WQETOBIH.logLine)(title));
    process.stdout.write(`::stop-commands::${token}
`);
    return {
      line: (text) => (0, import_chunk_FSUCKTWM.info)((0, import_chunk_WQETOBIH.logLine)(text)),
      end: () => {
        process.stdout.write(`::${token}::
`);
        (0, import_chunk_FSUCKTWM.endGroup)();
      }
    };
  }
  section(section) {
    this.sections.push(section);
    for (const f of (0, import_chunk_YK7KIND3.sortFindings)(section.findings)) {
      if (f.severity === "notice" && !this.options.annotateNotices) continue;
      const props = this.annotation(f);
      const inside = (0, import_chunk_WQETOBIH.isPackagePath)(f.plugin) && f.file ? `${f.file}${f.line ? `:${f.line}` : ""}: ` : "";
      const message = (0, import_chunk_WQETOBIH.printable)(`${inside}${f.message}`);
      const text = f.fix ? `${message}
Fix: ${(0, import_chunk_WQETOBIH.printable)(f.fix)}` : message;
      if (f.severity === "error") (0, import_chunk_FSUCKTWM.error)(text, props);
      else if (f.severity === "warning") (0, import_chunk_FSUCKTWM.warning)(text, props);
      else (0, import_chunk_FSUCKTWM.notice)(text, props);
    }
    (0, import_chunk_FSUCKTWM.info)((0, import_chunk_WQETOBIH.logLine)(`${section.headline}: ${(0, import_chunk_WQETOBIH.countsText)((0, import_chunk_YK7KIND3.countFindings)(section.findings))}`));
  }
  fatal(message, fix) {
    this.fatals.push({ message, fix });
    (0, import_chunk_FSUCKTWM.error)(fix ? `${(0, import_chunk_WQETOBIH.printable)(message)}
Fix: ${(0, import_chunk_WQETOBIH.printable)(fix)}` : (0, import_chunk_WQETOBIH.printable)(message), {
      title: `dify-plugin-release ${this.options.command}`
    });
    process.exitCode = process.exitCode || 2;
  }
  async finish(end) {
    if (end.exitCode === 1) (0, import_chunk_FSUCKTWM.setFailed)(`${this.options.command} failed`);
    else if (end.exitCode !== 0) process.exitCode = end.exitCode;
    if (!this.options.summaryFile) return;
    (0, import_node_fs.appendFileSync)(this.options.summaryFile, this.summary(end));
  }
  /** The job summary: a heading per stage, then its gates, tables and findings, within budget. */
  summary(end) {
    const parts = [];
    const multi = this.sections.length > 1;
    if (multi || this.sections.length === 0) {
      const counts = (0, import_chunk_WQETOBIH.runCounts)(this.sections, this.fatals.length);
      parts.push(
        `## dify-plugin-release ${(0, import_chunk_WQETOBIH.summaryText)(this.options.command)}

${end.exitCode === 0 ? "\u2705" : "\u274C"} ${(0, import_chunk_WQETOBIH.plural)(this.sections.length, "stage")}: ${(0, import_chunk_WQETOBIH.countsText)(counts)}

`
      );
    }
    for (const f of this.fatals) {
      parts.push(`\u274C **${(0, import_chunk_WQETOBIH.summaryText)(f.message)}**${f.fix ? `<br>Fix: ${(0, import_chunk_WQETOBIH.summaryText)(f.fix)}` : ""}

`);
    }
    let warningRows = MAX_WARNING_ROWS;
    const fixed = parts.join("").length + this.sections.length * 512;
    const errorBytes = this.sections.reduce(
      (n, s) => n + s.findings.filter((f) => f.severity === "error").length * 320,
      0
    );
    let budget = SUMMARY_BUDGET - fixed - errorBytes;
    for (const s of this.sections) {
      const counts = (0, import_chunk_YK7KIND3.countFindings)(s.findings);
      parts.push(
        `${multi ? "###" : "##"} ${multi ? "" : "dify-plugin-release "}${(0, import_chunk_WQETOBIH.summaryText)(s.stage)}

${counts.errors > 0 ? "\u274C" : "\u2705"} ${(0, import_chunk_WQETOBIH.summaryText)(s.headline)}: ${(0, import_chunk_WQETOBIH.countsText)(counts)}

`
      );
      for (const t of s.tables ?? []) parts.push(tableHtml(t, multi ? "####" : "###"));
      const ordered = (0, import_chunk_WQETOBIH.bySeverity)((0, import_chunk_YK7KIND3.sortFindings)(s.findings));
      const errors = ordered.filter((f) => f.severity === "error");
      const warnings = ordered.filter((f) => f.severity === "warning");
      const listed = [...errors];
      for (const w of warnings) {
        const cost = 320;
        if (warningRows <= 0 || budget - cost < 0) break;
        listed.push(w);
        warningRows--;
        budget -= cost;
      }
      if (listed.length > 0) parts.push(findingsHtml(listed, multi ? "####" : "###"));
      const unlisted = warnings.length - (listed.length - errors.length);
      const rest = [
        unlisted > 0 ? `${(0, import_chunk_WQETOBIH.plural)(unlisted, "more warning")}` : "",
        counts.notices > 0 ? (0, import_chunk_WQETOBIH.plural)(counts.notices, "notice") : ""
      ].filter(Boolean);
      if (rest.length > 0) parts.push(`${rest.join(" and ")} in the log (run with \`--json\` for all).

`);
    }
    return parts.join("");
  }
  annotation(f) {
    const props = { title: f.code };
    if ((0, import_chunk_WQETOBIH.isPackagePath)(f.plugin)) {
      props.file = this.relative(f.plugin);
      return props;
    }
    const where = (0, import_chunk_WQETOBIH.displayPath)(f);
    if (where) props.file = this.relative(where);
    if (f.line) props.startLine = f.line;
    if (f.line && f.endLine && f.endLine !== f.line) props.endLine = f.endLine;
    if (f.column && (!f.endLine || f.endLine === f.line)) {
      props.startColumn = f.column;
      if (f.endColumn) props.endColumn = f.endColumn;
    }
    return props;
  }
  /** A path as GitHub wants it: relative to the workspace, `/`-separated. */
  relative(where) {
    return import_node_path.default.relative(this.options.workspace, import_node_path.default.resolve(this.options.cwd, where)).split(import_node_path.default.sep).join("/");
  }
};
function tableHtml(t, heading) {
  const [header, rows] = (0, import_chunk_WQETOBIH.isGateTable)(t) ? [import_chunk_4IKGQLOB.GATE_HEADER, (0, import_chunk_4IKGQLOB.gateRows)(t)] : [t.header, t.rows];
  if (rows.length === 0) return "";
  const head = `<tr>${header.map((h) => `<th>${(0, import_chunk_WQETOBIH.summaryText)(h)}</th>`).join("")}</tr>`;
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${(0, import_chunk_WQETOBIH.summaryText)(String(c))}</td>`).join("")}</tr>`);
  return `${heading} ${(0, import_chunk_WQETOBIH.summaryText)(t.title)}

<table>${head}${body.join("")}</table>

`;
}
function findingsHtml(findings, heading) {
  const rows = findings.map(
    (f) => `<tr><td>${f.severity}</td><td>${f.code}</td><td>${(0, import_chunk_WQETOBIH.summaryText)((0, import_chunk_WQETOBIH.location)(f))}</td><td>${(0, import_chunk_WQETOBIH.summaryText)(f.message)}</td></tr>`
  );
  return `${heading} Findings

<table><tr><th>Severity</th><th>Code</th><th>Location</th><th>Message</th></tr>${rows.join("")}</table>

`;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ActionsReporter
});
