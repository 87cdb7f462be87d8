/**
 * doctor's lines for one target: reachable, credentials accepted, tenant or workspace found, the
 * Dify and daemon versions where the API tells them; with a package, the signature line for this
 * target's configuration and the compatibility gate against its Dify.
 */
// The functions alone: the whole package is 70 KB to load for a comparison or two.
import coerce from 'semver/functions/coerce.js';
import { ConsoleTarget } from '../daemon/console-target.js';
import { TargetError } from '../daemon/errors.js';
import type { DifyTarget, TargetHealth } from '../daemon/types.js';
import type { StageContext } from '../io/context.js';
import { openTarget, resolveSelection } from '../local-daemon/open.js';
import { compatibilityGate, type PluginNeeds, targetDifyVersion } from './compatibility.js';
import { check, type DoctorCheck } from './doctor-check.js';
import { signatureChecks } from './doctor-signature.js';
import type { NamedSelection } from './selection.js';

/** What Plugins → Debug shows on a console target (the key stays in memory, never printed). */
export interface DebugInfo {
  label: string;
  key: string;
  host: string;
  port: number;
}

export interface TargetDoctorResult {
  checks: DoctorCheck[];
  url?: string;
  debug?: DebugInfo;
}

export interface TargetDoctorOptions {
  package?: string;
  needs?: PluginNeeds;
  keys: readonly string[];
}

/** Which line an error of opening or asking the target belongs to. */
function stepOf(error: TargetError): 'reachable' | 'credentials' | 'tenant' {
  if (error.kind === 'auth' || error.kind === 'config') return 'credentials';
  if (error.kind === 'workspace' || error.kind === 'permission') return 'tenant';
  return 'reachable';
}

const STEPS = ['reachable', 'credentials', 'tenant'] as const;

export async function targetChecks(
  named: NamedSelection,
  options: TargetDoctorOptions,
  ctx: StageContext,
): Promise<TargetDoctorResult> {
  const out: DoctorCheck[] = [];
  const label = named.label;
  const s = resolveSelection(named.selection, ctx);
  let target: DifyTarget | undefined;
  let health: TargetHealth | undefined;
  let debug: DebugInfo | undefined;
  try {
    target = await openTarget(named.selection, ctx);
    health = await target.health();
  } catch (error) {
    if (!(error instanceof TargetError)) throw error;
    const failed = stepOf(error);
    for (const step of STEPS) {
      if (step === failed) {
        out.push(
          check(
            'target',
            step,
            label,
            'fail',
            error.message,
            error.fix ?? 'Check the environment’s entry in .dify-release.yml.',
            { code: error.code },
          ),
        );
        break;
      }
      out.push(
        check(
          'target',
          step,
          label,
          'ok',
          step === 'reachable' ? `${s.url ?? 'the embedded daemon'} answers` : 'accepted',
          'Nothing to do.',
        ),
      );
    }
    await target?.close();
    return { checks: out, ...(s.url ? { url: s.url } : {}) };
  }
  try {
    const info = target.info;
    const door = info.kind === 'console' ? 'a Dify console' : 'a plugin daemon';
    out.push(
      check(
        'target',
        'reachable',
        label,
        'ok',
        `${info.url} answers as ${door}${info.embedded ? ' (embedded)' : ''}`,
        'Nothing to do.',
      ),
    );
    out.push(
      check(
        'target',
        'credentials',
        label,
        'ok',
        info.kind === 'console'
          ? `the account logged in (${String(health.details.scheme ?? 'session')})`
          : 'the API key is accepted',
        'Nothing to do; keep the secret in the variable the configuration names.',
      ),
    );
    if (info.kind === 'console') {
      const ws = health.details.workspace as { id?: string; name?: string } | undefined;
      out.push(
        check(
          'target',
          'tenant',
          label,
          'ok',
          `workspace ${ws?.name ?? '?'} (${ws?.id ?? '?'})`,
          'Nothing to do.',
        ),
      );
    } else {
      const count = (await target.installations()).length;
      out.push(
        check(
          'target',
          'tenant',
          label,
          'ok',
          `tenant ${info.tenant}: ${count} plugin${count === 1 ? '' : 's'} installed (a daemon accepts any tenant id: check it is the workspace’s)`,
          'The tenant is the Dify workspace id (in the console’s URL and in Dify’s tenants table); list it under tenants: in the environment.',
        ),
      );
    }
    const dify = await targetDifyVersion(target, s.difyVersion);
    const parts = [
      dify.version
        ? `Dify ${dify.version}${dify.source === 'configured' ? ' (configured)' : ''}`
        : 'Dify: not told',
      health.daemonVersion ? `daemon ${health.daemonVersion}` : 'daemon: not told',
    ];
    if (dify.version && !coerce(dify.version)) {
      out.push(
        check(
          'target',
          'versions',
          label,
          'warn',
          parts.join(', '),
          'Write environments.<name>.dify-version as MAJOR.MINOR.PATCH.',
          { code: 'DPR1337' },
        ),
      );
    } else if (!dify.version) {
      out.push(
        check(
          'target',
          'versions',
          label,
          'warn',
          `${parts.join(', ')}: the compatibility gate cannot compare`,
          `Set environments.${named.environment ?? '<name>'}.dify-version in .dify-release.yml (a daemon’s API does not tell Dify’s version; a console does).`,
          { code: 'DPR1337' },
        ),
      );
    } else {
      out.push(check('target', 'versions', label, 'ok', parts.join(', '), 'Nothing to do.'));
    }
    if (options.package) {
      out.push(
        ...(await signatureChecks(
          options.package,
          { label, trustedKeys: s.trustedKeys ?? [], forceVerify: s.forceVerify ?? Boolean(s.url) },
          options.keys,
          ctx.env,
        )),
      );
    }
    if (options.needs) {
      const gate = compatibilityGate(options.needs, dify);
      const status = gate.status === 'passed' ? 'ok' : gate.status === 'failed' ? 'fail' : 'skip';
      out.push(
        check(
          'compatibility',
          'Dify version',
          label,
          status,
          gate.reason ?? '',
          gate.fix ?? 'Nothing to do.',
          gate.code ? { code: gate.code } : {},
        ),
      );
    }
    if (target instanceof ConsoleTarget) {
      try {
        const d = await target.debuggingKey();
        debug = { label, ...d };
      } catch (error) {
        if (!(error instanceof TargetError)) throw error;
        out.push(
          check(
            'remote-debug',
            'debugging key',
            label,
            'skip',
            `the console did not give its debugging key: ${error.message}`,
            'Give the account the debug permission (Plugins → permissions: who can debug plugins), or compare .env with Plugins → Debug by hand.',
          ),
        );
      }
    }
  } finally {
    await target.close();
  }
  return { checks: out, url: target.info.url, ...(debug ? { debug } : {}) };
}
