/**
 * `performance` (验证性能影响可接受): the package's size, the install or upgrade time and the
 * plugin's start-up (when the target tells) within their budgets, and, when configured, no more
 * than max-growth-percent above the previous release on this environment.
 */
import { formatSize } from '../../core/format.js';
import type { GateSpec } from './types.js';

export const performanceGate: GateSpec = {
  id: 'performance',
  title: 'size, install time and start-up within budgets',
  phase: 'after',
  commands: ['deploy'],
  async run(c, t) {
    const p = c.checklist.performance;
    const size = c.pkg.artifact.size;
    const installMs = t!.outcome?.durationMs;
    const startupMs = t!.facts.startupMs;
    const before = c.previousOnEnvironment?.metrics;
    const evidence: string[] = [];
    const problems: string[] = [];
    const growth = (now: number, then: number | undefined) =>
      then && then > 0
        ? ` (${now >= then ? '+' : ''}${Math.round(((now - then) / then) * 100)}% vs ${c.previousOnEnvironment!.label})`
        : '';
    const over = (now: number, then: number | undefined) =>
      p.maxGrowthPercent !== undefined &&
      then !== undefined &&
      then > 0 &&
      ((now - then) / then) * 100 > p.maxGrowthPercent;
    evidence.push(
      `package ${formatSize(size)}${growth(size, before?.sizeBytes)} (budget ${formatSize(p.maxSizeBytes)})`,
    );
    if (size > p.maxSizeBytes)
      problems.push(`the package is ${formatSize(size)}, over the ${formatSize(p.maxSizeBytes)} budget`);
    if (over(size, before?.sizeBytes)) problems.push(`the package grew more than ${p.maxGrowthPercent}%`);
    if (installMs !== undefined) {
      evidence.push(
        `install ${installMs} ms${growth(installMs, before?.installMs)} (budget ${p.maxInstallMs / 1000} s)`,
      );
      if (installMs > p.maxInstallMs)
        problems.push(`the install took ${installMs} ms, over the ${p.maxInstallMs / 1000} s budget`);
      if (over(installMs, before?.installMs) && installMs > 1000)
        problems.push(`the install is more than ${p.maxGrowthPercent}% slower`);
    }
    if (startupMs !== undefined) {
      evidence.push(`start-up ${startupMs} ms (budget ${p.maxStartupMs / 1000} s)`);
      if (startupMs > p.maxStartupMs)
        problems.push(`the plugin took ${startupMs} ms to start, over the ${p.maxStartupMs / 1000} s budget`);
    } else evidence.push('start-up not measured: the target does not report the plugin’s process');
    if (problems.length)
      return {
        status: 'failed',
        reason: problems.join('; '),
        evidence,
        fix: 'Make the package smaller (drop unused files and dependencies) or its start lighter, or raise the budget in checklist.performance.',
      };
    return { status: 'passed', evidence };
  },
};
