import { Command, CommanderError } from 'commander';
import { VERSION } from '../core/version.js';
import { JsonReporter } from '../report/json.js';
import { registerBundle } from './bundle.js';
import { registerCheck } from './check.js';
import type { CliContext } from './context.js';
import { registerDiff } from './diff.js';
import { registerInspect } from './inspect.js';
import { registerKeygen } from './keygen.js';
import { registerPackage } from './package.js';
import { registerSign } from './sign.js';
import { registerTest } from './test.js';
import { registerValidate } from './validate.js';
import { registerVerify } from './verify.js';

/** Build the CLI. Every command is a thin adapter over a stage shared with the action. */
export function buildProgram(ctx: CliContext): Command {
  const program = new Command('dify-plugin-release')
    .description('Validate, test, package, sign, release and deploy Dify plugins.')
    .version(VERSION, '-V, --version')
    .option('--json', 'print one JSON object (any command)')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  program.hook('preAction', (cmd) => {
    ctx.json = Boolean(cmd.opts().json);
  });
  registerValidate(program, ctx);
  // Later stages register here, one line each.
  registerCheck(program, ctx);
  registerPackage(program, ctx);
  registerKeygen(program, ctx);
  registerSign(program, ctx);
  registerVerify(program, ctx);
  registerInspect(program, ctx);
  registerBundle(program, ctx);
  registerTest(program, ctx);
  registerDiff(program, ctx);
  return program;
}

/** Run the CLI; resolves to the exit code (0 ok, 1 the checked thing failed, 2 usage or environment). */
export async function main(argv: readonly string[]): Promise<number> {
  const ctx: CliContext = { exitCode: 0, json: false };
  const program = buildProgram(ctx);
  // With --json, stdout carries exactly one JSON object, usage errors included.
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
        await new JsonReporter(undefined, command).fatal(message, 'Run with --help for usage.');
      }
      return 2;
    }
    throw error;
  }
  return ctx.exitCode;
}
