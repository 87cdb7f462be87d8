/**
 * `permissions` (确认权限请求合理): what the manifest's `resource.permission` requests is within the
 * policy (checklist.permissions.allowed, the storage budget), and a permission the last release did
 * not request is an escalation: it fails unless the policy lists it (or escalation: allow).
 */
import type { GateSpec } from './types.js';

export const permissionsGate: GateSpec = {
  id: 'permissions',
  title: 'requested permissions within the policy, no unapproved escalation',
  phase: 'before',
  commands: ['deploy'],
  async run(c) {
    const requested = c.permissions.names;
    const policy = c.checklist.permissions;
    const evidence = [`requests ${requested.length ? requested.join(', ') : 'no permission'}`];
    const problems: string[] = [];
    const allowedBy = (name: string) =>
      policy.allowed?.some((a) => a === name || name.startsWith(`${a}.`)) ?? false;
    if (policy.allowed) {
      const outside = requested.filter((n) => !allowedBy(n));
      evidence.push(`policy allows ${policy.allowed.length ? policy.allowed.join(', ') : 'nothing'}`);
      if (outside.length)
        problems.push(`${outside.join(', ')} beyond the policy (checklist.permissions.allowed)`);
    }
    if (policy.maxStorageBytes !== undefined && (c.permissions.storageBytes ?? 0) > policy.maxStorageBytes) {
      problems.push(
        `storage of ${c.permissions.storageBytes} bytes over the policy's ${policy.maxStorageBytes} (checklist.permissions.max-storage-bytes)`,
      );
    }
    const before = c.baseline?.permissions;
    if (before) {
      const added = requested.filter((n) => !before.includes(n));
      evidence.push(`${c.baseline!.label} requested ${before.length ? before.join(', ') : 'no permission'}`);
      const unapproved = added.filter((n) => !allowedBy(n));
      if (added.length && policy.escalation === 'allow')
        evidence.push(`new since then: ${added.join(', ')} (escalation: allow)`);
      else if (added.length && unapproved.length === 0)
        evidence.push(`new since then: ${added.join(', ')}, allowed by the policy`);
      else if (unapproved.length)
        problems.push(`escalation since the last release: ${unapproved.join(', ')} not requested before`);
    } else {
      evidence.push('no earlier release to compare with');
    }
    if (problems.length === 0) return { status: 'passed', evidence };
    return {
      status: 'failed',
      reason: problems.join('; '),
      evidence,
      fix: 'Drop the permission from manifest.yaml (resource.permission), or, if it is intended, add it to checklist.permissions.allowed in .dify-release.yml (a reviewed change), then deploy again.',
    };
  },
};
