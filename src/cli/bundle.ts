import type { Command } from 'commander';
import { createReporter } from '../report/index.js';
import type { CliContext } from './context.js';

export function registerBundle(program: Command, ctx: CliContext): void {
  program
    .command('bundle')
    .description('build <name>-<version>.difybndl from a bundle directory, dependencies checked')
    .argument('<path>', 'the bundle directory (manifest.yaml with type: bundle)')
    .option('-o, --output <dir>', 'directory to write the bundle into (default: .)')
    .option('--json', 'print one JSON object')
    .action(async (bundlePath: string, opts: { output?: string; json?: boolean }) => {
      const reporter = createReporter({ json: opts.json || ctx.json, command: 'bundle' });
      const outcome = await (await import('../commands/bundle.js')).bundleCommand(
        { path: bundlePath, outDir: opts.output },
        reporter,
      );
      ctx.exitCode = outcome.exitCode;
    });
}
