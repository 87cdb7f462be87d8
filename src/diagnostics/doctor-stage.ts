/**
 * `doctor [--env NAME]`: one report, each line a check with a fix: the signature of a package
 * against each target's configuration, the GitHub setup for release and submit, each target
 * (reachable, credentials, tenant or workspace, versions; the compatibility gate with a package),
 * and the plugin's remote-debug `.env` against the target. Reads only: nothing is uploaded,
 * installed or changed anywhere.
 */
import path from 'node:path';
import type { StageContext } from '../io/context.js';
import { type PluginNeeds, pluginNeeds } from './compatibility.js';
import { check, type DoctorCheck } from './doctor-check.js';
import { remoteDebugChecks } from './doctor-debug.js';
import { type GitHubDoctorInput, githubChecks } from './doctor-github.js';
import { type DebugInfo, targetChecks } from './doctor-target.js';
import { selectTargets, type TargetFlags } from './selection.js';

export interface DoctorStageInput extends TargetFlags, GitHubDoctorInput {
  /** A `.difypkg`: would each target refuse its signature; is each target's Dify new enough. */
  package?: string;
  /** Public keys you hold (the release key), to name the exact settings that accept the package. */
  keys?: string[];
  /** The plugin directory whose `.env` is checked for remote debugging (default the working directory). */
  plugin?: string;
  /** Check the GitHub setup (default true). */
  github?: boolean;
  /** Milliseconds the remote-debug probe waits for the daemon's answer to its handshake. */
  debugWaitMs?: number;
}

export interface DoctorResult {
  checks: DoctorCheck[];
  targets: string[];
  package?: string;
  needs?: PluginNeeds;
}

export async function doctorStage(input: DoctorStageInput, ctx: StageContext): Promise<DoctorResult> {
  const checks: DoctorCheck[] = [];
  const file = input.package ? path.resolve(ctx.cwd, input.package) : undefined;
  const keys = (input.keys ?? []).map((k) => path.resolve(ctx.cwd, k));
  const needs = file ? await pluginNeeds(file) : undefined;
  if (!file) {
    checks.push(
      check(
        'signature',
        'signature',
        '(no package)',
        'skip',
        'no package given: whether a target would refuse its signature is not checked',
        'Pass --package PKG (and --key your.public.pem) to check it against each target’s configuration.',
      ),
    );
  }
  const selections = selectTargets(input, ctx);
  const urls: string[] = [];
  const consoles: DebugInfo[] = [];
  for (const named of selections) {
    const r = await targetChecks(
      named,
      { ...(file ? { package: file } : {}), ...(needs ? { needs } : {}), keys },
      ctx,
    );
    checks.push(...r.checks);
    if (r.url) urls.push(r.url);
    if (r.debug) consoles.push(r.debug);
  }
  if (input.github !== false) checks.push(...(await githubChecks(input, ctx)));
  checks.push(
    ...(await remoteDebugChecks(path.resolve(ctx.cwd, input.plugin ?? '.'), urls, consoles, {
      ...(input.debugWaitMs !== undefined ? { waitMs: input.debugWaitMs } : {}),
    })),
  );
  return {
    checks,
    targets: selections.map((s) => s.label),
    ...(file ? { package: file } : {}),
    ...(needs ? { needs } : {}),
  };
}
