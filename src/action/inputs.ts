import { UsageError } from '../core/errors.js';

/**
 * Action inputs, read from `INPUT_*` variables as `@actions/core` names them (upper case, spaces as
 * `_`, hyphens kept). Pure functions of an env record, so tests need no mocks.
 */
export class Inputs {
  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  /** A trimmed string, or `undefined` when unset or empty (so defaults apply downstream). */
  string(name: string): string | undefined {
    const value = this.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim();
    return value === undefined || value === '' ? undefined : value;
  }

  /** YAML 1.2 booleans only, as `core.getBooleanInput`; anything else is a usage error naming the input. */
  boolean(name: string): boolean | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (['true', 'True', 'TRUE'].includes(value)) return true;
    if (['false', 'False', 'FALSE'].includes(value)) return false;
    throw new UsageError(
      `input "${name}" is "${value}"; it must be true or false`,
      `Set ${name}: true or ${name}: false.`,
    );
  }

  /** One item per line or comma-separated. */
  list(name: string): string[] | undefined {
    return this.string(name)
      ?.split(/[\n,]/)
      .map((s) => s.trim())
      .filter(Boolean);
  }

  /** A whole number, or a usage error naming the input. */
  number(name: string): number | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isFinite(n)) throw new UsageError(`input "${name}" is "${value}"; it must be a number`);
    return n;
  }
}
