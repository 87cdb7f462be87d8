import type { YamlFile } from '../yaml/yaml-file.js';
import { child, isObj, type Obj, type Sink, str } from './load.js';
import { checkParameters } from './openapi-params.js';
import { describePointer, type Operation, type Refs } from './openapi-util.js';
import type { SchemaWalker } from './schema-rules.js';

/**
 * Coze's operation rules, `Openapi3Operation.Validate` (crossdomain/plugin/model/openapi.go:109-138,
 * 276-424), and kin-openapi v0.118's parameter rules (parameter.go). Coze validates every operation
 * of the document at load time, so a failure skips the whole plugin.
 */

const SKIP = 'Coze skips the plugin';
const BODY_TYPES = [
  'application/json',
  'application/problem+json',
  'application/x-www-form-urlencoded',
  'application/x-yaml',
  'application/yaml',
];
const AUTH_MODES = ['required', 'supported', 'disabled'];

export function checkOperation(
  file: YamlFile,
  o: Operation,
  refs: Refs,
  walker: SchemaWalker,
  sink: Sink,
): void {
  const label = `${o.method.toUpperCase()} ${o.path}`;
  const at = (k: string): string => child(o.pointer, k);
  for (const [key, why] of [
    ['operationId', 'it is the tool name the model sees'],
    ['summary', 'it is the tool description the model reads'],
  ] as const) {
    if (str(file, at(key), o.op[key]) === '')
      sink.at(
        file,
        file.has(at(key)) ? at(key) : o.pointer,
        'DPR729',
        `${label} has no ${key}: ${SKIP} (${why})`,
        `Add a ${key} to ${label}.`,
        { part: 'key' },
      );
  }
  const mode = o.op['x-auth-mode'];
  if (mode !== undefined && !(typeof mode === 'string' && AUTH_MODES.includes(mode)))
    sink.at(
      file,
      at('x-auth-mode'),
      'DPR734',
      `x-auth-mode of ${label} is not one of ${AUTH_MODES.join(', ')}: Coze treats it as required`,
      `Set x-auth-mode to ${AUTH_MODES.join(', ')}, or remove it.`,
      { severity: 'warning' },
    );
  checkRequestBody(file, o, label, refs, walker, sink);
  checkParameters(file, o, label, refs, walker, sink);
  checkResponses(file, o, label, refs, walker, sink);
}

function checkRequestBody(
  file: YamlFile,
  o: Operation,
  label: string,
  refs: Refs,
  walker: SchemaWalker,
  sink: Sink,
): void {
  if (o.op.requestBody === undefined) return;
  const r = refs.resolve(o.op.requestBody, child(o.pointer, 'requestBody'));
  if (!r) return;
  const bad = (pointer: string, message: string, fix: string): void =>
    sink.at(file, pointer, 'DPR730', `${label} request body: ${message}: ${SKIP}`, fix, { part: 'key' });
  const content = isObj(r.value) ? r.value.content : undefined;
  if (!isObj(content) || Object.keys(content).length === 0) {
    bad(
      r.pointer,
      'no content',
      'Give the request body one `content` entry, application/json with an object schema, or remove it.',
    );
    return;
  }
  const types = Object.keys(content);
  if (types.length !== 1) {
    bad(
      child(r.pointer, 'content'),
      `${types.length} media types (Coze supports exactly one)`,
      'Keep one media type under content, usually application/json.',
    );
    return;
  }
  const type = types[0]!;
  const mp = child(child(r.pointer, 'content'), type);
  if (!BODY_TYPES.includes(type)) {
    bad(
      mp,
      `media type ${type} is not one of ${BODY_TYPES.join(', ')}`,
      'Use application/json (or another media type Coze can encode).',
    );
    return;
  }
  const media = content[type];
  const s =
    isObj(media) && media.schema !== undefined ? refs.resolve(media.schema, child(mp, 'schema')) : undefined;
  if (!isObj(media) || media.schema === undefined) {
    bad(mp, 'no schema', 'Add `schema: {type: object, properties: …}` to the media type.');
    return;
  }
  if (!s) return;
  if (!isObj(s.value) || s.value.type !== 'object')
    bad(
      isObj(s.value) && s.value.type !== undefined ? child(s.pointer, 'type') : s.pointer,
      'the schema is not `type: object` (body fields are the properties of one object)',
      'Set the body schema to `type: object` and describe each field under properties.',
    );
  else checkBodyTypes(file, refs, s.value, s.pointer, label, sink, 0);
  walker.walk(media.schema, child(mp, 'schema'));
}

const MODEL_TYPES = ['string', 'integer', 'number', 'boolean', 'object', 'array'];

/** `ToEinoSchemaParameterInfo` (openapi.go:160-208) fails on a body field of any other type. */
function checkBodyTypes(
  file: YamlFile,
  refs: Refs,
  value: unknown,
  pointer: string,
  label: string,
  sink: Sink,
  depth: number,
): void {
  const r = refs.resolve(value, pointer);
  if (!r || !isObj(r.value) || depth > 32) return;
  const s = r.value;
  if (s['x-global-disable'] === true || s['x-local-disable'] === true) return;
  const type = typeof s.type === 'string' ? s.type : '';
  if (depth > 0 && !MODEL_TYPES.includes(type)) {
    sink.at(
      file,
      file.has(child(r.pointer, 'type')) ? child(r.pointer, 'type') : r.pointer,
      'DPR730',
      `${label} request body field ${describePointer(r.pointer)} has ${type === '' ? 'no type' : `type ${type}`}: Coze cannot describe the tool to the model (unsupported json type) and the tool fails`,
      'Give every body field a type: string, integer, number, boolean, object or array.',
      { part: 'key' },
    );
    return;
  }
  if (type === 'object' && isObj(s.properties))
    for (const [k, v] of Object.entries(s.properties))
      checkBodyTypes(file, refs, v, child(child(r.pointer, 'properties'), k), label, sink, depth + 1);
  if (type === 'array' && s.items !== undefined)
    checkBodyTypes(file, refs, s.items, child(r.pointer, 'items'), label, sink, depth + 1);
}

function checkResponses(
  file: YamlFile,
  o: Operation,
  label: string,
  refs: Refs,
  walker: SchemaWalker,
  sink: Sink,
): void {
  const responses = o.op.responses;
  if (!isObj(responses) || Object.keys(responses).length === 0) return; // the OpenAPI schema reports it
  const rp = child(o.pointer, 'responses');
  const bad = (pointer: string, message: string, fix: string): void =>
    sink.at(file, pointer, 'DPR732', `${label} response: ${message}: ${SKIP}`, fix, { part: 'key' });
  const codes = Object.keys(responses).filter((k) => !k.startsWith('x-'));
  for (const code of codes) {
    const r = refs.resolve(responses[code], child(rp, code));
    if (r && isObj(r.value) && isObj(r.value.content)) {
      for (const [type, media] of Object.entries(r.value.content))
        if (isObj(media) && media.schema !== undefined)
          walker.walk(media.schema, child(child(child(r.pointer, 'content'), type), 'schema'));
    }
  }
  const extra = codes.filter((c) => c !== '200' && c !== 'default');
  if (codes.length > 2 || extra.length > 0 || !codes.includes('200')) {
    const at = extra.length > 0 ? child(rp, extra[0]!) : rp;
    bad(
      at,
      `Coze supports only "200" (plus an optional default), found ${codes.map((c) => `"${c}"`).join(', ')}`,
      'Describe the success response under "200" and any error response under `default`.',
    );
    return;
  }
  const r = refs.resolve(responses['200'], child(rp, '200'));
  if (!r || !isObj(r.value)) return;
  const content = r.value.content;
  const types = isObj(content) ? Object.keys(content) : [];
  if (types.length !== 1 || types[0] !== 'application/json') {
    bad(
      isObj(content) ? child(r.pointer, 'content') : r.pointer,
      `"200" must have exactly one media type, application/json (found ${types.length === 0 ? 'none' : types.join(', ')})`,
      'Give the "200" response one `content` entry, application/json with an object schema.',
    );
    return;
  }
  const media = (content as Obj)['application/json'];
  const mp = child(child(r.pointer, 'content'), 'application/json');
  if (!isObj(media) || media.schema === undefined) {
    bad(mp, 'the application/json content has no schema', 'Add `schema: {type: object, properties: …}`.');
    return;
  }
  const s = refs.resolve(media.schema, child(mp, 'schema'));
  if (s && (!isObj(s.value) || s.value.type !== 'object'))
    bad(
      isObj(s.value) && s.value.type !== undefined ? child(s.pointer, 'type') : s.pointer,
      'the "200" schema is not `type: object`',
      'Wrap the response in `type: object` with its fields under properties.',
    );
}
