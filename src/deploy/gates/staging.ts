/**
 * `staging` (在预发环境测试功能): the install task succeeded on the staging target, the target's
 * declaration is the package's, the plugin runs when the target tells, smoke calls pass. When the
 * install itself failed, the stage reports this gate failed with the target's own message.
 */
import { checkInstalled } from './installed.js';
import type { GateSpec } from './types.js';

export const stagingGate: GateSpec = {
  id: 'staging',
  title: 'installed and working on the staging target',
  phase: 'after',
  commands: ['deploy'],
  run: (c, t) =>
    checkInstalled(
      c,
      t!,
      'Read the task message and the smoke calls’ answers; fix the plugin, build and deploy to staging again.',
    ),
};
