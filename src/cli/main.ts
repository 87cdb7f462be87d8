import { CommanderError } from 'commander';
import type { CommandDecl } from '../commands/declare.js';
import { COMMAND_LOADERS } from '../commands/lazy.js';
import { runInvocation } from '../commands/run.js';
import { buildProgram, type Chosen } from './build.js';

/**
 * The commands to build: only the one named first (its declaration alone is loaded), else all of
 * them (top-level help, an unknown command and its suggestions).
 */
async function commandsFor(argv: readonly string[]): Promise<readonly CommandDecl<never, never>[]> {
  const first = argv[0];
  if (first !== undefined && Object.hasOwn(COMMAND_LOADERS, first)) {
    const decl = await COMMAND_LOADERS[first]!();
    if (decl.surfaces?.cli !== false) return [decl];
  }
  return (await import('../commands/registry.js')).COMMANDS;
}

/** Run the CLI; resolves to the exit code (0 ok, 1 the checked thing failed, 2 usage or environment). */
export async function main(
  argv: readonly string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<number> {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  let chosen: Chosen | undefined;
  const program = buildProgram(await commandsFor(argv), (c) => {
    chosen = c;
  });
  // With --json, stdout carries exactly one JSON document, usage errors included.
  const json = argv.includes('--json');
  let usage = '';
  if (json) {
    const capture = {
      writeErr: (text: string) => (usage += text),
      outputError: (text: string) => (usage += text),
    };
    program.configureOutput(capture);
    for (const command of program.commands) command.configureOutput(capture);
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors were already printed by commander.
      if (error.exitCode === 0) return 0;
      if (json) {
        const command = argv.find((a) => program.commands.some((c) => c.name() === a)) ?? null;
        const message =
          usage
            .split('\n')
            .find((l) => l.startsWith('error:'))
            ?.replace(/^error:\s*/, '') ?? error.message;
        const { JsonReporter } = await import('../report/json.js');
        const reporter = new JsonReporter(command);
        reporter.fatal(message, 'Run with --help for usage.');
        await reporter.finish({ exitCode: 2, outputs: {} });
      }
      return 2;
    }
    throw error;
  }
  if (!chosen) return 0;
  const outcome = await runInvocation({
    decl: chosen.decl,
    values: chosen.values,
    surface: 'cli',
    cwd,
    env,
    json: chosen.json || json,
  });
  return outcome.exitCode;
}
