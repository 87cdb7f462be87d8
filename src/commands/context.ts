import type { ReleaseConfig } from '../config/types.js';
import type { Policy, Ports, StageContext } from '../io/context.js';
import { Git } from '../io/git.js';
import { createHttpClient } from '../io/http.js';
import { onInterrupt, processRunner } from '../io/process.js';
import type { Reporter } from '../report/reporter.js';
import type { Invocation } from './run.js';

/** The stage context of a run, built once: cwd, env, clock, log, progress, the ports, the policy. */
export function buildContext(options: {
  inv: Invocation;
  reporter: Reporter;
  policy: Policy;
  config: ReleaseConfig;
  dryRun: boolean;
}): { ctx: StageContext; release: () => void } {
  const { inv, reporter } = options;
  const controller = new AbortController();
  const release = onInterrupt(() => controller.abort());
  const ports: Ports = {
    processes: inv.ports?.processes ?? processRunner,
    git: inv.ports?.git ?? ((cwd?: string) => new Git(cwd ?? inv.cwd)),
    http: inv.ports?.http ?? createHttpClient({ onRetry: (m) => reporter.info(m) }),
  };
  const ctx: StageContext = {
    cwd: inv.cwd,
    env: inv.env,
    now: () => new Date(),
    log: (m) => reporter.info(m),
    progress: (label, done, total) => reporter.progress(label, done, total),
    relay: (title) => reporter.relay(title),
    section: (s) => reporter.section({ ...s, findings: options.policy.apply(s.findings) }),
    policy: options.policy,
    config: options.config,
    ports,
    dryRun: options.dryRun,
    signal: controller.signal,
  };
  return { ctx, release };
}
