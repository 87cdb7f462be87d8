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

/** Annotation keywords our schemas carry: a finding code, a severity, a fix hint, `x-dpr-daemon: false` on what only the SDK reads. */
export const ANNOTATIONS = ['x-dpr-code', 'x-dpr-severity', 'x-dpr-fix', 'x-dpr-daemon'] as const;

/**
 * Pointers the schema marks while validating: `x-dpr-string` where Python reads a string from the
 * YAML itself (DPR007), `x-dpr-i18n` on localized texts (DPR207).
 */
export interface Slots {
  /** Pointer → `true` (pydantic wants a str) or `"coerce"` (the SDK applies str()). */
  strings: Map<string, true | 'coerce'>;
  i18n: Map<string, true>;
}
let slots: Slots | undefined;

let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

function instance(): Ajv {
  if (ajv) return ajv;
  ajv = new Ajv({
    allErrors: true,
    // Go's yaml.v3 decodes numbers from plain text and null into zero values: coercion mirrors it.
    coerceTypes: true,
    verbose: true,
    allowUnionTypes: true,
    strict: true,
    // Patterns are Go RE2 regexes; they use only the common subset.
    unicodeRegExp: true,
  });
  ajv.addVocabulary([...ANNOTATIONS]);
  for (const [keyword, slot] of [
    ['x-dpr-string', 'strings'],
    ['x-dpr-i18n', 'i18n'],
  ] as const) {
    ajv.addKeyword({
      keyword,
      schemaType: ['boolean', 'string'],
      errors: false,
      validate: (
        schema: true | 'coerce',
        _data: unknown,
        _parent: unknown,
        ctx?: { instancePath: string },
      ) => {
        if (ctx) (slots?.[slot] as Map<string, unknown> | undefined)?.set(ctx.instancePath, schema);
        return true;
      },
    });
  }
  for (const schema of ALL) ajv.addSchema(schema as object);
  return ajv;
}

export function validatorFor(id: SchemaId): ValidateFunction {
  let fn = compiled.get(id);
  if (!fn) {
    fn = instance().getSchema(id);
    if (!fn) throw new Error(`internal: schema ${id} is not registered`);
    compiled.set(id, fn);
  }
  return fn;
}

/** Validate, and collect the pointers the schema marks (see `Slots`). */
export function validateWithSlots(id: SchemaId, data: unknown): { fn: ValidateFunction; slots: Slots } {
  const fn = validatorFor(id);
  const collected: Slots = { strings: new Map(), i18n: new Map() };
  slots = collected;
  try {
    fn(data);
  } finally {
    slots = undefined;
  }
  return { fn, slots: collected };
}

/** The raw schema document for an id (for walking it: see `isDecodedPath`). */
export function schemaDocument(id: string): Record<string, unknown> | undefined {
  return ALL.find((s) => s.$id === id) as Record<string, unknown> | undefined;
}
