/**
 * The slow path of `YamlFile`: text the fast reader does not take (anchors, tags, flow mappings,
 * multi-line scalars, errors) is read with the `yaml` package and converted to what the fast reader
 * yields, to the offset. This module and the `yaml` package are loaded only when a file needs them
 * (see slow-loader.ts): most plugins never do. It reports problems as offsets and texts; `YamlFile`
 * turns them into findings.
 */
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Node,
  parseDocument,
  Scalar,
} from 'yaml';
import type { FastRead } from './fast-common.js';
import { escapePointer } from './pointer.js';
import { ALIAS_BUDGET, MAX_DEPTH } from './yaml-limits.js';
import { firstLine, PARSE_OPTIONS, portableReading } from './yaml-parse.js';
import { define } from './yaml-values.js';

/** What the slow path read: the fast reader's shape, or a problem, and how the text was re-read. */
export interface SlowRead extends Partial<FastRead> {
  /** A syntax error (or a document that cannot be read): the value is not to be trusted. */
  problem?: { message: string; offset?: number; fix?: string };
  /** The text was re-indented to read (see lenient.ts): the first line concerned and the offset map. */
  reindented?: { line: number; mapOffset: (offset: number) => number };
}

class AliasBudgetExceeded extends Error {}

export function slowRead(text: string): SlowRead {
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, PARSE_OPTIONS);
  } catch (error) {
    return { problem: { message: `cannot parse YAML: ${(error as Error).message}` } };
  }
  let reindented: SlowRead['reindented'];
  if (doc.errors.length > 0) {
    const lenient = portableReading(text, doc);
    if (lenient) {
      doc = lenient.parsed;
      reindented = { line: lenient.reindented.lines[0]!, mapOffset: lenient.reindented.mapOffset };
    }
  }
  if (doc.errors.length > 0) {
    // The first error is the cause; later ones usually cascade from it.
    const error = doc.errors[0]!;
    return {
      reindented,
      problem: {
        message: `YAML syntax error: ${firstLine(error.message)}`,
        offset: error.pos[0],
        fix: 'Fix the YAML syntax at this position (indentation, a missing colon, or an unclosed quote).',
      },
    };
  }
  const converter = new Converter(
    doc,
    Math.max(ALIAS_BUDGET.nodes, text.length * ALIAS_BUDGET.perSourceByte),
  );
  try {
    const value = doc.contents ? converter.convert(doc.contents as Node, '', 0) : null;
    return { ...converter.out, value, reindented };
  } catch (error) {
    if (!(error instanceof AliasBudgetExceeded)) {
      // Whatever the text, a finding rather than a crash (property tests hunt for these).
      return { reindented, problem: { message: `cannot read YAML: ${(error as Error).message}`, offset: 0 } };
    }
    return {
      reindented,
      problem: {
        message: `YAML document contains excessive aliasing: its aliases expand to more than ${converter.limit} nodes`,
        offset: 0,
        fix: "Write the values out instead of nesting aliases of aliases (Go's yaml.v3 refuses this document too).",
      },
    };
  }
}

/** The `yaml` package's nodes → plain values, spans by JSON pointer, plain texts, duplicate keys. */
class Converter {
  readonly out: Omit<FastRead, 'value'> = {
    spans: new Map(),
    plainText: new Map(),
    plainNonStrings: new Map(),
    duplicates: [],
  };
  /** Each alias's target, resolved once (the `yaml` package searches the document for each call). */
  private readonly anchors = new Map<Node, Node | null>();
  /** Nodes aliases may still expand to. */
  private budget: number;
  /** How many aliases are being expanded around the current node. */
  private expanding = 0;

  constructor(
    private readonly doc: Document.Parsed,
    readonly limit: number,
  ) {
    this.budget = limit;
  }

  convert(node: Node | null | undefined, pointer: string, depth: number): unknown {
    if (depth > MAX_DEPTH) return null; // absurd nesting: stop
    if (node === null || node === undefined) return null;
    if (this.expanding > 0 && --this.budget < 0) throw new AliasBudgetExceeded();
    if (isAlias(node)) {
      let target = this.anchors.get(node);
      if (target === undefined) {
        target = (node.resolve(this.doc) as Node | undefined) ?? null;
        this.anchors.set(node, target);
      }
      this.setSpan(pointer, node.range);
      if (!target) return null;
      this.expanding++;
      try {
        if (--this.budget < 0) throw new AliasBudgetExceeded();
        return this.convertNoSpan(target as Node, pointer, depth + 1);
      } finally {
        this.expanding--;
      }
    }
    this.setSpan(pointer, node.range);
    return this.convertNoSpan(node, pointer, depth);
  }

  private convertNoSpan(node: Node, pointer: string, depth: number): unknown {
    if (isScalar(node)) {
      const value = node.value;
      if (node.type === Scalar.PLAIN) {
        const text = node.source ?? String(value);
        this.out.plainText.set(pointer, text);
        if (typeof value === 'number' || typeof value === 'boolean')
          this.out.plainNonStrings.set(pointer, text);
      }
      if (typeof value === 'bigint') return Number(value);
      return value ?? null;
    }
    if (isSeq(node)) {
      return node.items.map((item, i) => this.convert(item as Node, `${pointer}/${i}`, depth + 1));
    }
    if (isMap(node)) return this.mapping(node.items, pointer, depth);
    return null;
  }

  private mapping(items: unknown[], pointer: string, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const seen = new Map<string, number>();
    const merges: Node[] = [];
    for (const pair of items) {
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
        this.out.duplicates.push({ parent: pointer, key, first: seen.get(key)!, second: keyOffset });
      }
      if (keyOffset !== undefined) seen.set(key, keyOffset);
      define(out, key, this.convert(pair.value as Node, child, depth + 1));
      const span = this.out.spans.get(child);
      if (keyNode?.range) {
        const [ks, , ke] = keyNode.range;
        if (span) Object.assign(span, { keyStart: ks, keyEnd: ke });
        else this.out.spans.set(child, { start: ks, end: ke, keyStart: ks, keyEnd: ke });
      }
    }
    // Merge keys (`<<: *base`): keys already present win, as in YAML 1.1 and yaml.v3.
    for (const merge of merges) {
      const sources = isSeq(merge) ? (merge.items as Node[]) : [merge];
      for (const source of sources) {
        const merged = this.convert(source, `${pointer}/<<`, depth + 1);
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

  /** Give merged-in values the pointers they have in the merged mapping. */
  private rebase(from: string, to: string): void {
    const { spans, plainNonStrings, plainText } = this.out;
    for (const map of [spans, plainNonStrings, plainText] as Map<string, unknown>[]) {
      for (const [p, v] of [...map]) {
        if (p === from || p.startsWith(`${from}/`)) map.set(to + p.slice(from.length), v);
      }
    }
  }

  private setSpan(pointer: string, range: [number, number, number] | null | undefined): void {
    if (range) this.out.spans.set(pointer, { start: range[0], end: range[1] });
  }
}

export function keyText(node: Node | null): string {
  if (node === null) return '';
  if (isScalar(node)) return node.source ?? String(node.value);
  try {
    return String(node); // a complex key (`? [a, b]`): its flow form
  } catch {
    return '(complex key)'; // e.g. `? <<: x`: the yaml package refuses to stringify it
  }
}
