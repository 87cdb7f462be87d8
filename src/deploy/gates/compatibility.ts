/**
 * `compatibility` (issue 16), before anything changes: the target's Dify version — what its API
 * says, else `environments.<name>.dify-version` — against `meta.minimum_dify_version` and the
 * features the plugin uses (src/diagnostics/compatibility.ts decides). A target whose Dify version
 * cannot be known is skipped with the setting that makes it checkable, and does not block.
 */
import { checkCompatibility, pluginNeeds } from '../../diagnostics/index.js';
import type { GateSpec } from './types.js';

export const compatibilityGate: GateSpec = {
  id: 'compatibility',
  title: 'the target’s Dify runs this plugin',
  phase: 'before',
  commands: ['deploy', 'promote'],
  async run(c) {
    const target = c.changes[0]?.target;
    if (!target) return { status: 'skipped', reason: 'no tenant to check against', evidence: [] };
    const needs = await pluginNeeds(c.pkg.artifact.path, c.stage.cwd);
    const gate = await checkCompatibility(target, needs, {
      configuredDifyVersion: c.stage.config.environments[c.environment]?.difyVersion,
    });
    return {
      status: gate.status,
      ...(gate.reason ? { reason: gate.reason } : {}),
      evidence: gate.evidence ?? [],
      ...(gate.fix ? { fix: gate.fix } : {}),
    };
  },
};
