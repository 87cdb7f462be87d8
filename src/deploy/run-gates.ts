/**
 * Running the checklist's gates: settings applied (a gate turned off is skipped with the reason, a
 * manual one is pending until approved), a gate that throws is failed with the error's message and
 * fix, and an after gate's verdicts on several tenants merged into one.
 */
import { DprError, errorMessage } from '../core/errors.js';
import type { Gate } from '../core/report.js';
import { gateSettings } from './checklist-config.js';
import type {
  GateCommand,
  GateContext,
  GatePhase,
  GateSpec,
  GateVerdict,
  TenantChange,
} from './gates/types.js';

export function gatesOf(specs: readonly GateSpec[], command: GateCommand, phase?: GatePhase): GateSpec[] {
  return specs.filter((s) => s.commands.includes(command) && (!phase || s.phase === phase));
}

function toGate(spec: GateSpec, c: GateContext, v: GateVerdict): Gate {
  const settings = gateSettings(c.checklist, spec.id);
  return {
    id: spec.id,
    title: spec.title,
    status: v.status,
    required: settings.required,
    ...(v.reason ? { reason: v.reason } : {}),
    evidence: v.evidence,
    ...(v.fix && v.status !== 'passed' ? { fix: v.fix } : {}),
  };
}

/** A gate that was not run, with the reason. */
export function skippedGate(spec: GateSpec, c: GateContext, reason: string): Gate {
  return toGate(spec, c, { status: 'skipped', reason, evidence: [] });
}

async function verdictOf(
  spec: GateSpec,
  c: GateContext,
  tenant?: TenantChange,
): Promise<GateVerdict | undefined> {
  const settings = gateSettings(c.checklist, spec.id);
  c.settings = settings;
  if (!settings.enabled)
    return { status: 'skipped', reason: `turned off (checklist.${spec.id}.enabled: false)`, evidence: [] };
  try {
    const v = await spec.run(c, tenant);
    if (settings.manual && v.status === 'passed') {
      if (c.approved.has(spec.id)) return { ...v, evidence: [...v.evidence, `approved by ${approver(c)}`] };
      return {
        status: 'pending',
        reason: 'waits for a person’s approval (checklist.' + spec.id + '.manual)',
        evidence: v.evidence,
        fix: `Check it, then promote with --approve ${spec.id} (in Actions, behind the environment's required reviewers).`,
      };
    }
    return v;
  } catch (error) {
    return {
      status: 'failed',
      reason: errorMessage(error),
      evidence: [],
      fix:
        error instanceof DprError && error.fix
          ? error.fix
          : 'See the message; run the command again once it is fixed.',
    };
  }
}

function approver(c: GateContext): string {
  return c.stage.env.GITHUB_ACTOR ?? c.stage.env.USER ?? 'the person running promote';
}

/** Run the before or final gates of a command, once each. */
export async function runOnce(specs: readonly GateSpec[], c: GateContext): Promise<Gate[]> {
  const out: Gate[] = [];
  for (const spec of specs) {
    const v = await verdictOf(spec, c);
    const gate = toGate(spec, c, v!);
    out.push(gate);
    c.decided.push(gate);
  }
  return out;
}

/** Take the after gates' snapshots on a tenant, before its change. */
export async function takeSnapshots(
  specs: readonly GateSpec[],
  c: GateContext,
  t: TenantChange,
): Promise<void> {
  for (const spec of specs) {
    if (!spec.snapshot || !gateSettings(c.checklist, spec.id).enabled) continue;
    try {
      t.snapshots.set(spec.id, await spec.snapshot(c, t));
    } catch (error) {
      t.snapshots.set(spec.id, { error: errorMessage(error) });
    }
  }
}

/** Run the after gates on one tenant; the verdicts, by gate. */
export async function runOnTenant(
  specs: readonly GateSpec[],
  c: GateContext,
  t: TenantChange,
): Promise<{ spec: GateSpec; verdict: GateVerdict }[]> {
  const out: { spec: GateSpec; verdict: GateVerdict }[] = [];
  for (const spec of specs) out.push({ spec, verdict: (await verdictOf(spec, c, t))! });
  return out;
}

/** One gate from its verdicts on several tenants: failed if one failed, evidence per tenant. */
export function mergeTenants(
  spec: GateSpec,
  c: GateContext,
  perTenant: { tenant: string; verdict: GateVerdict }[],
): Gate {
  if (perTenant.length === 1) return toGate(spec, c, perTenant[0]!.verdict);
  const rank = { failed: 3, pending: 2, passed: 1, skipped: 0 } as const;
  const worst = perTenant.reduce((a, b) => (rank[b.verdict.status] > rank[a.verdict.status] ? b : a));
  return toGate(spec, c, {
    status: worst.verdict.status,
    ...(worst.verdict.reason ? { reason: `tenant ${worst.tenant}: ${worst.verdict.reason}` } : {}),
    evidence: perTenant.flatMap((p) => p.verdict.evidence.map((e) => `${p.tenant}: ${e}`)),
    ...(worst.verdict.fix ? { fix: worst.verdict.fix } : {}),
  });
}

/**
 * Gates whose skip does not block: what they check cannot be known on this target (a daemon does not
 * say which Dify it runs; what the plugin exposed could not be read), and they say so.
 */
const UNKNOWABLE = new Set(['compatibility', 'post-upgrade']);

/** Every required gate passed (a skipped required gate passes only when it was turned off). */
export function promotable(gates: readonly Gate[]): boolean {
  return gates.every(
    (g) =>
      !g.required ||
      g.status === 'passed' ||
      (g.status === 'skipped' && (/turned off/.test(g.reason ?? '') || UNKNOWABLE.has(g.id))),
  );
}
