import type { Command } from 'commander';
import { createReporter } from '../report/index.js';
import type { CliContext } from './context.js';
import { splitList } from './options.js';

export function registerCheck(program: Command, ctx: CliContext): void {
  program
    .command('check')
    .description('find what the Dify marketplace would reject, in a plugin directory or a built .difypkg')
    .argument('[path]', 'a plugin directory (the files `package` would ship) or a .difypkg', '.')
    .option(
      '--profile <profile>',
      'marketplace (third-party submissions, default) or official (langgenius/dify-official-plugins)',
      'marketplace',
    )
    .option(
      '--marketplace-dir <dir>',
      'the <author>/<name>/ folder of a dify-plugins checkout: the version must be greater than every package there',
    )
    .option(
      '--pr-body <file>',
      'the pull request body (Markdown): release notes (official) or the submission template (marketplace)',
    )
    .option('--strict', 'treat warnings as errors')
    .option('--ignore <codes>', 'comma-separated finding codes to ignore (e.g. DPR557,DPR544)', splitList)
    .option('--json', 'print one JSON object')
    .action(
      async (
        target: string,
        opts: {
          profile?: string;
          marketplaceDir?: string;
          prBody?: string;
          strict?: boolean;
          ignore?: string[];
          json?: boolean;
        },
      ) => {
        const reporter = createReporter({ json: opts.json || ctx.json, command: 'check' });
        ctx.exitCode = (
          await (await import('../commands/check.js')).checkCommand({ path: target, ...opts }, reporter)
        ).exitCode;
      },
    );
}
