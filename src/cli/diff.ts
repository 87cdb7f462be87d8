import type { Command } from 'commander';
import { createReporter } from '../report/index.js';
import type { CliContext } from './context.js';
import { splitList } from './options.js';

export function registerDiff(program: Command, ctx: CliContext): void {
  program
    .command('diff')
    .description('compare two versions of a plugin declaration by declaration and check the version bump')
    .argument('<old>', 'old version: a plugin directory, a .difypkg, or a git ref (REF or REF:path)')
    .argument('[new]', 'new version: a plugin directory or a .difypkg', '.')
    .option('--strict', 'treat warnings (breaking changes, new permissions) as errors')
    .option('--ignore <codes>', 'comma-separated finding codes to ignore', splitList)
    .option('--json', 'print one JSON object')
    .action(
      async (old: string, neu: string, opts: { strict?: boolean; ignore?: string[]; json?: boolean }) => {
        const reporter = createReporter({ json: opts.json || ctx.json, command: 'diff' });
        ctx.exitCode = (
          await (await import('../commands/diff.js')).diffCommand({ old, new: neu, ...opts }, reporter)
        ).exitCode;
      },
    );
}
