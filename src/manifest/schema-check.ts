import type { ErrorObject } from 'ajv';
import { CODES, type Code, finding } from '../core/codes.js';
import type { Finding, Severity } from '../core/finding.js';
import { pythonStr, pyyamlPlain } from '../yaml/pyyaml.js';
import { escapePointer, getAt, pointerToPath, type YamlFile } from '../yaml/yaml-file.js';
import { resolve } from './annotate.js';
import { MAX_REPEATED, moreFinding } from './cap-findings.js';
import { localeRules } from './rules/locale-rules.js';
import { type SchemaId, schemaDocument, validateWithSlots } from './schemas.js';

type Schema = Record<string, unknown>;

/**
 * Validate a parsed YAML file against one of our JSON Schemas and turn every violation into a
 * finding at the exact line and column, graded and coded by the schema's `x-dpr-*` annotations.
 */

export function checkSchema(file: YamlFile, id: SchemaId): Finding[] {
  const data = file.goValue();
  const { fn, slots } = validateWithSlots(id, data, file.value);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const misplaced = misplacedInI18n(file, slots.i18n);
  findings.push(...misplaced.findings);
  // A schema rule broken once per item of a huge list (60,000 unknown tags): converted for the
  // first items only, the rest counted (see cap-findings.ts), as making each finding is the cost.
  const perRule = new Map<string, { n: number; last?: Finding; skipped: number }>();
  for (const error of fn.errors ?? []) {
    if (misplaced.covers(error)) continue;
    const rule = perRule.get(error.schemaPath) ?? { n: 0, skipped: 0 };
    perRule.set(error.schemaPath, rule);
    if (rule.n >= MAX_REPEATED && rule.last) {
      rule.skipped++;
      continue;
    }
    const f = toFinding(file, error, id);
    if (!f) continue;
    const key = `${f.code}|${f.line}|${f.column}|${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(f);
    rule.n++;
    rule.last = f;
  }
  for (const rule of perRule.values())
    if (rule.skipped > 0 && rule.last) findings.push(moreFinding(rule.last, rule.skipped));
  findings.push(...unquotedScalars(file, slots.strings));
  findings.push(...localeRules(file, slots.i18n));
  findings.push(...duplicateKeys(file, id));
  return findings;
}

/**
 * Limits the daemon writes as struct tags on provider declarations (`lte=32` credential fields,
 * `lt=1024` texts…): only remote debugging validates them (the decoder at upload and install does
 * not, and pydantic has no such limits). The manifest's limits are enforced by the CLI's packager.
 */
const STRUCT_TAG_LIMITS = new Set(['maxLength', 'maxItems', 'maximum', 'exclusiveMaximum']);

function toFinding(file: YamlFile, error: ErrorObject, id: SchemaId): Finding | undefined {
  if (id !== 'manifest.schema.json' && STRUCT_TAG_LIMITS.has(error.keyword)) {
    const f = toFindingAt(file, error);
    if (!f) return undefined;
    return {
      ...f,
      severity: 'warning',
      message: `${f.message}: remote debugging refuses this (a struct tag of the daemon), an installed package is accepted`,
      fix: 'Stay within the limit if you debug the plugin remotely; installing the package is not affected.',
    };
  }
  return toFindingAt(file, error);
}

function toFindingAt(file: YamlFile, error: ErrorObject): Finding | undefined {
  const parent = (error.parentSchema ?? {}) as Schema;
  const pointer = error.instancePath;
  const where = pointerToPath(pointer);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'if':
    case 'anyOf':
    case 'oneOf':
      return undefined; // the branch errors say what is wrong; the summary says nothing more
    case 'required': {
      const missing = String(params.missingProperty);
      const property = ((parent.properties as Schema | undefined)?.[missing] ?? {}) as Schema;
      const inside = pointer === '' ? '' : ` in ${where}`;
      // The object's own grading (e.g. an i18n object only the daemon reads) applies to its missing fields.
      const graded = {
        'x-dpr-severity': parent['x-dpr-severity'],
        'x-dpr-layer': parent['x-dpr-layer'],
        ...property,
      };
      return make(file, 'DPR101', `missing required field "${missing}"${inside}`, pointer, 'key', graded, {
        fix: property['x-dpr-fix'] as string | undefined,
      });
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const child = `${pointer}/${escapePointer(key)}`;
      const known = Object.keys((parent.properties as Schema | undefined) ?? {});
      const guess = closest(key, known);
      const inside = pointer === '' ? 'at the top level' : `in ${where}`;
      return make(
        file,
        'DPR106',
        `unknown key "${key}" ${inside}; Dify ignores it`,
        child,
        'key',
        {},
        {
          fix: guess
            ? `Did you mean "${guess}"?`
            : `Remove it, or check the spelling against: ${known.join(', ')}.`,
        },
      );
    }
  }
  const actual = getAt(file.value, pointer);
  // What was written: an unquoted `version: 1.0` is the number 1 once parsed, but the user wrote 1.0.
  const written = file.plainText.get(pointer);
  const shown = written !== undefined && typeof actual !== 'string' ? written : show(actual);
  let code: Code = 'DPR107';
  let message: string;
  switch (error.keyword) {
    case 'type':
      code = 'DPR102';
      message = `${where} must be ${typeName(String(params.type))}, not ${describe(actual)}`;
      break;
    case 'enum': {
      code = 'DPR103';
      const allowed = (params.allowedValues as unknown[]).map(String);
      const guess = typeof actual === 'string' ? closest(actual, allowed) : undefined;
      message = guess
        ? `${where} is ${shown}: did you mean "${guess}"? (one of: ${listOf(allowed)})`
        : `${where} is ${shown}, which is not one of: ${listOf(allowed)}`;
      if (guess && !parent['x-dpr-fix']) {
        return make(file, code, message, pointer, 'value', parent, { fix: `Write "${guess}".` });
      }
      break;
    }
    case 'const':
      code = 'DPR103';
      message = `${where} is ${shown}; it must be ${show(params.allowedValue)}`;
      break;
    case 'not':
      code = 'DPR105';
      message = `${where} must not be ${shown}`;
      break;
    case 'pattern': {
      code = 'DPR104';
      message = `${where} is ${shown}, which does not match ${params.pattern}`;
      const text = written ?? (typeof actual === 'string' ? actual : undefined);
      if (parent['x-dpr-code'] === 'DPR110' && text !== undefined && /^\d{1,4}(\.\d{1,4}){0,1}$/.test(text)) {
        const padded = [...text.split('.'), '0', '0'].slice(0, 3).join('.');
        return make(
          file,
          code,
          `${where} is ${text}: a plugin version has three parts`,
          pointer,
          'value',
          parent,
          {
            fix: `Write \`version: ${padded}\` (MAJOR.MINOR.PATCH).`,
          },
        );
      }
      break;
    }
    case 'format':
      code = 'DPR104';
      message = `${where} ${shown} is not a valid ${params.format}`;
      break;
    case 'minLength':
      code = params.limit === 1 ? 'DPR101' : 'DPR105';
      message =
        params.limit === 1
          ? `${where} must not be empty`
          : `${where} must have at least ${params.limit} characters`;
      break;
    case 'maxLength':
      code = 'DPR105';
      message = `${where} has ${String(actual).length} characters; the limit is ${params.limit}`;
      break;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      code = 'DPR105';
      message = `${where} is ${shown}; it must be ${params.comparison} ${params.limit}`;
      break;
    case 'minItems':
      code = 'DPR105';
      message =
        params.limit === 1 ? `${where} must not be empty` : `${where} needs at least ${params.limit} items`;
      break;
    case 'maxItems':
      code = 'DPR105';
      message = `${where} has ${(actual as unknown[]).length} items; the limit is ${params.limit}`;
      break;
    default:
      message = `${where} ${error.message ?? 'is invalid'}`;
  }
  return make(file, code, message, pointer, 'value', parent, {
    fix: parent['x-dpr-fix'] as string | undefined,
  });
}

function make(
  file: YamlFile,
  fallback: Code,
  message: string,
  pointer: string,
  part: 'key' | 'value',
  schema: Schema,
  extra: { fix?: string },
): Finding {
  const annotated = schema['x-dpr-code'] as Code | undefined;
  const code = annotated && annotated in CODES ? annotated : fallback;
  const severity = schema['x-dpr-severity'] as Severity | undefined;
  const remote = schema['x-dpr-layer'] === 'remote-debug';
  return finding(
    code,
    remote ? `${message}: only remote debugging refuses this (the SDK does not read it)` : message,
    {
      ...file.locate(pointer, part),
      severity,
      fix: extra.fix,
    },
  );
}

/**
 * A mapping or a list where a locale string belongs (`help: {text: {en_US: …}}`, or `placeholder:`
 * indented under `label:`). Go's yaml.v3 and pydantic ignore unknown keys of an i18n object, so this
 * is no type error: one warning says what Dify will show instead, and the schema's complaint about
 * the misplaced key is folded in (a missing `en_US` stays what the layer reading it makes of it).
 */
function misplacedInI18n(
  file: YamlFile,
  i18n: ReadonlyMap<string, unknown>,
): { findings: Finding[]; covers: (error: ErrorObject) => boolean } {
  const findings: Finding[] = [];
  const covered = new Set<string>();
  for (const pointer of i18n.keys()) {
    const value = getAt(file.value, pointer);
    if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
    const entries = Object.entries(value as Record<string, unknown>);
    const nested = entries.filter(([, v]) => v !== null && typeof v === 'object');
    if (nested.length === 0) continue;
    const keys = nested.map(([k]) => k);
    for (const k of keys) covered.add(`${pointer}/${escapePointer(k)}`);
    const en = (value as Record<string, unknown>).en_US;
    const shown =
      typeof en === 'string' && en !== ''
        ? `shows "${en.length > 60 ? `${en.slice(0, 57)}...` : en}"`
        : 'shows no text here (nothing is left in it)';
    const where = pointerToPath(pointer);
    const names = keys.map((k) => `\`${k}:\``).join(', ');
    findings.push(
      finding(
        'DPR106',
        `${where} holds ${names} (${nested.length === 1 ? 'a mapping' : 'mappings'}) where only locale strings belong: the daemon and the SDK ignore ${nested.length === 1 ? 'it' : 'them'}, and Dify ${shown}`,
        {
          ...file.locate(`${pointer}/${escapePointer(keys[0]!)}`, 'key'),
          fix: `Move ${names} out of ${where.split('.').pop()} (it is indented one level too deep, or wraps the locales in an extra key).`,
        },
      ),
    );
  }
  return {
    findings,
    covers(error) {
      const p = error.instancePath;
      for (const c of covered) if (p === c || p.startsWith(`${c}/`)) return true;
      if (error.keyword === 'additionalProperties') {
        const child = `${p}/${escapePointer(String((error.params as { additionalProperty?: string }).additionalProperty))}`;
        if (covered.has(child)) return true;
      }
      return false;
    },
  };
}

/**
 * DPR007: the SDK re-reads the YAML with PyYAML (YAML 1.1) at start-up. `version: 3.10` is "3.10" to
 * the daemon but the float 3.1 to PyYAML; `en_US: No` is False. Reported only where our schema says
 * Python expects a string: strictly (pydantic refuses a non-string) or where the SDK applies str().
 */
function unquotedScalars(file: YamlFile, strings: ReadonlyMap<string, true | 'coerce'>): Finding[] {
  const out: Finding[] = [];
  for (const [pointer, mode] of strings) {
    const text = file.plainText.get(pointer);
    if (text === undefined) continue;
    const py = pyyamlPlain(text);
    if (py.type === 'str' || py.type === 'NoneType') continue;
    const str = pythonStr(py);
    if (mode === 'coerce' && str === text) continue;
    const reading =
      mode === 'coerce' ? `the SDK turns it into "${str}"` : `the SDK expects a string and gets a ${py.type}`;
    out.push(
      finding(
        'DPR007',
        `${pointerToPath(pointer)}: unquoted ${text} is read by PyYAML as ${py.type} ${str}; ${reading}`,
        {
          ...file.locate(pointer),
          fix: `Quote it: "${text}".`,
        },
      ),
    );
  }
  return out;
}

/**
 * Duplicate keys: yaml.v3 refuses them in every mapping the daemon decodes (a struct or a map it
 * knows); under keys it ignores, nothing reads them and the last value silently wins for PyYAML.
 */
function duplicateKeys(file: YamlFile, id: SchemaId): Finding[] {
  return file.duplicates.map((d) => {
    const decoded = isDecodedPath(id, d.parent);
    const where = d.parent === '' ? 'at the top level' : `in ${pointerToPath(d.parent)}`;
    return finding(
      decoded ? 'DPR003' : 'DPR002',
      `key "${d.key}" appears twice ${where} (first on line ${d.first.line})${
        decoded ? '; the daemon refuses the file' : '; the last value wins'
      }`,
      { ...d.second, fix: 'Keep one of the two entries.' },
    );
  });
}

/** Whether the daemon decodes the value at this pointer, i.e. every step is a field it knows. */
export function isDecodedPath(id: string, pointer: string): boolean {
  const root = schemaDocument(id);
  if (!root) return false;
  const segments = pointer === '' ? [] : pointer.slice(1).split('/');
  return walk(root, id, segments);
}

function walk(schema: Schema, docId: string, segments: string[]): boolean {
  const resolved = resolve(schema, docId, schemaDocument);
  if (!resolved) return false;
  const [node, id] = resolved;
  if (node['x-dpr-daemon'] === false) return false; // only the SDK reads it (PyYAML: last key wins)
  if (segments.length === 0) return true;
  const [head, ...rest] = segments as [string, ...string[]];
  const props = node.properties as Record<string, Schema> | undefined;
  const types = ([] as unknown[]).concat(node.type ?? []);
  if (props && head in props) return walk(props[head]!, id, rest);
  if (/^\d+$/.test(head) && node.items && typeof node.items === 'object')
    return walk(node.items as Schema, id, rest);
  if (node.additionalProperties && typeof node.additionalProperties === 'object') {
    return walk(node.additionalProperties as Schema, id, rest);
  }
  if (types.length === 0 && !props) return true; // an untyped value (e.g. a map of anything) is decoded whole
  return false;
}

function typeName(type: string): string {
  const names: Record<string, string> = {
    string: 'a string',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping',
    null: 'empty',
  };
  return type
    .split(',')
    .map((t) => names[t] ?? t)
    .join(' or ');
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value === 'string' ? 'the string' : `the ${typeof value}`} ${show(value)}`;
}

function show(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function listOf(values: unknown[]): string {
  const shown = values.slice(0, 20).map((v) => String(v));
  return values.length > 20 ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** The known key nearest to a typo (edit distance ≤ 2, or a case-only difference). */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = c.toLowerCase() === word.toLowerCase() ? 0 : distance(word, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
