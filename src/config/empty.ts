import type { ReleaseConfig } from './types.js';

/** An empty configuration: every value from the flags, inputs and defaults. */
export function emptyConfig(root: string): ReleaseConfig {
  return { root, values: new Map(), overrides: [], environments: {} };
}
