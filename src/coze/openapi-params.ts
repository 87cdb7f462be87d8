import type { YamlFile } from '../yaml/yaml-file.js';
import { child, isObj, type Obj, type Sink, str } from './load.js';
import type { Operation, Refs } from './openapi-util.js';
import type { SchemaWalker } from './schema-rules.js';

/**
 * Operation parameters: Coze's `validateOpenapi3Parameters` (crossdomain/plugin/model/openapi.go:322-361),
 * kin-openapi v0.118's parameter rules (parameter.go), and what the model is shown
 * (`ToEinoSchemaParameterInfo`, openapi.go:211-225: non-body objects and arrays are left out).
 */

const SKIP = 'Coze skips the plugin';
const LOCATIONS = ['path', 'query', 'header', 'cookie'];
/** Serialization styles kin-openapi accepts per location (parameter.go), as `style:explode`. */
const STYLES: Record<string, string[]> = {
  path: ['simple', 'label', 'matrix'].flatMap((s) => [`${s}:true`, `${s}:false`]),
  query: ['form', 'spaceDelimited', 'pipeDelimited']
    .flatMap((s) => [`${s}:true`, `${s}:false`])
    .concat('deepObject:true'),
  header: ['simple:true', 'simple:false'],
  cookie: ['form:true', 'form:false'],
};

export function checkParameters(
  file: YamlFile,
  o: Operation,
  label: string,
  refs: Refs,
  walker: SchemaWalker,
  sink: Sink,
): void {
  const list = o.op.parameters;
  if (!Array.isArray(list)) return;
  const seen = new Set<string>();
  list.forEach((raw, i) => {
    const r = refs.resolve(raw, child(child(o.pointer, 'parameters'), i));
    if (!r || !isObj(r.value)) return;
    const p = r.value;
    const name = str(file, child(r.pointer, 'name'), p.name);
    const where = `parameter \`${name}\` of ${label}`;
    const bad = (key: string, message: string, fix: string): void =>
      sink.at(
        file,
        file.has(child(r.pointer, key)) ? child(r.pointer, key) : r.pointer,
        'DPR731',
        `${message}: ${SKIP}`,
        fix,
        { part: key === '' ? 'key' : 'value' },
      );
    if (name === '') {
      bad('name', `parameter ${i} of ${label} has no name`, 'Give the parameter a name.');
      return;
    }
    const loc = str(file, child(r.pointer, 'in'), p.in);
    if (loc === '') {
      bad(
        'in',
        `${where} has no \`in\` (parameter location is required)`,
        'Set `in` to query, header, path or cookie.',
      );
      return;
    }
    if (loc === 'body') {
      bad(
        'in',
        `${where} is \`in: body\`, which OpenAPI 3 does not have`,
        "Move body fields into the operation's requestBody schema.",
      );
      return;
    }
    if (!LOCATIONS.includes(loc)) {
      bad('in', `${where} has \`in: ${loc}\``, 'Set `in` to query, header, path or cookie.');
      return;
    }
    const key = `${loc}:${name}`;
    if (seen.has(key)) bad('name', `${where} is declared twice in ${loc}`, 'Delete the second declaration.');
    seen.add(key);
    if (loc === 'path' && p.required !== true)
      bad(
        'required',
        `path ${where} is not \`required: true\``,
        'Add `required: true`: OpenAPI requires it for path parameters.',
      );
    const style =
      typeof p.style === 'string' ? p.style : loc === 'query' || loc === 'cookie' ? 'form' : 'simple';
    const explode = typeof p.explode === 'boolean' ? p.explode : style === 'form';
    if (!STYLES[loc]!.includes(`${style}:${explode}`))
      bad(
        'style',
        `${where} uses style ${style} with explode ${explode}, which ${loc} parameters do not support`,
        'Remove style and explode, or pick a style allowed for this location.',
      );
    if (p.schema === undefined) {
      bad(
        '',
        `${where} has ${p.content === undefined ? 'no schema' : 'content instead of a schema'} (parameter schema is required)`,
        'Describe the parameter with `schema: {type: …}`.',
      );
      return;
    }
    if (p.content !== undefined)
      bad('content', `${where} has both schema and content`, 'Keep `schema` and delete `content`.');
    const s = refs.resolve(p.schema, child(r.pointer, 'schema'));
    if (s && isObj(s.value)) checkParamType(file, s.value, s.pointer, loc, where, p.required === true, sink);
    walker.walk(p.schema, child(r.pointer, 'schema'));
    if (p.example !== undefined && p.example !== null)
      walker.checkValue(
        p.example,
        child(r.pointer, 'example'),
        p.schema,
        child(r.pointer, 'schema'),
        'example',
      );
  });
}

function checkParamType(
  file: YamlFile,
  schema: Obj,
  pointer: string,
  loc: string,
  where: string,
  required: boolean,
  sink: Sink,
): void {
  const type = typeof schema.type === 'string' ? schema.type : '';
  const at = file.has(child(pointer, 'type')) ? child(pointer, 'type') : pointer;
  const bad = (message: string, fix: string): void =>
    sink.at(file, at, 'DPR731', `${message}: ${SKIP}`, fix, { part: 'key' });
  if (type === '')
    bad(
      `${where} has a schema without a type`,
      'Add `type:` (string, integer, number, boolean or array) to the parameter schema.',
    );
  else if (type === 'object')
    bad(
      `${where} is an object: Coze only accepts objects in the request body`,
      'Move the object into the requestBody schema, or flatten it into several parameters.',
    );
  else if (type === 'array' && loc === 'path')
    bad(
      `${where} is an array in the path`,
      'Use a string or number path parameter, or move the list into the query.',
    );
  else if (type === 'array' && schema['x-global-disable'] !== true && schema['x-local-disable'] !== true) {
    // ToEinoSchemaParameterInfo skips non-body arrays: the model never fills them in.
    const filled = schema.default !== undefined || typeof schema['x-variable-ref'] === 'string';
    sink.at(
      file,
      at,
      'DPR731',
      required && !filled
        ? `${where} is a required array with no default: Coze never shows non-body arrays to the model, so every call fails (the parameter is required)`
        : `${where} is an array: Coze never shows non-body arrays to the model, so only its default is ever sent`,
      'Send the list in the request body, or accept it as a comma-separated string.',
      { part: 'key', severity: required && !filled ? 'error' : 'warning' },
    );
  }
}
