/**
 * `pipeline`: the stages chained as a release runs them — validate, check, test, package, sign,
 * verify, release, submit, deploy to staging with the checklist, promote to production — stopping at
 * the first stage that fails, so nothing after it changes (production keeps what it runs). With
 * `local`, it needs nothing but this repository: the environments are embedded daemons (their state
 * and ledger in .dify-release/envs/NAME/), the signing key is a throwaway one made for the run, and
 * release and submit are dry runs that show the calls they would make.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { finding } from '../core/codes.js';
import type { Finding } from '../core/finding.js';
import type { StageContext } from '../io/context.js';
import { parseIdentifier } from '../package/checksum.js';
import { runStep, type StepOutcome } from './chain.js';
import type { CommandDecl } from './declare.js';

export interface PipelineInput {
  path: string;
  local: boolean;
  output?: string;
  staging: string;
  production: string;
  key?: string;
  keyEnv?: string;
  tag?: string;
  submit: boolean;
  promote: boolean;
}

/** Test seam: called after each step, before the next (a test tampers with a file between stages). */
export interface PipelineHooks {
  afterStep?(step: StepOutcome): Promise<void> | void;
}

export interface PipelineResult {
  steps: StepOutcome[];
  /** The step that failed, if one did. */
  failed?: StepOutcome;
  local: boolean;
  plugin?: { identifier: string; sha256: string; path: string; version?: string };
  /** Where the run left each environment (from the deploy and promote steps). */
  deployed: { env: string; identifier: string; outcome: string }[];
  findings: Finding[];
  rollback: string;
  totalMs: number;
}

type AnyDecl = CommandDecl<never, never>;

/** Every stage's declaration, loaded once the pipeline runs (declarations are light). */
async function declarations(): Promise<Record<string, AnyDecl>> {
  const { COMMANDS } = await import('./registry.js');
  return Object.fromEntries(COMMANDS.map((c) => [c.name, c as unknown as AnyDecl]));
}

export async function pipelineStage(
  input: PipelineInput,
  baseCtx: StageContext,
  hooks: PipelineHooks = {},
): Promise<PipelineResult> {
  const started = Date.now();
  const decls = await declarations();
  const out = path.resolve(baseCtx.cwd, input.output ?? path.join('.dify-release', 'pipeline'));
  mkdirSync(out, { recursive: true });
  const plugin = path.resolve(baseCtx.cwd, input.path);
  const findings: Finding[] = [];
  // Local: no configured target, no GitHub write, whatever .dify-release.yml says.
  const ctx: StageContext = input.local
    ? { ...baseCtx, config: { ...baseCtx.config, environments: {} } }
    : baseCtx;
  const remoteDry: StageContext = input.local ? { ...ctx, dryRun: true } : ctx;

  let signing: Record<string, unknown> = { key: input.key, keyEnv: input.keyEnv };
  const trusted: string[] = [];
  if (input.local) {
    const { generateKeyPairPem } = await import('../signing/keys.js');
    const pair = await generateKeyPairPem(2048);
    const pub = path.join(out, 'pipeline-throwaway.public.pem');
    writeFileSync(pub, pair.publicPem);
    trusted.push(pub);
    // The private half stays in memory: it is handed to sign as a secret input, never written.
    signing = { keyText: pair.privatePem };
    findings.push(
      finding('DPR1402', `signed with a throwaway RSA-2048 key made for this run; its public half is ${pub}`),
    );
  }

  const plan: { decl: string; label: string; ctx: StageContext; given: () => Record<string, unknown> }[] = [];
  const steps: StepOutcome[] = [];
  const last = (name: string) => steps.findLast((s) => s.name === name);
  const built = () => last('package')?.outputs.path ?? '';
  const signed = () => last('sign')?.outputs.path ?? '';
  const versionOf = (identifier?: string) => (identifier ? parseIdentifier(identifier)?.version : undefined);
  const version = () => versionOf(last('package')?.outputs.identifier);
  plan.push(
    { decl: 'validate', label: 'validate', ctx, given: () => ({ paths: [plugin] }) },
    { decl: 'check', label: 'marketplace checks', ctx, given: () => ({ path: plugin }) },
    { decl: 'test', label: 'test', ctx, given: () => ({ path: plugin }) },
    { decl: 'package', label: 'package', ctx, given: () => ({ path: plugin, output: out }) },
    {
      decl: 'sign',
      label: 'sign',
      ctx,
      given: () => ({ package: built(), output: out, force: true, ...signing }),
    },
    {
      decl: 'verify',
      label: 'verify',
      ctx,
      given: () => ({ package: signed(), ...(trusted.length ? { key: trusted } : {}) }),
    },
    {
      decl: 'release',
      label: input.local ? 'release (dry run)' : 'release',
      ctx: remoteDry,
      // The release's tag: the one given, else v<version> of the package built.
      given: () => ({ packages: [signed()], tag: input.tag ?? (version() ? `v${version()}` : undefined) }),
    },
  );
  if (input.submit)
    plan.push({
      decl: 'submit',
      label: input.local ? 'submit (dry run)' : 'submit',
      ctx: remoteDry,
      given: () => ({ package: signed() }),
    });
  const target = (env: string) => ({
    package: signed(),
    env,
    ...(trusted.length ? { trustedKey: trusted } : {}),
    ...(input.local ? { ledger: 'local' } : {}),
  });
  plan.push({
    decl: 'deploy',
    label: `deploy to ${input.staging}`,
    ctx,
    given: () => target(input.staging),
  });
  if (input.promote)
    plan.push({
      decl: 'promote',
      label: `promote to ${input.production}`,
      ctx,
      given: () => ({ ...target(input.production), from: input.staging }),
    });

  let failed: StepOutcome | undefined;
  for (const [i, p] of plan.entries()) {
    const decl = decls[p.decl];
    if (!decl) throw new Error(`pipeline: no command ${p.decl}`);
    baseCtx.progress(`pipeline: ${p.label}`, i, plan.length);
    const step = await runStep(decl, p.given(), p.ctx, p.label);
    steps.push(step);
    if (step.exitCode !== 0) {
      failed = step;
      findings.push(finding('DPR1401', `the pipeline stopped at ${p.label}: ${step.reason ?? 'it failed'}`));
      break;
    }
    await hooks.afterStep?.(step);
  }
  baseCtx.progress('pipeline', plan.length, plan.length);

  const pkg = last('sign') ?? last('package');
  const deployed = steps
    .filter((s) => s.name === 'deploy' || s.name === 'promote')
    .map((s) => ({
      env: String((s.result as { environment?: string } | undefined)?.environment ?? ''),
      identifier: s.outputs.identifier ?? '',
      outcome: s.outputs.outcome ?? (s.exitCode === 0 ? 'passed' : 'failed'),
    }));
  return {
    steps,
    failed,
    local: input.local,
    plugin: pkg?.outputs.path
      ? {
          identifier: pkg.outputs.identifier ?? '',
          sha256: pkg.outputs.sha256 ?? '',
          path: pkg.outputs.path,
          version: versionOf(pkg.outputs.identifier),
        }
      : undefined,
    deployed,
    findings,
    rollback: `dify-plugin-release rollback --env ${input.production}`,
    totalMs: Date.now() - started,
  };
}
