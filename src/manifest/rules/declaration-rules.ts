import { finding } from '../../core/codes.js';
import type { Finding } from '../../core/finding.js';
import { getAt } from '../../yaml/pointer.js';
import type { YamlFile } from '../../yaml/yaml-file.js';
import type { DeclKind, LoadedPlugin } from '../plugin-types.js';

/** Declarations whose `parameters` list follows the SDK's parameter model. */
const WITH_PARAMETERS: DeclKind[] = ['tool', 'agent-strategy', 'datasource', 'event'];

/** Children of one provider whose identity names must be unique (the name is how Dify calls them). */
const NAMED_CHILDREN: DeclKind[] = ['tool', 'agent-strategy', 'datasource', 'event', 'model'];

/** Rules inside declarations that a schema cannot express. */
export function declarationRules(plugin: LoadedPlugin): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<YamlFile>();
  for (const decl of plugin.declarations) {
    if (seen.has(decl.file) || !WITH_PARAMETERS.includes(decl.kind)) continue;
    seen.add(decl.file);
    out.push(...parameterRules(decl.file, decl.kind === 'tool'));
  }
  out.push(...secretEventParameters(plugin));
  out.push(...uniqueNames(plugin));
  out.push(...positionRules(plugin));
  return out;
}

/** `sdkRules`: the SDK's ToolParameter validator (multiple only on selects) applies to tools only. */
function parameterRules(file: YamlFile, sdkRules: boolean): Finding[] {
  const params = getAt(file.value, '/parameters');
  if (!Array.isArray(params)) return [];
  const out: Finding[] = [];
  const names = new Map<string, number>();
  params.forEach((param, i) => {
    if (!param || typeof param !== 'object') return;
    const p = param as Record<string, unknown>;
    const base = `/parameters/${i}`;
    if (typeof p.name === 'string') {
      if (names.has(p.name)) {
        out.push(
          finding(
            'DPR220',
            `parameter "${p.name}" is declared twice (first as parameters[${names.get(p.name)}])`,
            {
              ...file.locate(`${base}/name`),
              fix: 'Give every parameter of a tool a different name.',
            },
          ),
        );
      } else names.set(p.name, i);
    }
    const selectable = p.type === 'select' || p.type === 'dynamic-select';
    if (sdkRules && p.multiple === true && !selectable) {
      out.push(
        finding(
          'DPR223',
          `parameter "${p.name}" is ${String(p.type)} with multiple: true; the SDK refuses it`,
          {
            ...file.locate(`${base}/multiple`),
            fix: 'Only select and dynamic-select parameters may set multiple: true.',
          },
        ),
      );
    }
    if (
      sdkRules &&
      selectable &&
      p.default !== undefined &&
      p.default !== null &&
      Array.isArray(p.default) !== (p.multiple === true)
    ) {
      out.push(
        finding(
          'DPR222',
          `parameter "${p.name}": default must be a list exactly when multiple is true (SDK rule)`,
          {
            ...file.locate(`${base}/default`),
            fix:
              p.multiple === true ? 'Write the default as a list.' : 'Write the default as a single value.',
          },
        ),
      );
    }
    if (p.type === 'select') out.push(...optionRules(file, base, p));
    if (p.type === 'number' && p.default !== undefined && p.default !== null && p.default !== '') {
      if (typeof p.default !== 'number' && Number.isNaN(Number(p.default))) {
        out.push(
          finding(
            'DPR222',
            `parameter "${p.name}" is a number but its default ${JSON.stringify(p.default)} is not`,
            {
              ...file.locate(`${base}/default`),
              severity: 'warning',
              fix: 'Give a numeric default, or none.',
            },
          ),
        );
      }
    }
    if (typeof p.min === 'number' && typeof p.max === 'number' && p.min > p.max) {
      out.push(
        finding('DPR222', `parameter "${p.name}" has min ${p.min} above max ${p.max}`, {
          ...file.locate(`${base}/min`),
          severity: 'warning',
          fix: 'Swap min and max.',
        }),
      );
    }
  });
  return out;
}

/** A select needs options; their values must be distinct; a default must be one of them. */
function optionRules(file: YamlFile, base: string, p: Record<string, unknown>): Finding[] {
  const out: Finding[] = [];
  const options = Array.isArray(p.options) ? (p.options as Record<string, unknown>[]) : [];
  if (options.length === 0) {
    out.push(
      finding('DPR221', `select parameter "${p.name}" has no options: users can pick nothing`, {
        ...file.locate(base),
        severity: 'warning',
        fix: 'Add options (value + label), or use a string parameter.',
      }),
    );
    return out;
  }
  const values = new Set<string>();
  options.forEach((o, j) => {
    const value = o && typeof o === 'object' ? String(o.value) : undefined;
    if (value === undefined) return;
    if (values.has(value)) {
      out.push(
        finding('DPR221', `select parameter "${p.name}" lists the option "${value}" twice`, {
          ...file.locate(`${base}/options/${j}/value`),
          severity: 'warning',
          fix: 'Remove the duplicate option.',
        }),
      );
    }
    values.add(value);
  });
  const defaults = Array.isArray(p.default)
    ? p.default
    : p.default === undefined || p.default === null
      ? []
      : [p.default];
  for (const d of defaults) {
    if (!values.has(String(d))) {
      out.push(
        finding(
          'DPR222',
          `select parameter "${p.name}" defaults to "${String(d)}", which is not one of its options`,
          {
            ...file.locate(`${base}/default`),
            severity: 'warning',
            fix: `Use one of: ${[...values].join(', ')}.`,
          },
        ),
      );
    }
  }
  return out;
}

/** Two tools (or strategies, events, models of one type) with one name: Dify can call only one. */
function uniqueNames(plugin: LoadedPlugin): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, YamlFile>();
  const done = new Set<YamlFile>();
  for (const decl of plugin.declarations) {
    if (!NAMED_CHILDREN.includes(decl.kind) || done.has(decl.file)) continue;
    done.add(decl.file);
    const pointer = decl.kind === 'model' ? '/model' : '/identity/name';
    const name = getAt(decl.file.value, pointer);
    if (typeof name !== 'string' || name === '') continue;
    const type = decl.kind === 'model' ? `${String(getAt(decl.file.value, '/model_type'))}:` : '';
    const key = `${decl.kind}:${type}${name}`;
    const first = seen.get(key);
    if (first) {
      out.push(
        finding('DPR220', `${decl.kind} name "${name}" is also used by ${first.path}`, {
          ...decl.file.locate(pointer),
          fix: 'Names must be unique within a plugin: rename one of them.',
        }),
      );
    } else seen.set(key, decl.file);
  }
  return out;
}

/** `_position.yaml` names models that must exist among the provider's models of that type. */
function positionRules(plugin: LoadedPlugin): Finding[] {
  const models = new Set(
    plugin.declarations.filter((d) => d.kind === 'model').map((d) => String(getAt(d.file.value, '/model'))),
  );
  const out: Finding[] = [];
  const done = new Set<YamlFile>();
  for (const decl of plugin.declarations) {
    if (decl.kind !== 'model-position' || done.has(decl.file)) continue;
    done.add(decl.file);
    const list = decl.file.value;
    if (!Array.isArray(list)) continue;
    list.forEach((name, i) => {
      if (typeof name === 'string' && !models.has(name)) {
        out.push(
          finding('DPR224', `${decl.file.path} lists "${name}", which no model declares`, {
            ...decl.file.locate(`/${i}`),
            fix: 'Remove the line, or add the model (its `model:` value must match).',
          }),
        );
      }
    });
  }
  return out;
}

/**
 * `secret-input` is not an event parameter type in any dify_plugin release from 0.6.0 (the first
 * with triggers) to 0.10.1, nor in the daemon's validator: event parameters and subscription
 * constructor parameters are `list[EventParameter]`, whose type enum has no secret-input, so the
 * SDK's loader refuses the provider at start-up. A published trigger using it does not change that.
 */
function secretEventParameters(plugin: LoadedPlugin): Finding[] {
  const out: Finding[] = [];
  const done = new Set<YamlFile>();
  for (const decl of plugin.declarations) {
    if ((decl.kind !== 'event' && decl.kind !== 'trigger-provider') || done.has(decl.file)) continue;
    done.add(decl.file);
    const base = decl.kind === 'event' ? '/parameters' : '/subscription_constructor/parameters';
    const params = getAt(decl.file.value, base);
    if (!Array.isArray(params)) continue;
    params.forEach((p, i) => {
      if (p && typeof p === 'object' && (p as { type?: unknown }).type === 'secret-input') {
        out.push(
          finding(
            'DPR226',
            `parameter "${String((p as { name?: unknown }).name)}" is secret-input, which no dify_plugin release (0.6.0 to 0.10.1) accepts for ${decl.kind === 'event' ? 'events' : 'subscription parameters'}: the plugin fails at start-up`,
            {
              ...decl.file.locate(`${base}/${i}/type`),
              fix: 'Move the secret into subscription_constructor.credentials_schema (which takes secret-input), or make it a string parameter.',
            },
          ),
        );
      }
    });
  }
  return out;
}
