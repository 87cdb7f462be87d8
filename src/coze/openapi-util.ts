import { unescapePointer } from '../yaml/pointer.js';
import type { YamlFile } from '../yaml/yaml-file.js';
import { child, isObj, type Obj, type Sink } from './load.js';

/** The operation keys of a path item (kin-openapi `PathItem.Operations`). */
export const METHODS = ['connect', 'delete', 'get', 'head', 'options', 'patch', 'post', 'put', 'trace'];

export interface Operation {
  path: string;
  /** Lower case, as written in the document. */
  method: string;
  pointer: string;
  op: Obj;
}

export function operationsOf(doc: unknown): Operation[] {
  const out: Operation[] = [];
  if (!isObj(doc) || !isObj(doc.paths)) return out;
  for (const [p, item] of Object.entries(doc.paths)) {
    if (!isObj(item)) continue;
    for (const [method, op] of Object.entries(item)) {
      if (METHODS.includes(method) && isObj(op))
        out.push({ path: p, method, pointer: child(child('/paths', p), method), op });
    }
  }
  return out;
}

/** `/paths/~1a~1{id}/get/parameters/0/schema` → "GET /a/{id} parameters[0].schema". */
export function describePointer(pointer: string): string {
  const segs = pointer === '' ? [] : pointer.slice(1).split('/').map(unescapePointer);
  let head = '';
  if (segs[0] === 'paths' && segs.length >= 2) {
    head =
      segs.length >= 3 && METHODS.includes(segs[2]!)
        ? `${segs[2]!.toUpperCase()} ${segs[1]}`
        : `path ${segs[1]}`;
    segs.splice(0, segs.length >= 3 && METHODS.includes(segs[2]!) ? 3 : 2);
  }
  let rest = '';
  segs.forEach((s, i) => {
    if (i > 0 && segs[i - 1] === 'responses') rest += `."${s}"`;
    else rest += /^\d+$/.test(s) ? `[${s}]` : rest === '' ? s : `.${s}`;
  });
  if (head && rest) return `${head} ${rest}`;
  return head || rest || 'the document';
}

/** A value reached through `$ref`s, with the pointer where it really lives. */
export interface Resolved {
  value: unknown;
  pointer: string;
}

/**
 * Internal `$ref` resolution with positions. kin-openapi's loader refuses external references by
 * default (loader.go: IsExternalRefsAllowed), fails on dangling ones, and its validation rejects any
 * key written next to `$ref` ("extra sibling fields"); each is reported once, as an error.
 */
export class Refs {
  constructor(
    private readonly file: YamlFile,
    private readonly doc: unknown,
  ) {}

  /** Report every `$ref` Coze cannot resolve. */
  checkAll(sink: Sink): void {
    const walk = (value: unknown, pointer: string, depth: number): void => {
      if (depth > 64) return;
      if (Array.isArray(value)) for (const [i, v] of value.entries()) walk(v, child(pointer, i), depth + 1);
      if (!isObj(value)) return;
      const ref = value.$ref;
      if (typeof ref === 'string') {
        this.checkOne(ref, child(pointer, '$ref'), value, sink);
        return;
      }
      for (const [k, v] of Object.entries(value)) walk(v, child(pointer, k), depth + 1);
    };
    walk(this.doc, '', 0);
  }

  private checkOne(ref: string, at: string, holder: Obj, sink: Sink): void {
    const fixInternal = 'Point $ref at a definition in this document, e.g. #/components/schemas/Name.';
    if (!ref.startsWith('#')) {
      sink.at(
        this.file,
        at,
        'DPR722',
        `$ref \`${ref}\` points outside the document: Coze's loader refuses external references and skips the plugin`,
        'Copy the definition under components/ and refer to it as #/components/….',
      );
      return;
    }
    if (this.lookup(ref) === undefined) {
      sink.at(
        this.file,
        at,
        'DPR722',
        `$ref \`${ref}\` does not resolve in this document: Coze skips the plugin`,
        fixInternal,
      );
      return;
    }
    const siblings = Object.keys(holder).filter((k) => k !== '$ref');
    if (siblings.length > 0) {
      const parent = at.slice(0, at.lastIndexOf('/'));
      sink.at(
        this.file,
        child(parent, siblings[0]!),
        'DPR722',
        `\`${siblings.join('`, `')}\` next to $ref: kin-openapi 0.118 rejects sibling fields of a reference and Coze skips the plugin`,
        'Move the keys into the referenced definition, or drop them.',
        { part: 'key' },
      );
    }
  }

  private lookup(ref: string): Resolved | undefined {
    if (ref === '#') return { value: this.doc, pointer: '' };
    if (!ref.startsWith('#/')) return undefined;
    let pointer = '';
    let value: unknown = this.doc;
    for (const raw of ref.slice(2).split('/')) {
      const seg = unescapePointer(decodeURIComponent(raw));
      if (Array.isArray(value) && /^\d+$/.test(seg)) value = value[Number(seg)];
      else if (isObj(value) && Object.hasOwn(value, seg)) value = value[seg];
      else return undefined;
      pointer = child(pointer, seg);
    }
    return { value, pointer };
  }

  /** Follow `$ref` chains from a value; `undefined` when a reference is broken or circular. */
  resolve(value: unknown, pointer: string): Resolved | undefined {
    let current: Resolved = { value, pointer };
    for (let hops = 0; hops < 32; hops++) {
      if (!isObj(current.value) || typeof current.value.$ref !== 'string') return current;
      const next = this.lookup(current.value.$ref);
      if (!next) return undefined;
      current = next;
    }
    return undefined;
  }
}
