import type { Command } from 'commander';
import { createReporter } from '../report/index.js';
import type { CliContext } from './context.js';
import { collect, parseMiB } from './options.js';

export function registerInspect(program: Command, ctx: CliContext): void {
  program
    .command('inspect')
    .description('show a package: manifest, identifier, checksum, files, signature and generated files')
    .argument('<package>', 'the .difypkg to inspect')
    .option('--key <file>', 'also check the signature against this public key (repeatable)', collect)
    .option('--max-size <MiB>', 'uncompressed size limit in MiB (default 50)', parseMiB)
    .option('--json', 'print one JSON object')
    .action(async (pkg: string, opts: { key?: string[]; maxSize?: number; json?: boolean }) => {
      const reporter = createReporter({ json: opts.json || ctx.json, command: 'inspect' });
      const outcome = await (await import('../commands/inspect.js')).inspectCommand(
        { package: pkg, keys: (opts.key ?? []).map((file) => ({ file })), maxSize: opts.maxSize },
        reporter,
      );
      ctx.exitCode = outcome.exitCode;
    });
}
