import type { YamlFile } from '../yaml/yaml-file.js';
import { child, isObj, kindOf, type Obj, type Sink, str } from './load.js';
import { OAUTH_PAYLOAD_KEYS } from './oauth-schema.js';

/**
 * `manifest.auth` and its JSON payload (crossdomain/plugin/model/plugin_manifest.go:142-323).
 * Coze validates built-in plugins with skipAuthPayload=true, so only the decoding is fatal there;
 * the deploy-time rules are reported as warnings, and empty secrets (left empty on purpose in the
 * repository, filled in per deployment) as notices.
 */

const AUTH_TYPES = ['none', 'oauth', 'service_http'];
const SUB_TYPE_OF: Record<string, string> = { service_http: 'token/api_key', oauth: 'authorization_code' };
const SERVICE_KEYS = ['key', 'service_token', 'location'];
const OAUTH_KEYS = OAUTH_PAYLOAD_KEYS;

export function checkAuth(file: YamlFile, manifestPointer: string, manifest: Obj, sink: Sink): void {
  const pointer = child(manifestPointer, 'auth');
  const auth = manifest.auth;
  if (!isObj(auth)) {
    sink.at(
      file,
      auth === undefined ? manifestPointer : pointer,
      'DPR704',
      'manifest.auth is missing: Coze Studio dereferences it unchecked and crashes while loading plugins',
      'Add `auth:` with `type: none` (or the service_http/oauth block the API needs).',
      { part: 'key' },
    );
    return;
  }
  const type = str(file, child(pointer, 'type'), auth.type);
  if (type === '') {
    sink.at(
      file,
      pointer,
      'DPR704',
      'auth.type is missing: Coze skips this plugin (auth type is required)',
      'Set auth.type to none, service_http or oauth.',
      { part: 'key' },
    );
    return;
  }
  if (!AUTH_TYPES.includes(type)) {
    sink.at(
      file,
      child(pointer, 'type'),
      'DPR705',
      `auth.type \`${type}\` is not one of ${AUTH_TYPES.join(', ')}: Coze skips this plugin`,
      'Set auth.type to none, service_http or oauth.',
    );
    return;
  }
  if (type === 'none') return;
  const subType = str(file, child(pointer, 'sub_type'), auth.sub_type);
  const wanted = SUB_TYPE_OF[type]!;
  if (subType === '') {
    sink.at(
      file,
      pointer,
      'DPR704',
      `auth.sub_type is missing: Coze skips this plugin (sub-auth type is required)`,
      `Add \`sub_type: ${wanted}\`.`,
      { part: 'key' },
    );
    return;
  }
  if (subType !== wanted) {
    const note = subType === 'client_credentials' ? ' (client_credentials is disabled in Coze Studio)' : '';
    sink.at(
      file,
      child(pointer, 'sub_type'),
      'DPR705',
      `auth.sub_type \`${subType}\` does not go with type ${type}${note}: Coze skips this plugin or applies the wrong credentials`,
      `Set sub_type to ${wanted}.`,
    );
    return;
  }
  checkPayload(file, child(pointer, 'payload'), auth.payload, type, sink);
}

function checkPayload(file: YamlFile, pointer: string, raw: unknown, type: string, sink: Sink): void {
  const text = str(file, pointer, raw);
  const keys = type === 'oauth' ? OAUTH_KEYS : SERVICE_KEYS;
  const fixShape = `Write payload as a JSON object string with ${keys.map((k) => `"${k}"`).join(', ')}.`;
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    const missing = !file.has(pointer);
    sink.at(
      file,
      missing ? pointer.slice(0, pointer.lastIndexOf('/')) : pointer,
      'DPR711',
      text === ''
        ? `auth.payload is missing: Coze cannot decode the ${type} credentials and skips this plugin`
        : 'auth.payload is not valid JSON: Coze skips this plugin (invalid auth payload)',
      fixShape,
      { part: missing ? 'key' : 'value' },
    );
    return;
  }
  if (!isObj(payload)) {
    sink.at(
      file,
      pointer,
      'DPR711',
      `auth.payload is ${kindOf(payload)}, not a JSON object: Coze cannot read the ${type} credentials`,
      fixShape,
    );
    return;
  }
  for (const [k, v] of Object.entries(payload)) {
    if (!keys.includes(k)) {
      sink.at(
        file,
        pointer,
        'DPR703',
        `auth.payload has unknown key "${k}": Coze ignores it (known: ${keys.join(', ')})`,
        `Remove "${k}" from the payload or correct its spelling.`,
      );
    } else if (typeof v !== 'string' && v !== null) {
      sink.at(
        file,
        pointer,
        'DPR711',
        `auth.payload "${k}" is ${kindOf(v)}, not a string: Coze cannot decode the payload and skips this plugin`,
        `Quote the value of "${k}" as a JSON string.`,
      );
      return;
    }
  }
  const get = (k: string): string => (typeof payload[k] === 'string' ? (payload[k] as string) : '');
  const warn = (message: string, fix: string): void => sink.at(file, pointer, 'DPR712', message, fix);
  const secret = (k: string): void => {
    if (get(k) === '')
      sink.at(
        file,
        pointer,
        'DPR712',
        `auth.payload "${k}" is empty: fill it in for each deployment, or calls fail`,
        `Set "${k}" in the deployed copy of plugin_meta.yaml.`,
        { severity: 'notice' },
      );
  };
  if (type === 'service_http') {
    secret('service_token');
    if (get('key') === '')
      warn(
        'auth.payload "key" is empty: Coze does not know which header or query parameter carries the token',
        'Set "key" to the header or query parameter name, e.g. "Authorization".',
      );
    const loc = get('location');
    if (!['header', 'query'].includes(loc.toLowerCase()))
      warn(
        `auth.payload "location" \`${loc}\` is not Header or Query: Coze rejects it once the token is filled in`,
        'Set "location" to "Header" or "Query".',
      );
    return;
  }
  secret('client_id');
  secret('client_secret');
  if (get('authorization_content_type') !== 'application/json')
    warn(
      'auth.payload "authorization_content_type" must be "application/json" for Coze\'s OAuth flow',
      'Set "authorization_content_type" to "application/json".',
    );
  for (const k of ['authorization_url', 'client_url']) {
    const problem = httpsProblem(get(k));
    if (problem)
      warn(
        `auth.payload "${k}" ${problem}: Coze rejects it once the client id and secret are filled in`,
        `Set "${k}" to the provider's https:// URL.`,
      );
  }
}

function httpsProblem(value: string): string | undefined {
  if (value === '') return 'is empty';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `\`${value}\` is not a URL`;
  }
  if (url.hostname === '') return `\`${value}\` has no host`;
  return url.protocol === 'https:' ? undefined : `\`${value}\` does not use https`;
}
