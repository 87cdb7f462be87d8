import path from 'node:path';
import type { ReleaseConfig } from '../config/types.js';
import type { OptionDecl } from './declare.js';
import { fromConfig } from './values.js';

/** Where a resolved value came from. */
export type ValueSource = 'surface' | 'config' | 'default';

/**
 * Precedence, in one place: a flag or an action input, else the configuration file, else the
 * declared default. A path from the configuration is relative to the file's directory; a path from
 * a flag or an input to the working directory (stages resolve those).
 */
export function resolveOption(
  o: OptionDecl,
  given: unknown,
  config: ReleaseConfig,
): { value: unknown; source: ValueSource } {
  if (given !== undefined) return { value: given, source: 'surface' };
  const fromFile = o.config ? config.values.get(o.config) : undefined;
  if (fromFile !== undefined) {
    let value = fromConfig(o, fromFile.value);
    if (o.kind === 'path') value = path.resolve(config.root, String(value));
    if (o.kind === 'list' && o.value === 'file')
      value = (value as string[]).map((v) => path.resolve(config.root, v));
    if (o.key === 'paths') value = (value as string[]).map((v) => path.resolve(config.root, v));
    return { value, source: 'config' };
  }
  return { value: o.default, source: 'default' };
}
