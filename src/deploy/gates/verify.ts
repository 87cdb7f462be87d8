/**
 * `verify`: after the upgrade on promote, each tenant runs the promoted identifier, the target
 * answers its health check, the plugin runs when the target tells, smoke calls pass. A failure rolls
 * back every tenant touched.
 */
import { errorMessage } from '../../core/errors.js';
import { checkInstalled } from './installed.js';
import type { GateSpec } from './types.js';

export const verifyGate: GateSpec = {
  id: 'verify',
  title: 'the new installation runs and answers (after the upgrade)',
  phase: 'after',
  commands: ['promote'],
  async run(c, t) {
    const fix =
      'The environment was put back on its previous version; fix the new version, deploy it to staging, then promote again.';
    let health: string;
    try {
      const h = await t!.target.health();
      health = `the target answers its health check${h.daemonVersion ? ` (${h.daemonVersion})` : h.difyVersion ? ` (Dify ${h.difyVersion})` : ''}`;
    } catch (error) {
      return {
        status: 'failed',
        reason: `the target does not answer its health check: ${errorMessage(error)}`,
        evidence: [],
        fix,
      };
    }
    const v = await checkInstalled(c, t!, fix);
    return { ...v, evidence: [...v.evidence, health] };
  },
};
