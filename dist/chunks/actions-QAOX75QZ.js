import { createRequire as __dprCreateRequire } from 'node:module';
const require = __dprCreateRequire(import.meta.url);
import {
  GATE_HEADER,
  gateRows
} from "./chunk-TETRAKBJ.js";
import {
  bySeverity,
  countsText,
  displayPath,
  isGateTable,
  isPackagePath,
  location,
  logLine,
  plural,
  printable,
  runCounts,
  summaryText
} from "./chunk-HJTPWYMC.js";
import {
  endGroup,
  error,
  info,
  notice,
  setFailed,
  startGroup,
  warning
} from "./chunk-A3MVWPB4.js";
import "./chunk-C77FUKDX.js";
import {
  countFindings,
  sortFindings
} from "./chunk-RQVOJRQL.js";
import "./chunk-V6G54X4G.js";

// src/report/actions.ts
import { randomBytes } from "node:crypto";
import { appendFileSync } from "node:fs";
import path from "node:path";
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
      info(logLine(`[${done}/${total}] ${label}`));
    }
  }
  info(message) {
    info(logLine(message));
  }
  relay(title) {
    const token = randomBytes(16).toString("hex");
    startGroup(logLine(title));
    process.stdout.write(`::stop-commands::${token}
`);
    return {
      line: (text) => info(logLine(text)),
      end: () => {
        process.stdout.write(`::${token}::
`);
        endGroup();
      }
    };
  }
  section(section) {
    this.sections.push(section);
    for (const f of sortFindings(section.findings)) {
      if (f.severity === "notice" && !this.options.annotateNotices) continue;
      const props = this.annotation(f);
      const inside = isPackagePath(f.plugin) && f.file ? `${f.file}${f.line ? `:${f.line}` : ""}: ` : "";
      const message = printable(`${inside}${f.message}`);
      const text = f.fix ? `${message}
Fix: ${printable(f.fix)}` : message;
      if (f.severity === "error") error(text, props);
      else if (f.severity === "warning") warning(text, props);
      else notice(text, props);
    }
    info(logLine(`${section.headline}: ${countsText(countFindings(section.findings))}`));
  }
  fatal(message, fix) {
    this.fatals.push({ message, fix });
    error(fix ? `${printable(message)}
Fix: ${printable(fix)}` : printable(message), {
      title: `dify-plugin-release ${this.options.command}`
    });
    process.exitCode = process.exitCode || 2;
  }
  async finish(end) {
    if (end.exitCode === 1) setFailed(`${this.options.command} failed`);
    else if (end.exitCode !== 0) process.exitCode = end.exitCode;
    if (!this.options.summaryFile) return;
    appendFileSync(this.options.summaryFile, this.summary(end));
  }
  /** The job summary: a heading per stage, then its gates, tables and findings, within budget. */
  summary(end) {
    const parts = [];
    const multi = this.sections.length > 1;
    if (multi || this.sections.length === 0) {
      const counts = runCounts(this.sections, this.fatals.length);
      parts.push(
        `## dify-plugin-release ${summaryText(this.options.command)}

${end.exitCode === 0 ? "\u2705" : "\u274C"} ${plural(this.sections.length, "stage")}: ${countsText(counts)}

`
      );
    }
    for (const f of this.fatals) {
      parts.push(`\u274C **${summaryText(f.message)}**${f.fix ? `<br>Fix: ${summaryText(f.fix)}` : ""}

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
      const counts = countFindings(s.findings);
      parts.push(
        `${multi ? "###" : "##"} ${multi ? "" : "dify-plugin-release "}${summaryText(s.stage)}

${counts.errors > 0 ? "\u274C" : "\u2705"} ${summaryText(s.headline)}: ${countsText(counts)}

`
      );
      for (const t of s.tables ?? []) parts.push(tableHtml(t, multi ? "####" : "###"));
      const ordered = bySeverity(sortFindings(s.findings));
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
        unlisted > 0 ? `${plural(unlisted, "more warning")}` : "",
        counts.notices > 0 ? plural(counts.notices, "notice") : ""
      ].filter(Boolean);
      if (rest.length > 0) parts.push(`${rest.join(" and ")} in the log (run with \`--json\` for all).

`);
    }
    return parts.join("");
  }
  annotation(f) {
    const props = { title: f.code };
    if (isPackagePath(f.plugin)) {
      props.file = this.relative(f.plugin);
      return props;
    }
    const where = displayPath(f);
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
    return path.relative(this.options.workspace, path.resolve(this.options.cwd, where)).split(path.sep).join("/");
  }
};
function tableHtml(t, heading) {
  const [header, rows] = isGateTable(t) ? [GATE_HEADER, gateRows(t)] : [t.header, t.rows];
  if (rows.length === 0) return "";
  const head = `<tr>${header.map((h) => `<th>${summaryText(h)}</th>`).join("")}</tr>`;
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${summaryText(String(c))}</td>`).join("")}</tr>`);
  return `${heading} ${summaryText(t.title)}

<table>${head}${body.join("")}</table>

`;
}
function findingsHtml(findings, heading) {
  const rows = findings.map(
    (f) => `<tr><td>${f.severity}</td><td>${f.code}</td><td>${summaryText(location(f))}</td><td>${summaryText(f.message)}</td></tr>`
  );
  return `${heading} Findings

<table><tr><th>Severity</th><th>Code</th><th>Location</th><th>Message</th></tr>${rows.join("")}</table>

`;
}
export {
  ActionsReporter
};
