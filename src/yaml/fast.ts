/**
 * A fast reader for the block YAML nearly every plugin declaration is written in: block mappings and
 * sequences, plain and quoted one-line scalars, literal and folded block scalars, one-line flow
 * sequences of scalars, comments. It yields exactly what `YamlFile` builds from the `yaml` package's
 * documents (values by the YAML 1.2 core schema, every span, plain source texts, duplicate keys), at
 * a fraction of the cost; anything outside that subset (anchors, tags, multi-line plain or quoted
 * scalars, flow mappings, tabs, several documents, errors of any kind) returns `undefined`, and the
 * caller reads the text with the `yaml` package instead. Agreement with the slow path is tested on
 * generated documents and on every YAML file of the official plugins.
 */

import { blockScalar } from './fast-block-scalar.js';
import { Bail, bail, type FastRead, type Line, PLAIN_START_BAD } from './fast-common.js';
import {
  doubleQuoted,
  flowSequence,
  isInlineKey,
  keyEnd,
  resolvePlain,
  singleQuoted,
} from './fast-scalars.js';

export type { FastRead, FastSpan } from './fast-common.js';

/** Text the fast reader never handles: tabs, CR, BOM, document markers, directives, anchors, tags, complex or merge keys. */
const UNSUPPORTED = /[\t\r\uFEFF]|^(?:---|\.\.\.|%)|(?:^|[ [{,])[&*!]\S|^ *\? |<<:|[|>][-+]?[0-9]/m;

export function fastRead(text: string): FastRead | undefined {
  if (UNSUPPORTED.test(text)) return undefined;
  try {
    return new Reader(text).read();
  } catch (error) {
    if (error instanceof Bail) return undefined;
    throw error;
  }
}

class Reader {
  private readonly lines: Line[] = [];
  private readonly out: FastRead = {
    value: null,
    spans: new Map(),
    plainText: new Map(),
    plainNonStrings: new Map(),
    duplicates: [],
  };

  constructor(private readonly text: string) {
    let start = 0;
    while (start <= text.length) {
      let nl = text.indexOf('\n', start);
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
        empty: rest === '' || rest[0] === '#',
      });
      if (nl === text.length) break;
      start = nl + 1;
    }
  }

  read(): FastRead {
    const first = this.nextContent(0);
    if (first === -1) bail(); // empty or comments only: the slow path knows what yaml makes of it
    if (this.lines[first]!.indent !== 0) bail();
    const { value, end, span, endOffset } = this.block(first, 0, '', -1);
    if (this.nextContent(end) !== -1) bail(); // content after the root: an error for yaml
    this.out.value = value;
    this.out.spans.set('', { start: span, end: endOffset });
    return this.out;
  }

  private nextContent(from: number): number {
    for (let i = from; i < this.lines.length; i++) if (!this.lines[i]!.empty) return i;
    return -1;
  }

  /** A block node starting at line `i`, column `col`: a sequence or a mapping. Returns the line after it. */
  private block(
    i: number,
    col: number,
    pointer: string,
    parentIndent: number,
  ): { value: unknown; end: number; span: number; endOffset: number } {
    const line = this.lines[i]!;
    const rest = line.text.slice(col);
    if (rest === '-' || rest.startsWith('- ')) return this.sequence(i, col, pointer);
    void parentIndent;
    return this.mapping(i, col, pointer);
  }

  private sequence(
    i: number,
    col: number,
    pointer: string,
  ): { value: unknown[]; end: number; span: number; endOffset: number } {
    const items: unknown[] = [];
    const span = this.lines[i]!.start + col;
    let at = i;
    let first = true;
    let lastEnd = span;
    for (;;) {
      const line = this.lines[at]!;
      const lineCol = first ? col : line.indent;
      if (lineCol !== col) bail();
      const rest = line.text.slice(col);
      if (!(rest === '-' || rest.startsWith('- '))) bail();
      first = false;
      const child = `${pointer}/${items.length}`;
      let content = col + 1;
      while (line.text.charCodeAt(content) === 32) content++;
      const after = line.text.slice(content);
      let next: number;
      if (after === '' || after[0] === '#') {
        const n = this.nextContent(at + 1);
        if (n !== -1 && this.lines[n]!.indent > col) {
          const r = this.block(n, this.lines[n]!.indent, child, col);
          items.push(r.value);
          this.out.spans.set(child, { start: r.span, end: r.endOffset });
          next = r.end;
          lastEnd = r.endOffset;
        } else {
          items.push(null);
          const off = line.start + content;
          this.out.spans.set(child, { start: off, end: off });
          this.out.plainText.set(child, '');
          next = at + 1;
          lastEnd = off;
        }
      } else if (after.startsWith('- ') || after === '-') {
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
      if (n === -1 || this.lines[n]!.indent < col)
        return { value: items, end: next, span, endOffset: this.trailing(next, col, lastEnd) };
      if (this.lines[n]!.indent > col) bail();
      const r2 = this.lines[n]!.text.slice(col);
      if (!(r2 === '-' || r2.startsWith('- ')))
        return { value: items, end: next, span, endOffset: this.trailing(next, col, lastEnd) };
      at = n;
    }
  }

  /**
   * Where a collection ends, as the `yaml` package puts it: after its last value, extended over
   * comment lines that follow, indented at least as deep as the collection.
   */
  private trailing(next: number, col: number, lastEnd: number): number {
    for (let k = next; k < this.lines.length; k++) {
      const l = this.lines[k]!;
      if (!l.empty) break;
      // Comment lines after a collection: where the yaml package ends it then is subtle (deeper
      // comments, or any comment after an empty last value, extend it); read those slowly.
      const midLine = lastEnd > 0 && this.text[lastEnd - 1] !== '\n';
      if (l.text.trim() !== '' && (l.indent >= col || midLine)) bail();
    }
    return lastEnd;
  }

  private mapping(
    i: number,
    col: number,
    pointer: string,
  ): { value: Record<string, unknown>; end: number; span: number; endOffset: number } {
    const out: Record<string, unknown> = {};
    const seen = new Map<string, number>();
    const span = this.lines[i]!.start + col;
    let at = i;
    let first = true;
    let lastEnd = span;
    for (;;) {
      const line = this.lines[at]!;
      if (!first && line.indent !== col) bail();
      first = false;
      const rest = line.text.slice(col);
      const colon = keyEnd(rest);
      if (colon === -1) bail();
      const key = rest.slice(0, colon);
      if (key === '' || PLAIN_START_BAD.test(key) || /\s$|\s#|: /.test(key)) bail();
      const keyStart = line.start + col;
      const keyEndOffset = keyStart + key.length;
      const child = `${pointer}/${escapeSegment(key)}`;
      if (seen.has(key))
        this.out.duplicates.push({ parent: pointer, key, first: seen.get(key)!, second: keyStart });
      seen.set(key, keyStart);
      let content = col + colon + 1;
      while (line.text.charCodeAt(content) === 32) content++;
      const after = line.text.slice(content);
      let next: number;
      let value: unknown;
      if (after === '' || after[0] === '#') {
        const n = this.nextContent(at + 1);
        const nested =
          n !== -1 &&
          (this.lines[n]!.indent > col ||
            (this.lines[n]!.indent === col && /^- |^-$/.test(this.lines[n]!.text.slice(col))));
        if (nested) {
          const r = this.block(n, this.lines[n]!.indent, child, col);
          value = r.value;
          this.out.spans.set(child, { start: r.span, end: r.endOffset, keyStart, keyEnd: keyEndOffset });
          next = r.end;
          lastEnd = r.endOffset;
        } else {
          value = null;
          const off = line.start + content;
          this.out.spans.set(child, { start: off, end: off, keyStart, keyEnd: keyEndOffset });
          this.out.plainText.set(child, '');
          next = at + 1;
          lastEnd = off;
        }
      } else {
        const r = this.scalarValue(at, content, child, col);
        value = r.value;
        const s = this.out.spans.get(child)!;
        s.keyStart = keyStart;
        s.keyEnd = keyEndOffset;
        next = r.end;
        lastEnd = r.endOffset;
      }
      define(out, key, value);
      const n = this.nextContent(next);
      if (n === -1 || this.lines[n]!.indent < col)
        return { value: out, end: next, span, endOffset: this.trailing(next, col, lastEnd) };
      if (this.lines[n]!.indent > col) bail(); // a continuation or misindented line: the slow path
      at = n;
    }
  }

  /** A scalar (or one-line flow sequence) starting at `col` of line `i`, in a block of indentation `indent`. */
  private scalarValue(
    i: number,
    col: number,
    pointer: string,
    indent: number,
  ): { value: unknown; end: number; endOffset: number } {
    const line = this.lines[i]!;
    const rest = line.text.slice(col);
    const start = line.start + col;
    const c = rest[0]!;
    if (c === '|' || c === '>') return blockScalar(this.lines, this.out, i, col, pointer, indent);
    let value: unknown;
    let length: number;
    if (c === '"' || c === "'") {
      const q = c === '"' ? doubleQuoted(rest) : singleQuoted(rest);
      value = q.value;
      length = q.length;
    } else if (c === '[') {
      const r = flowSequence(this.out, rest, start, pointer);
      value = r.value;
      length = r.length;
    } else if (c === '{') {
      // Only the empty flow mapping (`credentials_for_provider: {}`); any other is the slow path's.
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
      if (typeof value === 'number' || typeof value === 'boolean') this.out.plainNonStrings.set(pointer, raw);
    }
    const tail = rest.slice(length);
    if (tail.trim() !== '' && !/^\s+#/.test(tail)) bail();
    this.out.spans.set(pointer, { start, end: start + length });
    const n = this.nextContent(i + 1);
    if (n !== -1 && this.lines[n]!.indent > indent && c !== '"' && c !== "'" && c !== '[') bail(); // multi-line plain
    if (n !== -1 && this.lines[n]!.indent > indent) bail();
    return { value, end: i + 1, endOffset: line.next };
  }
}

function escapeSegment(segment: string): string {
  if (!segment.includes('~') && !segment.includes('/')) return segment;
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
