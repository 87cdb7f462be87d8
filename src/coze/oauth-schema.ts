import path from 'node:path';
import { finding } from '../core/codes.js';
import { LIMITS } from '../core/limits.js';
import { FileReadError, readRegularText, refusalFix } from '../io/read.js';
import { YamlFile } from '../yaml/yaml-file.js';
import { child, isObj, type Sink } from './load.js';

/**
 * `common/oauth_schema.json`, next to `pluginproduct/` (backend/domain/plugin/conf/config.go
 * `loadOAuthSchema`): Coze refuses to start when it is missing or not JSON, and otherwise returns
 * it verbatim to the UI as the OAuth form (application/plugin/auth.go `GetOAuthSchema`).
 */

/** Where the file sits relative to the directory holding plugin_meta.yaml. */
export const OAUTH_SCHEMA = '../common/oauth_schema.json';

/** The keys of an OAuth plugin's `auth.payload` (plugin_manifest.go), which the schema file describes. */
export const OAUTH_PAYLOAD_KEYS = [
  'client_id',
  'client_secret',
  'client_url',
  'scope',
  'authorization_url',
  'authorization_content_type',
];

export function checkOauthSchema(dir: string, sink: Sink): void {
  let text: string;
  try {
    text = readRegularText(path.join(dir, OAUTH_SCHEMA), {
      maxBytes: LIMITS.maxYamlBytes,
      label: OAUTH_SCHEMA,
    });
  } catch (error) {
    if (error instanceof FileReadError && (error.reason === 'not-a-file' || error.reason === 'too-large')) {
      sink.atFile(OAUTH_SCHEMA, 'DPR739', error.message, refusalFix(error, 'the configuration'));
      return;
    }
    sink.atFile(
      OAUTH_SCHEMA,
      'DPR739',
      `${OAUTH_SCHEMA} is missing: Coze Studio refuses to start without it`,
      'Add common/oauth_schema.json beside pluginproduct/, the OAuth form descriptors as a JSON array.',
    );
    return;
  }
  const offset = jsonErrorOffset(text);
  const file = new YamlFile(OAUTH_SCHEMA, text);
  if (offset !== undefined) {
    sink.add(
      finding('DPR739', `${OAUTH_SCHEMA} is not valid JSON: Coze Studio refuses to start (invalid json)`, {
        file: OAUTH_SCHEMA,
        ...file.location(offset),
        fix: 'Correct the JSON syntax at this position (a trailing comma, a missing quote or bracket, a byte-order mark).',
      }),
    );
    return;
  }
  const root = file.value;
  const warn = (pointer: string, message: string, fix: string): void =>
    sink.at(file, pointer, 'DPR740', message, fix, { part: 'key' });
  if (!Array.isArray(root)) {
    warn(
      '',
      'oauth_schema.json is not a JSON array of OAuth form descriptors: the plugin editor shows no OAuth form',
      'Write the file as an array of {key, value, label, items} objects.',
    );
    return;
  }
  const keys = new Set<string>();
  root.forEach((entry, i) => {
    const at = child('', i);
    if (!isObj(entry)) {
      warn(at, `entry ${i} is not an object`, 'Make each entry an object with key, value, label and items.');
      return;
    }
    for (const k of ['key', 'label'])
      if (typeof entry[k] !== 'string')
        warn(
          isObj(entry) && k in entry ? child(at, k) : at,
          `entry ${i} has no text \`${k}\``,
          `Add \`"${k}"\` as a string.`,
        );
    if (typeof entry.value !== 'number')
      warn(
        entry.value === undefined ? at : child(at, 'value'),
        `entry ${i} has no numeric \`value\` (the OAuth sub-type, 4 for authorization code)`,
        'Set `"value": 4` for the authorization-code form.',
      );
    if (!Array.isArray(entry.items)) {
      warn(
        entry.items === undefined ? at : child(at, 'items'),
        `entry ${i} has no \`items\` list of form fields`,
        'Add `"items"`, one {key, type, required} object per OAuth field.',
      );
      return;
    }
    entry.items.forEach((item, j) => {
      const ip = child(child(at, 'items'), j);
      if (!isObj(item) || typeof item.key !== 'string' || typeof item.type !== 'string') {
        warn(
          ip,
          `form field ${j} of entry ${i} needs a text \`key\` and \`type\``,
          'Give each form field a "key" (the payload key) and a "type" (text or url).',
        );
        return;
      }
      keys.add(item.key);
      if (!OAUTH_PAYLOAD_KEYS.includes(item.key))
        warn(
          child(ip, 'key'),
          `form field \`${item.key}\` is not an OAuth payload key Coze reads (${OAUTH_PAYLOAD_KEYS.join(', ')})`,
          'Use one of the OAuth payload keys, or remove the field.',
        );
    });
  });
  const absent = OAUTH_PAYLOAD_KEYS.filter((k) => !keys.has(k));
  if (root.length > 0 && absent.length > 0)
    warn(
      '',
      `the OAuth form has no field for ${absent.join(', ')}: users cannot enter them`,
      `Add form fields for ${absent.join(', ')}.`,
    );
}

/** Offset of the first JSON syntax error, or `undefined` for valid JSON (RFC 8259). */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const value = (depth: number): void => {
    ws();
    if (depth > 512) fail();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) return void i++;
      for (;;) {
        if (c === '{') {
          ws();
          if (text[i] !== '"') fail();
          string();
          ws();
          if (text[i] !== ':') fail();
          i++;
        }
        value(depth + 1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === close) return void i++;
        else fail();
      }
    }
    if (c === '"') {
      string();
      return;
    }
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  const string = (): void => {
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined || c < ' ') fail();
      if (c === '"') return void i++;
      if (c === '\\') {
        const m = /^\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.exec(text.slice(i, i + 6));
        if (!m) fail();
        i += m![0].length;
      } else i++;
    }
  };
  try {
    value(0);
    ws();
    return i < text.length ? i : undefined;
  } catch (at) {
    return typeof at === 'number' ? at : 0;
  }
}
