// Turning one JSON Schema (ajv) error into a finding: its code, message, location and fix.
import type { ErrorObject } from 'ajv';
import { type Code, codes, finding } from '../core/codes.js';
import type { Finding, Severity } from '../core/finding.js';
import { escapePointer, getAt, pointerToPath } from '../yaml/pointer.js';
import type { YamlFile } from '../yaml/yaml-file.js';
import { closest } from './closest.js';
import type { SchemaId } from './schemas.js';

type Schema = Record<string, unknown>;

/**
 * Limits the daemon writes as struct tags on provider declarations (`lte=32` credential fields,
 * `lt=1024` texts…): only remote debugging validates them (the decoder at upload and install does
 * not, and pydantic has no such limits). The manifest's limits are enforced by the CLI's packager.
 */
const STRUCT_TAG_LIMITS = new Set(['maxLength', 'maxItems', 'maximum', 'exclusiveMaximum']);

export function toFinding(file: YamlFile, error: ErrorObject, id: SchemaId): Finding | undefined {
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
  const code = annotated && annotated in codes() ? annotated : fallback;
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
