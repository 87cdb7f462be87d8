import { Ajv, type ValidateFunction } from 'ajv';
import agentStrategy from '../../schemas/agent-strategy.schema.json' with { type: 'json' };
import agentStrategyProvider from '../../schemas/agent-strategy-provider.schema.json' with { type: 'json' };
import common from '../../schemas/common.schema.json' with { type: 'json' };
import datasource from '../../schemas/datasource.schema.json' with { type: 'json' };
import datasourceProvider from '../../schemas/datasource-provider.schema.json' with { type: 'json' };
import endpoint from '../../schemas/endpoint.schema.json' with { type: 'json' };
import endpointGroup from '../../schemas/endpoint-group.schema.json' with { type: 'json' };
import event from '../../schemas/event.schema.json' with { type: 'json' };
import manifest from '../../schemas/manifest.schema.json' with { type: 'json' };
import model from '../../schemas/model.schema.json' with { type: 'json' };
import modelPosition from '../../schemas/model-position.schema.json' with { type: 'json' };
import modelProvider from '../../schemas/model-provider.schema.json' with { type: 'json' };
import tool from '../../schemas/tool.schema.json' with { type: 'json' };
import toolProvider from '../../schemas/tool-provider.schema.json' with { type: 'json' };
import triggerProvider from '../../schemas/trigger-provider.schema.json' with { type: 'json' };
import { type Annotations, annotate } from './annotate.js';
import { PRECOMPILED } from './precompiled.js';

/** Every schema under schemas/, by `$id`. The files are the source of truth; editors use them too. */
const ALL = [
  common,
  manifest,
  toolProvider,
  tool,
  modelProvider,
  model,
  modelPosition,
  endpointGroup,
  endpoint,
  agentStrategyProvider,
  agentStrategy,
  datasourceProvider,
  datasource,
  triggerProvider,
  event,
] as const;

export type SchemaId = (typeof ALL)[number]['$id'];

/**
 * Annotation keywords our schemas carry: a finding code, a severity, a fix hint, `x-dpr-daemon:
 * false` on what only the SDK reads, and the places Python reads strings and localized texts
 * (collected by `annotate`, not by the validator, so validators can be compiled ahead of time).
 */
export const ANNOTATIONS = [
  'x-dpr-code',
  'x-dpr-severity',
  'x-dpr-fix',
  'x-dpr-daemon',
  'x-dpr-string',
  'x-dpr-i18n',
  'x-dpr-layer',
] as const;

/** The Ajv options every validator is compiled with, at run time or ahead of time (scripts/build.mjs). */
export function createAjv(options: { standalone?: boolean } = {}): Ajv {
  const instance = new Ajv({
    allErrors: true,
    // Go's yaml.v3 decodes numbers from plain text and null into zero values: coercion mirrors it.
    coerceTypes: true,
    verbose: true,
    allowUnionTypes: true,
    strict: true,
    // Patterns are Go RE2 regexes; they use only the common subset.
    unicodeRegExp: true,
    code: options.standalone ? { source: true, esm: true } : undefined,
  });
  instance.addVocabulary([...ANNOTATIONS]);
  for (const schema of ALL) instance.addSchema(schema as object);
  return instance;
}

/** The ids of the schemas validated directly (every one but the shared definitions). */
export const ROOT_SCHEMAS: SchemaId[] = ALL.map((s) => s.$id).filter((id) => id !== 'common.schema.json');

let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

export function validatorFor(id: SchemaId): ValidateFunction {
  let fn = compiled.get(id) ?? (PRECOMPILED?.[id] as ValidateFunction | undefined);
  if (!fn) {
    ajv ??= createAjv();
    fn = ajv.getSchema(id);
    if (!fn) throw new Error(`internal: schema ${id} is not registered`);
  }
  compiled.set(id, fn);
  return fn;
}

/** Validate, and collect the places the schema annotates (see `Annotations`). */
export function validateWithSlots(
  id: SchemaId,
  data: unknown,
  typed: unknown,
): { fn: ValidateFunction; slots: Annotations } {
  const fn = validatorFor(id);
  fn(data);
  return { fn, slots: annotate(id, typed, schemaDocument) };
}

/** The raw schema document for an id. */
export function schemaDocument(id: string): Record<string, unknown> | undefined {
  return ALL.find((s) => s.$id === id) as Record<string, unknown> | undefined;
}
