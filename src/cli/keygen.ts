import type { Command } from 'commander';
import { DEFAULT_KEY_NAME } from '../core/defaults.js';
import { createReporter } from '../report/index.js';
import type { CliContext } from './context.js';

export function registerKeygen(program: Command, ctx: CliContext): void {
  program
    .command('keygen')
    .description('make an RSA-4096 signing key pair as Dify does: <name>.private.pem and <name>.public.pem')
    .option('--name <name>', 'base name of the key files', DEFAULT_KEY_NAME)
    .option('-o, --output <dir>', 'directory for the key files (default: .)')
    .option('--force', 'replace existing key files')
    .option('--json', 'print one JSON object')
    .action(async (opts: { name?: string; output?: string; force?: boolean; json?: boolean }) => {
      const reporter = createReporter({ json: opts.json || ctx.json, command: 'keygen' });
      const outcome = await (await import('../commands/keygen.js')).keygenCommand(
        { name: opts.name, outDir: opts.output, force: opts.force },
        reporter,
      );
      ctx.exitCode = outcome.exitCode;
    });
}
