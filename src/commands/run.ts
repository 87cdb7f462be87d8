/**
 * The one runner every surface uses: configuration loaded, values resolved (flag or input >
 * configuration > default), the context built, the stage run, its result presented, the severity
 * policy applied, the sections reported, the exit code decided. The CLI and the action only parse
 * their surface's values and call `runInvocation`.
 */

import { emptyConfig } from '../config/empty.js';
import { findConfigFile } from '../config/find.js';
import type { LoadedConfig } from '../config/load.js';
import { createPolicy } from '../config/policy.js';
import { DprError, errorMessage, UsageError } from '../core/errors.js';
import { lookupCode } from '../core/explain.js';
import { countFindings } from '../core/finding.js';
import { redact, secretEnvValues } from '../core/redact.js';
import type { Policy, Ports } from '../io/context.js';
import { createReporter } from '../report/index.js';
import type { Reporter } from '../report/reporter.js';
import { COMMON_OPTIONS } from './common.js';
import { buildContext } from './context.js';
import type { CommandDecl, OptionDecl, Presentation } from './declare.js';
import { resolveOption } from './resolve.js';
import { optionLabel, type Surface } from './values.js';

export interface Invocation {
  decl: CommandDecl<never, never>;
  /** Values the surface was given (typed by kind), by option key; absent keys were not given. */
  values: Record<string, unknown>;
  surface: Exclude<Surface, 'config'>;
  cwd: string;
  env: NodeJS.ProcessEnv;
  json?: boolean;
  /** Tests: ports, a reporter, stdout. */
  ports?: Partial<Ports>;
  reporter?: Reporter;
  print?: (text: string) => void;
}

export interface RunOutcome {
  exitCode: 0 | 1 | 2;
  outputs: Record<string, string>;
}

/** Every option a command takes: its arguments, its own options, and the common ones it lists. */
export function allOptions(decl: CommandDecl<never, never>): OptionDecl[] {
  return [...(decl.args ?? []), ...decl.options, ...decl.common.map((c) => COMMON_OPTIONS[c])];
}

export async function runInvocation(inv: Invocation): Promise<RunOutcome> {
  const { decl } = inv;
  const secrets = [...secretEnvValues(inv.env)];
  for (const o of allOptions(decl))
    if (o.kind === 'secret' && typeof inv.values[o.key] === 'string')
      secrets.push(inv.values[o.key] as string);

  let loaded: LoadedConfig | undefined;
  let early: unknown;
  try {
    const explicit = inv.values.config as string | undefined;
    const configured = decl.common.includes('config') || explicit !== undefined;
    // The loader (and its schema) is loaded only when there is a file to load.
    loaded =
      configured && findConfigFile(inv.cwd, explicit)
        ? (await import('../config/load.js')).loadConfig(inv.cwd, explicit)
        : undefined;
  } catch (error) {
    early = error;
  }
  const config = loaded?.config ?? emptyConfig(inv.cwd);
  const annotate = inv.values.annotateNotices ?? config.values.get('annotate-notices')?.value;
  const reporter = redacting(
    inv.reporter ??
      (await createReporter({
        command: decl.name,
        json: inv.json,
        env: inv.env,
        cwd: inv.cwd,
        annotateNotices: annotate === true,
      })),
    secrets,
  );
  const finish = async (outcome: RunOutcome): Promise<RunOutcome> => {
    await reporter.finish(outcome);
    return outcome;
  };
  const fail = async (error: unknown): Promise<RunOutcome> => {
    if (error instanceof DprError) {
      reporter.fatal(error.message, error.fix);
      return finish({ exitCode: error.exitCode, outputs: {} });
    }
    reporter.fatal(
      `internal error: ${errorMessage(error)}`,
      'Please report it at https://github.com/dify-plugin-release/dify-plugin-release/issues with the command you ran.',
    );
    if (inv.env.DPR_DEBUG) process.stderr.write(`${redact(String((error as Error)?.stack), secrets)}\n`);
    return finish({ exitCode: 2, outputs: {} });
  };
  if (early) return fail(early);

  // The configuration's own findings come first; an error there stops the run before anything happens.
  const configFindings = loaded?.findings ?? [];
  if (configFindings.length > 0) {
    reporter.section({
      stage: 'config',
      headline: `${config.file ? 'configuration checked' : 'configuration'}`,
      findings: configFindings,
      summary: { file: config.file ?? null },
    });
    if (countFindings(configFindings).errors > 0) {
      return finish({ exitCode: 2, outputs: errorOutputs(configFindings) });
    }
  }

  try {
    const input: Record<string, unknown> = {};
    for (const o of allOptions(decl)) input[o.key] = resolveOption(o, inv.values[o.key], config).value;
    const ignore = (input.ignore as string[] | undefined)?.map((c) => {
      const source = inv.values.ignore !== undefined ? inv.surface : 'config';
      return lookupCode(c, optionLabel(COMMON_OPTIONS.ignore, source)).code;
    });
    const policy = createPolicy({
      strict: input.strict === true,
      ignore,
      overrides: config.overrides,
      cwd: inv.cwd,
    });
    const ctx = buildContext({ inv, reporter, policy, config, dryRun: input.dryRun === true });
    let result: unknown;
    try {
      result = await decl.run(input as never, ctx.ctx);
    } finally {
      ctx.release();
    }
    const shown = decl.present(result as never, input as never, ctx.ctx);
    const { sections, findings: all, exitCode, outputs } = settle(shown, policy);
    // A command that prints its own stdout (validate --matrix) shows nothing else, but in JSON.
    const printsOwn = shown.stdout !== undefined && !inv.json;
    if (!printsOwn) for (const s of sections) reporter.section(s);
    const declared = new Set(decl.outputs.map((o) => o.name));
    const undeclared = Object.keys(outputs).filter((k) => !declared.has(k));
    if (undeclared.length > 0)
      throw new Error(`${decl.name} sets undeclared outputs: ${undeclared.join(', ')}`);
    Object.assign(outputs, errorOutputs(all));
    if (shown.stdout !== undefined && !inv.json)
      (inv.print ?? ((t) => process.stdout.write(t)))(shown.stdout);
    return finish({ exitCode, outputs, ...(shown.document ? { document: shown.document } : {}) });
  } catch (error) {
    return fail(error);
  }
}

/**
 * A presentation settled: the policy applied to its sections' findings, the exit code decided (an
 * error makes 0 a 1; 1 and 2 stay), the outputs that have a value. The runner and `runStep` share it.
 */
export function settle(shown: Presentation, policy: Policy) {
  const sections = shown.sections.map((s) => ({ ...s, findings: policy.apply(s.findings) }));
  const findings = sections.flatMap((s) => s.findings);
  const errors = findings.filter((f) => f.severity === 'error');
  const exitCode: 0 | 1 | 2 = shown.exitCode || (errors.length > 0 ? 1 : 0);
  const outputs: Record<string, string> = {};
  for (const [k, v] of Object.entries(shown.outputs ?? {})) if (v !== undefined) outputs[k] = v;
  return { sections, findings, errors, exitCode, outputs };
}

function errorOutputs(findings: Parameters<typeof countFindings>[0]): Record<string, string> {
  const c = countFindings(findings);
  return { errors: String(c.errors), warnings: String(c.warnings) };
}

/** Every text a reporter is handed, with the run's secrets replaced by `***`. */
function redacting(reporter: Reporter, secrets: readonly string[]): Reporter {
  if (secrets.length === 0) return reporter;
  const r = (t: string) => redact(t, secrets);
  const deep = <T>(v: T): T => JSON.parse(r(JSON.stringify(v))) as T;
  return {
    progress: (label, done, total) => reporter.progress(r(label), done, total),
    info: (m) => reporter.info(r(m)),
    relay: (title) => {
      const inner = reporter.relay(r(title));
      return { line: (t) => inner.line(r(t)), end: () => inner.end() };
    },
    section: (s) => reporter.section(deep(s)),
    fatal: (m, fix) => reporter.fatal(r(m), fix === undefined ? undefined : r(fix)),
    finish: (end) => reporter.finish(deep(end)),
  };
}

export { UsageError };
