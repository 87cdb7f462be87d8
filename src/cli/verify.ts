import type { Command } from 'commander';
import { createReporter } from '../report/index.js';
import type { CliContext } from './context.js';
import { collect, parseMiB } from './options.js';

export function registerVerify(program: Command, ctx: CliContext): void {
  program
    .command('verify')
    .description('check a package’s signature as the daemon does; says why when it fails')
    .argument('<package>', 'the .difypkg to verify')
    .option('--key <file>', 'also trust this public key (PKCS#1 PEM; repeatable)', collect)
    .option(
      '--key-env <variable>',
      'also trust the public key in this environment variable (repeatable)',
      collect,
    )
    .option('--no-official', 'do not trust the official Dify key (check against --key keys only)')
    .option('--max-size <MiB>', 'uncompressed size limit in MiB (default 50)', parseMiB)
    .option('--json', 'print one JSON object')
    .action(
      async (
        pkg: string,
        opts: { key?: string[]; keyEnv?: string[]; official?: boolean; maxSize?: number; json?: boolean },
      ) => {
        const reporter = createReporter({ json: opts.json || ctx.json, command: 'verify' });
        const outcome = await (await import('../commands/verify.js')).verifyCommand(
          {
            package: pkg,
            keys: [
              ...(opts.key ?? []).map((file) => ({ file })),
              ...(opts.keyEnv ?? []).map((env) => ({ env })),
            ],
            official: opts.official,
            maxSize: opts.maxSize,
          },
          reporter,
        );
        ctx.exitCode = outcome.exitCode;
      },
    );
}
