import { inputName, type OptionDecl } from '../commands/declare.js';
import { parseText } from '../commands/values.js';

/**
 * An action input's raw text, read from `INPUT_*` as `@actions/core` names them (upper case, spaces
 * as `_`, hyphens kept); `undefined` when unset or empty, so the configuration and defaults apply.
 */
export function inputText(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
  if (value === undefined) return undefined;
  // A secret keeps its inner white space (a PEM's lines); only the ends are trimmed.
  const trimmed = value.trim();
  return trimmed === '' ? undefined : value;
}

/** Every option's value the action was given, parsed by kind and worded for the action. */
export function readInputs(env: NodeJS.ProcessEnv, options: readonly OptionDecl[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const o of options) {
    const name = inputName(o);
    if (name === undefined) continue;
    const text = inputText(env, name);
    if (text === undefined) continue;
    values[o.key] = o.kind === 'secret' ? text.trim() : parseText(o, text, 'action');
  }
  return values;
}
