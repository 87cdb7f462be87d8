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

export interface FastSpan {
  start: number;
  end: number;
  keyStart?: number;
  keyEnd?: number;
}

export interface FastRead {
  value: unknown;
  spans: Map<string, FastSpan>;
  plainText: Map<string, string>;
  plainNonStrings: Map<string, string>;
  duplicates: { parent: string; key: string; first: number; second: number }[];
}

class Bail extends Error {}
function bail(): never {
  throw new Bail();
}

/** Text the fast reader never handles: tabs, CR, BOM, document markers, directives, anchors, tags, complex or merge keys. */
const UNSUPPORTED = /[\t\r\uFEFF]|^(?:---|\.\.\.|%)|(?:^|[ [{,])[&*!]\S|^ *\? |<<:|[|>][-+]?[0-9]/m;

interface Line {
  start: number;
  /** Offset after the line's newline (or the text's end). */
  next: number;
  text: string;
  indent: number;
  /** Blank or a comment only. */
  empty: boolean;
}

export function fastRead(text: string): FastRead | undefined {
  if (UNSUPPORTED.test(text)) return undefined;
  try {
    return new Reader(text).read();
  } catch (error) {
    if (error instanceof Bail) return undefined;
    throw error;
  }
}

const PLAIN_START_BAD = /^[-?:,[\]{}#&*!|>'"%@`]/;

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
    if (c === '|' || c === '>') return this.blockScalar(i, col, pointer, indent);
    let value: unknown;
    let length: number;
    if (c === '"' || c === "'") {
      const q = c === '"' ? doubleQuoted(rest) : singleQuoted(rest);
      value = q.value;
      length = q.length;
    } else if (c === '[') {
      const r = this.flowSequence(rest, start, pointer);
      value = r.value;
      length = r.length;
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

  private flowSequence(rest: string, start: number, pointer: string): { value: unknown[]; length: number } {
    const close = rest.indexOf(']');
    if (close === -1) bail();
    const body = rest.slice(1, close);
    if (/[[\]{}"'#]/.test(body)) bail();
    const items: unknown[] = [];
    if (body.trim() !== '') {
      let offset = 1;
      for (const part of body.split(',')) {
        const lead = part.length - part.trimStart().length;
        const raw = part.trim();
        if (raw === '' || PLAIN_START_BAD.test(raw) || /: |:$/.test(raw)) bail();
        const child = `${pointer}/${items.length}`;
        const s = start + offset + lead;
        const value = resolvePlain(raw);
        items.push(value);
        this.out.spans.set(child, { start: s, end: s + raw.length });
        this.out.plainText.set(child, raw);
        if (typeof value === 'number' || typeof value === 'boolean') this.out.plainNonStrings.set(child, raw);
        offset += part.length + 1;
      }
    }
    return { value: items, length: close + 1 };
  }

  private blockScalar(
    i: number,
    col: number,
    pointer: string,
    indent: number,
  ): { value: string; end: number; endOffset: number } {
    const line = this.lines[i]!;
    const header = /^([|>])([-+]?)(\s+#.*)?\s*$/.exec(line.text.slice(col));
    if (!header) bail();
    const folded = header![1] === '>';
    const chomp = header![2];
    // Content: the lines indented deeper than the parent, and blank lines among them.
    let contentIndent = -1;
    let last = i; // last content line
    let j = i + 1;
    for (; j < this.lines.length; j++) {
      const l = this.lines[j]!;
      if (l.text.trim() === '') continue;
      if (l.indent <= indent) break;
      if (contentIndent === -1) contentIndent = l.indent;
      if (l.indent < contentIndent) bail();
      last = j;
    }
    if (contentIndent === -1) bail(); // empty block scalar: the slow path
    const body: string[] = [];
    for (let k = i + 1; k <= last; k++) {
      const l = this.lines[k]!;
      if (l.text.trim() === '') {
        if (l.text.length > contentIndent) bail(); // spaces beyond the indentation are content
        body.push('');
      } else body.push(l.text.slice(contentIndent));
    }
    // Blank lines after the last content line belong to the scalar only for keep chomping.
    let trailing = 0;
    for (let k = last + 1; k < j; k++) {
      if (this.lines[k]!.text.length > contentIndent) bail();
      trailing++;
    }
    if (
      j < this.lines.length &&
      this.lines[j]!.text.trim() !== '' &&
      this.lines[j]!.text.trimStart()[0] === '#' &&
      this.lines[j]!.indent > indent
    )
      bail();
    let value: string;
    if (folded) {
      if (body.some((b) => b.startsWith(' '))) bail(); // more-indented lines keep their breaks
      value = '';
      let breaks = 0;
      for (const [k, b] of body.entries()) {
        if (b === '') {
          breaks++;
          continue;
        }
        if (k > 0) value += breaks > 0 ? '\n'.repeat(breaks) : ' ';
        else if (breaks > 0) value += '\n'.repeat(breaks);
        breaks = 0;
        value += b;
      }
    } else value = body.join('\n');
    const endsWithContent = this.lines[last]!.next > this.lines[last]!.start + this.lines[last]!.text.length;
    if (chomp === '-') {
      // strip
    } else if (chomp === '+') {
      if (trailing > 0 && j >= this.lines.length) bail();
      value += endsWithContent ? `\n${'\n'.repeat(trailing)}` : '';
    } else if (endsWithContent) value += '\n';
    const start = line.start + col;
    const end = chomp === '+' ? this.lines[last + trailing]!.next : this.lines[last]!.next;
    this.out.spans.set(pointer, { start, end });
    return { value, end: last + 1, endOffset: end };
  }
}

/** Where a plain key ends: the `:` followed by a space or the end of the line. */
function keyEnd(rest: string): number {
  if (rest[0] === '"' || rest[0] === "'") return -1;
  for (let k = 0; k < rest.length; k++) {
    if (rest[k] === ':' && (k + 1 === rest.length || rest[k + 1] === ' ')) return k;
    if (rest[k] === '#' && k > 0 && rest[k - 1] === ' ') return -1;
  }
  return -1;
}

function isInlineKey(rest: string): boolean {
  if (
    rest[0] === '"' ||
    rest[0] === "'" ||
    rest[0] === '[' ||
    rest[0] === '{' ||
    rest[0] === '|' ||
    rest[0] === '>'
  )
    return false;
  return keyEnd(rest) !== -1;
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};

function doubleQuoted(rest: string): { value: string; length: number } {
  let value = '';
  for (let k = 1; k < rest.length; k++) {
    const c = rest[k]!;
    if (c === '"') return { value, length: k + 1 };
    if (c !== '\\') {
      value += c;
      continue;
    }
    const e = rest[++k];
    if (e === undefined) bail();
    if (e === 'x' || e === 'u' || e === 'U') {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = rest.slice(k + 1, k + 1 + n);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) bail();
      value += String.fromCodePoint(Number.parseInt(hex, 16));
      k += n;
    } else if (e! in ESCAPES) value += ESCAPES[e!];
    else bail();
  }
  return bail();
}

function singleQuoted(rest: string): { value: string; length: number } {
  let value = '';
  for (let k = 1; k < rest.length; k++) {
    const c = rest[k]!;
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

/** A plain scalar by the YAML 1.2 core schema, as the `yaml` package resolves it. */
export function resolvePlain(raw: string): unknown {
  if (raw === '' || raw === '~' || raw === 'null' || raw === 'Null' || raw === 'NULL') return null;
  if (raw === 'true' || raw === 'True' || raw === 'TRUE') return true;
  if (raw === 'false' || raw === 'False' || raw === 'FALSE') return false;
  const c = raw.charCodeAt(0);
  // Only text starting with a digit, a sign or a dot can be a number.
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) return raw;
  if (/^0o[0-7]+$/.test(raw)) return Number.parseInt(raw.slice(2), 8);
  if (/^[-+]?[0-9]+$/.test(raw)) return Number(raw);
  if (/^0x[0-9a-fA-F]+$/.test(raw)) return Number.parseInt(raw.slice(2), 16);
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(raw)) return raw[0] === '-' ? -Infinity : Infinity;
  if (/^\.(?:nan|NaN|NAN)$/.test(raw)) return Number.NaN;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(raw)) return Number(raw);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(raw)) return Number(raw);
  return raw;
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
