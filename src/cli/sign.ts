import type { Command } from 'commander';
import { createReporter } from '../report/index.js';
import type { CliContext } from './context.js';
import { parseMiB, splitList } from './options.js';

export function registerSign(program: Command, ctx: CliContext): void {
  program
    .command('sign')
    .description('sign a .difypkg with your RSA key as Dify verifies it → <name>.signed.difypkg')
    .argument('<package>', 'the .difypkg to sign')
    .option('--key <file>', 'the private key (PKCS#1 PEM, from keygen)')
    .option(
      '--key-env <variable>',
      'read the private key’s PEM text from this environment variable (CI secrets)',
    )
    .option('--category <category>', 'authorized category: community, partner or langgenius', 'community')
    .option('-o, --output <dir>', 'directory for the signed package (default: next to the input)')
    .option('--max-size <MiB>', 'uncompressed size limit of the input in MiB (default 50)', parseMiB)
    .option('--force', 'replace the input when the signed package would take its name (X.signed.difypkg)')
    .option('--strict', 'treat warnings as errors')
    .option('--ignore <codes>', 'comma-separated finding codes to ignore', splitList)
    .option('--json', 'print one JSON object')
    .action(
      async (
        pkg: string,
        opts: {
          key?: string;
          keyEnv?: string;
          category?: string;
          output?: string;
          maxSize?: number;
          force?: boolean;
          strict?: boolean;
          ignore?: string[];
          json?: boolean;
        },
      ) => {
        const reporter = createReporter({ json: opts.json || ctx.json, command: 'sign' });
        const outcome = await (await import('../commands/sign.js')).signCommand(
          {
            package: pkg,
            key: opts.keyEnv !== undefined ? { env: opts.keyEnv } : { file: opts.key },
            category: opts.category,
            outDir: opts.output,
            maxSize: opts.maxSize,
            force: opts.force,
            strict: opts.strict,
            ignore: opts.ignore,
          },
          reporter,
        );
        ctx.exitCode = outcome.exitCode;
      },
    );
}
