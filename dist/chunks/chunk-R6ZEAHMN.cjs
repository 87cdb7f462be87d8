"use strict";
var __dprImportMetaUrl = require("node:url").pathToFileURL(__filename).href;
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
  YamlFile: () => YamlFile,
  escapePointer: () => escapePointer,
  getAt: () => getAt,
  parseYamlBytes: () => parseYamlBytes,
  pointerToPath: () => pointerToPath,
  unescapePointer: () => unescapePointer
});
module.exports = __defProp(stdin_exports, "__esModule", { value: true });
var import_chunk_ZFMTKNA4 = require("./chunk-ZFMTKNA4.cjs");
var import_chunk_AIBAUOYI = require("./chunk-AIBAUOYI.cjs");
var import_node_fs = require("node:fs");
var import_node_module = require("node:module");
var import_node_url = require("node:url");
function escapePointer(segment) {
  if (!segment.includes("~") && !segment.includes("/")) return segment;
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function unescapePointer(segment) {
  if (!segment.includes("~")) return segment;
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}
function pointerToPath(pointer) {
  if (pointer === "") return "(document)";
  let out = "";
  for (const raw of pointer.slice(1).split("/")) {
    const segment = unescapePointer(raw);
    if (/^\d+$/.test(segment)) out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out;
}
function getAt(value, pointer) {
  if (pointer === "") return value;
  let current = value;
  for (const raw of pointer.slice(1).split("/")) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[unescapePointer(raw)];
  }
  return current;
}
var Bail = class extends Error {
};
function bail() {
  throw new Bail();
}
var PLAIN_START_BAD = /^[-?:,[\]{}#&*!|>'"%@`]/;
function blockScalar(lines, out, i, col, pointer, indent) {
  const line = lines[i];
  const header = /^([|>])([-+]?)(\s+#.*)?\s*$/.exec(line.text.slice(col));
  if (!header) bail();
  const folded = header[1] === ">";
  const chomp = header[2];
  let contentIndent = -1;
  let last = i;
  let j = i + 1;
  for (; j < lines.length; j++) {
    const l = lines[j];
    if (l.text.trim() === "") continue;
    if (l.indent <= indent) break;
    if (contentIndent === -1) contentIndent = l.indent;
    if (l.indent < contentIndent) bail();
    last = j;
  }
  if (contentIndent === -1) bail();
  const body = [];
  for (let k = i + 1; k <= last; k++) {
    const l = lines[k];
    if (l.text.trim() === "") {
      if (l.text.length > contentIndent) bail();
      body.push("");
    } else body.push(l.text.slice(contentIndent));
  }
  let trailing = 0;
  for (let k = last + 1; k < j; k++) {
    if (lines[k].text.length > contentIndent) bail();
    trailing++;
  }
  if (j < lines.length && lines[j].text.trim() !== "" && lines[j].text.trimStart()[0] === "#" && lines[j].indent > indent)
    bail();
  let value;
  if (folded) {
    if (body.some((b) => b.startsWith(" "))) bail();
    value = "";
    let breaks = 0;
    for (const [k, b] of body.entries()) {
      if (b === "") {
        breaks++;
        continue;
      }
      if (k > 0) value += breaks > 0 ? "\n".repeat(breaks) : " ";
      else if (breaks > 0) value += "\n".repeat(breaks);
      breaks = 0;
      value += b;
    }
  } else value = body.join("\n");
  const endsWithContent = lines[last].next > lines[last].start + lines[last].text.length;
  if (chomp === "-") {
  } else if (chomp === "+") {
    if (trailing > 0 && j >= lines.length) bail();
    value += endsWithContent ? `
${"\n".repeat(trailing)}` : "";
  } else if (endsWithContent) value += "\n";
  const start = line.start + col;
  const end = chomp === "+" ? lines[last + trailing].next : lines[last].next;
  out.spans.set(pointer, { start, end });
  return { value, end: last + 1, endOffset: end };
}
function keyEnd(rest) {
  if (rest[0] === '"' || rest[0] === "'") return -1;
  for (let k = 0; k < rest.length; k++) {
    if (rest[k] === ":" && (k + 1 === rest.length || rest[k + 1] === " ")) return k;
    if (rest[k] === "#" && k > 0 && rest[k - 1] === " ") return -1;
  }
  return -1;
}
function isInlineKey(rest) {
  if (rest[0] === '"' || rest[0] === "'" || rest[0] === "[" || rest[0] === "{" || rest[0] === "|" || rest[0] === ">")
    return false;
  return keyEnd(rest) !== -1;
}
var ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "	",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1B",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029"
};
function doubleQuoted(rest) {
  let value = "";
  for (let k = 1; k < rest.length; k++) {
    const c = rest[k];
    if (c === '"') return { value, length: k + 1 };
    if (c !== "\\") {
      value += c;
      continue;
    }
    const e = rest[++k];
    if (e === void 0) bail();
    if (e === "x" || e === "u" || e === "U") {
      const n = e === "x" ? 2 : e === "u" ? 4 : 8;
      const hex = rest.slice(k + 1, k + 1 + n);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) bail();
      value += String.fromCodePoint(Number.parseInt(hex, 16));
      k += n;
    } else if (e in ESCAPES) value += ESCAPES[e];
    else bail();
  }
  return bail();
}
function singleQuoted(rest) {
  let value = "";
  for (let k = 1; k < rest.length; k++) {
    const c = rest[k];
    if (c === "'") {
      if (rest[k + 1] === "'") {
        value += "'";
        k++;
        continue;
      }
      return { value, length: k + 1 };
    }
    value += c;
  }
  return bail();
}
function resolvePlain(raw) {
  if (raw === "" || raw === "~" || raw === "null" || raw === "Null" || raw === "NULL") return null;
  if (raw === "true" || raw === "True" || raw === "TRUE") return true;
  if (raw === "false" || raw === "False" || raw === "FALSE") return false;
  const c = raw.charCodeAt(0);
  if (!(c >= 48 && c <= 57 || c === 43 || c === 45 || c === 46)) return raw;
  if (/^0o[0-7]+$/.test(raw)) return Number.parseInt(raw.slice(2), 8);
  if (/^[-+]?[0-9]+$/.test(raw)) return Number(raw);
  if (/^0x[0-9a-fA-F]+$/.test(raw)) return Number.parseInt(raw.slice(2), 16);
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(raw)) return raw[0] === "-" ? -Infinity : Infinity;
  if (/^\.(?:nan|NaN|NAN)$/.test(raw)) return Number.NaN;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(raw)) return Number(raw);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(raw)) return Number(raw);
  return raw;
}
function flowSequence(out, rest, start, pointer) {
  const close = rest.indexOf("]");
  if (close === -1) bail();
  const body = rest.slice(1, close);
  if (/[[\]{}"'#]/.test(body)) bail();
  const items = [];
  if (body.trim() !== "") {
    let offset = 1;
    for (const part of body.split(",")) {
      const lead = part.length - part.trimStart().length;
      const raw = part.trim();
      if (raw === "" || PLAIN_START_BAD.test(raw) || /: |:$/.test(raw)) bail();
      const child = `${pointer}/${items.length}`;
      const s = start + offset + lead;
      const value = resolvePlain(raw);
      items.push(value);
      out.spans.set(child, { start: s, end: s + raw.length });
      out.plainText.set(child, raw);
      if (typeof value === "number" || typeof value === "boolean") out.plainNonStrings.set(child, raw);
      offset += part.length + 1;
    }
  }
  return { value: items, length: close + 1 };
}
var UNSUPPORTED = /[\t\r\uFEFF]|^(?:---|\.\.\.|%)|(?:^|[ [{,])[&*!]\S|^ *\? |<<:|[|>][-+]?[0-9]/m;
function fastRead(text) {
  if (UNSUPPORTED.test(text)) return void 0;
  try {
    return new Reader(text).read();
  } catch (error) {
    if (error instanceof Bail) return void 0;
    throw error;
  }
}
var Reader = class {
  constructor(text) {
    this.text = text;
    let start = 0;
    while (start <= text.length) {
      let nl = text.indexOf("\n", start);
      if (nl === -1) nl = text.length;
      const line = text.slice(start, nl);
      let indent = 0;
      while (line.charCodeAt(indent) === 32) indent++;
      const rest = line.slice(indent);
      this.lines.push({
        start,
        next: Math.min(nl + 1, text.length),
        text: line,
        indent,
        empty: rest === "" || rest[0] === "#"
      });
      if (nl === text.length) break;
      start = nl + 1;
    }
  }
  text;
  lines = [];
  out = {
    value: null,
    spans: /* @__PURE__ */ new Map(),
    plainText: /* @__PURE__ */ new Map(),
    plainNonStrings: /* @__PURE__ */ new Map(),
    duplicates: []
  };
  read() {
    const first = this.nextContent(0);
    if (first === -1) bail();
    if (this.lines[first].indent !== 0) bail();
    const { value, end, span, endOffset } = this.block(first, 0, "", -1);
    if (this.nextContent(end) !== -1) bail();
    this.out.value = value;
    this.out.spans.set("", { start: span, end: endOffset });
    return this.out;
  }
  nextContent(from) {
    for (let i = from; i < this.lines.length; i++) if (!this.lines[i].empty) return i;
    return -1;
  }
  /** A block node starting at line `i`, column `col`: a sequence or a mapping. Returns the line after it. */
  block(i, col, pointer, parentIndent) {
    const line = this.lines[i];
    const rest = line.text.slice(col);
    if (rest === "-" || rest.startsWith("- ")) return this.sequence(i, col, pointer);
    void parentIndent;
    return this.mapping(i, col, pointer);
  }
  sequence(i, col, pointer) {
    const items = [];
    const span = this.lines[i].start + col;
    let at = i;
    let first = true;
    let lastEnd = span;
    for (; ; ) {
      const line = this.lines[at];
      const lineCol = first ? col : line.indent;
      if (lineCol !== col) bail();
      const rest = line.text.slice(col);
      if (!(rest === "-" || rest.startsWith("- "))) bail();
      first = false;
      const child = `${pointer}/${items.length}`;
      let content = col + 1;
      while (line.text.charCodeAt(content) === 32) content++;
      const after = line.text.slice(content);
      let next;
      if (after === "" || after[0] === "#") {
        const n2 = this.nextContent(at + 1);
        if (n2 !== -1 && this.lines[n2].indent > col) {
          const r = this.block(n2, this.lines[n2].indent, child, col);
          items.push(r.value);
          this.out.spans.set(child, { start: r.span, end: r.endOffset });
          next = r.end;
          lastEnd = r.endOffset;
        } else {
          items.push(null);
          const off = line.start + content;
          this.out.spans.set(child, { start: off, end: off });
          this.out.plainText.set(child, "");
          next = at + 1;
          lastEnd = off;
        }
      } else if (after.startsWith("- ") || after === "-") {
        bail();
      } else if (isInlineKey(after)) {
        const r = this.mapping(at, content, child);
        items.push(r.value);
        this.out.spans.set(child, { start: r.span, end: r.endOffset });
        next = r.end;
        lastEnd = r.endOffset;
      } else {
        const r = this.scalarValue(at, content, child, col);
        items.push(r.value);
        next = r.end;
        lastEnd = r.endOffset;
      }
      const n = this.nextContent(next);
      if (n === -1 || this.lines[n].indent < col)
        return { value: items, end: next, span, endOffset: this.trailing(next, col, lastEnd) };
      if (this.lines[n].indent > col) bail();
      const r2 = this.lines[n].text.slice(col);
      if (!(r2 === "-" || r2.startsWith("- ")))
        return { value: items, end: next, span, endOffset: this.trailing(next, col, lastEnd) };
      at = n;
    }
  }
  /**
   * Where a collection ends, as the `yaml` package puts it: after its last value, extended over
   * comment lines that follow, indented at least as deep as the collection.
   */
  trailing(next, col, lastEnd) {
    for (let k = next; k < this.lines.length; k++) {
      const l = this.lines[k];
      if (!l.empty) break;
      const midLine = lastEnd > 0 && this.text[lastEnd - 1] !== "\n";
      if (l.text.trim() !== "" && (l.indent >= col || midLine)) bail();
    }
    return lastEnd;
  }
  mapping(i, col, pointer) {
    const out = {};
    const seen = /* @__PURE__ */ new Map();
    const span = this.lines[i].start + col;
    let at = i;
    let first = true;
    let lastEnd = span;
    for (; ; ) {
      const line = this.lines[at];
      if (!first && line.indent !== col) bail();
      first = false;
      const rest = line.text.slice(col);
      const colon = keyEnd(rest);
      if (colon === -1) bail();
      const key = rest.slice(0, colon);
      if (key === "" || PLAIN_START_BAD.test(key) || /\s$|\s#|: /.test(key)) bail();
      const keyStart = line.start + col;
      const keyEndOffset = keyStart + key.length;
      const child = `${pointer}/${escapeSegment(key)}`;
      if (seen.has(key))
        this.out.duplicates.push({ parent: pointer, key, first: seen.get(key), second: keyStart });
      seen.set(key, keyStart);
      let content = col + colon + 1;
      while (line.text.charCodeAt(content) === 32) content++;
      const after = line.text.slice(content);
      let next;
      let value;
      if (after === "" || after[0] === "#") {
        const n2 = this.nextContent(at + 1);
        const nested = n2 !== -1 && (this.lines[n2].indent > col || this.lines[n2].indent === col && /^- |^-$/.test(this.lines[n2].text.slice(col)));
        if (nested) {
          const r = this.block(n2, this.lines[n2].indent, child, col);
          value = r.value;
          this.out.spans.set(child, { start: r.span, end: r.endOffset, keyStart, keyEnd: keyEndOffset });
          next = r.end;
          lastEnd = r.endOffset;
        } else {
          value = null;
          const off = line.start + content;
          this.out.spans.set(child, { start: off, end: off, keyStart, keyEnd: keyEndOffset });
          this.out.plainText.set(child, "");
          next = at + 1;
          lastEnd = off;
        }
      } else {
        const r = this.scalarValue(at, content, child, col);
        value = r.value;
        const s = this.out.spans.get(child);
        s.keyStart = keyStart;
        s.keyEnd = keyEndOffset;
        next = r.end;
        lastEnd = r.endOffset;
      }
      define(out, key, value);
      const n = this.nextContent(next);
      if (n === -1 || this.lines[n].indent < col)
        return { value: out, end: next, span, endOffset: this.trailing(next, col, lastEnd) };
      if (this.lines[n].indent > col) bail();
      at = n;
    }
  }
  /** A scalar (or one-line flow sequence) starting at `col` of line `i`, in a block of indentation `indent`. */
  scalarValue(i, col, pointer, indent) {
    const line = this.lines[i];
    const rest = line.text.slice(col);
    const start = line.start + col;
    const c = rest[0];
    if (c === "|" || c === ">") return blockScalar(this.lines, this.out, i, col, pointer, indent);
    let value;
    let length;
    if (c === '"' || c === "'") {
      const q = c === '"' ? doubleQuoted(rest) : singleQuoted(rest);
      value = q.value;
      length = q.length;
    } else if (c === "[") {
      const r = flowSequence(this.out, rest, start, pointer);
      value = r.value;
      length = r.length;
    } else if (c === "{") {
      const empty = /^\{ *\}/.exec(rest);
      if (!empty) bail();
      value = {};
      length = empty[0].length;
    } else {
      if (PLAIN_START_BAD.test(rest) && !/^[-?:][^\s,[\]{}]/.test(rest)) bail();
      const hash = rest.search(/\s#/);
      const raw = (hash === -1 ? rest : rest.slice(0, hash)).trimEnd();
      if (/: |:$/.test(raw)) bail();
      value = resolvePlain(raw);
      length = raw.length;
      this.out.plainText.set(pointer, raw);
      if (typeof value === "number" || typeof value === "boolean") this.out.plainNonStrings.set(pointer, raw);
    }
    const tail = rest.slice(length);
    if (tail.trim() !== "" && !/^\s+#/.test(tail)) bail();
    this.out.spans.set(pointer, { start, end: start + length });
    const n = this.nextContent(i + 1);
    if (n !== -1 && this.lines[n].indent > indent && c !== '"' && c !== "'" && c !== "[") bail();
    if (n !== -1 && this.lines[n].indent > indent) bail();
    return { value, end: i + 1, endOffset: line.next };
  }
};
function escapeSegment(segment) {
  if (!segment.includes("~") && !segment.includes("/")) return segment;
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function define(target, key, value) {
  if (key === "__proto__")
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
var LineIndex = class {
  starts = [0];
  constructor(text) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  /** The 1-based line and column of an offset (as the `yaml` package's LineCounter gives them). */
  position(offset) {
    let lo = 0;
    let hi = this.starts.length;
    while (lo + 1 < hi) {
      const mid = lo + hi >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid;
    }
    return { line: lo + 1, col: offset - this.starts[lo] + 1 };
  }
};
var read;
function slowReader() {
  if (!read) {
    const file = ["./yaml-slow.cjs", "./chunks/yaml-slow.cjs", "../chunks/yaml-slow.cjs"].map((f) => (0, import_node_url.fileURLToPath)(new URL(f, __dprImportMetaUrl))).find((f) => (0, import_node_fs.existsSync)(f));
    if (!file) throw new Error("internal: yaml-slow.cjs is missing from the bundle");
    read = (0, import_node_module.createRequire)(__dprImportMetaUrl)(file).slowRead;
  }
  return read;
}
function define2(target, key, value) {
  if (key === "__proto__")
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
function clone(value, pointer, texts) {
  if (Array.isArray(value)) return value.map((v, i) => clone(v, `${pointer}/${i}`, texts));
  if (value !== null && typeof value === "object") {
    const out = {};
    for (const [k, v] of Object.entries(value))
      define2(out, k, clone(v, `${pointer}/${escapePointer(k)}`, texts));
    return out;
  }
  if (typeof value === "number") return texts.get(pointer) ?? value;
  return value;
}
var YamlFile = class {
  constructor(path, text, options = {}) {
    this.path = path;
    this.text = text;
    this.lines = new LineIndex(text);
    const read2 = (options.fast === false ? void 0 : fastRead(text)) ?? slowReader()(text);
    if (read2.reindented) {
      this.mapOffset = read2.reindented.mapOffset;
      const line = read2.reindented.line;
      this.warnings.push(
        (0, import_chunk_AIBAUOYI.finding)(
          "DPR009",
          `not portable YAML: a quoted value continues on line ${line} at the indentation of its key; Dify's parsers (Go's yaml.v3, PyYAML) read it, stricter YAML 1.2 parsers refuse it`,
          {
            file: path,
            line,
            column: 1,
            fix: "Indent the continuation lines of the quoted value deeper than its key (the value does not change)."
          }
        )
      );
    }
    if (read2.problem) {
      const { message, offset, fix } = read2.problem;
      this.problems.push(
        (0, import_chunk_AIBAUOYI.finding)("DPR001", message, {
          file: path,
          ...offset === void 0 ? { line: 1, column: 1 } : this.location(offset),
          ...fix ? { fix } : {}
        })
      );
      return;
    }
    this.value = read2.value;
    for (const [k, v] of read2.spans ?? []) this.spans.set(k, v);
    for (const [k, v] of read2.plainText ?? []) this.plainText.set(k, v);
    for (const [k, v] of read2.plainNonStrings ?? []) this.plainNonStrings.set(k, v);
    for (const d of read2.duplicates ?? []) {
      this.duplicates.push({
        parent: d.parent,
        key: d.key,
        first: { file: path, ...this.location(d.first) },
        second: { file: path, ...this.location(d.second) }
      });
    }
  }
  path;
  text;
  /** The parsed value; `undefined` when the text does not parse. */
  value;
  /** Syntax and encoding problems: when non-empty, `value` is not to be trusted. */
  problems = [];
  /** Warnings about the text that do not stop it from being read (YAML only Dify's parsers accept). */
  warnings = [];
  duplicates = [];
  /** Plain (unquoted) scalars that YAML 1.2 reads as numbers or booleans, with their source text. */
  plainNonStrings = /* @__PURE__ */ new Map();
  /** Every plain (unquoted) scalar's source text: PyYAML reads these its own way (see pyyaml.ts). */
  plainText = /* @__PURE__ */ new Map();
  spans = /* @__PURE__ */ new Map();
  lines;
  /** Offsets in the parsed text → offsets in `text`, when the text was re-indented (see lenient.ts). */
  mapOffset;
  /** The 1-based position of a source offset. */
  location(offset) {
    if (this.mapOffset) offset = this.mapOffset(offset);
    const pos = this.lines.position(offset);
    const bom = pos.line === 1 && offset > 0 && this.text.charCodeAt(0) === 65279 ? 1 : 0;
    return { line: pos.line, column: pos.col - bom };
  }
  /**
   * Where a JSON pointer points. `key` prefers the key of a mapping entry (better for "unknown key"
   * and "missing field" messages); a pointer that does not exist falls back to its nearest parent.
   */
  locate(pointer, part = "value") {
    let p = pointer;
    for (; ; ) {
      const span = this.spans.get(p);
      if (span) {
        const start = part === "key" && span.keyStart !== void 0 ? span.keyStart : span.start;
        const end = part === "key" && span.keyEnd !== void 0 ? span.keyEnd : span.end;
        const a = this.location(start);
        const b = this.location(Math.max(start, end));
        return { file: this.path, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
      }
      if (p === "") return { file: this.path, line: 1, column: 1 };
      p = p.slice(0, p.lastIndexOf("/"));
    }
  }
  /**
   * A scalar as Go's yaml.v3 hands it to a string field: an unquoted number keeps its source text
   * (`version: 1.10` is "1.10", not 1.1), a string or number is its text; anything else `undefined`.
   */
  scalarText(pointer) {
    const raw = this.plainNonStrings.get(pointer) ?? getAt(this.value, pointer);
    return typeof raw === "string" || typeof raw === "number" ? String(raw) : void 0;
  }
  /** Whether a value exists at this pointer (as opposed to a parent). */
  has(pointer) {
    return this.spans.has(pointer);
  }
  /**
   * The value as Go's yaml.v3 hands it to a string field: plain scalars keep their source text
   * (`version: 3.10` is "3.10" to the daemon, 3.1 to PyYAML). Numbers stay numbers elsewhere via
   * schema coercion, so this copy is what the JSON Schemas validate.
   */
  goValue() {
    return clone(this.value, "", this.plainNonStrings);
  }
};
function parseYamlBytes(path, bytes) {
  if (bytes.length > import_chunk_ZFMTKNA4.LIMITS.maxYamlBytes) {
    const file = new YamlFile(path, "");
    file.problems.push(
      (0, import_chunk_AIBAUOYI.finding)(
        "DPR005",
        `${path} is ${bytes.length} bytes, over the ${import_chunk_ZFMTKNA4.LIMITS.maxYamlBytes} bytes this tool parses for a YAML file (the largest published declaration is 206 KB)`,
        {
          file: path,
          line: 1,
          column: 1,
          fix: "Split or shorten the file: no Dify declaration comes near this size."
        }
      )
    );
    return file;
  }
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const file = new YamlFile(path, "");
    file.problems.push(
      (0, import_chunk_AIBAUOYI.finding)("DPR004", `${path} is not valid UTF-8`, {
        file: path,
        line: 1,
        column: 1,
        fix: "Save the file as UTF-8 (the daemon and the SDK read only UTF-8)."
      })
    );
    return file;
  }
  return new YamlFile(path, text);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  YamlFile,
  escapePointer,
  getAt,
  parseYamlBytes,
  pointerToPath,
  unescapePointer
});
