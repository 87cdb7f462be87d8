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
  TerminalReporter: () => TerminalReporter
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_4IKGQLOB = require("./chunk-4IKGQLOB.cjs");
var import_chunk_WQETOBIH = require("./chunk-WQETOBIH.cjs");
var import_chunk_YK7KIND3 = require("./chunk-YK7KIND3.cjs");
var import_chunk_KIZ6KU7F = require("./chunk-KIZ6KU7F.cjs");
var require_picocolors = (0, import_chunk_KIZ6KU7F.__commonJS)({
  "node_modules/picocolors/picocolors.js"(exports2, module2) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module2.exports = createColors();
    module2.exports.createColors = createColors;
  }
});
var import_picocolors = (0, import_chunk_KIZ6KU7F.__toESM)(require_picocolors(), 1);
var LABEL = {
  error: (s) => import_picocolors.default.red(import_picocolors.default.bold(s)),
  warning: (s) => import_picocolors.default.yellow(s),
  notice: (s) => import_picocolors.default.cyan(s)
};
var TerminalReporter = class {
  constructor(out = (t) => process.stdout.write(t), err = (t) => process.stderr.write(t), interactive = Boolean(process.stderr.isTTY)) {
    this.out = out;
    this.err = err;
    this.interactive = interactive;
  }
  out;
  err;
  interactive;
  lastProgress = 0;
  progressShown = false;
  sections = [];
  fatals = 0;
  progress(label, done, total) {
    if (!this.interactive) return;
    const now = Date.now();
    if (done < total && now - this.lastProgress < 80) return;
    this.lastProgress = now;
    const width = 24;
    const filled = total > 0 ? Math.round(done / total * width) : width;
    const bar = `${"\u2588".repeat(filled)}${"\u2591".repeat(width - filled)}`;
    this.err(`\r\x1B[2K${import_picocolors.default.dim(bar)} ${done}/${total} ${(0, import_chunk_WQETOBIH.printable)(label)}`);
    this.progressShown = true;
    if (done >= total) this.clearProgress();
  }
  info(message) {
    this.clearProgress();
    this.err(`${(0, import_chunk_WQETOBIH.printable)(message)}
`);
  }
  relay(title) {
    this.info(import_picocolors.default.dim(`\u2500\u2500 ${title}`));
    return { line: (text) => this.info(text), end: () => this.info(import_picocolors.default.dim("\u2500\u2500")) };
  }
  section(section) {
    this.clearProgress();
    this.sections.push(section);
    const findings = (0, import_chunk_YK7KIND3.sortFindings)(section.findings);
    for (const f of findings) {
      const where = (0, import_chunk_WQETOBIH.displayPath)(f);
      const position = where ? `${where}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ""}` : ""}` : "";
      this.out(
        `${position ? `${import_picocolors.default.bold((0, import_chunk_WQETOBIH.printable)(position))}  ` : ""}${LABEL[f.severity](f.severity)}  ${import_picocolors.default.dim(f.code)}  ${(0, import_chunk_WQETOBIH.printable)(f.message)}
`
      );
      if (f.fix) this.out(`    ${import_picocolors.default.dim("fix:")} ${(0, import_chunk_WQETOBIH.printable)(f.fix)}
`);
    }
    const tables = (section.tables ?? []).filter(
      (t) => ((0, import_chunk_WQETOBIH.isGateTable)(t) ? t.gates.length : t.rows.length) > 0
    );
    for (const table of tables) {
      const body = (0, import_chunk_WQETOBIH.isGateTable)(table) ? (0, import_chunk_WQETOBIH.formatTable)(import_chunk_4IKGQLOB.GATE_HEADER, (0, import_chunk_4IKGQLOB.gateRows)(table)) : (0, import_chunk_WQETOBIH.formatTable)(table.header, table.rows);
      this.out(`
${import_picocolors.default.bold((0, import_chunk_WQETOBIH.printable)(table.title))}
${body}`);
    }
    const counts = (0, import_chunk_YK7KIND3.countFindings)(findings);
    const status = counts.errors > 0 ? import_picocolors.default.red("\u2716") : import_picocolors.default.green("\u2714");
    this.out(
      `${findings.length || tables.length ? "\n" : ""}${status} ${(0, import_chunk_WQETOBIH.printable)(section.headline)}: ${(0, import_chunk_WQETOBIH.countsText)(counts)}
`
    );
  }
  fatal(message, fix) {
    this.clearProgress();
    this.fatals++;
    this.err(`${import_picocolors.default.red(import_picocolors.default.bold("error"))} ${(0, import_chunk_WQETOBIH.printable)(message)}
`);
    if (fix) this.err(`    ${import_picocolors.default.dim("fix:")} ${(0, import_chunk_WQETOBIH.printable)(fix)}
`);
  }
  async finish(end) {
    this.clearProgress();
    if (this.sections.length > 1) {
      const counts = (0, import_chunk_WQETOBIH.runCounts)(this.sections, this.fatals);
      const status = end.exitCode === 0 ? import_picocolors.default.green("\u2714") : import_picocolors.default.red("\u2716");
      this.out(`
${status} ${import_picocolors.default.bold(`${this.sections.length} stages`)}: ${(0, import_chunk_WQETOBIH.countsText)(counts)}
`);
    }
  }
  clearProgress() {
    if (this.progressShown) {
      this.err("\r\x1B[2K");
      this.progressShown = false;
    }
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  TerminalReporter
});
