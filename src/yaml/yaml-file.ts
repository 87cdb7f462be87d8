import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  Scalar,
} from 'yaml';
import { finding } from '../core/codes.js';
import type { Finding, Location } from '../core/finding.js';
import { fastRead } from './fast.js';
import { escapePointer, getAt } from './pointer.js';
import { firstLine, PARSE_OPTIONS, portableReading } from './yaml-parse.js';
import { clone, define, keyText } from './yaml-values.js';

/**
 * The most nodes a document's aliases may expand to (nodes written out once do not count). go-yaml
 * v3 refuses a document whose alias expansions dwarf its own nodes ("document contains excessive
 * aliasing"); a budget on expanded nodes stops an alias bomb at once instead of after gigabytes.
 */
export const ALIAS_BUDGET = { nodes: 10_000, perSourceByte: 2 };
/** Nesting deeper than this is refused (go-yaml v3 stops at 10,000; no declaration needs 64). */
export const MAX_DEPTH = 64;

class AliasBudgetExceeded extends Error {}

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
  private lines = new LineCounter();
  /** Offsets in the parsed text → offsets in `text`, when the text was re-indented (see lenient.ts). */
  private mapOffset?: (offset: number) => number;
  /** Each alias's target, resolved once (the `yaml` package searches the document for each call). */
  private readonly anchors = new Map<Node, Node | null>();
  /** Nodes aliases may still expand to. */
  private budget = 0;
  /** How many aliases are being expanded around the current node. */
  private expanding = 0;

  constructor(
    /** Path relative to the plugin root, `/`-separated. */
    readonly path: string,
    readonly text: string,
    /** `fast: false` reads with the `yaml` package even where the fast reader could (tests compare). */
    options: { fast?: boolean } = {},
  ) {
    const quick = options.fast === false ? undefined : fastRead(text);
    if (quick) {
      this.lines.addNewLine(0);
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lines.addNewLine(i + 1);
      this.value = quick.value;
      for (const [k, v] of quick.spans) this.spans.set(k, v);
      for (const [k, v] of quick.plainText) this.plainText.set(k, v);
      for (const [k, v] of quick.plainNonStrings) this.plainNonStrings.set(k, v);
      for (const d of quick.duplicates) {
        this.duplicates.push({
          parent: d.parent,
          key: d.key,
          first: { file: path, ...this.location(d.first) },
          second: { file: path, ...this.location(d.second) },
        });
      }
      return;
    }
    let doc = this.parse(text);
    if (!doc) return;
    if (doc.errors.length > 0) {
      const lenient = portableReading(text, doc);
      if (lenient) {
        const { reindented, parsed } = lenient;
        doc = parsed;
        this.mapOffset = reindented.mapOffset;
        this.lines = new LineCounter();
        this.lines.addNewLine(0);
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
          this.lines.addNewLine(i + 1);
        const line = reindented.lines[0]!;
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
    }
    if (doc.errors.length > 0) {
      // The first error is the cause; later ones usually cascade from it.
      const error = doc.errors[0]!;
      const at = this.location(error.pos[0]);
      this.problems.push(
        finding('DPR001', `YAML syntax error: ${firstLine(error.message)}`, {
          file: path,
          ...at,
          fix: 'Fix the YAML syntax at this position (indentation, a missing colon, or an unclosed quote).',
        }),
      );
      return;
    }
    this.budget = Math.max(ALIAS_BUDGET.nodes, text.length * ALIAS_BUDGET.perSourceByte);
    try {
      this.value = doc.contents ? this.convert(doc, doc.contents as Node, '', 0) : null;
    } catch (error) {
      this.value = undefined;
      if (!(error instanceof AliasBudgetExceeded)) {
        // Whatever the text, a finding rather than a crash (property tests hunt for these).
        this.problems.push(
          finding('DPR001', `cannot read YAML: ${(error as Error).message}`, {
            file: path,
            line: 1,
            column: 1,
          }),
        );
        return;
      }
      this.problems.push(
        finding(
          'DPR001',
          `YAML document contains excessive aliasing: its aliases expand to more than ${this.budgetLimit()} nodes`,
          {
            file: path,
            line: 1,
            column: 1,
            fix: "Write the values out instead of nesting aliases of aliases (Go's yaml.v3 refuses this document too).",
          },
        ),
      );
    }
  }

  private budgetLimit(): number {
    return Math.max(ALIAS_BUDGET.nodes, this.text.length * ALIAS_BUDGET.perSourceByte);
  }

  private parse(text: string): Document.Parsed | undefined {
    try {
      return parseDocument(text, PARSE_OPTIONS(this.lines));
    } catch (error) {
      this.problems.push(
        finding('DPR001', `cannot parse YAML: ${(error as Error).message}`, {
          file: this.path,
          line: 1,
          column: 1,
        }),
      );
      return undefined;
    }
  }

  /** The 1-based position of a source offset. */
  location(offset: number): { line: number; column: number } {
    if (this.mapOffset) offset = this.mapOffset(offset);
    const pos = this.lines.linePos(offset);
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

  private convert(
    doc: Document.Parsed,
    node: Node | null | undefined,
    pointer: string,
    depth: number,
  ): unknown {
    if (depth > MAX_DEPTH) return null; // absurd nesting: stop
    if (node === null || node === undefined) return null;
    if (this.expanding > 0 && --this.budget < 0) throw new AliasBudgetExceeded();
    if (isAlias(node)) {
      let target = this.anchors.get(node);
      if (target === undefined) {
        target = (node.resolve(doc) as Node | undefined) ?? null;
        this.anchors.set(node, target);
      }
      this.setSpan(pointer, node.range);
      if (!target) return null;
      this.expanding++;
      try {
        if (--this.budget < 0) throw new AliasBudgetExceeded();
        return this.convertNoSpan(doc, target as Node, pointer, depth + 1);
      } finally {
        this.expanding--;
      }
    }
    this.setSpan(pointer, node.range);
    return this.convertNoSpan(doc, node, pointer, depth);
  }

  private convertNoSpan(doc: Document.Parsed, node: Node, pointer: string, depth: number): unknown {
    if (isScalar(node)) {
      const value = node.value;
      if (node.type === Scalar.PLAIN) {
        const text = node.source ?? String(value);
        this.plainText.set(pointer, text);
        if (typeof value === 'number' || typeof value === 'boolean') this.plainNonStrings.set(pointer, text);
      }
      if (typeof value === 'bigint') return Number(value);
      return value ?? null;
    }
    if (isSeq(node)) {
      return node.items.map((item, i) => this.convert(doc, item as Node, `${pointer}/${i}`, depth + 1));
    }
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      const seen = new Map<string, number>();
      const merges: Node[] = [];
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        if (isScalar(keyNode) && keyNode.source === '<<' && keyNode.type === Scalar.PLAIN) {
          if (pair.value) merges.push(pair.value as Node);
          continue;
        }
        const key = keyText(keyNode);
        const child = `${pointer}/${escapePointer(key)}`;
        const keyOffset = keyNode?.range?.[0];
        if (seen.has(key) && keyOffset !== undefined) {
          this.duplicates.push({
            parent: pointer,
            key,
            first: { file: this.path, ...this.location(seen.get(key)!) },
            second: { file: this.path, ...this.location(keyOffset) },
          });
        }
        if (keyOffset !== undefined) seen.set(key, keyOffset);
        define(out, key, this.convert(doc, pair.value as Node, child, depth + 1));
        const span = this.spans.get(child);
        if (keyNode?.range) {
          const [ks, , ke] = keyNode.range;
          if (span) Object.assign(span, { keyStart: ks, keyEnd: ke });
          else this.spans.set(child, { start: ks, end: ke, keyStart: ks, keyEnd: ke });
        }
      }
      // Merge keys (`<<: *base`): keys already present win, as in YAML 1.1 and yaml.v3.
      for (const merge of merges) {
        const sources = isSeq(merge) ? (merge.items as Node[]) : [merge];
        for (const source of sources) {
          const merged = this.convert(doc, source, `${pointer}/<<`, depth + 1);
          if (merged && typeof merged === 'object' && !Array.isArray(merged)) {
            for (const [k, v] of Object.entries(merged)) {
              if (k in out) continue;
              define(out, k, v);
              this.rebase(`${pointer}/<</${escapePointer(k)}`, `${pointer}/${escapePointer(k)}`);
            }
          }
        }
      }
      return out;
    }
    return null;
  }

  /** Give merged-in values the pointers they have in the merged mapping. */
  private rebase(from: string, to: string): void {
    for (const map of [this.spans, this.plainNonStrings, this.plainText] as Map<string, unknown>[]) {
      for (const [p, v] of [...map]) {
        if (p === from || p.startsWith(`${from}/`)) map.set(to + p.slice(from.length), v);
      }
    }
  }

  private setSpan(pointer: string, range: [number, number, number] | null | undefined): void {
    if (range) this.spans.set(pointer, { start: range[0], end: range[1] });
  }
}
