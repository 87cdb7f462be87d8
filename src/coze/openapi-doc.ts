import type { YamlFile } from '../yaml/yaml-file.js';
import { child, isObj, kindOf, type Obj, type Sink, str } from './load.js';
import { checkOperation } from './openapi-ops.js';
import { checkOpenapiSchema } from './openapi-schema.js';
import { type Operation, operationsOf, Refs } from './openapi-util.js';
import { SchemaWalker } from './schema-rules.js';

/**
 * Document-level rules: Coze's `Openapi3T.Validate` (crossdomain/plugin/model/openapi.go:39-88) on
 * top of kin-openapi v0.118 `T.Validate` (openapi3.go, paths.go), plus the official OpenAPI 3.0
 * schema. Coze validates the whole document, so any failure here skips the whole plugin.
 */

export interface CheckedDoc {
  file: YamlFile;
  operations: Operation[];
  /** `servers[0].url` when it is usable, for --probe-servers. */
  serverUrl?: string;
}

const SKIP = 'Coze skips the plugin';

export function checkOpenapiDoc(file: YamlFile, sink: Sink): CheckedDoc {
  const doc = file.value;
  if (!isObj(doc)) {
    sink.at(
      file,
      '',
      'DPR720',
      `the OpenAPI document is ${kindOf(doc)}, not a mapping: ${SKIP}`,
      'Write the document as a YAML mapping with openapi, info, servers and paths.',
    );
    return { file, operations: [] };
  }
  const version = doc.openapi;
  if (typeof version !== 'string' || !/^3\.0\.\d+(-.+)?$/.test(version)) {
    const shown = version === undefined ? 'missing' : `\`${str(file, '/openapi', version)}\``;
    sink.at(
      file,
      file.has('/openapi') ? '/openapi' : '',
      'DPR721',
      `openapi version is ${shown}: Coze reads documents with kin-openapi 0.118 as OpenAPI 3.0 (its own plugins use 3.0.1)`,
      'Set `openapi: 3.0.1` (quoted or not) and write the document in OpenAPI 3.0.',
      { part: 'key' },
    );
  } else {
    checkOpenapiSchema(file, sink);
  }
  const refs = new Refs(file, doc);
  refs.checkAll(sink);
  checkInfo(file, doc, sink);
  const serverUrl = checkServers(file, doc, sink);
  const operations = operationsOf(doc);
  checkPaths(file, doc, operations, refs, sink);
  const walker = new SchemaWalker(file, refs, sink);
  for (const op of operations) checkOperation(file, op, refs, walker, sink);
  const components = doc.components;
  if (isObj(components) && isObj(components.schemas)) {
    for (const [name, schema] of Object.entries(components.schemas))
      walker.walk(schema, child('/components/schemas', name));
  }
  return { file, operations, ...(serverUrl ? { serverUrl } : {}) };
}

function checkInfo(file: YamlFile, doc: Obj, sink: Sink): void {
  if (!isObj(doc.info)) return; // the OpenAPI schema reports a missing info
  for (const key of ['title', 'description']) {
    if (str(file, `/info/${key}`, doc.info[key]) === '')
      sink.at(
        file,
        file.has(`/info/${key}`) ? `/info/${key}` : '/info',
        'DPR723',
        `info.${key} is missing or empty: ${SKIP} (the ${key} of info is required)`,
        `Fill in info.${key}: Coze shows it for the plugin.`,
        { part: 'key' },
      );
  }
}

function checkServers(file: YamlFile, doc: Obj, sink: Sink): string | undefined {
  const servers = doc.servers;
  const count = Array.isArray(servers) ? servers.length : 0;
  if (count !== 1) {
    sink.at(
      file,
      file.has('/servers') ? '/servers' : '',
      'DPR724',
      `${count === 0 ? 'no server is declared' : `${count} servers are declared`}: Coze requires exactly one and skips the plugin`,
      "Declare exactly one entry under `servers:` with the API's base URL.",
      { part: 'key' },
    );
    if (count === 0) return undefined;
  }
  const first = (servers as unknown[])[0];
  const url = isObj(first) ? str(file, '/servers/0/url', first.url) : '';
  const at = file.has('/servers/0/url') ? '/servers/0/url' : '/servers/0';
  const bad = (message: string, fix: string, severity?: 'warning'): void =>
    sink.at(file, at, 'DPR725', message, fix, severity ? { severity } : {});
  if (url === '') {
    bad(
      `servers[0].url is empty: ${SKIP}`,
      "Set servers[0].url to the API's base URL, e.g. https://api.example.com.",
    );
    return;
  }
  if (url.length > 512) {
    bad(
      `server URL is ${url.length} characters long: Coze allows at most 512 and skips the plugin`,
      'Shorten the server URL to 512 characters or fewer.',
    );
    return;
  }
  if (/[{}]/.test(url)) {
    bad(
      `server URL \`${url}\` has a template variable: Coze calls the URL as written and never substitutes server variables`,
      'Write the server URL with its variables filled in.',
    );
    return;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    bad(
      `server URL \`${url}\` is not an absolute URL with a host: ${SKIP}`,
      'Write the server URL with scheme and host, e.g. https://api.example.com/v1.',
    );
    return;
  }
  if (parsed.host === '') {
    bad(
      `server URL \`${url}\` has no host: ${SKIP}`,
      'Write the server URL with scheme and host, e.g. https://api.example.com/v1.',
    );
    return;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    bad(
      `server URL \`${url}\` uses ${parsed.protocol.replace(/:$/, '')}: Coze calls tools over HTTP`,
      'Use an http:// or https:// server URL.',
      'warning',
    );
    return undefined;
  }
  return url;
}

/** `{name}` variables of a path template, and its shape with the names removed. */
function templateOf(p: string): { vars: string[]; shape: string } {
  const vars: string[] = [];
  const shape = p.replace(/\{([^}]*)\}/g, (_m, name: string) => {
    vars.push(name);
    return '{}';
  });
  return { vars, shape };
}

function checkPaths(file: YamlFile, doc: Obj, operations: Operation[], refs: Refs, sink: Sink): void {
  if (!isObj(doc.paths)) return;
  const shapes = new Map<string, string>();
  for (const [p, item] of Object.entries(doc.paths)) {
    const { shape } = templateOf(p);
    const other = shapes.get(shape);
    if (other !== undefined && shape.includes('{}'))
      sink.at(
        file,
        child('/paths', p),
        'DPR727',
        `path \`${p}\` conflicts with \`${other}\`: both match the same URLs (kin-openapi 0.118 misses this, the OpenAPI specification forbids it)`,
        'Merge the two paths, or make their literal parts differ.',
        { part: 'key' },
      );
    shapes.set(shape, p);
    if (isObj(item) && Array.isArray(item.parameters) && item.parameters.length > 0)
      sink.at(
        file,
        child(child('/paths', p), 'parameters'),
        'DPR731',
        `path \`${p}\` declares parameters at path level: Coze reads only each operation's own parameters, so these are never sent`,
        "Move the parameters into each operation's `parameters` list.",
        { part: 'key' },
      );
  }
  const ids = new Map<string, Operation>();
  for (const op of operations) {
    const { vars } = templateOf(op.path);
    const declared = new Map<string, string>();
    const params = Array.isArray(op.op.parameters) ? op.op.parameters : [];
    params.forEach((raw, i) => {
      const r = refs.resolve(raw, child(child(op.pointer, 'parameters'), i));
      if (r && isObj(r.value) && r.value.in === 'path' && typeof r.value.name === 'string')
        declared.set(r.value.name, r.pointer);
    });
    const label = `${op.method.toUpperCase()} ${op.path}`;
    for (const v of vars) {
      if (!declared.has(v))
        sink.at(
          file,
          op.pointer,
          'DPR726',
          `${label} has no path parameter \`${v}\` for its template: ${vars.length === declared.size ? 'Coze calls the URL with the braces left in' : SKIP}`,
          `Add a parameter with \`name: ${v}\`, \`in: path\` and \`required: true\`.`,
          { part: 'key' },
        );
    }
    for (const [name, at] of declared) {
      if (!vars.includes(name))
        sink.at(
          file,
          child(at, 'name'),
          'DPR726',
          `path parameter \`${name}\` of ${label} is not in the path template: ${vars.length === declared.size ? 'Coze never substitutes it' : SKIP}`,
          `Write {${name}} into the path, or change the parameter's \`in\`.`,
        );
    }
    const id = op.op.operationId;
    if (typeof id === 'string' && id !== '') {
      const first = ids.get(id);
      if (first)
        sink.at(
          file,
          child(op.pointer, 'operationId'),
          'DPR728',
          `operationId \`${id}\` is also used by ${first.method.toUpperCase()} ${first.path}: ${SKIP}`,
          'Give every operation its own operationId (it is the tool name the model sees).',
        );
      else ids.set(id, op);
    }
  }
}
