/**
 * `promote PKG|IDENTIFIER --env production [--canary TENANT…]`: refused unless every required gate
 * passed on staging for the same digest. Then, before anything changes, the backup (what each
 * tenant runs, recorded in the ledger as the rollback point, and reinstallable); the upgrade,
 * canaries first, each tenant verified right after its upgrade; any failure puts every tenant
 * touched back on its backup and fails loudly. Through a console (uninstall, then install) that is
 * said before acting, and the gap is measured.
 */
import { errorMessage } from '../core/errors.js';
import type { Gate } from '../core/report.js';
import { deployPackage } from '../daemon/flow.js';
import { installFailureGate } from '../diagnostics/index.js';
import type { StageContext } from '../io/context.js';
import { keep } from './artifact-store.js';
import {
  changesOf,
  gateContext,
  packageFor,
  type ReleaseInput,
  resultBase,
  saveRecord,
  summaryOf,
} from './context.js';
import { type DeployResult, describeGates, newEntry, order, type TenantReport } from './deploy-stage.js';
import { GATES } from './gates/index.js';
import type { GateContext, GateVerdict, StagingProof, TenantChange } from './gates/types.js';
import type { LedgerEntry } from './ledger.js';
import { checkPackageArgument, keepPrevious, resolvePackage } from './promote-package.js';
import { rollBackTouched } from './promote-rollback.js';
import { stagingProof } from './proof.js';
import {
  gatesOf,
  mergeTenants,
  promotable,
  runOnce,
  runOnTenant,
  skippedGate,
  takeSnapshots,
} from './run-gates.js';
import { openSession, readOtherLedger } from './session.js';
import { orderTenants } from './tenants.js';

export interface PromoteInput extends ReleaseInput {
  /** A .difypkg, or the identifier of one deployed to staging (the artifact store keeps it). */
  package: string;
  canary?: string[];
  /** Manual gates a person approved. */
  approve?: string[];
  /** The environment whose checklist must have passed (default checklist.staging-env). */
  from?: string;
  /** The .difypkg of the version the environment runs now, kept ready for a rollback. */
  previousPackage?: string;
}

export interface PromoteResult extends DeployResult {
  /** The staging gates this promotion rests on. */
  staging?: StagingProof;
  /** Tenants put back on their backup after a failure. */
  rolledBack: TenantReport[];
  /** A tenant could not be put back, or the target stopped answering: what is left to do. */
  unresolved?: string;
  failure?: { gate?: string; tenant?: string; message: string };
  canary: string[];
}

export async function promoteStage(input: PromoteInput, ctx: StageContext): Promise<PromoteResult> {
  const startedAt = ctx.now();
  checkPackageArgument(input.package, ctx);
  const s = await openSession('promote', input, ctx);
  try {
    const fromEnv = input.from ?? s.checklist.stagingEnv;
    const file = await resolvePackage(input, s, fromEnv, ctx);
    const { keys, pkg } = await packageFor(file, input, s.checklist, ctx);
    const { artifact } = pkg;
    const stagingHistory = await (await readOtherLedger(fromEnv, input, ctx)).history();
    const proof = stagingProof(
      fromEnv,
      stagingHistory,
      pkg,
      ctx.cwd,
      input.approve ?? [],
      ctx.env.GITHUB_ACTOR ?? ctx.env.USER,
    );
    const ordered = orderTenants(s.targets.tenants, input.canary?.length ? input.canary : s.targets.canary);
    const sequence = [...ordered.canary, ...ordered.rest];
    const changes = await changesOf(s, artifact.pluginId, sequence);
    if (input.previousPackage) await keepPrevious(s, input.previousPackage, changes, ctx);
    const c = gateContext('promote', s, pkg, input, ctx, {
      keys,
      changes,
      ...(proof.proof ? { staging: proof.proof } : {}),
      approved: input.approve ?? [],
    });
    const notes: string[] = [];
    const tenants: TenantReport[] = changes.map((t) => ({
      tenant: t.tenant,
      ...(t.previous ? { from: t.previous.identifier } : {}),
    }));
    const inherited = (proof.proof?.gates ?? proof.gates).map((g) => ({
      ...g,
      evidence: [`on ${fromEnv}${proof.proof ? ` (${proof.proof.when})` : ''}`, ...g.evidence],
    }));
    const own = new Set(gatesOf(GATES, 'promote').map((g) => g.id));
    const base = {
      ...resultBase('promote', s, pkg, tenants, notes),
      rolledBack: [] as TenantReport[],
      canary: ordered.canary.map((t) => t.tenant),
      ...(proof.proof ? { staging: proof.proof } : {}),
    };
    const after = gatesOf(GATES, 'promote', 'after');
    const finish = async (
      outcome: PromoteResult['outcome'],
      gates: Gate[],
      entry: LedgerEntry | undefined,
      extra: Partial<PromoteResult> = {},
    ): Promise<PromoteResult> => {
      c.outcome = outcome === 'passed' ? `promoted to ${tenants.length} tenant(s)` : outcome;
      c.decided = order([...inherited.filter((g) => !own.has(g.id)), ...gates]);
      const final = await runOnce(gatesOf(GATES, 'promote', 'final'), c);
      const all = order([...inherited.filter((g) => !own.has(g.id)), ...gates, ...final]);
      const saved = saveRecord('promote', s, pkg, all, outcome, { startedAt, finishedAt: ctx.now() }, ctx, {
        ...(entry ? { entry } : {}),
        ...(input.record ? { copy: input.record } : {}),
        notes,
      });
      return {
        ...base,
        gates: all,
        outcome,
        promotable: outcome === 'passed',
        ...(entry ? { entry } : {}),
        ...(saved ? { record: saved.kept, ...(saved.copy ? { recordCopy: saved.copy } : {}) } : {}),
        ...extra,
      };
    };

    if (!proof.proof) {
      return await finish(
        'refused',
        gatesOf(GATES, 'promote')
          .filter((g) => g.phase !== 'final')
          .map((g) => skippedGate(g, c, `not run: ${proof.refusal}`)),
        undefined,
        {
          failure: { message: proof.refusal! },
        },
      );
    }
    const before = await runOnce(gatesOf(GATES, 'promote', 'before'), c);
    const blocking = before.filter((g) => !promotable([g]));
    if (blocking.length) {
      const why = `not run: nothing was changed because ${blocking.map((g) => g.id).join(', ')} did not pass`;
      return await finish('refused', [...before, ...after.map((g) => skippedGate(g, c, why))], undefined, {
        failure: {
          gate: blocking[0]!.id,
          message: `${blocking[0]!.id}: ${blocking[0]!.reason ?? blocking[0]!.status}`,
        },
      });
    }
    if (ctx.dryRun) {
      const plan = changes.map(
        (t, i) =>
          `${i < ordered.canary.length ? 'canary ' : ''}${t.tenant}: ${t.previous?.identifier === artifact.identifier ? 'nothing (already runs it)' : `${t.previous ? (s.targets.kind === 'console' ? `uninstall ${t.previous.identifier}, then install` : `upgrade ${t.previous.identifier} to`) : 'install'} ${artifact.identifier}, then verify`}`,
      );
      return await finish(
        'passed',
        [...before, ...after.map((g) => skippedGate(g, c, 'dry run: nothing was changed'))],
        undefined,
        { plan },
      );
    }

    const stored = keep(s.store, artifact);
    const previousDigests = Object.fromEntries(
      changes.flatMap((t) => {
        const d =
          t.previous && s.history.find((e) => e.identifier === t.previous!.identifier && e.digest)?.digest;
        return d ? [[t.tenant, d]] : [];
      }),
    );
    let entry = await s.ledger.record(
      newEntry(
        s,
        pkg,
        changes,
        { ...(input.assetUrl ? { assetUrl: input.assetUrl } : {}), storedFile: stored },
        `promoting ${artifact.version}: backup recorded, nothing changed yet`,
        'promote',
        previousDigests,
      ),
      ctx.now(),
    );
    if (
      s.targets.kind === 'console' &&
      changes.some((t) => t.previous && t.previous.identifier !== artifact.identifier)
    ) {
      const say = `the console cannot upgrade a local package in place: on each tenant the installed version is uninstalled, then ${artifact.identifier} installed, and the plugin is absent in between; the previous version stays ready to reinstall`;
      ctx.log(say.charAt(0).toUpperCase() + say.slice(1));
      notes.push(say);
    }
    const perGate = new Map<string, { tenant: string; verdict: GateVerdict }[]>();
    const touched: TenantChange[] = [];
    for (const [i, t] of changes.entries()) {
      if (i === ordered.canary.length && i > 0)
        ctx.log(
          `Canary tenant${i > 1 ? 's' : ''} ${ordered.canary.map((x) => x.tenant).join(', ')} verified: promoting the other ${changes.length - i}`,
        );
      await takeSnapshots(after, c, t);
      const who = changes.length > 1 ? `${t.tenant}: ` : '';
      touched.push(t);
      let failure: { gate?: string; message: string; error?: unknown } | undefined;
      try {
        t.outcome = await deployPackage(
          t.target,
          { path: artifact.path, identifier: artifact.identifier, sha256: artifact.sha256 },
          { wait: s.wait, log: (m) => ctx.log(`${who}${m}`) },
        );
        tenants[i] = {
          ...tenants[i]!,
          to: artifact.identifier,
          action: t.outcome.action,
          ...(t.outcome.absentMs !== undefined ? { absentMs: t.outcome.absentMs } : {}),
        };
        notes.push(...t.outcome.notes.map((n) => `${who}${n}`));
        entry = await s.ledger.update(
          entry,
          {
            done: tenants.filter((x) => x.to).map((x) => x.tenant),
            description: `promoting ${artifact.version}: ${tenants.filter((x) => x.to).length}/${changes.length} tenants upgraded`,
          },
          ctx.now(),
        );
        for (const { spec, verdict } of await runOnTenant(after, c, t)) {
          perGate.set(spec.id, [...(perGate.get(spec.id) ?? []), { tenant: t.tenant, verdict }]);
          if (!failure && verdict.status !== 'passed' && settingsRequired(c, spec.id))
            failure = {
              gate: spec.id,
              message: `${spec.id} failed on ${t.tenant}: ${verdict.reason ?? verdict.status}`,
            };
        }
      } catch (error) {
        tenants[i] = { ...tenants[i]!, error: errorMessage(error) };
        const diagnosed = installFailureGate(error, { id: 'verify', title: 'verify' });
        failure = {
          message: `the upgrade on ${t.tenant} failed: ${diagnosed?.reason ?? errorMessage(error)}`,
          error,
        };
        for (const spec of after)
          perGate.set(spec.id, [
            ...(perGate.get(spec.id) ?? []),
            {
              tenant: t.tenant,
              verdict: {
                status: 'failed',
                reason: failure.message,
                evidence: diagnosed?.evidence ?? [],
                ...(diagnosed?.fix ? { fix: diagnosed.fix } : {}),
              },
            },
          ]);
      }
      if (failure) {
        return await rollBackTouched(s, c, touched, entry, failure, {
          tenants,
          perGate,
          after,
          before,
          finish,
          ctx,
          notes,
        });
      }
    }
    const afterGates = after.map((spec) => mergeTenants(spec, c, perGate.get(spec.id) ?? []));
    const gates = [...before, ...afterGates];
    entry = await s.ledger.update(
      entry,
      {
        state: 'success',
        description: `promoted ${artifact.version} to ${changes.length} tenant${changes.length > 1 ? 's' : ''}; checklist ${describeGates(gates)}`,
        checklist: summaryOf(gates, pkg, changes),
      },
      ctx.now(),
    );
    return await finish('passed', gates, entry);
  } finally {
    await s.close();
  }
}

function settingsRequired(c: GateContext, id: string): boolean {
  return c.checklist.gates[id]?.required ?? true;
}
