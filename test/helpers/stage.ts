import type { CommandDecl } from '../../src/commands/declare.js';
import { type RunOutcome, runInvocation } from '../../src/commands/run.js';
import { emptyConfig } from '../../src/config/empty.js';
import { createPolicy } from '../../src/config/policy.js';
import type { Ports, StageContext } from '../../src/io/context.js';
import { Git } from '../../src/io/git.js';
import { createHttpClient } from '../../src/io/http.js';
import { processRunner } from '../../src/io/process.js';
import { type CapturedReporter, captureReporter } from './reporter.js';

/** A stage context for calling a stage directly: real ports, no configuration, a capturing reporter. */
export function testContext(
  options: {
    cwd?: string;
    env?: NodeJS.ProcessEnv;
    strict?: boolean;
    ignore?: string[];
    ports?: Partial<Ports>;
  } = {},
): StageContext & { reporter: CapturedReporter } {
  const reporter = captureReporter();
  const cwd = options.cwd ?? process.cwd();
  const policy = createPolicy({ strict: options.strict, ignore: options.ignore, cwd });
  return {
    reporter,
    cwd,
    env: options.env ?? process.env,
    now: () => new Date(),
    log: (m) => reporter.info(m),
    progress: () => {},
    relay: (t) => reporter.relay(t),
    section: (s) => reporter.section(s),
    policy,
    config: emptyConfig(cwd),
    ports: {
      processes: options.ports?.processes ?? processRunner,
      git: options.ports?.git ?? ((dir?: string) => new Git(dir ?? cwd)),
      http: options.ports?.http ?? createHttpClient(),
    },
    dryRun: false,
    signal: new AbortController().signal,
  };
}

/** Run a command declaration in process, as the CLI would with these values (by option key). */
export async function runCommand<I, R>(
  decl: CommandDecl<I, R>,
  values: Record<string, unknown>,
  options: { cwd?: string; env?: NodeJS.ProcessEnv; ports?: Partial<Ports> } = {},
): Promise<RunOutcome & { reporter: CapturedReporter }> {
  const reporter = captureReporter();
  const outcome = await runInvocation({
    decl: decl as unknown as CommandDecl<never, never>,
    values,
    surface: 'cli',
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? process.env,
    reporter,
    ports: options.ports,
    print: () => {},
  });
  return { ...outcome, reporter };
}
