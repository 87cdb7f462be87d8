/**
 * `notify` (通知相关团队成员): the checklist goes where people see it: the job summary in GitHub
 * Actions, and a webhook when checklist.notify.webhook-env names the variable holding its URL (a
 * Slack-compatible `{"text": …}` body, with the gates as data beside it).
 */
import { errorMessage } from '../../core/errors.js';
import type { GateSpec } from './types.js';

export const notifyGate: GateSpec = {
  id: 'notify',
  title: 'the team is told (job summary, webhook)',
  phase: 'final',
  commands: ['deploy', 'promote'],
  async run(c) {
    const evidence: string[] = [];
    const summary = c.stage.env.GITHUB_ACTIONS === 'true' && Boolean(c.stage.env.GITHUB_STEP_SUMMARY);
    if (summary) evidence.push('the job summary carries this checklist');
    const variable = c.checklist.notify.webhookEnv;
    if (!variable) {
      if (summary) return { status: 'passed', evidence };
      return {
        status: 'skipped',
        reason:
          'no webhook configured (checklist.notify.webhook-env) and no job summary outside GitHub Actions',
        evidence,
      };
    }
    const url = c.stage.env[variable];
    if (!url) {
      return {
        status: 'failed',
        reason: `${variable}, which should hold the webhook URL, is not set`,
        evidence,
        fix: `Set ${variable} (a repository or environment secret), or remove checklist.notify.webhook-env.`,
      };
    }
    if (c.stage.dryRun) return { status: 'skipped', reason: 'dry run: the webhook is not called', evidence };
    const { artifact } = c.pkg;
    const text = `${c.command} ${artifact.pluginId} ${artifact.version} → ${c.environment}: ${c.outcome ?? ''}`;
    try {
      const res = await c.stage.ports.http.request({
        method: 'POST',
        url,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          text,
          environment: c.environment,
          identifier: artifact.identifier,
          version: artifact.version,
          digest: artifact.sha256,
          gates: c.decided.map((g) => ({
            id: g.id,
            status: g.status,
            required: g.required,
            reason: g.reason ?? null,
          })),
        }),
        timeoutMs: 10_000,
        secrets: [url],
      });
      if (res.status >= 200 && res.status < 300) {
        evidence.push(`the webhook in ${variable} answered HTTP ${res.status}`);
        return { status: 'passed', evidence };
      }
      return {
        status: 'failed',
        reason: `the webhook in ${variable} answered HTTP ${res.status}`,
        evidence,
        fix: `Check the webhook URL in ${variable}.`,
      };
    } catch (error) {
      return {
        status: 'failed',
        reason: `the webhook in ${variable} could not be called: ${errorMessage(error)}`,
        evidence,
        fix: `Check the webhook URL in ${variable}.`,
      };
    }
  },
};
