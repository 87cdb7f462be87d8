/** The JSON Schemas of Dify's declarations and the options they are compiled with. */
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

/**
 * The Ajv options every validator is compiled with, at run time (`compile-schemas.ts`) or ahead of
 * time (scripts/gen-validators.ts). Refs stay inlined (Ajv's default): a ref compiled as a call
 * concatenates its errors into the caller's list at each call, quadratic in a list of 60,000 bad tags
 * (one minute instead of a second). The manifest's validator stays small without the embedded
 * declarations (see `EMBEDDED`).
 */
export const AJV_OPTIONS = {
  allErrors: true,
  // Go's yaml.v3 decodes numbers from plain text and null into zero values: coercion mirrors it.
  coerceTypes: true,
  verbose: true,
  allowUnionTypes: true,
  strict: true,
  // Patterns are Go RE2 regexes; they use only the common subset.
  unicodeRegExp: true,
} as const;

/**
 * Declarations a manifest may carry inline (`tool:`, `model:`, …, as the daemon's decoded
 * declaration does): the manifest's properties that refer to another root schema. They are validated
 * with that schema's own validator, not compiled into the manifest's: a tool plugin then loads the
 * manifest, tool provider and tool validators, not every kind's.
 */
export const EMBEDDED: Readonly<Record<string, SchemaId>> = Object.fromEntries(
  Object.entries(manifest.properties as Record<string, { $ref?: string }>).flatMap(([key, value]) =>
    value.$ref && /^[a-z-]+\.schema\.json$/.test(value.$ref) && value.$ref !== 'common.schema.json'
      ? [[key, value.$ref as SchemaId]]
      : [],
  ),
);

/**
 * Every schema document as the validators are compiled from it: the manifest's without the embedded
 * declarations (each `true` there, and checked with its own schema; see `EMBEDDED`).
 */
export const SCHEMA_DOCUMENTS: readonly object[] = ALL.map((doc) =>
  doc.$id !== manifest.$id
    ? doc
    : {
        ...manifest,
        properties: Object.fromEntries(
          Object.entries(manifest.properties).map(([k, v]) => [k, k in EMBEDDED ? true : v]),
        ),
      },
);

/** The ids of the schemas validated directly (every one but the shared definitions). */
export const ROOT_SCHEMAS: SchemaId[] = ALL.map((s) => s.$id).filter((id) => id !== 'common.schema.json');

/** The raw schema document for an id. */
export function schemaDocument(id: string): Record<string, unknown> | undefined {
  return ALL.find((s) => s.$id === id) as Record<string, unknown> | undefined;
}
