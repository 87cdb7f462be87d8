import path from 'node:path';
import type { Finding } from '../core/finding.js';
import { isInside } from '../core/paths.js';
import type { Policy } from '../io/context.js';
import type { PluginOverride } from './types.js';

/**
 * The severity policy of a run, in one place: ignored codes (from the flag or input, else the
 * configuration), `strict`, and the configuration's per-plugin overrides (the most specific
 * directory wins; its ignore list adds to the run's). Applying it twice changes nothing.
 */
export function createPolicy(options: {
  strict?: boolean;
  ignore?: readonly string[];
  overrides?: readonly PluginOverride[];
  cwd: string;
}): Policy {
  const ignore = new Set((options.ignore ?? []).map((c) => c.toUpperCase()));
  const overrides = [...(options.overrides ?? [])].sort((a, b) => b.path.length - a.path.length);
  const overrideFor = (plugin: string | undefined): PluginOverride | undefined => {
    if (overrides.length === 0 || plugin === undefined || /\.dify(pkg|bndl)$/.test(plugin)) return undefined;
    const dir = path.resolve(options.cwd, plugin);
    return overrides.find((o) => isInside(o.path, dir));
  };
  return {
    strict: options.strict,
    ignore: [...ignore],
    apply(findings: readonly Finding[]): Finding[] {
      const out: Finding[] = [];
      for (const f of findings) {
        const o = overrideFor(f.plugin);
        if (ignore.has(f.code) || o?.ignore?.includes(f.code)) continue;
        const strict = o?.strict ?? options.strict;
        out.push(strict && f.severity === 'warning' ? { ...f, severity: 'error' } : f);
      }
      return out;
    },
  };
}
