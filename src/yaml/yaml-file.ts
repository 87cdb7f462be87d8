import { finding } from '../core/codes.js';
import type { Finding, Location } from '../core/finding.js';
import { fastRead } from './fast.js';
import { LineIndex } from './line-index.js';
import { getAt } from './pointer.js';
import { slowReader } from './slow-loader.js';
import type { SlowRead } from './slow-read.js';
import { clone } from './yaml-values.js';

export { ALIAS_BUDGET, MAX_DEPTH } from './yaml-limits.js';

/** Offsets of a value (and of its key, when it sits in a mapping) in the source text. */
interface Span {
  start: number;
  end: number;
  keyStart?: number;
  keyEnd?: number;
}

/** A mapping key written twice. Graded later, when the schema tells whether the daemon decodes it. */
export interface DuplicateKey {
  /** JSON pointer of the mapping holding the key. */
  parent: string;
  key: string;
  first: Location;
  second: Location;
}

/**
 * A YAML file parsed the way Dify's three layers need it: typed values (YAML 1.2 core schema, so
 * unquoted timestamps stay strings with their nanoseconds), every value's position by JSON pointer,
 * duplicate keys kept (last wins, like PyYAML) and reported, anchors and merge keys resolved.
 */
export class YamlFile {
  /** The parsed value; `undefined` when the text does not parse. */
  readonly value: unknown;
  /** Syntax and encoding problems: when non-empty, `value` is not to be trusted. */
  readonly problems: Finding[] = [];
  /** Warnings about the text that do not stop it from being read (YAML only Dify's parsers accept). */
  readonly warnings: Finding[] = [];
  readonly duplicates: DuplicateKey[] = [];
  /** Plain (unquoted) scalars that YAML 1.2 reads as numbers or booleans, with their source text. */
  readonly plainNonStrings = new Map<string, string>();
  /** Every plain (unquoted) scalar's source text: PyYAML reads these its own way (see pyyaml.ts). */
  readonly plainText = new Map<string, string>();
  private readonly spans = new Map<string, Span>();
  private readonly lines: LineIndex;
  /** Offsets in the parsed text → offsets in `text`, when the text was re-indented (see lenient.ts). */
  private mapOffset?: (offset: number) => number;
  constructor(
    /** Path relative to the plugin root, `/`-separated. */
    readonly path: string,
    readonly text: string,
    /** `fast: false` reads with the `yaml` package even where the fast reader could (tests compare). */
    options: { fast?: boolean } = {},
  ) {
    this.lines = new LineIndex(text);
    const read: SlowRead = (options.fast === false ? undefined : fastRead(text)) ?? slowReader()(text);
    if (read.reindented) {
      this.mapOffset = read.reindented.mapOffset;
      const line = read.reindented.line;
      this.warnings.push(
        finding(
          'DPR009',
          `not portable YAML: a quoted value continues on line ${line} at the indentation of its key; Dify's parsers (Go's yaml.v3, PyYAML) read it, stricter YAML 1.2 parsers refuse it`,
          {
            file: path,
            line,
            column: 1,
            fix: 'Indent the continuation lines of the quoted value deeper than its key (the value does not change).',
          },
        ),
      );
    }
    if (read.problem) {
      const { message, offset, fix } = read.problem;
      this.problems.push(
        finding('DPR001', message, {
          file: path,
          ...(offset === undefined ? { line: 1, column: 1 } : this.location(offset)),
          ...(fix ? { fix } : {}),
        }),
      );
      return;
    }
    this.value = read.value;
    for (const [k, v] of read.spans ?? []) this.spans.set(k, v);
    for (const [k, v] of read.plainText ?? []) this.plainText.set(k, v);
    for (const [k, v] of read.plainNonStrings ?? []) this.plainNonStrings.set(k, v);
    for (const d of read.duplicates ?? []) {
      this.duplicates.push({
        parent: d.parent,
        key: d.key,
        first: { file: path, ...this.location(d.first) },
        second: { file: path, ...this.location(d.second) },
      });
    }
  }

  /** The 1-based position of a source offset. */
  location(offset: number): { line: number; column: number } {
    if (this.mapOffset) offset = this.mapOffset(offset);
    const pos = this.lines.position(offset);
    // A byte-order mark is invisible to editors: do not count it as a column.
    const bom = pos.line === 1 && offset > 0 && this.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    return { line: pos.line, column: pos.col - bom };
  }

  /**
   * Where a JSON pointer points. `key` prefers the key of a mapping entry (better for "unknown key"
   * and "missing field" messages); a pointer that does not exist falls back to its nearest parent.
   */
  locate(pointer: string, part: 'key' | 'value' = 'value'): Location {
    let p = pointer;
    for (;;) {
      const span = this.spans.get(p);
      if (span) {
        const start = part === 'key' && span.keyStart !== undefined ? span.keyStart : span.start;
        const end = part === 'key' && span.keyEnd !== undefined ? span.keyEnd : span.end;
        const a = this.location(start);
        const b = this.location(Math.max(start, end));
        return { file: this.path, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
      }
      if (p === '') return { file: this.path, line: 1, column: 1 };
      p = p.slice(0, p.lastIndexOf('/'));
    }
  }

  /**
   * A scalar as Go's yaml.v3 hands it to a string field: an unquoted number keeps its source text
   * (`version: 1.10` is "1.10", not 1.1), a string or number is its text; anything else `undefined`.
   */
  scalarText(pointer: string): string | undefined {
    const raw = this.plainNonStrings.get(pointer) ?? getAt(this.value, pointer);
    return typeof raw === 'string' || typeof raw === 'number' ? String(raw) : undefined;
  }

  /** Whether a value exists at this pointer (as opposed to a parent). */
  has(pointer: string): boolean {
    return this.spans.has(pointer);
  }

  /**
   * The value as Go's yaml.v3 hands it to a string field: plain scalars keep their source text
   * (`version: 3.10` is "3.10" to the daemon, 3.1 to PyYAML). Numbers stay numbers elsewhere via
   * schema coercion, so this copy is what the JSON Schemas validate.
   */
  goValue(): unknown {
    return clone(this.value, '', this.plainNonStrings);
  }
}
