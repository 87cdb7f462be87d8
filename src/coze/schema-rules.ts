import type { YamlFile } from '../yaml/yaml-file.js';
import { child, isObj, kindOf, type Obj, type Sink } from './load.js';
import type { Refs } from './openapi-util.js';

/**
 * Schema objects as kin-openapi v0.118 validates them (`Schema.validate`, schema.go:855): `array`
 * needs `items`, readOnly and writeOnly exclude each other, and `default` and `example` must fit
 * the schema (both checks are on by default). Plus the `x-` extensions Coze reads
 * (crossdomain/plugin/consts/consts.go `APISchemaExtend*`).
 */

const SKIP = 'Coze skips the plugin';
const ASSIST_TYPES = ['file', 'image', 'doc', 'ppt', 'code', 'excel', 'zip', 'video', 'audio', 'txt'];

export class SchemaWalker {
  private readonly visited = new Set<string>();

  constructor(
    private readonly file: YamlFile,
    private readonly refs: Refs,
    private readonly sink: Sink,
  ) {}

  /** Check a schema (or a `$ref` to one) and everything under it, each location once. */
  walk(value: unknown, pointer: string, depth = 0): void {
    const r = this.refs.resolve(value, pointer);
    if (!r || !isObj(r.value) || depth > 64 || this.visited.has(r.pointer)) return;
    this.visited.add(r.pointer);
    const s = r.value;
    const p = r.pointer;
    const bad = (key: string, message: string, fix: string, severity?: 'warning'): void =>
      this.sink.at(
        this.file,
        this.file.has(child(p, key)) ? child(p, key) : p,
        key.startsWith('x-') ? 'DPR734' : 'DPR733',
        message,
        fix,
        { part: 'key', ...(severity ? { severity } : {}) },
      );

    if (s.type === 'array' && s.items === undefined)
      bad(
        'type',
        `schema at ${p} is an array without items: ${SKIP}`,
        'Add `items:` with the schema of the elements.',
      );
    if (s.readOnly === true && s.writeOnly === true)
      bad(
        'readOnly',
        `schema at ${p} is both readOnly and writeOnly: ${SKIP}`,
        'Keep at most one of readOnly and writeOnly.',
      );
    for (const key of ['x-global-disable', 'x-local-disable']) {
      if (key in s && typeof s[key] !== 'boolean')
        bad(
          key,
          `${key} is ${kindOf(s[key])}, not a boolean: Coze reads it unchecked as a bool and crashes the tool call`,
          `Write \`${key}: true\` or \`${key}: false\`.`,
        );
    }
    if (
      'x-assist-type' in s &&
      !(typeof s['x-assist-type'] === 'string' && ASSIST_TYPES.includes(s['x-assist-type']))
    )
      bad(
        'x-assist-type',
        `x-assist-type \`${String(s['x-assist-type'])}\` is not one of ${ASSIST_TYPES.join(', ')}: Coze treats the field as plain text`,
        `Use one of ${ASSIST_TYPES.join(', ')}.`,
        'warning',
      );
    else if ('x-assist-type' in s && s.type !== 'string')
      bad(
        'x-assist-type',
        'x-assist-type on a schema that is not a string: Coze passes files as URL strings and ignores it',
        'Put x-assist-type on a `type: string` field.',
        'warning',
      );
    if ('x-variable-ref' in s && typeof s['x-variable-ref'] !== 'string')
      bad(
        'x-variable-ref',
        `x-variable-ref is ${kindOf(s['x-variable-ref'])}, not a variable name: Coze ignores it and sends no default`,
        'Write x-variable-ref as the name of a user variable.',
        'warning',
      );

    for (const key of ['default', 'example'] as const) {
      if (s[key] !== undefined && s[key] !== null) this.checkValue(s[key], child(p, key), s, p, key);
    }
    if (isObj(s.properties))
      for (const [k, v] of Object.entries(s.properties))
        this.walk(v, child(child(p, 'properties'), k), depth + 1);
    if (s.items !== undefined) this.walk(s.items, child(p, 'items'), depth + 1);
    if (isObj(s.additionalProperties))
      this.walk(s.additionalProperties, child(p, 'additionalProperties'), depth + 1);
    if (s.not !== undefined) this.walk(s.not, child(p, 'not'), depth + 1);
    for (const key of ['allOf', 'anyOf', 'oneOf']) {
      const list = s[key];
      if (Array.isArray(list))
        for (const [i, v] of list.entries()) this.walk(v, child(child(p, key), i), depth + 1);
    }
  }

  /** Report a `default` or `example` value that does not fit its schema, as kin's VisitJSON would. */
  checkValue(
    value: unknown,
    pointer: string,
    schema: unknown,
    schemaPointer: string,
    what: 'default' | 'example',
  ): void {
    const problem = this.misfit(value, schema, schemaPointer, '', 0);
    if (problem)
      this.sink.at(
        this.file,
        pointer,
        'DPR733',
        `${what} does not fit its schema (${problem}): ${SKIP}`,
        `Change the ${what} to a value of the declared type, or remove it.`,
      );
  }

  private misfit(
    value: unknown,
    schema: unknown,
    pointer: string,
    at: string,
    depth: number,
  ): string | undefined {
    const r = this.refs.resolve(schema, pointer);
    if (!r || !isObj(r.value) || depth > 32) return undefined;
    const s: Obj = r.value;
    const where = at === '' ? '' : ` at ${at}`;
    if (value === null)
      return s.nullable === true ? undefined : `null${where} but the schema is not nullable`;
    if (Array.isArray(s.enum) && !s.enum.some((e) => JSON.stringify(e) === JSON.stringify(value)))
      return `${JSON.stringify(value)}${where} is not in its enum`;
    const type = typeof s.type === 'string' ? s.type : '';
    const ok =
      type === '' ||
      (type === 'string' && typeof value === 'string') ||
      (type === 'number' && typeof value === 'number') ||
      (type === 'integer' && typeof value === 'number' && Number.isInteger(value)) ||
      (type === 'boolean' && typeof value === 'boolean') ||
      (type === 'array' && Array.isArray(value)) ||
      (type === 'object' && isObj(value));
    if (!ok) return `${kindOf(value)}${where} where the schema says ${type}`;
    if (typeof value === 'number') {
      if (typeof s.minimum === 'number' && value < s.minimum)
        return `${value}${where} is below the minimum ${s.minimum}`;
      if (typeof s.maximum === 'number' && value > s.maximum)
        return `${value}${where} is above the maximum ${s.maximum}`;
    }
    if (Array.isArray(value) && s.items !== undefined) {
      for (let i = 0; i < value.length; i++) {
        const m = this.misfit(value[i], s.items, child(r.pointer, 'items'), `${at}[${i}]`, depth + 1);
        if (m) return m;
      }
    }
    if (isObj(value)) {
      const props = isObj(s.properties) ? s.properties : {};
      for (const name of Array.isArray(s.required) ? s.required : []) {
        if (typeof name === 'string' && !(name in value)) return `property \`${name}\`${where} is required`;
      }
      for (const [k, v] of Object.entries(value)) {
        if (k in props) {
          const m = this.misfit(
            v,
            props[k],
            child(child(r.pointer, 'properties'), k),
            at === '' ? k : `${at}.${k}`,
            depth + 1,
          );
          if (m) return m;
        } else if (s.additionalProperties === false) return `property \`${k}\`${where} is not allowed`;
      }
    }
    if (Array.isArray(s.allOf)) {
      for (let i = 0; i < s.allOf.length; i++) {
        const m = this.misfit(value, s.allOf[i], child(child(r.pointer, 'allOf'), i), at, depth + 1);
        if (m) return m;
      }
    }
    return undefined;
  }
}
