/**
 * Option values by kind, parsed the same way on every surface and worded for the surface the user
 * typed them on: a CLI user reads `--max-size`, an action user reads `max-size`, a configuration
 * file's reader reads `package.max-size` with its line. Stages never word errors for a surface.
 */
import { splitArgs } from '../core/args.js';
import { UsageError } from '../core/errors.js';
import { flagName, inputName, type OptionDecl } from './declare.js';

export type Surface = 'cli' | 'action' | 'config';

/** How the user named the option on that surface. */
export function optionLabel(o: OptionDecl, surface: Surface, positional = false): string {
  if (surface === 'cli') return positional ? `argument <${o.key}>` : `--${flagName(o)}`;
  if (surface === 'action') return `input "${inputName(o)}"`;
  return `"${o.config}" in the configuration file`;
}

/** How to set it right on that surface. */
function setHint(o: OptionDecl, surface: Surface, example: string, positional = false): string {
  if (surface === 'cli') return positional ? `Pass ${example}.` : `Write --${flagName(o)} ${example}.`;
  if (surface === 'action') return `Set ${inputName(o)}: ${example}.`;
  return `Write ${o.config}: ${example}.`;
}

/** Parse one text value (an action input, a CLI flag value) into the option's kind. */
export function parseText(o: OptionDecl, text: string, surface: Surface, positional = false): unknown {
  const label = optionLabel(o, surface, positional);
  const value = text.trim();
  switch (o.kind) {
    case 'boolean': {
      // YAML 1.2 booleans only, as @actions/core's getBooleanInput.
      if (['true', 'True', 'TRUE'].includes(value)) return true;
      if (['false', 'False', 'FALSE'].includes(value)) return false;
      throw new UsageError(
        `${label} is "${value}"; it must be true or false`,
        setHint(o, surface, 'true or false'),
      );
    }
    case 'number':
      return checkNumber(o, Number(value), value, surface, positional);
    case 'enum':
      return checkChoice(o, value, surface, positional);
    case 'list':
      return splitList(o, value, surface);
    default:
      return value;
  }
}

/** A list option's text: comma- or newline-separated, or shell-like words. */
export function splitList(o: OptionDecl, text: string, surface: Surface): string[] {
  if (o.split === 'words') return splitArgs(text);
  const separators = surface === 'cli' && o.split !== ',' ? /\n/ : /[\n,]/;
  return text
    .split(separators)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function checkNumber(
  o: OptionDecl,
  n: number,
  shown: string,
  surface: Surface,
  positional = false,
): number {
  const label = optionLabel(o, surface, positional);
  const bounds = [
    o.min !== undefined ? `${o.minExclusive ? 'above' : 'at least'} ${o.min}` : '',
    o.max !== undefined ? `at most ${o.max}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const bad =
    shown.trim() === '' ||
    !Number.isFinite(n) ||
    (o.integer && !Number.isInteger(n)) ||
    (o.min !== undefined && (o.minExclusive ? n <= o.min : n < o.min)) ||
    (o.max !== undefined && n > o.max);
  if (bad) {
    const what = `${o.integer ? 'a whole number' : 'a number'}${o.value ? ` of ${o.value}` : ''}${bounds ? `, ${bounds}` : ''}`;
    throw new UsageError(
      `${label} is "${shown}"; it must be ${what}`,
      setHint(o, surface, String(o.default ?? o.min ?? 1), positional),
    );
  }
  return n;
}

export function checkChoice(o: OptionDecl, value: string, surface: Surface, positional = false): string {
  const choices = o.choices ?? [];
  const found = choices.find((c) => c.toLowerCase() === value.toLowerCase());
  if (found !== undefined) return found;
  throw new UsageError(
    `${optionLabel(o, surface, positional)} is "${value}"; it must be one of ${choices.join(', ')}`,
    setHint(o, surface, choices[0] ?? '', positional),
  );
}

/**
 * A value from the configuration file (already typed by the schema) in the option's kind: lists may
 * be written as one string, numbers and booleans as themselves.
 */
export function fromConfig(o: OptionDecl, value: unknown): unknown {
  if (o.kind === 'list') {
    if (Array.isArray(value)) return value.map(String);
    if (typeof value === 'string') return splitList(o, value, 'config');
    return [String(value)];
  }
  if (o.kind === 'enum') return checkChoice(o, String(value), 'config');
  if (o.kind === 'number') return checkNumber(o, Number(value), String(value), 'config');
  if (o.kind === 'boolean') return value === true;
  return String(value);
}
