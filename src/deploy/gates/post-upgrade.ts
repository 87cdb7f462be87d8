/**
 * `post-upgrade` (issue 16), on each tenant after its upgrade: what the plugin exposed before
 * (providers, models, tools, endpoints, strategies, datasources, events) is still there after it
 * (src/diagnostics/post-upgrade.ts decides). A drop fails the gate; on promote a failed required gate
 * rolls every touched tenant back. A first install drops nothing.
 */
import { captureState, type ExposedState, postUpgradeGate } from '../../diagnostics/index.js';
import type { GateSpec } from './types.js';

export const postUpgradeStateGate: GateSpec = {
  id: 'post-upgrade',
  title: 'the upgrade kept every provider, model and tool',
  phase: 'after',
  commands: ['deploy', 'promote'],
  snapshot: (c, t) => captureState(t.target, c.pkg.artifact.pluginId),
  async run(c, t) {
    const taken = t!.snapshots.get('post-upgrade') as ExposedState | { error: string } | undefined;
    if (taken && 'error' in taken)
      return {
        status: 'skipped',
        reason: `what the plugin exposed before the upgrade could not be read: ${taken.error}`,
        evidence: [],
      };
    const before = taken;
    const after = await captureState(t!.target, c.pkg.artifact.pluginId);
    const gate = postUpgradeGate(before, after);
    // A first install drops nothing: that passes (as backup passes with nothing to roll back to).
    const status = gate.status === 'skipped' && !before ? 'passed' : gate.status;
    return {
      status,
      ...(gate.reason ? { reason: gate.reason } : {}),
      evidence: gate.evidence ?? [],
      ...(gate.fix ? { fix: gate.fix } : {}),
    };
  },
};
