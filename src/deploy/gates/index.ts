/**
 * The deployment checklist: every gate, in the order they run and are shown. To add a gate (issue
 * 16: `compatibility` before the change, the post-upgrade state check after it), write a
 * {@link GateSpec} and list it here; its settings come from `checklist.<id>` in .dify-release.yml
 * (required, enabled, manual) with `gateSettings`' defaults when the file does not name it.
 */
import { backupGate } from './backup.js';
import { compatibilityGate } from './compatibility.js';
import { dependenciesGate } from './dependencies.js';
import { notifyGate } from './notify.js';
import { performanceGate } from './performance.js';
import { permissionsGate } from './permissions.js';
import { postUpgradeStateGate } from './post-upgrade.js';
import { provenanceGate } from './provenance.js';
import { signatureGate } from './signature.js';
import { stagingGate } from './staging.js';
import type { GateSpec } from './types.js';
import { verifyGate } from './verify.js';

/** In the seeds' order (部署验证清单); each runs in its phase (before, after, final), in this order within it. */
export const GATES: readonly GateSpec[] = [
  provenanceGate,
  signatureGate,
  dependenciesGate,
  permissionsGate,
  compatibilityGate,
  stagingGate,
  performanceGate,
  postUpgradeStateGate,
  backupGate,
  verifyGate,
  notifyGate,
];

export type * from './types.js';
