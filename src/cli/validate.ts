import type { Command } from 'commander';
import { createReporter } from '../report/index.js';
import type { CliContext } from './context.js';
import { splitList } from './options.js';

export function registerValidate(program: Command, ctx: CliContext): void {
  program
    .command('validate')
    .description(
      'check plugin manifests and declarations the way Dify does (one plugin, or every plugin under a folder; Coze Studio plugin configurations too)',
    )
    .argument('[paths...]', 'plugin directories or folders of plugins', ['.'])
    .option('--strict', 'treat warnings as errors')
    .option('--ignore <codes>', 'comma-separated finding codes to ignore (e.g. DPR212,DPR106)', splitList)
    .option(
      '--changed-since <ref>',
      'only plugins with files changed since this git ref (merge base with HEAD)',
    )
    .option('--matrix', 'print only the plugin matrix as JSON, for workflow fan-out')
    .option(
      '--against <ref>',
      'also check each plugin against its version at this git ref: does the version bump cover the changes?',
    )
    .option('--marketplace', 'also run the marketplace checks (as `check`) on every plugin')
    .option('--profile <profile>', 'with --marketplace: marketplace (default) or official')
    .option('--probe-servers', 'Coze Studio configurations: also check that each OpenAPI server URL answers')
    .option('--json', 'print one JSON object')
    .action(
      async (
        paths: string[],
        opts: {
          strict?: boolean;
          ignore?: string[];
          changedSince?: string;
          matrix?: boolean;
          against?: string;
          marketplace?: boolean;
          profile?: string;
          probeServers?: boolean;
          json?: boolean;
        },
      ) => {
        const reporter = createReporter({ json: opts.json || ctx.json, command: 'validate' });
        const outcome = await (await import('../commands/validate.js')).validateCommand(
          { paths, ...opts },
          reporter,
        );
        ctx.exitCode = outcome.exitCode;
      },
    );
}
