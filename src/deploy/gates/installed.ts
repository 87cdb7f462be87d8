/**
 * What `staging` (after deploy) and `verify` (after promote) check on a tenant that was just
 * changed: the target reports the new identifier installed, its declaration is the package's, the
 * plugin runs when the target tells (waiting for it to start, within the budget), smoke calls pass.
 */
import type { Installation } from '../../daemon/types.js';
import { applicable, runSmoke } from '../smoke.js';
import type { GateContext, GateVerdict, TenantChange } from './types.js';

export async function checkInstalled(c: GateContext, t: TenantChange, fix: string): Promise<GateVerdict> {
  const { artifact } = c.pkg;
  const evidence: string[] = [];
  const problems: string[] = [];
  const o = t.outcome;
  if (o) {
    const how =
      o.action === 'upgraded'
        ? `upgraded from ${o.previous?.identifier}`
        : o.action === 'reinstalled'
          ? `uninstalled ${o.previous?.identifier}, then installed (absent ${o.absentMs} ms)`
          : o.action === 'unchanged'
            ? 'already installed'
            : 'installed';
    evidence.push(`${how}${o.task ? `, task ${o.task.id} ${o.task.status}` : ''} in ${o.durationMs} ms`);
  }
  let installed: Installation | undefined =
    o?.installation ?? (await t.target.installation(artifact.pluginId));
  if (installed?.identifier !== artifact.identifier) {
    return {
      status: 'failed',
      reason: `the target reports ${installed?.identifier ?? 'nothing'} installed for ${artifact.pluginId}, not ${artifact.identifier}`,
      evidence,
      fix,
    };
  }
  evidence.push(`the target reports ${artifact.identifier} installed`);
  const declared = installed.declaration;
  const m = c.pkg.manifest;
  if (declared) {
    const differs = ['author', 'name', 'version'].filter((k) => declared[k] !== m[k]);
    if (differs.length)
      problems.push(`the target's declaration differs from the package's manifest in ${differs.join(', ')}`);
    else evidence.push(`its declaration is the package's (${m.author}/${m.name} ${m.version})`);
  }
  // The plugin's process: only a target that reports it (the embedded daemon with a runtime) tells.
  const mode = c.checklist.staging.runtime;
  if (mode !== 'ignore') {
    const started = Date.now();
    while (
      installed?.runtime?.status === 'starting' &&
      Date.now() - started < c.checklist.staging.startupMs
    ) {
      await new Promise((r) => setTimeout(r, 100));
      installed = (await t.target.installation(artifact.pluginId)) ?? installed;
    }
    const rt = installed?.runtime;
    if (!rt || rt.status === 'not started') {
      if (mode === 'required')
        problems.push(
          'the target does not report whether the plugin runs (checklist.staging.runtime: required)',
        );
      else evidence.push('the target does not report whether the plugin runs (no runtime check)');
    } else if (rt.status === 'running') {
      const startupMs = rt.startedAt
        ? Math.max(0, Date.parse(rt.startedAt) - Date.parse(o?.task?.createdAt ?? rt.startedAt))
        : undefined;
      if (startupMs !== undefined) t.facts.startupMs = startupMs;
      evidence.push(`the plugin runs${rt.pid ? ` (pid ${rt.pid})` : ''}`);
    } else {
      problems.push(`the plugin is ${rt.status}${rt.message ? `: ${rt.message.slice(-300)}` : ''}`);
    }
  }
  const calls = applicable(c.checklist.staging.smoke, c.environment);
  for (const call of calls) {
    const r = await runSmoke(
      call,
      {
        environment: c.environment,
        tenant: t.tenant,
        identifier: artifact.identifier,
        version: artifact.version,
        digest: artifact.sha256,
        target: c.targetUrl,
      },
      c.stage,
    );
    if (r.ok) evidence.push(`smoke ${r.name}: ${r.detail}`);
    else problems.push(`smoke ${r.name} failed: ${r.detail}`);
  }
  if (calls.length === 0) evidence.push('no smoke calls configured (checklist.staging.smoke)');
  if (problems.length) return { status: 'failed', reason: problems.join('; '), evidence, fix };
  return { status: 'passed', evidence };
}
